import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
	FormatError, dateParts, dayOfYear, daysInMonth, formatDate, formatDateDisplay, formatDateInvariant, formatDateToString, formatTimeSpan,
	isLeapYear, makeDate, now, parseDate, parseDateExact, parseTimeSpan, setClock, timeSpanParseMessage, utcMs,
} from '../../src/engine/dates.ts';
import {PSDateTime, PSTimeSpan} from '../../src/engine/values.ts';

const date = new PSDateTime(Date.UTC(2026, 10, 26, 14, 33, 26, 120));
const parsed = (text: string): string | null => {
	const result = parseDate(text);
	return result ? formatDateInvariant(result) : null;
};
const span = (text: string): string => {
	const result = parseTimeSpan(text);
	return typeof result === 'string' ? result : formatTimeSpan(result);
};

describe('date display', () => {
	it('pwsh’s three ways of printing a date', () => {
		assert.equal(formatDateDisplay(date), 'Thursday, November 26, 2026 2:33:26 PM');
		assert.equal(formatDateToString(date), '11/26/2026 2:33:26 PM');
		assert.equal(formatDateInvariant(date), '11/26/2026 14:33:26');
	});
	it('standard formats in en-US', () => {
		const expected: Record<string, string> = {
			d: '11/26/2026',
			D: 'Thursday, November 26, 2026',
			f: 'Thursday, November 26, 2026 2:33 PM',
			F: 'Thursday, November 26, 2026 2:33:26 PM',
			g: '11/26/2026 2:33 PM',
			G: '11/26/2026 2:33:26 PM',
			M: 'November 26',
			o: '2026-11-26T14:33:26.1200000+00:00',
			r: 'Thu, 26 Nov 2026 14:33:26 GMT',
			s: '2026-11-26T14:33:26',
			t: '2:33 PM',
			T: '2:33:26 PM',
			u: '2026-11-26 14:33:26Z',
			y: 'November 2026',
		};
		for (const [format, text] of Object.entries(expected)) assert.equal(formatDate(date, format), text, format);
	});
	it('custom formats', () => {
		assert.equal(formatDate(date, 'yyyy-MM-dd HH:mm:ss'), '2026-11-26 14:33:26');
		assert.equal(formatDate(date, 'yyyyMMdd_HHmmss.fff'), '20261126_143326.120');
		assert.equal(formatDate(date, 'ddd d MMM yy h:m:s tt'), 'Thu 26 Nov 26 2:33:26 PM');
		assert.equal(formatDate(date, "dddd 'at' HH\\h"), 'Thursday at 14h');
		assert.equal(formatDate(date, 'HH:mm:ss.FFFF'), '14:33:26.12');
		assert.equal(formatDate(makeDate(2026, 1, 5, 3, 4, 5), 'HH:mm:ss.FFF'), '03:04:05');
		assert.equal(formatDate(date, '%d'), '26');
		assert.equal(formatDate(makeDate(2026, 1, 5, 0, 0, 0), 'h tt'), '12 AM');
		assert.throws(() => formatDate(date, 'Q'), FormatError);
	});
});

describe('date parts and arithmetic helpers', () => {
	it('parts, day of year, leap years, small years', () => {
		const p = dateParts(date);
		assert.deepEqual([p.year, p.month, p.day, p.hour, p.minute, p.second, p.millisecond, p.dayOfWeek], [2026, 11, 26, 14, 33, 26, 120, 4]);
		assert.equal(dayOfYear(date), 330);
		assert.equal(isLeapYear(2024), true);
		assert.equal(isLeapYear(1900), false);
		assert.equal(daysInMonth(2024, 2), 29);
		assert.equal(formatDateInvariant(new PSDateTime(utcMs(1, 1, 1))), '01/01/0001 00:00:00');
		assert.equal(dateParts(makeDate(50, 3, 1)).year, 50);
	});
	it('the clock can be pointed at the simulation', () => {
		setClock(() => date);
		assert.equal(now(), date);
		assert.equal(parsed('10:00'), '11/26/2026 10:00:00');
		setClock(() => new PSDateTime(0));
	});
});

