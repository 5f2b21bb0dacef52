// Properties and methods of values: `$x.Name`, `$x.Name = 1`, `$x.Method(…)`, `[Type]::Member`, `[Type]::new(…)`.
// Only what runbooks call is here: the .NET members of strings, numbers, arrays, hashtables, dates, time spans,
// guids, regexes and error records, and the static members of the common types.

import {PSObject, PSHashtable, PSDateTime, PSTimeSpan, PSGuid, ScriptBlock} from './values.ts';
import {ErrorRecord, psError} from './errors.ts';
import {
	CastFailure, EMPTY_GUID, convertTo, parseGuid, roundHalfEven, roundTripNumber, toBool, toInt32, toStr, tryConvertTo,
} from './convert.ts';
import {
	PSType, dotNetInfo, dotNetObject, exceptionFullName, getType, isOfType, listTypeOf, markList, resolveTypeName,
	typeNameOf, typeRefName, type TypeRef,
} from './types.ts';
import {
	DAY_NAMES, FormatError, dateParts, dayOfYear, daysInMonth, formatDate, formatTimeSpan, isLeapYear, makeDate,
	now as clockNow, parseDate, parseDateExact, parseTimeSpan, timeSpanParseMessage, utcMs, validParts, MAX_DATE_MS, MIN_DATE_MS,
} from './dates.ts';
import {dotNetToString, formatComposite, formatNumberWith, formatValue} from './format-string.ts';
import {
	PSRegex, RegexSyntaxError, allMatches, compileRegex, escapeRegex, execWithIndices, groupValue, regexErrorDetail,
	regexOptionFlags, replaceAll, splitRegex, unescapeRegex, type CompiledRegex,
} from './regex.ts';
import {compareText, equals} from './operators.ts';

/** What methods need from the evaluator. */
export interface MemberContext {
	/** Runs a script block with `$_` set (ForEach/Where methods, ScriptBlock.Invoke). May be async. */
	invoke?(block: ScriptBlock, dollarUnder?: unknown, args?: unknown[]): unknown[] | Promise<unknown[]>;
	/** A seeded random source in [0, 1) for [guid]::NewGuid(). */
	random?(): number;
	/** The simulated clock for [datetime]::Now. */
	now?(): PSDateTime;
}

const TICKS_PER_MS = 10_000;
const MS_PER_DAY = 86_400_000;

// ---- Errors -----------------------------------------------------------------------------------------

function methodNotFound(typeName: string, name: string): never {
	throw psError({
		message: `Method invocation failed because [${typeName}] does not contain a method named '${name}'.`,
		category: 'InvalidOperation',
		id: 'MethodNotFound',
		exceptionType: 'RuntimeException',
		target: name,
	});
}

function noOverload(name: string, count: number): never {
	throw psError({
		message: `Cannot find an overload for "${name}" and the argument count: "${count}".`,
		category: 'NotSpecified',
		id: 'MethodCountCouldNotFindBest',
		exceptionType: 'MethodException',
	});
}

/** An exception thrown by the .NET method itself, wrapped as pwsh wraps it. */
function methodFailed(name: string, args: readonly unknown[], message: string, exception = 'ArgumentException'): never {
	throw psError({
		message: `Exception calling "${name}" with "${args.length}" argument(s): "${message}"`,
		category: 'NotSpecified',
		id: exception,
		exceptionType: 'MethodInvocationException',
	});
}

function argumentFailed(method: string, parameter: string, value: unknown, typeName: string, inner: string): never {
	throw psError({
		message: `Cannot convert argument "${parameter}", with value: "${toStr(value)}", for "${method}" to type "${typeName}": "${inner}"`,
		category: 'NotSpecified',
		id: 'MethodArgumentConversionInvalidCastArgument',
		exceptionType: 'MethodException',
	});
}

function readOnly(name: string): never {
	throw psError({message: `'${name}' is a ReadOnly property.`, category: 'InvalidOperation', id: 'PropertyAssignmentException', exceptionType: 'RuntimeException'});
}

