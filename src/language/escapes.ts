// Backtick escapes (`` `n ``, `` `t ``, `` `u{263A} `` ...), shared by double-quoted strings, bare words and ${...} names.

import {isHexDigit} from './chars.ts';
import type {LexError} from './tokens.ts';

export interface Escape {
	/** The text the escape stands for (empty when the escape is in error). */
	text: string;
	/** Offset after the escape. */
	end: number;
	error?: LexError;
}

const simple: Record<string, string> = {
	'0': '\0',
	a: '\x07',
	b: '\b',
	e: '\x1b',
	f: '\f',
	n: '\n',
	r: '\r',
	t: '\t',
	v: '\v',
};

/** Decode the escape whose character (after the backtick) is at `at`; any other character stands for itself. */
export function decodeEscape(source: string, limit: number, at: number): Escape {
	const ch = source[at]!;
	if (ch !== 'u') {
		return {text: simple[ch] ?? ch, end: at + 1};
	}

	const backtick = at - 1;
	const fail = (id: string, start: number, end: number, resume: number): Escape => ({
		text: '',
		end: resume,
		error: {id, start, end, incomplete: false},
	});
	if (at + 1 >= limit || source[at + 1] !== '{') {
		return fail('InvalidUnicodeEscapeSequence', backtick, at + 1, at + 1);
	}

	let j = at + 2;
	for (let count = 0; ; count++) {
		const c = j < limit ? source.charCodeAt(j) : -1;
		if (c === 125) {
			if (count === 0) {
				return fail('InvalidUnicodeEscapeSequence', backtick, j + 1, j + 1);
			}

			break;
		}

		if (!isHexDigit(c)) {
			return fail(count < 6 ? 'InvalidUnicodeEscapeSequence' : 'MissingUnicodeEscapeSequenceTerminator', j, j + 1, j);
		}

		if (count === 6) {
			return fail('TooManyDigitsInUnicodeEscapeSequence', j, j + 1, j);
		}

		j++;
	}

	const value = parseInt(source.slice(at + 2, j), 16);
	if (value > 0x10ffff) {
		return fail('InvalidUnicodeEscapeSequenceValue', at + 2, j, j + 1);
	}

	return {text: String.fromCodePoint(value), end: j + 1};
}
