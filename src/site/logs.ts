// Per-server component logs in the SMS trace format that SMS_Executive threads write (domain.md 5.3):
//   <message>  $$<COMPONENT><MM-DD-YYYY HH:MM:SS.mmm+000><thread=DEC (0xHEX)>
// The simulated clock is UTC, so the bias is always +000. CMUpdate.log lines carry an INFO:/WARNING:/ERROR:
// prefix as the real file does. Each file is a bounded ring.

import {component, serverKey, touch, type Ctx} from './context.ts';
import {newRing, ringItems, ringPush} from './ring.ts';
import type {Lab, LogRec} from './state.ts';
import {traceTime} from './time.ts';

export const LOG_CAP = 1000;

export interface LogDef {
	name: string;
	component: string;
	/** Lives on the SCP host rather than the site server. */
	scp?: boolean;
	/** Lines start with INFO:/WARNING:/ERROR:. */
	prefixed?: boolean;
}

export const LOGS: readonly LogDef[] = [
	{name: 'dmpdownloader.log', component: 'SMS_DMP_DOWNLOADER', scp: true},
	{name: 'dmpuploader.log', component: 'SMS_DMP_UPLOADER', scp: true},
	{name: 'EndpointConnectivityCheckWorker.log', component: 'SMS_SERVICE_CONNECTOR', scp: true},
	{name: 'hman.log', component: 'SMS_HIERARCHY_MANAGER'},
	{name: 'smsexec.log', component: 'SMS_EXECUTIVE'},
	{name: 'distmgr.log', component: 'SMS_DISTRIBUTION_MANAGER'},
	{name: 'smsbkup.log', component: 'SMS_SITE_BACKUP'},
	{name: 'sitecomp.log', component: 'SMS_SITE_COMPONENT_MANAGER'},
	{name: 'CMUpdate.log', component: 'CONFIGURATION_MANAGER_UPDATE', prefixed: true},
	{name: 'compsumm.log', component: 'SMS_COMPONENT_STATUS_SUMMARIZER'},
	{name: 'statmgr.log', component: 'SMS_STATUS_MANAGER'},
];

export const findLogDef = (name: string): LogDef | undefined => {
	const n = name.toLowerCase();
	return LOGS.find((l) => l.name.toLowerCase() === n || l.name.toLowerCase() === `${n}.log`);
};

export const logForComponent = (comp: string): LogDef | undefined => LOGS.find((l) => l.component === comp);

const logKey = (server: string, log: string): string => `${serverKey(server)}|${log.toLowerCase()}`;

/** Appends a line to the log that `comp` writes on `server`. */
export function writeLog(ctx: Ctx, server: string, comp: string, text: string, type: 1 | 2 | 3 = 1): void {
	const def = logForComponent(comp);
	if (!def) return;
	const key = logKey(server, def.name);
	let ring = ctx.lab.logs[key];
	if (!ring) ring = ctx.lab.logs[key] = newRing<LogRec>(LOG_CAP);
	const thread = component(ctx, server, comp)?.thread ?? 0;
	ringPush(ring, {time: ctx.lab.clock.now, component: comp, thread, type, text});
	touch(ctx, 'log');
}

export function readLog(lab: Lab, server: string, name: string): {entries: LogRec[]; total: number} {
	const ring = lab.logs[logKey(server, name)];
	return ring ? {entries: ringItems(ring), total: ring.total} : {entries: [], total: 0};
}

const PREFIX = {1: 'INFO: ', 2: 'WARNING: ', 3: 'ERROR: '} as const;

export function formatLogLine(def: LogDef, rec: LogRec): string {
	const prefix = def.prefixed ? PREFIX[rec.type] : '';
	return `${prefix}${rec.text}  $$<${rec.component}><${traceTime(rec.time)}+000><thread=${rec.thread} (0x${rec.thread.toString(16).toUpperCase()})>`;
}
