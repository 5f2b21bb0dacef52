// The event queue: kept sorted by (time, sequence) so events at equal times run in the order they were
// scheduled. Keys make rescheduling idempotent: one pending update check, one pending transition per component.
// The queue stays small (tens of entries even for the large scenario) because periodic work is per hierarchy,
// not per site, so plain array splicing is cheaper than a heap here.

import {touch, type Ctx} from './context.ts';
import type {Lab, QueuedEvent, SimEvent} from './state.ts';

export function schedule(ctx: Ctx, at: number, key: string, ev: SimEvent): void {
	const {lab} = ctx;
	cancel(ctx, key);
	const item: QueuedEvent = {at, seq: lab.seq++, key, ev};
	const q = lab.queue;
	let lo = 0, hi = q.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		const m = q[mid]!;
		if (m.at < at || (m.at === at && m.seq < item.seq)) lo = mid + 1;
		else hi = mid;
	}
	q.splice(lo, 0, item);
}

export function cancel(ctx: Ctx, key: string): boolean {
	const i = ctx.lab.queue.findIndex((e) => e.key === key);
	if (i < 0) return false;
	ctx.lab.queue.splice(i, 1);
	touch(ctx, 'clock');
	return true;
}

export const eventAt = (lab: Lab, key: string): number | null => lab.queue.find((e) => e.key === key)?.at ?? null;

export const hasEvent = (lab: Lab, key: string): boolean => lab.queue.some((e) => e.key === key);

/** Removes and returns the first event due at or before `upTo`. */
export function popDue(lab: Lab, upTo: number): QueuedEvent | undefined {
	const first = lab.queue[0];
	if (!first || first.at > upTo) return undefined;
	lab.queue.shift();
	return first;
}

export const nextEventAt = (lab: Lab): number | null => lab.queue[0]?.at ?? null;
