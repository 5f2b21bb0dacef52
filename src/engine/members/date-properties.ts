// The properties of dates and time spans (`$d.Year`, `$d.DayOfWeek`, `$span.TotalHours` …).

import {PSTimeSpan, type PSDateTime} from '../values.ts';
import {DAY_NAMES, dateParts, dayOfYear, formatDate} from '../dates.ts';
import {MS_PER_DAY, TICKS_PER_MS, dateOnly, timeOfDayMs} from './time.ts';
import {property, type MemberInfo} from './catalog.ts';

/** The properties dateMember reads, as Get-Member lists them. */
export const DATE_PROPERTIES: readonly MemberInfo[] = [
	property('Date', 'datetime Date {get;}'),
	property('Day', 'int Day {get;}'),
	property('DayOfWeek', 'System.DayOfWeek DayOfWeek {get;}'),
	property('DayOfYear', 'int DayOfYear {get;}'),
	property('Hour', 'int Hour {get;}'),
	property('Kind', 'System.DateTimeKind Kind {get;}'),
	property('Millisecond', 'int Millisecond {get;}'),
	property('Minute', 'int Minute {get;}'),
	property('Month', 'int Month {get;}'),
	property('Second', 'int Second {get;}'),
	property('Ticks', 'long Ticks {get;}'),
	property('TimeOfDay', 'timespan TimeOfDay {get;}'),
	property('Year', 'int Year {get;}'),
	{
		name: 'DateTime',
		memberType: 'ScriptProperty',
		definition: 'System.Object DateTime {get=if ((& { Set-StrictMode -Version 1; $this.DisplayHint }) -ieq  "Date")...',
	},
];

/** The properties spanMember reads, as Get-Member lists them. */
export const TIMESPAN_PROPERTIES: readonly MemberInfo[] = [
	property('Days', 'int Days {get;}'),
	property('Hours', 'int Hours {get;}'),
	property('Milliseconds', 'int Milliseconds {get;}'),
	property('Minutes', 'int Minutes {get;}'),
	property('Seconds', 'int Seconds {get;}'),
	property('Ticks', 'long Ticks {get;}'),
	property('TotalDays', 'double TotalDays {get;}'),
	property('TotalHours', 'double TotalHours {get;}'),
	property('TotalMilliseconds', 'double TotalMilliseconds {get;}'),
	property('TotalMinutes', 'double TotalMinutes {get;}'),
	property('TotalSeconds', 'double TotalSeconds {get;}'),
];

export function dateMember(value: PSDateTime, key: string): unknown {
	switch (key) {
		case 'ticks':
			return value.ticks;
		case 'date':
			return dateOnly(value);
		case 'timeofday':
			return new PSTimeSpan(timeOfDayMs(value.ms));
		case 'dayofweek':
			return DAY_NAMES[dateParts(value).dayOfWeek];
		case 'dayofyear':
			return dayOfYear(value);
		case 'kind':
			// Dates are local time in the simulation (which is at UTC+0).
			return 'Local';
		case 'datetime':
			return formatDate(value, 'F');
	}
	const p = dateParts(value);
	switch (key) {
		case 'year':
			return p.year;
		case 'month':
			return p.month;
		case 'day':
			return p.day;
		case 'hour':
			return p.hour;
		case 'minute':
			return p.minute;
		case 'second':
			return p.second;
		case 'millisecond':
			return p.millisecond;
	}
	return undefined;
}

export function spanMember(value: PSTimeSpan, key: string): unknown {
	const ms = value.ms;
	switch (key) {
		case 'ticks':
			return Math.round(ms * TICKS_PER_MS);
		case 'days':
			return Math.trunc(ms / MS_PER_DAY) || 0;
		case 'hours':
			return Math.trunc(ms / 3_600_000) % 24 || 0;
		case 'minutes':
			return Math.trunc(ms / 60_000) % 60 || 0;
		case 'seconds':
			return Math.trunc(ms / 1000) % 60 || 0;
		case 'milliseconds':
			return Math.trunc(ms) % 1000 || 0;
		case 'totaldays':
			return ms / MS_PER_DAY;
		case 'totalhours':
			return ms / 3_600_000;
		case 'totalminutes':
			return ms / 60_000;
		case 'totalseconds':
			return ms / 1000;
		case 'totalmilliseconds':
			return ms;
	}
	return undefined;
}
