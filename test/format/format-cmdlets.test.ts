import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {PSHashtable, PSObject} from '../../src/engine/values.ts';
import {FormattedOutput} from '../../src/format/formatted.ts';
import formatTable from '../../commands/core/Format-Table.ts';
import formatList from '../../commands/core/Format-List.ts';
import outString from '../../commands/core/Out-String.ts';
import outNull from '../../commands/core/Out-Null.ts';
import {jsBlock, runCmdlet} from '../helpers/fake-context.ts';
import {obj, outDefault, rec} from './helpers.ts';

const hashtable = (entries: [string, unknown][]): PSHashtable => {
	const t = new PSHashtable();
	for (const [k, v] of entries) t.set(k, v);
	return t;
};

/** Runs a format cmdlet and renders what it wrote, as Out-Default would at width 80. */
async function formatted(def: typeof formatTable, input: unknown[], params: Record<string, unknown> = {}): Promise<string[]> {
	const run = await runCmdlet(def, {input, params});
	if (run.failure) throw new Error(run.failure.message);
	assert.equal(run.output.length, 1);
	assert.ok(run.output[0] instanceof FormattedOutput);
	return outDefault(run.output);
}

const components = [
	rec('Scpsh.Component', {Name: 'SMS_EXECUTIVE', SiteCode: 'PS1', ServerName: 'CM01', State: 'Running', Status: 'OK', Type: 'Service'}),
	rec('Scpsh.Component', {Name: 'SMS_DMP_DOWNLOADER', SiteCode: 'PS1', ServerName: 'CM01', State: 'Stopped', Status: 'Warning', Type: 'Thread'}),
];

describe('Format-Table', () => {
	it('shows the default view of the first object', async () => {
		assert.deepEqual(await formatted(formatTable, components), [
			'',
			'Name               SiteCode State   Status  Type',
			'----               -------- -----   ------  ----',
			'SMS_EXECUTIVE      PS1      Running OK      Service',
			'SMS_DMP_DOWNLOADER PS1      Stopped Warning Thread',
			'',
		]);
	});

	it('shows chosen properties, wildcards expanded against the first object', async () => {
		assert.deepEqual(await formatted(formatTable, components, {Property: ['name', 'St*e']}), [
			'',
			'Name               State',
			'----               -----',
			'SMS_EXECUTIVE      Running',
			'SMS_DMP_DOWNLOADER Stopped',
			'',
		]);
	});

	it('evaluates calculated properties with FormatString, Width and Alignment', async () => {
		const minutes = hashtable([
			['Name', 'Minutes'],
			['Expression', jsBlock($_ => ($_ as PSObject).get('Seconds') as number / 60, '$_.Seconds / 60')],
			['FormatString', 'N1'],
		]);
		const lines = await formatted(formatTable, [obj({Name: 'SMS_DMP_DOWNLOADER', Seconds: 90})], {Property: ['Name', minutes]});
		assert.deepEqual(lines, ['', 'Name               Minutes', '----               -------', 'SMS_DMP_DOWNLOADER     1.5', '']);
		const sized = hashtable([['n', 'Site'], ['e', 'SiteCode'], ['w', 8], ['a', 'Right']]);
		assert.deepEqual((await formatted(formatTable, [obj({SiteCode: 'PS1'})], {Property: [sized]})).slice(1, 4), ['    Site', '    ----', '     PS1']);
	});

	it('labels a bare script block column with its text', async () => {
		const lines = await formatted(formatTable, [obj({n: 2})], {Property: [jsBlock($_ => (($_ as PSObject).get('n') as number) * 2, ' $_.n * 2 ')]});
		assert.deepEqual(lines.slice(1, 4), [' $_.n * 2 ', '----------', '         4']);
	});

	it('starts a table for each group with -GroupBy', async () => {
		const lines = await formatted(
			formatTable,
			[obj({Name: 'A', State: 'Running'}), obj({Name: 'B', State: 'Running'}), obj({Name: 'C', State: 'Stopped'})],
			{Property: ['Name'], GroupBy: 'State'},
		);
		assert.deepEqual(lines, ['', '   State: Running', '', 'Name', '----', 'A', 'B', '', '   State: Stopped', '', 'Name', '----', 'C', '']);
	});

	it('hides headers, and sizes view columns to the data with -AutoSize', async () => {
		assert.deepEqual(await formatted(formatTable, [obj({a: 'x'})], {HideTableHeaders: true}), ['', 'x', '']);
		const history = rec('Microsoft.PowerShell.Commands.HistoryInfo', {Id: 1, CommandLine: 'Get-ScpStatus', Duration: null});
		assert.deepEqual((await formatted(formatTable, [history], {AutoSize: true})).slice(1, 4), [
			'Id Duration CommandLine',
			'-- -------- -----------',
			' 1          Get-ScpStatus',
		]);
	});

	it('wraps with -Wrap', async () => {
		const run = await runCmdlet(formatTable, {input: [obj({Name: 'a', Text: 'one two three four'})], params: {Wrap: true}});
		// Text gets the 8 cells left; words keep their trailing blank when they are measured, as in pwsh.
		const lines = (run.output[0] as FormattedOutput).render({width: 13, color: false});
		assert.deepEqual(lines, ['', 'Name Text', '---- ----', 'a    one two', '     three', '     four', '']);
	});

	it('shows a hashtable as its entries', async () => {
		assert.deepEqual((await formatted(formatTable, [hashtable([['a', 1]])])).slice(1, 4), [
			'Name                           Value',
			'----                           -----',
			'a                              1',
		]);
	});

	it('prints strings as they are', async () => {
		assert.deepEqual(await formatted(formatTable, ['a', 'b']), ['a', 'b']);
	});

	it('writes nothing without input', async () => {
		const run = await runCmdlet(formatTable, {input: []});
		assert.deepEqual(run.output, []);
	});

	it('fails on a bad calculated property key', async () => {
		const run = await runCmdlet(formatTable, {input: [obj({a: 1})], params: {Property: [hashtable([['Bogus', 1]])]}});
		assert.equal(run.failure?.message, 'The "Bogus" key is not valid.');
	});

	it('passes the output of another format command through', async () => {
		const first = await runCmdlet(formatList, {input: [obj({a: 1})]});
		const run = await runCmdlet(formatTable, {input: first.output});
		assert.deepEqual(run.output, first.output);
	});

	it('renders at the width and colour of where it is shown', async () => {
		const run = await runCmdlet(formatTable, {input: [obj({one: 1})]});
		const out = run.output[0] as FormattedOutput;
		assert.deepEqual(out.render({width: 80, color: true}).slice(1, 3), ['\x1b[32;1mone\x1b[0m', '\x1b[32;1m---\x1b[0m']);
	});
});

