// `[Type]::Method(args)`: the static methods runbooks call, by type; [Math], [IO.Path] and [Convert] have files of their own.

import {PSTimeSpan, type PSDateTime} from '../values.ts';
import {CastFailure, parseGuid, toStr, tryConvertTo} from '../convert.ts';
import {PSType, resolveTypeName, type TypeRef} from '../types.ts';
import {daysInMonth, isLeapYear, parseDate, parseDateExact, parseTimeSpan, timeSpanParseMessage} from '../dates.ts';
import {formatComposite} from '../format-string.ts';
import {escapeRegex, unescapeRegex} from '../regex.ts';
import {compareText} from '../operators.ts';
import type {MemberContext} from './context.ts';
import {arity, ignoresCase, intArg, numberArg, strArg, typedArg} from './arguments.ts';
import {argumentFailed, methodFailed, methodNotFound, noOverload, outOfRange, parseFailed, withFormat} from './failures.ts';
import {canonicalType} from './canonical-type.ts';
import {ENUMS, FLAG_ENUMS, INTEGER_LIMITS} from './static-tables.ts';
import {MS_PER_DAY, TICKS_PER_MS} from './time.ts';
import {newGuid} from './guid-methods.ts';
import {mathMethod} from './math-methods.ts';
import {pathMethod} from './path-methods.ts';
import {convertMethod} from './convert-methods.ts';
import {compileFor, regexFlagsArg, regexOperation} from './regex-methods.ts';
import {arrayMethod} from './array-methods.ts';
import {sortCompare} from './compare.ts';
import {createInstance} from './instances.ts';
import {invokeMethod} from './invoke-method.ts';

function charTest(name: string, args: readonly unknown[], test: RegExp): boolean {
	arity(name, args, 1, 2);
	const text = strArg(args, 0);
	const ch = args.length === 2 ? text[intArg(name, args, 1, 'index')] : text;
	if (ch === undefined || (args.length === 1 && [...text].length !== 1)) {
		return argumentFailed(name, 'c', args[0], 'System.Char', 'String must be exactly one character long.');
	}
	return test.test(ch);
}

