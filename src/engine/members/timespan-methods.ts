// The methods of time spans (`$span.Add($other)`, `$span.ToString('c')` …).

import {PSTimeSpan} from '../values.ts';
import {formatTimeSpan} from '../dates.ts';
import {arity, numberArg, strArg, typedArg} from './arguments.ts';
import {methodNotFound, withFormat} from './failures.ts';
import {method, methodTable} from './catalog.ts';

/** The methods of time spans: what Get-Member lists and what spanMethod accepts. */
export const TIMESPAN_METHODS = methodTable([
	method('Add', 'timespan Add(timespan ts)'),
	method('CompareTo', 'int CompareTo(System.Object value), int CompareTo(timespan value)'),
	method('Divide', 'timespan Divide(double divisor), double Divide(timespan ts)'),
	method('Duration', 'timespan Duration()'),
	method('Equals', 'bool Equals(System.Object value), bool Equals(timespan obj)'),
	method('Multiply', 'timespan Multiply(double factor)'),
	method('Negate', 'timespan Negate()'),
	method('Subtract', 'timespan Subtract(timespan ts)'),
	method('ToString', 'string ToString(), string ToString(string format), string ToString(string format, System.IFormatProvider formatProvider)'),
]);

export function spanMethod(span: PSTimeSpan, name: string, key: string, args: readonly unknown[]): unknown {
	if (!TIMESPAN_METHODS.has(key)) return methodNotFound('System.TimeSpan', name);
	switch (key) {
		case 'add':
		case 'subtract': {
			arity(name, args, 1);
			const other = typedArg<PSTimeSpan>(name, args, 0, 'ts', 'System.TimeSpan');
			return new PSTimeSpan(key === 'add' ? span.ms + other.ms : span.ms - other.ms);
		}
		case 'negate':
			return new PSTimeSpan(-span.ms || 0);
		case 'duration':
			return new PSTimeSpan(Math.abs(span.ms));
		case 'multiply':
			arity(name, args, 1);
			return new PSTimeSpan(span.ms * numberArg(name, args, 0, 'factor'));
		case 'divide':
			arity(name, args, 1);
			if (args[0] instanceof PSTimeSpan) return span.ms / args[0].ms;
			return new PSTimeSpan(span.ms / numberArg(name, args, 0, 'divisor'));
		case 'tostring':
			arity(name, args, 0, 1, 2);
			return withFormat(name, args, () => formatTimeSpan(span, args.length ? strArg(args, 0) || 'c' : 'c'));
		case 'compareto':
			arity(name, args, 1);
			if (args[0] === null || args[0] === undefined) return 1;
			return Math.sign(span.ms - typedArg<PSTimeSpan>(name, args, 0, 'value', 'System.TimeSpan').ms);
		case 'equals':
			arity(name, args, 1);
			return args[0] instanceof PSTimeSpan && args[0].ms === span.ms;
	}
	return methodNotFound('System.TimeSpan', name);
}