describe('Format-List', () => {
	it('lists every property with *', async () => {
		assert.deepEqual(await formatted(formatList, [components[0]], {Property: ['*']}), [
			'',
			'Name       : SMS_EXECUTIVE',
			'SiteCode   : PS1',
			'ServerName : CM01',
			'State      : Running',
			'Status     : OK',
			'Type       : Service',
			'',
		]);
	});

	it('lists all properties of a type that has only a table view', async () => {
		const lines = await formatted(formatList, [components[1]]);
		assert.equal(lines.length, 8);
	});

	it('lists each object with its own properties', async () => {
		assert.deepEqual(await formatted(formatList, [obj({a: 1}), obj({bb: 2})]), ['', 'a : 1', '', 'bb : 2', '']);
	});

	it('lists chosen and calculated properties', async () => {
		const twice = hashtable([['Label', 'Twice'], ['Expression', jsBlock($_ => (($_ as PSObject).get('n') as number) * 2)]]);
		assert.deepEqual(await formatted(formatList, [obj({n: 21, other: 'x'})], {Property: ['n', twice]}), ['', 'n     : 21', 'Twice : 42', '']);
	});
});

describe('Out-String', () => {
	it('writes one string with a newline after each line', async () => {
		const run = await runCmdlet(outString, {input: [obj({one: 1, two: 2})]});
		assert.deepEqual(run.output, ['\none two\n--- ---\n  1   2\n\n']);
		assert.deepEqual((await runCmdlet(outString, {input: ['hello']})).output, ['hello\n']);
	});

	it('writes each line with -Stream', async () => {
		const run = await runCmdlet(outString, {input: ['a', obj({k: 'v'})], params: {Stream: true}});
		assert.deepEqual(run.output, ['a', '', 'k', '-', 'v', '']);
	});

	it('renders formatted output at -Width', async () => {
		const table = await runCmdlet(formatTable, {input: [obj({Name: 'x'.repeat(10), Text: 'y'.repeat(30)})]});
		const run = await runCmdlet(outString, {input: table.output, params: {Width: 20, Stream: true}});
		assert.deepEqual(run.output, ['', 'Name       Text', '----       ----', 'xxxxxxxxxx yyyyyyyy…', '']);
	});

	it('joins without newlines with -NoNewline', async () => {
		const run = await runCmdlet(outString, {input: ['a', 'b'], params: {NoNewline: true}});
		assert.deepEqual(run.output, ['ab']);
	});
});

describe('Out-Null', () => {
	it('writes nothing', async () => {
		const run = await runCmdlet(outNull, {input: [1, 'two', obj({a: 1})]});
		assert.deepEqual(run.output, []);
	});
});
