// System.Text.StringBuilder and its methods (`$sb.Append('x')`, `$sb.AppendFormat(…)` …).

import {dotNetToString, formatComposite} from '../format-string.ts';
import {intArg, strArg} from './arguments.ts';
import {methodNotFound, withFormat} from './failures.ts';
import {OBJECT_METHODS, method, methodTable} from './catalog.ts';

/** The methods of StringBuilder: what Get-Member lists and what builderMethod accepts. */
export const STRING_BUILDER_METHODS = methodTable([
	...OBJECT_METHODS,
	method('Append', 'System.Text.StringBuilder Append(string value), System.Text.StringBuilder Append(char value, int repeatCount), System.Text.StringBuilder Append(System.Object value)'),
	method('AppendFormat', 'System.Text.StringBuilder AppendFormat(string format, Params System.Object[] args)'),
	method('AppendLine', 'System.Text.StringBuilder AppendLine(), System.Text.StringBuilder AppendLine(string value)'),
	method('Clear', 'System.Text.StringBuilder Clear()'),
	method('Insert', 'System.Text.StringBuilder Insert(int index, string value)'),
	method('Remove', 'System.Text.StringBuilder Remove(int startIndex, int length)'),
	method('Replace', 'System.Text.StringBuilder Replace(string oldValue, string newValue)'),
	method('ToString', 'string ToString(), string ToString(int startIndex, int length)'),
]);

/** System.Text.StringBuilder, which scripts use to build text in loops. */
export class StringBuilder {
	readonly dotNetTypeName = 'System.Text.StringBuilder';
	text = '';

	toString(): string {
		return this.text;
	}
}

export function builderMethod(builder: StringBuilder, name: string, key: string, args: readonly unknown[]): unknown {
	if (!STRING_BUILDER_METHODS.has(key)) return methodNotFound(builder.dotNetTypeName, name);
	switch (key) {
		case 'append':
			builder.text += args.length === 1 ? dotNetToString(args[0]) : args.length === 2 ? strArg(args, 0).repeat(intArg(name, args, 1, 'repeatCount')) : args.map(dotNetToString).join('');
			return builder;
		case 'appendline':
			builder.text += (args.length ? dotNetToString(args[0]) : '') + '\n';
			return builder;
		case 'appendformat':
			builder.text += withFormat(name, args, () => formatComposite(strArg(args, 0), args.length === 2 && Array.isArray(args[1]) ? args[1] : args.slice(1)));
			return builder;
		case 'insert': {
			const at = intArg(name, args, 0, 'index');
			builder.text = builder.text.slice(0, at) + dotNetToString(args[1]) + builder.text.slice(at);
			return builder;
		}
		case 'replace':
			builder.text = builder.text.split(strArg(args, 0)).join(strArg(args, 1));
			return builder;
		case 'remove': {
			const [start, count] = [intArg(name, args, 0, 'startIndex'), intArg(name, args, 1, 'length')];
			builder.text = builder.text.slice(0, start) + builder.text.slice(start + count);
			return builder;
		}
		case 'clear':
			builder.text = '';
			return builder;
		case 'equals':
			return builder === args[0];
		case 'gethashcode':
			return builder.text.length;
		case 'tostring':
			return args.length === 2 ? builder.text.substr(intArg(name, args, 0, 'startIndex'), intArg(name, args, 1, 'length')) : builder.text;
	}
	return methodNotFound(builder.dotNetTypeName, name);
}
