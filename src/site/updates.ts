// Updates and servicing: the 24-hour check in effective online mode, downloads with progress, the transfer
// from a remote SCP host by SMS_DISTRIBUTION_MANAGER, and installation (prerequisite check, install, site
// reset, version change). States follow the console (domain.md 5.1).

import {appliesTo, catalogEntry, fullVersion, offeredTo, type CatalogEntry} from './catalog.ts';
import {CONNECTOR, DOWNLOADER, EXECUTIVE, startExecutive, stopExecutive} from './components.ts';
import {findServer, isRunning, sameServer, topSite, touch, type Ctx} from './context.ts';
import {writeLog} from './logs.ts';
import {CHECK_ENDPOINTS, DOWNLOAD_ENDPOINTS, endpointsFor, firstFailure, reach} from './network.ts';
import {cancel, hasEvent, schedule} from './scheduler.ts';
import {raise} from './status.ts';
import type {Lab, ProxyRec, UpdateRec} from './state.ts';
import {DAY, HOUR, MINUTE, SECOND, isoTime} from './time.ts';

export const CHECK_INTERVAL = DAY;
export const DOWNLOAD_TICK = 30 * SECOND;
/** Download speed of the simulated internet link. */
export const MB_PER_SECOND = 1;
export const TRANSFER_DELAY = MINUTE;
/** SMS_DISTRIBUTION_MANAGER's retry delay after a failed transfer [mem: the product's default is 30 minutes]. */
export const TRANSFER_RETRY = 30 * MINUTE;
export const PREREQ_TIME = 8 * MINUTE;
export const INSTALL_START_DELAY = MINUTE;
export const INSTALL_RELEASE = 40 * MINUTE;
export const INSTALL_HOTFIX = 15 * MINUTE;
/** Child primaries install an update on their own after the top-level site (domain.md 5.1). */
export const CHILD_UPGRADE_DELAY = HOUR;

const MANIFEST_URL = 'https://go.microsoft.com/fwlink/?LinkId=2309745';

export const scpProxy = (lab: Lab): ProxyRec | null => (lab.scp ? findServer(lab, lab.scp.server)?.proxy ?? null : null);

const dmp = (ctx: Ctx, text: string, type: 1 | 2 | 3 = 1): void => {
	if (ctx.lab.scp) writeLog(ctx, ctx.lab.scp.server, DOWNLOADER, text, type);
};

export const downloaderRunning = (ctx: Ctx): boolean => !!ctx.lab.scp && isRunning(ctx, ctx.lab.scp.server, DOWNLOADER);

export interface CheckResult {
	Time: number;
	Succeeded: boolean;
	NewUpdates: string[];
	Error: string | null;
}

export function scheduleCheck(ctx: Ctx, at: number): void {
	schedule(ctx, at, 'check', {kind: 'updateCheck'});
}

/** The scheduled 24-hour check. */
export function handleUpdateCheck(ctx: Ctx): void {
	const scp = ctx.lab.scp;
	if (!scp || scp.effective !== 'Online') return;
	if (!downloaderRunning(ctx)) {
		// Nothing checks while the thread is down; the check runs as soon as it starts again.
		scp.checkPending = true;
		touch(ctx, 'scp');
		return;
	}
	runCheck(ctx);
}

