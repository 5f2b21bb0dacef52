// Set-SiteSystem: the Site System Installation Account of a site system server. For a remote service
// connection point it is what SMS_DISTRIBUTION_MANAGER needs to transfer downloaded updates (seed).

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeServerNames} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Set-SiteSystem',
	synopsis: 'Sets the Site System Installation Account of a site system server.',
	description:
		'Set-SiteSystem sets, or clears, the Site System Installation Account of a site system server: the account the ' +
		'site server uses to connect to it. When the service connection point is on a server remote from the site ' +
		'server, distribution manager (SMS_DISTRIBUTION_MANAGER) uses that account to transfer downloaded updates from ' +
		'it; without one every transfer fails with an Error status message (2391) and the update does not become ready. ' +
		'After the account is set, the next transfer attempt succeeds.',
	defaultParameterSet: 'SetAccount',
	parameters: [
		{
			name: 'ServerName',
			type: 'string',
			mandatory: true,
			position: 0,
			aliases: ['SiteSystemServerName', 'Name'],
			valueFromPipelineByPropertyName: true,
			complete: completeServerNames,
			help: 'The site system server, for example SCP01.contoso.com.',
		},
		{
			name: 'InstallationAccount',
			type: 'string',
			mandatory: true,
			position: 1,
			sets: ['SetAccount'],
			aliases: ['AccountName'],
			help: 'The account, as DOMAIN\\user or user@domain, for example CONTOSO\\svc-cm-install.',
		},
		{
			name: 'ClearInstallationAccount',
			type: 'switch',
			mandatory: true,
			sets: ['ClearAccount'],
			help: 'Removes the server\'s installation account; the site server then connects with its computer account.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the site system (Scpsh.SiteSystem) after the change.',
		},
	],
	outputs: ['None', 'Scpsh.SiteSystem (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Give a remote service connection point its account',
			code:
				'Remove-ScpRole -Force\nAdd-ScpRole -ServerName SCP01.contoso.com -WarningAction SilentlyContinue | Out-Null\n' +
				'Set-SiteSystem -ServerName SCP01.contoso.com -InstallationAccount CONTOSO\\svc-cm-install -PassThru | Select-Object ServerName, InstallationAccount',
			remarks: 'Distribution manager can now transfer downloaded updates from SCP01.contoso.com.',
			expect: ['CONTOSO\\svc-cm-install'],
		},
	],
	related: ['Get-SiteSystem', 'Add-ScpRole', 'Get-StatusMessage', 'about_ServiceConnectionPoint'],
	async process(ctx) {
		const site = siteOf(ctx);
		const p = ctx.params;
		const clear = ctx.parameterSet === 'ClearAccount';
		const action = clear ? 'Clear the Site System Installation Account' : `Set the Site System Installation Account to ${p.InstallationAccount}`;
		if (!(await ctx.shouldProcess(String(p.ServerName), action))) return;
		const system = callSite(ctx, () => site.setInstallationAccount(p.ServerName, clear ? null : p.InstallationAccount));
		if (p.PassThru) ctx.write(toPSObject('Scpsh.SiteSystem', system));
	},
};

export default def;
