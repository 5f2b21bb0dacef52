// The history as the shell sees it while the persistent store is still loading: `conf` is imported only after the
// first frame is drawn, so it never delays the prompt. Lines submitted before it arrives are handed over then.

import type {LineHistory} from './shell.ts';

export class DeferredHistory implements LineHistory {
	private store: LineHistory | null = null;
	private pending: string[] = [];

	/** Takes over from `loading` when it resolves; a failed load keeps the history in memory. */
	load(loading: Promise<LineHistory>): Promise<void> {
		return loading.then(
			store => {
				for (const line of this.pending) store.add(line);
				this.pending = [];
				this.store = store;
			},
			() => {},
		);
	}

	entries(): readonly string[] {
		return this.store ? this.store.entries() : this.pending;
	}

	add(line: string): void {
		if (this.store) this.store.add(line);
		else this.pending = [...this.pending, line];
	}
}
