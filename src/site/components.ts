// SMS_Executive and its components on each server: which components a server runs, and their stop/start
// state machine. Transitions take simulated seconds and happen through queued events, so a stop or start
// returns at once and `settlesAt` says when the component will be where it is heading.
//
// Threads live inside SMS_EXECUTIVE: stopping the service stops all of them, and starting it starts all of them
// again ("restarts most site components", seed). Separate Windows services (SMS_SITE_COMPONENT_MANAGER,
// SMS_SITE_BACKUP, SMS_SITE_VSS_WRITER, CONFIGURATION_MANAGER_UPDATE) are not touched by an executive restart.

import {component, compKey, serverKey, touch, type Ctx} from './context.ts';
import {SiteError} from './errors.ts';
import {writeLog} from './logs.ts';
import {randomInt} from './random.ts';
import {onComponentActive} from './lifecycle.ts';
import {cancel, eventAt, hasEvent, schedule} from './scheduler.ts';
import {raise} from './status.ts';
import type {CompRec, SiteType} from './state.ts';
import {SECOND} from './time.ts';

export const EXECUTIVE = 'SMS_EXECUTIVE';
export const DOWNLOADER = 'SMS_DMP_DOWNLOADER';
export const UPLOADER = 'SMS_DMP_UPLOADER';
export const CONNECTOR = 'SMS_SERVICE_CONNECTOR';
export const SCP_THREADS = [DOWNLOADER, UPLOADER, CONNECTOR] as const;

const SERVICES = new Set([EXECUTIVE, 'SMS_SITE_COMPONENT_MANAGER', 'SMS_SITE_BACKUP', 'SMS_SITE_VSS_WRITER', 'CONFIGURATION_MANAGER_UPDATE']);

// Durations of transitions (a few simulated seconds, as the product's Service Manager shows them).
export const THREAD_STOP = 3 * SECOND;
export const THREAD_START = 2 * SECOND;
export const SERVICE_STOP = 4 * SECOND;
export const SERVICE_START = 6 * SECOND;
export const EXECUTIVE_STOP = 12 * SECOND;
export const EXECUTIVE_START = 8 * SECOND;
/** After SMS_EXECUTIVE runs, the time its threads take to start. */
export const THREADS_START = 5 * SECOND;
/** A restart rests in Stopped this long before starting, so the state can be seen (Service Manager: Query, then Start). */
export const RESTART_GAP = 1 * SECOND;

