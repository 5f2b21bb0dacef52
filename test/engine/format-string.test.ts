import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {FormatError, dotNetToString, formatComposite, formatNumberWith, formatOperator, formatValue} from '../../src/engine/format-string.ts';
import {PSError} from '../../src/engine/errors.ts';
import {PSDateTime, PSHashtable, PSObject, PSTimeSpan} from '../../src/engine/values.ts';

const n = formatNumberWith;

describe('standard numeric formats (en-US)', () => {
	it('N and F: grouping, default precision 2, exact value with ties to even', () => {
		assert.equal(n(1234.5, 'N2'), '1,234.50');
		assert.equal(n(1234.5, 'N'), '1,234.50');
		assert.equal(n(1234567.891, 'N0'), '1,234,568');
		assert.equal(n(-1234.567, 'N1'), '-1,234.6');
		assert.equal(n(2.5, 'N0'), '2');
		assert.equal(n(3.5, 'N0'), '4');
		assert.equal(n(0.125, 'F2'), '0.12');
		assert.equal(n(1.005, 'F2'), '1.00');
		assert.equal(n(2.675, 'F2'), '2.67');
		assert.equal(n(1.5, 'F1'), '1.5');
		assert.equal(n(5, 'F'), '5.00');
		assert.equal(n(-0.001, 'F2'), '0.00');
		assert.equal(n(1e21, 'F0'), '1000000000000000000000');
	});
	it('D and X need integers', () => {
		assert.equal(n(5, 'D3'), '005');
		assert.equal(n(-5, 'D3'), '-005');
		assert.equal(n(255, 'X'), 'FF');
		assert.equal(n(255, 'x4'), '00ff');
		assert.equal(n(-1, 'X'), 'FFFFFFFF');
		assert.equal(n(4294967296, 'X'), '100000000');
		assert.throws(() => n(1.5, 'D'), FormatError);
		assert.throws(() => n(1.5, 'X'), FormatError);
	});
	it('P, C, E, G, R', () => {
		assert.equal(n(0.125, 'P1'), '12.5%');
		assert.equal(n(0.5, 'P'), '50.00%');
		assert.equal(n(1234.5, 'C'), '$1,234.50');
		assert.equal(n(-1234.5, 'C'), '-$1,234.50');
		assert.equal(n(1234.5678, 'E2'), '1.23E+003');
		assert.equal(n(1234.5678, 'e'), '1.234568e+003');
		assert.equal(n(0, 'E2'), '0.00E+000');
		assert.equal(n(1234.5678, 'G'), '1234.5678');
		assert.equal(n(1234.5678, 'G3'), '1.23E+03');
		assert.equal(n(0.1 + 0.2, 'G'), '0.30000000000000004');
		assert.equal(n(0.1 + 0.2, 'R'), '0.30000000000000004');
		assert.equal(n(123, 'G'), '123');
	});
	it('an unknown specifier is a FormatException', () => {
		assert.throws(() => n(1, 'Q'), (e: unknown) => e instanceof FormatError && e.message === 'Format specifier was invalid.');
	});
});

describe('custom numeric formats', () => {
	it('0 and # placeholders, grouping, scaling, percent', () => {
		assert.equal(n(1234.5, '0.00'), '1234.50');
		assert.equal(n(1234567, '#,##0'), '1,234,567');
		assert.equal(n(0, '#.##'), '');
		assert.equal(n(0.5, '#.##'), '.5');
		assert.equal(n(42, '000'), '042');
		assert.equal(n(3.14159, '#.###'), '3.142');
		assert.equal(n(0.256, '0%'), '26%');
		assert.equal(n(1234567, '#,##0,K'), '1,235K');
		assert.equal(n(12345, '0.00E+00'), '1.23E+04');
	});
	it('15 significant digits, then half away from zero', () => {
		assert.equal(n(1.005, '0.00'), '1.01');
		assert.equal(n(2.5, '0'), '3');
		assert.equal(n(-2.5, '0'), '-3');
	});
	it('literals and sections', () => {
		assert.equal(n(5551234567, '(###) ###-####'), '(555) 123-4567');
		assert.equal(n(-5, '0;(0)'), '(5)');
		assert.equal(n(0, '0;(0);zero'), 'zero');
		assert.equal(n(5, "0 'items'"), '5 items');
		assert.equal(n(5, '0\\#'), '5#');
		assert.equal(n(-5, '0'), '-5');
	});
});

describe('values with and without a format', () => {
	it('{0} gives .NET’s own text, not pwsh’s [string]', () => {
		assert.equal(dotNetToString(0.1 + 0.2), '0.30000000000000004');
		assert.equal(dotNetToString([1, 2]), 'System.Object[]');
		assert.equal(dotNetToString(new PSHashtable()), 'System.Collections.Hashtable');
		assert.equal(dotNetToString(new PSObject(undefined, {a: 1})), '@{a=1}');
		assert.equal(dotNetToString(new PSDateTime(Date.UTC(2026, 10, 26, 14, 33, 26))), '11/26/2026 2:33:26 PM');
		assert.equal(dotNetToString(true), 'True');
		assert.equal(dotNetToString(null), '');
	});
	it('formats apply to numbers, dates and spans; text ignores them', () => {
		assert.equal(formatValue(new PSDateTime(Date.UTC(2024, 0, 2)), 'yyyy-MM-dd'), '2024-01-02');
		assert.equal(formatValue(PSTimeSpan.from(0, 1, 2, 3), 'hh\\:mm'), '01:02');
		assert.equal(formatValue('text', 'N2'), 'text');
		assert.equal(formatValue(true, 'N2'), 'True');
	});
});

describe('composite formatting', () => {
	it('indexes, alignment, format strings, escaped braces', () => {
		assert.equal(formatComposite('{0} vs. {{0}}', ['foo']), 'foo vs. {0}');
		assert.equal(formatComposite('{0,6}|{1,-4}|', [12, 'ab']), '    12|ab  |');
		assert.equal(formatComposite('{0,8:N1}', [1234.56]), ' 1,234.6');
		assert.equal(formatComposite('{1}{0}{1}', ['a', 'b']), 'bab');
		assert.equal(formatComposite('{0:yyyy}-{0:MM}', [new PSDateTime(Date.UTC(2024, 4, 1))]), '2024-05');
		assert.equal(formatComposite('}}{{', []), '}{');
	});
	it('malformed strings and missing arguments', () => {
		for (const bad of ['{0', '{a}', '}', '{0,}', '{0:x']) assert.throws(() => formatComposite(bad, [1]), FormatError, bad);
		assert.throws(() => formatComposite('{1}', [1]), (e: unknown) => e instanceof FormatError && /Index \(zero based\)/.test(e.message));
	});
	it('the -f operator wraps errors as pwsh does', () => {
		assert.equal(formatOperator('{0}:{1}', [1, 2]), '1:2');
		assert.equal(formatOperator('{0}', 5), '5');
		assert.throws(() => formatOperator('{0:Q}', 5), (e: unknown) => e instanceof PSError && e.message === 'Error formatting a string: Format specifier was invalid..');
	});
});
