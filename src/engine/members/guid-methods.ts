// Guids: their methods (`$g.ToString('N')` …), and new random ones for `[guid]::NewGuid()`.

import {PSGuid} from '../values.ts';
import {compareText} from '../operators.ts';
import type {MemberContext} from './context.ts';
import {arity, strArg} from './arguments.ts';
import {methodFailed, methodNotFound} from './failures.ts';
import {method, methodTable} from './catalog.ts';

/** The methods of guids: what Get-Member lists and what guidMethod accepts. */
export const GUID_METHODS = methodTable([
	method('CompareTo', 'int CompareTo(System.Object value), int CompareTo(guid value)'),
	method('Equals', 'bool Equals(System.Object o), bool Equals(guid g)'),
	method('ToString', 'string ToString(), string ToString(string format)'),
]);

function guidText(guid: PSGuid, format: string): string | undefined {
	switch (format) {
		case '':
		case 'D':
		case 'd':
			return guid.value;
		case 'N':
		case 'n':
			return guid.value.replace(/-/g, '');
		case 'B':
		case 'b':
			return `{${guid.value}}`;
		case 'P':
		case 'p':
			return `(${guid.value})`;
	}
	return undefined;
}

export function guidMethod(guid: PSGuid, name: string, key: string, args: readonly unknown[]): unknown {
	if (!GUID_METHODS.has(key)) return methodNotFound('System.Guid', name);
	switch (key) {
		case 'tostring': {
			arity(name, args, 0, 1, 2);
			const text = guidText(guid, args.length ? strArg(args, 0) : '');
			if (text === undefined) methodFailed(name, args, 'Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".', 'FormatException');
			return text;
		}
		case 'equals':
			arity(name, args, 1);
			return args[0] instanceof PSGuid && args[0].value === guid.value;
		case 'compareto':
			arity(name, args, 1);
			return args[0] instanceof PSGuid ? compareText(guid.value, args[0].value, true) : 1;
	}
	return methodNotFound('System.Guid', name);
}

let fallbackSeed = 0x5eed;

/** A deterministic stand-in when the evaluator gives no random source (mulberry32). */
function fallbackRandom(): number {
	fallbackSeed = (fallbackSeed + 0x6d2b79f5) | 0;
	let t = fallbackSeed;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function newGuid(ctx: MemberContext | undefined): PSGuid {
	const random = ctx?.random ?? fallbackRandom;
	let hex = '';
	for (let i = 0; i < 32; i++) {
		let digit = Math.floor(random() * 16);
		if (i === 12) digit = 4;
		else if (i === 16) digit = 8 + (digit & 3);
		hex += digit.toString(16);
	}
	return new PSGuid(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
}
