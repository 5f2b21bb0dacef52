// Invoke-CMSiteUpdatePrerequisiteCheck: the console's "Run prerequisite check" for an update that is ready.

import type {CmdletDef} from '../../src/engine/command.ts';
import {requireSiteDrive, updatePackageObject, wildcardParameters} from '../_lib/cm-objects.ts';
import {passThruParam, updateInputParam, updateNameParam} from '../_lib/cm-params.ts';
import {updateNameOf} from '../_lib/cm-updates.ts';
import {siteOf} from '../_lib/site.ts';
import {trySite} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Invoke-CMSiteUpdatePrerequisiteCheck',
	synopsis: 'Runs the prerequisite check of a Configuration Manager update without installing it.',
	description:
		'Invoke-CMSiteUpdatePrerequisiteCheck runs the prerequisite check of an update that is ready to install, as the ' +
		'console\'s Run prerequisite check does. Get-CMSiteUpdate then shows 131073 (checking) and 131074 (passed) or ' +
		'196607 (failed); the update is not installed. Name it with -Name or pipe it from Get-CMSiteUpdate. Run it from a ' +
		'Configuration Manager drive.\n\nSimulated: the check takes a few simulated minutes.',
	defaultParameterSet: 'ByValue',
	parameters: [
		updateInputParam(['ByValue']),
		updateNameParam(['ByName'], 'The update name, such as "Configuration Manager 2503".'),
		passThruParam('the update (IResultObject#SMS_CM_UpdatePackages)'),
		...wildcardParameters,
	],
	outputs: ['None', 'IResultObject#SMS_CM_UpdatePackages (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Check the prerequisites of release 2503',
			code: 'Step-SimClock 30d\nInvoke-CMSiteUpdatePrerequisiteCheck -Name \'Configuration Manager 2503\'\nStep-SimClock 2h\n' +
				'(Get-CMSiteUpdate -Fast -Name \'Configuration Manager 2503\').State',
			remarks: '131074 is PREREQ_SUCCESS: the update can be installed.',
			expect: ['131074'],
		},
	],
	related: ['Install-CMSiteUpdate', 'Get-CMSiteUpdate'],
	async process(ctx) {
		if (!requireSiteDrive(ctx)) return;
		const site = siteOf(ctx);
		const name = updateNameOf(ctx);
		if (!(await ctx.shouldProcess(name, 'Invoke-CMSiteUpdatePrerequisiteCheck'))) return;
		const u = trySite(ctx, () => site.runPrerequisiteCheck(name));
		if (u && ctx.params.PassThru) ctx.write(updatePackageObject(u));
	},
};

export default def;
