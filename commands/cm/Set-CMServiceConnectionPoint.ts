// Set-CMServiceConnectionPoint: the real module's way to change the service connection point's mode. Over the
// simulated site it does what Set-ScpMode does: the mode is recorded at once and applies when SMS_DMP_DOWNLOADER
// next starts.

import type {CmdletDef} from '../../src/engine/command.ts';
import {checkWildcardSwitches, requireSiteDrive, scpObject, wildcardParameters} from '../_lib/cm-objects.ts';
import {inputObjectParam, modeParam, passThruParam, serverNameParam, siteCodeParam} from '../_lib/cm-params.ts';
import {findScp} from '../_lib/cm-scp.ts';
import {siteOf} from '../_lib/site.ts';
import {trySite, writeWarnings} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Set-CMServiceConnectionPoint',
	synopsis: 'Changes the settings of the service connection point: its mode.',
	description:
		'Set-CMServiceConnectionPoint changes the service connection point. The setting the module exposes is -Mode: ' +
		'Online (the role checks the Microsoft cloud service for updates every 24 hours and uploads usage data) or ' +
		'Offline (it never contacts the cloud; updates come through the Service Connection Tool). Name the role by its ' +
		'server (-SiteSystemServerName) or pipe it from Get-CMServiceConnectionPoint.\n\n' +
		'As in the product, the new mode is recorded at once but takes effect only when the SMS_DMP_DOWNLOADER thread ' +
		'next starts: restart that component (Restart-Component -Name SMS_DMP_DOWNLOADER), restart SMS_EXECUTIVE, or let a ' +
		'scheduled task such as the site backup restart SMS_EXECUTIVE. The simulation says so in a warning (the real ' +
		'cmdlet is silent). Offline mode is refused while the role holds a Microsoft Intune subscription; nothing changes ' +
		'then. Run it from a Configuration Manager drive.\n\n' +
		'Simulated: the change is made to the simulated site; -PassThru returns the IResultObject#SMS_SCI_SysResUse object ' +
		'(see Get-CMServiceConnectionPoint).',
	defaultParameterSet: 'ByValue',
	parameters: [
		inputObjectParam({
			sets: ['ByValue'],
			aliases: ['ServiceConnectionPoint'],
			help: 'The service connection point object to change (from Get-CMServiceConnectionPoint).',
		}),
		serverNameParam({
			sets: ['ByName'],
			mandatory: true,
			help: 'The name (FQDN) of the site system server that hosts the role, for example CM01.contoso.com. No wildcards.',
		}),
		siteCodeParam('The site code of the site the role belongs to.', ['ByName']),
		modeParam(false, 'Online or Offline. The change takes effect when SMS_DMP_DOWNLOADER next starts.'),
		passThruParam('the service connection point object (IResultObject#SMS_SCI_SysResUse)'),
		...wildcardParameters,
	],
	outputs: ['None', 'IResultObject#SMS_SCI_SysResUse (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Switch to offline mode and apply it',
			code: 'Set-CMServiceConnectionPoint -SiteSystemServerName CM01.contoso.com -Mode Offline -WarningAction SilentlyContinue\n' +
				'Restart-Component -Name SMS_DMP_DOWNLOADER\n(Get-CMServiceConnectionPoint).EffectiveMode',
			remarks: 'The mode applies when SMS_DMP_DOWNLOADER restarts (here in a few simulated seconds).',
			expect: ['Offline'],
		},
		{
			title: 'Pipe the role and see the change pending',
			code: 'Get-CMServiceConnectionPoint | Set-CMServiceConnectionPoint -Mode Offline -PassThru -WarningAction SilentlyContinue | Select-Object Mode, EffectiveMode, RestartRequired',
			remarks: 'Mode is Offline at once; EffectiveMode stays Online and RestartRequired is True until the thread restarts.',
			expect: ['Offline', 'Online', 'True'],
		},
		{
			title: 'Preview the change',
			code: 'Set-CMServiceConnectionPoint CM01.contoso.com -Mode Offline -WhatIf',
			remarks: 'Nothing changes with -WhatIf.',
			expect: ['What if: Performing the operation "Set-CMServiceConnectionPoint" on target "CM01.contoso.com".'],
		},
	],
	related: ['Get-CMServiceConnectionPoint', 'Set-ScpMode', 'Restart-Component', 'about_ScpModes'],
	async process(ctx) {
		if (!requireSiteDrive(ctx)) return;
		checkWildcardSwitches(ctx);
		const site = siteOf(ctx);
		const scp = findScp(ctx, site);
		if (!scp) return;
		let status = scp;
		if (ctx.isBound('Mode')) {
			if (!(await ctx.shouldProcess(scp.ServerName, 'Set-CMServiceConnectionPoint'))) return;
			const change = trySite(ctx, () => site.setScpMode(ctx.params.Mode));
			if (!change) return;
			writeWarnings(ctx, change.warnings);
			status = change.status;
		}
		if (ctx.params.PassThru) ctx.write(scpObject(status));
	},
};

export default def;
