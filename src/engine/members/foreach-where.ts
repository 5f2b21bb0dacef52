// The ForEach and Where methods of collections, which run script blocks (and go async when those do).

import {ScriptBlock} from '../values.ts';
import {convertTo, toBool, toStr} from '../convert.ts';
import {PSType} from '../types.ts';
import {requireInvoke, type MemberContext, type MethodInvoker} from './context.ts';
import {intArg} from './arguments.ts';
import {enumArgFailed, noOverload} from './failures.ts';
import {getMember} from './properties.ts';

/** Runs `step` over the items in order, staying synchronous until the callback returns a promise. */
function eachInOrder(items: readonly unknown[], step: (item: unknown, index: number) => unknown, done: () => unknown): unknown {
	for (let i = 0; i < items.length; i++) {
		const result = step(items[i], i);
		if (result instanceof Promise) {
			return (async () => {
				await result;
				for (let j = i + 1; j < items.length; j++) await step(items[j], j);
				return done();
			})();
		}
	}
	return done();
}

/** `.ForEach({...})`, `.ForEach('Property')`, `.ForEach('Method', args)`, `.ForEach([type])`. */
export function forEachMethod(items: readonly unknown[], args: readonly unknown[], ctx: MemberContext | undefined, callMethod: MethodInvoker): unknown {
	const out: unknown[] = [];
	const first = args[0];
	if (first instanceof ScriptBlock) {
		const invoke = requireInvoke(ctx, 'ForEach');
		const extra = args.slice(1) as unknown[];
		return eachInOrder(
			items,
			item => {
				const result = invoke(first, item, extra);
				if (result instanceof Promise) return result.then(values => void out.push(...values));
				out.push(...result);
				return undefined;
			},
			() => out,
		);
	}
	if (first instanceof PSType) return items.map(item => convertTo(item, first));
	if (typeof first === 'string') {
		const rest = args.slice(1);
		for (const item of items) {
			const value = rest.length ? callMethod(item, first, rest, ctx) : getMember(item, first);
			if (Array.isArray(value)) out.push(...value);
			else if (value !== null && value !== undefined) out.push(value);
		}
		return out;
	}
	return noOverload('ForEach', args.length);
}

const WHERE_MODES = ['default', 'first', 'last', 'skipuntil', 'until', 'split'];

/** `.Where({...}[, mode[, count]])` with pwsh's modes: Default, First, Last, SkipUntil, Until, Split. */
export function whereMethod(items: readonly unknown[], args: readonly unknown[], ctx: MemberContext | undefined): unknown {
	const block = args[0];
	if (!(block instanceof ScriptBlock)) return noOverload('Where', args.length);
	const invoke = requireInvoke(ctx, 'Where');
	const mode = args.length > 1 && args[1] !== null ? toStr(args[1]).toLowerCase() : 'default';
	if (!WHERE_MODES.includes(mode)) enumArgFailed('Where', 'mode', args[1], 'System.Management.Automation.WhereOperatorSelectionMode');
	const limit = args.length > 2 ? intArg('Where', args, 2, 'numberToReturn') : 0;
	const verdicts: boolean[] = [];
	return eachInOrder(
		items,
		item => {
			const result = invoke(block, item, []);
			if (result instanceof Promise) return result.then(values => void verdicts.push(toBool(values)));
			verdicts.push(toBool(result));
			return undefined;
		},
		() => selectWhere(items, verdicts, mode, limit),
	);
}

function selectWhere(items: readonly unknown[], verdicts: boolean[], mode: string, limit: number): unknown[] {
	const matched = items.filter((_, i) => verdicts[i]);
	switch (mode) {
		case 'first':
			return matched.slice(0, limit || 1);
		case 'last':
			return matched.slice(-(limit || 1));
		case 'skipuntil': {
			const start = verdicts.indexOf(true);
			const rest = start < 0 ? [] : items.slice(start);
			return limit ? rest.slice(0, limit) : rest;
		}
		case 'until': {
			const stop = verdicts.indexOf(true);
			const head = stop < 0 ? [...items] : items.slice(0, stop);
			return limit ? head.slice(0, limit) : head;
		}
		case 'split': {
			const taken = limit ? matched.slice(0, limit) : matched;
			const chosen = new Set(taken.map((_, i) => i));
			let seen = 0;
			const rest = items.filter((_, i) => !(verdicts[i] && chosen.has(seen++)));
			return [taken, rest];
		}
	}
	return limit ? matched.slice(0, limit) : matched;
}
