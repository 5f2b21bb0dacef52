// Character classes of the PowerShell tokenizer (CharTraits.cs): which characters end a token, start a
// variable name, count as dashes or quotes. ASCII goes through a table, the rest through Unicode categories.

/** Returned for positions at or past the end of the text being scanned. */
export const EOF = -1;

/** The UTF-16 code at `i`, or EOF at or past `limit`. */
export function codeAt(source: string, limit: number, i: number): number {
	return i < limit ? source.charCodeAt(i) : -1;
}

const whitespace = 1;
const forceNewToken = 2;
const afterNumber = 4;
const identifierStart = 8;
const digit = 16;
const variableStart = 32;
const hexDigit = 64;

const traits = new Uint8Array(128);

function mark(chars: string, flag: number): void {
	for (let i = 0; i < chars.length; i++) {
		traits[chars.charCodeAt(i)] |= flag;
	}
}

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
mark('\t\v\f ', whitespace | forceNewToken);
mark('\n\r&(),;{|}', forceNewToken);
mark('!#%*+-./<=>]', afterNumber);
mark(letters + '_', identifierStart | variableStart);
mark('0123456789', digit | hexDigit | variableStart);
mark('abcdefABCDEF', hexDigit);
// `$$`, `$?` and `$^` are variables; `?` may also appear inside names (`$a?`), which is why `${a}?.b` needs braces.
mark('$?^', variableStart);

const separator = /[\p{Zs}\p{Zl}\p{Zp}]/u;
const letter = /\p{L}/u;
const letterOrDigit = /[\p{L}\p{Nd}]/u;

/** Whitespace that separates tokens; newlines are not whitespace (they end statements). */
export function isWhitespace(c: number): boolean {
	if (c < 128) {
		return c >= 0 && (traits[c]! & whitespace) !== 0;
	}

	// NBSP and NEL as in pwsh; a byte order mark is skipped too, so a script saved with one still runs.
	if (c === 0xa0 || c === 0x85 || c === 0xfeff) {
		return true;
	}

	return c > 256 && separator.test(String.fromCharCode(c));
}

export function isNewline(c: number): boolean {
	return c === 10 || c === 13;
}

/** The character ends a bare word in any mode (`a#b` is one word, `a{` is two tokens). */
export function forcesNewToken(c: number): boolean {
	if (c < 128) {
		return c < 0 || (traits[c]! & forceNewToken) !== 0;
	}

	return isWhitespace(c);
}

/** The character ends a number in expression mode (`7+` is two tokens, `7z` one bare word). */
export function forcesNewTokenAfterNumber(c: number, ternary: boolean): boolean {
	if (c < 0 || c >= 128) {
		return false;
	}

	if (ternary && (c === 63 || c === 58)) {
		return true;
	}

	return (traits[c]! & afterNumber) !== 0;
}

export function isIdentifierStart(c: number): boolean {
	if (c < 128) {
		return c >= 0 && (traits[c]! & identifierStart) !== 0;
	}

	return letter.test(String.fromCharCode(c));
}

export function isIdentifierFollow(c: number): boolean {
	if (c < 128) {
		return c >= 0 && (traits[c]! & (identifierStart | digit)) !== 0;
	}

	return letterOrDigit.test(String.fromCharCode(c));
}

export function isLetterOrDigit(c: number): boolean {
	if (c < 128) {
		return c >= 0 && (traits[c]! & (digit | identifierStart)) !== 0 && c !== 95;
	}

	return letterOrDigit.test(String.fromCharCode(c));
}

/** The character can follow `$` (or `@`) in an unbraced variable name. */
export function isVariableStart(c: number): boolean {
	if (c < 128) {
		return c >= 0 && (traits[c]! & variableStart) !== 0;
	}

	return letterOrDigit.test(String.fromCharCode(c));
}

export function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

export function isHexDigit(c: number): boolean {
	return c >= 0 && c < 128 && (traits[c]! & hexDigit) !== 0;
}

/** `-` and the en dash, em dash and horizontal bar that word processors substitute for it. */
export function isDash(c: number): boolean {
	return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2015;
}

/** `'` and the typographic single quotes pasted from documents. */
export function isSingleQuote(c: number): boolean {
	return c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b;
}

/** `"` and the typographic double quotes pasted from documents. */
export function isDoubleQuote(c: number): boolean {
	return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e;
}
