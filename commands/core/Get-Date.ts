// Get-Date: the SIMULATED date and time — the site's clock, not the computer's — or a date given with -Date,
// adjusted and formatted as pwsh does. Every date is UTC: the simulation has no time zone.

import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {dateParts, dayOfYear, daysInMonth, FormatError, formatDate, MAX_DATE_MS, MIN_DATE_MS, utcMs} from '../../src/engine/dates.ts';
import {PSDateTime} from '../../src/engine/values.ts';
import {siteOf} from '../_lib/site.ts';
import {scenarioTime} from '../_lib/sim.ts';

const DAY_MS = 86_400_000;

/** pwsh's named -Format values (Get-Date -Format FileDate and friends). */
const NAMED_FORMATS: Record<string, string> = {
	filedate: 'yyyyMMdd',
	filedateuniversal: "yyyyMMdd'Z'",
	filedatetime: "yyyyMMdd'T'HHmmssffff",
	filedatetimeuniversal: "yyyyMMdd'T'HHmmssffff'Z'",
};

/** DateTime.AddMonths: the day is kept unless the target month is shorter (31 January + 1 month = 28/29 February). */
function addMonths(ms: number, months: number): number {
	const p = dateParts(new PSDateTime(ms));
	const total = p.year * 12 + (p.month - 1) + months;
	const year = Math.floor(total / 12);
	const month = total - year * 12 + 1;
	if (year < 1 || year > 9999) return Number.NaN;
	return utcMs(year, month, Math.min(p.day, daysInMonth(year, month)), p.hour, p.minute, p.second, p.millisecond) + (ms - Math.floor(ms));
}

const pad = (n: number, width = 2, fill = '0'): string => String(n).padStart(width, fill);

/** Calendar.GetWeekOfYear with CalendarWeekRule.FirstDay: week 1 holds 1 January; weeks start on `firstDay`. */
function weekOfYear(d: PSDateTime, firstDay: number): number {
	const p = dateParts(d);
	const jan1 = new Date(utcMs(p.year, 1, 1)).getUTCDay();
	return Math.floor((dayOfYear(d) - 1 + ((jan1 - firstDay + 7) % 7)) / 7) + 1;
}

/** ISO 8601 week and week-based year (ISOWeek.GetWeekOfYear / GetYear). */
function isoWeek(d: PSDateTime): {week: number; year: number} {
	const p = dateParts(d);
	const dow = p.dayOfWeek === 0 ? 7 : p.dayOfWeek;
	// The Thursday of this week decides the year.
	const thursday = new PSDateTime(utcMs(p.year, p.month, p.day) + (4 - dow) * DAY_MS);
	const year = dateParts(thursday).year;
	return {week: Math.floor((dayOfYear(thursday) - 1) / 7) + 1, year};
}

/** -UFormat: the Unix date specifiers pwsh documents (%Y %m %d %H %M %S %A %B %j %s %V ...). */
function uformat(d: PSDateTime, format: string): string {
	const p = dateParts(d);
	let out = '';
	for (let i = 0; i < format.length; i++) {
		const ch = format[i]!;
		if (ch !== '%' || i + 1 >= format.length) {
			out += ch;
			continue;
		}
		const spec = format[++i]!;
		switch (spec) {
			case 'A': out += formatDate(d, 'dddd'); break;
			case 'a': out += formatDate(d, 'ddd'); break;
			case 'B': out += formatDate(d, 'MMMM'); break;
			case 'b': case 'h': out += formatDate(d, 'MMM'); break;
			case 'C': out += pad(Math.floor(p.year / 100)); break;
			case 'c': out += formatDate(d, 'ddd MMM dd HH:mm:ss yyyy'); break;
			case 'D': case 'x': out += formatDate(d, 'MM/dd/yy'); break;
			case 'd': out += pad(p.day); break;
			case 'e': out += pad(p.day, 2, ' '); break;
			case 'F': out += formatDate(d, 'yyyy-MM-dd'); break;
			case 'G': out += String(isoWeek(d).year); break;
			case 'g': out += pad(isoWeek(d).year % 100); break;
			case 'H': out += pad(p.hour); break;
			case 'I': out += pad(p.hour % 12 || 12); break;
			case 'j': out += pad(dayOfYear(d), 3); break;
			case 'k': out += pad(p.hour, 2, ' '); break;
			case 'l': out += pad(p.hour % 12 || 12, 2, ' '); break;
			case 'M': out += pad(p.minute); break;
			case 'm': out += pad(p.month); break;
			case 'n': out += '\n'; break;
			case 'p': out += p.hour < 12 ? 'AM' : 'PM'; break;
			case 'R': out += formatDate(d, 'HH:mm'); break;
			case 'r': out += formatDate(d, 'hh:mm:ss tt'); break;
			case 'S': out += pad(p.second); break;
			case 's': out += String(Math.floor(d.ms / 1000)); break;
			case 'T': case 'X': out += formatDate(d, 'HH:mm:ss'); break;
			case 't': out += '\t'; break;
			case 'U': out += pad(weekOfYear(d, 0)); break;
			case 'u': out += String(p.dayOfWeek === 0 ? 7 : p.dayOfWeek); break;
			case 'V': out += pad(isoWeek(d).week); break;
			case 'W': out += pad(weekOfYear(d, 1)); break;
			case 'w': out += String(p.dayOfWeek); break;
			case 'Y': out += String(p.year); break;
			case 'y': out += pad(p.year % 100); break;
			case 'Z': out += '+00'; break;
			case '%': out += '%'; break;
			default: out += `%${spec}`;
		}
	}
	return out;
}

