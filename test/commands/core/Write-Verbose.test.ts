import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Write-Verbose.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';

describe('Write-Verbose', () => {
	it('writes to the verbose stream (the context decides whether it shows)', async () => {
		const run = await runCmdlet(def, {params: {Message: 'details'}});
		assert.deepEqual(run.verbose, ['details']);
		assert.deepEqual(run.output, []);
	});
});
