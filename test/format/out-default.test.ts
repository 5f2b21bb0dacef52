import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {formatNumber} from '../../src/engine/convert.ts';
import {ErrorRecord} from '../../src/engine/errors.ts';
import {PSDateTime, PSGuid, PSHashtable, PSTimeSpan} from '../../src/engine/values.ts';
import {FormattedOutput} from '../../src/format/formatted.ts';
import {OutDefault} from '../../src/format/out-default.ts';
import {obj, outDefault, rec} from './helpers.ts';

const table = (entries: [string, unknown][]): PSHashtable => {
	const t = new PSHashtable();
	for (const [k, v] of entries) t.set(k, v);
	return t;
};

describe('Out-Default: scalars', () => {
	it('prints strings, numbers and booleans as their text, $null as nothing', () => {
		assert.deepEqual(outDefault(['hello', 42, 1.5, true, false, null]), ['hello', '42', '1.5', 'True', 'False']);
	});

	it('prints a multi-line string as its lines', () => {
		assert.deepEqual(outDefault(['a\nb']), ['a', 'b']);
	});

	it('unrolls collections', () => {
		assert.deepEqual(outDefault([[1, [2, 3]]]), ['1', '2', '3']);
	});
});

describe('Out-Default: tables of objects without a view', () => {
	it('conformance pipe-14: numbers right-aligned, header too', () => {
		assert.deepEqual(outDefault([obj({one: 1, two: 2})]), ['', 'one two', '--- ---', '  1   2', '']);
	});

	it('conformance pipe-15: one string column', () => {
		assert.deepEqual(outDefault([obj({key: 'value'})]), ['', 'key', '---', 'value', '']);
	});

	it('shares one header between objects of one type and sizes columns from all of them', () => {
		assert.deepEqual(outDefault([obj({Name: 'A', State: 'Running'}), obj({Name: 'SMS_EXECUTIVE', State: 'Stopped'})]), [
			'',
			'Name          State',
			'----          -----',
			'A             Running',
			'SMS_EXECUTIVE Stopped',
			'',
		]);
	});

	it('keeps the columns of the first object, as pwsh does', () => {
		// The missing value is an empty cell, padded as the column is right-aligned.
		assert.deepEqual(outDefault([obj({a: 1}), obj({b: 2})]), ['', 'a', '-', '1', ' ', '']);
	});

	it('makes the dashes as wide as the label even when values are wider', () => {
		assert.deepEqual(outDefault([obj({n: 'wide value'})]), ['', 'n', '-', 'wide value', '']);
	});

	it('cuts values that do not fit with an ellipsis, the last column at the screen edge', () => {
		const lines = outDefault([obj({Name: 'x'.repeat(30), Description: 'y'.repeat(60)})], {width: 50});
		assert.equal(lines[3], 'x'.repeat(30) + ' ' + 'y'.repeat(18) + '…');
		assert.equal(lines[3]!.length, 50);
	});

	it('shows nested collections in braces, cut after four items', () => {
		assert.deepEqual(outDefault([obj({Roles: ['SCP', 'DP', 'MP']}), obj({Roles: [1, 2, 3, 4, 5]})]), [
			'',
			'Roles',
			'-----',
			'{SCP, DP, MP}',
			'{1, 2, 3, 4…}',
			'',
		]);
	});

	it('shows $null items, hashtable keys and empty collections', () => {
		const lines = outDefault([obj({a: [null, 1], b: table([['k', 1]]), c: []})]);
		assert.deepEqual(lines.slice(1, 4), ['a          b   c', '-          -   -', '{$null, 1} {k} {}']);
	});

	it('shows dates as pwsh does in a table', () => {
		const lines = outDefault([obj({When: PSDateTime.fromParts(2026, 11, 26, 14, 33, 26)})]);
		assert.equal(lines[3], '11/26/2026 2:33:26 PM');
	});

	it('colours the header and dashes bold green when asked', () => {
		const lines = outDefault([obj({one: 1})], {color: true});
		assert.deepEqual(lines, ['', '\x1b[32;1mone\x1b[0m', '\x1b[32;1m---\x1b[0m', '  1', '']);
	});
});

