// Invoke-CMSiteUpdateDownload: the console's "Download" for an update that is available to download.

import type {CmdletDef} from '../../src/engine/command.ts';
import {requireSiteDrive, updatePackageObject, wildcardParameters} from '../_lib/cm-objects.ts';
import {forceParam, passThruParam, updateInputParam, updateNameParam} from '../_lib/cm-params.ts';
import {updateNameOf} from '../_lib/cm-updates.ts';
import {siteOf} from '../_lib/site.ts';
import {trySite, whatIfRequested} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Invoke-CMSiteUpdateDownload',
	synopsis: 'Starts downloading a Configuration Manager update.',
	description:
		'Invoke-CMSiteUpdateDownload starts the download of an update that is available to download (State 327682) ' +
		'or whose download failed (327679), as the console\'s Download action does. The service connection point ' +
		'downloads it in the background; Get-CMSiteUpdate shows it downloading (262145) and then ready to install ' +
		'(262146). Name the update with -Name or pipe it from Get-CMSiteUpdate.\n\n' +
		'The download needs the service connection point in online mode; in offline mode it is refused (bring updates in ' +
		'with ServiceConnectionTool.exe). -Force skips confirmation. Run it from a Configuration Manager drive.\n\n' +
		'Simulated: the download takes simulated time (let it pass with Step-SimClock or Start-Sleep) and fails when the ' +
		'network blocks the download endpoints.',
	defaultParameterSet: 'ByValue',
	parameters: [
		updateInputParam(['ByValue']),
		updateNameParam(['ByName'], 'The update name, such as "Configuration Manager 2503".'),
		forceParam('Starts the download'),
		passThruParam('the update (IResultObject#SMS_CM_UpdatePackages)'),
		...wildcardParameters,
	],
	outputs: ['None', 'IResultObject#SMS_CM_UpdatePackages (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Download release 2503 and wait for it',
			code: 'Step-SimClock 21d\n$u = Get-CMSiteUpdate -Fast -Name \'Configuration Manager 2503\'\n' +
				'if ($u.State -eq 327682) { Invoke-CMSiteUpdateDownload -Name $u.Name -Force }\nStep-SimClock 6h\n' +
				'(Get-CMSiteUpdate -Fast -Name \'Configuration Manager 2503\').StateName',
			remarks: 'Online sites download applicable updates on their own; this starts a download that has not started.',
			expect: ['Ready to install'],
		},
	],
	related: ['Get-CMSiteUpdate', 'Install-CMSiteUpdate', 'Start-ScpUpdateDownload'],
	async process(ctx) {
		if (!requireSiteDrive(ctx)) return;
		const site = siteOf(ctx);
		const name = updateNameOf(ctx);
		const go = ctx.params.Force && !whatIfRequested(ctx) ? true : await ctx.shouldProcess(name, 'Invoke-CMSiteUpdateDownload');
		if (!go) return;
		const u = trySite(ctx, () => site.startUpdateDownload(name));
		if (u && ctx.params.PassThru) ctx.write(updatePackageObject(u));
	},
};

export default def;
