import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Get-Unique.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';

describe('Get-Unique', () => {
	it('drops neighbours that are equal, case-sensitively', async () => {
		assert.deepEqual((await runCmdlet(def, {input: ['a', 'a', 'A', 'b', 'a']})).output, ['a', 'A', 'b', 'a']);
	});

	it('ignores case with -CaseInsensitive', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {CaseInsensitive: true}, input: ['a', 'A', 'b']})).output, ['a', 'b']);
	});

	it('compares only types with -OnType', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {OnType: true}, input: [1, 2, 'x', 'y', 3]})).output, [1, 'x', 3]);
	});
});