describe('Out-Default: lists', () => {
	it('shows five properties or more as a list, labels padded, a blank line after each object', () => {
		assert.deepEqual(outDefault([obj({a: 1, bb: 2, c: 3, d: 4, e: 'five'}), obj({a: 6, bb: 7, c: 8, d: 9, eee: 10})]), [
			'',
			'a  : 1',
			'bb : 2',
			'c  : 3',
			'd  : 4',
			'e  : five',
			'',
			'a   : 6',
			'bb  : 7',
			'c   : 8',
			'd   : 9',
			'eee : 10',
			'',
		]);
	});

	it('wraps long values under the value column', () => {
		const lines = outDefault([obj({a: 1, b: 2, c: 3, d: 4, Text: 'one two three four five six'})], {width: 20});
		assert.deepEqual(lines.slice(5, 8), ['Text : one two ', '       three four ', '       five six']);
	});

	it('colours the labels when asked', () => {
		const lines = outDefault([obj({a: 1, b: 2, c: 3, d: 4, e: 5})], {color: true});
		assert.equal(lines[1], '\x1b[32;1ma : \x1b[0m1');
	});
});

describe('Out-Default: hashtables and other values', () => {
	it('shows a hashtable as Name / Value with the name column 30 wide', () => {
		assert.deepEqual(outDefault([table([['a', 1], ['bb', 'two']])]), [
			'',
			'Name                           Value',
			'----                           -----',
			'a                              1',
			'bb                             two',
			'',
		]);
	});

	it('cuts long keys at 30 cells and long values at the screen edge', () => {
		const lines = outDefault([table([['k'.repeat(40), 'v'.repeat(80)]])], {width: 60});
		assert.equal(lines[3], 'k'.repeat(29) + '… ' + 'v'.repeat(28) + '…');
	});

	it('prints nothing for an empty hashtable', () => {
		assert.deepEqual(outDefault([new PSHashtable()]), []);
	});

	it('prints a date alone in its long form, with blank lines around', () => {
		assert.deepEqual(outDefault([PSDateTime.fromParts(2026, 11, 26, 14, 33, 26)]), ['', 'Thursday, November 26, 2026 2:33:26 PM', '']);
	});

	it('prints a timespan as its list view', () => {
		assert.deepEqual(outDefault([new PSTimeSpan(90_500)]), [
			'',
			'Days              : 0',
			'Hours             : 0',
			'Minutes           : 1',
			'Seconds           : 30',
			'Milliseconds      : 500',
			'Ticks             : 905000000',
			`TotalDays         : ${formatNumber(90_500 / 86_400_000)}`,
			`TotalHours        : ${formatNumber(90_500 / 3_600_000)}`,
			`TotalMinutes      : ${formatNumber(90_500 / 60_000)}`,
			'TotalSeconds      : 90.5',
			'TotalMilliseconds : 90500',
			'',
		]);
	});

	it('prints a guid as a Guid table', () => {
		assert.deepEqual(outDefault([new PSGuid('0f8fad5b-d9cb-469f-a165-70867728950e')]), [
			'',
			'Guid',
			'----',
			'0f8fad5b-d9cb-469f-a165-70867728950e',
			'',
		]);
	});

	it('prints an empty [pscustomobject] as an empty line', () => {
		assert.deepEqual(outDefault([obj({})]), ['']);
	});
});

