// Moving the simulated clock: run every due event in (time, sequence) order, jumping from event to event, and
// land on the target time. Cost is proportional to the number of events, never to the length of the step.

import {handleComponentEvent, handleExecutiveEvent, handleThreadsEvent} from './components.ts';
import {touch, type Ctx} from './context.ts';
import {SiteError} from './errors.ts';
import {handleBackupRun, handleBackupTrigger} from './maintenance.ts';
import {popDue} from './scheduler.ts';
import type {SimEvent} from './state.ts';
import {resetSummary} from './status.ts';
import {handleChildUpgrade, handleDownloadTick, handleInstall, handleTransfer, handleUpdateCheck} from './updates.ts';
import {handleUsageUpload} from './usage.ts';

export const MAX_RATE = 1_000_000;

export function dispatch(ctx: Ctx, ev: SimEvent): void {
	switch (ev.kind) {
		case 'component': return handleComponentEvent(ctx, ev.server, ev.name);
		case 'executive': return handleExecutiveEvent(ctx, ev.server);
		case 'threads': return handleThreadsEvent(ctx, ev.server);
		case 'updateCheck': return handleUpdateCheck(ctx);
		case 'usageUpload': return handleUsageUpload(ctx);
		case 'downloadTick': return handleDownloadTick(ctx, ev.id);
		case 'transfer': return handleTransfer(ctx, ev.id);
		case 'install': return handleInstall(ctx, ev.id);
		case 'childUpgrade': return handleChildUpgrade(ctx);
		case 'backupTrigger': return handleBackupTrigger(ctx, ev.site);
		case 'backupRun': return handleBackupRun(ctx, ev.site);
		case 'summarizerReset': return resetSummary(ctx);
	}
}

export function validateStep(ms: number): void {
	if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
		throw new SiteError(`Cannot advance the clock by ${String(ms)}: give a finite, non-negative number of milliseconds.`,
			'InvalidArgument', 'InvalidDuration', ms);
	}
}

/** Runs every event due up to `target` and sets the clock to it. Returns the number of events run. */
export function advanceTo(ctx: Ctx, target: number): number {
	const {lab} = ctx;
	let count = 0;
	for (let item = popDue(lab, target); item; item = popDue(lab, target)) {
		if (item.at > lab.clock.now) lab.clock.now = item.at;
		dispatch(ctx, item.ev);
		count++;
	}
	if (target > lab.clock.now) lab.clock.now = target;
	touch(ctx, 'clock');
	return count;
}

export function validateRate(rate: number): void {
	if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0 || rate > MAX_RATE) {
		throw new SiteError(`'${String(rate)}' is not a valid clock rate: use a number of simulated seconds per real second, above 0 and at most ${MAX_RATE}.`,
			'InvalidArgument', 'InvalidClockRate', rate);
	}
}
