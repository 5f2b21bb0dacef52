// The static methods of [Math] (`[Math]::Round`, `[Math]::Max`, `[Math]::Pow` …).

import {roundHalfEven, toStr} from '../convert.ts';
import {arity, intArg, numberArg} from './arguments.ts';
import {argumentFailed, methodFailed, methodNotFound, outOfRange} from './failures.ts';
import {findName} from './canonical-type.ts';

const MIDPOINT: Record<string, (x: number) => number> = {
	toeven: roundHalfEven,
	awayfromzero: x => Math.sign(x) * Math.round(Math.abs(x)),
	tozero: Math.trunc,
	tonegativeinfinity: Math.floor,
	topositiveinfinity: Math.ceil,
};

function mathRound(name: string, args: readonly unknown[]): number {
	arity(name, args, 1, 2, 3);
	const value = numberArg(name, args, 0, 'value');
	let digits = 0;
	let mode = 'toeven';
	for (const extra of args.slice(1)) {
		if (typeof extra === 'number') digits = intArg(name, [extra], 0, 'digits');
		else mode = (typeof extra === 'string' && findName(Object.keys(MIDPOINT), extra)) || toStr(extra).toLowerCase();
	}
	const round = MIDPOINT[mode] ?? argumentFailed(name, 'mode', args[args.length - 1], 'System.MidpointRounding', 'Unable to match the identifier name to a valid enumerator name.');
	if (digits < 0 || digits > 15) outOfRange(name, args, "Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')");
	if (!digits) return round(value) || 0;
	const power = 10 ** digits;
	return round(value * power) / power || 0;
}

function numbersOf(args: readonly unknown[], name: string): number[] {
	return args.map((_, i) => numberArg(name, args, i, i ? 'val2' : 'val1'));
}

/** The [Math] methods of one number that map onto JS's Math. */
const ONE_ARGUMENT: Record<string, (x: number) => number> = {
	floor: Math.floor,
	ceiling: Math.ceil,
	truncate: x => Math.trunc(x) || 0,
	abs: Math.abs,
	sqrt: Math.sqrt,
	cbrt: Math.cbrt,
	exp: Math.exp,
	log10: Math.log10,
	log2: Math.log2,
	sin: Math.sin,
	cos: Math.cos,
	tan: Math.tan,
	asin: Math.asin,
	acos: Math.acos,
	atan: Math.atan,
};

function signOf(name: string, args: readonly unknown[], x: number): number {
	if (Number.isNaN(x)) methodFailed(name, args, 'Function does not accept floating point Not-a-Number values.', 'ArithmeticException');
	return Math.sign(x) || 0;
}

export function mathMethod(name: string, key: string, args: readonly unknown[]): unknown {
	if (Object.hasOwn(ONE_ARGUMENT, key)) {
		arity(name, args, 1);
		return ONE_ARGUMENT[key]!(numberArg(name, args, 0, 'value'));
	}
	switch (key) {
		case 'round':
			return mathRound(name, args);
		case 'sign':
			arity(name, args, 1);
			return signOf(name, args, numberArg(name, args, 0, 'value'));
		case 'log': {
			arity(name, args, 1, 2);
			const [x, base] = numbersOf(args, name);
			return base === undefined ? Math.log(x!) : Math.log(x!) / Math.log(base);
		}
		case 'pow': {
			arity(name, args, 2);
			const [x, y] = numbersOf(args, name);
			return x! ** y!;
		}
		case 'atan2': {
			arity(name, args, 2);
			const [y, x] = numbersOf(args, name);
			return Math.atan2(y!, x!);
		}
		case 'max':
		case 'min': {
			arity(name, args, 2);
			const [a, b] = numbersOf(args, name);
			return key === 'max' ? Math.max(a!, b!) : Math.min(a!, b!);
		}
		case 'clamp': {
			arity(name, args, 3);
			const [value, min, max] = numbersOf(args, name);
			if (min! > max!) methodFailed(name, args, `'${min}' cannot be greater than ${max}.`);
			return Math.min(Math.max(value!, min!), max!);
		}
		case 'divrem':
			arity(name, args, 2);
			return Math.trunc(numberArg(name, args, 0, 'a') / numberArg(name, args, 1, 'b'));
	}
	return methodNotFound('System.Math', name);
}