/** Runs a check now (scheduled or manual) and schedules the next one 24 hours later. */
export function runCheck(ctx: Ctx): CheckResult {
	const {lab} = ctx;
	const scp = lab.scp!;
	const now = lab.clock.now;
	const top = topSite(lab);
	const proxy = scpProxy(lab);
	touch(ctx, 'scp');
	scp.lastCheck = now;
	scp.checkPending = false;
	scp.nextCheck = now + CHECK_INTERVAL;
	scheduleCheck(ctx, scp.nextCheck);
	dmp(ctx, `Checking for updates for site version ${fullVersion(top.build, top.revision)}: downloading manifest from ${MANIFEST_URL}${proxy ? ` through proxy ${proxy.server}:${proxy.port}` : ''}~~`);
	endpointCheck(ctx);
	const fail = firstFailure(lab.network, proxy, CHECK_ENDPOINTS);
	if (fail) {
		scp.lastCheckResult = 'Failed';
		dmp(ctx, `ERROR: Failed to download ConfigMgr.Update.Manifest.cab from ${fail.endpoint}: ${fail.error}~~`, 3);
		dmp(ctx, `Check for updates failed. Next attempt at ${isoTime(scp.nextCheck)}.~~`, 2);
		cloudUnreachable(ctx, fail);
		return {Time: now, Succeeded: false, NewUpdates: [], Error: `${fail.endpoint}: ${fail.error}`};
	}
	scp.lastCheckResult = 'Succeeded';
	dmp(ctx, 'Successfully downloaded ConfigMgr.Update.Manifest.cab and verified its signature.~~');
	const found: string[] = [];
	for (const e of offeredTo(top, now)) {
		const existing = lab.updates.find((u) => u.id === e.id);
		if (existing) {
			const retry = existing.state === 'Available to download' || (existing.state === 'Failed' && existing.failedPhase === 'Download');
			if (retry) startDownload(ctx, existing);
			continue;
		}
		const rec = addUpdate(ctx, e, 'Cloud');
		found.push(e.name);
		dmp(ctx, `Found new update package ${e.packageGuid ?? e.id} (${e.name}).~~`);
		dmp(ctx, `Generating state message: 6 for package ${e.packageGuid ?? e.id}~~`);
		startDownload(ctx, rec);
	}
	if (!found.length) dmp(ctx, 'No new updates are available for this site.~~');
	return {Time: now, Succeeded: true, NewUpdates: found, Error: null};
}

/** The connectivity checks that run with each check (EndpointConnectivityCheckWorker, messages 11410-11412). */
function endpointCheck(ctx: Ctx): void {
	const {lab} = ctx;
	const scp = lab.scp!;
	const proxy = scpProxy(lab);
	let critical: string | null = null, other: string | null = null;
	for (const e of endpointsFor(lab)) {
		const r = reach(lab.network, proxy, e.endpoint);
		writeLog(ctx, scp.server, CONNECTOR, `Endpoint ${e.endpoint}:443 (${e.feature}) ${r.reachable ? `is reachable (${r.route})` : `is NOT reachable: ${r.error}`}`, r.reachable ? 1 : 3);
		if (!r.reachable) {
			if (e.feature === 'UpdatesAndServicing') critical ??= e.endpoint;
			else other ??= e.endpoint;
		}
	}
	if (critical) raise(ctx, {server: scp.server, component: CONNECTOR, severity: 'Error', id: 11412, text: `Critical endpoint connectivity checks failed; first unreachable endpoint: ${critical}.`});
	else if (other) raise(ctx, {server: scp.server, component: CONNECTOR, severity: 'Warning', id: 11411, text: `Non-critical endpoint connectivity checks failed; first unreachable endpoint: ${other}.`});
	else raise(ctx, {server: scp.server, component: CONNECTOR, severity: 'Information', id: 11410, text: 'All endpoint connectivity checks succeeded.'});
}

/** 11488: the SCP cannot reach the cloud service (domain.md 1: critical, turns SMS_SERVICE_CONNECTOR critical). */
export function cloudUnreachable(ctx: Ctx, fail: {endpoint: string; error: string}): void {
	const scp = ctx.lab.scp!;
	raise(ctx, {
		server: scp.server, component: CONNECTOR, severity: 'Error', id: 11488,
		text: `The service connection point cannot connect to the Microsoft cloud service: ${fail.endpoint}:443 is unreachable (${fail.error}).`,
	});
}

export function addUpdate(ctx: Ctx, e: CatalogEntry, source: UpdateRec['source']): UpdateRec {
	const rec: UpdateRec = {
		id: e.id, state: 'Available to download', percent: 0, downloadedMB: 0, source, detectedAt: ctx.lab.clock.now, readyAt: null,
		installedAt: null, lastError: null, failedPhase: null, awaitingTransfer: false, transferAttempts: 0, prerequisiteOnly: false,
	};
	ctx.lab.updates.push(rec);
	touch(ctx, 'update');
	return rec;
}

const tickKey = (id: string): string => `download|${id}`;

