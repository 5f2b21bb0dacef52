// Read-only records with the contract property names of DESIGN.md's object table (Scpsh.ScpStatus,
// Scpsh.Component, ...). Plain objects, built fresh from the lab; the cmdlet layer wraps them in typed PSObjects.
// Times are numbers (ms since the epoch, simulated clock) or null.

import {catalogEntry, fullVersion, productVersionOf} from './catalog.ts';
import {settlesAt} from './components.ts';
import {findServer, findSite, serverKey, topSite, type Ctx} from './context.ts';
import {formatLogLine, type LogDef} from './logs.ts';
import {BACKUP_TASK_INTERNAL} from './maintenance.ts';
import type {Reach} from './network.ts';
import {eventAt} from './scheduler.ts';
import type {CompRec, Feature, Lab, LogRec, MessageRec, TaskRec, UpdateRec} from './state.ts';
import {DAYS_OF_WEEK, formatTimeOfDay} from './time.ts';

export interface ScpStatus {
	SiteCode: string;
	ServerName: string;
	Mode: 'Online' | 'Offline';
	EffectiveMode: 'Online' | 'Offline';
	RestartRequired: boolean;
	IntuneSubscription: boolean;
	OnPremisesMdm: boolean;
	UsageDataLevel: 'Basic' | 'Enhanced' | 'Full';
	ProxyServer: string | null;
	LastUpdateCheck: number | null;
	NextUpdateCheck: number | null;
	SiteVersion: string;
	// Extras
	Version: string;
	TenantId: string | null;
	ProxyPort: number | null;
	ProxyAccount: string | null;
	InstallationAccount: string | null;
	LastUpdateCheckResult: 'Succeeded' | 'Failed' | null;
	UpdateCheckPending: boolean;
	LastUsageUpload: number | null;
	NextUsageUpload: number | null;
	DownloaderState: string | null;
}

export interface Component {
	Name: string;
	SiteCode: string;
	ServerName: string;
	State: CompRec['state'];
	Status: CompRec['status'];
	Type: CompRec['type'];
	LastStarted: number | null;
	/** When a pending transition completes (for SMS_EXECUTIVE: including its threads); null when settled. */
	SettlesAt: number | null;
	TargetState: CompRec['target'];
	ThreadId: number;
}

export interface Site {
	SiteCode: string;
	Type: 'CentralAdministrationSite' | 'Primary' | 'Secondary';
	ParentSiteCode: string | null;
	ServerName: string;
	/** Site version, 5.00.<build>.1000. */
	Version: string;
	BuildNumber: number;
	SiteName: string;
	/** The release name, e.g. 2409. */
	ProductVersion: string;
	/** 5.00.<build>.<revision> including installed hotfixes. */
	FullVersion: string;
	InstalledHotfixes: string[];
}

export interface SiteSystem {
	ServerName: string;
	SiteCode: string;
	Roles: string[];
	InstallationAccount: string | null;
	IsSiteServer: boolean;
	ProxyServer: string | null;
	ProxyPort: number | null;
}

export interface Update {
	Name: string;
	/** Full version the update brings: 5.00.<build>.<revision>. */
	Version: string;
	Kind: 'Release' | 'Hotfix';
	State: UpdateRec['state'];
	PercentComplete: number;
	Id: string;
	ProductVersion: string;
	KB: string | null;
	PackageGuid: string | null;
	SizeMB: number;
	DateReleased: number;
	Source: UpdateRec['source'];
	DetectedTime: number;
	InstalledTime: number | null;
	FailurePhase: UpdateRec['failedPhase'];
	LastError: string | null;
	Description: string;
	/** When the update's next queued step happens (download progress, transfer retry, install phase); null if none. */
	NextStepAt: number | null;
}

export interface StatusMessage {
	Time: number;
	SiteCode: string;
	Component: string;
	Severity: MessageRec['severity'];
	MessageId: number;
	Description: string;
	MachineName: string;
	/** Position in the message stream (grows forever; the buffer keeps the newest). */
	Seq: number;
}

export interface Connectivity {
	Endpoint: string;
	Port: number;
	Feature: Feature;
	Reachable: boolean;
	Route: 'Direct' | 'Proxy';
	Error: string | null;
}

export interface MaintenanceTask {
	Name: string;
	SiteCode: string;
	Enabled: boolean;
	DaysOfWeek: string[];
	BeginTime: string;
	LastRun: number | null;
	NextRun: number | null;
	InternalName: string;
	LatestBeginTime: string;
	Running: boolean;
	LastResult: TaskRec['lastResult'];
}

export interface SimClock {
	Now: number;
	Rate: number;
	Paused: boolean;
	NextEventAt: number | null;
}

export interface LogLine {
	Time: number;
	LogName: string;
	ServerName: string;
	Component: string;
	Thread: number;
	Severity: MessageRec['severity'];
	Message: string;
	/** The line as the file holds it (SMS trace format). */
	Line: string;
	Seq: number;
}

export interface Network {
	Internet: 'Connected' | 'Disconnected';
	BlockedHosts: string[];
	ProxyRequiresAuthentication: boolean;
}

