// The Site facade: wraps the lab, validates every call before it changes anything, runs the clock, and turns
// each call into one change notification. The API is summarized in index.ts.

import {catalogEntry, appliesTo} from './catalog.ts';
import {advanceTo, validateRate, validateStep} from './clock.ts';
import {applyOp, DOWNLOADER, validateOp, settlesAt, type ComponentOp} from './components.ts';
import {findServer, findSite, isRunning, makeCtx, sameServer, serverKey, topSite, type ChangeKind, type Ctx} from './context.ts';
import {parseDuration} from './duration.ts';
import {notFound, SiteError, suggest} from './errors.ts';
import {addCas, addSite, setInstallationAccount, type AddCasInput, type AddSiteInput} from './hierarchy.ts';
import {findLogDef, LOGS, readLog} from './logs.ts';
import {BACKUP_TASK, BACKUP_TASK_INTERNAL, findTask, startBackup, setTask, taskMatches, validateStart, type TaskChanges} from './maintenance.ts';
import {endpointsFor, parseFeature, PORT, reach, validateHost} from './network.ts';
import {buildUsageData, parseUpdatePack} from './offline.ts';
import {ringFirstSeq, ringItems} from './ring.ts';
import {buildScenario} from './scenarios.ts';
import {nextEventAt} from './scheduler.ts';
import {addIntune, addScp, removeIntune, removeScp, requireScp, restartAdvice, setMode, setOnPremisesMdm, setProxy, setUsageLevel,
	type AddScpInput, type ProxyInput} from './scp.ts';
import {deepFreeze, SNAPSHOT_MESSAGES, type SiteSnapshot} from './snapshot.ts';
import {SCHEMA_VERSION, type CompRec, type Lab, type UpdateRec} from './state.ts';
import {clearCounts} from './status.ts';
import {addUpdate, beginInstall, isVisible, payloadArrived, runCheck, startDownload, type CheckResult} from './updates.ts';
import {parseLevel} from './validate.ts';
import {
	componentView, connectivityView, logLineView, messageView, networkView, scpStatusView, siteSystemView, siteView, sortedComponents,
	taskView, updateView,
	type Component, type Connectivity, type LogLine, type MaintenanceTask, type Network, type ScpStatus, type SimClock,
	type Site as SiteRecord, type SiteSystem, type StatusMessage, type Update,
} from './views.ts';

export interface SiteChange {
	revision: number;
	now: number;
	kinds: ChangeKind[];
}

export interface ComponentWhere {
	siteCode?: string | null;
	serverName?: string | null;
}

export interface ComponentChange {
	component: Component;
	/** When the component reaches its target state; null when it already has. */
	settlesAt: number | null;
}

export interface ScpChange {
	status: ScpStatus;
	warnings: string[];
}

export interface NetworkChanges {
	block?: string | readonly string[] | null;
	allow?: string | readonly string[] | null;
	internet?: 'Connected' | 'Disconnected' | boolean | string | null;
	proxyRequiresAuthentication?: boolean | null;
}

export interface MessageFilter {
	component?: string | null;
	severity?: string | null;
	messageId?: number | readonly number[] | null;
	siteCode?: string | null;
	/** Messages at or after this time. */
	since?: number | null;
	/** Messages with Seq greater than this. */
	afterSeq?: number | null;
	/** Only the newest N (after the other filters). */
	newest?: number | null;
}

export interface ImportResult {
	Imported: Update[];
	Skipped: {Id: string; Reason: string}[];
}

