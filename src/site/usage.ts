// Usage (diagnostics) data: SMS_DMP_UPLOADER sends it once a week in effective online mode (domain.md 1). The
// level decides how much goes; offline sites export it instead (offline.ts).

import {UPLOADER} from './components.ts';
import {isRunning, touch, type Ctx} from './context.ts';
import {writeLog} from './logs.ts';
import {firstFailure, UPLOAD_ENDPOINTS} from './network.ts';
import {schedule} from './scheduler.ts';
import type {UsageDataLevel} from './state.ts';
import {isoTime, WEEK} from './time.ts';
import {cloudUnreachable, scpProxy} from './updates.ts';

export const UPLOAD_INTERVAL = WEEK;

/** Size of one upload by level (KB): more detail, more data. */
export const UPLOAD_SIZE_KB: Record<UsageDataLevel, number> = {Basic: 180, Enhanced: 740, Full: 2360};

export function scheduleUpload(ctx: Ctx, at: number): void {
	schedule(ctx, at, 'upload', {kind: 'usageUpload'});
}

export function handleUsageUpload(ctx: Ctx): void {
	const {lab} = ctx;
	const scp = lab.scp;
	if (!scp || scp.effective !== 'Online') return;
	touch(ctx, 'scp');
	if (!isRunning(ctx, scp.server, UPLOADER)) {
		scp.uploadPending = true;
		return;
	}
	const now = lab.clock.now;
	const level = lab.settings.usageDataLevel;
	const log = (text: string, type: 1 | 2 | 3 = 1): void => writeLog(ctx, scp.server, UPLOADER, text, type);
	scp.uploadPending = false;
	scp.nextUpload = now + UPLOAD_INTERVAL;
	scheduleUpload(ctx, scp.nextUpload);
	log(`Collecting usage data at level ${level} from the site database.~~`);
	const fail = firstFailure(lab.network, scpProxy(lab), UPLOAD_ENDPOINTS);
	if (fail) {
		log(`ERROR: Failed to upload usage data to ${fail.endpoint}: ${fail.error}~~`, 3);
		log(`Usage data upload will be retried at ${isoTime(scp.nextUpload)}.~~`, 2);
		cloudUnreachable(ctx, fail);
		return;
	}
	scp.lastUpload = now;
	log(`Successfully uploaded usage data (${UPLOAD_SIZE_KB[level]} KB, level ${level}) to the Microsoft cloud service.~~`);
}

/** SMS_DMP_UPLOADER is running: send an upload that fell due, or make sure the next one is queued. */
export function uploaderActive(ctx: Ctx): void {
	const {lab} = ctx;
	const scp = lab.scp;
	if (!scp || scp.effective !== 'Online') return;
	const now = lab.clock.now;
	if (scp.uploadPending || scp.nextUpload === null || scp.nextUpload <= now) scheduleUpload(ctx, now);
	else scheduleUpload(ctx, scp.nextUpload);
}
