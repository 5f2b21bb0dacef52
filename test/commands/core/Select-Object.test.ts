import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Select-Object.ts';
import {jsBlock, runCmdlet} from '../../helpers/fake-context.ts';
import {PSHashtable, PSObject} from '../../../src/engine/values.ts';

const obj = (props: Record<string, unknown>, type = 'Scpsh.Component'): PSObject => PSObject.from(type, props);
const table = (entries: Record<string, unknown>): PSHashtable => {
	const h = new PSHashtable();
	for (const [k, v] of Object.entries(entries)) h.set(k, v);
	return h;
};
const range = (n: number): number[] => Array.from({length: n}, (_, i) => i + 1);

describe('Select-Object', () => {
	it('makes new objects with the named properties, typed Selected.<type>', async () => {
		const run = await runCmdlet(def, {params: {Property: ['name', 'State']}, input: [obj({Name: 'SMS_EXECUTIVE', State: 'Running', Type: 'Thread'})]});
		const out = run.output[0] as PSObject;
		assert.deepEqual(out.entries(), [['Name', 'SMS_EXECUTIVE'], ['State', 'Running']]);
		assert.deepEqual(out.typeNames, ['Selected.Scpsh.Component', 'System.Management.Automation.PSCustomObject']);
	});

	it('expands wildcards and honours -ExcludeProperty', async () => {
		const input = [obj({Name: 'a', SiteCode: 'PS1', ServerName: 'CM01'})];
		assert.deepEqual(((await runCmdlet(def, {params: {Property: ['S*']}, input})).output[0] as PSObject).names(), ['SiteCode', 'ServerName']);
		assert.deepEqual(((await runCmdlet(def, {params: {ExcludeProperty: ['Server*']}, input})).output[0] as PSObject).names(), ['Name', 'SiteCode']);
	});

	it('adds a missing property with a $null value', async () => {
		const out = (await runCmdlet(def, {params: {Property: ['Nope']}, input: [obj({Name: 'a'})]})).output[0] as PSObject;
		assert.deepEqual(out.entries(), [['Nope', null]]);
	});

	it('computes calculated properties from script blocks and property names', async () => {
		const calc = table({Name: 'SizeMB', Expression: jsBlock(o => ((o as PSObject).get('Bytes') as number) / 1048576)});
		const renamed = table({n: 'Server', e: 'ServerName'});
		const out = (await runCmdlet(def, {params: {Property: [calc, renamed]}, input: [obj({Bytes: 1572864, ServerName: 'CM01'})]})).output[0] as PSObject;
		assert.deepEqual(out.entries(), [['SizeMB', 1.5], ['Server', 'CM01']]);
	});

	it('rejects an unknown calculated-property key', async () => {
		const run = await runCmdlet(def, {params: {Property: [table({Foo: 'x'})]}, input: [1]});
		assert.match(run.failure?.message ?? '', /"Foo" key is not valid/);
	});

	it('expands a collection property item by item (conformance pipe-02)', async () => {
		const run = await runCmdlet(def, {params: {ExpandProperty: 'List', Property: ['Name']}, input: [obj({Name: 'CustomObject', List: [1, 2, 3, 4, 5]})]});
		assert.deepEqual(run.output, [1, 2, 3, 4, 5]);
	});

	it('adds the -Property values to expanded objects', async () => {
		const inner = obj({Id: 1}, 'System.Management.Automation.PSCustomObject');
		const run = await runCmdlet(def, {params: {ExpandProperty: 'Items', Property: ['Name']}, input: [obj({Name: 'outer', Items: [inner]})]});
		assert.deepEqual((run.output[0] as PSObject).entries(), [['Id', 1], ['Name', 'outer']]);
		assert.deepEqual(inner.names(), ['Id'], 'the original object is not changed');
	});

	it('reports an -ExpandProperty that does not exist', async () => {
		const run = await runCmdlet(def, {params: {ExpandProperty: 'Nope'}, input: [obj({Name: 'a'})]});
		assert.equal(run.errors[0]?.errorId, 'ExpandPropertyNotFound');
		assert.equal(run.errors[0]?.message, 'Property "Nope" cannot be found.');
	});

	it('streams -First and stops upstream once satisfied', async () => {
		const run = await runCmdlet(def, {params: {First: 3}, input: range(1000)});
		assert.deepEqual(run.output, [1, 2, 3]);
		assert.equal(run.stoppedAfter, 3);
	});

	it('keeps reading upstream with -Wait', async () => {
		const run = await runCmdlet(def, {params: {First: 2, Wait: true}, input: range(5)});
		assert.deepEqual(run.output, [1, 2]);
		assert.equal(run.stoppedAfter, undefined);
	});

	it('selects by position like pwsh: -Skip, -Last, -Skip with -Last, -First with -Last, -SkipLast', async () => {
		const pick = async (params: Record<string, unknown>) => (await runCmdlet(def, {params, input: range(10)})).output;
		assert.deepEqual(await pick({Skip: 2, First: 3}), [3, 4, 5]);
		assert.deepEqual(await pick({Last: 3}), [8, 9, 10]);
		assert.deepEqual(await pick({Last: 3, Skip: 2}), [6, 7, 8]);
		assert.deepEqual(await pick({First: 2, Last: 2}), [1, 2, 9, 10]);
		assert.deepEqual(await pick({Skip: 8}), [9, 10]);
		assert.deepEqual(await pick({SkipLast: 7}), [1, 2, 3]);
		assert.deepEqual(await pick({First: 0}), []);
	});

	it('selects by -Index and -SkipIndex', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {Index: [3, 1]}, input: range(10)})).output, [2, 4]);
		assert.deepEqual((await runCmdlet(def, {params: {SkipIndex: [0, 9]}, input: range(10)})).output, [2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('writes distinct objects with -Unique, case-sensitively unless -CaseInsensitive', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {Unique: true}, input: ['a', 'A', 'b', 'a']})).output, ['a', 'A', 'b']);
		assert.deepEqual((await runCmdlet(def, {params: {Unique: true, CaseInsensitive: true}, input: ['a', 'A', 'b']})).output, ['a', 'b']);
		const selected = await runCmdlet(def, {params: {Property: ['State'], Unique: true}, input: [obj({State: 'Running'}), obj({State: 'Running'}), obj({State: 'Stopped'})]});
		assert.deepEqual(selected.output.map(o => (o as PSObject).get('State')), ['Running', 'Stopped']);
	});

	it('ignores $null input objects and passes others through unchanged', async () => {
		const o = obj({Name: 'a'});
		assert.deepEqual((await runCmdlet(def, {input: [1, null, o]})).output, [1, o]);
	});
});
