// Set-ScpMode: records the configured mode at once. The seed's rule is that SMS_DMP_DOWNLOADER applies it only
// when it next starts, so the cmdlet warns (with the site's words) how to get there.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, scpTarget, writeWarnings} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Set-ScpMode',
	synopsis: 'Sets the mode of the service connection point: Online or Offline.',
	description:
		'Set-ScpMode sets the configured mode of the service connection point. In online mode the role checks the Microsoft ' +
		'cloud service for updates every 24 hours and downloads the ones that apply; in offline mode it never contacts the ' +
		'cloud and updates come in through the Service Connection Tool (Export-ScpUsageData, Import-ScpUpdatePack).\n\n' +
		'The change is recorded at once (Get-ScpStatus shows the new Mode) but it takes effect only when the ' +
		'SMS_DMP_DOWNLOADER thread of SMS_EXECUTIVE next starts. Until then EffectiveMode keeps the old mode, RestartRequired ' +
		'is True, and Set-ScpMode writes a warning that names the three ways to apply it: restart SMS_DMP_DOWNLOADER ' +
		'(Restart-Component -Name SMS_DMP_DOWNLOADER), restart the SMS_EXECUTIVE service (which restarts most components), or ' +
		'wait for a scheduled task such as the site backup, which stops and restarts SMS_EXECUTIVE.\n\n' +
		'Offline mode is refused while the role holds a Microsoft Intune subscription (remove it first with ' +
		'Remove-ScpIntuneSubscription); nothing changes then.',
	parameters: [
		{
			name: 'Mode',
			type: 'string',
			mandatory: true,
			position: 0,
			validateSet: ['Online', 'Offline'],
			help: 'The mode to configure: Online (checks for updates every 24 hours) or Offline (never contacts the cloud; use the Service Connection Tool).',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the service connection point (Scpsh.ScpStatus) after the change. By default the cmdlet writes no output.',
		},
	],
	outputs: ['None', 'Scpsh.ScpStatus (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Switch to offline mode and apply it',
			code: 'Set-ScpMode -Mode Offline\nRestart-Component -Name SMS_DMP_DOWNLOADER\n(Get-ScpStatus).EffectiveMode',
			remarks:
				'The warning says the change waits for SMS_DMP_DOWNLOADER; restarting that thread (in simulated seconds) applies it.',
			expect: ['Offline'],
		},
		{
			title: 'See the change pending',
			code: 'Set-ScpMode Offline -PassThru -WarningAction SilentlyContinue | Format-List Mode, EffectiveMode, RestartRequired',
			remarks: 'Mode is Offline at once, EffectiveMode is still Online, and RestartRequired is True.',
			expect: ['Offline', 'Online', 'True'],
		},
		{
			title: 'Preview the change',
			code: 'Set-ScpMode -Mode Offline -WhatIf',
			remarks: 'With -WhatIf nothing changes; the cmdlet says what it would do.',
			expect: ['What if: Performing the operation "Set mode to Offline" on target "Service connection point on CM01.contoso.com (site PS1)".'],
		},
	],
	related: ['Get-ScpStatus', 'Restart-Component', 'Start-MaintenanceTask', 'Add-ScpIntuneSubscription', 'about_ScpModes'],
	async process(ctx) {
		const site = siteOf(ctx);
		const mode: string = ctx.params.Mode;
		if (!(await ctx.shouldProcess(scpTarget(site), `Set mode to ${mode}`))) return;
		const {status, warnings} = callSite(ctx, () => site.setScpMode(mode));
		writeWarnings(ctx, warnings);
		if (ctx.params.PassThru) ctx.write(toPSObject('Scpsh.ScpStatus', status));
	},
};

export default def;