function staticMethod(canonical: string, name: string, key: string, args: readonly unknown[], ctx: MemberContext | undefined): unknown {
	switch (canonical) {
		case 'System.String':
			switch (key) {
				case 'isnullorempty':
					arity(name, args, 1);
					return args[0] === null || args[0] === undefined || toStr(args[0]) === '';
				case 'isnullorwhitespace':
					arity(name, args, 1);
					return args[0] === null || args[0] === undefined || toStr(args[0]).trim() === '';
				case 'join': {
					if (args.length < 1) noOverload(name, args.length);
					const values = args.length === 2 && Array.isArray(args[1]) ? args[1] : args.slice(1);
					return values.map(item => toStr(item)).join(strArg(args, 0));
				}
				case 'concat': {
					const values = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
					return values.map(item => toStr(item)).join('');
				}
				case 'format': {
					if (!args.length) noOverload(name, 0);
					const rest = args.length === 2 && Array.isArray(args[1]) ? args[1] : args.slice(1);
					return withFormat(name, args, () => formatComposite(strArg(args, 0), rest));
				}
				case 'compare': {
					arity(name, args, 2, 3);
					const [a, b] = [args[0], args[1]];
					if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
					if (b === null || b === undefined) return 1;
					const ci = args.length === 3 && ignoresCase(args[2]);
					return compareText(toStr(a), toStr(b), !ci);
				}
				case 'equals': {
					arity(name, args, 2, 3);
					const [a, b] = [args[0], args[1]];
					if (typeof a !== 'string' || typeof b !== 'string') return a === b;
					return args.length === 3 && ignoresCase(args[2]) ? a.toLowerCase() === b.toLowerCase() : a === b;
				}
			}
			break;
		case 'System.Math':
			return mathMethod(name, key, args);
		case 'System.DateTime':
			switch (key) {
				case 'parse': {
					arity(name, args, 1, 2, 3);
					const text = strArg(args, 0);
					return parseDate(text) ?? methodFailed(name, args, `String '${text}' was not recognized as a valid DateTime.`, 'FormatException');
				}
				case 'parseexact': {
					arity(name, args, 2, 3, 4);
					const text = strArg(args, 0);
					const formats = Array.isArray(args[1]) ? args[1].map(item => toStr(item)) : [strArg(args, 1)];
					for (const format of formats) {
						const parsed = parseDateExact(text, format);
						if (parsed) return parsed;
					}
					return methodFailed(name, args, `String '${text}' was not recognized as a valid DateTime.`, 'FormatException');
				}
				case 'daysinmonth': {
					arity(name, args, 2);
					const [year, month] = [intArg(name, args, 0, 'year'), intArg(name, args, 1, 'month')];
					if (month < 1 || month > 12) outOfRange(name, args, "Month must be between one and twelve. (Parameter 'month')");
					return daysInMonth(year, month);
				}
				case 'isleapyear':
					arity(name, args, 1);
					return isLeapYear(intArg(name, args, 0, 'year'));
				case 'compare':
					arity(name, args, 2);
					return Math.sign(typedArg<PSDateTime>(name, args, 0, 't1', 'System.DateTime').ms - typedArg<PSDateTime>(name, args, 1, 't2', 'System.DateTime').ms);
				case 'specifykind':
					arity(name, args, 2);
					return typedArg<PSDateTime>(name, args, 0, 'value', 'System.DateTime');
			}
			break;
		case 'System.TimeSpan': {
			const units: Record<string, number> = {fromdays: MS_PER_DAY, fromhours: 3_600_000, fromminutes: 60_000, fromseconds: 1000, frommilliseconds: 1, fromticks: 1 / TICKS_PER_MS};
			if (Object.hasOwn(units, key)) {
				arity(name, args, 1);
				return new PSTimeSpan(numberArg(name, args, 0, 'value') * units[key]!);
			}
			if (key === 'parse') {
				arity(name, args, 1, 2);
				const text = strArg(args, 0);
				const parsed = parseTimeSpan(text);
				return typeof parsed === 'string' ? methodFailed(name, args, timeSpanParseMessage(text, parsed), parsed === 'format' ? 'FormatException' : 'OverflowException') : parsed;
			}
			if (key === 'compare') {
				arity(name, args, 2);
				return Math.sign(typedArg<PSTimeSpan>(name, args, 0, 't1', 'System.TimeSpan').ms - typedArg<PSTimeSpan>(name, args, 1, 't2', 'System.TimeSpan').ms);
			}
			break;
		}
		case 'System.Guid':
			if (key === 'newguid') return newGuid(ctx);
			if (key === 'parse') {
				arity(name, args, 1);
				return parseGuid(strArg(args, 0)) ?? methodFailed(name, args, 'Unrecognized Guid format.', 'FormatException');
			}
			break;
		case 'System.Text.RegularExpressions.Regex':
			switch (key) {
				case 'escape':
					arity(name, args, 1);
					return escapeRegex(strArg(args, 0));
				case 'unescape':
					arity(name, args, 1);
					return unescapeRegex(strArg(args, 0));
				case 'ismatch':
				case 'match':
				case 'matches':
				case 'split':
				case 'replace': {
					const patternIndex = 1;
					const optionIndex = key === 'replace' ? 3 : 2;
					if (args.length < (key === 'replace' ? 3 : 2)) noOverload(name, args.length);
					const flags = args.length > optionIndex ? regexFlagsArg(name, args, optionIndex) : '';
					const compiled = compileFor(name, args, strArg(args, patternIndex), flags);
					return regexOperation(compiled, name, key, strArg(args, 0), key === 'replace' ? [args[2]] : [], args);
				}
			}
			break;
		case 'System.IO.Path':
			return pathMethod(name, key, args);
		case 'System.Environment':
			if (key === 'getenvironmentvariable') return null;
			break;
		case 'System.Char': {
			const tests: Record<string, RegExp> = {
				isdigit: /^\p{Nd}$/u,
				isletter: /^\p{L}$/u,
				isletterordigit: /^[\p{L}\p{Nd}]$/u,
				iswhitespace: /^\s$/u,
				isupper: /^\p{Lu}$/u,
				islower: /^\p{Ll}$/u,
				ispunctuation: /^\p{P}$/u,
				isnumber: /^\p{N}$/u,
				issymbol: /^\p{S}$/u,
				iscontrol: /^\p{Cc}$/u,
			};
			if (Object.hasOwn(tests, key)) return charTest(name, args, tests[key]!);
			if (key === 'toupper' || key === 'tolower') {
				arity(name, args, 1, 2);
				const ch = strArg(args, 0);
				return key === 'toupper' ? ch.toUpperCase() : ch.toLowerCase();
			}
			break;
		}
		case 'System.Boolean':
			if (key === 'parse') {
				arity(name, args, 1);
				const text = strArg(args, 0).trim().toLowerCase();
				if (text === 'true' || text === 'false') return text === 'true';
				return methodFailed(name, args, `String '${strArg(args, 0)}' was not recognized as a valid Boolean.`, 'FormatException');
			}
			break;
		case 'System.Array':
			switch (key) {
				case 'indexof':
				case 'lastindexof':
					if (!Array.isArray(args[0])) noOverload(name, args.length);
					return arrayMethod(args[0] as unknown[], name, key, args.slice(1), ctx, invokeMethod);
				case 'reverse':
					arity(name, args, 1);
					if (Array.isArray(args[0])) args[0].reverse();
					return undefined;
				case 'sort':
					arity(name, args, 1);
					if (Array.isArray(args[0])) args[0].sort(sortCompare);
					return undefined;
				case 'exists':
				case 'find':
				case 'findall':
					break;
			}
			break;
		case 'System.Enum':
			if (key === 'getnames' || key === 'getvalues') {
				arity(name, args, 1);
				const enumType = args[0] instanceof PSType ? args[0].fullName : resolveTypeName(strArg(args, 0)) ?? '';
				return ENUMS[enumType] ? [...ENUMS[enumType]] : FLAG_ENUMS[enumType] ? Object.keys(FLAG_ENUMS[enumType]) : methodFailed(name, args, "Type provided must be an Enum. (Parameter 'enumType')");
			}
			break;
		case 'System.Convert':
			return convertMethod(name, key, args);
	}
	if (key === 'new') return createInstance(canonical, args, ctx);
	const limits = INTEGER_LIMITS[canonical];
	if ((limits || canonical === 'System.Double' || canonical === 'System.Single' || canonical === 'System.Decimal') && key === 'parse') {
		arity(name, args, 1, 2, 3);
		const text = strArg(args, 0);
		if (limits && !/^\s*[+-]?\d+\s*$/.test(text)) methodFailed(name, args, `The input string '${text}' was not in a correct format.`, 'FormatException');
		const converted = tryConvertTo(text, canonical);
		if (converted instanceof CastFailure) parseFailed(name, args, converted);
		return converted;
	}
	if ((canonical === 'System.Double' || canonical === 'System.Single') && (key === 'isnan' || key === 'isinfinity' || key === 'ispositiveinfinity' || key === 'isnegativeinfinity')) {
		arity(name, args, 1);
		const x = numberArg(name, args, 0, 'd');
		return key === 'isnan' ? Number.isNaN(x) : key === 'isinfinity' ? !Number.isFinite(x) && !Number.isNaN(x) : key === 'ispositiveinfinity' ? x === Infinity : x === -Infinity;
	}
	return methodNotFound(canonical, name);
}

/**
 * `[Type]::Method(args)`: the static methods runbooks use (`[string]::IsNullOrEmpty`, `[Math]::Round`,
 * `[datetime]::Parse`, `[guid]::NewGuid`, `[regex]::Escape`, `[IO.Path]::Combine` …) and `[Type]::new(…)`.
 */
export function invokeStaticMethod(type: TypeRef, name: string, args: readonly unknown[], ctx?: MemberContext): unknown {
	const canonical = canonicalType(type);
	return staticMethod(canonical, name, name.toLowerCase(), args, ctx);
}
