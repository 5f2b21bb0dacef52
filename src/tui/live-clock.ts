// The live clock driver: in the TUI simulated time runs with real time × rate (1 by default; Set-SimClock -Rate
// 3600 makes a day pass in 24 s), and waits (Start-Sleep, a restart being waited for) resolve when the site's
// clock has moved that far. It ticks coarsely — once a second at rate 1, five times a second when fast — and
// sooner only when a wait is about to end, so an idle shell costs next to nothing. Nothing ticks while paused.

import type {ClockDriver} from '../engine/command.ts';
import {PipelineStoppedSignal} from '../engine/errors.ts';
import type {SiteSource} from './site-view.ts';

export interface LiveClockOptions {
	site: SiteSource | null;
	/** Real time in ms; injectable for tests. */
	now?: () => number;
	setTimer?: (fn: () => void, ms: number) => unknown;
	clearTimer?: (handle: unknown) => void;
}

interface Waiter {
	target: number;
	resolve(): void;
}

/** Real ms between ticks when nothing waits: coarse enough to keep an idle shell under 2% of a core. */
export function tickInterval(rate: number): number {
	if (rate <= 1) return 1000;
	if (rate <= 10) return 500;
	return 200;
}

const MIN_DELAY = 10;

export class LiveClock implements ClockDriver {
	private readonly now: () => number;
	private readonly setTimer: (fn: () => void, ms: number) => unknown;
	private readonly clearTimer: (handle: unknown) => void;
	private timer: unknown = null;
	private lastReal = 0;
	/** Simulated ms owed but not yet advanced (below one ms). */
	private carry = 0;
	private waiters = new Set<Waiter>();
	private running = false;
	private ticking = false;
	private lastRate = 1;
	private lastPaused = false;
	private unsubscribe: (() => void) | void = undefined;

	constructor(private readonly opts: LiveClockOptions) {
		this.now = opts.now ?? (() => performance.now());
		this.setTimer = opts.setTimer ?? ((fn, ms) => {
			const t = setTimeout(fn, ms);
			// The terminal keeps the process alive, not the clock.
			t.unref();
			return t;
		});
		this.clearTimer = opts.clearTimer ?? (h => clearTimeout(h as NodeJS.Timeout));
	}

	start(): void {
		if (this.running) return;
		this.running = true;
		this.lastReal = this.now();
		const site = this.opts.site;
		if (site) {
			const c = site.snapshot().clock;
			this.lastRate = c.Rate;
			this.lastPaused = c.Paused;
			this.unsubscribe = site.onChange(() => this.onSiteChange());
		}
		this.schedule();
	}

	stop(): void {
		this.running = false;
		if (this.timer !== null) this.clearTimer(this.timer);
		this.timer = null;
		if (typeof this.unsubscribe === 'function') this.unsubscribe();
	}

	waitSimulated(ms: number, signal?: AbortSignal): Promise<void> {
		if (signal?.aborted) return Promise.reject(new PipelineStoppedSignal());
		const site = this.opts.site;
		if (!site) return this.waitReal(ms, signal);
		if (ms <= 0) return Promise.resolve();
		return new Promise<void>((resolve, reject) => {
			const waiter: Waiter = {
				target: site.snapshot().clock.Now + ms,
				resolve: () => {
					signal?.removeEventListener('abort', onAbort);
					resolve();
				},
			};
			const onAbort = () => {
				this.waiters.delete(waiter);
				reject(new PipelineStoppedSignal());
			};
			signal?.addEventListener('abort', onAbort, {once: true});
			this.waiters.add(waiter);
			// Waits pull the next tick closer, so a 2 s sleep ends after 2 s, not on the next coarse tick.
			if (this.running) this.schedule();
		});
	}

	/** One tick: let the real time since the last tick pass on the site, then wake finished waits. */
	tick = (): void => {
		this.timer = null;
		const site = this.opts.site;
		const real = this.now();
		const elapsed = Math.max(0, real - this.lastReal);
		this.lastReal = real;
		if (site) {
			const {Rate, Paused} = site.snapshot().clock;
			if (!Paused) {
				const sim = elapsed * Rate + this.carry;
				const whole = Math.floor(sim);
				this.carry = sim - whole;
				if (whole > 0) {
					this.ticking = true;
					try {
						site.advance(whole);
					} finally {
						this.ticking = false;
					}
				}
			}
			this.wake();
		}
		if (this.running) this.schedule();
	};

	private onSiteChange(): void {
		if (this.ticking || !this.running || !this.opts.site) return;
		const c = this.opts.site.snapshot().clock;
		// A command moved the clock (Step-SimClock) or changed its rate: wake waits and re-time the ticks.
		this.wake();
		if (c.Rate !== this.lastRate || c.Paused !== this.lastPaused) {
			this.lastRate = c.Rate;
			this.lastPaused = c.Paused;
			this.lastReal = this.now();
			this.carry = 0;
			this.schedule();
		}
	}

	private wake(): void {
		const site = this.opts.site;
		if (!site || this.waiters.size === 0) return;
		const now = site.snapshot().clock.Now;
		for (const w of [...this.waiters]) {
			if (w.target <= now) {
				this.waiters.delete(w);
				w.resolve();
			}
		}
	}

	private schedule(): void {
		if (this.timer !== null) this.clearTimer(this.timer);
		this.timer = null;
		const site = this.opts.site;
		if (!site) return;
		const {Rate, Paused, Now} = site.snapshot().clock;
		if (Paused) return;
		let delay = tickInterval(Rate);
		for (const w of this.waiters) delay = Math.min(delay, Math.max(MIN_DELAY, Math.ceil((w.target - Now - this.carry) / Rate)));
		this.timer = this.setTimer(this.tick, delay);
	}

	/** Without a site, a wait is real time. */
	private waitReal(ms: number, signal?: AbortSignal): Promise<void> {
		return new Promise<void>((resolve, reject) => {
			const t = setTimeout(() => {
				signal?.removeEventListener('abort', onAbort);
				resolve();
			}, ms);
			const onAbort = () => {
				clearTimeout(t);
				reject(new PipelineStoppedSignal());
			};
			signal?.addEventListener('abort', onAbort, {once: true});
		});
	}
}
