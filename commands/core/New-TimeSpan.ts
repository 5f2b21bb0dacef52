// New-TimeSpan: a [timespan] from two dates or from its parts. The end date defaults to the SIMULATED now (the
// site's clock), so `New-TimeSpan -Start $t` measures simulated time, as Get-Date does.

import type {CmdletDef} from '../../src/engine/command.ts';
import {PSDateTime, PSTimeSpan} from '../../src/engine/values.ts';
import {siteOf} from '../_lib/site.ts';

const part = (name: string, what: string) => ({
	name,
	type: 'int' as const,
	sets: ['Time'],
	default: 0,
	help: `The number of ${what} in the time span (may be negative). The default is 0.`,
});

const def: CmdletDef = {
	name: 'New-TimeSpan',
	synopsis: 'Creates a TimeSpan object.',
	description:
		'New-TimeSpan returns a [timespan]: the time from -Start to -End, or the sum of -Days, -Hours, -Minutes, ' +
		'-Seconds and -Milliseconds. A missing -Start or -End is the current simulated time (the site\'s clock, ' +
		'as Get-Date gives it), so `New-TimeSpan -Start $then` measures how much simulated time has passed. A start ' +
		'after the end gives a negative span.',
	defaultParameterSet: 'Date',
	parameters: [
		{
			name: 'Start',
			type: 'datetime',
			position: 0,
			sets: ['Date'],
			aliases: ['LastWriteTime'],
			valueFromPipelineByPropertyName: true,
			help: 'The start of the span. The default is the current simulated time.',
		},
		{
			name: 'End',
			type: 'datetime',
			position: 1,
			sets: ['Date'],
			valueFromPipelineByPropertyName: true,
			help: 'The end of the span. The default is the current simulated time.',
		},
		part('Days', 'days'),
		part('Hours', 'hours'),
		part('Minutes', 'minutes'),
		part('Seconds', 'seconds'),
		part('Milliseconds', 'milliseconds'),
	],
	outputs: ['System.TimeSpan'],
	examples: [
		{
			title: 'A span from its parts',
			code: '(New-TimeSpan -Hours 1 -Minutes 30).TotalMinutes',
			remarks: 'One hour and thirty minutes is 90 minutes.',
			expect: ['90'],
		},
		{
			title: 'The time between two dates',
			code: "(New-TimeSpan -Start '2025-03-01' -End '2025-03-15 12:00').ToString()",
			remarks: 'Fourteen and a half days, in the d.hh:mm:ss form.',
			expect: ['14.12:00:00'],
		},
		{
			title: 'Simulated time that has passed',
			code: "$start = Get-Date\nStep-SimClock 2h\n(New-TimeSpan -Start $start).TotalHours",
			remarks: 'The end defaults to the site\'s clock, which Step-SimClock moved by exactly two hours.',
			expect: ['2'],
		},
	],
	related: ['Get-Date', 'Step-SimClock'],
	process(ctx) {
		const p = ctx.params;
		if (ctx.parameterSet === 'Time') {
			ctx.write(PSTimeSpan.from(Number(p.Days ?? 0), Number(p.Hours ?? 0), Number(p.Minutes ?? 0), Number(p.Seconds ?? 0), Number(p.Milliseconds ?? 0)));
			return;
		}
		// Read the clock once, so a missing -Start and -End give exactly zero.
		const now = siteOf(ctx).now;
		const start = p.Start instanceof PSDateTime ? p.Start.ms : now;
		const end = p.End instanceof PSDateTime ? p.End.ms : now;
		ctx.write(new PSTimeSpan(end - start));
	},
};

export default def;
