// The static methods of [System.Convert] (`[Convert]::ToInt32('ff', 16)`, `[Convert]::ToString(255, 2)` …).

import {CastFailure, tryConvertTo} from '../convert.ts';
import {formatValue} from '../format-string.ts';
import {arity, strArg} from './arguments.ts';
import {methodFailed, methodNotFound, parseFailed} from './failures.ts';

export function convertMethod(name: string, key: string, args: readonly unknown[]): unknown {
	const target: Record<string, string> = {
		toint32: 'System.Int32', toint64: 'System.Int64', toint16: 'System.Int16', tobyte: 'System.Byte', todouble: 'System.Double',
		tosingle: 'System.Single', todecimal: 'System.Decimal', toboolean: 'System.Boolean', tostring: 'System.String', todatetime: 'System.DateTime',
		tochar: 'System.Char', touint32: 'System.UInt32', touint64: 'System.UInt64',
	};
	const type = target[key];
	if (!type) return methodNotFound('System.Convert', name);
	arity(name, args, 1, 2);
	if (args.length === 2 && type !== 'System.String' && typeof args[1] === 'number') {
		// ToInt32('ff', 16) and friends.
		const base = args[1];
		const text = strArg(args, 0).trim().replace(/^0x/i, '');
		const valid = {2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[+-]?\d+$/, 16: /^[0-9a-f]+$/i}[base];
		if (!valid) methodFailed(name, args, "Invalid Base. (Parameter 'fromBase')");
		if (!valid.test(text)) methodFailed(name, args, 'Could not find any recognizable digits.', 'FormatException');
		const value = Number(BigInt(base === 10 ? text : `0${base === 2 ? 'b' : base === 8 ? 'o' : 'x'}${text}`));
		return base !== 10 && type === 'System.Int32' && value > 0x7fffffff ? value - 2 ** 32 : value;
	}
	if (args.length === 2 && type === 'System.String' && typeof args[0] === 'number' && typeof args[1] === 'number') {
		const n = args[0];
		return n < 0 ? BigInt.asUintN(n >= -2147483648 ? 32 : 64, BigInt(n)).toString(args[1]) : n.toString(args[1]);
	}
	if (type === 'System.String') return formatValue(args[0]);
	const converted = tryConvertTo(args[0], type);
	if (converted instanceof CastFailure) parseFailed(name, args, converted);
	return converted;
}
