// What happens when an SCP thread becomes active. Kept apart so components.ts need not know the SCP rules:
// SMS_DMP_DOWNLOADER picks up the configured mode only when it STARTS (the seed's rule), then runs any check
// that fell due while it was down and resumes downloads; SMS_DMP_UPLOADER sends a usage upload that fell due.

import {sameServer, type Ctx} from './context.ts';
import type {CompRec} from './state.ts';
import {applyPendingMode} from './scp.ts';
import {downloaderActive} from './updates.ts';
import {uploaderActive} from './usage.ts';

/** `started` is true for a start (Stopped → Running) and false for a resume from Paused. */
export function onComponentActive(ctx: Ctx, rec: CompRec, started: boolean): void {
	const scp = ctx.lab.scp;
	if (!scp || !sameServer(rec.server, scp.server)) return;
	if (rec.name === 'SMS_DMP_DOWNLOADER') {
		if (started) applyPendingMode(ctx);
		downloaderActive(ctx);
	} else if (rec.name === 'SMS_DMP_UPLOADER') {
		uploaderActive(ctx);
	}
}
