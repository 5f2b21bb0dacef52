// `[Type]::new(args)` and New-Object: the types scripts build themselves.

import {PSObject, PSHashtable, PSTimeSpan, PSGuid} from '../values.ts';
import {psError} from '../errors.ts';
import {EMPTY_GUID, convertTo, parseGuid, toStr} from '../convert.ts';
import {markList, type TypeRef} from '../types.ts';
import {makeDate, validParts} from '../dates.ts';
import {PSRegex, RegexSyntaxError, regexErrorDetail} from '../regex.ts';
import type {MemberContext} from './context.ts';
import {arity, intArg, numberArg, strArg} from './arguments.ts';
import {noOverload} from './failures.ts';
import {canonicalType} from './canonical-type.ts';
import {TICKS_PER_MS} from './time.ts';
import {newException} from './exceptions.ts';
import {StringBuilder} from './string-builder.ts';
import {regexFlagsArg} from './regex-methods.ts';

function constructorFailed(typeName: string, args: readonly unknown[], message: string, exception = 'ArgumentOutOfRangeException'): never {
	throw psError({
		message: `Exception calling ".ctor" with "${args.length}" argument(s): "${message}"`,
		category: 'NotSpecified',
		id: exception,
		exceptionType: 'MethodInvocationException',
		target: typeName,
	});
}

/** `[Type]::new(args)` and New-Object: the types scripts build themselves. */
export function createInstance(type: TypeRef, args: readonly unknown[], ctx?: MemberContext): unknown {
	const canonical = canonicalType(type);
	void ctx;
	if (/Exception$/.test(canonical)) {
		return newException(canonical, args.length ? strArg(args, 0) : `Exception of type '${canonical}' was thrown.`, args[1] ?? null);
	}
	switch (canonical) {
		case 'System.Collections.Hashtable':
		case 'System.Collections.Specialized.OrderedDictionary': {
			const table = new PSHashtable(canonical !== 'System.Collections.Hashtable');
			if (args[0] instanceof PSHashtable) for (const [k, v] of args[0].entries()) table.set(k, v);
			return table;
		}
		case 'System.Collections.ArrayList':
			return markList(Array.isArray(args[0]) ? [...args[0]] : [], canonical);
		case 'System.Management.Automation.PSCustomObject':
		case 'System.Management.Automation.PSObject':
		case 'System.Object':
			return args[0] instanceof PSHashtable ? convertTo(args[0], 'pscustomobject') : new PSObject();
		case 'System.DateTime': {
			if (args.length === 1) return convertTo(args[0], 'System.DateTime');
			if (args.length !== 3 && args.length !== 6 && args.length !== 7) return noOverload('new', args.length);
			const parts = args.map((_, i) => intArg('new', args, i, ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'][i]!));
			const [year, month, day, hour = 0, minute = 0, second = 0, ms = 0] = parts;
			if (!validParts(year!, month!, day!, hour, minute, second) || ms < 0 || ms > 999) {
				constructorFailed(canonical, args, 'Year, Month, and Day parameters describe an un-representable DateTime.');
			}
			return makeDate(year!, month!, day!, hour, minute, second, ms);
		}
		case 'System.TimeSpan': {
			if (args.length === 1) return new PSTimeSpan(numberArg('new', args, 0, 'ticks') / TICKS_PER_MS);
			const parts = args.map((_, i) => intArg('new', args, i, 'value'));
			if (parts.length === 3) return PSTimeSpan.from(0, parts[0], parts[1], parts[2]);
			if (parts.length === 4) return PSTimeSpan.from(parts[0]!, parts[1], parts[2], parts[3]);
			if (parts.length === 5) return PSTimeSpan.from(parts[0]!, parts[1], parts[2], parts[3], parts[4]);
			return noOverload('new', args.length);
		}
		case 'System.Guid':
			if (!args.length) return new PSGuid(EMPTY_GUID);
			return parseGuid(strArg(args, 0)) ?? constructorFailed(canonical, args, 'Unrecognized Guid format.', 'FormatException');
		case 'System.String':
			if (args.length === 2) return strArg(args, 0).repeat(intArg('new', args, 1, 'count'));
			if (args.length === 1) return Array.isArray(args[0]) ? args[0].map(item => toStr(item)).join('') : strArg(args, 0);
			return noOverload('new', args.length);
		case 'System.Text.RegularExpressions.Regex': {
			arity('new', args, 1, 2);
			const pattern = strArg(args, 0);
			const flags = args.length > 1 ? regexFlagsArg('new', args, 1) : '';
			try {
				return new PSRegex(pattern, flags);
			} catch (error) {
				if (error instanceof RegexSyntaxError) constructorFailed(canonical, args, regexErrorDetail(pattern, error), 'RegexParseException');
				throw error;
			}
		}
		case 'System.Text.StringBuilder': {
			const builder = new StringBuilder();
			if (typeof args[0] === 'string') builder.text = args[0];
			return builder;
		}
	}
	if (/^System\.Collections\.Generic\.List\[/.test(canonical)) {
		const items = Array.isArray(args[0]) ? args[0] : [];
		return convertTo(items, canonical);
	}
	throw psError({
		message: `Method invocation failed because [${canonical}] does not contain a method named 'new'.`,
		category: 'InvalidOperation',
		id: 'MethodNotFound',
		exceptionType: 'RuntimeException',
	});
}