// domain.md 4.1: the realistic set as seen in Service Manager. A CAS has no client-facing components.
const SITE_SERVICES = [EXECUTIVE, 'SMS_SITE_COMPONENT_MANAGER', 'SMS_SITE_BACKUP', 'SMS_SITE_VSS_WRITER', 'CONFIGURATION_MANAGER_UPDATE'];
const CORE_THREADS = [
	'SMS_AD_FOREST_KNOWLEDGE_DISCOVERY_AGENT', 'SMS_ALERT_NOTIFICATION', 'SMS_CERTIFICATE_MANAGER', 'SMS_CLOUD_SERVICES_MANAGER',
	'SMS_COLLECTION_EVALUATOR', 'SMS_COMPONENT_STATUS_SUMMARIZER', 'SMS_DATABASE_NOTIFICATION_MONITOR', 'SMS_DESPOOLER',
	'SMS_DISCOVERY_DATA_MANAGER', 'SMS_DISTRIBUTION_MANAGER', 'SMS_HIERARCHY_MANAGER', 'SMS_INBOX_MANAGER', 'SMS_INBOX_MONITOR',
	'SMS_MESSAGE_PROCESSING_ENGINE', 'SMS_OBJECT_REPLICATION_MANAGER', 'SMS_OFFER_MANAGER', 'SMS_OFFER_STATUS_SUMMARIZER',
	'SMS_OUTBOX_MONITOR', 'SMS_PACKAGE_TRANSFER_MANAGER', 'SMS_REPLICATION_CONFIGURATION_MONITOR', 'SMS_RULE_ENGINE',
	'SMS_SCHEDULER', 'SMS_SENDER', 'SMS_SITE_CONTROL_MANAGER', 'SMS_SITE_SYSTEM_STATUS_SUMMARIZER', 'SMS_STATE_SYSTEM',
	'SMS_STATUS_MANAGER', 'SMS_WSUS_CONFIGURATION_MANAGER', 'SMS_WSUS_SYNC_MANAGER',
];
const PRIMARY_THREADS = [
	'SMS_AD_SECURITY_GROUP_DISCOVERY_AGENT', 'SMS_AD_SYSTEM_DISCOVERY_AGENT', 'SMS_AD_USER_DISCOVERY_AGENT',
	'SMS_AZUREAD_DISCOVERY_AGENT', 'SMS_BUSINESS_APP_PROCESS_MANAGER', 'SMS_CLIENT_CONFIG_MANAGER', 'SMS_INVENTORY_DATA_LOADER',
	'SMS_MP_CONTROL_MANAGER', 'SMS_MP_FILE_DISPATCH_MANAGER', 'SMS_NOTIFICATION_MANAGER', 'SMS_POLICY_PROVIDER',
	'SMS_PORTALWEB_CONTROL_MANAGER', 'SMS_SOFTWARE_INVENTORY_PROCESSOR', 'SMS_WSUS_CONTROL_MANAGER',
];
const SECONDARY_THREADS = [
	'SMS_COMPONENT_STATUS_SUMMARIZER', 'SMS_DATABASE_NOTIFICATION_MONITOR', 'SMS_DESPOOLER', 'SMS_DISTRIBUTION_MANAGER',
	'SMS_HIERARCHY_MANAGER', 'SMS_INBOX_MANAGER', 'SMS_INBOX_MONITOR', 'SMS_MP_CONTROL_MANAGER', 'SMS_MP_FILE_DISPATCH_MANAGER',
	'SMS_OUTBOX_MONITOR', 'SMS_PACKAGE_TRANSFER_MANAGER', 'SMS_REPLICATION_CONFIGURATION_MONITOR', 'SMS_SCHEDULER',
	'SMS_SENDER', 'SMS_SITE_CONTROL_MANAGER', 'SMS_STATUS_MANAGER',
];

/** Components of a site server of this site type, service first. */
export function siteServerComponents(type: SiteType): string[] {
	if (type === 'Secondary') return [EXECUTIVE, 'SMS_SITE_COMPONENT_MANAGER', ...SECONDARY_THREADS];
	const threads = type === 'Primary' ? [...CORE_THREADS, ...PRIMARY_THREADS].sort() : CORE_THREADS;
	return [...SITE_SERVICES, ...threads];
}

export const isService = (name: string): boolean => SERVICES.has(name);

/** Adds components to a server, Running since `since`, or Starting now (they run after THREAD_START), or Stopped
 * waiting for their executive (which starts them with it). */
export function createComponents(ctx: Ctx, server: string, site: string, names: readonly string[],
	state: 'Running' | 'Starting' | 'Stopped', since: number): CompRec[] {
	const made: CompRec[] = [];
	const now = ctx.lab.clock.now;
	ctx.structure++;
	for (const name of names) {
		if (component(ctx, server, name)) continue;
		const rec: CompRec = {
			name, server, site, type: isService(name) ? 'Service' : 'Thread', state, status: 'OK',
			lastStarted: state === 'Running' ? since : null, target: 'Running', settlesAt: null, thread: randomInt(ctx.lab, 1000, 9999),
		};
		ctx.lab.components.push(rec);
		ctx.comps.set(compKey(server, name), rec);
		const key = serverKey(server);
		const list = ctx.byServer.get(key);
		if (list) list.push(rec);
		else ctx.byServer.set(key, [rec]);
		made.push(rec);
		if (state === 'Starting') {
			rec.settlesAt = now + startTime(rec);
			schedule(ctx, rec.settlesAt, eventKey(rec), {kind: 'component', server, name});
		} else if (state === 'Stopped') {
			rec.settlesAt = settlesAt(ctx, component(ctx, server, EXECUTIVE) ?? rec);
		}
	}
	touch(ctx, 'component');
	return made;
}