/** Applies -Year ... -Millisecond the way pwsh does: by adding the difference, so the other parts carry over. */
function adjust(ctx: CmdletContext, ms: number): number {
	const p = ctx.params;
	const parts = () => dateParts(new PSDateTime(ms));
	if (ctx.isBound('Year')) ms = addMonths(ms, (p.Year - parts().year) * 12);
	if (ctx.isBound('Month') && !Number.isNaN(ms)) ms = addMonths(ms, p.Month - parts().month);
	if (ctx.isBound('Day')) ms += (p.Day - parts().day) * DAY_MS;
	if (ctx.isBound('Hour')) ms += (p.Hour - parts().hour) * 3_600_000;
	if (ctx.isBound('Minute')) ms += (p.Minute - parts().minute) * 60_000;
	if (ctx.isBound('Second')) ms += (p.Second - parts().second) * 1000;
	if (ctx.isBound('Millisecond')) ms += p.Millisecond - parts().millisecond;
	return ms;
}

const part = (name: string, range: readonly [number, number], what: string) => ({
	name,
	type: 'int' as const,
	validateRange: range,
	help: `Sets the ${what} of the date (${range[0]}-${range[1]}); the other parts are kept.`,
});

const FORMAT_SETS = ['DateAndFormat', 'UnixTimeSecondsAndFormat'];
const UFORMAT_SETS = ['DateAndUFormat', 'UnixTimeSecondsAndUFormat'];

