// Start-Component: the Service Manager's Start. The operation happens at once for every component named or piped;
// the wait (in simulated time, unless -NoWait) happens once at the end, for all of them (commands/_lib/components.ts).

import type {CmdletDef} from '../../src/engine/command.ts';
import {componentParameters, endComponents, processComponents} from '../_lib/components.ts';

const def: CmdletDef = {
	name: 'Start-Component',
	synopsis: 'Starts stopped components of a site server and waits until they run.',
	description:
		'Start-Component starts components as the Configuration Manager Service Manager\'s Start does, and waits in ' +
		'simulated time (a few seconds) until they are running. Starting SMS_EXECUTIVE starts its threads with it; a thread ' +
		'cannot start while SMS_EXECUTIVE is stopped. When SMS_DMP_DOWNLOADER starts it runs with the service connection ' +
		'point\'s configured mode, so a pending mode change takes effect.\n\n' +
		'Names may hold wildcards; without -SiteCode or -ServerName they mean the components of the top-tier site. ' +
		'Components piped from Get-Component are started on their own server. -NoWait returns at once. In the ' +
		'interactive shell the wait follows the live clock and Ctrl+C stops waiting.',
	parameters: componentParameters('start'),
	outputs: ['None', 'Scpsh.Component (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Query, stop, query, start: the Service Manager procedure',
			code:
				'Set-ScpMode Offline -WarningAction SilentlyContinue\nStop-Component SMS_DMP_DOWNLOADER\n(Get-Component SMS_DMP_DOWNLOADER).State\n' +
				'Start-Component SMS_DMP_DOWNLOADER\n(Get-ScpStatus).EffectiveMode',
			remarks: 'When the thread starts again it runs with the configured mode: the pending change to offline takes effect.',
			expect: ['Stopped', 'Offline'],
		},
		{
			title: 'Start the service with its threads',
			code: 'Stop-Component SMS_EXECUTIVE\nStart-Component SMS_EXECUTIVE\n(Get-Component SMS_DMP_UPLOADER).State',
			remarks: 'Starting SMS_EXECUTIVE starts its threads too; the cmdlet waits for them.',
			expect: ['Running'],
		},
	],
	related: ['Stop-Component', 'Restart-Component', 'Get-Component'],
	process: (ctx) => processComponents(ctx, 'start'),
	end: (ctx) => endComponents(ctx),
};

export default def;
