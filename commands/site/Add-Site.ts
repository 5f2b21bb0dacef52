// Add-Site: a child primary under a central administration site, or a secondary under a primary. The
// hierarchy's rules (parents, limits, unique codes and servers) live in the site.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeSiteCodes} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Add-Site',
	synopsis: 'Adds a child primary site or a secondary site to the hierarchy.',
	description:
		'Add-Site installs a new site and writes it. A child primary site (-Type Primary) needs a central administration ' +
		'site as its parent (a CAS supports up to 25); a secondary site (-Type Secondary) needs a primary site as its ' +
		'parent (up to 250 each). The new site takes its parent\'s version, and its site server starts SMS_EXECUTIVE and a ' +
		'realistic set of components.\n\n' +
		'To turn a stand-alone primary into a hierarchy, use Add-CentralAdministrationSite first. Site codes are three ' +
		'letters or digits, unique in the hierarchy; a server can be the site server of one site only.',
	parameters: [
		{
			name: 'SiteCode',
			type: 'string',
			mandatory: true,
			position: 0,
			help: 'The new site\'s code: three letters or digits, unique in the hierarchy (AUX, CON, NUL, PRN and SMS are reserved).',
		},
		{
			name: 'ServerName',
			type: 'string',
			mandatory: true,
			position: 1,
			aliases: ['SiteServerName'],
			help: 'The fully qualified name of the new site\'s site server, for example PS2.contoso.com.',
		},
		{
			name: 'Type',
			type: 'string',
			mandatory: true,
			validateSet: ['Primary', 'Secondary'],
			help: 'Primary (a child primary under a central administration site) or Secondary (under a primary site).',
		},
		{
			name: 'ParentSiteCode',
			type: 'string',
			mandatory: true,
			aliases: ['Parent'],
			complete: completeSiteCodes,
			help: 'The parent site: a central administration site for a primary, a primary site for a secondary.',
		},
		{
			name: 'SiteName',
			type: 'string',
			help: 'A descriptive name for the site. By default one is made from the code and type.',
		},
	],
	outputs: ['Scpsh.Site'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Add a secondary site',
			code: 'Add-Site -SiteCode SE1 -ServerName SEC01.contoso.com -Type Secondary -ParentSiteCode PS1',
			remarks: 'A secondary site under the stand-alone primary PS1.',
			expect: ['SE1', 'Secondary', 'PS1'],
		},
		{
			title: 'A child primary needs a central administration site',
			code: "try { Add-Site PS2 PS2.contoso.com -Type Primary -ParentSiteCode PS1 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
			remarks: 'PS1 is a primary site; a child primary needs a CAS as its parent. Expand the hierarchy first.',
			expect: ['InvalidParentSite,Add-Site'],
		},
	],
	related: ['Add-CentralAdministrationSite', 'Get-Site'],
	async process(ctx) {
		const site = siteOf(ctx);
		const p = ctx.params;
		if (!(await ctx.shouldProcess(`${String(p.SiteCode).toUpperCase()} on ${p.ServerName}`, `Add a ${p.Type === 'Primary' ? 'child primary' : 'secondary'} site under ${String(p.ParentSiteCode).toUpperCase()}`))) return;
		const added = callSite(ctx, () => site.addSite({siteCode: p.SiteCode, serverName: p.ServerName, type: p.Type, parentSiteCode: p.ParentSiteCode, siteName: p.SiteName ?? null}));
		ctx.write(toPSObject('Scpsh.Site', added));
	},
};

export default def;