/** Removes components from a server, with their pending transitions. */
export function removeComponents(ctx: Ctx, server: string, names: readonly string[]): void {
	const drop = new Set(names.map((n) => compKey(server, n)));
	ctx.structure++;
	for (const key of drop) {
		const rec = ctx.comps.get(key);
		if (rec) cancel(ctx, eventKey(rec));
	}
	ctx.lab.components = ctx.lab.components.filter((c) => !drop.has(compKey(c.server, c.name)));
	for (const key of drop) ctx.comps.delete(key);
	const list = ctx.byServer.get(serverKey(server));
	if (list) ctx.byServer.set(serverKey(server), list.filter((c) => !drop.has(compKey(c.server, c.name))));
	touch(ctx, 'component');
}

const eventKey = (rec: CompRec): string => `comp|${compKey(rec.server, rec.name)}`;
const execKey = (server: string): string => `exec|${serverKey(server)}`;
const threadsKey = (server: string): string => `threads|${serverKey(server)}`;

export const threadsOf = (ctx: Ctx, server: string): CompRec[] => (ctx.byServer.get(serverKey(server)) ?? []).filter((c) => c.type === 'Thread');
const stopTime = (rec: CompRec): number => (rec.type === 'Thread' ? THREAD_STOP : SERVICE_STOP);
const startTime = (rec: CompRec): number => (rec.type === 'Thread' ? THREAD_START : SERVICE_START);

/** When `rec` (and, for SMS_EXECUTIVE, every thread of its server) will have reached its target; null if settled. */
export function settlesAt(ctx: Ctx, rec: CompRec): number | null {
	let t = rec.settlesAt;
	if (rec.name === EXECUTIVE) {
		for (const th of threadsOf(ctx, rec.server)) if (th.settlesAt !== null && (t === null || th.settlesAt > t)) t = th.settlesAt;
	}
	return t;
}

export type ComponentOp = 'stop' | 'start' | 'restart' | 'pause' | 'resume';

/** Throws when `op` cannot be applied to `rec` now; the caller runs this before changing anything. */
export function validateOp(ctx: Ctx, rec: CompRec, op: ComponentOp): void {
	if ((op === 'pause' || op === 'resume') && rec.type !== 'Thread') {
		throw new SiteError(`${rec.name} on ${rec.server} is a service and cannot be paused or resumed; only SMS_Executive threads can.`,
			'InvalidOperation', 'ComponentCannotPause', rec.name);
	}
	if (op === 'pause' && rec.state !== 'Running' && rec.state !== 'Paused') {
		throw new SiteError(`${rec.name} on ${rec.server} is ${rec.state}; only a running component can be paused.`,
			'InvalidOperation', 'ComponentNotRunning', rec.name);
	}
	if (rec.type === 'Thread' && (op === 'start' || op === 'restart' || op === 'resume')) {
		const exec = component(ctx, rec.server, EXECUTIVE);
		if (exec && exec.state !== 'Running') {
			throw new SiteError(`${rec.name} is a thread of SMS_EXECUTIVE, which is ${exec.state} on ${rec.server}. ` +
				'Start SMS_EXECUTIVE first; it starts its threads with it.', 'InvalidOperation', 'ExecutiveNotRunning', rec.name);
		}
	}
}

/** Applies a validated operation. */
export function applyOp(ctx: Ctx, rec: CompRec, op: ComponentOp): void {
	if (rec.name === EXECUTIVE) {
		if (op === 'stop') stopExecutive(ctx, rec.server, 'Stopped');
		else if (op === 'restart') stopExecutive(ctx, rec.server, 'Running');
		else if (op === 'start') startExecutive(ctx, rec.server);
		return;
	}
	const now = ctx.lab.clock.now;
	switch (op) {
		case 'stop':
			if (rec.state === 'Stopped') {
				// A restart may be resting in Stopped before it starts: stop means stay stopped.
				cancel(ctx, eventKey(rec));
				rec.target = 'Stopped';
				rec.settlesAt = null;
				break;
			}
			rec.target = 'Stopped';
			if (rec.state !== 'Stopping') beginStop(ctx, rec);
			// A thread stopping with its executive has no event of its own: it settles when the executive stops.
			rec.settlesAt = eventAt(ctx.lab, eventKey(rec)) ?? eventAt(ctx.lab, execKey(rec.server)) ?? now;
			break;
		case 'start':
			if (rec.state === 'Paused') return resume(ctx, rec);
			if (rec.state === 'Running' || rec.state === 'Starting') return;
			rec.target = 'Running';
			if (rec.state === 'Stopped') beginStart(ctx, rec);
			else rec.settlesAt = (eventAt(ctx.lab, eventKey(rec)) ?? now) + RESTART_GAP + startTime(rec);
			break;
		case 'restart':
			rec.target = 'Running';
			if (rec.state === 'Stopped') beginStart(ctx, rec);
			else if (rec.state === 'Stopping') rec.settlesAt = (eventAt(ctx.lab, eventKey(rec)) ?? now) + RESTART_GAP + startTime(rec);
			else {
				beginStop(ctx, rec);
				rec.settlesAt = now + stopTime(rec) + RESTART_GAP + startTime(rec);
			}
			break;
		case 'pause':
			if (rec.state === 'Paused') return;
			rec.state = 'Paused';
			rec.target = 'Paused';
			writeLog(ctx, rec.server, EXECUTIVE, `${rec.name} was paused by the Configuration Manager Service Manager.`);
			break;
		case 'resume':
			if (rec.state === 'Paused') resume(ctx, rec);
			break;
	}
	touch(ctx, 'component');
}