const wildcardRe = (pattern: string): RegExp =>
	new RegExp(`^${pattern.split('').map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 'i');

const list = (v: string | readonly string[] | null | undefined): string[] => (v === null || v === undefined ? [] : typeof v === 'string' ? [v] : [...v]);

export class Site {
	#lab: Lab;
	#ctx: Ctx;
	#listeners = new Set<(change: SiteChange) => void>();
	#revision = 0;
	#structRevision = 0;
	#snapshot: {revision: number; structRevision: number; value: SiteSnapshot} | null = null;
	#sorted: {structure: number; list: CompRec[]} | null = null;

	private constructor(lab: Lab) {
		this.#lab = lab;
		this.#ctx = makeCtx(lab);
	}

	static create(scenario = 'default'): Site {
		return new Site(buildScenario(scenario));
	}

	/** A Site over a copy of a saved lab. */
	static load(lab: unknown): Site {
		if (!lab || typeof lab !== 'object' || Array.isArray(lab)) {
			throw new SiteError('A lab must be a JSON object saved from a site.', 'InvalidData', 'InvalidLab', null);
		}
		const v = (lab as {schemaVersion?: unknown}).schemaVersion;
		if (v !== SCHEMA_VERSION) {
			throw new SiteError(`This lab has schema version ${JSON.stringify(v ?? null)}; this version of scpsh reads schema version ${SCHEMA_VERSION}. ` +
				'Start a new lab from a scenario.', 'InvalidData', 'LabSchemaUnsupported', v ?? null);
		}
		const copy = structuredClone(lab) as Lab;
		for (const key of ['clock', 'queue', 'sites', 'servers', 'components', 'updates', 'tasks', 'messages', 'logs', 'summary', 'network', 'settings'] as const) {
			if (copy[key] === undefined || copy[key] === null) throw new SiteError(`The lab is incomplete: '${key}' is missing.`, 'InvalidData', 'InvalidLab', key);
		}
		return new Site(copy);
	}

	static fromJSON(text: string): Site {
		let v: unknown;
		try {
			v = JSON.parse(text);
		} catch (e) {
			throw new SiteError(`The lab is not valid JSON: ${(e as Error).message}.`, 'InvalidData', 'InvalidLab', null);
		}
		return Site.load(v);
	}

	/** A deep copy of the lab. */
	toJSON(): Lab {
		return structuredClone(this.#lab);
	}

	/** The live state. Read it; never change it (use the methods). */
	get lab(): Readonly<Lab> {
		return this.#lab;
	}

	get scenario(): string {
		return this.#lab.scenario;
	}

	get revision(): number {
		return this.#revision;
	}

	get now(): number {
		return this.#lab.clock.now;
	}

	// ---- plumbing ---------------------------------------------------------------------------------------

	#run<T>(fn: (ctx: Ctx) => T): T {
		const ctx = this.#ctx;
		ctx.touched.clear();
		let result: T;
		try {
			result = fn(ctx);
		} catch (e) {
			ctx.touched.clear();
			throw e;
		}
		this.#commit();
		return result;
	}

	#commit(): void {
		const touched = this.#ctx.touched;
		if (!touched.size) return;
		this.#revision++;
		if ([...touched].some((k) => k !== 'clock')) this.#structRevision++;
		const change: SiteChange = {revision: this.#revision, now: this.#lab.clock.now, kinds: [...touched].sort()};
		touched.clear();
		let first: unknown = null;
		for (const listener of [...this.#listeners]) {
			try {
				listener(change);
			} catch (e) {
				first ??= e;
			}
		}
		if (first) throw first;
	}

	onChange(listener: (change: SiteChange) => void): () => void {
		this.#listeners.add(listener);
		return () => {
			this.#listeners.delete(listener);
		};
	}

	snapshot(): SiteSnapshot {
		const cached = this.#snapshot;
		if (cached && cached.revision === this.#revision) return cached.value;
		const clock = this.getClock();
		let value: SiteSnapshot;
		if (cached && cached.structRevision === this.#structRevision) {
			value = deepFreeze({...cached.value, revision: this.#revision, clock});
		} else {
			value = deepFreeze({
				revision: this.#revision, scenario: this.#lab.scenario, clock, scp: this.getScpStatus(), sites: this.getSites(),
				siteSystems: this.getSiteSystems(), components: this.getComponents(), updates: this.getUpdates(),
				messages: this.getStatusMessages({newest: SNAPSHOT_MESSAGES}), tasks: this.getMaintenanceTasks(), network: this.getNetwork(),
			});
		}
		this.#snapshot = {revision: this.#revision, structRevision: this.#structRevision, value};
		return value;
	}

	// ---- clock --------------------------------------------------------------------------------------------

	getClock(): SimClock {
		const c = this.#lab.clock;
		return {Now: c.now, Rate: c.rate, Paused: c.paused, NextEventAt: nextEventAt(this.#lab)};
	}

	/** Runs every event due within `ms` and moves the clock; returns how many events ran. Times stay whole milliseconds
	 * (`ms` is rounded), so a live driver should carry fractions over to its next call. */
	advance(ms: number): number {
		validateStep(ms);
		return this.#run((ctx) => advanceTo(ctx, ctx.lab.clock.now + Math.round(ms)));
	}

	advanceTo(time: number): number {
		if (typeof time !== 'number' || !Number.isFinite(time)) validateStep(Number.NaN);
		if (time < this.#lab.clock.now) {
			throw new SiteError('The simulated clock cannot go back in time.', 'InvalidArgument', 'ClockCannotGoBack', time);
		}
		return this.#run((ctx) => advanceTo(ctx, Math.round(time)));
	}

	/** `step('1.00:00:00')`, `step('90m')`: advance by a duration given as text. */
	step(duration: string): number {
		return this.advance(parseDuration(duration));
	}

	nextEventAt(): number | null {
		return nextEventAt(this.#lab);
	}

	setRate(rate: number): SimClock {
		validateRate(rate);
		this.#run((ctx) => {
			ctx.lab.clock.rate = rate;
			ctx.touched.add('clock');
		});
		return this.getClock();
	}

	pause(): SimClock {
		this.#run((ctx) => {
			ctx.lab.clock.paused = true;
			ctx.touched.add('clock');
		});
		return this.getClock();
	}

	resume(): SimClock {
		this.#run((ctx) => {
			ctx.lab.clock.paused = false;
			ctx.touched.add('clock');
		});
		return this.getClock();
	}

	// ---- hierarchy ------------------------------------------------------------------------------------

	#site(code: string) {
		const s = findSite(this.#lab, String(code));
		if (!s) throw notFound('Site', String(code), this.#lab.sites.map((x) => x.code), 'SiteNotFound');
		return s;
	}

	#server(name: string) {
		const s = findServer(this.#lab, String(name));
		if (!s) throw notFound('Site system server', String(name), this.#lab.servers.map((x) => x.name), 'ServerNotFound');
		return s;
	}

	getSites(filter: {siteCode?: string | null} = {}): SiteRecord[] {
		const sites = filter.siteCode ? [this.#site(filter.siteCode)] : this.#lab.sites;
		return sites.map(siteView);
	}

	getSite(code: string): SiteRecord {
		return siteView(this.#site(code));
	}

	getSiteSystems(filter: {serverName?: string | null; siteCode?: string | null} = {}): SiteSystem[] {
		let servers = this.#lab.servers;
		if (filter.siteCode) {
			const code = this.#site(filter.siteCode).code;
			servers = servers.filter((s) => s.site === code);
		}
		if (filter.serverName) {
			const re = wildcardRe(filter.serverName);
			servers = servers.filter((s) => re.test(s.name));
			if (!servers.length && !/[*?]/.test(filter.serverName)) this.#server(filter.serverName);
		}
		return servers.map((s) => siteSystemView(this.#lab, s));
	}

	addSite(input: AddSiteInput): SiteRecord {
		return siteView(this.#run((ctx) => addSite(ctx, input)));
	}

	addCentralAdministrationSite(input: AddCasInput): SiteRecord {
		return siteView(this.#run((ctx) => addCas(ctx, input)));
	}

	setInstallationAccount(serverName: string, account: string | null): SiteSystem {
		this.#run((ctx) => setInstallationAccount(ctx, serverName, account));
		return siteSystemView(this.#lab, this.#server(serverName));
	}

	// ---- components ----------------------------------------------------------------------------------

	getComponents(filter: {name?: string | null; siteCode?: string | null; serverName?: string | null} = {}): Component[] {
		let comps: CompRec[] = this.#lab.components;
		if (filter.siteCode) {
			const code = this.#site(filter.siteCode).code;
			comps = comps.filter((c) => c.site === code);
		}
		if (filter.serverName) {
			const name = this.#server(filter.serverName).name;
			comps = comps.filter((c) => sameServer(c.server, name));
		}
		if (filter.name) {
			const re = wildcardRe(filter.name.trim());
			comps = comps.filter((c) => re.test(c.name));
		}
		// Sorting thousands of components is the cost of a large listing: sort once per structural change.
		if (this.#sorted?.structure !== this.#ctx.structure) this.#sorted = {structure: this.#ctx.structure, list: sortedComponents(this.#lab, this.#lab.components)};
		if (comps === this.#lab.components) comps = this.#sorted.list;
		else {
			const keep = new Set(comps);
			comps = this.#sorted.list.filter((c) => keep.has(c));
		}
		return comps.map((c) => componentView(this.#ctx, c));
	}

	/** The one component `name` means: on `serverName`, else at `siteCode` (default: the top-tier site), site server first. */
	#resolve(name: string, where: ComponentWhere = {}): CompRec {
		const lab = this.#lab;
		const want = String(name).trim().toUpperCase();
		const all = lab.components.filter((c) => c.name === want);
		const allNames = new Set(lab.components.map((c) => c.name));
		let scope: CompRec[];
		let scopeText: string;
		let scopeNames: Iterable<string>;
		if (where.serverName) {
			const srv = this.#server(where.serverName);
			scope = all.filter((c) => sameServer(c.server, srv.name));
			scopeText = `on ${srv.name}`;
			scopeNames = (this.#ctx.byServer.get(serverKey(srv.name)) ?? []).map((c) => c.name);
		} else {
			const site = where.siteCode ? this.#site(where.siteCode) : topSite(lab);
			scope = all.filter((c) => c.site === site.code);
			scopeText = `at site ${site.code}`;
			scopeNames = lab.components.filter((c) => c.site === site.code).map((c) => c.name);
		}
		if (!all.length) throw notFound('Component', String(name).trim(), allNames, 'ComponentNotFound');
		if (!scope.length) {
			const places = [...new Set(all.map((c) => `${c.site} (${c.server})`))];
			const shown = places.slice(0, 5).join(', ') + (places.length > 5 ? `, and ${places.length - 5} more` : '');
			throw new SiteError(`Component '${want}' was not found ${scopeText}.${suggest(want, [...scopeNames].filter((n) => n !== want))} ` +
				`It runs at: ${shown}. Name the site or server.`, 'ObjectNotFound', 'ComponentNotFound', want);
		}
		const site = findSite(lab, scope[0]!.site)!;
		return scope.find((c) => sameServer(c.server, site.server)) ?? scope[0]!;
	}

	getComponent(name: string, where?: ComponentWhere): Component {
		return componentView(this.#ctx, this.#resolve(name, where));
	}

	componentSettlesAt(name: string, where?: ComponentWhere): number | null {
		return settlesAt(this.#ctx, this.#resolve(name, where));
	}

	#op(op: ComponentOp, name: string, where?: ComponentWhere): ComponentChange {
		const rec = this.#resolve(name, where);
		this.#run((ctx) => {
			validateOp(ctx, rec, op);
			applyOp(ctx, rec, op);
		});
		const at = settlesAt(this.#ctx, rec);
		return {component: componentView(this.#ctx, rec), settlesAt: at};
	}

	stopComponent(name: string, where?: ComponentWhere): ComponentChange {
		return this.#op('stop', name, where);
	}

	startComponent(name: string, where?: ComponentWhere): ComponentChange {
		return this.#op('start', name, where);
	}

	/** For SMS_EXECUTIVE: stops the service with its threads and starts them all again. */
	restartComponent(name: string, where?: ComponentWhere): ComponentChange {
		return this.#op('restart', name, where);
	}

	pauseComponent(name: string, where?: ComponentWhere): ComponentChange {
		return this.#op('pause', name, where);
	}

	resumeComponent(name: string, where?: ComponentWhere): ComponentChange {
		return this.#op('resume', name, where);
	}

	resetComponentStatus(name: string, where?: ComponentWhere): Component {
		const rec = this.#resolve(name, where);
		this.#run((ctx) => clearCounts(ctx, rec.server, rec.name));
		return componentView(this.#ctx, rec);
	}

	// ---- service connection point ------------------------------------------------------------------------

	getScpStatus(): ScpStatus | null {
		return scpStatusView(this.#ctx);
	}

	#scpChange(warnings: string[]): ScpChange {
		return {status: scpStatusView(this.#ctx)!, warnings};
	}

	addScp(input: AddScpInput): ScpChange {
		return this.#scpChange(this.#run((ctx) => addScp(ctx, input)));
	}

	removeScp(serverName?: string | null): void {
		this.#run((ctx) => removeScp(ctx, serverName));
	}

	setScpMode(mode: string): ScpChange {
		return this.#scpChange(this.#run((ctx) => setMode(ctx, mode)));
	}

	addIntuneSubscription(tenantId: string): ScpChange {
		return this.#scpChange(this.#run((ctx) => addIntune(ctx, tenantId)));
	}

	removeIntuneSubscription(): ScpStatus {
		this.#run((ctx) => removeIntune(ctx));
		return scpStatusView(this.#ctx)!;
	}

	setOnPremisesMdm(enabled: boolean): ScpStatus {
		this.#run((ctx) => setOnPremisesMdm(ctx, enabled));
		return scpStatusView(this.#ctx)!;
	}

	/** Hierarchy setting (Set-CMHierarchySetting -TelemetryLevel); works with or without an SCP. */
	setUsageDataLevel(level: string): string {
		const l = parseLevel(level);
		this.#run((ctx) => setUsageLevel(ctx, l));
		return l;
	}

	setProxy(input: ProxyInput | null): ScpStatus {
		this.#run((ctx) => setProxy(ctx, input));
		return scpStatusView(this.#ctx)!;
	}

	// ---- network ------------------------------------------------------------------------------------------

	getNetwork(): Network {
		return networkView(this.#lab);
	}

	setNetwork(changes: NetworkChanges): Network {
		const block = list(changes.block).map(validateHost);
		const allow = list(changes.allow).map((a) => (String(a).trim() === '*' ? '*' : validateHost(a)));
		let internet: boolean | undefined;
		if (changes.internet !== undefined && changes.internet !== null) {
			const v = changes.internet;
			if (typeof v === 'boolean') internet = v;
			else if (/^connected$/i.test(String(v).trim())) internet = true;
			else if (/^disconnected$/i.test(String(v).trim())) internet = false;
			else throw new SiteError(`'${String(v)}' is not a valid internet state. Valid values: Connected, Disconnected.`, 'InvalidArgument', 'InvalidInternetState', v);
		}
		this.#run((ctx) => {
			const net = ctx.lab.network;
			for (const b of block) if (!net.blocked.includes(b)) net.blocked.push(b);
			// -Allow removes block entries it names, or matches as a wildcard (so `*` clears the list).
			if (allow.length) net.blocked = net.blocked.filter((b) => !allow.some((a) => a === b || wildcardRe(a).test(b)));
			if (internet !== undefined) net.internet = internet;
			if (changes.proxyRequiresAuthentication !== undefined && changes.proxyRequiresAuthentication !== null) {
				net.proxyRequiresAuthentication = !!changes.proxyRequiresAuthentication;
			}
			ctx.touched.add('network');
		});
		return this.getNetwork();
	}

	/** One record per endpoint the SCP host needs, tested now from that host (through its proxy if it has one). */
	testConnectivity(feature?: string | null): Connectivity[] {
		const f = feature ? parseFeature(feature) : null;
		requireScp(this.#lab);
		const proxy = findServer(this.#lab, this.#lab.scp!.server)?.proxy ?? null;
		return endpointsFor(this.#lab)
			.filter((e) => !f || e.feature === f)
			.map((e) => connectivityView(e.endpoint, e.feature, reach(this.#lab.network, proxy, e.endpoint), PORT));
	}

	// ---- updates ------------------------------------------------------------------------------------------

	getUpdates(filter: {name?: string | null} = {}): Update[] {
		let recs = this.#lab.updates.filter((u) => isVisible(this.#lab, u));
		if (filter.name) {
			const re = wildcardRe(filter.name.trim());
			recs = recs.filter((u) => {
				const e = catalogEntry(u.id)!;
				return re.test(e.name) || re.test(e.id) || (e.kb !== null && re.test(e.kb));
			});
		}
		return recs.map((u) => updateView(this.#lab, u));
	}

	#update(name: string): UpdateRec {
		const want = String(name).trim().toLowerCase();
		const visible = this.#lab.updates.filter((u) => isVisible(this.#lab, u));
		const rec = visible.find((u) => {
			const e = catalogEntry(u.id)!;
			return e.name.toLowerCase() === want || e.id.toLowerCase() === want || e.kb?.toLowerCase() === want || e.kb?.slice(2) === want;
		});
		if (!rec) throw notFound('Update', String(name).trim(), visible.map((u) => catalogEntry(u.id)!.name), 'UpdateNotFound');
		return rec;
	}

	#requireOnline(action: string): void {
		const scp = requireScp(this.#lab);
		if (scp.effective === 'Offline') {
			const pending = scp.mode === 'Online' ? ` ${restartAdvice(scp)}` : '';
			throw new SiteError(`Cannot ${action}: the service connection point on ${scp.server} is in offline mode and never contacts the ` +
				'Microsoft cloud service. Use the Service Connection Tool (ServiceConnectionTool.exe -prepare, -connect, -import) to bring ' +
				`updates in.${pending}`, 'InvalidOperation', 'ScpOfflineRefused', scp.server);
		}
	}

	/** Check for updates now (online mode only). If SMS_DMP_DOWNLOADER is not running the check is queued: Pending. */
	checkForUpdates(): CheckResult & {Pending: boolean} {
		this.#requireOnline('check for updates');
		return this.#run((ctx) => {
			const scp = ctx.lab.scp!;
			if (!isRunning(ctx, scp.server, DOWNLOADER)) {
				scp.checkPending = true;
				ctx.touched.add('scp');
				return {Time: ctx.lab.clock.now, Succeeded: false, NewUpdates: [], Error: null, Pending: true};
			}
			return {...runCheck(ctx), Pending: false};
		});
	}

	startUpdateDownload(name: string): Update {
		const rec = this.#update(name);
		const ok = rec.state === 'Available to download' || (rec.state === 'Failed' && rec.failedPhase === 'Download');
		if (!ok) {
			throw new SiteError(`${catalogEntry(rec.id)!.name} is ${rec.state}; only an update that is Available to download, or whose download ` +
				'failed, can be downloaded.', 'InvalidOperation', 'UpdateStateInvalid', name);
		}
		this.#requireOnline('download updates');
		this.#run((ctx) => startDownload(ctx, rec));
		return updateView(this.#lab, rec);
	}

	runPrerequisiteCheck(name: string): Update {
		return this.installUpdate(name, {prerequisiteOnly: true});
	}

	installUpdate(name: string, options: {prerequisiteOnly?: boolean} = {}): Update {
		const rec = this.#update(name);
		const e = catalogEntry(rec.id)!;
		const busy = this.#lab.updates.find((u) => u.state === 'Checking prerequisites' || u.state === 'Installing' ||
			(u.state === 'Prerequisite check passed' && !u.prerequisiteOnly));
		if (busy) {
			throw new SiteError(`${catalogEntry(busy.id)!.name} is being installed (${busy.state}); wait for it to finish.`,
				'InvalidOperation', 'UpdateInstallInProgress', name);
		}
		const ok = rec.state === 'Ready to install' || rec.state === 'Prerequisite check passed' || rec.state === 'Prerequisite check failed' ||
			(rec.state === 'Failed' && rec.failedPhase !== 'Download');
		if (!ok) {
			throw new SiteError(`${e.name} is ${rec.state}. Only an update that is Ready to install (or whose prerequisite check or installation ` +
				'failed) can be installed.', 'InvalidOperation', 'UpdateStateInvalid', name);
		}
		const top = topSite(this.#lab);
		if (!appliesTo(e, top.build, top.hotfixes)) {
			throw new SiteError(`${e.name} does not apply to site ${top.code} at version 5.00.${top.build}.${top.revision}.`, 'InvalidOperation', 'UpdateNotApplicable', name);
		}
		this.#run((ctx) => beginInstall(ctx, rec, !!options.prerequisiteOnly));
		return updateView(this.#lab, rec);
	}

	/** The Service Connection Tool's prepare phase on the SCP host (offline mode): usage data as text. */
	exportUsageData(): string {
		const scp = requireScp(this.#lab);
		if (scp.effective !== 'Offline') {
			throw new SiteError(`The Service Connection Tool needs the service connection point in offline mode; ${scp.server} runs ${scp.effective}` +
				(scp.mode === 'Offline' ? `. ${restartAdvice(scp)}` : '. Set it to offline mode and restart SMS_DMP_DOWNLOADER first.'),
			'InvalidOperation', 'ScpNotOffline', scp.server);
		}
		const lab = this.#lab;
		const top = topSite(lab);
		return buildUsageData({
			hierarchyId: lab.hierarchyId, build: top.build, revision: top.revision, hotfixes: top.hotfixes, level: lab.settings.usageDataLevel,
			at: lab.clock.now, componentCount: lab.components.length,
			siteCounts: {
				cas: lab.sites.filter((s) => s.type === 'CentralAdministrationSite').length,
				primary: lab.sites.filter((s) => s.type === 'Primary').length,
				secondary: lab.sites.filter((s) => s.type === 'Secondary').length,
			},
			scp: {mode: scp.mode, intune: scp.tenantId !== null, onPremisesMdm: scp.onPremisesMdm},
		});
	}

	/** The Service Connection Tool's import phase: updates of this hierarchy that apply become ready to install. */
	importUpdatePack(text: string): ImportResult {
		const pack = parseUpdatePack(text);
		const scp = requireScp(this.#lab);
		if (scp.effective !== 'Offline') {
			throw new SiteError(`Update packs are imported only while the service connection point is in offline mode; ${scp.server} runs ${scp.effective}.`,
				'InvalidOperation', 'ScpNotOffline', scp.server);
		}
		if (pack.hierarchyId.toLowerCase() !== this.#lab.hierarchyId.toLowerCase()) {
			throw new SiteError(`This update pack was prepared for hierarchy ${pack.hierarchyId}, not this one (${this.#lab.hierarchyId}); ` +
				'the tool imports only the updates of its own hierarchy. Export this site\'s usage data and run the connect phase with it.',
			'InvalidData', 'UpdatePackWrongHierarchy', pack.hierarchyId);
		}
		const top = topSite(this.#lab);
		const skipped: ImportResult['Skipped'] = [];
		const take: {id: string; existing: UpdateRec | undefined}[] = [];
		for (const u of pack.updates) {
			const e = catalogEntry(u.id);
			const existing = this.#lab.updates.find((x) => x.id === u.id);
			if (!e) skipped.push({Id: u.id, Reason: 'Unknown update.'});
			else if (!appliesTo(e, top.build, top.hotfixes)) skipped.push({Id: u.id, Reason: `Does not apply to version 5.00.${top.build}.${top.revision}.`});
			else if (existing && existing.state !== 'Available to download' && !(existing.state === 'Failed' && existing.failedPhase === 'Download')) skipped.push({Id: u.id, Reason: `Already ${existing.state}.`});
			else if (take.some((t) => t.id === u.id)) skipped.push({Id: u.id, Reason: 'Listed twice.'});
			else take.push({id: u.id, existing});
		}
		const imported = this.#run((ctx) => take.map(({id, existing}) => {
			const e = catalogEntry(id)!;
			const rec = existing ?? addUpdate(ctx, e, 'Import');
			Object.assign(rec, {source: 'Import', percent: 100, downloadedMB: e.sizeMB, failedPhase: null, lastError: null, state: 'Downloading'});
			payloadArrived(ctx, rec);
			ctx.touched.add('update');
			return rec;
		}));
		return {Imported: imported.map((u) => updateView(this.#lab, u)), Skipped: skipped};
	}

	setFaults(faults: {updateInstall?: boolean}): void {
		this.#run((ctx) => {
			if (faults.updateInstall !== undefined) ctx.lab.faults.updateInstall = !!faults.updateInstall;
			ctx.touched.add('update');
		});
	}

	// ---- status messages and logs -----------------------------------------------------------------------

	getStatusMessages(filter: MessageFilter = {}): StatusMessage[] {
		const ring = this.#lab.messages;
		const first = ringFirstSeq(ring);
		let msgs = ringItems(ring).map((m, i) => messageView(m, first + i));
		if (filter.component) {
			const re = wildcardRe(filter.component.trim());
			msgs = msgs.filter((m) => re.test(m.Component));
		}
		if (filter.severity && !/^all$/i.test(filter.severity)) {
			const sev = ['Information', 'Warning', 'Error'].find((s) => s.toLowerCase() === String(filter.severity).trim().toLowerCase());
			if (!sev) throw new SiteError(`'${filter.severity}' is not a severity. Valid values: Information, Warning, Error, All.`, 'InvalidArgument', 'InvalidSeverity', filter.severity);
			msgs = msgs.filter((m) => m.Severity === sev);
		}
		if (filter.messageId !== undefined && filter.messageId !== null) {
			const ids = typeof filter.messageId === 'number' ? [filter.messageId] : [...filter.messageId];
			msgs = msgs.filter((m) => ids.includes(m.MessageId));
		}
		if (filter.siteCode) {
			const code = this.#site(filter.siteCode).code;
			msgs = msgs.filter((m) => m.SiteCode === code);
		}
		if (filter.since !== undefined && filter.since !== null) msgs = msgs.filter((m) => m.Time >= filter.since!);
		if (filter.afterSeq !== undefined && filter.afterSeq !== null) msgs = msgs.filter((m) => m.Seq > filter.afterSeq!);
		if (filter.newest !== undefined && filter.newest !== null) msgs = msgs.slice(Math.max(0, msgs.length - filter.newest));
		return msgs;
	}

	getLogNames(): string[] {
		return LOGS.map((l) => l.name);
	}

	/** Lines of a log file, oldest first. The server defaults to the SCP host for SCP logs, else the top-tier site server. */
	getLog(name: string, options: {serverName?: string | null; siteCode?: string | null; tail?: number | null; afterSeq?: number | null} = {}): LogLine[] {
		const def = findLogDef(String(name).trim());
		if (!def) throw notFound('Log file', String(name).trim(), LOGS.map((l) => l.name), 'LogNotFound', ` Logs: ${LOGS.map((l) => l.name).join(', ')}.`);
		if (options.tail !== undefined && options.tail !== null && (!Number.isInteger(options.tail) || options.tail < 0)) {
			throw new SiteError(`'${options.tail}' is not a valid line count: use a whole number, 0 or more.`, 'InvalidArgument', 'InvalidTail', options.tail);
		}
		const lab = this.#lab;
		let server: string;
		if (options.serverName) server = this.#server(options.serverName).name;
		else if (options.siteCode) {
			const site = this.#site(options.siteCode);
			server = def.scp && lab.scp && lab.scp.site === site.code ? lab.scp.server : site.server;
		} else server = def.scp && lab.scp ? lab.scp.server : topSite(lab).server;
		const {entries, total} = readLog(lab, server, def.name);
		const first = total - entries.length;
		let lines = entries.map((r, i) => logLineView(def, server, r, first + i));
		if (options.afterSeq !== undefined && options.afterSeq !== null) lines = lines.filter((l) => l.Seq > options.afterSeq!);
		if (options.tail !== undefined && options.tail !== null) lines = lines.slice(Math.max(0, lines.length - options.tail));
		return lines;
	}

	// ---- maintenance ------------------------------------------------------------------------------------------

	getMaintenanceTasks(filter: {name?: string | null; siteCode?: string | null} = {}): MaintenanceTask[] {
		let tasks = this.#lab.tasks;
		if (filter.siteCode) {
			const code = this.#site(filter.siteCode).code;
			tasks = tasks.filter((t) => t.site === code);
		}
		if (filter.name) {
			const n = filter.name.trim();
			const re = wildcardRe(n);
			tasks = tasks.filter((t) => taskMatches(t, n) || re.test(t.name) || (t.name === BACKUP_TASK && re.test(BACKUP_TASK_INTERNAL)));
		}
		const order = new Map(this.#lab.sites.map((s, i) => [s.code, i]));
		return [...tasks].sort((a, b) => (order.get(a.site) ?? 0) - (order.get(b.site) ?? 0)).map(taskView);
	}

	setMaintenanceTask(name: string, changes: TaskChanges, siteCode?: string | null): MaintenanceTask {
		return taskView(this.#run((ctx) => {
			const task = findTask(ctx, name, siteCode ?? topSite(ctx.lab).code);
			setTask(ctx, task, changes);
			return task;
		}));
	}

	/** Runs the task now (Start-MaintenanceTask): the backup stops SMS_EXECUTIVE, backs up, writes 5035, starts it again. */
	startMaintenanceTask(name: string, siteCode?: string | null): MaintenanceTask {
		return taskView(this.#run((ctx) => {
			const task = findTask(ctx, name, siteCode ?? topSite(ctx.lab).code);
			validateStart(ctx, task);
			startBackup(ctx, task);
			return task;
		}));
	}
}

/** A new site from a scenario (default: 'default'). */
export const createSite = (scenario = 'default'): Site => Site.create(scenario);

