// Simulated-time helpers. Every time is a number: milliseconds since the Unix epoch, UTC, of the simulated clock.
// `new Date(ms)` is used only to format a given time, never to read the real clock.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

export const DAYS_OF_WEEK = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Midnight UTC of the day holding `t`. */
export const startOfDay = (t: number): number => Math.floor(t / DAY) * DAY;

/** 0 = Sunday. */
export const weekday = (t: number): number => new Date(t).getUTCDay();

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2025-03-10T06:00:00.000Z`. */
export const isoTime = (t: number): string => new Date(t).toISOString();

/** The date part of the SMS trace format: `MM-DD-YYYY HH:MM:SS.mmm`. */
export function traceTime(t: number): string {
	const d = new Date(t);
	return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${d.getUTCFullYear()} ` +
		`${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/** The GMTDATE of a STATMSG line: `Wed Dec 21 16:15:08.957 2016`. */
export function statmsgTime(t: number): string {
	const d = new Date(t);
	return `${DAYS_OF_WEEK[d.getUTCDay()]!.slice(0, 3)} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ` +
		`${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)} ${d.getUTCFullYear()}`;
}

/** `HH:MM` for a time of day given in ms after midnight. */
export const formatTimeOfDay = (ms: number): string => `${pad(Math.floor(ms / HOUR))}:${pad(Math.floor((ms % HOUR) / MINUTE))}`;

/** Parses `HH:MM` or `HH:MM:SS` (24-hour) into ms after midnight; undefined when malformed. */
export function parseTimeOfDay(text: string): number | undefined {
	const m = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/.exec(text);
	if (!m) return undefined;
	const h = Number(m[1]), min = Number(m[2]), s = Number(m[3] ?? 0);
	if (h > 23 || min > 59 || s > 59) return undefined;
	return h * HOUR + min * MINUTE + s * SECOND;
}

/** UTC midnight of a calendar date; months are 1-based. */
export const utc = (year: number, month: number, day: number, hour = 0, minute = 0): number =>
	Date.UTC(year, month - 1, day, hour, minute);
