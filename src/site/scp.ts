// The service connection point role and the seed's rules: one per hierarchy, only at the top-tier site;
// the configured mode is recorded at once but SMS_DMP_DOWNLOADER applies it only when it next starts; an Intune
// subscription forces online mode and forbids offline; a remote host needs a Site System Installation Account
// (enforced where distribution manager transfers updates, see updates.ts).
//
// Every operation validates first (throwing SiteError) and only then changes the lab.

import {createComponents, DOWNLOADER, EXECUTIVE, removeComponents, SCP_THREADS, UPLOADER} from './components.ts';
import {findServer, findSite, isRunning, sameServer, topSite, touch, type Ctx} from './context.ts';
import {notFound, SiteError} from './errors.ts';
import {writeLog} from './logs.ts';
import {randomInt} from './random.ts';
import {cancel} from './scheduler.ts';
import type {Lab, ProxyRec, ScpMode, ScpRec, UsageDataLevel} from './state.ts';
import {stopCloudWork} from './updates.ts';
import {uploaderActive} from './usage.ts';
import {parseMode, validateAccount, validateGuid, validatePort, validateServerName, validateSiteCode} from './validate.ts';

export const SCP_ROLE = 'SMS Dmp Connector';

export function requireScp(lab: Lab): ScpRec {
	if (!lab.scp) {
		throw new SiteError('No service connection point is installed in this hierarchy. Add one at the top-tier site ' +
			`(${topSite(lab).code}) with Add-ScpRole.`, 'ObjectNotFound', 'ScpNotInstalled', null);
	}
	return lab.scp;
}

/** The message a pending mode gives, naming the three ways to apply it (seed). */
export function restartAdvice(scp: ScpRec): string {
	return `The service connection point on ${scp.server} is configured for ${scp.mode} mode but SMS_DMP_DOWNLOADER still runs in ` +
		`${scp.effective} mode. The change takes effect when SMS_DMP_DOWNLOADER next starts: restart that thread ` +
		'(Restart-Component -Name SMS_DMP_DOWNLOADER), restart the SMS_EXECUTIVE service (which restarts most site components), ' +
		'or wait for a scheduled task such as the site backup, which stops and restarts SMS_EXECUTIVE.';
}

const pendingWarnings = (scp: ScpRec): string[] => (scp.mode !== scp.effective ? [restartAdvice(scp)] : []);

export interface AddScpInput {
	siteCode?: string | null;
	serverName: string;
	mode?: string | null;
	installationAccount?: string | null;
}

