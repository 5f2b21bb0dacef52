// Remove-ScpIntuneSubscription: detaches the Intune subscription; offline mode is allowed again afterwards.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, scpTarget} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Remove-ScpIntuneSubscription',
	synopsis: 'Removes the Microsoft Intune subscription from the service connection point.',
	description:
		'Remove-ScpIntuneSubscription removes the Microsoft Intune subscription from the service connection point. The ' +
		'role stays in its current mode; offline mode can be chosen again (Set-ScpMode -Mode Offline), and the Intune ' +
		'endpoints are no longer needed. Without a subscription the cmdlet writes an ObjectNotFound error.',
	parameters: [
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the service connection point (Scpsh.ScpStatus) after the change.',
		},
	],
	outputs: ['None', 'Scpsh.ScpStatus (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Remove the subscription, then go offline',
			code:
				'Add-ScpIntuneSubscription 0f2c6a4e-8b1d-4c3a-9e57-6d2b1f0a9c38\nRemove-ScpIntuneSubscription\n' +
				'Set-ScpMode Offline -WarningAction SilentlyContinue\n(Get-ScpStatus).Mode',
			remarks: 'Once the subscription is gone, offline mode is accepted.',
			expect: ['Offline'],
		},
	],
	related: ['Add-ScpIntuneSubscription', 'Set-ScpMode', 'about_ScpModes'],
	async process(ctx) {
		const site = siteOf(ctx);
		if (!(await ctx.shouldProcess(scpTarget(site), 'Remove the Microsoft Intune subscription'))) return;
		const status = callSite(ctx, () => site.removeIntuneSubscription());
		if (ctx.params.PassThru) ctx.write(toPSObject('Scpsh.ScpStatus', status));
	},
};

export default def;
