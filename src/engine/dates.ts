// [datetime] and [timespan] text: en-US display, the invariant form used by string expansion, .NET standard and
// custom format strings, and parsing. The simulation has no time zone: every date is UTC and prints as local.

import {PSDateTime, PSTimeSpan} from './values.ts';

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = [
	'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
const DAY_ABBREVIATIONS = DAY_NAMES.map(name => name.slice(0, 3));
const MONTH_ABBREVIATIONS = MONTH_NAMES.map(name => name.slice(0, 3));

const MS_PER_DAY = 86_400_000;
/** Milliseconds in 400 Gregorian years: Date.UTC maps years 0–99 to 1900–1999, so small years are shifted by this. */
const MS_PER_400_YEARS = 146_097 * MS_PER_DAY;

/** A .NET FormatException: callers wrap its message the way their operation does (`-f`, ToString()). */
export class FormatError extends Error {}

export const INVALID_FORMAT = 'Input string was not in a correct format.';

// ---- The clock ----------------------------------------------------------------------------------

let clock: () => PSDateTime = () => new PSDateTime(0);

/** The engine points this at the simulated clock; `[datetime]'10:00'` and `[datetime]::Now` read it. */
export function setClock(now: () => PSDateTime): void {
	clock = now;
}

export function now(): PSDateTime {
	return clock();
}

// ---- Parts --------------------------------------------------------------------------------------

export interface DateParts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	millisecond: number;
	/** Ticks within the second (0–9,999,999), for `fffffff`. */
	tickOfSecond: number;
	dayOfWeek: number;
}

export function dateParts(value: PSDateTime): DateParts {
	const date = new Date(Math.floor(value.ms));
	const msOfSecond = ((value.ms % 1000) + 1000) % 1000;
	return {
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate(),
		hour: date.getUTCHours(),
		minute: date.getUTCMinutes(),
		second: date.getUTCSeconds(),
		millisecond: Math.floor(msOfSecond),
		tickOfSecond: Math.round(msOfSecond * 10_000),
		dayOfWeek: date.getUTCDay(),
	};
}

/** Milliseconds since the epoch for a date, valid for years 1–9999 (unlike Date.UTC, which remaps 0–99). */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
	if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
	return Date.UTC(year + 400, month - 1, day, hour, minute, second, ms) - MS_PER_400_YEARS;
}

export function makeDate(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): PSDateTime {
	return new PSDateTime(utcMs(year, month, day, hour, minute, second, ms));
}

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
	return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** True when the parts name a real date and time (no 31 April, no 25 o'clock). */
export function validParts(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): boolean {
	return (
		year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) &&
		hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60
	);
}

export function dayOfYear(value: PSDateTime): number {
	const {year} = dateParts(value);
	return Math.floor((value.ms - utcMs(year, 1, 1)) / MS_PER_DAY) + 1;
}

/** [datetime]::MinValue, 0001-01-01. */
export const MIN_DATE_MS = utcMs(1, 1, 1);
export const MAX_DATE_MS = utcMs(9999, 12, 31, 23, 59, 59, 999.9999);

// ---- Formatting dates ---------------------------------------------------------------------------

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `11/26/2026 14:33:26`: how [string] and "$date" print (invariant culture). */
export function formatDateInvariant(value: PSDateTime): string {
	const p = dateParts(value);
	return `${pad(p.month, 2)}/${pad(p.day, 2)}/${pad(p.year, 4)} ${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}`;
}

/** `Thursday, November 26, 2026 2:33:26 PM`: how a date prints on its own in pwsh (en-US). */
export function formatDateDisplay(value: PSDateTime): string {
	return formatDate(value, 'F');
}

/** `11/26/2026 2:33:26 PM`: `$date.ToString()` and `"{0}" -f $date` (en-US). */
export function formatDateToString(value: PSDateTime): string {
	return formatDate(value, 'G');
}

const STANDARD_DATE_FORMATS: Record<string, string> = {
	d: 'M/d/yyyy',
	D: 'dddd, MMMM d, yyyy',
	f: 'dddd, MMMM d, yyyy h:mm tt',
	F: 'dddd, MMMM d, yyyy h:mm:ss tt',
	g: 'M/d/yyyy h:mm tt',
	G: 'M/d/yyyy h:mm:ss tt',
	m: 'MMMM d',
	M: 'MMMM d',
	o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
	O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
	r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
	R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
	s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
	t: 'h:mm tt',
	T: 'h:mm:ss tt',
	u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
	U: 'dddd, MMMM d, yyyy h:mm:ss tt',
	y: 'MMMM yyyy',
	Y: 'MMMM yyyy',
};

