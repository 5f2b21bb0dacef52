// Sites and site system servers: building a site (its server, components and maintenance task), adding child
// primaries and secondaries, expanding a stand-alone primary with a CAS (refused while the SCP is on the primary,
// as the seed requires), and the Site System Installation Account of a server.

import {createComponents, siteServerComponents} from './components.ts';
import {findServer, findSite, sameServer, topSite, touch, type Ctx} from './context.ts';
import {notFound, SiteError} from './errors.ts';
import {writeLog} from './logs.ts';
import {newBackupTask, rescheduleTask} from './maintenance.ts';
import {randomInt} from './random.ts';
import type {SiteRec, SiteType} from './state.ts';
import {validateAccount, validateServerName, validateSiteCode} from './validate.ts';

export const SITE_TYPES: readonly SiteType[] = ['CentralAdministrationSite', 'Primary', 'Secondary'];

/** Supported scale: 25 child primaries under a CAS, 250 secondaries under a primary. */
export const MAX_CHILD_PRIMARIES = 25;
export const MAX_SECONDARIES = 250;

const SITE_SERVER_ROLES: Record<SiteType, string[]> = {
	CentralAdministrationSite: ['SMS Site Server', 'SMS Site System', 'SMS Component Server', 'SMS Provider', 'SMS SQL Server'],
	Primary: ['SMS Site Server', 'SMS Site System', 'SMS Component Server', 'SMS Provider', 'SMS SQL Server', 'SMS Management Point',
		'SMS Distribution Point', 'SMS Software Update Point'],
	Secondary: ['SMS Site Server', 'SMS Site System', 'SMS Component Server', 'SMS SQL Server', 'SMS Management Point', 'SMS Distribution Point'],
};

export const defaultSiteName = (code: string, type: SiteType): string =>
	type === 'CentralAdministrationSite' ? 'Contoso Central Administration Site' : `Contoso ${type} Site ${code}`;

export interface SiteSpec {
	code: string;
	type: SiteType;
	parent: string | null;
	server: string;
	name?: string;
	build: number;
	revision: number;
	hotfixes: string[];
}

/** Creates a site with its server, components (running since `since`) and backup task. No validation. */
export function buildSite(ctx: Ctx, spec: SiteSpec, since: number): SiteRec {
	const {lab} = ctx;
	const site: SiteRec = {
		code: spec.code, type: spec.type, parent: spec.parent, server: spec.server, name: spec.name ?? defaultSiteName(spec.code, spec.type),
		build: spec.build, revision: spec.revision, hotfixes: [...spec.hotfixes],
	};
	lab.sites.push(site);
	lab.servers.push({name: spec.server, site: spec.code, roles: [...SITE_SERVER_ROLES[spec.type]], account: null, proxy: null, pid: randomInt(lab, 1000, 9999)});
	createComponents(ctx, spec.server, spec.code, siteServerComponents(spec.type), 'Running', since);
	if (spec.type !== 'Secondary') {
		const task = newBackupTask(spec.code, spec.type);
		lab.tasks.push(task);
		rescheduleTask(ctx, task);
	}
	touch(ctx, 'site');
	return site;
}

function validateNew(ctx: Ctx, codeText: unknown, serverText: unknown): {code: string; server: string} {
	const code = validateSiteCode(codeText);
	const server = validateServerName(serverText);
	if (findSite(ctx.lab, code)) throw new SiteError(`Site code ${code} is already in use in this hierarchy.`, 'ResourceExists', 'SiteCodeExists', code);
	const used = findServer(ctx.lab, server);
	if (used) throw new SiteError(`${used.name} is already a site system of site ${used.site}.`, 'ResourceExists', 'ServerInUse', server);
	return {code, server};
}

export interface AddSiteInput {
	siteCode: string;
	type: string;
	parentSiteCode: string;
	serverName: string;
	siteName?: string | null;
}

