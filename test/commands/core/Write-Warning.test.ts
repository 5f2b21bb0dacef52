import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Write-Warning.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';

describe('Write-Warning', () => {
	it('writes to the warning stream', async () => {
		const run = await runCmdlet(def, {params: {Message: 'careful'}});
		assert.deepEqual(run.warnings, ['careful']);
		assert.deepEqual(run.output, []);
	});

	it('takes messages from the pipeline', async () => {
		assert.deepEqual((await runCmdlet(def, {input: ['a', 'b']})).warnings, ['a', 'b']);
	});
});
