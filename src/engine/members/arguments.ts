// Reading method arguments the way .NET binds them: the argument count, Int32, Double, other types, StringComparison.

import {CastFailure, toInt32, toStr, tryConvertTo} from '../convert.ts';
import {argumentFailed, noOverload} from './failures.ts';

/** Checks the argument count against the allowed ones. */
export function arity(name: string, args: readonly unknown[], ...counts: number[]): void {
	if (!counts.includes(args.length)) noOverload(name, args.length);
}

export function intArg(method: string, args: readonly unknown[], index: number, parameter: string): number {
	const n = toInt32(args[index]);
	if (n instanceof CastFailure) argumentFailed(method, parameter, args[index], 'System.Int32', n.message);
	return n;
}

export function numberArg(method: string, args: readonly unknown[], index: number, parameter: string): number {
	const value = args[index];
	if (typeof value === 'number') return value;
	const n = tryConvertTo(value, 'System.Double');
	if (n instanceof CastFailure) argumentFailed(method, parameter, value, 'System.Double', n.message);
	return n as number;
}

export function typedArg<T>(method: string, args: readonly unknown[], index: number, parameter: string, typeName: string): T {
	const converted = tryConvertTo(args[index], typeName);
	if (converted instanceof CastFailure) argumentFailed(method, parameter, args[index], typeName, converted.message);
	return converted as T;
}

export const strArg = (args: readonly unknown[], index: number): string => toStr(args[index]);

/** StringComparison and the ignoreCase flag of .NET overloads: true when the comparison ignores case. */
export function ignoresCase(value: unknown): boolean {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value % 2 === 1;
	return /ignorecase/i.test(toStr(value));
}
