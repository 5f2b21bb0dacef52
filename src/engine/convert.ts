// PowerShell's conversions: [string] and string expansion, truthiness, numbers from text, and casts to a type.

import {PSObject, PSHashtable, PSDateTime, PSTimeSpan, PSGuid, ScriptBlock} from './values.ts';
import {ErrorRecord, psError, type ErrorCategory, type PSError} from './errors.ts';
import {formatDateInvariant, formatTimeSpan, parseDate, parseTimeSpan, timeSpanParseMessage, MIN_DATE_MS} from './dates.ts';
import {
	PSType, dotNetInfo, isInt32, listTypeOf, markList, resolveTypeName, typeNameOf, typeRefName, type TypeRef,
} from './types.ts';
import {PSRegex, regexErrorDetail} from './regex.ts';

// ---- Numbers as text ----------------------------------------------------------------------------

/** Lays out a number from `toExponential` output the way .NET's G format does: scientific from 1E+15 and from 1E-05 down. */
function layoutExponential(exponential: string): string {
	const e = exponential.indexOf('e');
	const negative = exponential[0] === '-';
	let digits = exponential.slice(negative ? 1 : 0, e).replace('.', '');
	const exponent = Number(exponential.slice(e + 1));
	let end = digits.length;
	while (end > 1 && digits[end - 1] === '0') end--;
	digits = digits.slice(0, end);
	const sign = negative ? '-' : '';
	if (exponent >= 15 || exponent <= -5) {
		const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
		const magnitude = String(Math.abs(exponent)).padStart(2, '0');
		return `${sign}${mantissa}E${exponent < 0 ? '-' : '+'}${magnitude}`;
	}
	if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
	if (digits.length <= exponent + 1) return sign + digits.padEnd(exponent + 1, '0');
	return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

function nonFinite(n: number): string {
	return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
}

const TWO_63 = 9223372036854775808;

/**
 * Whole numbers in the Int64 range print as integers (typeNameOf calls them Int32/Int64). 2^63 itself is how a
 * double holds [long]::MaxValue (2^63 - 1 is not representable), so it prints as that.
 */
function int64Text(n: number): string | undefined {
	if (!Number.isInteger(n) || n > TWO_63 || n < -TWO_63) return undefined;
	if (n === 0) return '0';
	if (n === TWO_63) return '9223372036854775807';
	if (n === -TWO_63) return '-9223372036854775808';
	// Shortest round-trip digits: 638422938152500000 rather than the double's exact 638422938152499968.
	return String(n);
}

/**
 * A number as [string] and the formatter print it: integers plainly, doubles with up to 15 significant digits
 * (`1.58113883008419`, `1E+20`, `1E-05`). A whole double in the Int64 range (`1e15`) prints as an integer: pwsh
 * would say `1E+15`, but the value cannot be told from an Int64 such as a date's Ticks.
 */
export function formatNumber(n: number): string {
	if (Number.isInteger(n) && n < 1e15 && n > -1e15) return n === 0 ? '0' : String(n);
	if (!Number.isFinite(n)) return nonFinite(n);
	return int64Text(n) ?? layoutExponential(n.toExponential(14));
}

/** `.ToString()` on a number: .NET's shortest round-trip text (`0.30000000000000004`, `1E+20`). */
export function roundTripNumber(n: number): string {
	if (Number.isInteger(n) && n < 1e15 && n > -1e15) return n === 0 ? '0' : String(n);
	if (!Number.isFinite(n)) return nonFinite(n);
	return int64Text(n) ?? layoutExponential(n.toExponential());
}

/** Round half to even, as [int] casts and [Math]::Round do. */
export function roundHalfEven(n: number): number {
	const floor = Math.floor(n);
	const diff = n - floor;
	if (diff > 0.5) return floor + 1;
	if (diff < 0.5) return floor;
	return floor % 2 === 0 ? floor : floor + 1;
}

export const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

// ---- [string] -----------------------------------------------------------------------------------

/** An element inside a collection or a property value: collections there print as their type name. */
function itemStr(value: unknown): string {
	if (typeof value === 'string') return value;
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return formatNumber(value);
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	if (Array.isArray(value)) return listTypeOf(value) ?? 'System.Object[]';
	return objectStr(value);
}

function objectStr(value: object): string {
	if (value instanceof PSObject) {
		const info = dotNetInfo(value);
		if (info) return info.toString ? info.toString() : info.typeName;
		let text = '';
		for (const [name, property] of value.entries()) text += `${text ? '; ' : ''}${name}=${itemStr(property)}`;
		// An object with no properties prints as nothing, not `@{}`.
		return text ? `@{${text}}` : '';
	}
	if (value instanceof PSHashtable) return value.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable';
	if (value instanceof PSDateTime) return formatDateInvariant(value);
	if (value instanceof PSTimeSpan) return formatTimeSpan(value);
	return String(value);
}

/**
 * `[string]$value` and string expansion: $null → '', booleans True/False, numbers as formatNumber, arrays joined
 * with `ofs` (elements that are themselves collections print as their type name, as in pwsh), hashtables as their
 * type name, custom objects as `@{a=1; b=2}`, dates in the invariant `MM/dd/yyyy HH:mm:ss`.
 */
export function toStr(value: unknown, ofs = ' '): string {
	if (typeof value === 'string') return value;
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return formatNumber(value);
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	if (Array.isArray(value)) {
		let text = '';
		for (let i = 0; i < value.length; i++) text += (i ? ofs : '') + itemStr(value[i]);
		return text;
	}
	return objectStr(value);
}

// ---- Truth ----------------------------------------------------------------------------------------

/** PowerShell truthiness: '', 0, $null and @() are false; a one-element array is its element's truth. */
export function toBool(value: unknown): boolean {
	switch (typeof value) {
		case 'boolean':
			return value;
		case 'string':
			return value.length > 0;
		case 'number':
			return value !== 0;
		case 'undefined':
			return false;
	}
	if (value === null) return false;
	if (Array.isArray(value)) {
		if (value.length !== 1) return value.length > 1;
		const only = value[0];
		// pwsh does not recurse into a nested array here: a non-empty inner array is true.
		return Array.isArray(only) ? only.length > 0 : toBool(only);
	}
	return true;
}

// ---- Numbers from text ----------------------------------------------------------------------------

const NUMBER_TEXT =
	/^([+\-\u2013\u2014\u2015]?)(?:0x([0-9a-f]+)|0b([01]+)|((?:\d+\.?\d*|\.\d+)(?:e[+\-\u2013\u2014\u2015]?\d+)?))(ul|us|uy|u|l|y|s|n|d)?(kb|mb|gb|tb|pb)?$/i;
const MULTIPLIERS: Record<string, number> = {kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5};
const SUFFIX_RANGE: Record<string, [number, number]> = {
	y: [-128, 127],
	uy: [0, 255],
	s: [-32768, 32767],
	us: [0, 65535],
	u: [0, 4294967295],
	ul: [0, 18446744073709551615],
	l: [-9223372036854775808, 9223372036854775807],
};

/** Hex and binary literals wrap into the signed type of their width, as in pwsh (`0xFFFFFFFF` is -1). */
function wrapRadix(value: bigint, digits: number, bitsPerDigit: number): number {
	const bits = digits * bitsPerDigit <= 32 ? 32 : 64;
	return Number(BigInt.asIntN(bits, value));
}

/**
 * A number written as text, by pwsh's tokenizer rules (Parser.ScanNumber): surrounding white space, a sign,
 * `0x`/`0b` prefixes, decimals with exponents, type suffixes (`l`, `d`, `u`…) and multipliers (`kb`…`pb`).
 * '' is 0. Returns undefined when the text is not a number.
 */
export function parseNumber(text: string): number | undefined {
	const trimmed = text.trim();
	if (!trimmed) return 0;
	const match = NUMBER_TEXT.exec(trimmed);
	if (!match) return undefined;
	const suffix = match[5]?.toLowerCase();
	let value: number;
	if (match[2] !== undefined || match[3] !== undefined) {
		if (suffix === 'd') return undefined;
		const digits = match[2] ?? match[3]!;
		if (digits.length > (match[2] ? 16 : 64)) return undefined;
		const big = BigInt(match[2] ? `0x${digits}` : `0b${digits}`);
		value = suffix?.startsWith('u') ? Number(big) : wrapRadix(big, digits.length, match[2] ? 4 : 1);
	} else {
		value = Number(match[4]!.replace(/[\u2013\u2014\u2015]/, '-'));
	}
	if (match[1] && match[1] !== '+') value = -value;
	if (match[6]) value *= MULTIPLIERS[match[6].toLowerCase()]!;
	if (suffix && suffix !== 'd' && suffix !== 'n') {
		// Integer suffixes round like a cast and must fit their type.
		value = roundHalfEven(value);
		const [min, max] = SUFFIX_RANGE[suffix]!;
		if (value < min || value > max) return undefined;
	}
	return value === 0 ? 0 : value;
}

// ---- Cast failures ----------------------------------------------------------------------------------

/**
 * A conversion that did not work, kept as data so `-eq` and `-as` can fail quietly; casts and operators turn it
 * into the error pwsh raises (with their own category).
 */
export class CastFailure {
	constructor(
		readonly message: string,
		readonly id: string,
		readonly target: unknown,
	) {}

	/** Casts report InvalidArgument; operators converting an operand report InvalidOperation. */
	toError(category: ErrorCategory = 'InvalidArgument', exceptionType = 'PSInvalidCastException'): PSError {
		return psError({message: this.message, category, id: this.id, exceptionType, target: this.target});
	}
}

const OVERFLOW_NOUN: Record<string, string> = {
	'System.Int32': 'an Int32',
	'System.Int64': 'an Int64',
	'System.Int16': 'an Int16',
	'System.UInt16': 'a UInt16',
	'System.UInt32': 'a UInt32',
	'System.UInt64': 'a UInt64',
	'System.Byte': 'an unsigned byte',
	'System.SByte': 'a signed byte',
	'System.Decimal': 'a Decimal',
	'System.Char': 'a character',
};

/** The ranges of the integer types (`[int]::MaxValue` reads them too). */
export const INTEGER_LIMITS: Record<string, [number, number]> = {
	'System.Int32': [-2147483648, 2147483647],
	'System.Int64': [-9223372036854775808, 9223372036854775807],
	'System.Int16': [-32768, 32767],
	'System.UInt16': [0, 65535],
	'System.UInt32': [0, 4294967295],
	'System.UInt64': [0, 18446744073709551615],
	'System.Byte': [0, 255],
	'System.SByte': [-128, 127],
};

const INTEGER_RANGE: Record<string, [number, number]> = {...INTEGER_LIMITS, 'System.Numerics.BigInteger': [-Infinity, Infinity]};

const FLOAT_TYPES = new Set(['System.Double', 'System.Single', 'System.Decimal']);

/** `Cannot convert value "x" to type "T". Error: "inner"`: the form used when the source is text or a number. */
export function valueCastFailure(value: unknown, typeName: string, inner: string, id: string): CastFailure {
	return new CastFailure(`Cannot convert value "${toStr(value)}" to type "${typeName}". Error: "${inner}"`, id, value);
}

/** `Cannot convert the "x" value of type "S" to type "T".`: the form used for objects that have no conversion. */
export function typeCastFailure(value: unknown, typeName: string): CastFailure {
	const shown = Array.isArray(value) ? typeNameOf(value) : toStr(value);
	return new CastFailure(
		`Cannot convert the "${shown}" value of type "${typeNameOf(value)}" to type "${typeName}".`,
		'ConvertToFinalInvalidCastException',
		value,
	);
}

function notANumber(text: string, typeName: string): CastFailure {
	const id = FLOAT_TYPES.has(typeName) && typeName !== 'System.Decimal' ? 'InvalidCastFromStringToDoubleOrSingle' : 'InvalidCastFromStringToInteger';
	return valueCastFailure(text, typeName, `The input string '${text}' was not in a correct format.`, id);
}

function numberFromText(text: string, typeName: string): number | CastFailure {
	const parsed = parseNumber(text);
	if (parsed !== undefined) return parsed;
	if (FLOAT_TYPES.has(typeName)) {
		// double.Parse takes what the tokenizer does not: NaN, Infinity and thousands separators.
		const special = /^\s*([+-]?)(infinity|∞|nan)\s*$/i.exec(text);
		if (special) return special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
		if (/^\s*[+-]?\d{1,3}(,\d{3})+(\.\d*)?\s*$/.test(text)) return Number(text.replace(/,/g, ''));
	}
	return notANumber(text, typeName);
}

/** A value as a number for arithmetic and numeric casts; `typeName` is the .NET type the conversion aims at. */
function toNumeric(value: unknown, typeName: string): number | CastFailure {
	switch (typeof value) {
		case 'number':
			return value;
		case 'boolean':
			return value ? 1 : 0;
		case 'string':
			return numberFromText(value, typeName);
		case 'undefined':
			return 0;
	}
	if (value === null) return 0;
	return typeCastFailure(value, typeName);
}

/** A numeric cast: integers round half to even and must fit their type. */
function toNumericType(value: unknown, typeName: string): number | CastFailure {
	const n = toNumeric(value, typeName);
	if (typeof n !== 'number') return n;
	const range = INTEGER_RANGE[typeName];
	if (!range) return n;
	const rounded = roundHalfEven(n);
	if (!(rounded >= range[0] && rounded <= range[1])) {
		return valueCastFailure(
			value,
			typeName,
			`Value was either too large or too small for ${OVERFLOW_NOUN[typeName] ?? typeName}.`,
			typeof value === 'string' ? 'InvalidCastFromStringToInteger' : 'InvalidCastIConvertible',
		);
	}
	return rounded === 0 ? 0 : rounded;
}

/**
 * A value as a number for arithmetic (`'5' * 2`, `1 + $true`): numbers as they are, $null 0, booleans 0/1, text
 * by the tokenizer's rules. Throws pwsh's operator error (InvalidOperation) when it is not a number.
 */
export function toNumber(value: unknown, typeName = 'System.Int32'): number {
	if (typeof value === 'number') return value;
	const n = toNumeric(value, typeName);
	if (typeof n === 'number') return n;
	throw n.toError('InvalidOperation', 'RuntimeException');
}

// ---- Casts ------------------------------------------------------------------------------------------

const GUID_TEXT = /^(?:([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12}))$/i;

/** A guid in any of .NET's D, N, B and P forms, kept as lowercase D. */
export function parseGuid(text: string): PSGuid | undefined {
	let body = text.trim();
	if ((body.startsWith('{') && body.endsWith('}')) || (body.startsWith('(') && body.endsWith(')'))) body = body.slice(1, -1);
	const match = GUID_TEXT.exec(body);
	if (!match) return undefined;
	// Dashes are all or nothing.
	const dashes = (body.match(/-/g) ?? []).length;
	if (dashes !== 0 && dashes !== 4) return undefined;
	return new PSGuid(match.slice(1, 6).join('-').toLowerCase());
}

export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

const TICKS_PER_MS = 10_000;
const EPOCH_TICKS = 621_355_968_000_000_000;

function hashtableToObject(table: PSHashtable): PSObject {
	const object = new PSObject();
	for (const [key, value] of table.entries()) object.set(toStr(key), value);
	return object;
}

function elementTypeOfList(canonical: string): string | undefined {
	const match = /^System\.Collections\.Generic\.List\[(.+)\]$/.exec(canonical);
	return match ? match[1] : undefined;
}

/** The conversion itself, to a canonical type name, without throwing. */
function convertCanonical(value: unknown, canonical: string): unknown {
	if (value === undefined) value = null;
	if (canonical.endsWith('[]')) {
		if (value === null) return null;
		const element = canonical.slice(0, -2);
		const items = Array.isArray(value) ? value : [value];
		if (element === 'System.Object') return Array.isArray(value) && !listTypeOf(value) ? value : [...items];
		const out = new Array<unknown>(items.length);
		for (let i = 0; i < items.length; i++) {
			const converted = convertCanonical(items[i], element);
			if (converted instanceof CastFailure) return converted;
			out[i] = converted;
		}
		return out;
	}
	switch (canonical) {
		case 'System.Object':
		case 'System.Management.Automation.PSObject':
			return value;
		case 'System.String':
			return toStr(value);
		case 'System.Boolean':
		case 'System.Management.Automation.SwitchParameter':
			return toBool(value);
		case 'System.Char':
			return toChar(value);
		case 'System.Int32':
		case 'System.Int64':
		case 'System.Int16':
		case 'System.UInt16':
		case 'System.UInt32':
		case 'System.UInt64':
		case 'System.Byte':
		case 'System.SByte':
		case 'System.Numerics.BigInteger':
		case 'System.Double':
		case 'System.Single':
		case 'System.Decimal':
			return toNumericType(value, canonical);
		case 'System.DateTime':
			return toDate(value);
		case 'System.TimeSpan':
			return toTimeSpan(value);
		case 'System.Guid':
			if (value === null) return new PSGuid(EMPTY_GUID);
			if (value instanceof PSGuid) return value;
			if (typeof value === 'string') {
				return parseGuid(value) ?? valueCastFailure(value, canonical, 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).', 'InvalidCastParseTargetInvocation');
			}
			return typeCastFailure(value, canonical);
		case 'System.Array':
			return value === null ? null : Array.isArray(value) ? value : [value];
		case 'System.Collections.ArrayList':
			return value === null ? null : markList(Array.isArray(value) ? [...value] : [value], canonical);
		case 'System.Collections.Hashtable':
			if (value === null) return null;
			if (value instanceof PSHashtable) return value.ordered ? copyTable(value, false) : value;
			return typeCastFailure(value, canonical);
		case 'System.Collections.Specialized.OrderedDictionary':
			if (value === null) return null;
			if (value instanceof PSHashtable) return value.ordered ? value : copyTable(value, true);
			return typeCastFailure(value, canonical);
		case 'System.Collections.IDictionary':
			return value === null || value instanceof PSHashtable ? value : typeCastFailure(value, canonical);
		case 'System.Management.Automation.PSCustomObject':
			return value instanceof PSHashtable ? hashtableToObject(value) : value;
		case 'System.Management.Automation.ScriptBlock':
			if (value === null || value instanceof ScriptBlock) return value;
			return typeCastFailure(value, canonical);
		case 'System.Text.RegularExpressions.Regex':
			if (value === null || value instanceof PSRegex) return value;
			try {
				return new PSRegex(toStr(value));
			} catch (error) {
				return valueCastFailure(value, canonical, regexErrorDetail(toStr(value), error), 'InvalidCastFromStringToRegex');
			}
		case 'System.Type':
			if (value === null || value instanceof PSType) return value;
			if (typeof value === 'string') {
				const resolved = resolveTypeName(value);
				if (resolved) return new PSType(resolved);
			}
			return new CastFailure(
				`Cannot convert the "${toStr(value)}" value of type "${typeNameOf(value)}" to type "System.Type".`,
				'InvalidCastFromStringToType',
				value,
			);
		case 'System.Management.Automation.ErrorRecord':
			return value === null || value instanceof ErrorRecord ? value : typeCastFailure(value, canonical);
		case 'System.Void':
			return null;
	}
	const listElement = elementTypeOfList(canonical);
	if (listElement) {
		if (value === null) return null;
		const converted = convertCanonical(Array.isArray(value) ? [...value] : [value], `${listElement}[]`);
		return converted instanceof CastFailure ? converted : markList(converted as unknown[], canonical);
	}
	if (value === null || typeNameOf(value) === canonical) return value;
	// Enumerations and static-only types: their values are kept as names or passed through unchanged.
	if (typeof value === 'string' || typeof value === 'number') return value;
	return typeCastFailure(value, canonical);
}

function copyTable(table: PSHashtable, ordered: boolean): PSHashtable {
	const copy = new PSHashtable(ordered);
	for (const [key, item] of table.entries()) copy.set(key, item);
	return copy;
}

function toChar(value: unknown): string | CastFailure {
	if (value === null) return '\0';
	if (typeof value === 'string') {
		if (value.length === 1) return value;
		return valueCastFailure(value, 'System.Char', 'String must be exactly one character long.', 'InvalidCastParseTargetInvocation');
	}
	if (typeof value === 'number') {
		const code = roundHalfEven(value);
		if (code < 0 || code > 0xffff) {
			return valueCastFailure(value, 'System.Char', 'Value was either too large or too small for a character.', 'InvalidCastIConvertible');
		}
		return String.fromCharCode(code);
	}
	return typeCastFailure(value, 'System.Char');
}

function toDate(value: unknown): PSDateTime | CastFailure {
	if (value === null) return new PSDateTime(MIN_DATE_MS);
	if (value instanceof PSDateTime) return value;
	if (typeof value === 'string') {
		return parseDate(value) ?? valueCastFailure(value, 'System.DateTime', `String '${value}' was not recognized as a valid DateTime.`, 'InvalidCastParseTargetInvocation');
	}
	if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return new PSDateTime((value - EPOCH_TICKS) / TICKS_PER_MS);
	return typeCastFailure(value, 'System.DateTime');
}

function toTimeSpan(value: unknown): PSTimeSpan | CastFailure {
	if (value === null) return new PSTimeSpan(0);
	if (value instanceof PSTimeSpan) return value;
	if (typeof value === 'string') {
		const parsed = parseTimeSpan(value);
		return typeof parsed === 'string' ? valueCastFailure(value, 'System.TimeSpan', timeSpanParseMessage(value, parsed), 'InvalidCastParseTargetInvocation') : parsed;
	}
	// A number is a count of ticks.
	if (typeof value === 'number') return new PSTimeSpan(roundHalfEven(value) / TICKS_PER_MS);
	return typeCastFailure(value, 'System.TimeSpan');
}

function canonicalOf(type: TypeRef): string {
	if (type instanceof PSType) return type.fullName;
	const written = typeRefName(type);
	const canonical = resolveTypeName(written);
	if (!canonical) {
		throw psError({message: `Unable to find type [${written}].`, category: 'InvalidOperation', id: 'TypeNotFound', exceptionType: 'RuntimeException', target: written});
	}
	return canonical;
}

/**
 * A cast or parameter conversion: `[int]'42'`, `[datetime]'2024-11-26'`, `[string[]]$x`, `[pscustomobject]@{}`.
 * Type names as written or canonical, case-insensitive, `System.` optional. Throws pwsh's InvalidArgument error
 * when the value does not convert, and `Unable to find type [x].` for an unknown type.
 */
export function convertTo(value: unknown, type: TypeRef): unknown {
	if (type === 'System.String' || type === 'string') return toStr(value);
	const result = convertCanonical(value, canonicalOf(type));
	if (result instanceof CastFailure) throw result.toError();
	return result;
}

/** Like convertTo, but returns the failure instead of throwing (for `-as`, `-eq` and comparisons). */
export function tryConvertTo(value: unknown, type: TypeRef): unknown {
	return convertCanonical(value, canonicalOf(type));
}

/** `$value -as [type]`: the converted value, or $null when it does not convert. */
export function asType(value: unknown, type: TypeRef): unknown {
	const result = tryConvertTo(value, type);
	return result instanceof CastFailure ? null : result;
}

/** A whole number for an Int32 argument (method arguments, -split's limit). */
export function toInt32(value: unknown): number | CastFailure {
	if (typeof value === 'number' && isInt32(value)) return value;
	return toNumericType(value, 'System.Int32');
}
