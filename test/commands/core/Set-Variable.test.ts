import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Set-Variable.ts';
import {fakeSession, runCmdlet} from '../../helpers/fake-context.ts';
import {PSObject} from '../../../src/engine/values.ts';

describe('Set-Variable', () => {
	it('creates or changes a variable', async () => {
		const session = fakeSession();
		const run = await runCmdlet(def, {params: {Name: ['x'], Value: 5}, session});
		assert.equal(session.getVariable('x'), 5);
		assert.deepEqual(run.output, []);
	});

	it('writes the variable with -PassThru', async () => {
		const run = await runCmdlet(def, {params: {Name: ['x'], Value: 'v', PassThru: true}});
		assert.deepEqual((run.output[0] as PSObject).entries().slice(0, 2), [['Name', 'x'], ['Value', 'v']]);
	});

	it('collects piped values and assigns them at the end', async () => {
		const session = fakeSession();
		await runCmdlet(def, {params: {Name: ['names']}, input: ['a', 'b'], session});
		assert.deepEqual(session.getVariable('names'), ['a', 'b']);
		await runCmdlet(def, {params: {Name: ['one']}, input: ['a'], session});
		assert.equal(session.getVariable('one'), 'a');
	});

	it('sets $null without -Value', async () => {
		const session = fakeSession({variables: {x: 1}});
		await runCmdlet(def, {params: {Name: ['x']}, session});
		assert.equal(session.getVariable('x'), null);
	});

	it('does nothing with -WhatIf', async () => {
		const session = fakeSession();
		const run = await runCmdlet(def, {params: {Name: ['x'], Value: 1, WhatIf: true}, session});
		assert.equal(session.hasVariable('x'), false);
		assert.deepEqual(run.shouldProcess, [{target: 'Name: x Value: 1', action: 'Set variable'}]);
	});
});
