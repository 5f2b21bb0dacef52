// Stop-Component: the Service Manager's Stop. The operation happens at once for every component named or piped;
// the wait (in simulated time, unless -NoWait) happens once at the end, for all of them (commands/_lib/components.ts).

import type {CmdletDef} from '../../src/engine/command.ts';
import {componentParameters, endComponents, processComponents} from '../_lib/components.ts';

const def: CmdletDef = {
	name: 'Stop-Component',
	synopsis: 'Stops components of a site server and waits until they are stopped.',
	description:
		'Stop-Component stops components as the Configuration Manager Service Manager\'s Stop does, and waits in simulated ' +
		'time (a few seconds) until they are stopped. Stopping SMS_EXECUTIVE stops the service with all its threads. A ' +
		'stopped SMS_DMP_DOWNLOADER checks for and downloads nothing; the service connection point\'s configured mode is ' +
		'applied only when the thread starts again (Start-Component).\n\n' +
		'Names may hold wildcards; without -SiteCode or -ServerName they mean the components of the top-tier site. ' +
		'Components piped from Get-Component are stopped on their own server. -NoWait returns at once (the ' +
		'component shows Stopping until the clock moves). In the interactive shell the wait follows the live clock and ' +
		'Ctrl+C stops waiting.',
	parameters: componentParameters('stop'),
	outputs: ['None', 'Scpsh.Component (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Stop the downloader',
			code: 'Stop-Component -Name SMS_DMP_DOWNLOADER\n(Get-Component SMS_DMP_DOWNLOADER).State',
			remarks: 'The cmdlet returns when the thread has stopped.',
			expect: ['Stopped'],
		},
		{
			title: 'Return at once',
			code: 'Stop-Component SMS_DMP_DOWNLOADER -NoWait -PassThru | Select-Object Name, State',
			remarks: 'With -NoWait the thread is still stopping when the cmdlet returns.',
			expect: ['Stopping'],
		},
	],
	related: ['Start-Component', 'Restart-Component', 'Get-Component'],
	process: (ctx) => processComponents(ctx, 'stop'),
	end: (ctx) => endComponents(ctx),
};

export default def;
