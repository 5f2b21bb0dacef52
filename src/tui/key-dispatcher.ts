// The ONE place keys go. Handlers register with a priority — dialog, then completion menu / search, then prompt,
// then panes — and the first that returns true keeps the key, so two parts of the screen never both act on it.
// Bracketed pastes (ESC[200~ … ESC[201~) are gathered here into a single 'paste' key, so a pasted script arrives
// whole, in one state update, however many lines it has.

import {decodeInput, PASTE_END, PASTE_START} from './decode-key.ts';
import type {KeyPress} from './decode-key.ts';

export type KeyHandler = (k: KeyPress) => boolean;

export const Priority = {dialog: 400, overlay: 300, prompt: 200, panes: 100} as const;

interface Entry {
	priority: number;
	seq: number;
	handler: KeyHandler;
}

export class KeyDispatcher {
	private entries: Entry[] = [];
	private seq = 0;
	private paste: string[] | null = null;

	/** Adds a handler; among equal priorities the newest runs first. Returns the remover. */
	register(priority: number, handler: KeyHandler): () => void {
		const entry: Entry = {priority, seq: this.seq++, handler};
		this.entries = [...this.entries, entry].sort((a, b) => b.priority - a.priority || b.seq - a.seq);
		return () => {
			this.entries = this.entries.filter(e => e !== entry);
		};
	}

	/** One input event from Ink's stdin parser (an escape sequence or a run of text). */
	feed(raw: string): void {
		if (raw === PASTE_START) {
			this.paste = [];
			return;
		}
		if (this.paste) {
			if (raw === PASTE_END) {
				const text = this.paste.join('');
				this.paste = null;
				this.dispatch({name: 'paste', text, ctrl: false, meta: false, shift: false});
			} else {
				this.paste.push(raw);
			}
			return;
		}
		for (const k of decodeInput(raw)) this.dispatch(k);
	}

	dispatch(k: KeyPress): boolean {
		for (const e of this.entries) if (e.handler(k)) return true;
		return false;
	}
}
