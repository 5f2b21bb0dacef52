// PowerShell wildcards (`-like`, `-Name` parameters, `switch -Wildcard`): `*`, `?`, `[abc]`, `[a-z]`, with a
// backtick escaping the next character. The whole string must match; case-insensitive unless asked otherwise.

import {psError} from './errors.ts';

export interface WildcardMatcher {
	test(input: string): boolean;
}

const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/g;
// With the `u` flag, `\-` is a valid escape only inside a character class.
const CLASS_SPECIAL = /[\\^$.*+?()[\]{}|/-]/g;

function escapeForRegex(ch: string, inClass = false): string {
	return ch.replace(inClass ? CLASS_SPECIAL : REGEX_SPECIAL, '\\$&');
}

function invalid(pattern: string): never {
	throw psError({
		message: `The specified wildcard character pattern is not valid: ${pattern}`,
		category: 'InvalidOperation',
		id: 'RuntimeException',
		exceptionType: 'WildcardPatternException',
		target: pattern,
	});
}

/** The regular-expression source for a wildcard pattern, anchored at both ends. */
function translate(pattern: string): string {
	let source = '^';
	for (let i = 0; i < pattern.length; i++) {
		const ch = pattern[i]!;
		if (ch === '`' && i + 1 < pattern.length) {
			source += escapeForRegex(pattern[++i]!);
		} else if (ch === '*') {
			source += '[\\s\\S]*';
		} else if (ch === '?') {
			source += '[\\s\\S]';
		} else if (ch === '[') {
			let set = '';
			let j = i + 1;
			for (; j < pattern.length && pattern[j] !== ']'; j++) {
				const c = pattern[j]!;
				if (c === '`' && j + 1 < pattern.length) set += escapeForRegex(pattern[++j]!, true);
				// A dash between two characters is a range; anywhere else it is literal.
				else if (c === '-' && set && j + 1 < pattern.length && pattern[j + 1] !== ']') set += '-';
				else set += escapeForRegex(c, true);
			}
			if (j >= pattern.length || !set) invalid(pattern);
			source += `[${set}]`;
			i = j;
		} else {
			source += escapeForRegex(ch);
		}
	}
	return `${source}$`;
}

const cache = new Map<string, WildcardMatcher>();
const MAX_CACHE = 2000;

/** Whether `text` has an unescaped `*`, `?` or `[`. */
export function hasWildcard(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '`') i++;
		else if (ch === '*' || ch === '?' || ch === '[') return true;
	}
	return false;
}

/** A compiled, cached matcher; patterns without wildcards compare as strings. */
export function wildcardMatcher(pattern: string, caseSensitive = false): WildcardMatcher {
	const key = (caseSensitive ? 'c' : 'i') + pattern;
	let matcher = cache.get(key);
	if (matcher) return matcher;
	if (pattern === '*') {
		matcher = {test: () => true};
	} else if (!hasWildcard(pattern) && !pattern.includes('`')) {
		const lower = pattern.toLowerCase();
		matcher = caseSensitive
			? {test: input => input === pattern}
			: {test: input => input === pattern || (input.length === pattern.length && input.toLowerCase() === lower)};
	} else {
		const re = new RegExp(translate(pattern), caseSensitive ? 'u' : 'iu');
		matcher = {test: input => re.test(input)};
	}
	if (cache.size >= MAX_CACHE) cache.clear();
	cache.set(key, matcher);
	return matcher;
}

/** The wildcard pattern as an anchored RegExp (for callers that want one). */
export function wildcardToRegExp(pattern: string, caseSensitive = false): RegExp {
	return new RegExp(translate(pattern), caseSensitive ? 'u' : 'iu');
}

export function wildcardMatch(input: string, pattern: string, caseSensitive = false): boolean {
	return wildcardMatcher(pattern, caseSensitive).test(input);
}

/** Escapes wildcard characters so the text matches only itself (WildcardPattern.Escape). */
export function escapeWildcard(text: string): string {
	return text.replace(/[*?[\]`]/g, '`$&');
}