export function addScp(ctx: Ctx, input: AddScpInput): string[] {
	const {lab} = ctx;
	const top = topSite(lab);
	const code = input.siteCode ? validateSiteCode(input.siteCode) : top.code;
	const serverName = validateServerName(input.serverName);
	const mode = parseMode(input.mode ?? 'Online');
	const account = input.installationAccount ? validateAccount(input.installationAccount) : null;
	if (lab.scp) {
		throw new SiteError(`A service connection point is already installed on ${lab.scp.server} (site ${lab.scp.site}). ` +
			'Each hierarchy supports a single instance of this role; remove it first to move it.', 'ResourceExists', 'ScpAlreadyInstalled', serverName);
	}
	const site = findSite(lab, code);
	if (!site) throw notFound('Site', code, lab.sites.map((s) => s.code), 'SiteNotFound');
	if (site.parent !== null) {
		throw new SiteError(`The service connection point can only be installed at the top-tier site of the hierarchy (a central ` +
			`administration site or a stand-alone primary site). ${site.code} is a ${site.type === 'Secondary' ? 'secondary' : 'child primary'} ` +
			`site; install the role at ${top.code} (${top.server}).`, 'InvalidOperation', 'ScpNotTopTier', code);
	}
	const existing = findServer(lab, serverName);
	if (existing && existing.site !== site.code) {
		throw new SiteError(`${existing.name} is a site system of site ${existing.site}, not of ${site.code}. The service connection point ` +
			`must be on a server of the top-tier site ${site.code}.`, 'InvalidOperation', 'ServerInOtherSite', serverName);
	}
	// Validated: change the lab.
	const now = lab.clock.now;
	const warnings: string[] = [];
	let host = existing;
	if (!host) {
		host = {name: serverName, site: site.code, roles: ['SMS Site System', 'SMS Component Server'], account, proxy: null, pid: randomInt(lab, 1000, 9999)};
		lab.servers.push(host);
		createComponents(ctx, host.name, site.code, [EXECUTIVE], 'Running', now);
		touch(ctx, 'site');
	} else if (account) {
		host.account = account;
	}
	host.roles.push(SCP_ROLE);
	const execRunning = isRunning(ctx, host.name, EXECUTIVE);
	createComponents(ctx, host.name, site.code, SCP_THREADS, execRunning ? 'Starting' : 'Stopped', now);
	lab.scp = {
		site: site.code, server: host.name, mode, effective: mode, tenantId: null, onPremisesMdm: false,
		lastCheck: null, lastCheckResult: null, nextCheck: null, checkPending: false, lastUpload: null, nextUpload: null, uploadPending: false,
	};
	touch(ctx, 'scp');
	writeLog(ctx, site.server, 'SMS_SITE_COMPONENT_MANAGER', `Installing the service connection point (${SCP_ROLE}) on ${host.name} in ${mode} mode.~~`);
	if (!sameServer(host.name, site.server) && !host.account) {
		warnings.push(`${host.name} is remote from the site server ${site.server} and has no Site System Installation Account. ` +
			'SMS_DISTRIBUTION_MANAGER uses that account to transfer downloaded updates from the service connection point; until one is ' +
			`set (Set-SiteSystem -ServerName ${host.name} -InstallationAccount DOMAIN\\account), every transfer fails.`);
	}
	return warnings;
}

export function removeScp(ctx: Ctx, serverName?: string | null): void {
	const {lab} = ctx;
	const scp = requireScp(lab);
	if (serverName && !sameServer(validateServerName(serverName), scp.server)) {
		throw new SiteError(`There is no service connection point on ${serverName}; the hierarchy's service connection point is on ${scp.server}.`,
			'ObjectNotFound', 'ScpNotOnServer', serverName);
	}
	if (scp.tenantId) {
		throw new SiteError('The service connection point holds a Microsoft Intune subscription. Remove the subscription ' +
			'(Remove-ScpIntuneSubscription) before removing the role.', 'InvalidOperation', 'ScpRemoveRefusedIntune', scp.server);
	}
	stopCloudWork(ctx);
	for (const u of lab.updates) {
		if (u.awaitingTransfer) {
			Object.assign(u, {state: 'Available to download', percent: 0, downloadedMB: 0, awaitingTransfer: false});
			touch(ctx, 'update');
		}
	}
	for (const u of lab.updates) cancel(ctx, `transfer|${u.id}`);
	removeComponents(ctx, scp.server, SCP_THREADS);
	const host = findServer(lab, scp.server)!;
	host.roles = host.roles.filter((r) => r !== SCP_ROLE);
	writeLog(ctx, findSite(lab, scp.site)!.server, 'SMS_SITE_COMPONENT_MANAGER', `Removed the service connection point (${SCP_ROLE}) from ${host.name}.~~`);
	lab.scp = null;
	touch(ctx, 'scp');
	touch(ctx, 'site');
}

export function setMode(ctx: Ctx, modeText: unknown): string[] {
	const mode = parseMode(modeText);
	const scp = requireScp(ctx.lab);
	if (mode === 'Offline' && scp.tenantId) {
		throw new SiteError('The service connection point has a Microsoft Intune subscription, and offline mode is not supported with one. ' +
			'Remove the Intune subscription first (Remove-ScpIntuneSubscription).', 'InvalidOperation', 'ScpModeRefusedIntune', mode);
	}
	if (scp.mode !== mode) {
		scp.mode = mode;
		writeLog(ctx, scp.server, DOWNLOADER, `Service connection point configured mode changed to ${mode}; it applies when SMS_DMP_DOWNLOADER restarts.~~`);
		touch(ctx, 'scp');
	}
	return pendingWarnings(scp);
}

