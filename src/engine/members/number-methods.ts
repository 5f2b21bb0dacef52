// The methods of numbers (`$n.ToString('N2')`, `$n.CompareTo(2)` …).

import {roundTripNumber} from '../convert.ts';
import {getType, typeNameOf} from '../types.ts';
import {formatNumberWith} from '../format-string.ts';
import {arity, numberArg, strArg} from './arguments.ts';
import {methodNotFound, withFormat} from './failures.ts';
import {method, methodTable, type MethodTable} from './catalog.ts';

const numberTables = new Map<string, MethodTable>();

/** The methods of a number whose type Get-Member writes as `short` (int, long, double …). */
export function numberMethods(short: string): MethodTable {
	let table = numberTables.get(short);
	if (!table) {
		table = methodTable([
			method('CompareTo', `int CompareTo(System.Object value), int CompareTo(${short} value)`),
			method('Equals', `bool Equals(System.Object obj), bool Equals(${short} obj)`),
			method('GetHashCode', 'int GetHashCode()'),
			method('GetTypeCode', 'System.TypeCode GetTypeCode()'),
			method('ToString', 'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider)'),
		]);
		numberTables.set(short, table);
	}
	return table;
}

/** The method names every number accepts (the definitions differ only by the type's name). */
export const NUMBER_METHODS = numberMethods('double');

export function numberMethod(n: number, name: string, key: string, args: readonly unknown[]): unknown {
	if (!NUMBER_METHODS.has(key)) return methodNotFound(typeNameOf(n), name);
	switch (key) {
		case 'tostring':
			arity(name, args, 0, 1, 2);
			if (!args.length || (args.length === 1 && typeof args[0] !== 'string')) return roundTripNumber(n);
			return withFormat(name, args, () => formatNumberWith(n, strArg(args, 0)));
		case 'compareto': {
			arity(name, args, 1);
			if (args[0] === null || args[0] === undefined) return 1;
			const other = numberArg(name, args, 0, 'value');
			return n < other ? -1 : n > other ? 1 : 0;
		}
		case 'equals':
			arity(name, args, 1);
			return typeof args[0] === 'number' && args[0] === n;
		case 'gethashcode':
			return n | 0;
		case 'gettypecode':
			return getType(n).name;
	}
	return methodNotFound(typeNameOf(n), name);
}