/** Length of the run of `ch` starting at `i`. */
function runLength(format: string, i: number, ch: string): number {
	let end = i;
	while (format[end] === ch) end++;
	return end - i;
}

/** Reads a quoted literal starting at the quote at `i`; returns the text and the index after the closing quote. */
function readQuoted(format: string, i: number): [string, number] {
	const quote = format[i];
	let text = '';
	let j = i + 1;
	while (j < format.length && format[j] !== quote) {
		if (format[j] === '\\' && j + 1 < format.length) j++;
		text += format[j];
		j++;
	}
	if (j >= format.length) throw new FormatError(INVALID_FORMAT);
	return [text, j + 1];
}

/** .NET DateTime.ToString(format) for en-US: standard one-letter formats and custom patterns. */
export function formatDate(value: PSDateTime, format: string | undefined): string {
	if (!format) return formatDateToString(value);
	if (format.length === 1) {
		const standard = STANDARD_DATE_FORMATS[format];
		if (!standard) throw new FormatError(INVALID_FORMAT);
		format = standard;
	}
	const p = dateParts(value);
	let out = '';
	for (let i = 0; i < format.length; ) {
		const ch = format[i]!;
		const n = runLength(format, i, ch);
		switch (ch) {
			case 'd':
				out += n === 1 ? String(p.day) : n === 2 ? pad(p.day, 2) : n === 3 ? DAY_ABBREVIATIONS[p.dayOfWeek] : DAY_NAMES[p.dayOfWeek];
				i += n;
				break;
			case 'M':
				out += n === 1 ? String(p.month) : n === 2 ? pad(p.month, 2) : n === 3 ? MONTH_ABBREVIATIONS[p.month - 1] : MONTH_NAMES[p.month - 1];
				i += n;
				break;
			case 'y':
				out += n === 1 ? String(p.year % 100) : n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
				i += n;
				break;
			case 'h': {
				const hour12 = p.hour % 12 || 12;
				out += n === 1 ? String(hour12) : pad(hour12, 2);
				i += n;
				break;
			}
			case 'H':
				out += n === 1 ? String(p.hour) : pad(p.hour, 2);
				i += n;
				break;
			case 'm':
				out += n === 1 ? String(p.minute) : pad(p.minute, 2);
				i += n;
				break;
			case 's':
				out += n === 1 ? String(p.second) : pad(p.second, 2);
				i += n;
				break;
			case 't':
				out += n === 1 ? (p.hour < 12 ? 'A' : 'P') : p.hour < 12 ? 'AM' : 'PM';
				i += n;
				break;
			case 'f':
			case 'F': {
				if (n > 7) throw new FormatError(INVALID_FORMAT);
				let digits = pad(p.tickOfSecond, 7).slice(0, n);
				if (ch === 'F') {
					digits = digits.replace(/0+$/, '');
					// .NET drops the separator too when an F fraction prints nothing.
					if (!digits && out.endsWith('.')) out = out.slice(0, -1);
				}
				out += digits;
				i += n;
				break;
			}
			case 'g':
				out += 'A.D.';
				i += n;
				break;
			case 'K':
				// Dates are local time in a zone at UTC+0.
				out += '+00:00'.repeat(n);
				i += n;
				break;
			case 'z':
				out += n === 1 ? '+0' : n === 2 ? '+00' : '+00:00';
				i += n;
				break;
			case "'":
			case '"': {
				const [text, next] = readQuoted(format, i);
				out += text;
				i = next;
				break;
			}
			case '\\':
				if (i + 1 >= format.length) throw new FormatError(INVALID_FORMAT);
				out += format[i + 1];
				i += 2;
				break;
			case '%':
				// `%d` is the custom specifier d on its own; a doubled or trailing % is invalid.
				if (i + 1 >= format.length || format[i + 1] === '%') throw new FormatError(INVALID_FORMAT);
				i++;
				break;
			default:
				out += ch;
				i++;
		}
	}
	return out;
}

// ---- Parsing dates ------------------------------------------------------------------------------

const ISO_DATE = /^([+-]?\d{4,})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?$/i;
const SLASH_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[T\s]+(.*))?$/i;
const TIME = /^(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2})(?:[.,](\d+))?)?\s*(AM|PM|A|P)?\s*(Z|GMT|UTC|[+-]\d{1,2}(?::?\d{2})?)?$/i;

