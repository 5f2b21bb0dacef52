import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Get-Random.ts';
import {fakeSession, runCmdlet} from '../../helpers/fake-context.ts';

describe('Get-Random', () => {
	it('gives a whole number in [0, Int32.MaxValue) by default', async () => {
		const [n] = (await runCmdlet(def)).output as number[];
		assert.ok(Number.isInteger(n) && n! >= 0 && n! < 2147483647);
	});

	it('stays in [Minimum, Maximum) and gives decimals for a decimal bound', async () => {
		const ints = (await runCmdlet(def, {params: {Minimum: 5, Maximum: 8, Count: 200}})).output as number[];
		assert.ok(ints.every(n => Number.isInteger(n) && n >= 5 && n < 8));
		assert.deepEqual([...new Set(ints)].sort(), [5, 6, 7]);
		const doubles = (await runCmdlet(def, {params: {Minimum: 1.5, Maximum: 2, Count: 20}})).output as number[];
		assert.ok(doubles.every(n => n >= 1.5 && n < 2) && doubles.some(n => !Number.isInteger(n)));
	});

	it('is deterministic: the same session sequence, and the same seed, give the same numbers', async () => {
		const a = (await runCmdlet(def, {params: {Count: 5}, session: fakeSession()})).output;
		const b = (await runCmdlet(def, {params: {Count: 5}, session: fakeSession()})).output;
		assert.deepEqual(a, b);
		const session = fakeSession();
		const s1 = (await runCmdlet(def, {params: {SetSeed: 42, Maximum: 1000, Count: 3}, session})).output;
		const s2 = (await runCmdlet(def, {params: {SetSeed: 42, Maximum: 1000, Count: 3}, session})).output;
		assert.deepEqual(s1, s2);
	});

	it('rejects a minimum that is not below the maximum', async () => {
		const run = await runCmdlet(def, {params: {Minimum: 5, Maximum: 5}});
		assert.equal(run.failure?.message, 'The Minimum value (5) cannot be greater than or equal to the Maximum value (5).');
	});

	it('picks distinct items from the input', async () => {
		const input = ['a', 'b', 'c', 'd', 'e'];
		const one = (await runCmdlet(def, {input})).output;
		assert.equal(one.length, 1);
		assert.ok(input.includes(one[0] as string));
		const three = (await runCmdlet(def, {params: {Count: 3}, input})).output as string[];
		assert.equal(new Set(three).size, 3);
		const many = (await runCmdlet(def, {params: {Count: 10}, input})).output as string[];
		assert.deepEqual([...many].sort(), input);
	});

	it('shuffles all items with -Shuffle', async () => {
		const input = [1, 2, 3, 4, 5, 6, 7, 8];
		const out = (await runCmdlet(def, {params: {Shuffle: true}, input})).output as number[];
		assert.deepEqual([...out].sort(), input);
	});
});
