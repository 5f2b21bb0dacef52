import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Where-Object.ts';
import {jsBlock, runCmdlet} from '../../helpers/fake-context.ts';
import {PSObject} from '../../../src/engine/values.ts';

const obj = (props: Record<string, unknown>): PSObject => PSObject.from('Test.Item', props);
const items = [obj({Name: 'A', State: 'Running', Enabled: true, Tags: ['x', 'y']}), obj({Name: 'B', State: 'Stopped', Enabled: false, Tags: []})];
const names = (out: unknown[]): unknown[] => out.map(o => (o as PSObject).get('Name'));

describe('Where-Object', () => {
	it('passes the objects for which the script block is true', async () => {
		const run = await runCmdlet(def, {params: {FilterScript: jsBlock(n => (n as number) > 7)}, input: [1, 8, 3, 10]});
		assert.deepEqual(run.output, [8, 10]);
	});

	it('treats the script block output as a condition (empty is false, several values true)', async () => {
		const run = await runCmdlet(def, {params: {FilterScript: jsBlock(n => (n === 1 ? [] : n === 2 ? [0, 0] : [0]))}, input: [1, 2, 3]});
		assert.deepEqual(run.output, [2]);
	});

	it('does nothing without input', async () => {
		const run = await runCmdlet(def, {params: {FilterScript: jsBlock(() => true)}});
		assert.deepEqual(run.output, []);
	});

	it('compares a property case-insensitively with -EQ', async () => {
		const run = await runCmdlet(def, {params: {Property: 'State', Value: 'running', EQ: true}, input: items});
		assert.deepEqual(names(run.output), ['A']);
	});

	it('compares case-sensitively with -CEQ', async () => {
		const run = await runCmdlet(def, {params: {Property: 'State', Value: 'running', CEQ: true}, input: items});
		assert.deepEqual(run.output, []);
	});

	it('tests the truth of a property given alone', async () => {
		const run = await runCmdlet(def, {params: {Property: 'Enabled'}, input: items});
		assert.deepEqual(names(run.output), ['A']);
	});

	it('passes objects whose property is false with -Not', async () => {
		const run = await runCmdlet(def, {params: {Property: 'Enabled', Not: true}, input: items});
		assert.deepEqual(names(run.output), ['B']);
	});

	it('supports -Like, -Contains, -In and -Is', async () => {
		assert.deepEqual(names((await runCmdlet(def, {params: {Property: 'State', Value: 'run*', Like: true}, input: items})).output), ['A']);
		assert.deepEqual(names((await runCmdlet(def, {params: {Property: 'Tags', Value: 'y', Contains: true}, input: items})).output), ['A']);
		assert.deepEqual(names((await runCmdlet(def, {params: {Property: 'Name', Value: ['B', 'C'], In: true}, input: items})).output), ['B']);
		assert.deepEqual((await runCmdlet(def, {params: {Property: 'Length', Value: '[int]', Is: true}, input: ['abc']})).output, ['abc']);
	});

	it('requires an operator when a value is given', async () => {
		const run = await runCmdlet(def, {params: {Property: 'State', Value: 'Running'}, input: items});
		assert.equal(run.failure?.errorId, 'OperatorNotSpecified');
	});

	it('requires a value when an operator is given', async () => {
		const run = await runCmdlet(def, {params: {Property: 'State', GT: true}, input: items});
		assert.equal(run.failure?.errorId, 'ValueNotSpecifiedForWhereObject');
	});

	it('reads hashtable keys as properties', async () => {
		const {PSHashtable} = await import('../../../src/engine/values.ts');
		const h = new PSHashtable();
		h.set('Mode', 'Online');
		const run = await runCmdlet(def, {params: {Property: 'Mode', Value: 'Online', EQ: true}, input: [h]});
		assert.deepEqual(run.output, [h]);
	});
});
