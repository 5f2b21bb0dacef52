// Get-Site: the sites of the hierarchy, top-down.

import type {CmdletDef} from '../../src/engine/command.ts';
import {wildcardMatch} from '../../src/engine/wildcard.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeSiteCodes, isWildcard} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Get-Site',
	synopsis: 'Gets the sites of the hierarchy: central administration site, primary and secondary sites.',
	description:
		'Get-Site gets the sites of the simulated hierarchy, the top-tier site first: the SiteCode, the Type ' +
		'(CentralAdministrationSite, Primary or Secondary), the ParentSiteCode (empty for the top-tier site), the site ' +
		'server (ServerName), the Version (5.00.<build>.1000) and the BuildNumber. FullVersion includes the revision of ' +
		'installed hotfixes, ProductVersion the release name (such as 2409), and InstalledHotfixes the hotfixes.\n\n' +
		'A stand-alone primary site has no parent. After Add-CentralAdministrationSite it becomes a child primary of ' +
		'the new central administration site.',
	parameters: [
		{
			name: 'SiteCode',
			type: 'string',
			position: 0,
			acceptsWildcards: true,
			complete: completeSiteCodes,
			help: 'The site code of the site to get, for example PS1. Wildcards are allowed. By default all sites.',
		},
	],
	outputs: ['Scpsh.Site'],
	examples: [
		{
			title: 'The default site',
			code: 'Get-Site',
			remarks: 'A stand-alone primary site PS1 on CM01.contoso.com, version 2409 (5.00.9132.1000).',
			expect: ['PS1', 'Primary', 'CM01.contoso.com', '5.00.9132.1000'],
		},
		{
			title: 'Which site is the top tier?',
			code: 'Get-Site | Where-Object { -not $_.ParentSiteCode } | Select-Object -ExpandProperty SiteCode',
			remarks: 'The site without a parent is where the service connection point belongs.',
			expect: ['PS1'],
		},
	],
	related: ['Get-SiteSystem', 'Add-Site', 'Add-CentralAdministrationSite'],
	process(ctx) {
		const site = siteOf(ctx);
		const code: string | null = ctx.params.SiteCode ?? null;
		const sites = code && isWildcard(code)
			? site.getSites().filter((s) => wildcardMatch(s.SiteCode, code))
			: callSite(ctx, () => site.getSites({siteCode: code}));
		for (const s of sites) ctx.write(toPSObject('Scpsh.Site', s));
	},
};

export default def;
