// System.Text.StringBuilder and its methods (`$sb.Append('x')`, `$sb.AppendFormat(…)` …).

import {dotNetToString, formatComposite} from '../format-string.ts';
import {intArg, strArg} from './arguments.ts';
import {methodNotFound, withFormat} from './failures.ts';

/** System.Text.StringBuilder, which scripts use to build text in loops. */
export class StringBuilder {
	readonly dotNetTypeName = 'System.Text.StringBuilder';
	text = '';

	toString(): string {
		return this.text;
	}
}

export function builderMethod(builder: StringBuilder, name: string, key: string, args: readonly unknown[]): unknown {
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
		case 'tostring':
			return args.length === 2 ? builder.text.substr(intArg(name, args, 0, 'startIndex'), intArg(name, args, 1, 'length')) : builder.text;
	}
	return methodNotFound(builder.dotNetTypeName, name);
}
