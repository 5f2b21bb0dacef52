// String literals: '...' (verbatim, '' is one quote), "..." (backtick escapes, "" is one quote, $var and $(...)
// expanded), the here-string forms @'...'@ and @"..."@, and the end of a $(...) inside a string.

import {EOF, forcesNewToken, isDoubleQuote, isSingleQuote, isVariableStart, isWhitespace} from './chars.ts';
import {decodeEscape} from './escapes.ts';
import type {LexError, StringPart} from './tokens.ts';
import {scanVariable} from './variables.ts';

export interface ScanText {
	source: string;
	limit: number;
	/** `$(` body start → offset of its `)`, so nested strings are not rescanned once per nesting level. */
	subExpressionEnds: Map<number, number>;
}

export interface ScannedString {
	end: number;
	parts: StringPart[];
	errors: LexError[];
}

/** `'...'` starting at `start`. */
export function scanSingleQuoted(text: ScanText, start: number): ScannedString {
	const {source, limit} = text;
	const chunks: string[] = [];
	let from = start + 1;
	for (let i = from; i < limit; i++) {
		if (!isSingleQuote(source.charCodeAt(i))) {
			continue;
		}

		chunks.push(source.slice(from, i));
		if (i + 1 < limit && isSingleQuote(source.charCodeAt(i + 1))) {
			// A doubled quote is one quote: the second one is kept as text.
			from = i + 1;
			i++;
			continue;
		}

		return {end: i + 1, parts: [chunks.join('')], errors: []};
	}

	chunks.push(source.slice(from, limit));
	return {
		end: limit,
		parts: [chunks.join('')],
		errors: [{id: 'TerminatorExpectedAtEndOfString', args: ["'"], start, end: limit, incomplete: limit >= source.length}],
	};
}

/** `"..."` starting at `start`. */
export function scanDoubleQuoted(text: ScanText, start: number): ScannedString {
	const result = scanExpandable(text, start + 1, text.limit, false);
	if (result.end < 0) {
		const {limit, source} = text;
		result.errors.push({id: 'TerminatorExpectedAtEndOfString', args: ['"'], start, end: limit, incomplete: limit >= source.length});
		result.end = limit;
	}

	return result;
}

/**
 * Expand the body of a double-quoted string (which ends at an unpaired `"`) or of a here-string (which runs to `to`).
 * `end` is after the closing quote, or -1 when a string ran out of text.
 */
function scanExpandable(text: ScanText, from: number, to: number, here: boolean): ScannedString {
	const {source} = text;
	const parts: StringPart[] = [];
	const errors: LexError[] = [];
	let chunks: string[] = [];
	const flush = (): void => {
		const joined = chunks.join('');
		if (joined.length > 0) {
			parts.push(joined);
		}

		chunks = [];
	};

	let i = from;
	for (;;) {
		const at = nextSpecial(source, i, to, here);
		if (at < 0) {
			chunks.push(source.slice(i, to));
			flush();
			return {end: here ? to : -1, parts: parts.length > 0 ? parts : [''], errors};
		}

		chunks.push(source.slice(i, at));
		const c = source.charCodeAt(at);
		if (c === 96) {
			if (at + 1 >= to) {
				chunks.push('`');
				i = at + 1;
				continue;
			}

			const escape = decodeEscape(source, to, at + 1);
			chunks.push(escape.text);
			if (escape.error) {
				errors.push(escape.error);
			}

			i = escape.end;
			continue;
		}

		if (c === 36) {
			const next = at + 1 < to ? source.charCodeAt(at + 1) : EOF;
			if (next === 40) {
				flush();
				const bodyEnd = findSubExpressionEnd({...text, limit: to}, at + 2);
				if (bodyEnd < 0) {
					errors.push({id: 'IncompleteDollarSubexpressionReference', start: at, end: to, incomplete: to >= source.length});
					parts.push({kind: 'SubExpression', start: at, end: to, bodyEnd: to});
					i = to;
				} else {
					parts.push({kind: 'SubExpression', start: at, end: bodyEnd + 1, bodyEnd});
					i = bodyEnd + 1;
				}

				continue;
			}

			if (next === 123 || isVariableStart(next)) {
				const variable = scanVariable({source, limit: to, command: false, inString: !here}, at);
				if (variable) {
					flush();
					parts.push({kind: 'Variable', start: at, end: variable.end, name: variable.name, scope: variable.scope});
					errors.push(...variable.errors);
					i = variable.end;
					continue;
				}
			}

			chunks.push('$');
			i = at + 1;
			continue;
		}

		// A double quote: doubled it stands for one, alone it ends the string.
		if (at + 1 < to && isDoubleQuote(source.charCodeAt(at + 1))) {
			chunks.push(source[at + 1]!);
			i = at + 2;
			continue;
		}

		flush();
		return {end: at + 1, parts: parts.length > 0 ? parts : [''], errors};
	}
}

