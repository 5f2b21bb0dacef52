import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Clear-Host.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';

describe('Clear-Host', () => {
	it('asks the host to clear', async () => {
		const run = await runCmdlet(def);
		assert.equal(run.host.cleared, 1);
		assert.deepEqual(def.aliases, ['cls', 'clear']);
	});
});