export function scpStatusView(ctx: Ctx): ScpStatus | null {
	const {lab} = ctx;
	const scp = lab.scp;
	if (!scp) return null;
	const host = findServer(lab, scp.server);
	const top = topSite(lab);
	return {
		SiteCode: scp.site, ServerName: scp.server, Mode: scp.mode, EffectiveMode: scp.effective, RestartRequired: scp.mode !== scp.effective,
		IntuneSubscription: scp.tenantId !== null, OnPremisesMdm: scp.onPremisesMdm, UsageDataLevel: lab.settings.usageDataLevel,
		ProxyServer: host?.proxy?.server ?? null, LastUpdateCheck: scp.lastCheck, NextUpdateCheck: scp.nextCheck,
		SiteVersion: fullVersion(top.build), Version: productVersionOf(top.build), TenantId: scp.tenantId,
		ProxyPort: host?.proxy?.port ?? null, ProxyAccount: host?.proxy?.account ?? null, InstallationAccount: host?.account ?? null,
		LastUpdateCheckResult: scp.lastCheckResult, UpdateCheckPending: scp.checkPending, LastUsageUpload: scp.lastUpload,
		NextUsageUpload: scp.nextUpload, DownloaderState: ctx.comps.get(`${serverKey(scp.server)}|SMS_DMP_DOWNLOADER`)?.state ?? null,
	};
}

export const componentView = (ctx: Ctx, c: CompRec): Component => ({
	Name: c.name, SiteCode: c.site, ServerName: c.server, State: c.state, Status: c.status, Type: c.type, LastStarted: c.lastStarted,
	SettlesAt: settlesAt(ctx, c), TargetState: c.target, ThreadId: c.thread,
});

/** Components in a stable reading order: sites top-down, the site server first, SMS_EXECUTIVE first, then by name. */
export function sortedComponents(lab: Lab, list: readonly CompRec[]): CompRec[] {
	const siteIndex = new Map(lab.sites.map((s, i) => [s.code, i]));
	const siteServer = new Set(lab.sites.map((s) => serverKey(s.server)));
	const rank = (c: CompRec): number => (c.name === 'SMS_EXECUTIVE' ? 0 : 1);
	return [...list].sort((a, b) =>
		(siteIndex.get(a.site) ?? 0) - (siteIndex.get(b.site) ?? 0) ||
		Number(siteServer.has(serverKey(b.server))) - Number(siteServer.has(serverKey(a.server))) ||
		serverKey(a.server).localeCompare(serverKey(b.server)) ||
		rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export const siteView = (s: Lab['sites'][number]): Site => ({
	SiteCode: s.code, Type: s.type, ParentSiteCode: s.parent, ServerName: s.server, Version: fullVersion(s.build), BuildNumber: s.build,
	SiteName: s.name, ProductVersion: productVersionOf(s.build), FullVersion: fullVersion(s.build, s.revision), InstalledHotfixes: [...s.hotfixes],
});

export function siteSystemView(lab: Lab, srv: Lab['servers'][number]): SiteSystem {
	const site = findSite(lab, srv.site);
	return {
		ServerName: srv.name, SiteCode: srv.site, Roles: [...srv.roles], InstallationAccount: srv.account,
		IsSiteServer: !!site && serverKey(site.server) === serverKey(srv.name), ProxyServer: srv.proxy?.server ?? null, ProxyPort: srv.proxy?.port ?? null,
	};
}

export function updateView(lab: Lab, u: UpdateRec): Update {
	const e = catalogEntry(u.id)!;
	const steps = [`download|${u.id}`, `transfer|${u.id}`, `install|${u.id}`].map((k) => eventAt(lab, k)).filter((t): t is number => t !== null);
	return {
		Name: e.name, Version: fullVersion(e.build, e.kind === 'Release' ? 1000 : e.revision ?? 1000), Kind: e.kind, State: u.state,
		PercentComplete: u.percent, Id: e.id, ProductVersion: e.productVersion, KB: e.kb, PackageGuid: e.packageGuid, SizeMB: e.sizeMB,
		DateReleased: e.availableAt, Source: u.source, DetectedTime: u.detectedAt, InstalledTime: u.installedAt, FailurePhase: u.failedPhase,
		LastError: u.lastError, Description: e.description, NextStepAt: steps.length ? Math.min(...steps) : null,
	};
}

export const messageView = (m: MessageRec, seq: number): StatusMessage => ({
	Time: m.time, SiteCode: m.site, Component: m.component, Severity: m.severity, MessageId: m.id, Description: m.text,
	MachineName: m.server, Seq: seq,
});

export const connectivityView = (endpoint: string, feature: Feature, r: Reach, port: number): Connectivity => ({
	Endpoint: endpoint, Port: port, Feature: feature, Reachable: r.reachable, Route: r.route, Error: r.error,
});

export const taskView = (t: TaskRec): MaintenanceTask => ({
	Name: t.name, SiteCode: t.site, Enabled: t.enabled, DaysOfWeek: t.days.map((d) => DAYS_OF_WEEK[d]!), BeginTime: formatTimeOfDay(t.begin),
	LastRun: t.lastRun, NextRun: t.nextRun, InternalName: BACKUP_TASK_INTERNAL, LatestBeginTime: formatTimeOfDay(t.latest),
	Running: t.running, LastResult: t.lastResult,
});

const SEVERITY_OF_TYPE = {1: 'Information', 2: 'Warning', 3: 'Error'} as const;

export const logLineView = (def: LogDef, server: string, r: LogRec, seq: number): LogLine => ({
	Time: r.time, LogName: def.name, ServerName: server, Component: r.component, Thread: r.thread, Severity: SEVERITY_OF_TYPE[r.type],
	Message: r.text, Line: formatLogLine(def, r), Seq: seq,
});

export const networkView = (lab: Lab): Network => ({
	Internet: lab.network.internet ? 'Connected' : 'Disconnected', BlockedHosts: [...lab.network.blocked],
	ProxyRequiresAuthentication: lab.network.proxyRequiresAuthentication,
});
