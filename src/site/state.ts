// The lab: the whole simulated site as ONE plain JSON value. Nothing here holds functions, Maps, class
// instances or undefined, so `structuredClone` and `JSON.stringify` round-trip it exactly and two labs can be
// diffed. Bump SCHEMA_VERSION whenever the shape changes.

import type {Ring} from './ring.ts';

export const SCHEMA_VERSION = 1;

export type SiteType = 'CentralAdministrationSite' | 'Primary' | 'Secondary';
export type ComponentState = 'Running' | 'Stopping' | 'Stopped' | 'Starting' | 'Paused';
export type ComponentStatus = 'OK' | 'Warning' | 'Critical';
export type ComponentType = 'Thread' | 'Service';
export type ScpMode = 'Online' | 'Offline';
export type UsageDataLevel = 'Basic' | 'Enhanced' | 'Full';
export type Severity = 'Information' | 'Warning' | 'Error';
export type UpdateKind = 'Release' | 'Hotfix';
export type UpdateState =
	| 'Available to download'
	| 'Downloading'
	| 'Ready to install'
	| 'Checking prerequisites'
	| 'Prerequisite check passed'
	| 'Prerequisite check failed'
	| 'Installing'
	| 'Installed'
	| 'Failed';
export type FailurePhase = 'Download' | 'Prerequisites' | 'Install';
export type Feature = 'UpdatesAndServicing' | 'Intune' | 'WindowsServicing';

export interface SiteRec {
	code: string;
	type: SiteType;
	parent: string | null;
	server: string;
	name: string;
	/** Build of the installed release, e.g. 9132 for 2409. */
	build: number;
	/** Revision of the full version 5.00.<build>.<revision>: 1000 for a release, higher after hotfixes. */
	revision: number;
	/** Catalog ids of installed hotfixes for the current build. */
	hotfixes: string[];
}

export interface ProxyRec {
	server: string;
	port: number;
	account: string | null;
}

export interface ServerRec {
	name: string;
	site: string;
	roles: string[];
	/** Site System Installation Account; null = none (the site server's computer account). */
	account: string | null;
	/** Web proxy from the server's Proxy tab. */
	proxy: ProxyRec | null;
	/** Process id of SMS_EXECUTIVE on this server (for STATMSG lines). */
	pid: number;
}

export interface CompRec {
	name: string;
	server: string;
	site: string;
	type: ComponentType;
	state: ComponentState;
	status: ComponentStatus;
	lastStarted: number | null;
	/** Where a pending transition is heading. */
	target: 'Running' | 'Stopped' | 'Paused';
	/** When the component reaches `target`; null when it is there. */
	settlesAt: number | null;
	thread: number;
}

export interface ScpRec {
	site: string;
	server: string;
	/** Configured mode, recorded at once. */
	mode: ScpMode;
	/** The mode SMS_DMP_DOWNLOADER runs with: takes the configured mode when the thread next starts. */
	effective: ScpMode;
	tenantId: string | null;
	onPremisesMdm: boolean;
	lastCheck: number | null;
	lastCheckResult: 'Succeeded' | 'Failed' | null;
	nextCheck: number | null;
	/** A check fell due (or was asked for) while SMS_DMP_DOWNLOADER was not running: it runs when it starts. */
	checkPending: boolean;
	lastUpload: number | null;
	nextUpload: number | null;
	uploadPending: boolean;
}

export interface NetworkRec {
	internet: boolean;
	/** Firewall block list: lower-case host names or patterns with `*`. */
	blocked: string[];
	proxyRequiresAuthentication: boolean;
}

export interface UpdateRec {
	/** Catalog id (`CM2503`, `KB30385346`). */
	id: string;
	state: UpdateState;
	percent: number;
	downloadedMB: number;
	source: 'Cloud' | 'Import' | 'Setup';
	detectedAt: number;
	readyAt: number | null;
	installedAt: number | null;
	lastError: string | null;
	failedPhase: FailurePhase | null;
	/** SMS_DISTRIBUTION_MANAGER still has to copy the payload from a remote SCP host. */
	awaitingTransfer: boolean;
	transferAttempts: number;
	/** The install stops after the prerequisite check. */
	prerequisiteOnly: boolean;
}

export interface TaskRec {
	name: string;
	site: string;
	enabled: boolean;
	/** 0 = Sunday. */
	days: number[];
	/** ms after midnight UTC. */
	begin: number;
	latest: number;
	lastRun: number | null;
	nextRun: number | null;
	running: boolean;
	lastResult: 'Succeeded' | 'Failed' | null;
}

export interface MessageRec {
	time: number;
	site: string;
	server: string;
	component: string;
	severity: Severity;
	id: number;
	text: string;
}

export interface LogRec {
	time: number;
	component: string;
	thread: number;
	/** 1 information, 2 warning, 3 error (the CMTrace convention). */
	type: 1 | 2 | 3;
	text: string;
}

export type SimEvent =
	| {kind: 'component'; server: string; name: string}
	| {kind: 'executive'; server: string}
	| {kind: 'threads'; server: string}
	| {kind: 'updateCheck'}
	| {kind: 'usageUpload'}
	| {kind: 'downloadTick'; id: string}
	| {kind: 'transfer'; id: string}
	| {kind: 'install'; id: string}
	| {kind: 'childUpgrade'}
	| {kind: 'backupTrigger'; site: string}
	| {kind: 'backupRun'; site: string}
	| {kind: 'summarizerReset'};

export interface QueuedEvent {
	at: number;
	/** Tie-break for equal times: scheduling order. */
	seq: number;
	/** At most one queued event per key; scheduling again replaces it. */
	key: string;
	ev: SimEvent;
}

export interface Lab {
	schemaVersion: number;
	scenario: string;
	hierarchyId: string;
	clock: {now: number; rate: number; paused: boolean};
	rng: number;
	seq: number;
	queue: QueuedEvent[];
	settings: {usageDataLevel: UsageDataLevel};
	sites: SiteRec[];
	servers: ServerRec[];
	components: CompRec[];
	scp: ScpRec | null;
	network: NetworkRec;
	updates: UpdateRec[];
	tasks: TaskRec[];
	messages: Ring<MessageRec>;
	/** Keyed `<server lower-case>|<log name lower-case>`. */
	logs: Record<string, Ring<LogRec>>;
	/** Component status summarizer: counts per `<server lower>|<COMPONENT>` since `periodStart` as [info, warn, error]. */
	summary: {periodStart: number; counts: Record<string, [number, number, number]>};
	faults: {updateInstall: boolean};
}
