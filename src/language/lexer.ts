// The PowerShell tokenizer: a closure over the source text whose `scan(pos, mode)` returns the token at a position
// as the parser wants it read (argument mode and expression mode tokenize differently, see tokens.ts). Scanning is
// pure (the same position, mode and flags give the same token), so the parser backtracks by just moving its position.

import {
	EOF,
	forcesNewToken,
	isDash,
	isDigit,
	isDoubleQuote,
	isIdentifierFollow,
	isIdentifierStart,
	isLetterOrDigit,
	isSingleQuote,
	isVariableStart,
	isWhitespace,
} from './chars.ts';
import {decodeEscape} from './escapes.ts';
import {scanNumber} from './numbers.ts';
import {findSubExpressionEnd, scanDoubleQuoted, scanHereString, scanSingleQuoted, type ScanText} from './strings.ts';
import {dashOperators, keywords, LexFlags, type LexError, type LexMode, type StringPart, type Token, type TokenKind} from './tokens.ts';
import {scanVariable} from './variables.ts';

export interface Lexer {
	readonly source: string;
	/** Where scanning stops: the end of the source, or the end of a `$(...)` inside a string being parsed. */
	limit: number;
	/** Scan the token at or after `pos` (whitespace, line continuations and comments are skipped). */
	scan(pos: number, mode: LexMode, flags?: number): Token;
	/** The newline (or, when `semicolons`, the `;`) at or after `pos`; cheap, since it never scans a whole word. */
	scanSeparator(pos: number, semicolons: boolean): Token | undefined;
	/** A member-access operator (`.` `::` `?.`, and `[` `?[` when `allowBracket`) right at `pos`: no whitespace may precede it. */
	scanMemberAccess(pos: number, mode: LexMode, allowBracket: boolean): Token | undefined;
	/** The `(` (or `{`) of a method call right at `pos`. */
	scanInvokeOpen(pos: number): Token | undefined;
	/** After `--%`: the rest of the line, verbatim, up to a `|` or `&&` outside quotes. */
	scanVerbatim(pos: number): Token;
	/** pwsh 7: the line after the newline ending at `pos` starts with `|`, so the pipeline continues. */
	isPipeContinuation(pos: number): boolean;
	/** Only whitespace, newlines and comments follow `pos` to the end of the whole source. */
	onlyTriviaAfter(pos: number): boolean;
	/** Comments seen while scanning, by offset (collected only when asked for, for syntax colouring). */
	readonly comments: Map<number, Token> | undefined;
}

