// Regex operations shared by `[regex]::X(input, pattern, …)` and the methods of a `[regex]` object.

import {ScriptBlock} from '../values.ts';
import {psError} from '../errors.ts';
import {toStr} from '../convert.ts';
import {
	RegexSyntaxError, allMatches, compileRegex, regexErrorDetail, regexOptionFlags, replaceAll, splitRegex, type CompiledRegex, type PSRegex,
} from '../regex.ts';
import {intArg, strArg} from './arguments.ts';
import {enumArgFailed, methodFailed, methodNotFound, noOverload} from './failures.ts';
import {allMatchObjects, matchObject} from './regex-match.ts';
import {method, methodTable} from './catalog.ts';

/** The methods of `[regex]` objects: what Get-Member lists and what regexMethod accepts. */
export const REGEX_METHODS = methodTable([
	method('Equals', 'bool Equals(System.Object obj)'),
	method('GetGroupNames', 'string[] GetGroupNames()'),
	method('GetGroupNumbers', 'int[] GetGroupNumbers()'),
	method('GetHashCode', 'int GetHashCode()'),
	method('IsMatch', 'bool IsMatch(string input)'),
	method('Match', 'System.Text.RegularExpressions.Match Match(string input), System.Text.RegularExpressions.Match Match(string input, int startat)'),
	method('Matches', 'System.Text.RegularExpressions.MatchCollection Matches(string input), System.Text.RegularExpressions.MatchCollection Matches(string input, int startat)'),
	method('Replace', 'string Replace(string input, string replacement), string Replace(string input, string replacement, int count)'),
	method('Split', 'string[] Split(string input), string[] Split(string input, int count)'),
	method('ToString', 'string ToString()'),
]);

export function compileFor(name: string, args: readonly unknown[], pattern: string, flags: string): CompiledRegex {
	try {
		return compileRegex(pattern, flags);
	} catch (error) {
		if (error instanceof RegexSyntaxError) methodFailed(name, args, regexErrorDetail(pattern, error), 'RegexParseException');
		throw error;
	}
}

export function regexFlagsArg(name: string, args: readonly unknown[], index: number): string {
	try {
		return regexOptionFlags(args[index]);
	} catch {
		return enumArgFailed(name, 'options', args[index], 'System.Text.RegularExpressions.RegexOptions');
	}
}

/** Regex operations shared by `[regex]::X(input, pattern, …)` and `$re.X(input, …)`. */
export function regexOperation(compiled: CompiledRegex, name: string, key: string, input: string, rest: readonly unknown[], args: readonly unknown[]): unknown {
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

export function regexMethod(regex: PSRegex, name: string, key: string, args: readonly unknown[]): unknown {
	if (!REGEX_METHODS.has(key)) return methodNotFound('System.Text.RegularExpressions.Regex', name);
	switch (key) {
		case 'tostring':
			return regex.pattern;
		case 'getgroupnames':
			return regex.compiled.groups.map(group => group.name ?? String(group.number));
		case 'getgroupnumbers':
			return regex.compiled.groups.map(group => group.number);
		case 'equals':
			return regex === args[0];
		case 'gethashcode':
			return regex.pattern.length;
	}
	if (!args.length) return noOverload(name, 0);
	return regexOperation(regex.compiled, name, key, strArg(args, 0), args.slice(1), args);
}
