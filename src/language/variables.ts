// Variable references: `$name`, `$scope:name`, `${any name}`, `$$ $? $^`, `@name` (ScanVariable in tokenizer.cs).

import {codeAt, forcesNewToken, isDoubleQuote, isLetterOrDigit, isVariableStart} from './chars.ts';
import {decodeEscape} from './escapes.ts';
import type {LexError} from './tokens.ts';

export interface ScannedVariable {
	end: number;
	/** The name without scope or drive. */
	name: string;
	/** Lowercased scope or drive (`env`, `global`, `script`, `using`, ...). */
	scope?: string;
	/**
	 * In argument mode the reference runs into characters that make the whole token a bare word,
	 * e.g. `$env:TEMP\file.txt`; the caller rescans it as one.
	 */
	bareWord: boolean;
	errors: LexError[];
}

export interface VariableContext {
	source: string;
	limit: number;
	/** Argument mode (see `bareWord`). */
	command: boolean;
	/** Inside a double-quoted string, where `""` in `${...}` stands for one quote. */
	inString: boolean;
}

/**
 * Scan the variable whose sigil (`$` or `@`) is at `start`.
 * Returns undefined when no variable name follows the sigil.
 */
export function scanVariable(ctx: VariableContext, start: number): ScannedVariable | undefined {
	const {source, limit} = ctx;
	const first = codeAt(source, limit, start + 1);
	if (first === 123) {
		return scanBraced(ctx, start);
	}

	if (!isVariableStart(first)) {
		return undefined;
	}

	let i = start + 2;
	let bareWord = false;
	if (first === 36 || first === 63 || first === 94) {
		// `$$`, `$?` and `$^` are one character long.
		bareWord = ctx.command && !forcesNewToken(codeAt(source, limit, i));
		return {end: i, name: source[start + 1]!, bareWord, errors: []};
	}

	for (;;) {
		const c = codeAt(source, limit, i);
		if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 63) {
			i++;
		} else if (c === 58) {
			// `$a::b` is static member access; otherwise `:` separates a scope or drive from the name.
			if (codeAt(source, limit, i + 1) === 58) {
				break;
			}

			i++;
		} else if (c < 0 || c === 9 || c === 10 || c === 13 || c === 32 || c === 38 || c === 40 || c === 41 || c === 44
			|| c === 59 || c === 123 || c === 125 || c === 124 || c === 46 || c === 91 || c === 61) {
			break;
		} else if (c >= 128 && isLetterOrDigit(c)) {
			i++;
		} else {
			bareWord = ctx.command && !forcesNewToken(c);
			break;
		}
	}

	const path = source.slice(start + 1, i);
	const errors: LexError[] = [];
	const {name, scope} = splitPath(path);
	if (name.length === 0) {
		errors.push({id: 'InvalidVariableReferenceWithDrive', start, end: i, incomplete: false});
	}

	return {end: i, name, scope, bareWord, errors};
}

function scanBraced(ctx: VariableContext, start: number): ScannedVariable {
	const {source, limit} = ctx;
	const errors: LexError[] = [];
	const chunks: string[] = [];
	let i = start + 2;
	let from = i;
	let closed = false;
	for (;;) {
		const c = codeAt(source, limit, i);
		if (c < 0) {
			break;
		}

		if (c === 125) {
			closed = true;
			break;
		}

		if (c === 96) {
			chunks.push(source.slice(from, i));
			if (i + 1 >= limit) {
				i++;
				from = i;
				break;
			}

			const escape = decodeEscape(source, limit, i + 1);
			chunks.push(escape.text);
			if (escape.error) {
				errors.push(escape.error);
			}

			i = escape.end;
			from = i;
			continue;
		}

		if (ctx.inString && isDoubleQuote(c) && isDoubleQuote(codeAt(source, limit, i + 1))) {
			// `""` is one quote; keep the second.
			chunks.push(source.slice(from, i));
			i++;
			from = i;
		} else if (c === 123) {
			errors.push({id: 'OpenBraceNeedsToBeBackTickedInVariableName', start: i, end: i + 1, incomplete: false});
		}

		i++;
	}

	chunks.push(source.slice(from, i));
	const path = chunks.join('');
	const end = closed ? i + 1 : i;
	if (!closed) {
		errors.push({id: 'IncompleteDollarVariableReference', start, end, incomplete: end >= source.length});
	} else if (path.length === 0) {
		errors.push({id: 'EmptyVariableReference', start: i, end: i + 1, incomplete: false});
	}

	const {name, scope} = splitPath(path);
	if (path.length > 0 && name.length === 0) {
		errors.push({id: 'InvalidBracedVariableReference', start, end, incomplete: false});
	}

	let bareWord = false;
	if (ctx.command && closed) {
		// A `.` or `[` after the name is member access or indexing, anything else glued on makes a bare word.
		const next = codeAt(source, limit, end);
		bareWord = !forcesNewToken(next) && next !== 46 && next !== 91;
	}

	return {end, name, scope, bareWord, errors};
}

/** `env:Path` → scope `env`, name `Path`. */
function splitPath(path: string): {name: string; scope?: string} {
	const colon = path.indexOf(':');
	if (colon < 0) {
		return {name: path};
	}

	return {name: path.slice(colon + 1), scope: path.slice(0, colon).toLowerCase()};
}
