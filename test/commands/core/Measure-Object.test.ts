import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Measure-Object.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';
import {PSObject} from '../../../src/engine/values.ts';

const range = (n: number): number[] => Array.from({length: n}, (_, i) => i + 1);
const only = (out: unknown[]): PSObject => {
	assert.equal(out.length, 1);
	return out[0] as PSObject;
};

describe('Measure-Object', () => {
	it('counts objects and leaves statistics not asked for $null', async () => {
		const m = only((await runCmdlet(def, {input: ['a', 'b', 'c']})).output);
		assert.equal(m.typeName, 'Microsoft.PowerShell.Commands.GenericMeasureInfo');
		assert.deepEqual(m.entries(), [['Count', 3], ['Average', null], ['Sum', null], ['Maximum', null], ['Minimum', null], ['StandardDeviation', null], ['Property', null]]);
	});

	it('computes every statistic with -AllStats (sample standard deviation)', async () => {
		const m = only((await runCmdlet(def, {params: {AllStats: true}, input: range(10)})).output);
		assert.equal(m.get('Sum'), 55);
		assert.equal(m.get('Average'), 5.5);
		assert.equal(m.get('Maximum'), 10);
		assert.equal(m.get('Minimum'), 1);
		assert.ok(Math.abs((m.get('StandardDeviation') as number) - 3.0276503540974917) < 1e-12);
	});

	it('measures properties, one result each', async () => {
		const input = [PSObject.from('T', {Size: 10, Age: 1}), PSObject.from('T', {Size: 30, Age: 3})];
		const run = await runCmdlet(def, {params: {Property: ['Size', 'Age'], Sum: true}, input});
		assert.deepEqual(run.output.map(o => [(o as PSObject).get('Property'), (o as PSObject).get('Sum')]), [['Size', 40], ['Age', 4]]);
	});

	it('reports a property no object has', async () => {
		const run = await runCmdlet(def, {params: {Property: ['Nope'], Sum: true}, input: [PSObject.from('T', {Size: 1})]});
		assert.deepEqual(run.output, []);
		assert.equal(run.errors[0]?.message, 'The property "Nope" cannot be found in the input for any objects.');
	});

	it('reports text it cannot add up, and leaves Sum out', async () => {
		const run = await runCmdlet(def, {params: {Sum: true}, input: [1, 'x']});
		assert.equal(run.errors[0]?.errorId, 'NonNumericInputObject');
		assert.equal(only(run.output).get('Sum'), null);
	});

	it('finds the minimum and maximum of text', async () => {
		const m = only((await runCmdlet(def, {params: {Minimum: true, Maximum: true}, input: ['b', 'a', 'c']})).output);
		assert.equal(m.get('Minimum'), 'a');
		assert.equal(m.get('Maximum'), 'c');
	});

	it('reports zeros for no input', async () => {
		const m = only((await runCmdlet(def, {params: {Sum: true}, input: []})).output);
		assert.equal(m.get('Count'), 0);
		assert.equal(m.get('Sum'), 0);
	});

	it('counts lines, words and characters', async () => {
		const run = await runCmdlet(def, {params: {Line: true, Word: true, Character: true}, input: ['one two\nthree', 'four\n']});
		const m = only(run.output);
		assert.equal(m.typeName, 'Microsoft.PowerShell.Commands.TextMeasureInfo');
		assert.deepEqual(m.entries(), [['Lines', 3], ['Words', 4], ['Characters', 18], ['Property', null]]);
	});

	it('skips $null input objects', async () => {
		assert.equal(only((await runCmdlet(def, {input: [1, null, 2]})).output).get('Count'), 2);
	});
});
