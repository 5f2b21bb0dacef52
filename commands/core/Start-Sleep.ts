// Start-Sleep: waits — in SIMULATED time. In a script the site's clock jumps ahead by the interval at once (the
// script does not really wait, and everything the site had scheduled in that time happens); in the TUI the live
// clock runs, at its rate, until that much simulated time has passed, and Ctrl+C ends the wait.

import type {CmdletDef} from '../../src/engine/command.ts';
import {PSTimeSpan} from '../../src/engine/values.ts';
import {scenarioTime} from '../_lib/sim.ts';
import {HOUR, MINUTE} from '../../src/site/index.ts';

const INT32_MAX = 2147483647;

const def: CmdletDef = {
	name: 'Start-Sleep',
	aliases: ['sleep'],
	synopsis: 'Suspends the script for a period of simulated time.',
	description:
		'Start-Sleep lets the given time pass before the next command runs. scpsh measures it on the simulated site\'s ' +
		'clock, not the wall clock: in a script (piped input, -File, -Command) the simulated clock moves ahead by the ' +
		'interval at once, running everything the site had scheduled in that time (component restarts finishing, update ' +
		'checks, downloads, backups), and the command returns without really waiting, so runs are fast and give the same ' +
		'output every time. In the interactive shell the live clock runs at its rate (Set-SimClock -Rate) until the ' +
		'interval has passed in simulated time; Ctrl+C ends the wait early.\n\n' +
		'Give the interval in seconds (-Seconds, the default, decimals allowed), milliseconds (-Milliseconds) or as a ' +
		'[timespan] (-Duration). Get-Date and Get-SimClock show the simulated time.',
	defaultParameterSet: 'Seconds',
	parameters: [
		{
			name: 'Seconds',
			type: 'double',
			mandatory: true,
			position: 0,
			sets: ['Seconds'],
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			validateRange: [0, Math.floor(INT32_MAX / 1000)],
			help: 'How many seconds of simulated time to let pass. Decimals are allowed (0.5 is half a second).',
		},
		{
			name: 'Milliseconds',
			type: 'int',
			mandatory: true,
			sets: ['Milliseconds'],
			aliases: ['ms'],
			valueFromPipelineByPropertyName: true,
			validateRange: [0, INT32_MAX],
			help: 'How many milliseconds of simulated time to let pass.',
		},
		{
			name: 'Duration',
			type: 'timespan',
			mandatory: true,
			sets: ['FromTimeSpan'],
			aliases: ['ts'],
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			validate: (v) => {
				const ms = v instanceof PSTimeSpan ? v.ms : Number.NaN;
				return ms >= 0 && ms <= INT32_MAX ? undefined :
					`The duration must be between 00:00:00 and 24.20:31:23.6470000 (Int32.MaxValue milliseconds).`;
			},
			help: 'How much simulated time to let pass, as a [timespan] such as 00:05:00 or (New-TimeSpan -Minutes 5).',
		},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Wait two minutes in a script',
			code: 'Start-Sleep -Seconds 120\n(Get-Date).ToString(\'HH:mm:ss\')',
			remarks: 'The simulated clock jumps two minutes past its start; the script does not really wait.',
			expect: [scenarioTime(2 * MINUTE, 'HH:mm:ss')],
		},
		{
			title: 'Wait for a restart to finish',
			code: 'Restart-Component -Name SMS_DMP_DOWNLOADER -NoWait\nsleep 30\n(Get-Component -Name SMS_DMP_DOWNLOADER).State',
			remarks: 'A thread restart takes a few simulated seconds; after thirty it is running again.',
			expect: ['Running'],
		},
		{
			title: 'Wait with a timespan',
			code: 'Start-Sleep -Duration ([timespan]\'01:00:00\')\n(Get-SimClock).Now.ToString(\'HH:mm\')',
			remarks: 'One simulated hour passes.',
			expect: [scenarioTime(HOUR, 'HH:mm')],
		},
	],
	related: ['Step-SimClock', 'Get-Date', 'Get-SimClock', 'about_SimClock'],
	async process(ctx) {
		const p = ctx.params;
		const ms = ctx.parameterSet === 'Milliseconds' ? p.Milliseconds : ctx.parameterSet === 'FromTimeSpan' ? (p.Duration as PSTimeSpan).ms : p.Seconds * 1000;
		if (ms > 0) await ctx.session.waitSimulated(ms, ctx.signal);
	},
};

export default def;
