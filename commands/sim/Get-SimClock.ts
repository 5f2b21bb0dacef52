// Get-SimClock: the simulated clock — where it stands, how fast the TUI's live driver runs it, and whether it
// is paused. Scripts never see it move on its own: only commands move it.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf} from '../_lib/site.ts';
import {scenarioTime, simClockObject} from '../_lib/sim.ts';
import {MINUTE} from '../../src/site/index.ts';

const def: CmdletDef = {
	name: 'Get-SimClock',
	synopsis: 'Gets the simulated clock: the current simulated time, its rate and whether it is paused.',
	description:
		'Get-SimClock returns the clock of the simulated site as a Scpsh.SimClock object. Now is the simulated time ' +
		'(UTC; the simulation has no time zone). Rate is how many simulated seconds pass per real second while the ' +
		'interactive shell (the TUI) runs the clock live; Paused says whether the live clock is stopped. NextEventAt is ' +
		'when the site next has something scheduled (a component finishing a restart, the next update check, a backup).\n\n' +
		'In scripts (piped input, -File, -Command) the clock never moves by itself: it moves only when a command moves ' +
		'it (Step-SimClock, Start-Sleep, or a cmdlet that waits for a restart), so the same script always prints the ' +
		'same times. Rate and Paused are kept with the lab and apply when the TUI runs.',
	parameters: [],
	outputs: ['Scpsh.SimClock'],
	examples: [
		{
			title: 'Show the clock',
			code: 'Get-SimClock',
			remarks: 'A new default site starts in March 2025 (the same moment every time), at rate 1, not paused.',
			expect: [scenarioTime(0, 'G'), 'False'],
		},
		{
			title: 'See the clock move in a script',
			code: 'Step-SimClock -Duration 90m\n(Get-SimClock).Now.ToString(\'yyyy-MM-dd HH:mm\')',
			remarks: 'Only Step-SimClock moved the clock: ninety minutes later than the start.',
			expect: [scenarioTime(90 * MINUTE, 'yyyy-MM-dd HH:mm')],
		},
	],
	related: ['Set-SimClock', 'Step-SimClock', 'Start-Sleep', 'Get-Date', 'about_SimClock'],
	process(ctx) {
		const clock = siteOf(ctx).getClock();
		ctx.write(simClockObject(clock));
	},
};

export default def;