const MONTH_LOOKUP = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
	MONTH_LOOKUP.set(name.toLowerCase(), i + 1);
	MONTH_LOOKUP.set(name.slice(0, 3).toLowerCase(), i + 1);
});
MONTH_LOOKUP.set('sept', 9);
const DAY_LOOKUP = new Set([...DAY_NAMES, ...DAY_ABBREVIATIONS].map(name => name.toLowerCase()));

interface TimeOfDay {
	ms: number;
	offsetMinutes: number;
}

function fractionMs(digits: string | undefined): number {
	return digits ? Number(`0.${digits.slice(0, 7)}`) * 1000 : 0;
}

function offsetMinutes(zone: string | undefined): number {
	if (!zone || /^(z|gmt|utc)$/i.test(zone)) return 0;
	const match = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone)!;
	const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
	return match[1] === '-' ? -minutes : minutes;
}

function parseTime(text: string): TimeOfDay | undefined {
	const match = TIME.exec(text.trim());
	if (!match) return undefined;
	let hour = Number(match[1]);
	const minute = Number(match[2] ?? 0);
	const second = Number(match[3] ?? 0);
	// A bare number is not a time (`2024 11` is not a date either).
	if (match[2] === undefined && !match[5]) return undefined;
	const meridiem = match[5]?.toUpperCase();
	if (meridiem) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (meridiem.startsWith('P') ? 12 : 0);
	}
	if (hour > 23 || minute > 59 || second > 59) return undefined;
	return {ms: ((hour * 60 + minute) * 60 + second) * 1000 + fractionMs(match[4]), offsetMinutes: offsetMinutes(match[6])};
}

function build(year: number, month: number, day: number, time: TimeOfDay | undefined): PSDateTime | undefined {
	if (year < 100 && String(year).length <= 2) year += year < 50 ? 2000 : 1900;
	if (!validParts(year, month, day)) return undefined;
	const base = utcMs(year, month, day);
	// A zone in the text is converted to local time, which is UTC here.
	return new PSDateTime(time ? base + time.ms - time.offsetMinutes * 60_000 : base);
}

/** Dates written with a month name: `Nov 26, 2024`, `26 November 2024 10:00`, `Thu, 26 Nov 2024 10:00:00 GMT`. */
function parseWordDate(text: string): PSDateTime | undefined {
	const words = text.replace(/,/g, ' ').trim().split(/\s+/);
	if (words.length && DAY_LOOKUP.has(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
	let month: number | undefined;
	const numbers: number[] = [];
	let index = 0;
	for (; index < words.length && numbers.length < 2 + (month ? 0 : 1); index++) {
		const word = words[index]!.toLowerCase().replace(/\.$/, '');
		const named = MONTH_LOOKUP.get(word);
		if (named !== undefined && month === undefined) month = named;
		else if (/^\d{1,4}$/.test(word)) numbers.push(Number(word));
		else break;
		if (month !== undefined && numbers.length === 2) {
			index++;
			break;
		}
	}
	if (month === undefined || numbers.length !== 2) return undefined;
	const rest = words.slice(index).join(' ');
	const time = rest ? parseTime(rest) : undefined;
	if (rest && !time) return undefined;
	const [first, second] = numbers as [number, number];
	const [day, year] = first > 31 ? [second, first] : [first, second];
	return build(year, month, day, time);
}

/**
 * `[datetime]'text'`: DateTime.Parse with the invariant culture. ISO dates (`2024-11-26`, `2024-11-26T10:00:00Z`,
 * `2024-11-26 10:00:00`), month-first slash dates (`11/26/2024 10:00`, `2024/11/26`), dates with month names,
 * and a time alone (today at that time, today being the clock's).
 */
export function parseDate(text: string): PSDateTime | undefined {
	const trimmed = text.trim();
	if (!trimmed) return undefined;
	const iso = ISO_DATE.exec(trimmed);
	if (iso) {
		const time = iso[4] === undefined ? undefined : parseTime(`${iso[4]}:${iso[5]}:${iso[6] ?? 0}${iso[7] ? `.${iso[7]}` : ''}${iso[8] ?? ''}`);
		if (iso[4] !== undefined && !time) return undefined;
		if (iso[4] === undefined && iso[8]) return undefined;
		return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), time);
	}
	const slash = SLASH_DATE.exec(trimmed);
	if (slash) {
		const time = slash[4] ? parseTime(slash[4]) : undefined;
		if (slash[4] && !time) return undefined;
		const [a, b, c] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
		// yyyy/MM/dd when the first number is a year, otherwise the invariant MM/dd/yyyy.
		return slash[1]!.length >= 3 ? build(a, b, c, time) : build(c, a, b, time);
	}
	const timeOnly = parseTime(trimmed);
	if (timeOnly) {
		const today = dateParts(clock());
		return build(today.year, today.month, today.day, timeOnly);
	}
	return parseWordDate(trimmed);
}