export function addIntune(ctx: Ctx, tenantText: unknown): string[] {
	const tenant = validateGuid(tenantText);
	const scp = requireScp(ctx.lab);
	if (scp.tenantId) {
		throw new SiteError(`The service connection point already has a Microsoft Intune subscription (tenant ${scp.tenantId}). ` +
			'Remove it before adding another.', 'ResourceExists', 'IntuneSubscriptionExists', tenant);
	}
	scp.tenantId = tenant;
	const forced = scp.mode !== 'Online';
	scp.mode = 'Online';
	touch(ctx, 'scp');
	touch(ctx, 'network');
	const warnings: string[] = [];
	if (forced) warnings.push('Adding the Microsoft Intune subscription set the service connection point to online mode.');
	return warnings.concat(pendingWarnings(scp));
}

export function removeIntune(ctx: Ctx): void {
	const scp = requireScp(ctx.lab);
	if (!scp.tenantId) {
		throw new SiteError('The service connection point has no Microsoft Intune subscription.', 'ObjectNotFound', 'IntuneSubscriptionNotFound', null);
	}
	scp.tenantId = null;
	touch(ctx, 'scp');
	touch(ctx, 'network');
}

export function setOnPremisesMdm(ctx: Ctx, enabled: boolean): void {
	const scp = requireScp(ctx.lab);
	if (scp.onPremisesMdm !== enabled) {
		scp.onPremisesMdm = !!enabled;
		touch(ctx, 'scp');
	}
}

export function setUsageLevel(ctx: Ctx, level: UsageDataLevel): void {
	ctx.lab.settings.usageDataLevel = level;
	touch(ctx, 'scp');
}

export interface ProxyInput {
	server: string;
	port?: number | string | null;
	account?: string | null;
}

/** The proxy of the SCP host's site system (its Proxy tab); null disables it. */
export function setProxy(ctx: Ctx, input: ProxyInput | null): void {
	const scp = requireScp(ctx.lab);
	let proxy: ProxyRec | null = null;
	if (input) {
		proxy = {
			server: validateServerName(input.server),
			port: input.port === undefined || input.port === null ? 80 : validatePort(input.port),
			account: input.account ? validateAccount(input.account) : null,
		};
	}
	findServer(ctx.lab, scp.server)!.proxy = proxy;
	touch(ctx, 'scp');
	touch(ctx, 'network');
}

/** SMS_DMP_DOWNLOADER started: it now runs with the configured mode. */
export function applyPendingMode(ctx: Ctx): void {
	const scp = ctx.lab.scp;
	if (!scp || scp.effective === scp.mode) return;
	const from: ScpMode = scp.effective;
	scp.effective = scp.mode;
	touch(ctx, 'scp');
	writeLog(ctx, scp.server, DOWNLOADER, `Service connection point mode changed from ${from} to ${scp.effective}.~~`);
	if (scp.effective === 'Offline') {
		stopCloudWork(ctx);
		Object.assign(scp, {nextCheck: null, checkPending: false, nextUpload: null, uploadPending: false});
		writeLog(ctx, scp.server, DOWNLOADER, 'Offline mode: the service connection point will not contact the Microsoft cloud service. Use the Service Connection Tool to import updates.~~');
	} else {
		// Online again: a check is due at once (downloaderActive schedules it); usage data goes at the next opportunity.
		scp.nextCheck = null;
		scp.nextUpload = null;
		if (isRunning(ctx, scp.server, UPLOADER)) uploaderActive(ctx);
		else scp.uploadPending = true;
	}
}
