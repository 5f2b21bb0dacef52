// Numeric literals: decimal, hex (0x), binary (0b), reals with exponents, type suffixes (l, d, u, s, y, n and
// combinations) and multipliers (kb mb gb tb pb), as ScanNumberHelper in tokenizer.cs reads them.

import {codeAt, forcesNewToken, forcesNewTokenAfterNumber, isDash, isDigit, isHexDigit} from './chars.ts';

export interface ScannedNumber {
	end: number;
	value: number;
	/** Written with a decimal point or exponent, or with the `d` suffix. */
	isDouble: boolean;
	isLong: boolean;
	/** It looked like a number but its value cannot be represented (pwsh's BadNumericConstant). */
	bad: boolean;
}

export interface NumberContext {
	source: string;
	limit: number;
	/** In expression mode an operator character (`+`, `..`, `]`...) may end the number. */
	inExpression: boolean;
	/** After a ternary `?`, `1:` ends the number at the `:`. */
	ternary: boolean;
}

const multipliers: Record<string, number> = {k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5};

/**
 * Scan a number starting at `start` (a digit, a `.` before a digit, or a sign before those).
 * Returns undefined when the text is not a number after all (`7zip.exe`, `1.2.3`): the caller rescans a bare word.
 */
export function scanNumber(ctx: NumberContext, start: number): ScannedNumber | undefined {
	const {source, limit} = ctx;
	let i = start;
	let negative = false;
	let c = codeAt(source, limit, i);
	if (c === 43 || isDash(c)) {
		negative = c !== 43;
		i++;
		c = codeAt(source, limit, i);
	}

	let radix = 10;
	let real = false;
	let text = '';
	let notNumber = false;
	if (c === 46) {
		real = true;
		const digitsEnd = skipDigits(source, limit, i + 1);
		i = scanExponent(source, limit, digitsEnd);
		if (i < 0) {
			return undefined;
		}

		text = source.slice(start + (negative || codeAt(source, limit, start) === 43 ? 1 : 0), i);
	} else {
		const next = codeAt(source, limit, i + 1);
		if (c === 48 && (next === 120 || next === 88)) {
			radix = 16;
			const digitsStart = i + 2;
			i = digitsStart;
			while (isHexDigit(codeAt(source, limit, i))) {
				i++;
			}

			text = source.slice(digitsStart, i);
			notNumber = text.length === 0;
		} else if (c === 48 && (next === 98 || next === 66)) {
			radix = 2;
			const digitsStart = i + 2;
			i = digitsStart;
			while (codeAt(source, limit, i) === 48 || codeAt(source, limit, i) === 49) {
				i++;
			}

			text = source.slice(digitsStart, i);
			notNumber = text.length === 0;
		} else {
			const digitsStart = i;
			i = skipDigits(source, limit, i);
			c = codeAt(source, limit, i);
			if (c === 46 && codeAt(source, limit, i + 1) !== 46) {
				real = true;
				i = scanExponent(source, limit, skipDigits(source, limit, i + 1));
			} else if (c === 101 || c === 69) {
				real = true;
				i = scanExponent(source, limit, i);
			}

			if (i < 0) {
				return undefined;
			}

			text = source.slice(digitsStart, i);
		}
	}

	let isLong = false;
	let isDecimal = false;
	let unsigned = false;
	c = codeAt(source, limit, i) | 0x20;
	if (c === 117 || c === 115 || c === 108 || c === 100 || c === 121 || c === 110) {
		// u s l d y n: unsigned, short, long, decimal, byte, bigint.
		i++;
		isLong = c === 108;
		isDecimal = c === 100;
		unsigned = c === 117;
		const second = codeAt(source, limit, i) | 0x20;
		if (second === 117 || second === 115 || second === 108 || second === 100 || second === 121 || second === 110) {
			// Only `u` combines: ul, us, uy.
			i++;
			if (c === 117 && (second === 108 || second === 115 || second === 121)) {
				isLong = second === 108;
			} else {
				notNumber = true;
			}
		}
	}

	let multiplier = 1;
	const m = String.fromCharCode(codeAt(source, limit, i) | 0x20);
	if (codeAt(source, limit, i) >= 0 && Object.hasOwn(multipliers, m)) {
		multiplier = multipliers[m]!;
		i++;
		if ((codeAt(source, limit, i) | 0x20) === 98) {
			i++;
		} else {
			notNumber = true;
		}
	}

	const after = codeAt(source, limit, i);
	if (!forcesNewToken(after) && (!ctx.inExpression || !forcesNewTokenAfterNumber(after, ctx.ternary))) {
		notNumber = true;
	}

	if (notNumber) {
		return undefined;
	}

	let value: number;
	let bad = false;
	if (radix === 10) {
		// Odd dashes in an exponent are normalised so Number() reads them.
		value = Number(text.replace(/[\u2013\u2014\u2015]/g, '-'));
		bad = Number.isNaN(value);
	} else {
		const bits = text.length * (radix === 16 ? 4 : 1);
		bad = bits > 64;
		// BigInt keeps 64-bit literals exact until the sign is applied.
		let exact = bad ? 0n : BigInt(`${radix === 16 ? '0x' : '0b'}${text}`);
		// pwsh reads 0xFFFFFFFF as -1: a literal of exactly 32 or 64 bits is signed unless suffixed `u`.
		if (!unsigned && (bits === 32 || bits === 64) && exact >= 1n << BigInt(bits - 1)) {
			exact -= 1n << BigInt(bits);
		}

		value = Number(exact);
	}

	value *= multiplier;
	if (negative) {
		value = -value;
	}

	return {end: i, value, isDouble: real || isDecimal, isLong, bad};
}

function skipDigits(source: string, limit: number, from: number): number {
	let i = from;
	while (isDigit(codeAt(source, limit, i))) {
		i++;
	}

	return i;
}

/** `e`, an optional sign, then at least one digit; -1 when the digits are missing (`1e` is a bare word). */
function scanExponent(source: string, limit: number, from: number): number {
	const e = codeAt(source, limit, from);
	if (e !== 101 && e !== 69) {
		return from;
	}

	let j = from + 1;
	const sign = codeAt(source, limit, j);
	if (sign === 43 || isDash(sign)) {
		j++;
	}

	const end = skipDigits(source, limit, j);
	return end === j ? -1 : end;
}
