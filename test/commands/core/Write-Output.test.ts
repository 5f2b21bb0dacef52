import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Write-Output.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';

describe('Write-Output', () => {
	it('writes each item of a collection', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {InputObject: [1, 2, 3]}})).output, [1, 2, 3]);
	});

	it('writes a collection whole with -NoEnumerate', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {InputObject: [1, 2, 3], NoEnumerate: true}})).output, [[1, 2, 3]]);
	});

	it('keeps a single argument single with -NoEnumerate', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {InputObject: ['x'], NoEnumerate: true}})).output, ['x']);
	});

	it('passes pipeline objects on, enumerating a piped array unless -NoEnumerate', async () => {
		assert.deepEqual((await runCmdlet(def, {input: ['a', [1, 2]]})).output, ['a', 1, 2]);
		assert.deepEqual((await runCmdlet(def, {params: {NoEnumerate: true}, input: ['a', [1, 2]]})).output, ['a', [1, 2]]);
	});

	it('writes $null when given $null, and nothing when given nothing', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {InputObject: null}})).output, [null]);
		assert.deepEqual((await runCmdlet(def)).output, []);
	});
});