function resume(ctx: Ctx, rec: CompRec): void {
	rec.state = 'Running';
	rec.target = 'Running';
	writeLog(ctx, rec.server, EXECUTIVE, `${rec.name} was resumed by the Configuration Manager Service Manager.`);
	touch(ctx, 'component');
	onComponentActive(ctx, rec, false);
}

function beginStop(ctx: Ctx, rec: CompRec): void {
	const now = ctx.lab.clock.now;
	rec.state = 'Stopping';
	schedule(ctx, now + stopTime(rec), eventKey(rec), {kind: 'component', server: rec.server, name: rec.name});
	rec.settlesAt = now + stopTime(rec);
	writeLog(ctx, rec.server, EXECUTIVE, `Stopping component ${rec.name}...`);
}

function beginStart(ctx: Ctx, rec: CompRec): void {
	const now = ctx.lab.clock.now;
	rec.state = 'Starting';
	schedule(ctx, now + startTime(rec), eventKey(rec), {kind: 'component', server: rec.server, name: rec.name});
	rec.settlesAt = now + startTime(rec);
	writeLog(ctx, rec.server, EXECUTIVE, `Starting component ${rec.name}...`);
}

function markStarted(ctx: Ctx, rec: CompRec): void {
	rec.state = 'Running';
	rec.target = 'Running';
	rec.settlesAt = null;
	rec.lastStarted = ctx.lab.clock.now;
	writeLog(ctx, rec.server, EXECUTIVE, `SMS_EXECUTIVE started ${rec.name} as ${rec.type === 'Thread' ? 'thread' : 'service'} ID ${rec.thread} (0x${rec.thread.toString(16).toUpperCase()}).`);
	// 500 "This component started." [mem]
	raise(ctx, {server: rec.server, component: rec.name, severity: 'Information', id: 500, text: 'This component started.'});
	onComponentActive(ctx, rec, true);
}

/** A single component's queued transition step. */
export function handleComponentEvent(ctx: Ctx, server: string, name: string): void {
	const rec = component(ctx, server, name);
	if (!rec) return;
	touch(ctx, 'component');
	if (rec.state === 'Stopping') {
		rec.state = 'Stopped';
		writeLog(ctx, rec.server, EXECUTIVE, `${rec.name} stopped.`);
		if (rec.target === 'Running') schedule(ctx, ctx.lab.clock.now + RESTART_GAP, eventKey(rec), {kind: 'component', server: rec.server, name: rec.name});
		else rec.settlesAt = null;
	} else if (rec.state === 'Stopped' && rec.target === 'Running') {
		beginStart(ctx, rec);
	} else if (rec.state === 'Starting') {
		markStarted(ctx, rec);
	}
}

