// Get-Random: a random number, or random items of a collection. Deterministic: the numbers come from the session's
// seeded generator, so a script prints the same values on every run.

import type {CmdletContext, CmdletDef, Session} from '../../src/engine/command.ts';
import {convertTo} from '../../src/engine/convert.ts';
import {enumerate, isNull} from '../../src/engine/values.ts';

const INT32_MAX = 2147483647;

const nextRandom = (session: Session): number => session.random();

/** A bound -Minimum/-Maximum as a number, remembering whether pwsh would treat it as a double. */
function numberArg(ctx: CmdletContext, name: string): {value: number; isDouble: boolean} | undefined {
	if (!ctx.isBound(name) || isNull(ctx.params[name])) return undefined;
	const raw = ctx.params[name];
	const value = typeof raw === 'number' ? raw : (convertTo(raw, 'System.Double') as number);
	const isDouble = !Number.isInteger(value) || (typeof raw === 'string' && /[.eE]/.test(raw));
	return {value, isDouble};
}

/** Picks `count` distinct positions from `n` in random order (a partial Fisher-Yates shuffle). */
function pick<T>(session: Session, items: T[], count: number): T[] {
	const pool = [...items];
	const take = Math.min(count, pool.length);
	for (let i = 0; i < take; i++) {
		const j = i + Math.floor(nextRandom(session) * (pool.length - i));
		[pool[i], pool[j]] = [pool[j]!, pool[i]!];
	}
	return pool.slice(0, take);
}

const def: CmdletDef = {
	name: 'Get-Random',
	synopsis: 'Gets a random number, or selects objects randomly from a collection.',
	description:
		'Without input, Get-Random gets a random whole number from 0 up to (not including) 2147483647; -Minimum and ' +
		'-Maximum narrow the range (the maximum is never returned), and a decimal bound gives a decimal result. With ' +
		'-InputObject or piped input it selects -Count distinct items at random (one by default); -Shuffle returns ' +
		'every item in random order. The numbers come from a seeded generator, so a script gets the same numbers on ' +
		'every run; -SetSeed starts the sequence again from a seed of your choice.',
	defaultParameterSet: 'RandomNumberParameterSet',
	parameters: [
		{
			name: 'Maximum',
			type: 'object',
			position: 0,
			sets: ['RandomNumberParameterSet'],
			help: 'The upper bound, which is never returned. The default is 2147483647 (Int32.MaxValue).',
		},
		{
			name: 'Minimum',
			type: 'object',
			sets: ['RandomNumberParameterSet'],
			help: 'The lowest value that can be returned. The default is 0.',
		},
		{
			name: 'InputObject',
			type: 'object[]',
			mandatory: true,
			position: 0,
			valueFromPipeline: true,
			sets: ['RandomListItemParameterSet', 'ShuffleParameterSet'],
			help: 'The collection to select from. Piped objects are collected first.',
		},
		{
			name: 'Count',
			type: 'int',
			sets: ['RandomNumberParameterSet', 'RandomListItemParameterSet'],
			validateRange: [1, INT32_MAX],
			help: 'How many numbers to generate, or how many distinct items to select.',
		},
		{
			name: 'Shuffle',
			type: 'switch',
			mandatory: true,
			sets: ['ShuffleParameterSet'],
			help: 'Returns all the input items in random order.',
		},
		{
			name: 'SetSeed',
			type: 'int',
			help: 'Reseeds the generator with this number first, so the following results repeat for the same seed.',
		},
	],
	outputs: ['System.Int32', 'System.Double', 'System.Object'],
	examples: [
		{
			title: 'Get a random number below 100',
			code: '$n = Get-Random -Maximum 100\n$n -ge 0 -and $n -lt 100',
			remarks: 'The result is a whole number from 0 to 99.',
			expect: ['True'],
		},
		{
			title: 'Pick an item from a list',
			code: "$server = 'CM01', 'CM02', 'CM03' | Get-Random\n$server -in 'CM01', 'CM02', 'CM03'",
			remarks: 'One of the piped strings is chosen at random.',
			expect: ['True'],
		},
		{
			title: 'Repeat a sequence with a seed',
			code: '$a = Get-Random -SetSeed 42 -Maximum 1000\n$b = Get-Random -SetSeed 42 -Maximum 1000\n$a -eq $b',
			remarks: 'The same seed gives the same number.',
			expect: ['True'],
		},
		{
			title: 'Shuffle a collection',
			code: '(1..10 | Get-Random -Shuffle | Measure-Object -Sum).Sum',
			remarks: 'Every item comes back once, in random order, so the sum is unchanged.',
			expect: ['55'],
		},
	],
	related: ['Sort-Object'],
	begin(ctx) {
		if (ctx.isBound('SetSeed')) ctx.session.seedRandom(ctx.params.SetSeed);
		ctx.state.items = [];
	},
	process(ctx) {
		if (ctx.parameterSet === 'RandomNumberParameterSet') return;
		// Collect: the choice is made in end, over everything piped or given.
		const items: unknown[] = ctx.state.items;
		if (ctx.hasInput) items.push(ctx.input);
		else items.push(...enumerate(ctx.params.InputObject));
	},
	end(ctx) {
		const session = ctx.session;
		if (ctx.parameterSet !== 'RandomNumberParameterSet') {
			const items: unknown[] = ctx.state.items;
			const count = ctx.parameterSet === 'ShuffleParameterSet' ? items.length : (ctx.params.Count ?? 1);
			ctx.writeAll(pick(session, items, count));
			return;
		}
		const max = numberArg(ctx, 'Maximum');
		const min = numberArg(ctx, 'Minimum');
		const isDouble = (max?.isDouble ?? false) || (min?.isDouble ?? false);
		const lo = min?.value ?? 0;
		const hi = max?.value ?? (isDouble ? Number.MAX_VALUE : INT32_MAX);
		if (lo >= hi) {
			ctx.fail({
				message: `The Minimum value (${lo}) cannot be greater than or equal to the Maximum value (${hi}).`,
				id: 'MinGreaterThanOrEqualMax',
				category: 'InvalidArgument',
				exceptionType: 'ArgumentException',
				target: lo,
			});
		}
		const count: number = ctx.params.Count ?? 1;
		for (let i = 0; i < count; i++) {
			const r = nextRandom(session);
			ctx.write(isDouble ? lo + r * (hi - lo) : lo + Math.floor(r * (hi - lo)));
		}
	},
};

export default def;
