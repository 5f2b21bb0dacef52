import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Invoke-Expression.ts';
import {fakeSession, runCmdlet} from '../../helpers/fake-context.ts';

describe('Invoke-Expression', () => {
	it('runs the text and writes its output', async () => {
		const session = fakeSession({runText: async () => [42]});
		const run = await runCmdlet(def, {params: {Command: '6 * 7'}, session});
		assert.deepEqual(session.ranText, ['6 * 7']);
		assert.deepEqual(run.output, [42]);
	});

	it('runs each piped string, and skips blank ones', async () => {
		const session = fakeSession();
		await runCmdlet(def, {input: ['a', '  ', 'b'], session});
		assert.deepEqual(session.ranText, ['a', 'b']);
	});
});
