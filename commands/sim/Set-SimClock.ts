// Set-SimClock: the live clock's rate, or pausing and resuming it. Only the TUI runs the clock live; scripts keep
// these settings (they are saved with the lab) but move the clock only through Step-SimClock and friends.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf} from '../_lib/site.ts';
import {simClockObject} from '../_lib/sim.ts';
import {callSite} from '../_lib/site-cmdlet.ts';

/** The site's limit on the rate (src/site/clock.ts): above 0, at most a million simulated seconds per second. */
const MAX_RATE = 1_000_000;

const def: CmdletDef = {
	name: 'Set-SimClock',
	synopsis: 'Sets the rate of the live simulated clock, or pauses or resumes it.',
	description:
		'Set-SimClock controls how the simulated clock runs while the interactive shell (the TUI) is open. -Rate sets ' +
		'how many simulated seconds pass per real second: 1 is real time, 60 makes a simulated minute pass each second, ' +
		'3600 an hour, 86400 a day. -Pause stops the live clock (commands can still move it); -Resume starts it again.\n\n' +
		'In scripts the clock does not run live: it moves only when a command moves it (Step-SimClock, Start-Sleep, a ' +
		'cmdlet waiting for a restart). The rate and the pause are stored with the lab, so they apply the next time it ' +
		'is opened in the TUI.',
	defaultParameterSet: 'Rate',
	parameters: [
		{
			name: 'Rate',
			type: 'double',
			mandatory: true,
			position: 0,
			sets: ['Rate'],
			help: `Simulated seconds per real second: above 0 and at most ${MAX_RATE}. 60 = a minute per second, 3600 = an hour per second.`,
			validate: (v) => (typeof v === 'number' && v > 0 && v <= MAX_RATE ? undefined :
				`The rate must be above 0 and at most ${MAX_RATE} simulated seconds per real second.`),
		},
		{
			name: 'Pause',
			type: 'switch',
			mandatory: true,
			sets: ['Pause'],
			help: 'Stops the live clock. Scheduled work waits; commands that move the clock still do.',
		},
		{
			name: 'Resume',
			type: 'switch',
			mandatory: true,
			sets: ['Resume'],
			help: 'Starts the live clock again at its rate.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the clock (Scpsh.SimClock) after the change. By default the cmdlet writes no output.',
		},
	],
	outputs: ['None', 'Scpsh.SimClock (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	examples: [
		{
			title: 'Make an hour pass every second in the TUI',
			code: 'Set-SimClock -Rate 3600 -PassThru',
			remarks: 'At this rate a day of the site passes in 24 seconds: long enough to watch the 24-hour update check.',
			expect: ['3600'],
		},
		{
			title: 'Pause the live clock, then resume it',
			code: 'Set-SimClock -Pause\n(Get-SimClock).Paused\nSet-SimClock -Resume\n(Get-SimClock).Paused',
			remarks: 'While paused nothing happens on its own; Step-SimClock still moves the clock.',
			expect: ['True', 'False'],
		},
	],
	related: ['Get-SimClock', 'Step-SimClock', 'about_SimClock'],
	async process(ctx) {
		const site = siteOf(ctx);
		const set = ctx.parameterSet;
		const action = set === 'Rate' ? `Set the clock rate to ${ctx.params.Rate}` : set === 'Pause' ? 'Pause the clock' : 'Resume the clock';
		if (!(await ctx.shouldProcess('Simulated clock', action))) return;
		const clock = callSite(ctx, () => (set === 'Rate' ? site.setRate(ctx.params.Rate) : set === 'Pause' ? site.pause() : site.resume()));
		if (!ctx.params.PassThru) return;
		ctx.write(simClockObject(clock));
	},
};

export default def;
