// What Stop-, Start- and Restart-Component share: their parameters, resolving names (with wildcards) to the
// components they mean, and waiting in simulated time until every component reached its state.
//
// Each component named (or piped) is told at once, so several restart together as in the Service Manager; the
// wait happens once, in `end`, for all of them.

import type {CmdletContext, ParameterDef} from '../../src/engine/command.ts';
import type {Component, Site} from '../../src/site/index.ts';
import {siteOf, toPSObject} from './site.ts';
import {completeComponentNames, completeServerNames, completeSiteCodes, isWildcard, trySite, waitUntilSettled} from './site-cmdlet.ts';

export type ComponentOp = 'stop' | 'start' | 'restart';

const VERB: Record<ComponentOp, string> = {stop: 'Stop', start: 'Start', restart: 'Restart'};
const STATE: Record<ComponentOp, string> = {stop: 'stopped', start: 'running', restart: 'running again'};

export function componentParameters(op: ComponentOp): ParameterDef[] {
	return [
		{
			name: 'Name',
			type: 'string[]',
			mandatory: true,
			position: 0,
			aliases: ['ComponentName'],
			valueFromPipelineByPropertyName: true,
			acceptsWildcards: true,
			complete: completeComponentNames,
			help:
				`The components to ${op}, for example SMS_DMP_DOWNLOADER or SMS_EXECUTIVE. Wildcards are allowed (SMS_DMP_*). ` +
				'Component objects piped from Get-Component bind by their Name, SiteCode and ServerName.',
		},
		{
			name: 'SiteCode',
			type: 'string',
			valueFromPipelineByPropertyName: true,
			complete: completeSiteCodes,
			help: 'The site whose components are meant. By default the top-tier site (its site server first).',
		},
		{
			name: 'ServerName',
			type: 'string',
			valueFromPipelineByPropertyName: true,
			complete: completeServerNames,
			help: 'The server whose components are meant, for example a remote service connection point host.',
		},
		{
			name: 'NoWait',
			type: 'switch',
			help: `Returns at once, without waiting until the components are ${STATE[op]}.`,
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the components (Scpsh.Component) when the cmdlet returns.',
		},
	];
}

const topSiteCode = (site: Site): string | null => site.getSites().find((s) => s.ParentSiteCode === null)?.SiteCode ?? null;

/** The components one -Name value means, or undefined after writing the site's not-found error. */
function resolve(ctx: CmdletContext, site: Site, name: string): Component[] | undefined {
	const siteCode: string | null = ctx.params.SiteCode ?? null;
	const serverName: string | null = ctx.params.ServerName ?? null;
	if (isWildcard(name)) {
		// Like a plain name, a pattern means the top-tier site unless a site or server is given.
		const scope = siteCode || serverName ? {siteCode, serverName} : {siteCode: topSiteCode(site)};
		return trySite(ctx, () => site.getComponents({name, ...scope}));
	}
	const one = trySite(ctx, () => site.getComponent(name, {siteCode, serverName}));
	return one ? [one] : undefined;
}

interface Target {
	name: string;
	serverName: string;
}

const key = (t: Target): string => `${t.serverName.toLowerCase()}|${t.name}`;

export async function processComponents(ctx: CmdletContext, op: ComponentOp): Promise<void> {
	const site = siteOf(ctx);
	const targets: Target[] = (ctx.state.targets ??= []);
	const seen: Set<string> = (ctx.state.seen ??= new Set<string>());
	const matched: Component[] = [];
	for (const name of ctx.params.Name as string[]) matched.push(...(resolve(ctx, site, String(name)) ?? []));
	// SMS_EXECUTIVE takes its threads with it: when it is among the matches, its server's threads are not told again
	// (a thread cannot be started while its executive is down).
	const executives = new Set(matched.filter((c) => c.Name === 'SMS_EXECUTIVE').map((c) => c.ServerName.toLowerCase()));
	for (const c of matched) {
		const t = {name: c.Name, serverName: c.ServerName};
		if (seen.has(key(t))) continue;
		seen.add(key(t));
		if (c.Type === 'Thread' && executives.has(c.ServerName.toLowerCase())) continue;
		if (!(await ctx.shouldProcess(`${c.Name} on ${c.ServerName} (site ${c.SiteCode})`, `${VERB[op]} component`))) continue;
		const change = trySite(ctx, () =>
			op === 'stop' ? site.stopComponent(c.Name, {serverName: c.ServerName})
				: op === 'start' ? site.startComponent(c.Name, {serverName: c.ServerName})
					: site.restartComponent(c.Name, {serverName: c.ServerName}));
		if (change) targets.push(t);
	}
}

export async function endComponents(ctx: CmdletContext): Promise<void> {
	const targets: Target[] = ctx.state.targets ?? [];
	if (!targets.length) return;
	const site = siteOf(ctx);
	if (!ctx.params.NoWait) {
		await waitUntilSettled(ctx, site, () => {
			let latest: number | null = null;
			for (const t of targets) {
				let at: number | null = null;
				try {
					at = site.componentSettlesAt(t.name, {serverName: t.serverName});
				} catch {
					// Gone meanwhile (its role was removed): nothing to wait for.
				}
				if (at !== null && (latest === null || at > latest)) latest = at;
			}
			return latest;
		});
	}
	if (ctx.params.PassThru) {
		for (const t of targets) {
			const c = trySite(ctx, () => site.getComponent(t.name, {serverName: t.serverName}));
			if (c) ctx.write(toPSObject('Scpsh.Component', c));
		}
	}
}
