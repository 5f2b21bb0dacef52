// .NET composite formatting (`-f`, [string]::Format) and format strings for ToString(fmt), in en-US.
//
// Rounding, as .NET Core does it: standard numeric formats (F, N, P, C, E, G) round the exact binary value and
// break exact ties to even (`'{0:N0}' -f 2.5` is `2`, `'{0:F2}' -f 0.125` is `0.12`; .NET Framework gave 3 and
// 0.13); custom formats (`0.00`, `#,##0`) first take 15 significant digits, then round half away from zero.

import {PSObject, PSHashtable, PSDateTime, PSTimeSpan} from './values.ts';
import {psError} from './errors.ts';
import {formatDate, formatDateToString, formatTimeSpan, FormatError, INVALID_FORMAT} from './dates.ts';
import {roundTripNumber, toStr} from './convert.ts';
import {listTypeOf, dotNetInfo} from './types.ts';

export {FormatError} from './dates.ts';

const BAD_SPECIFIER = 'Format specifier was invalid.';

// ---- Exact decimal digits ---------------------------------------------------------------------------

/** A non-negative decimal: `digits` with the decimal point after `point` of them (point may be ≤ 0 or past the end). */
interface Decimal {
	digits: string;
	point: number;
}

const view = new DataView(new ArrayBuffer(8));

/** The exact decimal value of a finite double's magnitude (every double is a finite decimal). */
function exactDecimal(x: number): Decimal {
	x = Math.abs(x);
	if (x === 0) return {digits: '0', point: 1};
	if (Number.isInteger(x) && x < 1e21) {
		const digits = x < 2 ** 53 ? String(x) : BigInt(x).toString();
		return {digits, point: digits.length};
	}
	view.setFloat64(0, x);
	const high = view.getUint32(0);
	const low = view.getUint32(4);
	const exponentBits = (high >>> 20) & 0x7ff;
	let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
	let exponent: number;
	if (exponentBits === 0) exponent = -1074;
	else {
		mantissa |= 1n << 52n;
		exponent = exponentBits - 1075;
	}
	if (exponent >= 0) {
		const digits = (mantissa << BigInt(exponent)).toString();
		return {digits, point: digits.length};
	}
	// m / 2^k = m * 5^k / 10^k
	const digits = (mantissa * 5n ** BigInt(-exponent)).toString();
	return {digits, point: digits.length + exponent};
}

type Rounding = 'even' | 'away';

/** Rounds to `keep` digits counted from the start of `digits` (keep may be ≤ 0 or past the end). */
function roundDecimal(value: Decimal, keep: number, mode: Rounding): Decimal {
	const {digits, point} = value;
	if (keep >= digits.length) return value;
	if (keep < 0) return {digits: '0', point: 1};
	const next = digits.charCodeAt(keep) - 48;
	let up: boolean;
	if (next > 5) up = true;
	else if (next < 5) up = false;
	else {
		let rest = false;
		for (let i = keep + 1; i < digits.length; i++) {
			if (digits[i] !== '0') {
				rest = true;
				break;
			}
		}
		up = rest || mode === 'away' || (keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1);
	}
	let kept = digits.slice(0, keep);
	if (!up) return kept ? {digits: kept, point} : {digits: '0', point: 1};
	// Add one in the last kept place.
	let i = kept.length - 1;
	const chars = kept.split('');
	while (i >= 0 && chars[i] === '9') chars[i--] = '0';
	if (i < 0) {
		chars.unshift('1');
		kept = chars.join('');
		return {digits: kept, point: point + 1};
	}
	chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) + 1);
	return {digits: chars.join(''), point};
}

/** Integer and fraction text for a decimal with exactly `decimals` fraction digits. */
function fixedParts(value: Decimal, decimals: number): [string, string] {
	const {digits, point} = value;
	let integer = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
	integer = integer.replace(/^0+(?=\d)/, '');
	let fraction = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
	fraction = fraction.slice(0, decimals).padEnd(decimals, '0');
	return [integer, fraction];
}

