// Restart-Component: the Service Manager's Restart. The operation happens at once for every component named or piped;
// the wait (in simulated time, unless -NoWait) happens once at the end, for all of them (commands/_lib/components.ts).

import type {CmdletDef} from '../../src/engine/command.ts';
import {componentParameters, endComponents, processComponents} from '../_lib/components.ts';

const def: CmdletDef = {
	name: 'Restart-Component',
	synopsis: 'Restarts components of a site server and waits until they run again.',
	description:
		'Restart-Component stops and starts components, as Stop and then Start in the Configuration Manager Service ' +
		'Manager do, and waits in simulated time until they are running again. Restarting SMS_EXECUTIVE restarts the ' +
		'service and with it every thread of that server (most site components).\n\n' +
		'This is how a mode change of the service connection point takes effect: the configured mode is applied only ' +
		'when SMS_DMP_DOWNLOADER next starts. Restart-Component -Name SMS_DMP_DOWNLOADER restarts just that thread; ' +
		'Restart-Component -Name SMS_EXECUTIVE does it along with the rest. Restarting any other component leaves the ' +
		'change pending.\n\n' +
		'Names may hold wildcards; without -SiteCode or -ServerName they mean the components of the top-tier site. ' +
		'Components piped from Get-Component restart on their own server, all at once. -NoWait returns at once and ' +
		'lets the restart go on as the clock moves (in the interactive shell, watch the components pane). In the ' +
		'interactive shell the wait follows the live clock and Ctrl+C stops waiting.',
	parameters: componentParameters('restart'),
	outputs: ['None', 'Scpsh.Component (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Apply a mode change',
			code: 'Set-ScpMode -Mode Offline -WarningAction SilentlyContinue\nRestart-Component -Name SMS_DMP_DOWNLOADER\nGet-ScpStatus | Select-Object Mode, EffectiveMode, RestartRequired',
			remarks: 'After the restart the effective mode is Offline and no restart is required.',
			expect: ['Offline', 'False'],
		},
		{
			title: 'Restart what Get-Component found',
			code: 'Get-Component SMS_DMP_* | Restart-Component -PassThru | Select-Object Name, State',
			remarks: 'The components restart together, each on its own server.',
			expect: ['SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER', 'Running'],
		},
		{
			title: 'Restart the executive and watch',
			code: 'Restart-Component SMS_EXECUTIVE -NoWait\nStep-SimClock 00:00:05\n(Get-Component SMS_HIERARCHY_MANAGER).State\nStep-SimClock 1m\n(Get-Component SMS_HIERARCHY_MANAGER).State',
			remarks: 'SMS_EXECUTIVE takes its threads down with it and starts them again.',
			expect: ['Stopping', 'Running'],
		},
	],
	related: ['Stop-Component', 'Start-Component', 'Get-Component', 'Set-ScpMode', 'about_ScpModes'],
	process: (ctx) => processComponents(ctx, 'restart'),
	end: (ctx) => endComponents(ctx),
};

export default def;
