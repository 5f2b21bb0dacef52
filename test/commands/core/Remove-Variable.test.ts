import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Remove-Variable.ts';
import {fakeSession, runCmdlet} from '../../helpers/fake-context.ts';

describe('Remove-Variable', () => {
	it('removes variables by name and wildcard', async () => {
		const session = fakeSession({variables: {tmpA: 1, tmpB: 2, keep: 3}});
		await runCmdlet(def, {params: {Name: ['tmp*']}, session});
		assert.deepEqual(session.listVariables().map(v => v.name), ['keep']);
	});

	it('reports a variable that does not exist', async () => {
		const run = await runCmdlet(def, {params: {Name: ['nosuch']}});
		assert.equal(run.errors[0]?.message, "Cannot find a variable with the name 'nosuch'.");
	});
});
