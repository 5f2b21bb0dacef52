// The built-in scenarios. Each builds a fresh lab at a fixed simulated date, so every run of a scenario is the
// same. The clock starts on Tuesday 11 March 2025 20:00 UTC with the site on 2409 (plus its January hotfix):
// the 2409 update rollup KB30385346 (released 12 March 2025) reaches the cloud catalog four hours in, so the
// first daily check (at 01:00) finds it, and release 2503 (31 March 2025) arrives on day 20 — both inside the
// first 30 simulated days — and 2509 in November.

import {catalogEntry} from './catalog.ts';
import {createComponents, EXECUTIVE, SCP_THREADS} from './components.ts';
import {makeCtx, type Ctx} from './context.ts';
import {notFound} from './errors.ts';
import {buildSite} from './hierarchy.ts';
import {randomGuid, randomInt} from './random.ts';
import {SCP_ROLE} from './scp.ts';
import {SCHEMA_VERSION, type Lab, type ScpMode, type UpdateRec} from './state.ts';
import {newMessages, scheduleSummarizer} from './status.ts';
import {DAY, HOUR, utc} from './time.ts';
import {CHECK_INTERVAL, scheduleCheck} from './updates.ts';
import {scheduleUpload, UPLOAD_INTERVAL} from './usage.ts';

export const SCENARIO_START = utc(2025, 3, 11, 20);
/** The first scheduled update check, five hours in (before the CAS backup at 02:00). */
const FIRST_CHECK = SCENARIO_START + 5 * HOUR;
const BUILD_2409 = 9132;
const HOTFIXES = ['KB30833053'];
export const INTUNE_TENANT = '0f2c6a4e-8b1d-4c3a-9e57-6d2b1f0a9c38';

export interface ScenarioInfo {
	Name: string;
	Description: string;
}

interface Scenario extends ScenarioInfo {
	build(ctx: Ctx): void;
}

function emptyLab(name: string): Lab {
	// Seed the PRNG from the scenario name (FNV-1a) so each scenario has its own, fixed sequence.
	let h = 0x811c9dc5;
	for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
	return {
		schemaVersion: SCHEMA_VERSION, scenario: name, hierarchyId: '', clock: {now: SCENARIO_START, rate: 1, paused: false}, rng: h | 0, seq: 0,
		queue: [], settings: {usageDataLevel: 'Enhanced'}, sites: [], servers: [], components: [], scp: null,
		network: {internet: true, blocked: [], proxyRequiresAuthentication: false}, updates: [], tasks: [], messages: newMessages(), logs: {},
		summary: {periodStart: SCENARIO_START, counts: {}}, faults: {updateInstall: false},
	};
}

const since = SCENARIO_START - 2 * DAY;

function site(ctx: Ctx, code: string, type: 'CentralAdministrationSite' | 'Primary' | 'Secondary', parent: string | null, server: string): void {
	buildSite(ctx, {code, type, parent, server, build: BUILD_2409, revision: 1000, hotfixes: HOTFIXES}, since);
}

/** The history a 2409 site shows: the release and its first hotfix, installed. */
function installedHistory(ctx: Ctx): void {
	const installed = (id: string, at: number): UpdateRec => ({
		id, state: 'Installed', percent: 100, downloadedMB: catalogEntry(id)!.sizeMB, source: 'Setup', detectedAt: at, readyAt: at, installedAt: at,
		lastError: null, failedPhase: null, awaitingTransfer: false, transferAttempts: 0, prerequisiteOnly: false,
	});
	ctx.lab.updates.push(installed('CM2409', utc(2024, 12, 16, 9)), installed('KB30833053', utc(2025, 2, 3, 9)));
}

/** Puts a running SCP in place, as setup leaves it, with its check and upload cycles under way. */
function scp(ctx: Ctx, siteCode: string, server: string, mode: ScpMode, opts: {remote?: boolean; tenant?: string} = {}): void {
	const {lab} = ctx;
	if (opts.remote) {
		lab.servers.push({name: server, site: siteCode, roles: ['SMS Site System', 'SMS Component Server'], account: null, proxy: null, pid: randomInt(lab, 1000, 9999)});
		createComponents(ctx, server, siteCode, [EXECUTIVE], 'Running', since);
	}
	lab.servers.find((s) => s.name === server)!.roles.push(SCP_ROLE);
	createComponents(ctx, server, siteCode, SCP_THREADS, 'Running', since);
	const online = mode === 'Online';
	lab.scp = {
		site: siteCode, server, mode, effective: mode, tenantId: opts.tenant ?? null, onPremisesMdm: false,
		lastCheck: online ? FIRST_CHECK - CHECK_INTERVAL : null, lastCheckResult: online ? 'Succeeded' : null,
		nextCheck: online ? FIRST_CHECK : null, checkPending: false,
		lastUpload: online ? SCENARIO_START + 4 * DAY - UPLOAD_INTERVAL : null, nextUpload: online ? SCENARIO_START + 4 * DAY : null, uploadPending: false,
	};
	if (online) {
		scheduleCheck(ctx, lab.scp.nextCheck!);
		scheduleUpload(ctx, lab.scp.nextUpload!);
	}
}

