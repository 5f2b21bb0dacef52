// Start-ScpUpdateDownload: the console's Download action for an update that is Available to download (or
// whose download failed). The download itself runs over simulated time.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {completeUpdateNames, trySite} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Start-ScpUpdateDownload',
	synopsis: 'Starts downloading an update that is available to download.',
	description:
		'Start-ScpUpdateDownload starts the download of an update whose state is Available to download, or whose ' +
		'download failed, as the console\'s Download action does. The service connection point downloads it over simulated ' +
		'time (PercentComplete grows; Get-ScpUpdate shows it) and the update becomes Ready to install. A remote service ' +
		'connection point needs its Site System Installation Account before the update can be transferred to the site server.\n\n' +
		'Downloads need the role in online mode. The cmdlet returns at once; let time pass with Step-SimClock to watch the ' +
		'download. Update objects piped from Get-ScpUpdate bind by their Name.',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			mandatory: true,
			position: 0,
			valueFromPipelineByPropertyName: true,
			complete: completeUpdateNames,
			help: 'The name, ID or KB number of the update to download.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the update (Scpsh.Update) after the download started.',
		},
	],
	outputs: ['None', 'Scpsh.Update (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	examples: [
		{
			title: 'Retry a failed download',
			code:
				'Set-SimNetwork -Block blob.core.windows.net\nStep-SimClock 72h\n(Get-ScpUpdate KB30385346).State\n' +
				'Set-SimNetwork -Allow blob.core.windows.net\nGet-ScpUpdate KB30385346 | Start-ScpUpdateDownload\nStep-SimClock 1h\n(Get-ScpUpdate KB30385346).State',
			remarks: 'The check works but the download fails while blob.core.windows.net is blocked; once it is allowed again, the retry finishes.',
			expect: ['Failed', 'Ready to install'],
		},
	],
	related: ['Get-ScpUpdate', 'Install-ScpUpdate', 'Invoke-ScpUpdateCheck'],
	async process(ctx) {
		const site = siteOf(ctx);
		const name: string = ctx.params.Name;
		if (!(await ctx.shouldProcess(name, 'Download the update'))) return;
		const update = trySite(ctx, () => site.startUpdateDownload(name));
		if (update && ctx.params.PassThru) ctx.write(toPSObject('Scpsh.Update', update));
	},
};

export default def;
