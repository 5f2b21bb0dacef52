// The methods of dates (`$d.AddDays(1)`, `$d.ToString('yyyy-MM-dd')`, `$d.Subtract($other)` …).

import {PSObject, PSDateTime, PSTimeSpan} from '../values.ts';
import {dotNetInfo} from '../types.ts';
import {dateParts, daysInMonth, formatDate, utcMs, MAX_DATE_MS, MIN_DATE_MS} from '../dates.ts';
import {arity, intArg, numberArg, strArg, typedArg} from './arguments.ts';
import {methodFailed, methodNotFound, withFormat} from './failures.ts';
import {MS_PER_DAY, TICKS_PER_MS, timeOfDayMs} from './time.ts';
import {method, methodTable} from './catalog.ts';

/** The methods of dates: what Get-Member lists and what dateMethod accepts. */
export const DATE_METHODS = methodTable([
	method('Add', 'datetime Add(timespan value)'),
	method('AddDays', 'datetime AddDays(double value)'),
	method('AddHours', 'datetime AddHours(double value)'),
	method('AddMilliseconds', 'datetime AddMilliseconds(double value)'),
	method('AddMinutes', 'datetime AddMinutes(double value)'),
	method('AddMonths', 'datetime AddMonths(int months)'),
	method('AddSeconds', 'datetime AddSeconds(double value)'),
	method('AddTicks', 'datetime AddTicks(long value)'),
	method('AddYears', 'datetime AddYears(int value)'),
	method('CompareTo', 'int CompareTo(System.Object value), int CompareTo(datetime value)'),
	method('Equals', 'bool Equals(System.Object value), bool Equals(datetime value)'),
	method('GetHashCode', 'int GetHashCode()'),
	method('IsDaylightSavingTime', 'bool IsDaylightSavingTime()'),
	method('Subtract', 'timespan Subtract(datetime value), datetime Subtract(timespan value)'),
	method('ToFileTime', 'long ToFileTime()'),
	method('ToFileTimeUtc', 'long ToFileTimeUtc()'),
	method('ToLocalTime', 'datetime ToLocalTime()'),
	method('ToLongDateString', 'string ToLongDateString()'),
	method('ToLongTimeString', 'string ToLongTimeString()'),
	method('ToShortDateString', 'string ToShortDateString()'),
	method('ToShortTimeString', 'string ToShortTimeString()'),
	method('ToString', 'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider)'),
	method('ToUniversalTime', 'datetime ToUniversalTime()'),
]);

const INVARIANT_DATE_FORMATS: Record<string, string> = {
	d: 'MM/dd/yyyy',
	D: 'dddd, dd MMMM yyyy',
	f: 'dddd, dd MMMM yyyy HH:mm',
	F: 'dddd, dd MMMM yyyy HH:mm:ss',
	g: 'MM/dd/yyyy HH:mm',
	G: 'MM/dd/yyyy HH:mm:ss',
	t: 'HH:mm',
	T: 'HH:mm:ss',
	m: 'MMMM dd',
	M: 'MMMM dd',
	y: 'yyyy MMMM',
	Y: 'yyyy MMMM',
};

function checkedDate(name: string, args: readonly unknown[], ms: number): PSDateTime {
	if (!(ms >= MIN_DATE_MS && ms <= MAX_DATE_MS)) {
		methodFailed(name, args, 'The added or subtracted value results in an un-representable DateTime. (Parameter \'value\')', 'ArgumentOutOfRangeException');
	}
	return new PSDateTime(ms);
}

function addMonths(date: PSDateTime, months: number): PSDateTime {
	const p = dateParts(date);
	const total = p.year * 12 + (p.month - 1) + months;
	const [year, month] = [Math.floor(total / 12), (total % 12) + 1];
	const day = Math.min(p.day, daysInMonth(year, month));
	const timeOfDay = timeOfDayMs(date.ms);
	return new PSDateTime(utcMs(year, month, day) + timeOfDay);
}

function isInvariant(provider: unknown): boolean {
	return provider instanceof PSObject && dotNetInfo(provider)?.typeName === 'System.Globalization.CultureInfo' && provider.get('Name') === '';
}

export function dateMethod(date: PSDateTime, name: string, key: string, args: readonly unknown[]): unknown {
	if (!DATE_METHODS.has(key)) return methodNotFound('System.DateTime', name);
	const unit: Record<string, number> = {adddays: MS_PER_DAY, addhours: 3_600_000, addminutes: 60_000, addseconds: 1000, addmilliseconds: 1, addticks: 1 / TICKS_PER_MS};
	if (Object.hasOwn(unit, key)) {
		arity(name, args, 1);
		return checkedDate(name, args, date.ms + numberArg(name, args, 0, 'value') * unit[key]!);
	}
	switch (key) {
		case 'addmonths':
		case 'addyears': {
			arity(name, args, 1);
			const count = intArg(name, args, 0, key === 'addmonths' ? 'months' : 'value');
			return addMonths(date, key === 'addmonths' ? count : count * 12);
		}
		case 'add':
			arity(name, args, 1);
			return checkedDate(name, args, date.ms + typedArg<PSTimeSpan>(name, args, 0, 'value', 'System.TimeSpan').ms);
		case 'subtract':
			arity(name, args, 1);
			if (args[0] instanceof PSDateTime) return new PSTimeSpan(date.ms - args[0].ms);
			return checkedDate(name, args, date.ms - typedArg<PSTimeSpan>(name, args, 0, 'value', 'System.TimeSpan').ms);
		case 'tostring': {
			arity(name, args, 0, 1, 2);
			if (!args.length) return formatDate(date, 'G');
			if (args.length === 1 && typeof args[0] !== 'string') return isInvariant(args[0]) ? formatDate(date, INVARIANT_DATE_FORMATS.G) : formatDate(date, 'G');
			const format = strArg(args, 0) || 'G';
			const invariantFormat = args.length === 2 && isInvariant(args[1]) ? INVARIANT_DATE_FORMATS[format] : undefined;
			return withFormat(name, args, () => formatDate(date, invariantFormat ?? format));
		}
		case 'toshortdatestring':
			return formatDate(date, 'd');
		case 'tolongdatestring':
			return formatDate(date, 'D');
		case 'toshorttimestring':
			return formatDate(date, 't');
		case 'tolongtimestring':
			return formatDate(date, 'T');
		case 'touniversaltime':
		case 'tolocaltime':
			return date;
		case 'isdaylightsavingtime':
			return false;
		case 'tofiletime':
		case 'tofiletimeutc':
			return date.ticks - 504_911_232_000_000_000;
		case 'compareto':
			arity(name, args, 1);
			if (args[0] === null || args[0] === undefined) return 1;
			return Math.sign(date.ms - typedArg<PSDateTime>(name, args, 0, 'value', 'System.DateTime').ms);
		case 'equals':
			arity(name, args, 1);
			return args[0] instanceof PSDateTime && args[0].ms === date.ms;
		case 'gethashcode':
			return date.ms | 0;
	}
	return methodNotFound('System.DateTime', name);
}