function propertyNotFound(name: string): never {
	throw psError({
		message: `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
		category: 'InvalidOperation',
		id: 'PropertyNotFound',
		exceptionType: 'RuntimeException',
	});
}

/** Checks the argument count against the allowed ones. */
function arity(name: string, args: readonly unknown[], ...counts: number[]): void {
	if (!counts.includes(args.length)) noOverload(name, args.length);
}

function intArg(method: string, args: readonly unknown[], index: number, parameter: string): number {
	const n = toInt32(args[index]);
	if (n instanceof CastFailure) argumentFailed(method, parameter, args[index], 'System.Int32', n.message);
	return n;
}

function numberArg(method: string, args: readonly unknown[], index: number, parameter: string): number {
	const value = args[index];
	if (typeof value === 'number') return value;
	const n = tryConvertTo(value, 'System.Double');
	if (n instanceof CastFailure) argumentFailed(method, parameter, value, 'System.Double', n.message);
	return n as number;
}

function typedArg<T>(method: string, args: readonly unknown[], index: number, parameter: string, typeName: string): T {
	const converted = tryConvertTo(args[index], typeName);
	if (converted instanceof CastFailure) argumentFailed(method, parameter, args[index], typeName, converted.message);
	return converted as T;
}

const strArg = (args: readonly unknown[], index: number): string => toStr(args[index]);

// ---- Properties -------------------------------------------------------------------------------------

const exceptions = new WeakMap<ErrorRecord, PSObject>();

/** `$_.Exception`: an object with Message (and the record), typed by the record's exception type. */
export function exceptionOf(record: ErrorRecord): PSObject {
	let exception = exceptions.get(record);
	if (!exception) {
		const typeName = exceptionFullName(record.exceptionType);
		exception = dotNetObject(
			typeName,
			{Message: record.message, InnerException: null, ErrorRecord: record, Source: null, StackTrace: null, HResult: -2146233087, Data: new PSHashtable()},
			() => `${typeName}: ${record.message}`,
		);
		exceptions.set(record, exception);
	}
	return exception;
}

/** A new exception object (`[System.Exception]::new('msg')`), for `throw` to turn into an error record. */
export function newException(typeName: string, message: string, inner: unknown = null): PSObject {
	return dotNetObject(typeName, {Message: message, InnerException: inner, Source: null, StackTrace: null, HResult: -2146233088, Data: new PSHashtable()}, () => `${typeName}: ${message}`);
}

/** The type and message of an exception object, when `value` is one (for `throw $exception`). */
export function exceptionInfo(value: unknown): {typeName: string; message: string} | undefined {
	if (!(value instanceof PSObject)) return undefined;
	const info = dotNetInfo(value);
	if (!info || !/Exception$/.test(info.typeName)) return undefined;
	return {typeName: info.typeName, message: toStr(value.get('Message'))};
}

function positionOf(record: ErrorRecord): {line: number; column: number; text: string} {
	const position = record.position;
	if (!position) return {line: 0, column: 0, text: ''};
	const before = position.source.slice(0, position.extent.start);
	const lineStart = before.lastIndexOf('\n') + 1;
	const lineEnd = position.source.indexOf('\n', position.extent.start);
	return {
		line: before.split('\n').length,
		column: position.extent.start - lineStart + 1,
		text: position.source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, ''),
	};
}

function errorRecordMember(record: ErrorRecord, key: string): unknown {
	switch (key) {
		case 'exception':
			return exceptionOf(record);
		case 'fullyqualifiederrorid':
			return record.fullyQualifiedErrorId;
		case 'targetobject':
			return record.targetObject;
		case 'categoryinfo': {
			const target = record.targetObject;
			return dotNetObject(
				'System.Management.Automation.ErrorCategoryInfo',
				{
					Category: record.category,
					Activity: record.commandName ?? '',
					Reason: record.exceptionType,
					TargetName: toStr(target),
					TargetType: target === null ? '' : getType(target).name,
				},
				() => record.categoryInfo,
			);
		}
		case 'invocationinfo': {
			const {line, column, text} = positionOf(record);
			return dotNetObject('System.Management.Automation.InvocationInfo', {
				MyCommand: record.commandName ?? null,
				InvocationName: record.commandName ?? '',
				ScriptName: record.position?.file ?? '',
				ScriptLineNumber: line,
				OffsetInLine: column,
				Line: text,
				PositionMessage: line ? `At ${record.position?.file ?? 'line'}:${line} char:${column}\n+ ${text}` : '',
			});
		}
		case 'scriptstacktrace':
			return '';
		case 'errordetails':
			return record.recommendedAction ? dotNetObject('System.Management.Automation.ErrorDetails', {Message: record.message, RecommendedAction: record.recommendedAction}, () => record.message) : null;
		case 'pipelineiterationinfo':
			return [];
	}
	return null;
}

function dateMember(value: PSDateTime, key: string): unknown {
	switch (key) {
		case 'ticks':
			return value.ticks;
		case 'date': {
			const p = dateParts(value);
			return makeDate(p.year, p.month, p.day);
		}
		case 'timeofday':
			return new PSTimeSpan(((value.ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
		case 'dayofweek':
			return DAY_NAMES[dateParts(value).dayOfWeek];
		case 'dayofyear':
			return dayOfYear(value);
		case 'kind':
			// Dates are local time in the simulation (which is at UTC+0).
			return 'Local';
		case 'datetime':
			return formatDate(value, 'F');
	}
	const p = dateParts(value);
	switch (key) {
		case 'year':
			return p.year;
		case 'month':
			return p.month;
		case 'day':
			return p.day;
		case 'hour':
			return p.hour;
		case 'minute':
			return p.minute;
		case 'second':
			return p.second;
		case 'millisecond':
			return p.millisecond;
	}
	return undefined;
}

function spanMember(value: PSTimeSpan, key: string): unknown {
	const ms = value.ms;
	switch (key) {
		case 'ticks':
			return Math.round(ms * TICKS_PER_MS);
		case 'days':
			return Math.trunc(ms / MS_PER_DAY) || 0;
		case 'hours':
			return Math.trunc(ms / 3_600_000) % 24 || 0;
		case 'minutes':
			return Math.trunc(ms / 60_000) % 60 || 0;
		case 'seconds':
			return Math.trunc(ms / 1000) % 60 || 0;
		case 'milliseconds':
			return Math.trunc(ms) % 1000 || 0;
		case 'totaldays':
			return ms / MS_PER_DAY;
		case 'totalhours':
			return ms / 3_600_000;
		case 'totalminutes':
			return ms / 60_000;
		case 'totalseconds':
			return ms / 1000;
		case 'totalmilliseconds':
			return ms;
	}
	return undefined;
}

/** Member enumeration: `$array.Name` is every element's Name, flattened; elements without a value add nothing. */
function enumerateMember(items: readonly unknown[], name: string): unknown {
	const out: unknown[] = [];
	for (const item of items) {
		if (item === null || item === undefined) continue;
		const value = getMember(item, name);
		if (value === null || value === undefined) continue;
		if (Array.isArray(value)) for (const inner of value) out.push(inner);
		else out.push(value);
	}
	return out.length === 0 ? null : out.length === 1 ? out[0] : out;
}

/**
 * `$target.name`: custom object properties and hashtable keys (case-insensitive; a key wins over a property),
 * the properties of strings, arrays, dates, time spans and error records, and member enumeration on arrays.
 * Everything has a Count (and Length) of 1, $null of 0; anything else missing is $null.
 */
export function getMember(target: unknown, name: string): unknown {
	if (target instanceof PSObject) {
		if (target.has(name)) return target.get(name);
		const key = name.toLowerCase();
		if (key === 'count' || key === 'length') return 1;
		if (key === 'pstypenames') return [...target.typeNames];
		return null;
	}
	if (target instanceof PSHashtable) {
		if (target.has(name)) return target.get(name);
		switch (name.toLowerCase()) {
			case 'keys':
				return target.keys();
			case 'values':
				return target.values();
			case 'count':
				return target.size;
			case 'isreadonly':
			case 'isfixedsize':
			case 'issynchronized':
				return false;
			case 'syncroot':
				return target;
		}
		return null;
	}
	const key = name.toLowerCase();
	if (target === null || target === undefined) return key === 'count' || key === 'length' ? 0 : null;
	if (Array.isArray(target)) {
		switch (key) {
			case 'count':
			case 'length':
			case 'longlength':
				return target.length;
			case 'rank':
				return 1;
			case 'isfixedsize':
				return !listTypeOf(target);
			case 'isreadonly':
			case 'issynchronized':
				return false;
			case 'syncroot':
				return target;
		}
		return enumerateMember(target, name);
	}
	if (typeof target === 'string') return key === 'length' ? target.length : key === 'count' ? 1 : null;
	let value: unknown;
	if (target instanceof PSDateTime) value = dateMember(target, key);
	else if (target instanceof PSTimeSpan) value = spanMember(target, key);
	else if (target instanceof ErrorRecord) value = errorRecordMember(target, key);
	else if (target instanceof PSType) {
		value = key === 'name' ? target.name : key === 'fullname' ? target.fullName : key === 'namespace' ? target.namespace
			: key === 'isarray' ? target.fullName.endsWith('[]') : key === 'basetype' ? baseTypeOf(target) : undefined;
	} else if (target instanceof PSRegex) value = key === 'options' ? target.options : key === 'righttoleft' ? false : undefined;
	else if (target instanceof ScriptBlock) value = key === 'file' ? target.origin ?? null : undefined;
	else if (target instanceof StringBuilder) value = key === 'length' ? target.text.length : key === 'capacity' ? Math.max(16, target.text.length) : undefined;
	if (value === undefined && (key === 'count' || key === 'length')) return 1;
	return value ?? null;
}

function baseTypeOf(type: PSType): PSType | null {
	if (type.fullName === 'System.Object') return null;
	if (type.fullName.endsWith('[]')) return new PSType('System.Array');
	if (/^System\.(Int|UInt|Double|Single|Decimal|Boolean|Char|Byte|SByte|DateTime|TimeSpan|Guid)/.test(type.fullName)) return new PSType('System.ValueType');
	return new PSType('System.Object');
}

/** `$target.name = value`: sets a custom object's existing property or a hashtable key. */
export function setMember(target: unknown, name: string, value: unknown): void {
	if (target instanceof PSHashtable) {
		target.set(name, value);
		return;
	}
	if (target instanceof PSObject) {
		if (!target.has(name)) propertyNotFound(name);
		target.set(name, value);
		return;
	}
	if (target !== null && target !== undefined && !Array.isArray(target) && getMember(target, name) !== null) readOnly(name);
	propertyNotFound(name);
}

// ---- String methods ---------------------------------------------------------------------------------

/** StringComparison and the ignoreCase flag of .NET overloads: true when the comparison ignores case. */
function ignoresCase(value: unknown): boolean {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value % 2 === 1;
	return /ignorecase/i.test(toStr(value));
}

/** The characters a Trim/Split/IndexOfAny argument stands for: a string or an array of strings is a char[]. */
function charsOf(args: readonly unknown[]): Set<string> {
	const set = new Set<string>();
	for (const arg of args) for (const item of Array.isArray(arg) ? arg : [arg]) for (const ch of toStr(item)) set.add(ch);
	return set;
}

function trimChars(s: string, chars: Set<string>, start: boolean, end: boolean): string {
	let from = 0;
	let to = s.length;
	if (start) while (from < to && chars.has(s[from]!)) from++;
	if (end) while (to > from && chars.has(s[to - 1]!)) to--;
	return s.slice(from, to);
}

const SPLIT_OPTION_BITS: Record<string, number> = {none: 0, removeemptyentries: 1, trimentries: 2};

function splitOptionBits(value: unknown): number | undefined {
	if (typeof value === 'number') return value;
	let bits = 0;
	for (const name of toStr(value).split(',').map(n => n.trim().toLowerCase())) {
		const bit = SPLIT_OPTION_BITS[name];
		if (bit === undefined) return undefined;
		bits |= bit;
	}
	return bits;
}

/** String.Split as .NET does it (literal separators, not regex): whole strings, or any of several. */
function stringSplit(s: string, args: readonly unknown[]): string[] {
	const name = 'Split';
	let separators: string[] = [];
	let count = Number.MAX_SAFE_INTEGER;
	let options = 0;
	if (args.length) {
		const first = args[0];
		separators = Array.isArray(first) ? first.map(item => toStr(item)) : first === null || first === undefined ? [] : [toStr(first)];
		const rest = args.slice(1);
		if (rest.length === 2) {
			count = intArg(name, args, 1, 'count');
			options = splitOptionBits(rest[1]) ?? argumentFailed(name, 'options', rest[1], 'System.StringSplitOptions', `Unable to match the identifier name ${toStr(rest[1])} to a valid enumerator name.`);
		} else if (rest.length === 1) {
			const bits = typeof rest[0] === 'string' ? splitOptionBits(rest[0]) : undefined;
			if (bits !== undefined) options = bits;
			else count = intArg(name, args, 1, 'count');
		} else if (rest.length > 2) {
			// Split('a', 'b', 'c'): params char[].
			separators = args.map(item => toStr(item));
		}
	}
	if (count < 0) methodFailed(name, args, "Count cannot be less than zero. (Parameter 'count')", 'ArgumentOutOfRangeException');
	if (count === 0) return [];
	separators = separators.filter(sep => sep.length > 0);
	const removeEmpty = (options & 1) !== 0;
	const trim = (options & 2) !== 0;
	const pieces: string[] = [];
	let start = 0;
	let i = 0;
	const isSeparatorAt = (at: number): number => {
		if (!separators.length) return /\s/.test(s[at]!) ? 1 : 0;
		for (const sep of separators) if (s.startsWith(sep, at)) return sep.length;
		return 0;
	};
	const push = (piece: string): void => {
		const text = trim ? piece.trim() : piece;
		if (!removeEmpty || text) pieces.push(text);
	};
	while (i < s.length && pieces.length < count - 1) {
		const length = isSeparatorAt(i);
		if (length) {
			push(s.slice(start, i));
			i += length;
			start = i;
		} else {
			i++;
		}
	}
	let last = s.slice(start);
	if (trim) last = last.trim();
	if (!removeEmpty || last) pieces.push(last);
	return pieces;
}

function outOfRange(name: string, args: readonly unknown[], message: string): never {
	return methodFailed(name, args, message, 'ArgumentOutOfRangeException');
}

function stringMethod(s: string, name: string, key: string, args: readonly unknown[]): unknown {
	switch (key) {
		case 'toupper':
		case 'toupperinvariant':
			arity(name, args, 0, 1);
			return s.toUpperCase();
		case 'tolower':
		case 'tolowerinvariant':
			arity(name, args, 0, 1);
			return s.toLowerCase();
		case 'trim':
		case 'trimstart':
		case 'trimend': {
			const [start, end] = [key !== 'trimend', key !== 'trimstart'];
			if (!args.length) return start && end ? s.trim() : start ? s.trimStart() : s.trimEnd();
			return trimChars(s, charsOf(args), start, end);
		}
		case 'split':
			return stringSplit(s, args);
		case 'contains': {
			arity(name, args, 1, 2);
			const value = strArg(args, 0);
			return args.length === 2 && ignoresCase(args[1]) ? s.toLowerCase().includes(value.toLowerCase()) : s.includes(value);
		}
		case 'startswith':
		case 'endswith': {
			arity(name, args, 1, 2, 3);
			const value = strArg(args, 0);
			const ci = args.length > 1 && ignoresCase(args[1]);
			const [text, probe] = ci ? [s.toLowerCase(), value.toLowerCase()] : [s, value];
			return key === 'startswith' ? text.startsWith(probe) : text.endsWith(probe);
		}
		case 'indexof':
		case 'lastindexof': {
			arity(name, args, 1, 2, 3);
			const value = strArg(args, 0);
			let ci = false;
			let start: number | undefined;
			let count: number | undefined;
			if (args.length >= 2) {
				if (typeof args[1] === 'string' && /culture|ordinal/i.test(args[1])) ci = ignoresCase(args[1]);
				else start = intArg(name, args, 1, 'startIndex');
			}
			if (args.length === 3) {
				if (typeof args[2] === 'string' && /culture|ordinal/i.test(args[2])) ci = ignoresCase(args[2]);
				else count = intArg(name, args, 2, 'count');
			}
			const [text, probe] = ci ? [s.toLowerCase(), value.toLowerCase()] : [s, value];
			if (key === 'indexof') {
				const from = start ?? 0;
				if (from < 0 || from > s.length) outOfRange(name, args, "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')");
				const found = text.indexOf(probe, from);
				return count !== undefined && found + probe.length > from + count ? -1 : found;
			}
			const from = start === undefined ? s.length : start - probe.length + 1;
			if (start !== undefined && (start < 0 || start >= Math.max(1, s.length))) outOfRange(name, args, "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')");
			if (from < 0) return -1;
			const found = text.lastIndexOf(probe, from);
			return count !== undefined && start !== undefined && found <= start - count ? -1 : found;
		}
		case 'indexofany':
		case 'lastindexofany': {
			arity(name, args, 1, 2, 3);
			const chars = charsOf([args[0]]);
			const start = args.length > 1 ? intArg(name, args, 1, 'startIndex') : key === 'indexofany' ? 0 : s.length - 1;
			if (key === 'indexofany') {
				for (let i = start; i < s.length; i++) if (chars.has(s[i]!)) return i;
			} else {
				for (let i = Math.min(start, s.length - 1); i >= 0; i--) if (chars.has(s[i]!)) return i;
			}
			return -1;
		}
		case 'replace': {
			arity(name, args, 2, 3, 4);
			const old = strArg(args, 0);
			if (!old) methodFailed(name, args, "String cannot be of zero length. (Parameter 'oldValue')");
			const replacement = strArg(args, 1);
			if (args.length > 2 && ignoresCase(args[2])) return s.replace(new RegExp(escapeRegex(old), 'gi'), () => replacement);
			return s.split(old).join(replacement);
		}
		case 'substring': {
			arity(name, args, 1, 2);
			const start = intArg(name, args, 0, 'startIndex');
			if (start < 0) outOfRange(name, args, "StartIndex cannot be less than zero. (Parameter 'startIndex')");
			if (start > s.length) outOfRange(name, args, "startIndex cannot be larger than length of string. (Parameter 'startIndex')");
			if (args.length === 1) return s.slice(start);
			const length = intArg(name, args, 1, 'length');
			if (length < 0) outOfRange(name, args, "Length cannot be less than zero. (Parameter 'length')");
			if (start + length > s.length) outOfRange(name, args, "Index and length must refer to a location within the string. (Parameter 'length')");
			return s.slice(start, start + length);
		}
		case 'padleft':
		case 'padright': {
			arity(name, args, 1, 2);
			const width = intArg(name, args, 0, 'totalWidth');
			if (width < 0) outOfRange(name, args, "Non-negative number required. (Parameter 'totalWidth')");
			const fill = args.length > 1 ? strArg(args, 1)[0] ?? ' ' : ' ';
			return key === 'padleft' ? s.padStart(width, fill) : s.padEnd(width, fill);
		}
		case 'insert': {
			arity(name, args, 2);
			const at = intArg(name, args, 0, 'startIndex');
			if (at < 0 || at > s.length) outOfRange(name, args, "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')");
			return s.slice(0, at) + strArg(args, 1) + s.slice(at);
		}
		case 'remove': {
			arity(name, args, 1, 2);
			const start = intArg(name, args, 0, 'startIndex');
			if (start < 0) outOfRange(name, args, "StartIndex cannot be less than zero. (Parameter 'startIndex')");
			if (args.length === 1) {
				if (start >= s.length && !(start === 0 && s.length === 0)) outOfRange(name, args, "startIndex must be less than length of string. (Parameter 'startIndex')");
				return s.slice(0, start);
			}
			const count = intArg(name, args, 1, 'count');
			if (count < 0) outOfRange(name, args, "Count cannot be less than zero. (Parameter 'count')");
			if (start + count > s.length) outOfRange(name, args, "Index and count must refer to a location within the string. (Parameter 'count')");
			return s.slice(0, start) + s.slice(start + count);
		}
		case 'tochararray': {
			arity(name, args, 0, 2);
			const text = args.length ? s.substr(intArg(name, args, 0, 'startIndex'), intArg(name, args, 1, 'length')) : s;
			return [...text];
		}
		case 'equals':
			arity(name, args, 1, 2);
			if (typeof args[0] !== 'string') return false;
			return args.length === 2 && ignoresCase(args[1]) ? s.toLowerCase() === args[0].toLowerCase() : s === args[0];
		case 'compareto':
			arity(name, args, 1);
			return args[0] === null || args[0] === undefined ? 1 : compareText(s, strArg(args, 0), true);
		case 'tostring':
		case 'clone':
			return s;
		case 'normalize':
			return s.normalize(args.length ? (strArg(args, 0).replace(/^Form/i, 'NF') as 'NFC') : 'NFC');
		case 'isnormalized':
			return s === s.normalize();
		case 'get_chars':
		case 'chars': {
			arity(name, args, 1);
			const index = intArg(name, args, 0, 'index');
			if (index < 0 || index >= s.length) outOfRange(name, args, "Index was outside the bounds of the array.");
			return s[index];
		}
		case 'get_length':
			return s.length;
		case 'gethashcode':
			return hashString(s);
	}
	return methodNotFound('System.String', name);
}

function hashString(s: string): number {
	let hash = 0;
	for (let i = 0; i < s.length; i++) hash = (Math.imul(hash, 31) + s.charCodeAt(i)) | 0;
	return hash;
}

// ---- Numbers, booleans, guids -----------------------------------------------------------------------

function withFormat<T>(name: string, args: readonly unknown[], format: () => T): T {
	try {
		return format();
	} catch (error) {
		if (error instanceof FormatError) methodFailed(name, args, error.message, 'FormatException');
		throw error;
	}
}

function isInvariant(provider: unknown): boolean {
	return provider instanceof PSObject && dotNetInfo(provider)?.typeName === 'System.Globalization.CultureInfo' && provider.get('Name') === '';
}

function numberMethod(n: number, name: string, key: string, args: readonly unknown[]): unknown {
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

function guidMethod(guid: PSGuid, name: string, key: string, args: readonly unknown[]): unknown {
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

// ---- Dates and time spans ---------------------------------------------------------------------------

const INVARIANT_DATE_FORMATS: Record<string, string> = {
	d: 'MM/dd/yyyy',
	D: 'dddd, dd MMMM yyyy',
	f: 'dddd, dd MMMM yyyy HH:mm',
	F: 'dddd, dd MMMM yyyy HH:mm:ss',
	g: 'MM/dd/yyyy HH:mm',
	G: 'MM/dd/yyyy HH:mm:ss',
	t: 'HH:mm',
	T: 'HH:mm:ss',
	m: 'MMMM dd',
	M: 'MMMM dd',
	y: 'yyyy MMMM',
	Y: 'yyyy MMMM',
};

function checkedDate(name: string, args: readonly unknown[], ms: number): PSDateTime {
	if (!(ms >= MIN_DATE_MS && ms <= MAX_DATE_MS)) {
		methodFailed(name, args, 'The added or subtracted value results in an un-representable DateTime. (Parameter \'value\')', 'ArgumentOutOfRangeException');
	}
	return new PSDateTime(ms);
}

function addMonths(date: PSDateTime, months: number): PSDateTime {
	const p = dateParts(date);
	const total = p.year * 12 + (p.month - 1) + months;
	const [year, month] = [Math.floor(total / 12), (total % 12) + 1];
	const day = Math.min(p.day, daysInMonth(year, month));
	const timeOfDay = ((date.ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
	return new PSDateTime(utcMs(year, month, day) + timeOfDay);
}

function dateMethod(date: PSDateTime, name: string, key: string, args: readonly unknown[]): unknown {
	const unit: Record<string, number> = {adddays: MS_PER_DAY, addhours: 3_600_000, addminutes: 60_000, addseconds: 1000, addmilliseconds: 1, addticks: 1 / TICKS_PER_MS};
	if (key in unit) {
		arity(name, args, 1);
		return checkedDate(name, args, date.ms + numberArg(name, args, 0, 'value') * unit[key]!);
	}
	switch (key) {
		case 'addmonths':
		case 'addyears': {
			arity(name, args, 1);
			const count = intArg(name, args, 0, key === 'addmonths' ? 'months' : 'value');
			return addMonths(date, key === 'addmonths' ? count : count * 12);
		}
		case 'add':
			arity(name, args, 1);
			return checkedDate(name, args, date.ms + typedArg<PSTimeSpan>(name, args, 0, 'value', 'System.TimeSpan').ms);
		case 'subtract':
			arity(name, args, 1);
			if (args[0] instanceof PSDateTime) return new PSTimeSpan(date.ms - args[0].ms);
			return checkedDate(name, args, date.ms - typedArg<PSTimeSpan>(name, args, 0, 'value', 'System.TimeSpan').ms);
		case 'tostring': {
			arity(name, args, 0, 1, 2);
			if (!args.length) return formatDate(date, 'G');
			if (args.length === 1 && typeof args[0] !== 'string') return isInvariant(args[0]) ? formatDate(date, INVARIANT_DATE_FORMATS.G) : formatDate(date, 'G');
			const format = strArg(args, 0) || 'G';
			const invariantFormat = args.length === 2 && isInvariant(args[1]) ? INVARIANT_DATE_FORMATS[format] : undefined;
			return withFormat(name, args, () => formatDate(date, invariantFormat ?? format));
		}
		case 'toshortdatestring':
			return formatDate(date, 'd');
		case 'tolongdatestring':
			return formatDate(date, 'D');
		case 'toshorttimestring':
			return formatDate(date, 't');
		case 'tolongtimestring':
			return formatDate(date, 'T');
		case 'touniversaltime':
		case 'tolocaltime':
			return date;
		case 'isdaylightsavingtime':
			return false;
		case 'tofiletime':
		case 'tofiletimeutc':
			return date.ticks - 504_911_232_000_000_000;
		case 'compareto':
			arity(name, args, 1);
			if (args[0] === null || args[0] === undefined) return 1;
			return Math.sign(date.ms - typedArg<PSDateTime>(name, args, 0, 'value', 'System.DateTime').ms);
		case 'equals':
			arity(name, args, 1);
			return args[0] instanceof PSDateTime && args[0].ms === date.ms;
		case 'gethashcode':
			return date.ms | 0;
	}
	return methodNotFound('System.DateTime', name);
}

function spanMethod(span: PSTimeSpan, name: string, key: string, args: readonly unknown[]): unknown {
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

// ---- Arrays and lists -------------------------------------------------------------------------------

/** .NET's Object.Equals, as Array.Contains/IndexOf use it: same type and value, text compared exactly. */
function strictEquals(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (a instanceof PSDateTime || a instanceof PSTimeSpan) return (b instanceof PSDateTime || b instanceof PSTimeSpan) && a.constructor === b.constructor && a.ms === b.ms;
	if (a instanceof PSGuid) return b instanceof PSGuid && a.value === b.value;
	return false;
}

/** Runs `step` over the items in order, staying synchronous until the callback returns a promise. */
function eachInOrder(items: readonly unknown[], step: (item: unknown, index: number) => unknown, done: () => unknown): unknown {
	for (let i = 0; i < items.length; i++) {
		const result = step(items[i], i);
		if (result instanceof Promise) {
			return (async () => {
				await result;
				for (let j = i + 1; j < items.length; j++) await step(items[j], j);
				return done();
			})();
		}
	}
	return done();
}

function requireInvoke(ctx: MemberContext | undefined, name: string): NonNullable<MemberContext['invoke']> {
	if (!ctx?.invoke) {
		throw psError({message: `The ${name} method needs a script block runner.`, category: 'NotImplemented', id: 'NotImplemented', exceptionType: 'PSNotImplementedException'});
	}
	return ctx.invoke;
}

/** `.ForEach({...})`, `.ForEach('Property')`, `.ForEach('Method', args)`, `.ForEach([type])`. */
function forEachMethod(items: readonly unknown[], args: readonly unknown[], ctx: MemberContext | undefined): unknown {
	const out: unknown[] = [];
	const first = args[0];
	if (first instanceof ScriptBlock) {
		const invoke = requireInvoke(ctx, 'ForEach');
		const extra = args.slice(1) as unknown[];
		return eachInOrder(
			items,
			item => {
				const result = invoke(first, item, extra);
				if (result instanceof Promise) return result.then(values => void out.push(...values));
				out.push(...result);
				return undefined;
			},
			() => out,
		);
	}
	if (first instanceof PSType) return items.map(item => convertTo(item, first));
	if (typeof first === 'string') {
		const rest = args.slice(1);
		for (const item of items) {
			const value = rest.length ? invokeMethod(item, first, rest, ctx) : getMember(item, first);
			if (Array.isArray(value)) out.push(...value);
			else if (value !== null && value !== undefined) out.push(value);
		}
		return out;
	}
	return noOverload('ForEach', args.length);
}

const WHERE_MODES = ['default', 'first', 'last', 'skipuntil', 'until', 'split'];

/** `.Where({...}[, mode[, count]])` with pwsh's modes: Default, First, Last, SkipUntil, Until, Split. */
function whereMethod(items: readonly unknown[], args: readonly unknown[], ctx: MemberContext | undefined): unknown {
	const block = args[0];
	if (!(block instanceof ScriptBlock)) return noOverload('Where', args.length);
	const invoke = requireInvoke(ctx, 'Where');
	const mode = args.length > 1 && args[1] !== null ? toStr(args[1]).toLowerCase() : 'default';
	if (!WHERE_MODES.includes(mode)) argumentFailed('Where', 'mode', args[1], 'System.Management.Automation.WhereOperatorSelectionMode', `Unable to match the identifier name ${toStr(args[1])} to a valid enumerator name.`);
	const limit = args.length > 2 ? intArg('Where', args, 2, 'numberToReturn') : 0;
	const verdicts: boolean[] = [];
	return eachInOrder(
		items,
		item => {
			const result = invoke(block, item, []);
			if (result instanceof Promise) return result.then(values => void verdicts.push(toBool(values)));
			verdicts.push(toBool(result));
			return undefined;
		},
		() => selectWhere(items, verdicts, mode, limit),
	);
}

function selectWhere(items: readonly unknown[], verdicts: boolean[], mode: string, limit: number): unknown[] {
	const matched = items.filter((_, i) => verdicts[i]);
	switch (mode) {
		case 'first':
			return matched.slice(0, limit || 1);
		case 'last':
			return matched.slice(-(limit || 1));
		case 'skipuntil': {
			const start = verdicts.indexOf(true);
			const rest = start < 0 ? [] : items.slice(start);
			return limit ? rest.slice(0, limit) : rest;
		}
		case 'until': {
			const stop = verdicts.indexOf(true);
			const head = stop < 0 ? [...items] : items.slice(0, stop);
			return limit ? head.slice(0, limit) : head;
		}
		case 'split': {
			const taken = limit ? matched.slice(0, limit) : matched;
			const chosen = new Set(taken.map((_, i) => i));
			let seen = 0;
			const rest = items.filter((_, i) => !(verdicts[i] && chosen.has(seen++)));
			return [taken, rest];
		}
	}
	return limit ? matched.slice(0, limit) : matched;
}

function fixedSize(name: string, args: readonly unknown[]): never {
	return methodFailed(name, args, 'Collection was of a fixed size.', 'NotSupportedException');
}

function arrayMethod(items: unknown[], name: string, key: string, args: readonly unknown[], ctx: MemberContext | undefined): unknown {
	const list = listTypeOf(items);
	switch (key) {
		case 'foreach':
			return forEachMethod(items, args, ctx);
		case 'where':
			return whereMethod(items, args, ctx);
		case 'contains':
			arity(name, args, 1);
			return items.some(item => strictEquals(item, args[0]));
		case 'indexof':
		case 'lastindexof': {
			arity(name, args, 1, 2);
			const start = args.length > 1 ? intArg(name, args, 1, 'startIndex') : undefined;
			if (key === 'indexof') {
				for (let i = start ?? 0; i < items.length; i++) if (strictEquals(items[i], args[0])) return i;
			} else {
				for (let i = start ?? items.length - 1; i >= 0; i--) if (strictEquals(items[i], args[0])) return i;
			}
			return -1;
		}
		case 'tostring':
			return list ?? 'System.Object[]';
		case 'clone':
			return list ? markList([...items], list) : [...items];
		case 'getvalue':
			arity(name, args, 1);
			return items[intArg(name, args, 0, 'index')] ?? null;
		case 'setvalue':
			arity(name, args, 2);
			items[intArg(name, args, 1, 'index')] = args[0];
			return undefined;
		case 'toarray':
			return [...items];
		case 'equals':
			arity(name, args, 1);
			return items === args[0];
		case 'gethashcode':
			return items.length;
		case 'add':
		case 'remove':
		case 'removeat':
		case 'insert':
		case 'addrange':
		case 'clear':
		case 'sort':
		case 'reverse':
		case 'removerange':
		case 'removeall':
			if (!list) {
				if (key === 'sort' || key === 'reverse') return methodNotFound('System.Object[]', name);
				return fixedSize(name, args);
			}
			return listMethod(items, name, key, args);
	}
	// Method enumeration: a method the array lacks is called on each element.
	if (!items.length) return methodNotFound(list ?? 'System.Object[]', name);
	const out: unknown[] = [];
	for (const item of items) {
		const result = invokeMethod(item, name, args, ctx);
		if (Array.isArray(result)) out.push(...result);
		else if (result !== undefined) out.push(result);
	}
	return out.length === 1 ? out[0] : out;
}

/** ArrayList/List[T] mutators (these lists are tagged JS arrays, changed in place). */
function listMethod(items: unknown[], name: string, key: string, args: readonly unknown[]): unknown {
	switch (key) {
		case 'add':
			arity(name, args, 1);
			items.push(args[0]);
			// ArrayList.Add returns the new index (hence `[void]$list.Add(x)`); List[T].Add returns nothing.
			return listTypeOf(items) === 'System.Collections.ArrayList' ? items.length - 1 : undefined;
		case 'addrange':
			arity(name, args, 1);
			items.push(...(Array.isArray(args[0]) ? args[0] : [args[0]]));
			return undefined;
		case 'insert': {
			arity(name, args, 2);
			const at = intArg(name, args, 0, 'index');
			if (at < 0 || at > items.length) outOfRange(name, args, "Index must be within the bounds of the List. (Parameter 'index')");
			items.splice(at, 0, args[1]);
			return undefined;
		}
		case 'remove': {
			arity(name, args, 1);
			const at = items.findIndex(item => strictEquals(item, args[0]) || equals(item, args[0], true));
			if (at >= 0) items.splice(at, 1);
			return listTypeOf(items) === 'System.Collections.ArrayList' ? undefined : at >= 0;
		}
		case 'removeat': {
			arity(name, args, 1);
			const at = intArg(name, args, 0, 'index');
			if (at < 0 || at >= items.length) outOfRange(name, args, "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')");
			items.splice(at, 1);
			return undefined;
		}
		case 'removerange': {
			arity(name, args, 2);
			items.splice(intArg(name, args, 0, 'index'), intArg(name, args, 1, 'count'));
			return undefined;
		}
		case 'clear':
			items.length = 0;
			return undefined;
		case 'reverse':
			items.reverse();
			return undefined;
		case 'sort':
			items.sort((a, b) => sortCompare(a, b));
			return undefined;
	}
	return methodNotFound(listTypeOf(items)!, name);
}

function sortCompare(a: unknown, b: unknown): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return compareText(toStr(a), toStr(b), true);
}

// ---- Hashtables -------------------------------------------------------------------------------------

function duplicateKey(name: string, args: readonly unknown[], key: unknown): never {
	return methodFailed(name, args, `Item has already been added. Key in dictionary: '${toStr(key)}'  Key being added: '${toStr(key)}'`);
}

function entryObject(key: unknown, value: unknown): PSObject {
	return dotNetObject('System.Collections.DictionaryEntry', {Key: key, Value: value, Name: key}, () => 'System.Collections.DictionaryEntry');
}

function tableMethod(table: PSHashtable, name: string, key: string, args: readonly unknown[]): unknown {
	switch (key) {
		case 'containskey':
		case 'contains':
			arity(name, args, 1);
			return table.has(args[0]);
		case 'containsvalue':
			arity(name, args, 1);
			return table.values().some(value => strictEquals(value, args[0]));
		case 'add':
			arity(name, args, 2);
			if (args[0] === null || args[0] === undefined) methodFailed(name, args, "Key cannot be null. (Parameter 'key')", 'ArgumentNullException');
			if (table.has(args[0])) duplicateKey(name, args, args[0]);
			table.set(args[0], args[1]);
			return undefined;
		case 'remove':
			arity(name, args, 1);
			table.delete(args[0]);
			return undefined;
		case 'clear':
			table.clear();
			return undefined;
		case 'clone':
			return table.clone();
		case 'getenumerator':
			return table.entries().map(([k, v]) => entryObject(k, v));
		case 'get_item':
		case 'item':
			arity(name, args, 1);
			return table.get(args[0]);
		case 'set_item':
			arity(name, args, 2);
			table.set(args[0], args[1]);
			return undefined;
		case 'insert': {
			if (!table.ordered) break;
			arity(name, args, 3);
			const entries = table.entries();
			const at = intArg(name, args, 0, 'index');
			if (table.has(args[1])) duplicateKey(name, args, args[1]);
			entries.splice(at, 0, [args[1], args[2]]);
			table.clear();
			for (const [k, v] of entries) table.set(k, v);
			return undefined;
		}
		case 'removeat': {
			if (!table.ordered) break;
			arity(name, args, 1);
			const entry = table.entries()[intArg(name, args, 0, 'index')];
			if (entry) table.delete(entry[0]);
			return undefined;
		}
		case 'tostring':
			return toStr(table);
		case 'equals':
			arity(name, args, 1);
			return table === args[0];
		case 'gethashcode':
			return table.size;
	}
	return methodNotFound(typeNameOf(table), name);
}

// ---- Regex and Match objects ------------------------------------------------------------------------

const nextMatches = new WeakMap<PSObject, () => PSObject>();

function groupObject(name: string, value: string | undefined, index: number): PSObject {
	const text = value ?? '';
	return dotNetObject('System.Text.RegularExpressions.Group', {Success: value !== undefined, Name: name, Value: text, Index: index, Length: text.length}, () => text);
}

/** A .NET Match object for `[regex]::Match` and `$re.Match()`: Success, Value, Index, Length, Groups, NextMatch(). */
function matchObject(compiled: CompiledRegex, input: string, from: number): PSObject {
	const found = from <= input.length ? execWithIndices(compiled, input, from) : null;
	const groups = new PSHashtable(true);
	for (const group of compiled.groups) {
		const value = found ? groupValue(group, found) : undefined;
		let index = 0;
		if (found && value !== undefined) {
			for (const js of group.js) if (found[js] !== undefined) index = found.indices?.[js]?.[0] ?? 0;
		}
		const object = groupObject(group.name ?? String(group.number), value, index);
		groups.set(group.number, object);
		if (group.name) groups.set(group.name, object);
	}
	const value = found?.[0] ?? '';
	const match = dotNetObject(
		'System.Text.RegularExpressions.Match',
		{Success: found !== null, Name: '0', Value: value, Index: found?.index ?? 0, Length: value.length, Groups: groups},
		() => value,
	);
	if (found) {
		const end = found.index + value.length;
		nextMatches.set(match, () => matchObject(compiled, input, value ? end : end + 1));
	}
	return match;
}

function allMatchObjects(compiled: CompiledRegex, input: string, from = 0): PSObject[] {
	const out: PSObject[] = [];
	let match = matchObject(compiled, input, from);
	while (match.get('Success')) {
		out.push(match);
		match = nextMatches.get(match)!();
	}
	return out;
}

function compileFor(name: string, args: readonly unknown[], pattern: string, flags: string): CompiledRegex {
	try {
		return compileRegex(pattern, flags);
	} catch (error) {
		if (error instanceof RegexSyntaxError) methodFailed(name, args, regexErrorDetail(pattern, error), 'RegexParseException');
		throw error;
	}
}

function regexFlagsArg(name: string, args: readonly unknown[], index: number): string {
	try {
		return regexOptionFlags(args[index]);
	} catch {
		return argumentFailed(name, 'options', args[index], 'System.Text.RegularExpressions.RegexOptions', `Unable to match the identifier name ${toStr(args[index])} to a valid enumerator name.`);
	}
}

/** Regex operations shared by `[regex]::X(input, pattern, …)` and `$re.X(input, …)`. */
function regexOperation(compiled: CompiledRegex, name: string, key: string, input: string, rest: readonly unknown[], args: readonly unknown[]): unknown {
	switch (key) {
		case 'ismatch':
			return allMatches(compiled, input, 1).length > 0;
		case 'match':
			return matchObject(compiled, input, rest.length ? intArg(name, rest, 0, 'startat') : 0);
		case 'matches':
			return allMatchObjects(compiled, input, rest.length ? intArg(name, rest, 0, 'startat') : 0);
		case 'replace':
			if (!rest.length) return noOverload(name, args.length);
			if (rest[0] instanceof ScriptBlock) {
				throw psError({message: 'A script block as a replacement is not supported.', category: 'NotImplemented', id: 'NotImplemented', exceptionType: 'PSNotImplementedException'});
			}
			return replaceAll(compiled, input, toStr(rest[0]), rest.length > 1 ? intArg(name, rest, 1, 'count') : Infinity);
		case 'split':
			return splitRegex(compiled, input, rest.length ? intArg(name, rest, 0, 'count') : 0);
	}
	return methodNotFound('System.Text.RegularExpressions.Regex', name);
}

function regexMethod(regex: PSRegex, name: string, key: string, args: readonly unknown[]): unknown {
	switch (key) {
		case 'tostring':
			return regex.pattern;
		case 'getgroupnames':
			return regex.compiled.groups.map(group => group.name ?? String(group.number));
		case 'getgroupnumbers':
			return regex.compiled.groups.map(group => group.number);
		case 'equals':
			return regex === args[0];
	}
	if (!args.length) return noOverload(name, 0);
	return regexOperation(regex.compiled, name, key, strArg(args, 0), args.slice(1), args);
}

// ---- StringBuilder ----------------------------------------------------------------------------------

/** System.Text.StringBuilder, which scripts use to build text in loops. */
export class StringBuilder {
	readonly dotNetTypeName = 'System.Text.StringBuilder';
	text = '';

	toString(): string {
		return this.text;
	}
}

function builderMethod(builder: StringBuilder, name: string, key: string, args: readonly unknown[]): unknown {
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

// ---- Method dispatch --------------------------------------------------------------------------------

/**
 * `$target.Name(args)`. Method names are case-insensitive. ForEach/Where and ScriptBlock.Invoke run script
 * blocks through `ctx.invoke`; when that returns promises, so does this (await the result). A method an array
 * lacks is called on each element (method enumeration).
 */
export function invokeMethod(target: unknown, name: string, args: readonly unknown[], ctx?: MemberContext): unknown {
	if (target === null || target === undefined) {
		throw psError({message: 'You cannot call a method on a null-valued expression.', category: 'InvalidOperation', id: 'InvokeMethodOnNull', exceptionType: 'RuntimeException', target: name});
	}
	const key = name.toLowerCase();
	if (key === 'gettype' && !args.length) return getType(target);
	switch (typeof target) {
		case 'string':
			return stringMethod(target, name, key, args);
		case 'number':
			return numberMethod(target, name, key, args);
		case 'boolean':
			if (key === 'tostring') return target ? 'True' : 'False';
			if (key === 'equals') return args[0] === target;
			if (key === 'compareto') return (target ? 1 : 0) - (toBool(args[0]) ? 1 : 0);
			return methodNotFound('System.Boolean', name);
	}
	if (Array.isArray(target)) return arrayMethod(target, name, key, args, ctx);
	if (target instanceof PSHashtable) return tableMethod(target, name, key, args);
	if (target instanceof PSDateTime) return dateMethod(target, name, key, args);
	if (target instanceof PSTimeSpan) return spanMethod(target, name, key, args);
	if (target instanceof PSGuid) return guidMethod(target, name, key, args);
	if (target instanceof PSRegex) return regexMethod(target, name, key, args);
	if (target instanceof StringBuilder) return builderMethod(target, name, key, args);
	if (target instanceof ScriptBlock) {
		switch (key) {
			case 'invoke':
			case 'invokereturnasis': {
				const result = requireInvoke(ctx, name)(target, undefined, [...args]);
				const shape = (values: unknown[]): unknown => (key === 'invoke' ? values : values.length === 1 ? values[0] : values);
				return result instanceof Promise ? result.then(shape) : shape(result);
			}
			case 'getnewclosure':
				return target;
			case 'tostring':
				return target.toString();
		}
		return methodNotFound('System.Management.Automation.ScriptBlock', name);
	}
	if (target instanceof PSType) {
		if (key === 'tostring') return target.fullName;
		if (key === 'equals') return args[0] instanceof PSType && args[0].fullName === target.fullName;
		if (key === 'isinstanceoftype') return isOfType(args[0], target);
		return methodNotFound('System.RuntimeType', name);
	}
	if (target instanceof ErrorRecord) {
		if (key === 'tostring') return target.message;
		return methodNotFound('System.Management.Automation.ErrorRecord', name);
	}
	if (target instanceof PSObject) {
		switch (key) {
			case 'tostring':
				return toStr(target);
			case 'equals':
				return target === args[0];
			case 'gethashcode':
				return target.size;
			case 'nextmatch': {
				const next = nextMatches.get(target);
				if (next) return next();
				break;
			}
			case 'getbaseexception':
				if (exceptionInfo(target)) return target;
				break;
		}
		return methodNotFound(typeNameOf(target), name);
	}
	if (key === 'tostring') return toStr(target);
	return methodNotFound(typeNameOf(target), name);
}

// ---- Static members ---------------------------------------------------------------------------------

function canonicalType(type: TypeRef): string {
	if (type instanceof PSType) return type.fullName;
	const written = typeRefName(type);
	const canonical = resolveTypeName(written);
	if (!canonical) throw psError({message: `Unable to find type [${written}].`, category: 'InvalidOperation', id: 'TypeNotFound', exceptionType: 'RuntimeException', target: written});
	return canonical;
}

const INTEGER_LIMITS: Record<string, [number, number]> = {
	'System.Int32': [-2147483648, 2147483647],
	'System.Int64': [-9223372036854775808, 9223372036854775807],
	'System.Int16': [-32768, 32767],
	'System.UInt16': [0, 65535],
	'System.UInt32': [0, 4294967295],
	'System.UInt64': [0, 18446744073709551615],
	'System.Byte': [0, 255],
	'System.SByte': [-128, 127],
};

const ENUMS: Record<string, string[]> = {
	'System.StringComparison': ['CurrentCulture', 'CurrentCultureIgnoreCase', 'InvariantCulture', 'InvariantCultureIgnoreCase', 'Ordinal', 'OrdinalIgnoreCase'],
	'System.MidpointRounding': ['ToEven', 'AwayFromZero', 'ToZero', 'ToNegativeInfinity', 'ToPositiveInfinity'],
	'System.DayOfWeek': DAY_NAMES,
	'System.DateTimeKind': ['Unspecified', 'Utc', 'Local'],
	'System.Management.Automation.ActionPreference': ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'],
	'System.Management.Automation.ErrorCategory': [
		'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData', 'InvalidOperation',
		'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled', 'ObjectNotFound', 'OperationStopped',
		'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied', 'ResourceBusy', 'ResourceExists', 'ResourceUnavailable',
		'ReadError', 'WriteError', 'FromStdErr', 'SecurityError', 'ProtocolError', 'ConnectionError', 'AuthenticationError',
		'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
	],
};

/** Flag enums are numbers here, so they combine with -bor; their names are accepted wherever they are used. */
const FLAG_ENUMS: Record<string, Record<string, number>> = {
	'System.Text.RegularExpressions.RegexOptions': {
		None: 0, IgnoreCase: 1, Multiline: 2, ExplicitCapture: 4, Compiled: 8, Singleline: 16, IgnorePatternWhitespace: 32, RightToLeft: 64, ECMAScript: 256, CultureInvariant: 512,
	},
	'System.StringSplitOptions': {None: 0, RemoveEmptyEntries: 1, TrimEntries: 2},
};

function culture(name: string): PSObject {
	return dotNetObject('System.Globalization.CultureInfo', {Name: name, DisplayName: name ? 'English (United States)' : 'Invariant Language (Invariant Country)'}, () => name);
}

function findName(names: Iterable<string>, name: string): string | undefined {
	const lower = name.toLowerCase();
	for (const candidate of names) if (candidate.toLowerCase() === lower) return candidate;
	return undefined;
}

/** `[Type]::Member`: constants and the like (`[int]::MaxValue`, `[datetime]::Now`, `[Math]::PI`). Unknown → $null. */
export function getStaticMember(type: TypeRef, name: string, ctx?: MemberContext): unknown {
	const canonical = canonicalType(type);
	const key = name.toLowerCase();
	const limits = INTEGER_LIMITS[canonical];
	if (limits) return key === 'maxvalue' ? limits[1] : key === 'minvalue' ? limits[0] : null;
	const enumNames = ENUMS[canonical];
	if (enumNames) return findName(enumNames, name) ?? null;
	const flags = FLAG_ENUMS[canonical];
	if (flags) {
		const found = findName(Object.keys(flags), name);
		return found === undefined ? null : flags[found];
	}
	switch (canonical) {
		case 'System.Double':
		case 'System.Single': {
			const single = canonical === 'System.Single';
			const values: Record<string, number> = {
				maxvalue: single ? 3.4028234663852886e38 : Number.MAX_VALUE,
				minvalue: single ? -3.4028234663852886e38 : -Number.MAX_VALUE,
				epsilon: single ? 1.401298464324817e-45 : Number.MIN_VALUE,
				nan: NaN,
				positiveinfinity: Infinity,
				negativeinfinity: -Infinity,
			};
			return values[key] ?? null;
		}
		case 'System.Decimal':
			return ({maxvalue: 79228162514264337593543950335, minvalue: -79228162514264337593543950335, zero: 0, one: 1, minusone: -1} as Record<string, number>)[key] ?? null;
		case 'System.String':
			return key === 'empty' ? '' : null;
		case 'System.Boolean':
			return key === 'truestring' ? 'True' : key === 'falsestring' ? 'False' : null;
		case 'System.Char':
			return key === 'maxvalue' ? '\uffff' : key === 'minvalue' ? '\0' : null;
		case 'System.DateTime': {
			const current = ctx?.now?.() ?? clockNow();
			switch (key) {
				case 'now':
				case 'utcnow':
					return current;
				case 'today': {
					const p = dateParts(current);
					return makeDate(p.year, p.month, p.day);
				}
				case 'minvalue':
					return new PSDateTime(MIN_DATE_MS);
				case 'maxvalue':
					return new PSDateTime(MAX_DATE_MS);
				case 'unixepoch':
					return new PSDateTime(0);
			}
			return null;
		}
		case 'System.TimeSpan': {
			const values: Record<string, unknown> = {
				zero: new PSTimeSpan(0),
				maxvalue: new PSTimeSpan(922337203685477.5807),
				minvalue: new PSTimeSpan(-922337203685477.5808),
				ticksperday: 864_000_000_000,
				ticksperhour: 36_000_000_000,
				ticksperminute: 600_000_000,
				tickspersecond: 10_000_000,
				tickspermillisecond: 10_000,
			};
			return values[key] ?? null;
		}
		case 'System.Guid':
			return key === 'empty' ? new PSGuid(EMPTY_GUID) : null;
		case 'System.Math':
			return key === 'pi' ? Math.PI : key === 'e' ? Math.E : key === 'tau' ? 2 * Math.PI : null;
		case 'System.Environment':
			switch (key) {
				case 'newline':
					return '\n';
				case 'is64bitoperatingsystem':
				case 'is64bitprocess':
					return true;
				case 'processorcount':
					return 4;
			}
			return null;
		case 'System.IO.Path':
			return ({directoryseparatorchar: '\\', altdirectoryseparatorchar: '/', pathseparator: ';', volumeseparatorchar: ':'} as Record<string, string>)[key] ?? null;
		case 'System.Globalization.CultureInfo':
			return key === 'invariantculture' ? culture('') : key === 'currentculture' || key === 'currentuiculture' ? culture('en-US') : null;
		case 'System.Text.RegularExpressions.Regex':
			return key === 'cachesize' ? 15 : null;
	}
	return null;
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

function newGuid(ctx: MemberContext | undefined): PSGuid {
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

function mathMethod(name: string, key: string, args: readonly unknown[]): unknown {
	const one = (fn: (x: number) => number): number => {
		arity(name, args, 1);
		return fn(numberArg(name, args, 0, 'value'));
	};
	switch (key) {
		case 'round':
			return mathRound(name, args);
		case 'floor':
			return one(Math.floor);
		case 'ceiling':
			return one(Math.ceil);
		case 'truncate':
			return one(x => Math.trunc(x) || 0);
		case 'abs':
			return one(Math.abs);
		case 'sqrt':
			return one(Math.sqrt);
		case 'cbrt':
			return one(Math.cbrt);
		case 'exp':
			return one(Math.exp);
		case 'log10':
			return one(Math.log10);
		case 'log2':
			return one(Math.log2);
		case 'sign':
			return one(x => (Number.isNaN(x) ? methodFailed(name, args, 'Function does not accept floating point Not-a-Number values.', 'ArithmeticException') : Math.sign(x) || 0));
		case 'sin':
			return one(Math.sin);
		case 'cos':
			return one(Math.cos);
		case 'tan':
			return one(Math.tan);
		case 'asin':
			return one(Math.asin);
		case 'acos':
			return one(Math.acos);
		case 'atan':
			return one(Math.atan);
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

/** Splits a Windows path into its directory and leaf the way System.IO.Path does (either slash separates). */
function lastSeparator(path: string): number {
	return Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
}

const isRooted = (path: string): boolean => /^([a-zA-Z]:|[\\/])/.test(path);

function pathMethod(name: string, key: string, args: readonly unknown[]): unknown {
	const path = args.length ? (args[0] === null || args[0] === undefined ? null : strArg(args, 0)) : null;
	switch (key) {
		case 'combine':
		case 'join': {
			const parts = (args.length === 1 && Array.isArray(args[0]) ? args[0] : args).map(item => toStr(item));
			let out = '';
			for (const part of parts) {
				if (!part) continue;
				if (key === 'combine' && isRooted(part)) out = part;
				else out = !out || /[\\/]$/.test(out) || /^[\\/]/.test(part) ? out + part : `${out}\\${part}`;
			}
			return out;
		}
		case 'getfilename':
			return path === null ? null : path.slice(lastSeparator(path) + 1);
		case 'getfilenamewithoutextension': {
			if (path === null) return null;
			const leaf = path.slice(lastSeparator(path) + 1);
			const dot = leaf.lastIndexOf('.');
			return dot > 0 || (dot === 0 && leaf.length > 1) ? leaf.slice(0, dot) : leaf;
		}
		case 'getextension': {
			if (path === null) return null;
			const leaf = path.slice(lastSeparator(path) + 1);
			const dot = leaf.lastIndexOf('.');
			return dot >= 0 && dot < leaf.length - 1 ? leaf.slice(dot) : '';
		}
		case 'getdirectoryname': {
			if (path === null || /^([a-zA-Z]:)?[\\/]?$/.test(path)) return null;
			const at = lastSeparator(path);
			if (at < 0) return '';
			const directory = path.slice(0, at);
			return /^[a-zA-Z]:$/.test(directory) ? `${directory}\\` : directory || path.slice(0, 1);
		}
		case 'changeextension': {
			if (path === null) return null;
			const leafStart = lastSeparator(path) + 1;
			const dot = path.lastIndexOf('.');
			const base = dot >= leafStart ? path.slice(0, dot) : path;
			const extension = args[1] === null || args[1] === undefined ? '' : strArg(args, 1);
			return extension ? base + (extension.startsWith('.') ? extension : `.${extension}`) : base;
		}
		case 'ispathrooted':
			return path !== null && isRooted(path);
		case 'getpathroot':
			return path === null ? null : (/^([a-zA-Z]:[\\/]?|[\\/]{1,2})/.exec(path)?.[0] ?? '');
		case 'hasextension':
			return path !== null && /\.[^.\\/]+$/.test(path);
		case 'getinvalidfilenamechars':
			return ['"', '<', '>', '|', '\0', ':', '*', '?', '\\', '/'];
	}
	return methodNotFound('System.IO.Path', name);
}

function parseFailed(name: string, args: readonly unknown[], failure: CastFailure): never {
	const inner = /Error: "(.*)"$/.exec(failure.message)?.[1] ?? failure.message;
	return methodFailed(name, args, inner, 'FormatException');
}

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
				case 'new':
					return createInstance(canonical, args, ctx);
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
				case 'new':
					return createInstance(canonical, args, ctx);
			}
			break;
		case 'System.TimeSpan': {
			const units: Record<string, number> = {fromdays: MS_PER_DAY, fromhours: 3_600_000, fromminutes: 60_000, fromseconds: 1000, frommilliseconds: 1, fromticks: 1 / TICKS_PER_MS};
			if (key in units) {
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
			if (key === 'new') return createInstance(canonical, args, ctx);
			break;
		}
		case 'System.Guid':
			if (key === 'newguid') return newGuid(ctx);
			if (key === 'parse') {
				arity(name, args, 1);
				return parseGuid(strArg(args, 0)) ?? methodFailed(name, args, 'Unrecognized Guid format.', 'FormatException');
			}
			if (key === 'new') return createInstance(canonical, args, ctx);
			break;
		case 'System.Text.RegularExpressions.Regex':
			switch (key) {
				case 'escape':
					arity(name, args, 1);
					return escapeRegex(strArg(args, 0));
				case 'unescape':
					arity(name, args, 1);
					return unescapeRegex(strArg(args, 0));
				case 'new':
					return createInstance(canonical, args, ctx);
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
			if (key in tests) return charTest(name, args, tests[key]!);
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
					return arrayMethod(args[0] as unknown[], name, key, args.slice(1), ctx);
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

function convertMethod(name: string, key: string, args: readonly unknown[]): unknown {
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

/**
 * `[Type]::Method(args)`: the static methods runbooks use (`[string]::IsNullOrEmpty`, `[Math]::Round`,
 * `[datetime]::Parse`, `[guid]::NewGuid`, `[regex]::Escape`, `[IO.Path]::Combine` …) and `[Type]::new(…)`.
 */
export function invokeStaticMethod(type: TypeRef, name: string, args: readonly unknown[], ctx?: MemberContext): unknown {
	const canonical = canonicalType(type);
	return staticMethod(canonical, name, name.toLowerCase(), args, ctx);
}

// ---- Construction -----------------------------------------------------------------------------------

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