function group(integer: string): string {
	let out = '';
	for (let i = 0; i < integer.length; i++) {
		if (i && (integer.length - i) % 3 === 0) out += ',';
		out += integer[i];
	}
	return out;
}

/** `F`/`N` text of a magnitude with `decimals` places (exact value, ties to even). */
function fixed(n: number, decimals: number, grouped: boolean): string {
	const exact = exactDecimal(n);
	const rounded = roundDecimal(exact, exact.point + decimals, 'even');
	const [integer, fraction] = fixedParts(rounded, decimals);
	return (grouped ? group(integer) : integer) + (decimals ? `.${fraction}` : '');
}

function sign(n: number, text: string): string {
	// A value that rounds to zero prints without a sign, as in .NET Core 3.0+.
	return n < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Scientific text with `decimals` mantissa digits after the point and an exponent of at least `expDigits`. */
function scientific(n: number, decimals: number, letter: string, expDigits: number, plusSign: boolean, mode: Rounding): string {
	if (n === 0) return `0${decimals ? `.${'0'.repeat(decimals)}` : ''}${letter}${plusSign ? '+' : ''}${'0'.repeat(expDigits)}`;
	const exact = exactDecimal(n);
	const firstNonZero = exact.digits.search(/[1-9]/);
	const normalized: Decimal = {digits: exact.digits.slice(firstNonZero), point: exact.point - firstNonZero};
	const rounded = roundDecimal(normalized, decimals + 1, mode);
	const digits = rounded.digits.padEnd(decimals + 1, '0');
	const exponent = rounded.point - 1;
	const mantissa = digits[0]! + (decimals ? `.${digits.slice(1, decimals + 1)}` : '');
	const expSign = exponent < 0 ? '-' : plusSign ? '+' : '';
	return `${mantissa}${letter}${expSign}${String(Math.abs(exponent)).padStart(expDigits, '0')}`;
}

/** `G` with a precision: that many significant digits, scientific when the exponent is ≥ precision or ≤ -5. */
function general(n: number, precision: number, letter: string): string {
	if (n === 0) return '0';
	const exact = exactDecimal(n);
	const firstNonZero = exact.digits.search(/[1-9]/);
	const normalized: Decimal = {digits: exact.digits.slice(firstNonZero), point: exact.point - firstNonZero};
	const rounded = roundDecimal(normalized, precision, 'even');
	const digits = rounded.digits.replace(/0+$/, '') || '0';
	const exponent = rounded.point - 1;
	if (exponent >= precision || exponent <= -5) {
		const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
		return `${mantissa}${letter}${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
	}
	if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${digits}`;
	if (digits.length <= exponent + 1) return digits.padEnd(exponent + 1, '0');
	return `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

function hex(n: number, upper: boolean, width: number): string {
	let text: string;
	if (n >= 0) text = n < 2 ** 53 ? n.toString(16) : BigInt(n).toString(16);
	else if (n >= -2147483648) text = (n >>> 0).toString(16);
	else text = BigInt.asUintN(64, BigInt(n)).toString(16);
	text = text.padStart(width, '0');
	return upper ? text.toUpperCase() : text;
}

// ---- Numbers ----------------------------------------------------------------------------------------

const STANDARD = /^([A-Za-z])(\d{0,9})$/;

/** .NET Int32/Int64/Double.ToString(format) in en-US. Throws FormatError for a bad specifier. */
export function formatNumberWith(n: number, format: string | undefined): string {
	if (!format) return roundTripNumber(n);
	const standard = STANDARD.exec(format);
	if (!standard) return formatCustomNumber(n, format);
	const letter = standard[1]!;
	const precision = standard[2] ? Number(standard[2]) : undefined;
	if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
	const integral = Number.isInteger(n);
	switch (letter) {
		case 'D':
		case 'd': {
			if (!integral) throw new FormatError(BAD_SPECIFIER);
			const digits = exactDecimal(n).digits.padStart(precision ?? 0, '0');
			return n < 0 ? `-${digits}` : digits;
		}
		case 'X':
		case 'x':
			if (!integral) throw new FormatError(BAD_SPECIFIER);
			return hex(n, letter === 'X', precision ?? 0);
		case 'F':
		case 'f':
			return sign(n, fixed(n, precision ?? 2, false));
		case 'N':
		case 'n':
			return sign(n, fixed(n, precision ?? 2, true));
		case 'P':
		case 'p':
			return sign(n, `${fixed(n * 100, precision ?? 2, true)}%`);
		case 'C':
		case 'c': {
			const text = fixed(n, precision ?? 2, true);
			return n < 0 && /[1-9]/.test(text) ? `-$${text}` : `$${text}`;
		}
		case 'E':
		case 'e':
			return (n < 0 ? '-' : '') + scientific(n, precision ?? 6, letter, 3, true, 'even');
		case 'G':
		case 'g':
			if (!precision) return integral ? String(n) : roundTripNumber(n).replace('E', letter === 'g' ? 'e' : 'E');
			return (n < 0 ? '-' : '') + general(n, precision, letter === 'g' ? 'e' : 'E');
		case 'R':
		case 'r':
			return roundTripNumber(n);
	}
	throw new FormatError(BAD_SPECIFIER);
}

/** Splits a custom format into its `;` sections, honouring quotes and backslashes. */
function sections(format: string): string[] {
	const out: string[] = [];
	let current = '';
	for (let i = 0; i < format.length; i++) {
		const ch = format[i]!;
		if (ch === '\\' && i + 1 < format.length) {
			current += ch + format[++i];
		} else if (ch === "'" || ch === '"') {
			const end = format.indexOf(ch, i + 1);
			const stop = end < 0 ? format.length : end;
			current += format.slice(i, stop + 1);
			i = stop;
		} else if (ch === ';') {
			out.push(current);
			current = '';
		} else {
			current += ch;
		}
	}
	out.push(current);
	return out.slice(0, 3);
}

type Token = {kind: 'digit'; zero: boolean; fraction: boolean} | {kind: 'point'} | {kind: 'literal'; text: string} | {kind: 'exponent'; text: string};

/** Custom numeric formats: `0`, `#`, `.`, `,` (grouping and scaling), `%`, `‰`, `E+0`, quotes and `\`. */
function formatCustomNumber(n: number, format: string): string {
	const parts = sections(format);
	let section = parts[0]!;
	let value = n;
	let signed = true;
	if (n < 0 && parts.length > 1 && parts[1]) {
		section = parts[1];
		value = -n;
		signed = false;
	} else if (n === 0 && parts.length > 2 && parts[2]) {
		section = parts[2];
	}
	const tokens: Token[] = [];
	let seenPoint = false;
	let scale = 0;
	let grouping = false;
	let multiplier = 1;
	let pendingCommas = 0;
	for (let i = 0; i < section.length; i++) {
		const ch = section[i]!;
		if (ch === '0' || ch === '#') {
			if (pendingCommas && !seenPoint) grouping = true;
			pendingCommas = 0;
			tokens.push({kind: 'digit', zero: ch === '0', fraction: seenPoint});
		} else if (ch === '.') {
			scale += pendingCommas;
			pendingCommas = 0;
			if (!seenPoint) tokens.push({kind: 'point'});
			seenPoint = true;
		} else if (ch === ',') {
			if (!seenPoint && tokens.some(t => t.kind === 'digit')) pendingCommas++;
		} else if (ch === '%' || ch === '‰') {
			multiplier *= ch === '%' ? 100 : 1000;
			tokens.push({kind: 'literal', text: ch});
		} else if ((ch === 'E' || ch === 'e') && /^[+-]?0/.test(section.slice(i + 1))) {
			const match = /^[Ee][+-]?0+/.exec(section.slice(i))!;
			tokens.push({kind: 'exponent', text: match[0]});
			i += match[0].length - 1;
		} else if (ch === '\\' && i + 1 < section.length) {
			tokens.push({kind: 'literal', text: section[++i]!});
		} else if (ch === "'" || ch === '"') {
			const end = section.indexOf(ch, i + 1);
			const stop = end < 0 ? section.length : end;
			tokens.push({kind: 'literal', text: section.slice(i + 1, stop)});
			i = stop;
		} else {
			tokens.push({kind: 'literal', text: ch});
		}
	}
	scale += pendingCommas;
	value = (value * multiplier) / 1000 ** scale;

	const digitTokens = tokens.filter((t): t is Extract<Token, {kind: 'digit'}> => t.kind === 'digit');
	const intTokens = digitTokens.filter(t => !t.fraction);
	const fracTokens = digitTokens.filter(t => t.fraction);
	const firstZero = intTokens.findIndex(t => t.zero);
	const minInt = firstZero < 0 ? 0 : intTokens.length - firstZero;
	let lastFracZero = -1;
	fracTokens.forEach((t, index) => {
		if (t.zero) lastFracZero = index;
	});
	const exponentToken = tokens.find((t): t is Extract<Token, {kind: 'exponent'}> => t.kind === 'exponent');

	// .NET takes 15 significant digits first, then rounds half away from zero at the shown position.
	const exact = exactDecimal(value);
	const first = exact.digits.search(/[1-9]/);
	let decimal: Decimal = first < 0 ? {digits: '0', point: 1} : roundDecimal({digits: exact.digits.slice(first), point: exact.point - first}, 15, 'even');
	let exponent = 0;
	if (exponentToken && first >= 0) {
		exponent = decimal.point - Math.max(1, intTokens.length);
		decimal = {digits: decimal.digits, point: decimal.point - exponent};
	}
	decimal = roundDecimal(decimal, decimal.point + fracTokens.length, 'away');
	let [integer, fraction] = fixedParts(decimal, fracTokens.length);
	if (exponentToken && /^0*$/.test(decimal.digits)) exponent = 0;
	if (integer === '0') integer = '';
	integer = integer.padStart(minInt, '0');
	fraction = fraction.slice(0, Math.max(lastFracZero + 1, fraction.replace(/0+$/, '').length));

	let out = '';
	let intIndex = 0;
	let fracIndex = 0;
	const extra = Math.max(0, integer.length - intTokens.length);
	const emitDigit = (position: number, text: string): void => {
		out += text;
		if (grouping && position > 0 && position % 3 === 0) out += ',';
	};
	for (const token of tokens) {
		if (token.kind === 'digit' && !token.fraction) {
			const fromRight = intTokens.length - 1 - intIndex;
			if (intIndex === 0) {
				for (let i = 0; i < extra; i++) emitDigit(integer.length - 1 - i, integer[i]!);
			}
			const at = integer.length - 1 - fromRight;
			if (at >= 0) emitDigit(fromRight, integer[at]!);
			intIndex++;
		} else if (token.kind === 'digit') {
			out += fraction[fracIndex] ?? '';
			fracIndex++;
		} else if (token.kind === 'point') {
			if (fraction) out += '.';
		} else if (token.kind === 'exponent') {
			const plus = token.text[1] === '+';
			const width = token.text.replace(/^[Ee][+-]?/, '').length;
			out += token.text[0] + (exponent < 0 ? '-' : plus ? '+' : '') + String(Math.abs(exponent)).padStart(width, '0');
		} else {
			out += token.text;
		}
	}
	if (!intTokens.length && !fracTokens.length && !exponentToken) return signed && n < 0 ? `-${out}` : out;
	return signed && n < 0 && (/[1-9]/.test(integer) || /[1-9]/.test(fraction)) ? `-${out}` : out;
}

// ---- Values -----------------------------------------------------------------------------------------

/** What `.ToString()` and a bare `{0}` give for a value: .NET's own text in en-US (not pwsh's [string]). */
export function dotNetToString(value: unknown): string {
	switch (typeof value) {
		case 'string':
			return value;
		case 'number':
			return roundTripNumber(value);
		case 'boolean':
			return value ? 'True' : 'False';
		case 'undefined':
			return '';
	}
	if (value === null) return '';
	if (Array.isArray(value)) return listTypeOf(value) ?? 'System.Object[]';
	if (value instanceof PSDateTime) return formatDateToString(value);
	if (value instanceof PSTimeSpan) return formatTimeSpan(value);
	if (value instanceof PSHashtable || value instanceof PSObject) {
		if (value instanceof PSObject && !dotNetInfo(value) && !value.size) return '';
		return toStr(value);
	}
	return String(value);
}

/** One value with a format string, as `{0:fmt}` and `.ToString(fmt)` do; text and booleans ignore the format. */
export function formatValue(value: unknown, format?: string): string {
	if (!format) return dotNetToString(value);
	if (typeof value === 'number') return formatNumberWith(value, format);
	if (value instanceof PSDateTime) return formatDate(value, format);
	if (value instanceof PSTimeSpan) return formatTimeSpan(value, format);
	return dotNetToString(value);
}

// ---- Composite formatting -----------------------------------------------------------------------------

const INDEX_RANGE = 'Index (zero based) must be greater than or equal to zero and less than the size of the argument list.';

/** String.Format: `{index[,alignment][:format]}` items, `{{` and `}}` escapes. Throws FormatError. */
export function formatComposite(format: string, args: readonly unknown[]): string {
	let out = '';
	const length = format.length;
	for (let i = 0; i < length; i++) {
		const ch = format[i]!;
		if (ch === '}') {
			if (format[i + 1] !== '}') throw new FormatError(INVALID_FORMAT);
			out += '}';
			i++;
			continue;
		}
		if (ch !== '{') {
			out += ch;
			continue;
		}
		if (format[i + 1] === '{') {
			out += '{';
			i++;
			continue;
		}
		let j = i + 1;
		let index = '';
		while (j < length && format[j]! >= '0' && format[j]! <= '9') index += format[j++];
		if (!index) throw new FormatError(INVALID_FORMAT);
		while (format[j] === ' ') j++;
		let alignment = 0;
		if (format[j] === ',') {
			j++;
			while (format[j] === ' ') j++;
			let digits = '';
			if (format[j] === '-') digits += format[j++];
			while (j < length && format[j]! >= '0' && format[j]! <= '9') digits += format[j++];
			if (!digits || digits === '-') throw new FormatError(INVALID_FORMAT);
			alignment = Number(digits);
			while (format[j] === ' ') j++;
		}
		let spec: string | undefined;
		if (format[j] === ':') {
			j++;
			spec = '';
			while (j < length && format[j] !== '}') {
				if (format[j] === '{') throw new FormatError(INVALID_FORMAT);
				spec += format[j++];
			}
		}
		if (format[j] !== '}') throw new FormatError(INVALID_FORMAT);
		const position = Number(index);
		if (position >= args.length) throw new FormatError(INDEX_RANGE);
		const text = formatValue(args[position], spec);
		out += alignment > 0 ? text.padStart(alignment) : alignment < 0 ? text.padEnd(-alignment) : text;
		i = j;
	}
	return out;
}

/**
 * The `-f` operator: the left side as text, the right side as the argument list (an array spreads into it).
 * Failures raise pwsh's `Error formatting a string: ….` (FormatError, InvalidOperation).
 */
export function formatOperator(format: unknown, args: unknown): string {
	const list = Array.isArray(args) ? args : [args];
	try {
		return formatComposite(toStr(format), list);
	} catch (error) {
		if (!(error instanceof FormatError)) throw error;
		throw psError({
			message: `Error formatting a string: ${error.message}.`,
			category: 'InvalidOperation',
			id: 'FormatError',
			exceptionType: 'RuntimeException',
			target: toStr(format),
		});
	}
}
