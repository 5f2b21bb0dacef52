import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Clear-Variable.ts';
import {fakeSession, runCmdlet} from '../../helpers/fake-context.ts';

describe('Clear-Variable', () => {
	it('sets the variable to $null and keeps it', async () => {
		const session = fakeSession({variables: {x: 1}});
		await runCmdlet(def, {params: {Name: ['x']}, session});
		assert.equal(session.hasVariable('x'), true);
		assert.equal(session.getVariable('x'), null);
	});

	it('reports a variable that does not exist', async () => {
		const run = await runCmdlet(def, {params: {Name: ['nosuch']}});
		assert.equal(run.errors[0]?.errorId, 'VariableNotFound');
	});
});