export function startDownload(ctx: Ctx, rec: UpdateRec): void {
	const e = catalogEntry(rec.id)!;
	Object.assign(rec, {state: 'Downloading', percent: 0, downloadedMB: 0, failedPhase: null, lastError: null, awaitingTransfer: false});
	touch(ctx, 'update');
	dmp(ctx, `Start downloading payload of ${e.name} (${e.sizeMB} MB) with BITS.~~`);
	if (downloaderRunning(ctx) && ctx.lab.scp!.effective === 'Online') schedule(ctx, ctx.lab.clock.now + DOWNLOAD_TICK, tickKey(rec.id), {kind: 'downloadTick', id: rec.id});
}

export function handleDownloadTick(ctx: Ctx, id: string): void {
	const {lab} = ctx;
	const rec = lab.updates.find((u) => u.id === id);
	if (!rec || rec.state !== 'Downloading' || rec.awaitingTransfer || !lab.scp) return;
	// A stopped downloader or offline mode suspends the download; downloaderActive() resumes it.
	if (lab.scp.effective !== 'Online' || !downloaderRunning(ctx)) return;
	const e = catalogEntry(id)!;
	const fail = firstFailure(lab.network, scpProxy(lab), DOWNLOAD_ENDPOINTS);
	touch(ctx, 'update');
	if (fail) {
		Object.assign(rec, {state: 'Failed', failedPhase: 'Download', lastError: `${fail.endpoint}: ${fail.error}`});
		dmp(ctx, `ERROR: Failed to download payload of ${e.name} from ${fail.endpoint}: ${fail.error}~~`, 3);
		cloudUnreachable(ctx, fail);
		return;
	}
	rec.downloadedMB = Math.min(e.sizeMB, rec.downloadedMB + (MB_PER_SECOND * DOWNLOAD_TICK) / SECOND);
	rec.percent = Math.floor((rec.downloadedMB / e.sizeMB) * 100);
	if (rec.downloadedMB < e.sizeMB) {
		schedule(ctx, lab.clock.now + DOWNLOAD_TICK, tickKey(id), {kind: 'downloadTick', id});
		return;
	}
	rec.percent = 100;
	dmp(ctx, `Payload of ${e.name} downloaded (${e.sizeMB} MB).~~`);
	dmp(ctx, `Generating state message: 10 for package ${e.packageGuid ?? e.id}~~`);
	payloadArrived(ctx, rec);
}

/** The payload is on the SCP host: a co-located SCP hands it to HMAN; a remote one waits for distribution manager. */
export function payloadArrived(ctx: Ctx, rec: UpdateRec): void {
	const {lab} = ctx;
	if (lab.scp && !sameServer(lab.scp.server, topSite(lab).server)) {
		rec.awaitingTransfer = true;
		rec.percent = 100;
		schedule(ctx, lab.clock.now + TRANSFER_DELAY, `transfer|${rec.id}`, {kind: 'transfer', id: rec.id});
	} else {
		makeReady(ctx, rec);
	}
}

function makeReady(ctx: Ctx, rec: UpdateRec): void {
	const e = catalogEntry(rec.id)!;
	const top = topSite(ctx.lab);
	Object.assign(rec, {state: 'Ready to install', percent: 100, readyAt: ctx.lab.clock.now, awaitingTransfer: false, lastError: null, failedPhase: null});
	writeLog(ctx, top.server, 'SMS_HIERARCHY_MANAGER', `Extracted the update package ${e.packageGuid ?? e.id} (${e.name}) from EasySetupPayload; applicability check passed. The update is ready to install.~~`);
	touch(ctx, 'update');
}