describe('parsing dates (invariant culture)', () => {
	it('ISO forms, with zones converted to local (UTC) time', () => {
		assert.equal(parsed('2024-11-26'), '11/26/2024 00:00:00');
		assert.equal(parsed('2024-11-26T10:00:00'), '11/26/2024 10:00:00');
		assert.equal(parsed('2024-11-26 10:00:00'), '11/26/2024 10:00:00');
		assert.equal(parsed('2024-11-26T10:00:00.5Z'), '11/26/2024 10:00:00');
		assert.equal(parsed('2024-11-26T10:00:00+02:00'), '11/26/2024 08:00:00');
	});
	it('month-first slash dates, times with AM/PM, month names', () => {
		assert.equal(parsed('11/26/2024 10:00'), '11/26/2024 10:00:00');
		assert.equal(parsed('11/26/2024 2:05 PM'), '11/26/2024 14:05:00');
		assert.equal(parsed('2024/11/26'), '11/26/2024 00:00:00');
		assert.equal(parsed('Nov 26, 2024'), '11/26/2024 00:00:00');
		assert.equal(parsed('26 November 2024 10:30 PM'), '11/26/2024 22:30:00');
		assert.equal(parsed('Tue, 26 Nov 2024 10:00:00 GMT'), '11/26/2024 10:00:00');
		assert.equal(parsed('Thursday, November 26, 2026 2:33:26 PM'), '11/26/2026 14:33:26');
	});
	it('refuses what is not a date', () => {
		for (const text of ['abc', '13/45/2024', '2024-02-30', '', '2024-11-26T25:00']) assert.equal(parsed(text), null, text);
	});
	it('ParseExact with custom patterns', () => {
		assert.equal(formatDateInvariant(parseDateExact('26.11.2024 14:05', 'dd.MM.yyyy HH:mm')!), '11/26/2024 14:05:00');
		assert.equal(formatDateInvariant(parseDateExact('20241126', 'yyyyMMdd')!), '11/26/2024 00:00:00');
		assert.equal(formatDateInvariant(parseDateExact('Nov 26 2024 02:05 PM', 'MMM dd yyyy hh:mm tt')!), '11/26/2024 14:05:00');
		assert.equal(parseDateExact('2024-11-26', 'dd.MM.yyyy'), undefined);
	});
});

describe('time spans', () => {
	it('formats c, g, G and custom', () => {
		const value = new PSTimeSpan(90_061_001);
		assert.equal(formatTimeSpan(value), '1.01:01:01.0010000');
		assert.equal(formatTimeSpan(value, 'g'), '1:1:01:01.001');
		assert.equal(formatTimeSpan(value, 'G'), '1:01:01:01.0010000');
		assert.equal(formatTimeSpan(new PSTimeSpan(3_723_000), 'hh\\:mm\\:ss'), '01:02:03');
		assert.equal(formatTimeSpan(new PSTimeSpan(3_723_000), "hh'h 'mm'm'"), '01h 02m');
		assert.equal(formatTimeSpan(new PSTimeSpan(-1_800_000)), '-00:30:00');
		assert.equal(formatTimeSpan(new PSTimeSpan(0)), '00:00:00');
		assert.throws(() => formatTimeSpan(value, 'hh:mm'), FormatError);
	});
	it('parses d.hh:mm:ss and friends', () => {
		assert.equal(span('1.00:00:00'), '1.00:00:00');
		assert.equal(span('00:30:00'), '00:30:00');
		assert.equal(span('10:00'), '10:00:00');
		assert.equal(span('1.02:03:04.5'), '1.02:03:04.5000000');
		assert.equal(span('1:02:03:04'), '1.02:03:04');
		assert.equal(span('5'), '5.00:00:00');
		assert.equal(span('-00:00:30'), '-00:00:30');
		assert.equal(span('25:00:00'), 'overflow');
		assert.equal(span('abc'), 'format');
		assert.equal(span('1:2:3:4:5'), 'format');
		assert.equal(timeSpanParseMessage('abc', 'format'), "String 'abc' was not recognized as a valid TimeSpan.");
	});
});
