// Add-CentralAdministrationSite: expands a stand-alone primary into a hierarchy. The seed's rule: refused while
// the service connection point is on the primary; the site's message says the order to do it in.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Add-CentralAdministrationSite',
	synopsis: 'Expands a stand-alone primary site into a hierarchy by adding a central administration site.',
	description:
		'Add-CentralAdministrationSite installs a central administration site (CAS) above the stand-alone primary site ' +
		'and writes it. After the expansion the CAS is the top-tier site and the primary is its child.\n\n' +
		'The service connection point lives only at the top-tier site. While it is installed on the stand-alone primary ' +
		'the expansion is refused, with a message that says what to do: remove the role from the primary ' +
		'(Remove-ScpRole), expand, then install it at the CAS (Add-ScpRole -SiteCode <CAS>). Nothing changes when it is ' +
		'refused. A hierarchy that already has a CAS cannot be expanded again.',
	parameters: [
		{
			name: 'SiteCode',
			type: 'string',
			mandatory: true,
			position: 0,
			help: 'The code of the new central administration site: three letters or digits, for example CAS.',
		},
		{
			name: 'ServerName',
			type: 'string',
			mandatory: true,
			position: 1,
			aliases: ['SiteServerName'],
			help: 'The fully qualified name of the central administration site\'s site server, for example CAS01.contoso.com.',
		},
		{
			name: 'SiteName',
			type: 'string',
			help: 'A descriptive name for the site. By default one is made from the code.',
		},
	],
	outputs: ['Scpsh.Site'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Refused while the service connection point is on the primary',
			code: "try { Add-CentralAdministrationSite -SiteCode CAS -ServerName CAS01.contoso.com -ErrorAction Stop } catch { $_.Exception.Message }",
			remarks: 'The message says to remove the role from the primary first and install it at the CAS afterwards.',
			expect: ['Remove-ScpRole'],
		},
		{
			title: 'Expand in the right order',
			code:
				'Remove-ScpRole -Force\nAdd-CentralAdministrationSite CAS CAS01.contoso.com | Out-Null\n' +
				'Add-ScpRole -SiteCode CAS -ServerName CAS01.contoso.com | Out-Null\nGet-Site | Select-Object SiteCode, Type, ParentSiteCode',
			remarks: 'PS1 is now a child primary of CAS, and the service connection point is at the CAS.',
			expect: ['CentralAdministrationSite', 'CAS'],
		},
	],
	related: ['Remove-ScpRole', 'Add-ScpRole', 'Add-Site', 'Get-Site', 'about_ServiceConnectionPoint'],
	async process(ctx) {
		const site = siteOf(ctx);
		const p = ctx.params;
		if (!(await ctx.shouldProcess(`${String(p.SiteCode).toUpperCase()} on ${p.ServerName}`, 'Add a central administration site above the stand-alone primary site'))) return;
		const cas = callSite(ctx, () => site.addCentralAdministrationSite({siteCode: p.SiteCode, serverName: p.ServerName, siteName: p.SiteName ?? null}));
		ctx.write(toPSObject('Scpsh.Site', cas));
	},
};

export default def;