/** SMS_DISTRIBUTION_MANAGER on the site server copies the payload from a remote SCP host with its installation account. */
export function handleTransfer(ctx: Ctx, id: string): void {
	const {lab} = ctx;
	const rec = lab.updates.find((u) => u.id === id);
	if (!rec || !rec.awaitingTransfer || !lab.scp) return;
	const e = catalogEntry(id)!;
	const top = topSite(lab);
	const host = findServer(lab, lab.scp.server)!;
	const retry = (): void => schedule(ctx, lab.clock.now + TRANSFER_RETRY, `transfer|${id}`, {kind: 'transfer', id});
	if (!isRunning(ctx, top.server, 'SMS_DISTRIBUTION_MANAGER')) return retry();
	rec.transferAttempts++;
	touch(ctx, 'update');
	const share = `\\\\${host.name}\\EasySetupPayload\\${e.packageGuid ?? e.id}`;
	if (!host.account) {
		writeLog(ctx, top.server, 'SMS_DISTRIBUTION_MANAGER', `Failed to make a network connection to ${share} (0x80070005): access is denied.~~`, 3);
		writeLog(ctx, top.server, 'SMS_DISTRIBUTION_MANAGER', `No Site System Installation Account is configured for ${host.name}; cannot transfer ${e.name}. Will retry in 30 minutes.~~`, 3);
		rec.lastError = `Transfer from ${host.name} failed: no Site System Installation Account is configured for that server.`;
		// 2391 "failed to connect to the remote site system" [mem]
		raise(ctx, {
			server: top.server, component: 'SMS_DISTRIBUTION_MANAGER', severity: 'Error', id: 2391,
			text: `Distribution Manager failed to connect to ${host.name} to transfer the update package ${e.name}. Configure a Site System Installation Account for ${host.name}.`,
		});
		return retry();
	}
	writeLog(ctx, top.server, 'SMS_DISTRIBUTION_MANAGER', `Connected to ${share} using account ${host.account}; copied the update package ${e.name}.~~`);
	makeReady(ctx, rec);
}

export function beginInstall(ctx: Ctx, rec: UpdateRec, prerequisiteOnly: boolean): void {
	const e = catalogEntry(rec.id)!;
	const top = topSite(ctx.lab);
	Object.assign(rec, {state: 'Checking prerequisites', prerequisiteOnly, lastError: null, failedPhase: null});
	writeLog(ctx, top.server, 'CONFIGURATION_MANAGER_UPDATE', `Starting the prerequisite check for ${e.name}.`);
	schedule(ctx, ctx.lab.clock.now + PREREQ_TIME, `install|${rec.id}`, {kind: 'install', id: rec.id});
	touch(ctx, 'update');
}

function prerequisiteFailures(ctx: Ctx): string[] {
	const {lab} = ctx;
	const top = topSite(lab);
	const out: string[] = [];
	if (lab.tasks.some((t) => t.site === top.code && t.running)) {
		out.push(`A site backup is running at ${top.code}; wait for it to finish (and disable Backup Site Server while updating).`);
	}
	if (!isRunning(ctx, top.server, EXECUTIVE)) out.push(`SMS_EXECUTIVE is not running on ${top.server}.`);
	return out;
}

export function handleInstall(ctx: Ctx, id: string): void {
	const {lab} = ctx;
	const rec = lab.updates.find((u) => u.id === id);
	if (!rec) return;
	const e = catalogEntry(id)!;
	const top = topSite(lab);
	const cmu = (text: string, type: 1 | 2 | 3 = 1): void => writeLog(ctx, top.server, 'CONFIGURATION_MANAGER_UPDATE', text, type);
	touch(ctx, 'update');
	switch (rec.state) {
		case 'Checking prerequisites': {
			const failures = prerequisiteFailures(ctx);
			if (failures.length) {
				Object.assign(rec, {state: 'Prerequisite check failed', failedPhase: 'Prerequisites', lastError: failures.join(' ')});
				for (const f of failures) cmu(`Prerequisite check failed: ${f}`, 3);
				return;
			}
			rec.state = 'Prerequisite check passed';
			cmu(`Prerequisite check for ${e.name} passed.`);
			if (!rec.prerequisiteOnly) schedule(ctx, lab.clock.now + INSTALL_START_DELAY, `install|${id}`, {kind: 'install', id});
			return;
		}
		case 'Prerequisite check passed':
			rec.state = 'Installing';
			cmu(`Installing ${e.name}: stopping SMS_EXECUTIVE on ${top.server} (site reset).`);
			stopExecutive(ctx, top.server, 'Stopped');
			schedule(ctx, lab.clock.now + (e.kind === 'Release' ? INSTALL_RELEASE : INSTALL_HOTFIX), `install|${id}`, {kind: 'install', id});
			return;
		case 'Installing':
			if (lab.faults.updateInstall) {
				lab.faults.updateInstall = false;
				Object.assign(rec, {state: 'Failed', failedPhase: 'Install', lastError: 'Installation failed: the site database upgrade reported an error (injected fault). Retry the installation.'});
				cmu(`Failed to install ${e.name}: the site database upgrade reported an error.`, 3);
				startExecutive(ctx, top.server);
				return;
			}
			applyToSite(top, e);
			Object.assign(rec, {state: 'Installed', installedAt: lab.clock.now, percent: 100});
			touch(ctx, 'site');
			cmu(`Successfully installed ${e.name}; the site version is now ${fullVersion(top.build, top.revision)}. Starting SMS_EXECUTIVE.`);
			writeLog(ctx, top.server, 'SMS_HIERARCHY_MANAGER', `Site ${top.code} upgraded to ${fullVersion(top.build, top.revision)} by ${e.name}.~~`);
			startExecutive(ctx, top.server);
			if (lab.sites.some((s) => s.type === 'Primary' && s.parent !== null)) {
				schedule(ctx, lab.clock.now + CHILD_UPGRADE_DELAY, 'childUpgrade', {kind: 'childUpgrade'});
			}
			return;
	}
}