/** Stops SMS_EXECUTIVE and all its threads; `then` = 'Running' starts it again afterwards (a restart). */
export function stopExecutive(ctx: Ctx, server: string, then: 'Running' | 'Stopped'): void {
	const exec = component(ctx, server, EXECUTIVE);
	if (!exec) return;
	const now = ctx.lab.clock.now;
	touch(ctx, 'component');
	if (exec.state === 'Stopped') {
		if (then === 'Running') return startExecutive(ctx, server);
		cancel(ctx, execKey(server));
		exec.target = 'Stopped';
		exec.settlesAt = null;
		for (const th of threadsOf(ctx, server)) {
			th.target = 'Stopped';
			th.settlesAt = null;
		}
		return;
	}
	exec.target = then;
	let stoppedAt: number;
	if (exec.state === 'Stopping') {
		stoppedAt = eventAt(ctx.lab, execKey(server)) ?? now;
	} else {
		cancel(ctx, threadsKey(server));
		exec.state = 'Stopping';
		stoppedAt = now + EXECUTIVE_STOP;
		schedule(ctx, stoppedAt, execKey(server), {kind: 'executive', server});
		writeLog(ctx, server, EXECUTIVE, `SMS_EXECUTIVE is stopping: signalling ${threadsOf(ctx, server).length} component threads to stop.`);
	}
	const done = then === 'Running' ? stoppedAt + RESTART_GAP + EXECUTIVE_START : stoppedAt;
	exec.settlesAt = done;
	for (const th of threadsOf(ctx, server)) {
		cancel(ctx, eventKey(th));
		if (th.state !== 'Stopped') th.state = 'Stopping';
		th.target = then;
		th.settlesAt = then === 'Running' ? done + THREADS_START : stoppedAt;
	}
}

export function startExecutive(ctx: Ctx, server: string): void {
	const exec = component(ctx, server, EXECUTIVE);
	if (!exec) return;
	const now = ctx.lab.clock.now;
	if (exec.state === 'Running' || exec.state === 'Starting') return;
	touch(ctx, 'component');
	if (exec.state === 'Stopping') return stopExecutive(ctx, server, 'Running');
	exec.state = 'Starting';
	exec.target = 'Running';
	exec.settlesAt = now + EXECUTIVE_START;
	schedule(ctx, exec.settlesAt, execKey(server), {kind: 'executive', server});
	writeLog(ctx, server, EXECUTIVE, 'SMS_EXECUTIVE is starting.');
	for (const th of threadsOf(ctx, server)) {
		th.target = 'Running';
		th.settlesAt = exec.settlesAt + THREADS_START;
	}
}

export function handleExecutiveEvent(ctx: Ctx, server: string): void {
	const exec = component(ctx, server, EXECUTIVE);
	if (!exec) return;
	const now = ctx.lab.clock.now;
	touch(ctx, 'component');
	if (exec.state === 'Stopping') {
		exec.state = 'Stopped';
		for (const th of threadsOf(ctx, server)) {
			th.state = 'Stopped';
			if (th.target !== 'Running') th.settlesAt = null;
		}
		writeLog(ctx, server, EXECUTIVE, 'SMS_EXECUTIVE stopped; all component threads are stopped.');
		if (exec.target === 'Running') schedule(ctx, now + RESTART_GAP, execKey(server), {kind: 'executive', server});
		else exec.settlesAt = null;
	} else if (exec.state === 'Stopped' && exec.target === 'Running') {
		exec.state = 'Starting';
		exec.settlesAt = now + EXECUTIVE_START;
		schedule(ctx, exec.settlesAt, execKey(server), {kind: 'executive', server});
		writeLog(ctx, server, EXECUTIVE, 'SMS_EXECUTIVE is starting.');
	} else if (exec.state === 'Starting') {
		exec.state = 'Running';
		exec.settlesAt = null;
		exec.lastStarted = now;
		writeLog(ctx, server, EXECUTIVE, `SMS_EXECUTIVE started (process ID ${ctx.lab.servers.find((s) => serverKey(s.name) === serverKey(server))?.pid ?? 0}).`);
		raise(ctx, {server, component: EXECUTIVE, severity: 'Information', id: 500, text: 'This component started.'});
		for (const th of threadsOf(ctx, server)) {
			th.state = 'Starting';
			th.target = 'Running';
			th.settlesAt = now + THREADS_START;
		}
		schedule(ctx, now + THREADS_START, threadsKey(server), {kind: 'threads', server});
	}
}

/** SMS_EXECUTIVE's threads finish starting together. */
export function handleThreadsEvent(ctx: Ctx, server: string): void {
	for (const th of threadsOf(ctx, server)) {
		if (th.state === 'Starting' && !hasEvent(ctx.lab, eventKey(th))) markStarted(ctx, th);
	}
}