describe('Out-Default: mixing', () => {
	it('prints strings where they come, without breaking the table', () => {
		assert.deepEqual(outDefault(['before', obj({a: 1}), 'between', obj({a: 22222}), 'after']), [
			'before',
			'',
			'    a',
			'    -',
			'    1',
			'between',
			'22222',
			'after',
			'',
		]);
	});

	it('closes the block when the type changes', () => {
		const lines = outDefault([
			rec('Scpsh.Component', {Name: 'SMS_EXECUTIVE', SiteCode: 'PS1', State: 'Running', Status: 'OK', Type: 'Service'}),
			rec('Scpsh.SimClock', {Now: PSDateTime.fromParts(2026, 1, 2, 3, 4, 5), Rate: 1, Paused: false}),
		]);
		assert.deepEqual(lines, [
			'',
			'Name          SiteCode State   Status Type',
			'----          -------- -----   ------ ----',
			'SMS_EXECUTIVE PS1      Running OK     Service',
			'',
			'',
			'Now                 Rate Paused',
			'---                 ---- ------',
			'1/2/2026 3:04:05 AM    1 False',
			'',
		]);
	});

	it('prints error records as errors', () => {
		const lines = outDefault([new ErrorRecord({message: 'boom'})]);
		assert.deepEqual(lines, ['RuntimeException: boom']);
	});

	it('prints formatted output verbatim', () => {
		const formatted = new FormattedOutput({kind: 'text', lines: ['x', 'y']});
		assert.deepEqual(outDefault([obj({a: 1}), formatted]), ['', 'a', '-', '1', '', 'x', 'y']);
	});

	it('streams rows with the widths it has after flush()', () => {
		const lines: string[] = [];
		const formatter = new OutDefault({width: 40, color: false}, line => lines.push(line));
		formatter.write(obj({Name: 'ab'}));
		assert.deepEqual(lines, ['']);
		formatter.flush();
		assert.deepEqual(lines, ['', 'Name', '----', 'ab']);
		formatter.write(obj({Name: 'a much longer name'}));
		assert.equal(lines.at(-1), 'a much longer name');
		formatter.end();
		assert.equal(lines.at(-1), '');
	});
});

describe('Out-Default: default views of the site records', () => {
	it('shows the SCP status as a list', () => {
		const lines = outDefault([
			rec('Scpsh.ScpStatus', {
				SiteCode: 'PS1',
				ServerName: 'CM01.contoso.com',
				Mode: 'Online',
				EffectiveMode: 'Online',
				RestartRequired: false,
				IntuneSubscription: false,
				OnPremisesMdm: false,
				UsageDataLevel: 'Enhanced',
				ProxyServer: null,
				LastUpdateCheck: PSDateTime.fromParts(2026, 11, 26, 14, 33, 26),
				NextUpdateCheck: PSDateTime.fromParts(2026, 11, 27, 14, 33, 26),
				SiteVersion: '5.00.9135.1000',
				Hidden: 'not in the view',
			}),
		]);
		assert.deepEqual(lines, [
			'',
			'SiteCode           : PS1',
			'ServerName         : CM01.contoso.com',
			'Mode               : Online',
			'EffectiveMode      : Online',
			'RestartRequired    : False',
			'IntuneSubscription : False',
			'OnPremisesMdm      : False',
			'UsageDataLevel     : Enhanced',
			'ProxyServer        : ',
			'LastUpdateCheck    : 11/26/2026 2:33:26 PM',
			'NextUpdateCheck    : 11/27/2026 2:33:26 PM',
			'SiteVersion        : 5.00.9135.1000',
			'',
		]);
	});

	it('shows updates with the percentage right-aligned', () => {
		const lines = outDefault([
			rec('Scpsh.Update', {Name: 'Configuration Manager 2503', Version: '5.00.9135.1000', Kind: 'Release', State: 'Downloading', PercentComplete: 45}),
		]);
		assert.deepEqual(lines.slice(1, 4), [
			'Name                       Version        Kind    State       PercentComplete',
			'----                       -------        ----    -----       ---------------',
			'Configuration Manager 2503 5.00.9135.1000 Release Downloading              45',
		]);
	});
});
