// Remove-ScpRole: uninstalls the service connection point. High impact (the hierarchy loses its cloud
// connection), so it asks first unless -Force, as Remove-CMServiceConnectionPoint does.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf} from '../_lib/site.ts';
import {callSite, completeServerNames, scpTarget, whatIfRequested} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Remove-ScpRole',
	synopsis: 'Uninstalls the service connection point role.',
	description:
		'Remove-ScpRole uninstalls the service connection point from its server: its threads (SMS_DMP_DOWNLOADER, ' +
		'SMS_DMP_UPLOADER, SMS_SERVICE_CONNECTOR) go, update checks and usage data uploads stop, and downloads in progress ' +
		'return to Available to download.\n\n' +
		'You need it to expand a stand-alone primary site into a hierarchy: the role must be removed from the primary ' +
		'before Add-CentralAdministrationSite, and installed at the central administration site afterwards.\n\n' +
		'The role cannot be removed while it holds a Microsoft Intune subscription (Remove-ScpIntuneSubscription first).\n\n' +
		'The cmdlet has a high impact and asks for confirmation; -Force skips the question (in a script, which cannot ' +
		'answer, use -Force or -Confirm:$false).',
	parameters: [
		{
			name: 'ServerName',
			type: 'string',
			position: 0,
			aliases: ['SiteSystemServerName', 'Name'],
			valueFromPipelineByPropertyName: true,
			complete: completeServerNames,
			help: 'The server the role is on. When given, it must be the server that holds the role; by default the hierarchy\'s role is removed.',
		},
		{
			name: 'Force',
			type: 'switch',
			help: 'Removes the role without asking for confirmation.',
		},
	],
	outputs: ['None'],
	supportsShouldProcess: true,
	confirmImpact: 'High',
	examples: [
		{
			title: 'Remove the role without a prompt',
			code: 'Remove-ScpRole -Force\n"Installed: $([bool](Get-ScpStatus -ErrorAction SilentlyContinue))"',
			remarks: 'After the removal Get-ScpStatus finds no role.',
			expect: ['Installed: False'],
		},
		{
			title: 'Expand a stand-alone primary in the right order',
			code:
				'Remove-ScpRole -Force\nAdd-CentralAdministrationSite -SiteCode CAS -ServerName CAS01.contoso.com | Out-Null\n' +
				'Add-ScpRole -SiteCode CAS -ServerName CAS01.contoso.com | Format-List SiteCode, ServerName',
			remarks: 'The role must leave the primary before the expansion; afterwards it is installed at the CAS.',
			expect: ['CAS01.contoso.com'],
		},
	],
	related: ['Add-ScpRole', 'Add-CentralAdministrationSite', 'Remove-ScpIntuneSubscription', 'about_ServiceConnectionPoint'],
	async process(ctx) {
		const site = siteOf(ctx);
		const target = ctx.params.ServerName ? `Service connection point on ${ctx.params.ServerName}` : scpTarget(site);
		// -Force skips the confirmation, but -WhatIf and an explicit -Confirm still apply.
		const skipPrompt = ctx.params.Force && !whatIfRequested(ctx) && ctx.params.Confirm !== true;
		if (!skipPrompt && !(await ctx.shouldProcess(target, 'Remove the service connection point'))) return;
		callSite(ctx, () => site.removeScp(ctx.params.ServerName ?? null));
	},
};

export default def;
