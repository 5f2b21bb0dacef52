// Get-CMSite: the sites of the hierarchy as SMS_Site objects, the way the module returns them.

import type {CmdletDef} from '../../src/engine/command.ts';
import {checkWildcardSwitches, nameFilter, requireSiteDrive, siteObject, wildcardParameters} from '../_lib/cm-objects.ts';
import {siteOf} from '../_lib/site.ts';
import {completeSiteCodes} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Get-CMSite',
	synopsis: 'Gets the sites of the Configuration Manager hierarchy.',
	description:
		'Get-CMSite gets the sites of the hierarchy: the central administration site, primary sites and secondary sites. ' +
		'Each is an IResultObject#SMS_Site object with SiteCode, SiteName, ServerName (the site server), Version ' +
		'(5.00.<build>.1000), BuildNumber, Type (1 secondary, 2 primary, 4 central administration site), ' +
		'ReportingSiteCode (the parent site; empty at the top-tier site), InstallDir, Status and Mode. Filter by -SiteCode ' +
		'or by -Name (the site name, wildcards accepted). Nothing is returned when nothing matches. Run it from a ' +
		'Configuration Manager drive.\n\n' +
		'Simulated: the sites are the simulated hierarchy\'s. Simulation additions: FullVersion (with installed hotfixes, ' +
		'5.00.<build>.<revision>) and ProductVersion (the release, such as 2409).',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			aliases: ['SiteName'],
			acceptsWildcards: true,
			help: 'The site name, such as "Contoso Primary Site PS1". Wildcards are accepted.',
		},
		{
			name: 'SiteCode',
			type: 'string',
			position: 0,
			complete: completeSiteCodes,
			help: 'The three-character site code, such as PS1.',
		},
		...wildcardParameters,
	],
	outputs: ['IResultObject#SMS_Site'],
	examples: [
		{
			title: 'The site and its version',
			code: 'Get-CMSite | Select-Object SiteCode, Version, BuildNumber, Type',
			remarks: 'The default scenario is one stand-alone primary site on 2409 (build 9132); Type 2 is a primary site.',
			expect: ['PS1', '5.00.9132.1000', '9132'],
		},
		{
			title: 'Find the top-tier site by its parent',
			code: '(Get-CMSite | Where-Object ReportingSiteCode -eq \'\').SiteCode',
			remarks: 'The top-tier site reports to no site.',
			expect: ['PS1'],
		},
		{
			title: 'By site name',
			code: 'Get-CMSite -SiteName \'*Primary*\' | Select-Object -ExpandProperty ServerName',
			remarks: '-SiteName is an alias of -Name, as in the module\'s own example.',
			expect: ['CM01.contoso.com'],
		},
	],
	related: ['Get-CMSiteSystemServer', 'Get-Site'],
	process(ctx) {
		if (!requireSiteDrive(ctx)) return;
		checkWildcardSwitches(ctx);
		const byName = nameFilter(ctx, ctx.params.Name, true);
		const code: string | undefined = ctx.params.SiteCode;
		const sites = siteOf(ctx).getSites().filter((s) => (!code || s.SiteCode.toLowerCase() === code.trim().toLowerCase()) && byName(s.SiteName));
		ctx.writeAll(sites.map(siteObject));
	},
};

export default def;
