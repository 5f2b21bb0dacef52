import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Sort-Object.ts';
import {jsBlock, runCmdlet} from '../../helpers/fake-context.ts';
import {PSHashtable, PSObject} from '../../../src/engine/values.ts';

const obj = (props: Record<string, unknown>): PSObject => PSObject.from('Test.Item', props);
const names = (out: unknown[]): unknown[] => out.map(o => (o as PSObject).get('Name'));

describe('Sort-Object', () => {
	it('sorts numbers and text ascending, text ignoring case', async () => {
		assert.deepEqual((await runCmdlet(def, {input: [5, 3, 9, 1]})).output, [1, 3, 5, 9]);
		assert.deepEqual((await runCmdlet(def, {input: ['b', 'C', 'a']})).output, ['a', 'b', 'C']);
	});

	it('sorts case-sensitively with -CaseSensitive (lowercase first)', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {CaseSensitive: true}, input: ['B', 'b', 'a', 'A']})).output, ['a', 'A', 'b', 'B']);
	});

	it('sorts by a property, descending', async () => {
		const input = [obj({Name: 'x', N: 1}), obj({Name: 'y', N: 3}), obj({Name: 'z', N: 2})];
		assert.deepEqual(names((await runCmdlet(def, {params: {Property: ['N'], Descending: true}, input})).output), ['y', 'z', 'x']);
	});

	it('gives each hashtable key its own direction', async () => {
		const input = [obj({Name: 'b', N: 2}), obj({Name: 'a', N: 2}), obj({Name: 'c', N: 1})];
		const key = new PSHashtable();
		key.set('Expression', 'N');
		key.set('Descending', true);
		assert.deepEqual(names((await runCmdlet(def, {params: {Property: [key, 'Name']}, input})).output), ['a', 'b', 'c']);
	});

	it('is stable for equal script-block keys (conformance pipe-08)', async () => {
		const input = Array.from({length: 20}, (_, i) => i + 1);
		const run = await runCmdlet(def, {params: {Property: [jsBlock(n => (n as number) % 3)], Stable: true}, input});
		assert.deepEqual(run.output, [3, 6, 9, 12, 15, 18, 1, 4, 7, 10, 13, 16, 19, 2, 5, 8, 11, 14, 17, 20]);
	});

	it('drops equal keys with -Unique', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {Unique: true}, input: ['b', 'a', 'B', 'c', 'a']})).output, ['a', 'b', 'c']);
	});

	it('keeps the first or last objects with -Top and -Bottom', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {Top: 2}, input: [5, 1, 4, 2, 3]})).output, [1, 2]);
		assert.deepEqual((await runCmdlet(def, {params: {Bottom: 2}, input: [5, 1, 4, 2, 3]})).output, [4, 5]);
	});

	it('puts objects without the property last, in either direction, and $null keys first', async () => {
		const input = [obj({Name: 'none'}), obj({Name: 'two', N: 2}), obj({Name: 'null', N: null}), obj({Name: 'one', N: 1})];
		assert.deepEqual(names((await runCmdlet(def, {params: {Property: ['N']}, input})).output), ['null', 'one', 'two', 'none']);
		assert.deepEqual(names((await runCmdlet(def, {params: {Property: ['N'], Descending: true}, input})).output), ['two', 'one', 'null', 'none']);
	});

	it('drops $null input objects', async () => {
		assert.deepEqual((await runCmdlet(def, {input: [null, 3, 1]})).output, [1, 3]);
	});

	it('rejects an unknown hashtable key', async () => {
		const key = new PSHashtable();
		key.set('Expression', 'N');
		key.set('Foo', 1);
		const run = await runCmdlet(def, {params: {Property: [key]}, input: [1]});
		assert.match(run.failure?.message ?? '', /"Foo" key is not valid/);
	});
});
