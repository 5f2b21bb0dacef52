// Step-SimClock: moves the simulated clock forward at once, running everything the site had scheduled in
// between (update checks, downloads, restarts, backups) in order. This is how a script lets time pass.

import type {CmdletDef} from '../../src/engine/command.ts';
import {DAY, formatDuration, MINUTE, parseDuration, SECOND} from '../../src/site/index.ts';
import {siteOf} from '../_lib/site.ts';
import {scenarioTime, simClockObject} from '../_lib/sim.ts';
import {callSite, isSiteError} from '../_lib/site-cmdlet.ts';

/** The site's own parser decides what a duration is; its message becomes the validation error. */
function checkDuration(value: unknown): string | undefined {
	try {
		parseDuration(String(value));
		return undefined;
	} catch (e) {
		if (isSiteError(e)) return e.message;
		throw e;
	}
}

const def: CmdletDef = {
	name: 'Step-SimClock',
	synopsis: 'Moves the simulated clock forward by a duration, running what the site does in that time.',
	description:
		'Step-SimClock advances the simulated clock by -Duration at once. Everything the site had scheduled in that ' +
		'time happens, in order: components finish stopping and starting, the service connection point checks for ' +
		'updates every 24 hours and downloads them, usage data is uploaded weekly, the site backup runs, the status ' +
		'summarizer counts messages. The command returns when the clock has reached the new time; the cost depends on ' +
		'how much happens, not on how long the step is.\n\n' +
		'The duration is TimeSpan text — d.hh:mm:ss such as 1.00:00:00 (one day), hh:mm:ss such as 00:30:00, or hh:mm ' +
		'such as 10:00 (ten hours, as [timespan]\'10:00\' is in PowerShell) — or a number with a unit: 500ms, 90s, 45m, ' +
		'24h, 7d, 2w, and combinations such as 1h30m. Steps are limited to 100 years.\n\n' +
		'In scripts this is the way to let time pass (Start-Sleep does too); in the TUI the clock also runs live, and ' +
		'Step-SimClock jumps it ahead.',
	parameters: [
		{
			name: 'Duration',
			type: 'string',
			mandatory: true,
			position: 0,
			validate: checkDuration,
			complete: () => ['90s', '45m', '1h', '24h', '1.00:00:00', '7d', '30d'],
			help: 'How far to move the clock: TimeSpan text (1.00:00:00, 00:30:00, 10:00) or a number with a unit (90s, 45m, 24h, 7d, 1h30m).',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the clock (Scpsh.SimClock) after the step. By default the cmdlet writes no output.',
		},
	],
	outputs: ['None', 'Scpsh.SimClock (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	examples: [
		{
			title: 'Let a day pass',
			code: 'Step-SimClock -Duration 1.00:00:00 -PassThru',
			remarks: 'The clock moves one day ahead; the daily update check ran on the way.',
			expect: [scenarioTime(DAY, 'G')],
		},
		{
			title: 'Short forms',
			code: 'Step-SimClock 90s\nStep-SimClock 45m\n(Get-SimClock).Now.ToString(\'HH:mm:ss\')',
			remarks: 'Ninety seconds and forty-five minutes: the clock is 46 minutes 30 seconds past its start.',
			expect: [scenarioTime(46 * MINUTE + 30 * SECOND, 'HH:mm:ss')],
		},
		{
			title: 'Watch updates arrive over a month',
			code: 'Step-SimClock 30d\nGet-ScpUpdate | Select-Object Name, State',
			remarks: 'In the default scenario a hotfix rollup and release 2503 reach the cloud within the first 30 days; the SCP, online, finds and downloads them.',
			expect: ['Configuration Manager 2503'],
		},
	],
	related: ['Get-SimClock', 'Set-SimClock', 'Start-Sleep', 'about_SimClock'],
	async process(ctx) {
		const site = siteOf(ctx);
		const text = String(ctx.params.Duration);
		const ms = callSite(ctx, () => parseDuration(text));
		if (!(await ctx.shouldProcess('Simulated clock', `Advance the clock by ${formatDuration(ms)}`))) return;
		const events = callSite(ctx, () => site.advance(ms));
		ctx.writeVerbose(`The clock moved ${formatDuration(ms)}; ${events} scheduled event${events === 1 ? '' : 's'} ran.`);
		if (ctx.params.PassThru) ctx.write(simClockObject(site.getClock()));
	},
};

export default def;