export function addSite(ctx: Ctx, input: AddSiteInput): SiteRec {
	const {lab} = ctx;
	const type = SITE_TYPES.find((t) => t.toLowerCase() === String(input.type).trim().toLowerCase() ||
		(t === 'CentralAdministrationSite' && String(input.type).trim().toLowerCase() === 'cas'));
	if (!type) throw new SiteError(`'${input.type}' is not a site type. Valid values: Primary, Secondary.`, 'InvalidArgument', 'InvalidSiteType', input.type);
	if (type === 'CentralAdministrationSite') {
		throw new SiteError('A central administration site is added by expanding the stand-alone primary site: use Add-CentralAdministrationSite.',
			'InvalidOperation', 'UseAddCentralAdministrationSite', input.siteCode);
	}
	const {code, server} = validateNew(ctx, input.siteCode, input.serverName);
	const parentCode = validateSiteCode(input.parentSiteCode);
	const parent = findSite(lab, parentCode);
	if (!parent) throw notFound('Parent site', parentCode, lab.sites.map((s) => s.code), 'SiteNotFound');
	if (type === 'Primary') {
		if (parent.type !== 'CentralAdministrationSite') {
			throw new SiteError(`A child primary site needs a central administration site as its parent; ${parent.code} is a ${parent.type === 'Primary' ? 'primary' : 'secondary'} site. ` +
				(lab.sites.some((s) => s.type === 'CentralAdministrationSite') ? '' : 'Expand the hierarchy first with Add-CentralAdministrationSite.'),
			'InvalidOperation', 'InvalidParentSite', parentCode);
		}
		if (lab.sites.filter((s) => s.parent === parent.code).length >= MAX_CHILD_PRIMARIES) {
			throw new SiteError(`${parent.code} already has ${MAX_CHILD_PRIMARIES} child primary sites, the most a central administration site supports.`,
				'LimitsExceeded', 'TooManyPrimaries', code);
		}
	} else {
		if (parent.type !== 'Primary') {
			throw new SiteError(`A secondary site needs a primary site as its parent; ${parent.code} is a ${parent.type === 'Secondary' ? 'secondary site' : 'central administration site'}.`,
				'InvalidOperation', 'InvalidParentSite', parentCode);
		}
		if (lab.sites.filter((s) => s.parent === parent.code).length >= MAX_SECONDARIES) {
			throw new SiteError(`${parent.code} already has ${MAX_SECONDARIES} secondary sites, the most a primary site supports.`,
				'LimitsExceeded', 'TooManySecondaries', code);
		}
	}
	const site = buildSite(ctx, {code, type, parent: parent.code, server, name: input.siteName ?? undefined, build: parent.build,
		revision: parent.revision, hotfixes: parent.hotfixes}, lab.clock.now);
	writeLog(ctx, parent.server, 'SMS_HIERARCHY_MANAGER', `Site ${code} (${type === 'Primary' ? 'child primary' : 'secondary'}, ${server}) was added as a child of ${parent.code}.~~`);
	return site;
}

export interface AddCasInput {
	siteCode: string;
	serverName: string;
	siteName?: string | null;
}

export function addCas(ctx: Ctx, input: AddCasInput): SiteRec {
	const {lab} = ctx;
	const top = topSite(lab);
	if (top.type === 'CentralAdministrationSite') {
		throw new SiteError(`The hierarchy already has a central administration site (${top.code}); only a stand-alone primary site can be expanded.`,
			'InvalidOperation', 'HierarchyAlreadyExpanded', input.siteCode);
	}
	const {code, server} = validateNew(ctx, input.siteCode, input.serverName);
	if (lab.scp && lab.scp.site === top.code) {
		throw new SiteError(`The service connection point is installed on the stand-alone primary site ${top.code} (${lab.scp.server}). ` +
			'Before you expand the site into a hierarchy, uninstall the role from the primary site (Remove-ScpRole); after the central ' +
			`administration site is added, install it there (Add-ScpRole -SiteCode ${code} -ServerName ${server}).`,
		'InvalidOperation', 'ScpBlocksExpansion', top.code);
	}
	const cas = buildSite(ctx, {code, type: 'CentralAdministrationSite', parent: null, server, name: input.siteName ?? undefined,
		build: top.build, revision: top.revision, hotfixes: top.hotfixes}, lab.clock.now);
	// The CAS becomes the top: keep it first in the site list, so listings read top-down.
	lab.sites.splice(lab.sites.indexOf(cas), 1);
	lab.sites.unshift(cas);
	ctx.structure++;
	top.parent = code;
	touch(ctx, 'site');
	writeLog(ctx, server, 'SMS_HIERARCHY_MANAGER', `Central administration site ${code} installed; ${top.code} is now a child primary site.~~`);
	writeLog(ctx, top.server, 'SMS_HIERARCHY_MANAGER', `Site ${top.code} joined the hierarchy under the central administration site ${code}.~~`);
	return cas;
}

export function setInstallationAccount(ctx: Ctx, serverName: string, account: string | null): void {
	const name = validateServerName(serverName);
	const acct = account === null || account === '' ? null : validateAccount(account);
	const srv = findServer(ctx.lab, name);
	if (!srv) throw notFound('Site system server', name, ctx.lab.servers.map((s) => s.name), 'ServerNotFound');
	srv.account = acct;
	touch(ctx, 'site');
	const site = findSite(ctx.lab, srv.site)!;
	if (!sameServer(site.server, srv.name)) {
		writeLog(ctx, site.server, 'SMS_SITE_COMPONENT_MANAGER', `Site System Installation Account for ${srv.name} ${acct ? `set to ${acct}` : 'cleared'}.~~`);
	}
}
