// Add-ScpRole: installs the service connection point. The placement rules (top-tier site only, one per
// hierarchy) live in the site; a remote host without an installation account installs but warns.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeServerNames, completeSiteCodes, writeWarnings} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Add-ScpRole',
	synopsis: 'Installs the service connection point role on a site system server.',
	description:
		'Add-ScpRole installs the service connection point (SCP, role name "SMS Dmp Connector") on a server of the top-tier ' +
		'site and writes the new role\'s status. Each hierarchy supports a single instance of the role, and only at the ' +
		'top-tier site: a central administration site, or a stand-alone primary site. Installing it at a child primary or a ' +
		'secondary site, or a second time, is refused and nothing changes.\n\n' +
		'The server can be the site server or another server, which then becomes a new site system of that site. A server ' +
		'remote from the site server needs a Site System Installation Account: SMS_DISTRIBUTION_MANAGER on the site server ' +
		'uses it to transfer downloaded updates from the SCP. Give it with -InstallationAccount, or later with ' +
		'Set-SiteSystem; without one the cmdlet warns and every transfer fails with an Error status message.\n\n' +
		'The SCP threads SMS_DMP_DOWNLOADER, SMS_DMP_UPLOADER and SMS_SERVICE_CONNECTOR start on the server within a few ' +
		'simulated seconds.',
	parameters: [
		{
			name: 'ServerName',
			type: 'string',
			mandatory: true,
			position: 0,
			aliases: ['SiteSystemServerName', 'Name'],
			valueFromPipelineByPropertyName: true,
			complete: completeServerNames,
			help: 'The fully qualified name of the server to install the role on, for example CM01.contoso.com or SCP01.contoso.com.',
		},
		{
			name: 'SiteCode',
			type: 'string',
			valueFromPipelineByPropertyName: true,
			complete: completeSiteCodes,
			help: 'The site to install the role at. It must be the top-tier site; by default the top-tier site is used.',
		},
		{
			name: 'Mode',
			type: 'string',
			validateSet: ['Online', 'Offline'],
			default: 'Online',
			help: 'The mode the role starts in: Online (the default) or Offline.',
		},
		{
			name: 'InstallationAccount',
			type: 'string',
			aliases: ['AccountName'],
			help: 'The Site System Installation Account of the server (DOMAIN\\user or user@domain). A server remote from the site server needs one.',
		},
	],
	outputs: ['Scpsh.ScpStatus'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Move the role to its own server',
			code: 'Remove-ScpRole -Force\nAdd-ScpRole -ServerName SCP01.contoso.com -InstallationAccount CONTOSO\\svc-cm-install | Format-List SiteCode, ServerName, Mode',
			remarks: 'Removes the role from the site server and installs it on SCP01.contoso.com, a new site system of PS1, with the account distribution manager needs.',
			expect: ['SCP01.contoso.com'],
		},
		{
			title: 'Install in offline mode',
			code: 'Remove-ScpRole -Force\nAdd-ScpRole -SiteCode PS1 -ServerName CM01.contoso.com -Mode Offline | Format-List Mode, EffectiveMode',
			remarks: 'A freshly installed role runs in the mode it was installed with; no restart is needed.',
			expect: ['Offline'],
		},
		{
			title: 'A second role is refused',
			code: "try { Add-ScpRole -ServerName SCP02.contoso.com -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
			remarks: 'Each hierarchy supports a single service connection point.',
			expect: ['ScpAlreadyInstalled,Add-ScpRole'],
		},
	],
	related: ['Remove-ScpRole', 'Get-ScpStatus', 'Set-SiteSystem', 'Add-CentralAdministrationSite', 'about_ServiceConnectionPoint'],
	async process(ctx) {
		const site = siteOf(ctx);
		const p = ctx.params;
		const where = p.SiteCode ? `${p.ServerName} (site ${String(p.SiteCode).toUpperCase()})` : String(p.ServerName);
		if (!(await ctx.shouldProcess(where, 'Install the service connection point'))) return;
		const {status, warnings} = callSite(ctx, () =>
			site.addScp({siteCode: p.SiteCode ?? null, serverName: p.ServerName, mode: p.Mode, installationAccount: p.InstallationAccount ?? null}));
		writeWarnings(ctx, warnings);
		ctx.write(toPSObject('Scpsh.ScpStatus', status));
	},
};

export default def;
