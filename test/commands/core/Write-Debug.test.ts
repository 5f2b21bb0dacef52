import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Write-Debug.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';

describe('Write-Debug', () => {
	it('writes to the debug stream (the context decides whether it shows)', async () => {
		const run = await runCmdlet(def, {params: {Message: 'state dump'}});
		assert.deepEqual(run.debug, ['state dump']);
		assert.deepEqual(run.output, []);
	});
});
