import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Group-Object.ts';
import {jsBlock, runCmdlet} from '../../helpers/fake-context.ts';
import {PSHashtable, PSObject} from '../../../src/engine/values.ts';

const obj = (props: Record<string, unknown>): PSObject => PSObject.from('Test.Item', props);
const summary = (out: unknown[]): string[] => out.map(o => `${(o as PSObject).get('Count')} ${(o as PSObject).get('Name')}`);

describe('Group-Object', () => {
	const input = [obj({State: 'Running', Site: 'PS1'}), obj({State: 'stopped', Site: 'PS1'}), obj({State: 'running', Site: 'PS2'})];

	it('groups by a property, ignoring case, sorted by key when the keys share a type', async () => {
		const run = await runCmdlet(def, {params: {Property: ['State']}, input});
		assert.deepEqual(summary(run.output), ['2 Running', '1 stopped']);
		const first = run.output[0] as PSObject;
		assert.equal(first.typeName, 'Microsoft.PowerShell.Commands.GroupInfo');
		assert.deepEqual(first.get('Group'), [input[0], input[2]]);
		assert.deepEqual(first.get('Values'), ['Running']);
	});

	it('names groups of several keys with ", "', async () => {
		const run = await runCmdlet(def, {params: {Property: ['Site', 'State']}, input});
		assert.deepEqual(summary(run.output), ['1 PS1, Running', '1 PS1, stopped', '1 PS2, running']);
	});

	it('groups by a script block', async () => {
		const run = await runCmdlet(def, {params: {Property: [jsBlock(n => (n as number) % 2 === 0)]}, input: [1, 2, 3, 4, 5]});
		assert.deepEqual(summary(run.output), ['3 False', '2 True']);
	});

	it('keeps the order of first appearance when key types differ', async () => {
		const run = await runCmdlet(def, {input: ['b', 1, 'b', '1']});
		assert.deepEqual(summary(run.output), ['2 b', '2 1']);
	});

	it('drops the members with -NoElement', async () => {
		const run = await runCmdlet(def, {params: {NoElement: true}, input: ['a', 'a']});
		const g = run.output[0] as PSObject;
		assert.deepEqual(g.typeNames, ['Microsoft.PowerShell.Commands.GroupInfoNoElement', 'Microsoft.PowerShell.Commands.GroupInfo']);
		assert.deepEqual(g.get('Group'), []);
		assert.equal(g.get('Count'), 2);
	});

	it('returns a hashtable with -AsHashTable', async () => {
		const run = await runCmdlet(def, {params: {Property: ['Site'], AsHashTable: true}, input});
		const h = run.output[0] as PSHashtable;
		assert.ok(h instanceof PSHashtable);
		assert.deepEqual(h.get('PS1'), [input[0], input[1]]);
	});

	it('needs -AsHashTable for -AsString', async () => {
		const run = await runCmdlet(def, {params: {AsString: true}, input: ['a']});
		assert.match(run.failure?.message ?? '', /AsString/);
	});
});
