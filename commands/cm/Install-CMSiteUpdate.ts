// Install-CMSiteUpdate: the console's "Install Update Pack": prerequisite check, then installation over simulated
// time, component restarts, and the site's new version.

import type {CmdletDef} from '../../src/engine/command.ts';
import {requireSiteDrive, updatePackageObject, wildcardParameters} from '../_lib/cm-objects.ts';
import {forceParam, passThruParam, updateInputParam, updateNameParam} from '../_lib/cm-params.ts';
import {updateNameOf} from '../_lib/cm-updates.ts';
import {siteOf} from '../_lib/site.ts';
import {trySite, whatIfRequested} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Install-CMSiteUpdate',
	synopsis: 'Installs a Configuration Manager update that is ready to install.',
	description:
		'Install-CMSiteUpdate installs an update that is ready to install (State 262146), or retries one whose ' +
		'prerequisite check or installation failed. The site runs the prerequisite check (131073, then 131074 passed or ' +
		'196607 failed), then installs (196609) and ends Installed (196612) or failed (262143); SMS_EXECUTIVE and the ' +
		'components restart and the site\'s version changes. The cmdlet returns at once; let simulated time pass and ' +
		'follow the State with Get-CMSiteUpdate. Name the update with -Name or pipe it from Get-CMSiteUpdate.\n\n' +
		'The cmdlet asks for confirmation; -Force installs without asking (scripts need -Force or -Confirm:$false). ' +
		'Run it from a Configuration Manager drive.\n\n' +
		'Simulated: -SkipPrerequisiteCheck and -PreproductionCollection are accepted for compatibility; the simulated ' +
		'site always runs its (short) prerequisite check and has no client pre-production collection.',
	defaultParameterSet: 'ByValue',
	parameters: [
		updateInputParam(['ByValue']),
		updateNameParam(['ByName'], 'The update name, such as "Configuration Manager 2503".'),
		forceParam('Installs the update'),
		passThruParam('the update (IResultObject#SMS_CM_UpdatePackages)'),
		{
			name: 'PreproductionCollection',
			type: 'object',
			aliases: ['PreproductionClientCollection'],
			help: 'A collection to test the new client version on first. Accepted for compatibility; not simulated.',
		},
		{
			name: 'SkipPrerequisiteCheck',
			type: 'switch',
			help: 'Skips the prerequisite check. Accepted for compatibility; the simulated site always runs its short check.',
		},
		...wildcardParameters,
	],
	outputs: ['None', 'IResultObject#SMS_CM_UpdatePackages (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'High',
	examples: [
		{
			title: 'Install release 2503 once it is ready',
			code: 'Step-SimClock 30d\nGet-CMSiteUpdate -Fast -Name \'Configuration Manager 2503\' | Install-CMSiteUpdate -Force\n' +
				'Step-SimClock 1d\n(Get-CMSite).Version',
			remarks: 'The prerequisite check and installation take simulated time; afterwards the site runs 2503 (build 9135).',
			expect: ['5.00.9135.1000'],
		},
		{
			title: 'Preview',
			code: 'Step-SimClock 30d\nInstall-CMSiteUpdate -Name \'Configuration Manager 2503\' -WhatIf',
			remarks: 'Nothing is installed with -WhatIf.',
			expect: ['What if: Performing the operation "Install-CMSiteUpdate" on target "Configuration Manager 2503".'],
		},
	],
	related: ['Get-CMSiteUpdate', 'Invoke-CMSiteUpdatePrerequisiteCheck', 'Install-ScpUpdate'],
	async process(ctx) {
		if (!requireSiteDrive(ctx)) return;
		const site = siteOf(ctx);
		const name = updateNameOf(ctx);
		const go = ctx.params.Force && !whatIfRequested(ctx) ? true : await ctx.shouldProcess(name, 'Install-CMSiteUpdate');
		if (!go) return;
		const u = trySite(ctx, () => site.installUpdate(name));
		if (u && ctx.params.PassThru) ctx.write(updatePackageObject(u));
	},
};

export default def;
