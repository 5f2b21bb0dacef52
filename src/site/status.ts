// Status messages and the component status summarizer. Each message counts against its component's
// thresholds for the current period (reset daily at midnight, domain.md 4.3); crossing a warning or critical
// threshold turns the component's Status. The summarizer keeps counts only for components that have messages,
// and resets with one event per day for the whole hierarchy, so idle sites cost nothing.

import {component, findServer, serverKey, touch, type Ctx} from './context.ts';
import {logForComponent, writeLog} from './logs.ts';
import {newRing, ringPush} from './ring.ts';
import {schedule} from './scheduler.ts';
import type {ComponentStatus, Lab, MessageRec, Severity} from './state.ts';
import {DAY, startOfDay, statmsgTime} from './time.ts';

export const MESSAGE_CAP = 5000;
export const newMessages = () => newRing<MessageRec>(MESSAGE_CAP);

/** [warning, critical] thresholds per severity. Defaults are the product's as remembered in domain.md 4.3 [mem]. */
export type Thresholds = Record<Severity, [number, number]>;
export const DEFAULT_THRESHOLDS: Thresholds = {Information: [2000, 5000], Warning: [10, 50], Error: [1, 5]};

// 11488 is documented as a critical message that turns SMS_SERVICE_CONNECTOR critical by itself (domain.md 1),
// so one error is enough for this component.
const OVERRIDES: Record<string, Thresholds> = {
	SMS_SERVICE_CONNECTOR: {Information: [2000, 5000], Warning: [10, 50], Error: [1, 1]},
};

export const thresholdsFor = (comp: string): Thresholds => OVERRIDES[comp] ?? DEFAULT_THRESHOLDS;

const SEVERITY_INDEX: Record<Severity, 0 | 1 | 2> = {Information: 0, Warning: 1, Error: 2};
const SEV_LETTER: Record<Severity, string> = {Information: 'I', Warning: 'W', Error: 'E'};

export function statusFromCounts(comp: string, counts: readonly [number, number, number]): ComponentStatus {
	const t = thresholdsFor(comp);
	let status: ComponentStatus = 'OK';
	for (const sev of ['Information', 'Warning', 'Error'] as const) {
		const n = counts[SEVERITY_INDEX[sev]];
		const [warn, crit] = t[sev];
		if (n >= crit) return 'Critical';
		if (n >= warn) status = 'Warning';
	}
	return status;
}

export interface RaiseInput {
	server: string;
	component: string;
	severity: Severity;
	id: number;
	text: string;
}

export function raise(ctx: Ctx, m: RaiseInput): void {
	const {lab} = ctx;
	const rec = component(ctx, m.server, m.component);
	// Most messages come from a known component, whose record names its site; only others need the server list.
	const srv = rec ? null : findServer(lab, m.server);
	const site = rec?.site ?? srv?.site ?? '';
	const machine = rec?.server ?? srv?.name ?? m.server;
	ringPush(lab.messages, {time: lab.clock.now, site, server: machine, component: m.component, severity: m.severity, id: m.id, text: m.text});
	touch(ctx, 'message');
	const key = `${serverKey(m.server)}|${m.component}`;
	const counts = (lab.summary.counts[key] ??= [0, 0, 0]);
	counts[SEVERITY_INDEX[m.severity]]++;
	if (rec) {
		const status = statusFromCounts(m.component, counts);
		if (status !== rec.status) {
			rec.status = status;
			touch(ctx, 'component');
		}
	}
	// The component also traces the message in its own log, as the real STATMSG lines do.
	if (logForComponent(m.component)) {
		const pid = (srv ?? findServer(lab, m.server))?.pid ?? 0;
		writeLog(ctx, m.server, m.component,
			`STATMSG: ID=${m.id} SEV=${SEV_LETTER[m.severity]} LEV=M SOURCE="SMS Server" COMP="${m.component}" ` +
			`SYS=${machine} SITE=${site} PID=${pid} TID=${rec?.thread ?? 0} GMTDATE=${statmsgTime(lab.clock.now)} ` +
			`ISTR0="${m.text.replace(/"/g, "'")}" NUMATTRS=0`, m.severity === 'Error' ? 3 : m.severity === 'Warning' ? 2 : 1);
	}
}

/** Daily threshold-period reset: counts start again and every component returns to OK. */
export function resetSummary(ctx: Ctx): void {
	const {lab} = ctx;
	for (const key of Object.keys(lab.summary.counts)) {
		// Summary keys and component index keys have the same form: <server lower>|<COMPONENT>.
		const rec = ctx.comps.get(key);
		if (rec && rec.status !== 'OK') {
			rec.status = 'OK';
			touch(ctx, 'component');
		}
	}
	lab.summary = {periodStart: lab.clock.now, counts: {}};
	scheduleSummarizer(ctx);
}

export function scheduleSummarizer(ctx: Ctx): void {
	schedule(ctx, startOfDay(ctx.lab.clock.now) + DAY, 'summarizer', {kind: 'summarizerReset'});
}

/** Clears one component's counts (Clear-CMComponentStatusMessageCount); its status goes back to OK. */
export function clearCounts(ctx: Ctx, server: string, comp: string): void {
	delete ctx.lab.summary.counts[`${serverKey(server)}|${comp}`];
	const rec = component(ctx, server, comp);
	if (rec) rec.status = 'OK';
	touch(ctx, 'component');
}

export const countsFor = (lab: Lab, server: string, comp: string): [number, number, number] =>
	lab.summary.counts[`${serverKey(server)}|${comp}`] ?? [0, 0, 0];
