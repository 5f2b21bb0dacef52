// String.Split as .NET does it: literal separators, a count, and StringSplitOptions.

import {toStr} from '../convert.ts';
import {intArg} from './arguments.ts';
import {enumArgFailed, methodFailed} from './failures.ts';

const SPLIT_OPTION_BITS: Record<string, number> = {none: 0, removeemptyentries: 1, trimentries: 2};

function splitOptionBits(value: unknown): number | undefined {
	if (typeof value === 'number') return value;
	let bits = 0;
	for (const name of toStr(value).split(',').map(n => n.trim().toLowerCase())) {
		const bit = SPLIT_OPTION_BITS[name];
		if (bit === undefined) return undefined;
		bits |= bit;
	}
	return bits;
}

/** String.Split as .NET does it (literal separators, not regex): whole strings, or any of several. */
export function stringSplit(s: string, args: readonly unknown[]): string[] {
	const name = 'Split';
	let separators: string[] = [];
	let count = Number.MAX_SAFE_INTEGER;
	let options = 0;
	if (args.length) {
		const first = args[0];
		separators = Array.isArray(first) ? first.map(item => toStr(item)) : first === null || first === undefined ? [] : [toStr(first)];
		const rest = args.slice(1);
		if (rest.length === 2) {
			count = intArg(name, args, 1, 'count');
			options = splitOptionBits(rest[1]) ?? enumArgFailed(name, 'options', rest[1], 'System.StringSplitOptions');
		} else if (rest.length === 1) {
			const bits = typeof rest[0] === 'string' ? splitOptionBits(rest[0]) : undefined;
			if (bits !== undefined) options = bits;
			else count = intArg(name, args, 1, 'count');
		} else if (rest.length > 2) {
			// Split('a', 'b', 'c'): params char[].
			separators = args.map(item => toStr(item));
		}
	}
	if (count < 0) methodFailed(name, args, "Count cannot be less than zero. (Parameter 'count')", 'ArgumentOutOfRangeException');
	if (count === 0) return [];
	separators = separators.filter(sep => sep.length > 0);
	const removeEmpty = (options & 1) !== 0;
	const trim = (options & 2) !== 0;
	const pieces: string[] = [];
	let start = 0;
	let i = 0;
	const isSeparatorAt = (at: number): number => {
		if (!separators.length) return /\s/.test(s[at]!) ? 1 : 0;
		for (const sep of separators) if (s.startsWith(sep, at)) return sep.length;
		return 0;
	};
	const push = (piece: string): void => {
		const text = trim ? piece.trim() : piece;
		if (!removeEmpty || text) pieces.push(text);
	};
	while (i < s.length && pieces.length < count - 1) {
		const length = isSeparatorAt(i);
		if (length) {
			push(s.slice(start, i));
			i += length;
			start = i;
		} else {
			i++;
		}
	}
	let last = s.slice(start);
	if (trim) last = last.trim();
	if (!removeEmpty || last) pieces.push(last);
	return pieces;
}