const def: CmdletDef = {
	name: 'Get-Date',
	synopsis: 'Gets the current simulated date and time, or a date you give, optionally adjusted and formatted.',
	description:
		'Get-Date returns a [datetime]. Without -Date it is the simulated site\'s current time, not the computer\'s: a ' +
		'script that lets time pass (Step-SimClock, Start-Sleep) sees the clock move by exactly that much, and the same ' +
		'script prints the same dates every run. Dates are UTC, the simulation has no time zone.\n\n' +
		'-Date starts from another date; -UnixTimeSeconds from a Unix time. -Year, -Month, -Day, -Hour, -Minute, -Second ' +
		'and -Millisecond replace that part and keep the rest (as pwsh does, by adding the difference: -Day 31 in a ' +
		'30-day month rolls into the next month). -Format returns a string formatted with a .NET format string (yyyy-MM-dd, ' +
		'o, s, u...) or the names FileDate, FileDateUniversal, FileDateTime and FileDateTimeUniversal; -UFormat takes the ' +
		'Unix specifiers pwsh documents (%Y-%m-%d, %H:%M:%S, %A, %B, %j, %s, %V and the rest). -DisplayHint and -AsUTC ' +
		'are accepted for compatibility; the value is UTC already and always displays in full.',
	defaultParameterSet: 'DateAndFormat',
	parameters: [
		{
			name: 'Date',
			type: 'datetime',
			position: 0,
			sets: ['DateAndFormat', 'DateAndUFormat'],
			aliases: ['LastWriteTime'],
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			help: 'The date to start from. By default, the current simulated time.',
		},
		{
			name: 'UnixTimeSeconds',
			type: 'long',
			mandatory: true,
			sets: ['UnixTimeSecondsAndFormat', 'UnixTimeSecondsAndUFormat'],
			aliases: ['UnixTime'],
			help: 'A Unix time (seconds since 1 January 1970 UTC) to start from instead.',
		},
		part('Year', [1, 9999], 'year'),
		part('Month', [1, 12], 'month'),
		part('Day', [1, 31], 'day of the month'),
		part('Hour', [0, 23], 'hour'),
		part('Minute', [0, 59], 'minute'),
		part('Second', [0, 59], 'second'),
		part('Millisecond', [0, 999], 'millisecond'),
		{
			name: 'DisplayHint',
			type: 'string',
			validateSet: ['Date', 'Time', 'DateTime'],
			help: 'Accepted for compatibility: which parts pwsh would display. scpsh always displays the whole date and time.',
		},
		{
			name: 'Format',
			type: 'string',
			sets: FORMAT_SETS,
			complete: () => ['yyyy-MM-dd', 'HH:mm:ss', 'o', 's', 'u', 'FileDate', 'FileDateTime', 'FileDateUniversal', 'FileDateTimeUniversal'],
			help: 'Returns the date as a string in this .NET format (yyyy-MM-dd HH:mm, o, s, u...), or FileDate, FileDateTime and their Universal forms.',
		},
		{
			name: 'UFormat',
			type: 'string',
			mandatory: true,
			sets: UFORMAT_SETS,
			help: 'Returns the date as a string in this Unix format: %Y-%m-%d, %H:%M:%S, %A %B %e, %s (Unix seconds), %V (ISO week).',
		},
		{
			name: 'AsUTC',
			type: 'switch',
			help: 'Accepted for compatibility: simulated dates are UTC already.',
		},
	],
	outputs: ['System.DateTime', 'System.String (with -Format or -UFormat)'],
	examples: [
		{
			title: 'The simulated time',
			code: 'Get-Date -Format \'yyyy-MM-dd HH:mm\'',
			remarks: 'The site\'s clock, which a new default site starts in March 2025 (UTC), not the computer\'s.',
			expect: [scenarioTime(0, 'yyyy-MM-dd HH:mm')],
		},
		{
			title: 'The clock moves only when the script moves it',
			code: '$start = Get-Date\nStep-SimClock 36h\n((Get-Date) - $start).TotalHours',
			remarks: 'Exactly 36 simulated hours passed; the same script prints the same number every time.',
			expect: ['36'],
		},
		{
			title: 'Adjust and format a date',
			code: 'Get-Date -Date \'2025-01-31\' -Month 2 -UFormat \'%A %d %B %Y\'',
			remarks: 'Setting the month of 31 January to February gives the last day of February.',
			expect: ['Friday 28 February 2025'],
		},
		{
			title: 'A file name from the date',
			code: '"backup-$(Get-Date -Format FileDate).log"',
			remarks: 'FileDate is yyyyMMdd.',
			expect: [`backup-${scenarioTime(0, 'yyyyMMdd')}.log`],
		},
	],
	related: ['Get-SimClock', 'Step-SimClock', 'Start-Sleep', 'about_SimClock'],
	process(ctx) {
		const p = ctx.params;
		let ms: number;
		if (ctx.parameterSet.startsWith('UnixTime')) ms = Number(p.UnixTimeSeconds) * 1000;
		else if (ctx.isBound('Date') && p.Date instanceof PSDateTime) ms = p.Date.ms;
		else ms = siteOf(ctx).now;
		ms = adjust(ctx, ms);
		if (!Number.isFinite(ms) || ms < MIN_DATE_MS || ms > MAX_DATE_MS) {
			ctx.fail({
				message: 'The added or subtracted value results in an un-representable DateTime.',
				category: 'InvalidArgument',
				id: 'ArgumentOutOfRange',
				exceptionType: 'ArgumentOutOfRangeException',
			});
		}
		const date = new PSDateTime(ms);
		if (ctx.isBound('UFormat')) {
			ctx.write(uformat(date, String(p.UFormat)));
			return;
		}
		if (ctx.isBound('Format') && p.Format !== null) {
			const format = String(p.Format);
			try {
				ctx.write(formatDate(date, NAMED_FORMATS[format.toLowerCase()] ?? format));
			} catch (e) {
				if (!(e instanceof FormatError)) throw e;
				ctx.fail({message: e.message, category: 'InvalidArgument', id: 'FormatException', target: format, exceptionType: 'FormatException'});
			}
			return;
		}
		ctx.write(date);
	},
};

export default def;