export function createLexer(source: string, options: {collectComments?: boolean} = {}): Lexer {
	const comments = options.collectComments ? new Map<number, Token>() : undefined;
	const text: ScanText = {source, limit: source.length, subExpressionEnds: new Map()};

	const code = (i: number): number => (i < text.limit ? source.charCodeAt(i) : EOF);
	const slice = (start: number, end: number): string => source.slice(start, end);

	/** Punctuators and operators carry their kind as value (no slice to allocate); words carry their text. */
	function token(kind: TokenKind, start: number, end: number, value?: string, errors?: LexError[]): Token {
		const result: Token = {kind, start, end, value: value ?? (isWordKind(kind) ? slice(start, end) : kind)};
		if (errors && errors.length > 0) {
			result.errors = errors;
		}

		return result;
	}

	/** An unterminated block comment met by the last `skipTrivia`. */
	let triviaError: LexError | undefined;
	// The result of the last `skipTrivia`, which the parser often asks for again from the same position.
	let lastTriviaStart = -1;
	let lastTriviaLimit = -1;
	let lastTriviaEnd = -1;
	let lastTriviaError: LexError | undefined;

	/** Skip whitespace, line continuations and comments (setting `triviaError` for an unterminated block comment). */
	function skipTrivia(pos: number): number {
		// A long comment is walked once, not once per mode the parser tries.
		if (pos === lastTriviaStart && text.limit === lastTriviaLimit) {
			triviaError = lastTriviaError;
			return lastTriviaEnd;
		}

		const end = walkTrivia(pos);
		lastTriviaStart = pos;
		lastTriviaLimit = text.limit;
		lastTriviaEnd = end;
		lastTriviaError = triviaError;
		return end;
	}

	function walkTrivia(pos: number): number {
		triviaError = undefined;
		let i = pos;
		for (;;) {
			const c = code(i);
			if (c === 32 || c === 9) {
				i++;
			} else if (c === 35) {
				const start = i;
				for (let d = source.charCodeAt(i); i < text.limit && d !== 10 && d !== 13; d = source.charCodeAt(++i)) {
					// Up to the end of the line.
				}

				comments?.set(start, token('Comment', start, i));
			} else if (c === 60 && code(i + 1) === 35) {
				const start = i;
				i += 2;
				for (;;) {
					if (i >= text.limit) {
						triviaError = {id: 'MissingTerminatorMultiLineComment', start, end: i, incomplete: i >= source.length};
						break;
					}

					if (source.charCodeAt(i) === 35 && code(i + 1) === 62) {
						i += 2;
						break;
					}

					i++;
				}

				comments?.set(start, token('Comment', start, i));
			} else if (c === 96) {
				// A backtick before the end of the line continues the line; before other whitespace it is whitespace.
				const next = code(i + 1);
				if (next === 10) {
					i += 2;
				} else if (next === 13) {
					i += code(i + 2) === 10 ? 3 : 2;
				} else if (next !== EOF && isWhitespace(next)) {
					i += 2;
				} else {
					return i;
				}
			} else if (c > 32 && c < 128) {
				return i;
			} else if (c !== EOF && c !== 10 && c !== 13 && isWhitespace(c)) {
				i++;
			} else {
				return i;
			}
		}
	}

	function isNewlineAt(i: number): boolean {
		const c = source.charCodeAt(i);
		return c === 10 || c === 13;
	}

	function scan(pos: number, mode: LexMode, flags = 0): Token {
		const start = skipTrivia(pos);
		const error = triviaError;
		const result = scanAt(start, mode, flags);
		if (error) {
			return {...result, errors: [error, ...(result.errors ?? [])]};
		}

		return result;
	}

	function scanAt(start: number, mode: LexMode, flags: number): Token {
		const c = code(start);
		const next = code(start + 1);
		const command = mode === 'command';
		switch (c) {
			case EOF:
				return token('EndOfInput', start, start, '');
			case 10:
				return token('NewLine', start, start + 1, '\n');
			case 13:
				return token('NewLine', start, next === 10 ? start + 2 : start + 1, '\n');
			case 39:
				return scanString(start, 'single');
			case 34:
				return scanString(start, 'double');
			case 64: // @
				if (next === 123) {
					return token('@{', start, start + 2);
				}

				if (next === 40) {
					return token('@(', start, start + 2);
				}

				if (isSingleQuote(next)) {
					return scanString(start, 'here-single');
				}

				if (isDoubleQuote(next)) {
					return scanString(start, 'here-double');
				}

				if (isVariableStart(next)) {
					return scanVariableToken(start, mode, true);
				}

				return token('Unknown', start, start + 1, '@', [{id: 'UnrecognizedToken', start, end: start + 1, incomplete: false}]);
			case 96: // `
				if (next === EOF) {
					const end = start + 1;
					return token('EndOfInput', end, end, '', [{id: 'IncompleteString', start, end, incomplete: end >= source.length}]);
				}

				return scanGeneric(start);
			case 61:
				return operatorOrWord(start, 1, '=', mode);
			case 43: // +
				if (next === 43) {
					return operatorOrWord(start, 2, '++', mode);
				}

				if (next === 61) {
					return operatorOrWord(start, 2, '+=', mode);
				}

				if ((flags & LexFlags.signedNumbers) !== 0 && startsNumber(start + 1)) {
					return scanNumberToken(start, mode, flags);
				}

				return operatorOrWord(start, 1, '+', mode);
			case 45:
				return scanDash(start, mode, flags);
			case 42: // *
				if (next === 61) {
					return operatorOrWord(start, 2, '*=', mode);
				}

				if (next === 62) {
					return scanRedirection(start, '*', start + 1);
				}

				return operatorOrWord(start, 1, '*', mode);
			case 47:
				return next === 61 ? operatorOrWord(start, 2, '/=', mode) : operatorOrWord(start, 1, '/', mode);
			case 37:
				return next === 61 ? operatorOrWord(start, 2, '%=', mode) : operatorOrWord(start, 1, '%', mode);
			case 36: // $
				return next === 40 ? token('$(', start, start + 2) : scanVariableToken(start, mode, false);
			case 60: // < (a `<#` comment was skipped already)
				return token('<', start, start + 1);
			case 62:
				return scanRedirection(start, '1', start);
			case 40:
				return token('(', start, start + 1);
			case 41:
				return token(')', start, start + 1);
			case 123:
				return token('{', start, start + 1);
			case 125:
				return token('}', start, start + 1);
			case 93:
				return token(']', start, start + 1);
			case 59:
				return token(';', start, start + 1);
			case 44:
				return token(',', start, start + 1);
			case 91: // [
				return command && !forcesNewToken(next) ? scanGeneric(start) : token('[', start, start + 1);
			case 46:
				return scanDot(start, mode, flags);
			case 38: // &
				return next === 38 ? token('&&', start, start + 2) : token('&', start, start + 1);
			case 124: // |
				return next === 124 ? token('||', start, start + 2) : token('|', start, start + 1);
			case 33: // !
				if ((command && !forcesNewToken(next)) || (mode === 'expression' && isIdentifierStart(next))) {
					return scanGeneric(start);
				}

				return token('!', start, start + 1);
			case 58: // :
				if (next === 58) {
					if (command && (flags & LexFlags.simpleName) === 0 && !forcesNewToken(code(start + 2))) {
						return scanGeneric(start);
					}

					return token('::', start, start + 2);
				}

				return command ? scanLabel(start) : token(':', start, start + 1);
			case 63: // ?
				if (mode !== 'expression') {
					return scanGeneric(start);
				}

				if (next === 63) {
					return code(start + 2) === 61 ? token('??=', start, start + 3) : token('??', start, start + 2);
				}

				return token('?', start, start + 1);
			default:
				break;
		}

		if (isDigit(c)) {
			// `2>`, `3>>`, `2>&1`: a stream redirection in argument mode (in expression mode the digit is a number).
			if (c >= 49 && c <= 54 && next === 62 && command) {
				return scanRedirection(start, String.fromCharCode(c), start + 1);
			}

			return scanNumberToken(start, mode, flags);
		}

		if (isIdentifierStart(c)) {
			return scanIdentifier(start, mode, flags);
		}

		if (isSingleQuote(c)) {
			return scanString(start, 'single');
		}

		if (isDoubleQuote(c)) {
			return scanString(start, 'double');
		}

		if (isDash(c)) {
			return scanDash(start, mode, flags);
		}

		return scanGeneric(start);
	}

	/** In argument mode an operator glued to more text is a bare word (`+foo`, `*.log`, `=x`). */
	function operatorOrWord(start: number, length: number, kind: TokenKind, mode: LexMode): Token {
		if (mode === 'command' && !forcesNewToken(code(start + length))) {
			return scanGeneric(start);
		}

		return token(kind, start, start + length);
	}

	function startsNumber(i: number): boolean {
		const c = code(i);
		return isDigit(c) || (c === 46 && isDigit(code(i + 1)));
	}

	function scanDash(start: number, mode: LexMode, flags: number): Token {
		const next = code(start + 1);
		if (isDash(next)) {
			return operatorOrWord(start, 2, '--', mode);
		}

		if (next === 61) {
			return operatorOrWord(start, 2, '-=', mode);
		}

		if (isIdentifierStart(next) || next === 95 || next === 63) {
			return scanParameter(start, mode);
		}

		// `-5` is a number in unary position and as a command argument.
		if (((flags & LexFlags.signedNumbers) !== 0 || mode === 'command') && startsNumber(start + 1)) {
			return scanNumberToken(start, mode, flags);
		}

		return operatorOrWord(start, 1, '-', mode);
	}

	/** `-Name`, `-Name:` in argument mode; `-eq`, `-not` ... in expression mode. */
	function scanParameter(start: number, mode: LexMode): Token {
		const command = mode === 'command';
		let i = start + 1;
		let colon = false;
		for (;;) {
			const c = code(i);
			if (c === EOF || c === 123 || c === 125 || c === 40 || c === 41 || c === 59 || c === 44 || c === 124 || c === 38
				|| c === 46 || c === 91 || c === 10 || c === 13 || isWhitespace(c)) {
				break;
			}

			if (c === 58) {
				colon = true;
				break;
			}

			if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
				i++;
				continue;
			}

			if (isSingleQuote(c) || isDoubleQuote(c)) {
				// Quotes are never part of a parameter: `-foo"bar"` is an argument.
				if (command) {
					return scanGeneric(start);
				}

				break;
			}

			if (!command) {
				break;
			}

			i++;
		}

		const name = slice(start + 1, i);
		if (name.length === 0 && !colon) {
			return operatorOrWord(start, 1, '-', mode);
		}

		if (mode === 'expression' && dashOperators.has(name.toLowerCase())) {
			return token('Operator', start, i, name.toLowerCase());
		}

		const end = colon && command ? i + 1 : i;
		const result = token('Parameter', start, end, name);
		if (colon && command) {
			result.colon = true;
		}

		return result;
	}

	function scanNumberToken(start: number, mode: LexMode, flags: number): Token {
		const scanned = scanNumber(
			{source, limit: text.limit, inExpression: mode === 'expression', ternary: (flags & LexFlags.ternaryEndsNumber) !== 0},
			start,
		);
		if (!scanned || (scanned.bad && mode !== 'expression')) {
			return scanGeneric(start);
		}

		const result = token('Number', start, scanned.end);
		result.number = scanned.value;
		result.isDouble = scanned.isDouble;
		result.isLong = scanned.isLong;
		if (scanned.bad) {
			result.errors = [{id: 'BadNumericConstant', args: [result.value], start, end: scanned.end, incomplete: false}];
		}

		return result;
	}

	function scanIdentifier(start: number, mode: LexMode, flags: number): Token {
		let i = start + 1;
		if (mode === 'typename') {
			// Type names take dots, backticks, `+` (nested types) and `\` in one token: `System.Collections.Hashtable`.
			for (;;) {
				const c = code(i);
				if (c === 46 || c === 96 || c === 95 || c === 43 || c === 35 || c === 92 || isLetterOrDigit(c)) {
					i++;
				} else {
					break;
				}
			}

			return token('Identifier', start, i);
		}

		while (isIdentifierFollow(code(i))) {
			i++;
		}

		const simple = (flags & LexFlags.simpleName) !== 0;
		if (mode === 'command' && !simple) {
			if (!forcesNewToken(code(i))) {
				return scanGeneric(start);
			}

			const word = slice(start, i).toLowerCase();
			const keyword = keywords.get(word);
			if (keyword) {
				return token('Keyword', start, i, keyword);
			}
		}

		return token('Identifier', start, i);
	}

	function scanDot(start: number, mode: LexMode, flags: number): Token {
		const next = code(start + 1);
		const command = mode === 'command';
		if (next === 46) {
			if (command && !forcesNewToken(code(start + 2))) {
				return scanGeneric(start);
			}

			return token('..', start, start + 2);
		}

		if (isDigit(next)) {
			return scanNumberToken(start, mode, flags);
		}

		// `.\script.ps1` is a bare word; `. $x`, `.$x`, `."name"` dot-source.
		if (command && !forcesNewToken(next) && next !== 36 && !isDoubleQuote(next) && !isSingleQuote(next)) {
			return scanGeneric(start);
		}

		return token('.', start, start + 1);
	}

	/** `:name` starting a labelled loop (argument mode only). */
	function scanLabel(start: number): Token {
		const first = code(start + 1);
		if (!isIdentifierStart(first)) {
			return first === EOF ? token('Generic', start, start + 1, ':') : scanGeneric(start);
		}

		let i = start + 2;
		while (isIdentifierFollow(code(i))) {
			i++;
		}

		if (!forcesNewToken(code(i))) {
			return scanGeneric(start);
		}

		return token('Label', start, i, slice(start + 1, i));
	}

	function scanVariableToken(start: number, mode: LexMode, splatted: boolean): Token {
		const scanned = scanVariable({source, limit: text.limit, command: mode === 'command', inString: false}, start);
		if (!scanned) {
			// `$` with no name after it: `$ ` or `$+` is a bare word.
			return scanGeneric(start);
		}

		if (scanned.bareWord) {
			return scanGeneric(start);
		}

		const result = token(splatted ? 'SplattedVariable' : 'Variable', start, scanned.end, scanned.name, scanned.errors);
		if (scanned.scope !== undefined) {
			result.scope = scanned.scope;
		}

		return result;
	}

	/** `>`, `>>`, `2>`, `2>>`, `2>&1`, `*>`, `*>&1`; `at` is the offset of the `>`. */
	function scanRedirection(start: number, from: string, at: number): Token {
		let end = at + 1;
		let append = false;
		let mergeTo: string | undefined;
		if (code(end) === 62) {
			append = true;
			end++;
		} else if (code(end) === 38 && (code(end + 1) === 49 || (code(end + 1) === 50 && from !== '*'))) {
			mergeTo = String.fromCharCode(code(end + 1));
			end += 2;
		}

		const result = token('Redirection', start, end);
		result.from = from;
		result.append = append;
		if (mergeTo !== undefined) {
			result.mergeTo = mergeTo;
		}

		return result;
	}

	function scanString(start: number, form: 'single' | 'double' | 'here-single' | 'here-double'): Token {
		const scanned =
			form === 'single'
				? scanSingleQuoted(text, start)
				: form === 'double'
					? scanDoubleQuoted(text, start)
					: scanHereString(text, start, form === 'here-double');
		const literal = form === 'single' || form === 'here-single';
		const result = token(literal ? 'StringLiteral' : 'StringExpandable', start, scanned.end, joinText(scanned.parts), scanned.errors);
		if (!literal) {
			result.parts = scanned.parts;
		}

		if (form === 'here-single' || form === 'here-double') {
			result.hereString = true;
		}

		return result;
	}

	/** The text of parts, with embedded expressions as written (what a command name made of them means). */
	function joinText(parts: StringPart[]): string {
		if (parts.length === 1 && typeof parts[0] === 'string') {
			return parts[0];
		}

		return parts.map(part => (typeof part === 'string' ? part : slice(part.start, part.end))).join('');
	}

	/**
	 * A bare word (ScanGenericToken): everything up to whitespace or one of `& ( ) , ; { | }`, with backtick
	 * escapes applied, quoted pieces unquoted (`--name="a b"`), and `$var` / `$(...)` kept as embedded parts.
	 */
	function scanGeneric(start: number): Token {
		// Most bare words hold no escapes, quotes or `$`: take them as one slice.
		let i = start;
		for (;;) {
			const c = code(i);
			if (c === EOF || (i > start && forcesNewToken(c))) {
				return token('Generic', start, i);
			}

			if (c === 96 || c === 36 || isSingleQuote(c) || isDoubleQuote(c)) {
				return scanGenericParts(start, i);
			}

			i++;
		}
	}

	/** The rest of a bare word from `i` on, where escapes, quoted pieces or `$` expansions start. */
	function scanGenericParts(start: number, at: number): Token {
		const parts: StringPart[] = [];
		const errors: LexError[] = [];
		let chunks: string[] = [];
		let hasExpansion = false;
		let i = at;
		let from = start;
		for (;;) {
			const c = code(i);
			if (c === EOF || (i > start && forcesNewToken(c))) {
				break;
			}

			if (c === 96) {
				chunks.push(slice(from, i));
				if (i + 1 >= text.limit) {
					chunks.push('`');
					i++;
					from = i;
					continue;
				}

				const escape = decodeEscape(source, text.limit, i + 1);
				chunks.push(escape.text);
				if (escape.error) {
					errors.push(escape.error);
				}

				i = escape.end;
				from = i;
				continue;
			}

			if (isSingleQuote(c) || isDoubleQuote(c)) {
				chunks.push(slice(from, i));
				const scanned = isSingleQuote(c) ? scanSingleQuoted(text, i) : scanDoubleQuoted(text, i);
				errors.push(...scanned.errors);
				for (const part of scanned.parts) {
					if (typeof part === 'string') {
						chunks.push(part);
					} else {
						chunks = flushChunks(chunks, parts);
						parts.push(part);
						hasExpansion = true;
					}
				}

				i = scanned.end;
				from = i;
				continue;
			}

			if (c === 36) {
				const next = code(i + 1);
				if (next === 40) {
					chunks.push(slice(from, i));
					chunks = flushChunks(chunks, parts);
					const bodyEnd = findSubExpressionEnd(text, i + 2);
					const end = bodyEnd < 0 ? text.limit : bodyEnd + 1;
					if (bodyEnd < 0) {
						errors.push({id: 'IncompleteDollarSubexpressionReference', start: i, end, incomplete: end >= source.length});
					}

					parts.push({kind: 'SubExpression', start: i, end, bodyEnd: bodyEnd < 0 ? end : bodyEnd});
					hasExpansion = true;
					i = end;
					from = i;
					continue;
				}

				if (next === 123 || isVariableStart(next)) {
					const variable = scanVariable({source, limit: text.limit, command: false, inString: false}, i);
					if (variable) {
						chunks.push(slice(from, i));
						chunks = flushChunks(chunks, parts);
						parts.push({kind: 'Variable', start: i, end: variable.end, name: variable.name, scope: variable.scope});
						errors.push(...variable.errors);
						hasExpansion = true;
						i = variable.end;
						from = i;
						continue;
					}
				}
			}

			// Astral characters are two code units; keep them together.
			i += c >= 0xd800 && c <= 0xdbff && code(i + 1) >= 0xdc00 && code(i + 1) <= 0xdfff ? 2 : 1;
		}

		chunks.push(slice(from, i));
		flushChunks(chunks, parts);
		const result = token('Generic', start, i, joinText(parts.length > 0 ? parts : ['']), errors);
		if (hasExpansion) {
			result.parts = parts;
		}

		return result;
	}

	function scanSeparator(pos: number, semicolons: boolean): Token | undefined {
		const start = skipTrivia(pos);
		const c = code(start);
		if (c === 10 || c === 13 || (semicolons && c === 59)) {
			return scanAt(start, 'command', 0);
		}

		return undefined;
	}

	function scanMemberAccess(pos: number, mode: LexMode, allowBracket: boolean): Token | undefined {
		let i = pos;
		// Block comments may sit between an expression and its member access; whitespace may not.
		while (code(i) === 60 && code(i + 1) === 35) {
			const errors: LexError[] = [];
			i = skipBlockComment(i, errors);
			if (errors.length > 0) {
				return undefined;
			}
		}

		const c = code(i);
		const next = code(i + 1);
		const command = mode === 'command';
		if (c === 46 && next !== 46) {
			return command && endsWord(next) ? undefined : token('.', i, i + 1);
		}

		if (c === 58 && next === 58) {
			return command && endsWord(code(i + 2)) ? undefined : token('::', i, i + 2);
		}

		if (c === 91 && allowBracket) {
			return token('[', i, i + 1);
		}

		if (c === 63 && next === 46) {
			return token('?.', i, i + 2);
		}

		if (c === 63 && next === 91 && allowBracket) {
			return token('?[', i, i + 2);
		}

		return undefined;
	}

	function skipBlockComment(start: number, errors: LexError[]): number {
		let i = start + 2;
		while (i < text.limit) {
			if (source.charCodeAt(i) === 35 && code(i + 1) === 62) {
				comments?.set(start, token('Comment', start, i + 2));
				return i + 2;
			}

			i++;
		}

		errors.push({id: 'MissingTerminatorMultiLineComment', start, end: i, incomplete: i >= source.length});
		return i;
	}

	function scanInvokeOpen(pos: number): Token | undefined {
		const c = code(pos);
		if (c === 40) {
			return token('(', pos, pos + 1);
		}

		return c === 123 ? token('{', pos, pos + 1) : undefined;
	}

	function scanVerbatim(pos: number): Token {
		let start = pos;
		while (code(start) !== EOF && isWhitespace(code(start))) {
			start++;
		}

		let i = start;
		let quoted = false;
		for (;;) {
			const c = code(i);
			if (c === EOF || c === 10 || c === 13) {
				break;
			}

			if (isDoubleQuote(c)) {
				quoted = !quoted;
			} else if (!quoted && (c === 124 || (c === 38 && code(i + 1) === 38))) {
				break;
			}

			i++;
		}

		return token('Generic', start, i);
	}

	function isPipeContinuation(pos: number): boolean {
		// The next line must start (after whitespace and comments) with `|`; a blank line breaks the continuation.
		let lastWasNewline = true;
		let i = pos;
		while (i < source.length) {
			const c = source.charCodeAt(i);
			if (c === 10 || c === 13) {
				if (lastWasNewline) {
					return false;
				}

				lastWasNewline = true;
				i += c === 13 && source.charCodeAt(i + 1) === 10 ? 2 : 1;
				continue;
			}

			if (isWhitespace(c)) {
				i++;
				continue;
			}

			lastWasNewline = false;
			if (c === 35) {
				while (i < source.length && !isNewlineAt(i)) {
					i++;
				}

				continue;
			}

			if (c === 60 && source.charCodeAt(i + 1) === 35) {
				const close = source.indexOf('#>', i + 2);
				i = close < 0 ? source.length : close + 2;
				continue;
			}

			return c === 124;
		}

		return false;
	}

	function onlyTriviaAfter(pos: number): boolean {
		let i = pos;
		while (i < source.length) {
			const c = source.charCodeAt(i);
			if (c === 10 || c === 13 || isWhitespace(c)) {
				i++;
			} else if (c === 35) {
				while (i < source.length && !isNewlineAt(i)) {
					i++;
				}
			} else if (c === 60 && source.charCodeAt(i + 1) === 35) {
				const close = source.indexOf('#>', i + 2);
				if (close < 0) {
					return true;
				}

				i = close + 2;
			} else if (c === 96 && (i + 1 >= source.length || isNewlineAt(i + 1) || isWhitespace(source.charCodeAt(i + 1)))) {
				i++;
			} else {
				return false;
			}
		}

		return true;
	}

	return {
		source,
		get limit() {
			return text.limit;
		},
		set limit(value: number) {
			text.limit = value;
		},
		scan,
		scanSeparator,
		scanMemberAccess,
		scanInvokeOpen,
		scanVerbatim,
		isPipeContinuation,
		onlyTriviaAfter,
		comments,
	};
}

/** After `.` or `::` in argument mode, the end of the word means this was not member access. */
function endsWord(c: number): boolean {
	return c === EOF || c === 10 || c === 13 || isWhitespace(c);
}

/** Move the text gathered in `chunks` into `parts`; returns a fresh chunk list. */
function flushChunks(chunks: string[], parts: StringPart[]): string[] {
	const joined = chunks.join('');
	if (joined.length > 0) {
		parts.push(joined);
	}

	return [];
}

function isWordKind(kind: TokenKind): boolean {
	return kind === 'Identifier' || kind === 'Generic' || kind === 'Number' || kind === 'Comment' || kind === 'Redirection' || kind === 'Unknown';
}
