// Durations as users type them: .NET TimeSpan text (`1.00:00:00`, `00:30:00`, `10:00` = ten hours, as
// [timespan]'10:00' is in PowerShell) and short forms (`90s`, `45m`, `24h`, `7d`, `500ms`, `1h30m`).

import {SiteError} from './errors.ts';
import {DAY, HOUR, MINUTE, SECOND, WEEK} from './time.ts';

const UNITS: Record<string, number> = {
	ms: 1, msec: 1, millisecond: 1, milliseconds: 1,
	s: SECOND, sec: SECOND, secs: SECOND, second: SECOND, seconds: SECOND,
	m: MINUTE, min: MINUTE, mins: MINUTE, minute: MINUTE, minutes: MINUTE,
	h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR,
	d: DAY, day: DAY, days: DAY,
	w: WEEK, week: WEEK, weeks: WEEK,
};

// A hundred years: far beyond any useful step, and keeps the clock well inside Date's range.
const MAX = 36500 * DAY;

const TIMESPAN = /^(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/;
const SHORT_PART = /(\d+(?:\.\d+)?)\s*([a-z]+)/gy;

function invalid(text: string, why: string): SiteError {
	return new SiteError(
		`Cannot convert '${text}' to a duration: ${why}. Use TimeSpan text such as 1.00:00:00, 00:30:00 or 10:00 ` +
			`(d.hh:mm:ss, hh:mm:ss, hh:mm), or a number with a unit: 500ms, 90s, 45m, 24h, 7d, 1h30m.`,
		'InvalidArgument', 'InvalidDuration', text);
}

/** Milliseconds in `text`; throws SiteError (InvalidArgument, InvalidDuration) for anything else. */
export function parseDuration(text: string): number {
	const t = String(text).trim();
	if (t === '') throw invalid(text, 'it is empty');
	if (t.startsWith('-')) throw invalid(text, 'a duration cannot be negative');
	const ts = TIMESPAN.exec(t);
	if (ts) {
		const days = Number(ts[1] ?? 0), h = Number(ts[2]), m = Number(ts[3]), s = Number(ts[4] ?? 0);
		if (h > 23 || m > 59 || s > 59) throw invalid(text, 'hours must be 0-23, minutes and seconds 0-59');
		const frac = ts[5] ? Math.round(Number(`0.${ts[5]}`) * SECOND) : 0;
		return check(text, days * DAY + h * HOUR + m * MINUTE + s * SECOND + frac);
	}
	if (/^\d+(\.\d+)?$/.test(t)) throw invalid(text, 'a bare number has no unit');
	const lower = t.toLowerCase();
	SHORT_PART.lastIndex = 0;
	let total = 0, pos = 0, parts = 0;
	while (pos < lower.length) {
		while (lower[pos] === ' ') pos++;
		if (pos >= lower.length) break;
		SHORT_PART.lastIndex = pos;
		const m = SHORT_PART.exec(lower);
		if (!m) throw invalid(text, `'${t.slice(pos)}' is not a number followed by a unit`);
		const unit = UNITS[m[2]!];
		if (unit === undefined) throw invalid(text, `'${m[2]}' is not a unit (ms, s, m, h, d, w)`);
		total += Number(m[1]) * unit;
		pos = SHORT_PART.lastIndex;
		parts++;
	}
	if (parts === 0) throw invalid(text, 'no duration found');
	return check(text, Math.round(total));
}

function check(text: string, ms: number): number {
	if (!Number.isFinite(ms) || ms > MAX) throw invalid(text, 'it is longer than 100 years');
	return ms;
}

/** `1.02:03:04` / `00:30:00` / `00:00:01.500`: the TimeSpan text of a duration, as pwsh prints one. */
export function formatDuration(ms: number): string {
	const sign = ms < 0 ? '-' : '';
	let rest = Math.abs(Math.round(ms));
	const days = Math.floor(rest / DAY); rest -= days * DAY;
	const h = Math.floor(rest / HOUR); rest -= h * HOUR;
	const m = Math.floor(rest / MINUTE); rest -= m * MINUTE;
	const s = Math.floor(rest / SECOND); rest -= s * SECOND;
	const p = (n: number): string => String(n).padStart(2, '0');
	return `${sign}${days ? `${days}.` : ''}${p(h)}:${p(m)}:${p(s)}${rest ? `.${String(rest).padStart(3, '0')}0000` : ''}`;
}