function applyToSite(site: {build: number; revision: number; hotfixes: string[]}, e: CatalogEntry): void {
	if (e.kind === 'Release') {
		site.build = e.build;
		site.revision = 1000;
		site.hotfixes = [];
	} else {
		site.hotfixes = [...site.hotfixes, e.id];
		if (e.revision !== null && e.revision > site.revision) site.revision = e.revision;
	}
}

/** Child primaries take the top-level site's version; secondaries wait for a manual upgrade (domain.md 5.1). */
export function handleChildUpgrade(ctx: Ctx): void {
	const top = topSite(ctx.lab);
	for (const s of ctx.lab.sites) {
		if (s.type !== 'Primary' || s.parent === null) continue;
		if (s.build === top.build && s.revision === top.revision && s.hotfixes.join() === top.hotfixes.join()) continue;
		s.build = top.build;
		s.revision = top.revision;
		s.hotfixes = [...top.hotfixes];
		writeLog(ctx, top.server, 'SMS_HIERARCHY_MANAGER', `Child primary site ${s.code} installed the update; its site version is now ${fullVersion(s.build, s.revision)}.~~`);
		touch(ctx, 'site');
	}
}

/** SMS_DMP_DOWNLOADER is running (started or resumed): run an overdue check, resume downloads. */
export function downloaderActive(ctx: Ctx): void {
	const {lab} = ctx;
	const scp = lab.scp;
	if (!scp || scp.effective !== 'Online') return;
	const now = lab.clock.now;
	if (scp.checkPending || scp.nextCheck === null || scp.nextCheck <= now) scheduleCheck(ctx, now);
	else if (!hasEvent(lab, 'check')) scheduleCheck(ctx, scp.nextCheck);
	for (const u of lab.updates) {
		if (u.state === 'Downloading' && !u.awaitingTransfer && !hasEvent(lab, tickKey(u.id))) {
			schedule(ctx, now + DOWNLOAD_TICK, tickKey(u.id), {kind: 'downloadTick', id: u.id});
		}
	}
}

/** Offline mode or a removed SCP: nothing talks to the cloud; interrupted downloads go back to available. */
export function stopCloudWork(ctx: Ctx): void {
	const {lab} = ctx;
	cancel(ctx, 'check');
	cancel(ctx, 'upload');
	for (const u of lab.updates) {
		cancel(ctx, tickKey(u.id));
		if (u.state === 'Downloading' && !u.awaitingTransfer) {
			Object.assign(u, {state: 'Available to download', percent: 0, downloadedMB: 0});
			touch(ctx, 'update');
		}
	}
}

/** Is the update still shown: installed, in progress, or still applicable to the top-level site? */
export function isVisible(lab: Lab, rec: UpdateRec): boolean {
	if (rec.state === 'Installed' || rec.state === 'Installing' || rec.state === 'Checking prerequisites') return true;
	const e = catalogEntry(rec.id);
	if (!e) return false;
	const top = topSite(lab);
	return appliesTo(e, top.build, top.hotfixes);
}
