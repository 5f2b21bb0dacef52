import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Out-Host.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';

describe('Out-Host', () => {
	it('sends objects to one host output sink and writes nothing on', async () => {
		const run = await runCmdlet(def, {input: ['a', 1]});
		assert.deepEqual(run.output, []);
		assert.deepEqual(run.host.sinks, [{items: ['a', 1], ended: true}]);
	});

	it('shows an -InputObject collection as one object', async () => {
		const run = await runCmdlet(def, {params: {InputObject: [1, 2]}});
		assert.deepEqual(run.host.sinks[0]?.items, [[1, 2]]);
	});
});