const SCENARIOS: readonly Scenario[] = [
	{
		Name: 'default',
		Description: 'Stand-alone primary site PS1 on CM01.contoso.com, version 2409 (5.00.9132.1000), with the service connection point ' +
			'on the site server in online mode and usage data at Enhanced. A hotfix rollup and release 2503 reach the cloud within 30 days.',
		build(ctx) {
			site(ctx, 'PS1', 'Primary', null, 'CM01.contoso.com');
			scp(ctx, 'PS1', 'CM01.contoso.com', 'Online');
		},
	},
	{
		Name: 'hierarchy',
		Description: 'Central administration site CAS (CAS01.contoso.com) with child primaries PS1 and PS2 and a secondary site SS1 under PS1; ' +
			'the service connection point is on the CAS, online. Site backup runs daily at the CAS.',
		build(ctx) {
			site(ctx, 'CAS', 'CentralAdministrationSite', null, 'CAS01.contoso.com');
			site(ctx, 'PS1', 'Primary', 'CAS', 'CM01.contoso.com');
			site(ctx, 'PS2', 'Primary', 'CAS', 'CM02.contoso.com');
			site(ctx, 'SS1', 'Secondary', 'PS1', 'SEC01.contoso.com');
			scp(ctx, 'CAS', 'CAS01.contoso.com', 'Online');
		},
	},
	{
		Name: 'remote-scp',
		Description: 'Stand-alone primary PS1 on CM01.contoso.com with the service connection point on its own server SCP01.contoso.com, ' +
			'online, and no Site System Installation Account: distribution manager cannot transfer downloaded updates until one is set.',
		build(ctx) {
			site(ctx, 'PS1', 'Primary', null, 'CM01.contoso.com');
			scp(ctx, 'PS1', 'SCP01.contoso.com', 'Online', {remote: true});
		},
	},
	{
		Name: 'offline',
		Description: 'Air-gapped stand-alone primary PS1 on CM01.contoso.com: no internet connection, the service connection point in ' +
			'offline mode. Updates come in through the Service Connection Tool (export usage data, connect elsewhere, import).',
		build(ctx) {
			site(ctx, 'PS1', 'Primary', null, 'CM01.contoso.com');
			scp(ctx, 'PS1', 'CM01.contoso.com', 'Offline');
			ctx.lab.network.internet = false;
		},
	},
	{
		Name: 'intune',
		Description: `Stand-alone primary PS1 on CM01.contoso.com whose service connection point holds a Microsoft Intune subscription ` +
			`(hybrid MDM, tenant ${INTUNE_TENANT}): it is online and offline mode is refused.`,
		build(ctx) {
			site(ctx, 'PS1', 'Primary', null, 'CM01.contoso.com');
			scp(ctx, 'PS1', 'CM01.contoso.com', 'Online', {tenant: INTUNE_TENANT});
		},
	},
	{
		Name: 'large',
		Description: 'A large hierarchy for scale: central administration site CAS with 25 child primaries (P01-P25) and 250 secondary ' +
			'sites (10 under each primary); the service connection point is on the CAS, online.',
		build(ctx) {
			site(ctx, 'CAS', 'CentralAdministrationSite', null, 'CAS01.contoso.com');
			let n = 0;
			for (let p = 1; p <= 25; p++) {
				const code = `P${String(p).padStart(2, '0')}`;
				site(ctx, code, 'Primary', 'CAS', `PRI${String(p).padStart(2, '0')}.contoso.com`);
				for (let s = 0; s < 10; s++, n++) {
					const sc = `S${n.toString(36).toUpperCase().padStart(2, '0')}`;
					site(ctx, sc, 'Secondary', code, `SEC${String(n + 1).padStart(3, '0')}.contoso.com`);
				}
			}
			scp(ctx, 'CAS', 'CAS01.contoso.com', 'Online');
		},
	},
];

export const listScenarios = (): ScenarioInfo[] => SCENARIOS.map(({Name, Description}) => ({Name, Description}));

export function buildScenario(name: string): Lab {
	const sc = SCENARIOS.find((s) => s.Name.toLowerCase() === String(name).trim().toLowerCase());
	if (!sc) throw notFound('Scenario', String(name), SCENARIOS.map((s) => s.Name), 'ScenarioNotFound', ` Valid scenarios: ${SCENARIOS.map((s) => s.Name).join(', ')}.`);
	const lab = emptyLab(sc.Name);
	const ctx = makeCtx(lab);
	lab.hierarchyId = randomGuid(lab);
	sc.build(ctx);
	installedHistory(ctx);
	scheduleSummarizer(ctx);
	return lab;
}
