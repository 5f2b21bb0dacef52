// The methods of strings (`$s.Trim()`, `$s.Substring(1)`, `$s.Replace('a', 'b')` …).

import {toStr} from '../convert.ts';
import {escapeRegex} from '../regex.ts';
import {compareText} from '../operators.ts';
import {arity, ignoresCase, intArg, strArg} from './arguments.ts';
import {methodFailed, methodNotFound, outOfRange} from './failures.ts';
import {stringSplit} from './string-split.ts';
import {accessor, indexer, method, methodTable} from './catalog.ts';

/** The methods of strings: what Get-Member lists and what stringMethod accepts. */
export const STRING_METHODS = methodTable([
	method('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()'),
	method('CompareTo', 'int CompareTo(System.Object value), int CompareTo(string strB)'),
	method('Contains', 'bool Contains(string value), bool Contains(string value, System.StringComparison comparisonType), bool Contains(char value)'),
	method('EndsWith', 'bool EndsWith(string value), bool EndsWith(string value, System.StringComparison comparisonType), bool EndsWith(char value)'),
	method('Equals', 'bool Equals(System.Object obj), bool Equals(string value), bool Equals(string value, System.StringComparison comparisonType)'),
	method('GetHashCode', 'int GetHashCode()'),
	method('IndexOf', 'int IndexOf(char value), int IndexOf(char value, int startIndex), int IndexOf(string value), int IndexOf(string value, int startIndex)'),
	method('IndexOfAny', 'int IndexOfAny(char[] anyOf), int IndexOfAny(char[] anyOf, int startIndex)'),
	method('Insert', 'string Insert(int startIndex, string value)'),
	method('IsNormalized', 'bool IsNormalized()'),
	method('LastIndexOf', 'int LastIndexOf(char value), int LastIndexOf(string value)'),
	method('LastIndexOfAny', 'int LastIndexOfAny(char[] anyOf)'),
	method('Normalize', 'string Normalize()'),
	method('PadLeft', 'string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)'),
	method('PadRight', 'string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)'),
	method('Remove', 'string Remove(int startIndex, int count), string Remove(int startIndex)'),
	method('Replace', 'string Replace(string oldValue, string newValue), string Replace(char oldChar, char newChar)'),
	method('Split', 'string[] Split(char separator, System.StringSplitOptions options), string[] Split(Params char[] separator), string[] Split(string separator, System.StringSplitOptions options)'),
	method('StartsWith', 'bool StartsWith(string value), bool StartsWith(string value, System.StringComparison comparisonType), bool StartsWith(char value)'),
	method('Substring', 'string Substring(int startIndex), string Substring(int startIndex, int length)'),
	method('ToCharArray', 'char[] ToCharArray(), char[] ToCharArray(int startIndex, int length)'),
	method('ToLower', 'string ToLower(), string ToLower(cultureinfo culture)'),
	method('ToLowerInvariant', 'string ToLowerInvariant()'),
	method('ToString', 'string ToString(), string ToString(System.IFormatProvider provider)'),
	method('ToUpper', 'string ToUpper(), string ToUpper(cultureinfo culture)'),
	method('ToUpperInvariant', 'string ToUpperInvariant()'),
	method('Trim', 'string Trim(), string Trim(char trimChar), string Trim(Params char[] trimChars)'),
	method('TrimEnd', 'string TrimEnd(), string TrimEnd(char trimChar), string TrimEnd(Params char[] trimChars)'),
	method('TrimStart', 'string TrimStart(), string TrimStart(char trimChar), string TrimStart(Params char[] trimChars)'),
	indexer('Chars', 'char Chars(int index) {get;}'),
	accessor('get_Chars', 'char get_Chars(int index)'),
	accessor('get_Length', 'int get_Length()'),
]);

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

export function stringMethod(s: string, name: string, key: string, args: readonly unknown[]): unknown {
	if (!STRING_METHODS.has(key)) return methodNotFound('System.String', name);
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