/** `@'...'@` or `@"..."@` starting at `start` (the `@`). */
export function scanHereString(text: ScanText, start: number, expandable: boolean): ScannedString {
	const {source, limit} = text;
	const code = (i: number): number => (i < limit ? source.charCodeAt(i) : EOF);
	const isQuote = expandable ? isDoubleQuote : isSingleQuote;
	const terminator = expandable ? '"@' : "'@";
	let i = start + 2;
	while (isWhitespace(code(i))) {
		i++;
	}

	const c = code(i);
	if (c === EOF) {
		return {
			end: i,
			parts: [''],
			errors: [{id: 'TerminatorExpectedAtEndOfString', args: [terminator], start, end: i, incomplete: i >= source.length}],
		};
	}

	if (c !== 10 && c !== 13) {
		// The header must end its line. Recover at a terminator on this line, or else at the end of the line.
		const error: LexError = {id: 'UnexpectedCharactersAfterHereStringHeader', start: i, end: i + 1, incomplete: false};
		let j = i;
		for (; ; j++) {
			const d = code(j);
			if (d === EOF || d === 10 || d === 13) {
				break;
			}

			if (isQuote(d) && code(j + 1) === 64) {
				j += 2;
				break;
			}
		}

		return {end: j, parts: [''], errors: [error]};
	}

	const contentStart = c === 13 && code(i + 1) === 10 ? i + 2 : i + 1;
	let lineStart = contentStart;
	let footer = -1;
	let falseFooter = -1;
	for (;;) {
		if (isQuote(code(lineStart)) && code(lineStart + 1) === 64) {
			footer = lineStart;
			break;
		}

		let k = lineStart;
		while (isWhitespace(code(k))) {
			k++;
		}

		if (falseFooter < 0 && k > lineStart && isQuote(code(k)) && code(k + 1) === 64) {
			falseFooter = k;
		}

		const newline = nextNewline(source, lineStart, limit);
		if (newline < 0) {
			break;
		}

		lineStart = source.charCodeAt(newline) === 13 && code(newline + 1) === 10 ? newline + 2 : newline + 1;
	}

	let contentEnd: number;
	let end: number;
	const errors: LexError[] = [];
	if (footer < 0) {
		contentEnd = limit;
		end = limit;
		errors.push(
			falseFooter >= 0
				? {id: 'WhitespaceBeforeHereStringFooter', start: falseFooter, end: limit, incomplete: limit >= source.length}
				: {id: 'TerminatorExpectedAtEndOfString', args: [terminator], start, end: limit, incomplete: limit >= source.length},
		);
	} else {
		// The newline before the footer is not part of the value.
		contentEnd = footer === contentStart ? footer : footer - (code(footer - 2) === 13 && code(footer - 1) === 10 ? 2 : 1);
		end = footer + 2;
	}

	if (!expandable) {
		return {end, parts: [source.slice(contentStart, Math.max(contentStart, contentEnd))], errors};
	}

	const body = scanExpandable(text, contentStart, Math.max(contentStart, contentEnd), true);
	return {end, parts: body.parts, errors: [...body.errors, ...errors]};
}

function nextNewline(source: string, from: number, limit: number): number {
	for (let i = from; i < limit; i++) {
		const c = source.charCodeAt(i);
		if (c === 10 || c === 13) {
			return i;
		}
	}

	return -1;
}

/** The next backtick, `$` or (outside here-strings) double quote before `to`, or -1. */
function nextSpecial(source: string, from: number, to: number, here: boolean): number {
	for (let i = from; i < to; i++) {
		const c = source.charCodeAt(i);
		if (c === 96 || c === 36 || (!here && isDoubleQuote(c))) {
			return i;
		}
	}

	return -1;
}

const code = 0;
const doubleQuoted = 1;
const hereDoubleQuoted = 2;

interface Frame {
	kind: number;
	depth: number;
	bodyStart: number;
}

/**
 * The offset of the `)` closing the `$(` whose body starts at `bodyStart`, or -1 when the text ends first.
 * Unlike pwsh (which only counts parentheses), quoted strings and comments are skipped, so `"$(')')"` works.
 * Iterative with an explicit stack: hostile nesting cannot overflow the call stack.
 */
