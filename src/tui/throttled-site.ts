// The site's snapshots as the panes see them: at most one new snapshot per interval (100 ms = 10 updates a
// second), however fast the clock runs, with the last change always delivered (trailing edge), and none that
// would draw the same as the last.

import type {SiteSnapshot, SiteSource} from './site-view.ts';

export class ThrottledSite {
	private published: SiteSnapshot;
	private lastPublish = -Infinity;
	private timer: NodeJS.Timeout | null = null;
	private readonly listeners = new Set<() => void>();
	private detach: (() => void) | void = undefined;

	constructor(
		private readonly source: SiteSource,
		private readonly interval = 100,
		private readonly now: () => number = () => performance.now(),
		/** Snapshots that would draw the same are not passed on. */
		private readonly same: (a: SiteSnapshot, b: SiteSnapshot) => boolean = (a, b) => a === b,
	) {
		this.published = source.snapshot();
	}

	getSnapshot = (): SiteSnapshot => this.published;

	subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		if (this.listeners.size === 1) {
			this.detach = this.source.onChange(this.onChange);
			// The site may have moved since the last snapshot was taken (React subscribes after it renders); React
			// compares getSnapshot() after subscribing and redraws if it changed.
			const next = this.source.snapshot();
			if (!this.same(next, this.published)) this.published = next;
		}
		return () => {
			this.listeners.delete(listener);
			if (this.listeners.size === 0) this.dispose();
		};
	};

	private onChange = (): void => {
		if (this.timer) return;
		const wait = this.lastPublish + this.interval - this.now();
		if (wait <= 0) this.publish();
		else this.timer = setTimeout(this.publish, wait);
	};

	private publish = (): void => {
		this.timer = null;
		this.lastPublish = this.now();
		const next = this.source.snapshot();
		if (this.same(next, this.published)) return;
		this.published = next;
		for (const l of this.listeners) l();
	};

	private dispose(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		if (typeof this.detach === 'function') this.detach();
		this.detach = undefined;
	}
}
