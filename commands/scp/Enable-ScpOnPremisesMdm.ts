// Enable-ScpOnPremisesMdm: the role's support for devices managed on premises that never reach the internet. It
// needs no cloud endpoint, so it works in either mode.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, scpTarget} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Enable-ScpOnPremisesMdm',
	synopsis: 'Enables the service connection point\'s support for on-premises mobile device management.',
	description:
		'Enable-ScpOnPremisesMdm enables the service connection point\'s support for mobile devices that you manage with ' +
		'on-premises infrastructure and that do not connect to the internet. The support works in online and offline ' +
		'mode alike and needs no cloud endpoint. Get-ScpStatus shows it as OnPremisesMdm.',
	parameters: [
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the service connection point (Scpsh.ScpStatus) after the change.',
		},
	],
	outputs: ['None', 'Scpsh.ScpStatus (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	examples: [
		{
			title: 'Enable on-premises MDM',
			code: 'Enable-ScpOnPremisesMdm\n(Get-ScpStatus).OnPremisesMdm',
			remarks: 'Get-ScpStatus shows the setting as OnPremisesMdm.',
			expect: ['True'],
		},
		{
			title: 'Works in offline mode too',
			code: 'Set-ScpMode Offline -WarningAction SilentlyContinue\nRestart-Component SMS_DMP_DOWNLOADER\nEnable-ScpOnPremisesMdm -PassThru | Format-List EffectiveMode, OnPremisesMdm',
			remarks: 'On-premises MDM needs no internet access, so the mode does not matter.',
			expect: ['Offline'],
		},
	],
	related: ['Disable-ScpOnPremisesMdm', 'Get-ScpStatus', 'about_ServiceConnectionPoint'],
	async process(ctx) {
		const site = siteOf(ctx);
		if (!(await ctx.shouldProcess(scpTarget(site), 'Enable on-premises MDM'))) return;
		const status = callSite(ctx, () => site.setOnPremisesMdm(true));
		if (ctx.params.PassThru) ctx.write(toPSObject('Scpsh.ScpStatus', status));
	},
};

export default def;