export function findSubExpressionEnd(text: ScanText, bodyStart: number): number {
	const known = text.subExpressionEnds.get(bodyStart);
	if (known !== undefined) {
		return known;
	}

	const {source, limit} = text;
	const at = (i: number): number => (i < limit ? source.charCodeAt(i) : EOF);
	const stack: Frame[] = [{kind: code, depth: 1, bodyStart}];
	let i = bodyStart;
	while (i < limit) {
		const frame = stack[stack.length - 1]!;
		const c = source.charCodeAt(i);
		const next = at(i + 1);
		if (frame.kind === code) {
			if (c === 40) {
				frame.depth++;
				i++;
			} else if (c === 41) {
				if (--frame.depth === 0) {
					stack.pop();
					text.subExpressionEnds.set(frame.bodyStart, i);
					if (stack.length === 0) {
						return i;
					}
				}

				i++;
			} else if (c === 96) {
				i += 2;
			} else if (isSingleQuote(c)) {
				i = skipSingleQuoted(source, limit, i);
			} else if (isDoubleQuote(c)) {
				stack.push({kind: doubleQuoted, depth: 0, bodyStart: i});
				i++;
			} else if (c === 64 && (isSingleQuote(next) || isDoubleQuote(next)) && hereHeaderEnd(source, limit, i + 2) >= 0) {
				const contentStart = hereHeaderEnd(source, limit, i + 2);
				if (isSingleQuote(next)) {
					i = skipHereLiteral(source, limit, contentStart);
				} else {
					stack.push({kind: hereDoubleQuoted, depth: 0, bodyStart: contentStart});
					i = contentStart;
				}
			} else if (c === 35 && (i === bodyStart || forcesNewToken(source.charCodeAt(i - 1)))) {
				const newline = nextNewline(source, i, limit);
				i = newline < 0 ? limit : newline;
			} else if (c === 60 && next === 35) {
				i = blockCommentEnd(source, limit, i + 2);
			} else if (c === 36 && next === 123) {
				i = skipBracedVariable(source, limit, i + 2);
			} else {
				i++;
			}

			continue;
		}

		if (c === 96) {
			i += 2;
		} else if (c === 36 && next === 40) {
			stack.push({kind: code, depth: 1, bodyStart: i + 2});
			i += 2;
		} else if (c === 36 && next === 123) {
			i = skipBracedVariable(source, limit, i + 2);
		} else if (frame.kind === doubleQuoted && isDoubleQuote(c)) {
			if (isDoubleQuote(next)) {
				i += 2;
			} else {
				stack.pop();
				i++;
			}
		} else if (frame.kind === hereDoubleQuoted && (c === 10 || c === 13)) {
			const lineStart = c === 13 && next === 10 ? i + 2 : i + 1;
			if (isDoubleQuote(at(lineStart)) && at(lineStart + 1) === 64) {
				stack.pop();
				i = lineStart + 2;
			} else {
				i = lineStart;
			}
		} else {
			i++;
		}
	}

	return -1;
}

function skipSingleQuoted(source: string, limit: number, quote: number): number {
	let i = quote + 1;
	while (i < limit) {
		if (isSingleQuote(source.charCodeAt(i))) {
			if (i + 1 < limit && isSingleQuote(source.charCodeAt(i + 1))) {
				i += 2;
				continue;
			}

			return i + 1;
		}

		i++;
	}

	return limit;
}

function skipBracedVariable(source: string, limit: number, from: number): number {
	let i = from;
	while (i < limit) {
		const c = source.charCodeAt(i);
		if (c === 96) {
			i += 2;
		} else if (c === 125) {
			return i + 1;
		} else {
			i++;
		}
	}

	return limit;
}

/** After `@'` or `@"`: the content start when only whitespace and a newline follow, else -1. */
function hereHeaderEnd(source: string, limit: number, from: number): number {
	let i = from;
	while (i < limit && isWhitespace(source.charCodeAt(i))) {
		i++;
	}

	const c = i < limit ? source.charCodeAt(i) : EOF;
	if (c === 10) {
		return i + 1;
	}

	if (c === 13) {
		return i + 1 < limit && source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
	}

	return -1;
}

function skipHereLiteral(source: string, limit: number, contentStart: number): number {
	let lineStart = contentStart;
	for (;;) {
		if (lineStart + 1 < limit && isSingleQuote(source.charCodeAt(lineStart)) && source.charCodeAt(lineStart + 1) === 64) {
			return lineStart + 2;
		}

		const newline = nextNewline(source, lineStart, limit);
		if (newline < 0) {
			return limit;
		}

		lineStart = source.charCodeAt(newline) === 13 && newline + 1 < limit && source.charCodeAt(newline + 1) === 10 ? newline + 2 : newline + 1;
	}
}

function blockCommentEnd(source: string, limit: number, from: number): number {
	for (let i = from; i + 1 < limit; i++) {
		if (source.charCodeAt(i) === 35 && source.charCodeAt(i + 1) === 62) {
			return i + 2;
		}
	}

	return limit;
}
