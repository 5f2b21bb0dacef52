// Time units and day arithmetic shared by the properties, methods and static members of dates and time spans.

import type {PSDateTime} from '../values.ts';
import {dateParts, makeDate} from '../dates.ts';

export const TICKS_PER_MS = 10_000;
export const MS_PER_DAY = 86_400_000;

/** The milliseconds since midnight in a time stamp (dates before 1970 included). */
export const timeOfDayMs = (ms: number): number => ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;

/** Midnight of the date's day (`$d.Date`, `[datetime]::Today`). */
export function dateOnly(date: PSDateTime): PSDateTime {
	const p = dateParts(date);
	return makeDate(p.year, p.month, p.day);
}