/** `[datetime]::ParseExact(text, format, $null)` for custom patterns made of the usual specifiers. */
export function parseDateExact(text: string, format: string): PSDateTime | undefined {
	if (format.length === 1) {
		const standard = STANDARD_DATE_FORMATS[format];
		if (!standard) return undefined;
		format = standard;
	}
	const fields: Record<string, number> = {};
	let meridiem: string | undefined;
	let pattern = '^';
	const captures: string[] = [];
	for (let i = 0; i < format.length; ) {
		const ch = format[i]!;
		const n = runLength(format, i, ch);
		const numeric = (key: string, width: number): void => {
			pattern += width === 1 ? '(\\d{1,2})' : `(\\d{${width}})`;
			captures.push(key);
		};
		if (ch === 'y') numeric('year', n <= 2 ? 2 : n);
		else if (ch === 'M' && n <= 2) numeric('month', n);
		else if (ch === 'M') {
			pattern += `(${(n === 3 ? MONTH_ABBREVIATIONS : MONTH_NAMES).join('|')})`;
			captures.push('monthName');
		} else if (ch === 'd' && n <= 2) numeric('day', n);
		else if (ch === 'd') {
			pattern += `(?:${(n === 3 ? DAY_ABBREVIATIONS : DAY_NAMES).join('|')})`;
		} else if (ch === 'H' || ch === 'h') numeric(ch === 'H' ? 'hour' : 'hour12', n);
		else if (ch === 'm') numeric('minute', n);
		else if (ch === 's') numeric('second', n);
		else if (ch === 'f' || ch === 'F') numeric('fraction', n);
		else if (ch === 't') {
			pattern += n === 1 ? '([AP])' : '(AM|PM)';
			captures.push('meridiem');
		} else if (ch === "'" || ch === '"') {
			const [literal, next] = readQuoted(format, i);
			pattern += literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			i = next;
			continue;
		} else if (ch === '\\') {
			pattern += (format[i + 1] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			i += 2;
			continue;
		} else {
			pattern += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').repeat(n);
		}
		i += n;
	}
	const match = new RegExp(`${pattern}$`, 'i').exec(text.trim());
	if (!match) return undefined;
	captures.forEach((key, index) => {
		const raw = match[index + 1]!;
		if (key === 'meridiem') meridiem = raw.toUpperCase();
		else if (key === 'monthName') fields.month = MONTH_LOOKUP.get(raw.toLowerCase())!;
		else if (key === 'fraction') fields.fraction = fractionMs(raw);
		else fields[key] = Number(raw);
	});
	let hour = fields.hour ?? 0;
	if (fields.hour12 !== undefined) hour = (fields.hour12 % 12) + (meridiem?.startsWith('P') ? 12 : 0);
	const year = fields.year ?? dateParts(clock()).year;
	const [month, day] = [fields.month ?? 1, fields.day ?? 1];
	if (!validParts(year, month, day, hour, fields.minute ?? 0, fields.second ?? 0)) return undefined;
	return new PSDateTime(utcMs(year, month, day, hour, fields.minute ?? 0, fields.second ?? 0) + (fields.fraction ?? 0));
}

// ---- Time spans ---------------------------------------------------------------------------------

interface SpanParts {
	negative: boolean;
	days: number;
	hours: number;
	minutes: number;
	seconds: number;
	/** Ticks within the second. */
	ticks: number;
}

function spanParts(value: PSTimeSpan): SpanParts {
	const total = Math.round(Math.abs(value.ms) * 10_000);
	const totalSeconds = Math.floor(total / 10_000_000);
	return {
		negative: value.ms < 0 && total > 0,
		days: Math.floor(totalSeconds / 86_400),
		hours: Math.floor(totalSeconds / 3600) % 24,
		minutes: Math.floor(totalSeconds / 60) % 60,
		seconds: totalSeconds % 60,
		ticks: total % 10_000_000,
	};
}

/**
 * TimeSpan.ToString(format): `c` (the default, `[-][d.]hh:mm:ss[.fffffff]`), `g` (`[-][d:]h:mm:ss[.FFFFFFF]`), `G`
 * (`[-]d:hh:mm:ss.fffffff`), or a custom pattern (`hh\:mm\:ss`; literals must be escaped or quoted).
 */
export function formatTimeSpan(value: PSTimeSpan, format = 'c'): string {
	const p = spanParts(value);
	const sign = p.negative ? '-' : '';
	if (format === 'c' || format === 't' || format === 'T' || format === '') {
		return `${sign}${p.days ? `${p.days}.` : ''}${pad(p.hours, 2)}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}${p.ticks ? `.${pad(p.ticks, 7)}` : ''}`;
	}
	if (format === 'g') {
		const fraction = p.ticks ? `.${pad(p.ticks, 7).replace(/0+$/, '')}` : '';
		return `${sign}${p.days ? `${p.days}:` : ''}${p.hours}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}${fraction}`;
	}
	if (format === 'G') return `${sign}${p.days}:${pad(p.hours, 2)}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}.${pad(p.ticks, 7)}`;
	if (format.length === 1 && format !== '%') throw new FormatError(INVALID_FORMAT);
	let out = '';
	for (let i = 0; i < format.length; ) {
		const ch = format[i]!;
		const n = runLength(format, i, ch);
		switch (ch) {
			case 'd':
				if (n > 8) throw new FormatError(INVALID_FORMAT);
				out += pad(p.days, n);
				i += n;
				break;
			case 'h':
			case 'm':
			case 's':
				if (n > 2) throw new FormatError(INVALID_FORMAT);
				out += pad(ch === 'h' ? p.hours : ch === 'm' ? p.minutes : p.seconds, n);
				i += n;
				break;
			case 'f':
			case 'F': {
				if (n > 7) throw new FormatError(INVALID_FORMAT);
				const digits = pad(p.ticks, 7).slice(0, n);
				out += ch === 'F' ? digits.replace(/0+$/, '') : digits;
				i += n;
				break;
			}
			case "'":
			case '"': {
				const [text, next] = readQuoted(format, i);
				out += text;
				i = next;
				break;
			}
			case '\\':
				if (i + 1 >= format.length) throw new FormatError(INVALID_FORMAT);
				out += format[i + 1];
				i += 2;
				break;
			case '%':
				if (i + 1 >= format.length) throw new FormatError(INVALID_FORMAT);
				i++;
				break;
			default:
				throw new FormatError(INVALID_FORMAT);
		}
	}
	return out;
}

/** Why a span string failed: .NET distinguishes a bad shape from an out-of-range part. */
export type SpanParseFailure = 'format' | 'overflow';

const DIGITS = /^\d+$/;

/**
 * `[timespan]'text'`: TimeSpan.Parse with the invariant culture: `d`, `hh:mm`, `hh:mm:ss`, `d.hh:mm[:ss]`,
 * `d:hh:mm:ss`, each with an optional `.fffffff` on the seconds and a leading `-`.
 */
export function parseTimeSpan(text: string): PSTimeSpan | SpanParseFailure {
	let body = text.trim();
	const negative = body.startsWith('-');
	if (negative) body = body.slice(1);
	let days = 0;
	let hours: string;
	let minutes: string;
	let seconds = '0';
	let fraction: string | undefined;
	const parts = body.split(':');
	if (parts.length === 1) {
		if (!DIGITS.test(body)) return 'format';
		days = Number(body);
		hours = minutes = '0';
	} else if (parts.length > 4) {
		return 'format';
	} else {
		let first = parts[0]!;
		if (parts.length === 4) {
			if (!DIGITS.test(first)) return 'format';
			days = Number(first);
			parts.shift();
			first = parts[0]!;
		} else if (first.includes('.')) {
			const [d, h] = first.split('.');
			if (!DIGITS.test(d!)) return 'format';
			days = Number(d);
			first = h!;
		}
		hours = first;
		minutes = parts[1]!;
		if (parts.length >= 3) [seconds, fraction] = parts[parts.length - 1]!.split('.') as [string, string | undefined];
	}
	if (![hours, minutes, seconds].every(part => DIGITS.test(part)) || (fraction !== undefined && !/^\d{1,7}$/.test(fraction))) return 'format';
	const [h, m, s] = [Number(hours), Number(minutes), Number(seconds)];
	if (h > 23 || m > 59 || s > 59 || days > 10_675_199) return 'overflow';
	const ms = (((days * 24 + h) * 60 + m) * 60 + s) * 1000 + fractionMs(fraction);
	return new PSTimeSpan(negative ? -ms : ms);
}

export function timeSpanParseMessage(text: string, failure: SpanParseFailure): string {
	return failure === 'format'
		? `String '${text}' was not recognized as a valid TimeSpan.`
		: `The TimeSpan string '${text}' could not be parsed because at least one of the numeric components is out of range or contains too many digits.`;
}
