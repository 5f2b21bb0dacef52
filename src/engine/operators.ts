// PowerShell's operators on values: arithmetic, comparison, matching, containment, text and type operators.
// The left operand decides what an operator means; a collection on the left of a comparison filters it.
// Short-circuit operators (`-and`, `-or`, `??`) are the evaluator's; eager forms are accepted here too.

import {PSObject, PSHashtable, PSDateTime, PSTimeSpan, PSGuid, ScriptBlock} from './values.ts';
import {psError} from './errors.ts';
import {
	CastFailure, asType, convertTo, parseNumber, roundHalfEven, toBool, toInt32, toNumber, toStr, tryConvertTo, typeCastFailure,
} from './convert.ts';
import {PSType, isOfType, resolveTypeName, typeNameOf, typeRefName, type TypeRef} from './types.ts';
import {wildcardMatcher} from './wildcard.ts';
import {
	PSRegex, RegexSyntaxError, compileRegex, escapeRegex, execAt, matchesTable, regexErrorDetail, replaceAll, splitRegex,
	type CompiledRegex,
} from './regex.ts';
import {formatOperator} from './format-string.ts';

/** What operators need from the evaluator: `-match` on a single value sets `$Matches`. */
export interface OperatorContext {
	setMatches(matches: PSHashtable | null): void;
}

// ---- Errors -----------------------------------------------------------------------------------------

const OP_METHODS: Record<string, string> = {
	'+': 'op_Addition',
	'-': 'op_Subtraction',
	'*': 'op_Multiply',
	'/': 'op_Division',
	'%': 'op_Modulus',
};

function methodNotFound(value: unknown, method: string): never {
	throw psError({
		message: `Method invocation failed because [${typeNameOf(value)}] does not contain a method named '${method}'.`,
		category: 'InvalidOperation',
		id: 'MethodNotFound',
		exceptionType: 'RuntimeException',
	});
}

function divideByZero(): never {
	throw psError({message: 'Attempted to divide by zero.', category: 'NotSpecified', id: 'RuntimeException', exceptionType: 'RuntimeException'});
}

function operatorCastError(failure: CastFailure): never {
	throw failure.toError('InvalidOperation', 'RuntimeException');
}

// ---- Arithmetic -------------------------------------------------------------------------------------

const isCollection = (value: unknown): value is unknown[] => Array.isArray(value);

/** An operand that arithmetic treats as a number: numbers, booleans, $null. */
const isNumeric = (value: unknown): value is number | boolean | null | undefined =>
	typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined;

const numeric = (value: number | boolean | null | undefined): number => (typeof value === 'number' ? value : value ? 1 : 0);

/** The right operand of a numeric operation: numbers as they are, text parsed, anything else an error. */
function rightNumber(left: unknown, right: unknown, method: string): number {
	if (isNumeric(right)) return numeric(right);
	if (typeof right === 'string') return toNumber(right, typeNameOf(left) || 'System.Int32');
	return methodNotFound(right, method);
}

function add(left: unknown, right: unknown): unknown {
	if (typeof left === 'number' && typeof right === 'number') return left + right;
	if (left === null || left === undefined) return right ?? null;
	if (typeof left === 'string') return left + toStr(right);
	if (typeof left === 'number' || typeof left === 'boolean') return numeric(left) + rightNumber(left, right, 'op_Addition');
	if (isCollection(left)) return isCollection(right) ? [...left, ...right] : [...left, right];
	if (left instanceof PSHashtable) return mergeTables(left, right);
	if (left instanceof PSDateTime) {
		if (right instanceof PSTimeSpan) return new PSDateTime(left.ms + right.ms);
		const span = tryConvertTo(right, 'System.TimeSpan');
		if (span instanceof PSTimeSpan) return new PSDateTime(left.ms + span.ms);
		return methodNotFound(left, 'op_Addition');
	}
	if (left instanceof PSTimeSpan) {
		const span = right instanceof PSTimeSpan ? right : tryConvertTo(right, 'System.TimeSpan');
		if (span instanceof PSTimeSpan) return new PSTimeSpan(left.ms + span.ms);
	}
	return methodNotFound(left, 'op_Addition');
}

/** `@{a=1} + @{b=2}`: a new table with both; a key in both is an error. */
function mergeTables(left: PSHashtable, right: unknown): PSHashtable {
	if (!(right instanceof PSHashtable)) {
		throw psError({message: 'A hash table can only be added to another hash table.', category: 'InvalidOperation', id: 'AddHashTableToNonHashTable', exceptionType: 'RuntimeException'});
	}
	const merged = left.clone();
	for (const [key, value] of right.entries()) {
		if (merged.has(key)) {
			const existing = merged.keys().find(k => (typeof k === 'string' && typeof key === 'string' ? k.toLowerCase() === key.toLowerCase() : k === key));
			throw psError({
				message: `Item has already been added. Key in dictionary: '${toStr(existing)}'  Key being added: '${toStr(key)}'`,
				category: 'InvalidOperation',
				id: 'System.ArgumentException',
				exceptionType: 'ArgumentException',
				target: key,
			});
		}
		merged.set(key, value);
	}
	return merged;
}

/** A repeat count for `'ab' * 3` and `@(1) * 3`: rounded half to even. */
function repeatCount(right: unknown): number {
	const n = toNumber(isCollection(right) ? methodNotFound(right, 'op_Multiply') : right);
	return roundHalfEven(n);
}

/** Guards against `'x' * 1e9` exhausting memory. */
const MAX_REPEAT_LENGTH = 100_000_000;

function multiply(left: unknown, right: unknown): unknown {
	if (typeof left === 'number' && typeof right === 'number') {
		const product = left * right;
		return product === 0 ? 0 : product;
	}
	if (left === null || left === undefined) return null;
	if (typeof left === 'string') {
		const times = repeatCount(right);
		if (times < 0) {
			throw psError({message: `times ('${times}') must be a non-negative value. (Parameter 'times')`, category: 'InvalidOperation', id: 'System.ArgumentOutOfRangeException', exceptionType: 'ArgumentOutOfRangeException', target: times});
		}
		if (left.length * times > MAX_REPEAT_LENGTH) throw psError({message: 'Array dimensions exceeded supported range.', category: 'NotSpecified', id: 'System.OutOfMemoryException', exceptionType: 'OutOfMemoryException'});
		return left.repeat(times);
	}
	if (isCollection(left)) {
		const times = repeatCount(right);
		if (times < 0) {
			throw psError({message: `Cannot convert value "${times}" to type "System.UInt32". Error: "Value was either too large or too small for a UInt32."`, category: 'InvalidOperation', id: 'InvalidCastIConvertible', exceptionType: 'RuntimeException', target: times});
		}
		if (left.length * times > MAX_REPEAT_LENGTH) throw psError({message: 'Array dimensions exceeded supported range.', category: 'NotSpecified', id: 'System.OutOfMemoryException', exceptionType: 'OutOfMemoryException'});
		const out: unknown[] = [];
		for (let i = 0; i < times; i++) for (const item of left) out.push(item);
		return out;
	}
	if (typeof left === 'number' || typeof left === 'boolean') {
		const product = numeric(left) * rightNumber(left, right, 'op_Multiply');
		return product === 0 ? 0 : product;
	}
	return methodNotFound(left, 'op_Multiply');
}

/** `-`, `/`, `%`: numeric only; text on either side is read as a number, $null on the left as 0. */
function numericOperands(op: '-' | '/' | '%', left: unknown, right: unknown): [number, number] {
	let a: number;
	if (isNumeric(left)) a = numeric(left);
	else if (typeof left === 'string') a = toNumber(left);
	else return methodNotFound(left, OP_METHODS[op]!);
	if (isNumeric(right)) return [a, numeric(right)];
	if (typeof right === 'string') return [a, toNumber(right, typeNameOf(a))];
	return methodNotFound(right, OP_METHODS[op]!);
}

function subtract(left: unknown, right: unknown): unknown {
	if (typeof left === 'number' && typeof right === 'number') return left - right;
	if (left instanceof PSDateTime) {
		if (right instanceof PSDateTime) return new PSTimeSpan(left.ms - right.ms);
		if (right instanceof PSTimeSpan) return new PSDateTime(left.ms - right.ms);
		return methodNotFound(left, 'op_Subtraction');
	}
	if (left instanceof PSTimeSpan) {
		const span = right instanceof PSTimeSpan ? right : tryConvertTo(right, 'System.TimeSpan');
		if (span instanceof PSTimeSpan) return new PSTimeSpan(left.ms - span.ms);
		return methodNotFound(left, 'op_Subtraction');
	}
	const [a, b] = numericOperands('-', left, right);
	return a - b;
}

function divide(left: unknown, right: unknown): unknown {
	if (left instanceof PSTimeSpan && typeof right === 'number') return new PSTimeSpan(left.ms / right);
	const [a, b] = numericOperands('/', left, right);
	// Integer division by zero throws; a double divisor gives Infinity. A whole double cannot be told apart.
	if (b === 0 && Number.isInteger(a)) divideByZero();
	const quotient = a / b;
	return quotient === 0 ? 0 : quotient;
}

function remainder(left: unknown, right: unknown): unknown {
	const [a, b] = numericOperands('%', left, right);
	if (b === 0 && Number.isInteger(a)) divideByZero();
	const rest = a % b;
	return rest === 0 ? 0 : rest;
}

// ---- Bitwise ----------------------------------------------------------------------------------------

const TWO_63 = 9223372036854775808;
const TWO_64 = 18446744073709551616;

/** An operand of a bitwise operator as a whole number (doubles round half to even). */
function bitwiseOperand(value: unknown): number {
	const n = isNumeric(value) ? numeric(value) : typeof value === 'string' ? toNumber(value) : operatorCastError(typeCastFailure(value, 'System.Int64'));
	const whole = Number.isInteger(n) ? n : roundHalfEven(n);
	if (!(whole >= -TWO_63 && whole < TWO_64)) operatorCastError(typeCastFailure(n, 'System.UInt64'));
	return whole;
}

const isInt32Value = (n: number): boolean => n >= -2147483648 && n <= 2147483647;

function bitwise(op: 'band' | 'bor' | 'bxor', left: unknown, right: unknown): number {
	const a = bitwiseOperand(left);
	const b = bitwiseOperand(right);
	if (isInt32Value(a) && isInt32Value(b)) return op === 'band' ? a & b : op === 'bor' ? a | b : a ^ b;
	const x = BigInt(a);
	const y = BigInt(b);
	const result = op === 'band' ? x & y : op === 'bor' ? x | y : x ^ y;
	return Number(a >= TWO_63 || b >= TWO_63 ? BigInt.asUintN(64, result) : BigInt.asIntN(64, result));
}

function shift(op: 'shl' | 'shr', left: unknown, right: unknown): number {
	const a = bitwiseOperand(left);
	const count = bitwiseOperand(right);
	if (isInt32Value(a)) {
		const c = count & 0x1f;
		return op === 'shl' ? a << c : a >> c;
	}
	const c = BigInt(Number(BigInt.asUintN(64, BigInt(count)) & 0x3fn));
	return Number(BigInt.asIntN(64, op === 'shl' ? BigInt(a) << c : BigInt(a) >> c));
}

function bitwiseNot(operand: unknown): number {
	const a = bitwiseOperand(operand);
	if (isInt32Value(a)) return ~a;
	if (a < TWO_63) return Number(BigInt.asIntN(64, ~BigInt(a)));
	return Number(BigInt.asUintN(64, ~BigInt(a)));
}

// ---- Equality and ordering -------------------------------------------------------------------------

// Made on first use: creating an ICU collator costs milliseconds that a script that never compares text should not pay.
let insensitive: Intl.Collator | undefined;
let sensitive: Intl.Collator | undefined;

/** Culture-aware text ordering (ICU, as pwsh on Linux uses): `'a' -lt 'B'` is True. */
export function compareText(a: string, b: string, caseSensitive = false): number {
	if (a === b) return 0;
	if (caseSensitive) return (sensitive ??= new Intl.Collator('en', {sensitivity: 'variant', caseFirst: 'lower'})).compare(a, b);
	return (insensitive ??= new Intl.Collator('en', {sensitivity: 'accent'})).compare(a, b);
}

function textEquals(a: string, b: string, caseSensitive: boolean): boolean {
	if (a === b) return true;
	if (caseSensitive || a.length !== b.length) return false;
	return a.toLowerCase() === b.toLowerCase();
}

/**
 * PowerShell equality (LanguagePrimitives.Equals with the binder's numeric rules): the right value is converted to
 * the left one's type; text compares case-insensitively unless asked; objects compare by reference; a failed
 * conversion is simply "not equal". Used by `-eq`, `-contains`, `switch`, Group-Object.
 */
export function equals(a: unknown, b: unknown, caseSensitive = false): boolean {
	if (a === null || a === undefined) return b === null || b === undefined;
	if (b === null || b === undefined) return false;
	switch (typeof a) {
		case 'string':
			return textEquals(a, typeof b === 'string' ? b : toStr(b), caseSensitive);
		case 'number':
			if (typeof b === 'number') return a === b;
			if (typeof b === 'boolean') return a === (b ? 1 : 0);
			if (typeof b === 'string') return parseNumber(b) === a;
			return false;
		case 'boolean':
			return a === toBool(b);
	}
	if (a === b) return true;
	if (a instanceof PSDateTime) {
		const other = b instanceof PSDateTime ? b : tryConvertTo(b, 'System.DateTime');
		return other instanceof PSDateTime && other.ms === a.ms;
	}
	if (a instanceof PSTimeSpan) {
		const other = b instanceof PSTimeSpan ? b : tryConvertTo(b, 'System.TimeSpan');
		return other instanceof PSTimeSpan && other.ms === a.ms;
	}
	if (a instanceof PSGuid) {
		const other = b instanceof PSGuid ? b : tryConvertTo(b, 'System.Guid');
		return other instanceof PSGuid && other.value === a.value;
	}
	if (a instanceof PSType) return (b instanceof PSType && b.fullName === a.fullName) || (typeof b === 'string' && resolveTypeName(b) === a.fullName);
	return false;
}

/** Where $null sorts: below positive numbers (and zero) and everything else, above negative numbers. */
function compareToNull(value: unknown, valueOnRight: boolean): number {
	const side = valueOnRight ? -1 : 1;
	return typeof value === 'number' && value < 0 ? -side : side;
}

function compareNumbers(a: number, b: number): number {
	if (a < b) return -1;
	if (a > b) return 1;
	if (a === b) return 0;
	// .NET orders NaN below every number.
	return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : -1) : 1;
}

function comparisonFailure(a: unknown, b: unknown, inner: string): never {
	throw psError({
		message: `Could not compare "${toStr(a)}" to "${toStr(b)}". Error: "${inner}"`,
		category: 'InvalidOperation',
		id: 'ComparisonFailure',
		exceptionType: 'RuntimeException',
	});
}

/**
 * Ordering as `-lt`/`-gt` see it: the right value converted to the left one's type. `strict` makes a failed
 * conversion an error (operators); otherwise the two compare as text (Sort-Object, Measure-Object).
 */
function compareScalars(a: unknown, b: unknown, caseSensitive: boolean, strict: boolean): number {
	if (a === null || a === undefined) return b === null || b === undefined ? 0 : compareToNull(b, true);
	if (b === null || b === undefined) return compareToNull(a, false);
	switch (typeof a) {
		case 'string':
			return compareText(a, typeof b === 'string' ? b : toStr(b), caseSensitive);
		case 'number': {
			if (typeof b === 'number') return compareNumbers(a, b);
			if (typeof b === 'boolean') return compareNumbers(a, b ? 1 : 0);
			if (typeof b === 'string') {
				const n = parseNumber(b);
				if (n !== undefined) return compareNumbers(a, n);
				if (strict) toNumber(b, typeNameOf(a));
				break;
			}
			if (strict) comparisonFailure(a, b, typeCastFailure(b, typeNameOf(a)).message);
			break;
		}
		case 'boolean':
			return compareNumbers(a ? 1 : 0, toBool(b) ? 1 : 0);
		default: {
			const converted =
				a instanceof PSDateTime ? tryConvertTo(b, 'System.DateTime')
				: a instanceof PSTimeSpan ? tryConvertTo(b, 'System.TimeSpan')
				: a instanceof PSGuid ? tryConvertTo(b, 'System.Guid')
				: undefined;
			if (converted instanceof PSDateTime || converted instanceof PSTimeSpan) return compareNumbers((a as PSDateTime).ms, converted.ms);
			if (converted instanceof PSGuid) return compareText((a as PSGuid).value, converted.value, true);
			if (converted instanceof CastFailure) {
				if (strict) comparisonFailure(a, b, converted.message);
				break;
			}
			if (a === b) return 0;
			if (strict) {
				throw psError({message: `Cannot compare "${toStr(a)}" because it is not IComparable.`, category: 'InvalidOperation', id: 'NotIcomparable', exceptionType: 'RuntimeException'});
			}
		}
	}
	return compareText(toStr(a), toStr(b), caseSensitive);
}

/** Ordering for Sort-Object and friends: pwsh's rules, falling back to text when the values do not compare. Never throws. */
export function compare(a: unknown, b: unknown, caseSensitive = false): number {
	return compareScalars(a, b, caseSensitive, false);
}

/** Ordering as `-lt`/`-gt` use it: throws pwsh's error when the right value cannot become the left one's type. */
export function compareStrict(a: unknown, b: unknown, caseSensitive = false): number {
	return compareScalars(a, b, caseSensitive, true);
}

// ---- Text operators ---------------------------------------------------------------------------------

function regexFor(pattern: unknown, caseSensitive: boolean, operator: 'match' | 'replace' | 'split', flags = ''): CompiledRegex {
	if (pattern instanceof PSRegex) return pattern.compiled;
	const text = toStr(pattern);
	try {
		return compileRegex(text, (caseSensitive ? '' : 'i') + flags);
	} catch (error) {
		if (!(error instanceof RegexSyntaxError)) throw error;
		// -replace wraps the parse error in its own message; -match and -split let .NET's through.
		if (operator === 'replace') {
			throw psError({message: `The regular expression pattern ${text} is not valid.`, category: 'InvalidOperation', id: 'InvalidRegularExpression', exceptionType: 'RuntimeException', target: text});
		}
		throw psError({
			message: regexErrorDetail(text, error),
			category: 'InvalidOperation',
			id: 'System.Text.RegularExpressions.RegexParseException',
			exceptionType: 'RegexParseException',
			target: text,
		});
	}
}

function match(left: unknown, right: unknown, caseSensitive: boolean, negate: boolean, ctx: OperatorContext | undefined): unknown {
	const compiled = regexFor(right, caseSensitive, 'match');
	if (isCollection(left)) {
		const out: unknown[] = [];
		for (const item of left) if ((execAt(compiled, toStr(item)) !== null) !== negate) out.push(item);
		return out;
	}
	const found = execAt(compiled, toStr(left));
	if (found && ctx) ctx.setMatches(matchesTable(compiled, found));
	return (found !== null) !== negate;
}

function like(left: unknown, right: unknown, caseSensitive: boolean, negate: boolean): unknown {
	const matcher = wildcardMatcher(toStr(right), caseSensitive);
	if (isCollection(left)) {
		// pwsh returns the matching elements as text.
		const out: string[] = [];
		for (const item of left) {
			const text = toStr(item);
			if (matcher.test(text) !== negate) out.push(text);
		}
		return out;
	}
	return matcher.test(toStr(left)) !== negate;
}

function replace(left: unknown, right: unknown, caseSensitive: boolean): unknown {
	let pattern: unknown = right;
	let substitute: unknown = '';
	if (isCollection(right)) {
		if (right.length > 2) {
			throw psError({message: `The -replace operator allows only two elements to follow it, not ${right.length}.`, category: 'InvalidOperation', id: 'BadReplaceArgument', exceptionType: 'RuntimeException', target: right});
		}
		pattern = right.length ? right[0] : '';
		substitute = right.length > 1 ? right[1] : '';
	}
	if (substitute instanceof ScriptBlock) {
		throw psError({message: 'A script block as the replacement of -replace is not supported.', category: 'NotImplemented', id: 'NotImplemented', exceptionType: 'PSNotImplementedException'});
	}
	const compiled = regexFor(pattern, caseSensitive, 'replace');
	const replacement = toStr(substitute);
	if (isCollection(left)) return left.map(item => replaceAll(compiled, toStr(item), replacement));
	return replaceAll(compiled, toStr(left), replacement);
}

const SPLIT_OPTIONS: Record<string, number> = {
	simplematch: 1,
	regexmatch: 2,
	cultureinvariant: 4,
	ignorepatternwhitespace: 8,
	multiline: 16,
	singleline: 32,
	ignorecase: 64,
	explicitcapture: 128,
};

function splitOptions(value: unknown): number {
	if (typeof value === 'number') return value;
	let options = 0;
	for (const name of (isCollection(value) ? value.map(item => toStr(item)) : toStr(value).split(',')).map(n => n.trim().toLowerCase())) {
		if (!name) continue;
		const bit = SPLIT_OPTIONS[name];
		if (bit === undefined) {
			throw psError({
				message: `Cannot convert value "${toStr(value)}" to type "System.Management.Automation.SplitOptions". Error: "Unable to match the identifier name ${name} to a valid enumerator name. Specify one of the following enumerator names and try again:\nSimpleMatch, RegexMatch, CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, ExplicitCapture"`,
				category: 'InvalidOperation',
				id: 'InvalidCastFromStringToEnum',
				exceptionType: 'RuntimeException',
			});
		}
		options |= bit;
	}
	return options;
}

function split(left: unknown, right: unknown, caseSensitive: boolean): string[] {
	const args = isCollection(right) ? right : [right];
	if (!args.length) {
		throw psError({message: 'Missing the pattern argument of the -split operator.', category: 'InvalidOperation', id: 'BadOperatorArgument', exceptionType: 'RuntimeException'});
	}
	if (args[0] instanceof ScriptBlock) {
		throw psError({message: 'A script block as the delimiter of -split is not supported.', category: 'NotImplemented', id: 'NotImplemented', exceptionType: 'PSNotImplementedException'});
	}
	let limit = 0;
	if (args.length > 1) {
		const n = toInt32(args[1]);
		if (n instanceof CastFailure) operatorCastError(n);
		limit = n;
	}
	let options = args.length > 2 && args[2] !== null && args[2] !== '' ? splitOptions(args[2]) : 0;
	if (!caseSensitive) options |= SPLIT_OPTIONS.ignorecase!;
	let pattern: unknown = args[0];
	if (options & SPLIT_OPTIONS.simplematch!) {
		if (options & ~(SPLIT_OPTIONS.simplematch! | SPLIT_OPTIONS.ignorecase!)) {
			throw psError({message: 'Cannot use the specified split options. SimpleMatch can be combined only with IgnoreCase.', category: 'InvalidOperation', id: 'InvalidSplitOptionCombination', exceptionType: 'ParseException'});
		}
		pattern = escapeRegex(toStr(pattern));
	}
	const flags = (options & SPLIT_OPTIONS.multiline! ? 'm' : '') + (options & SPLIT_OPTIONS.singleline! ? 's' : '') +
		(options & SPLIT_OPTIONS.explicitcapture! ? 'n' : '') + (options & SPLIT_OPTIONS.ignorepatternwhitespace! ? 'x' : '');
	const compiled = regexFor(pattern, (options & SPLIT_OPTIONS.ignorecase!) === 0, 'split', flags);
	const items = isCollection(left) ? left : [left];
	const out: string[] = [];
	for (const item of items) for (const piece of splitRegex(compiled, toStr(item), limit)) out.push(piece);
	return out;
}

/** Unary `-split`: white space separates; leading and trailing white space is ignored. */
function splitWhitespace(operand: unknown): string[] {
	const compiled = compileRegex('\\s+');
	const items = isCollection(operand) ? operand : [operand];
	const out: string[] = [];
	for (const item of items) for (const piece of splitRegex(compiled, toStr(item).trim())) out.push(piece);
	return out;
}

function join(left: unknown, separator: unknown): string {
	return toStr(left, toStr(separator));
}

// ---- Containment and comparison families -----------------------------------------------------------

function contains(collection: unknown, value: unknown, caseSensitive: boolean): boolean {
	if (!isCollection(collection)) return equals(collection, value, caseSensitive);
	for (const item of collection) if (equals(item, value, caseSensitive)) return true;
	return false;
}

type Compare = (a: unknown, b: unknown, caseSensitive: boolean) => boolean;

const RELATIONS: Record<string, Compare> = {
	eq: equals,
	ne: (a, b, cs) => !equals(a, b, cs),
	gt: (a, b, cs) => compareStrict(a, b, cs) > 0,
	ge: (a, b, cs) => compareStrict(a, b, cs) >= 0,
	lt: (a, b, cs) => compareStrict(a, b, cs) < 0,
	le: (a, b, cs) => compareStrict(a, b, cs) <= 0,
};

function relation(test: Compare, left: unknown, right: unknown, caseSensitive: boolean): unknown {
	if (!isCollection(left)) return test(left, right, caseSensitive);
	const out: unknown[] = [];
	for (const item of left) if (test(item, right, caseSensitive)) out.push(item);
	return out;
}

// ---- Type operators ---------------------------------------------------------------------------------

function typeOperand(right: unknown): TypeRef {
	if (right instanceof PSType || typeof right === 'string') return right;
	if (right && typeof right === 'object' && typeof (right as {type?: unknown}).type === 'string') return right as {type: string};
	throw psError({
		message: `Cannot convert the "${toStr(right)}" value of type "${typeNameOf(right)}" to type "System.Type".`,
		category: 'InvalidArgument',
		id: 'RuntimeException',
		exceptionType: 'RuntimeException',
	});
}

function isType(left: unknown, right: unknown): boolean {
	const type = typeOperand(right);
	const name = typeRefName(type);
	if (!(type instanceof PSType) && !resolveTypeName(name)) {
		// Site objects carry type names that no .NET type has; let those match before giving up.
		if (left instanceof PSObject && left.typeNames.some(t => t.toLowerCase() === name.toLowerCase())) return true;
		throw psError({message: `Unable to find type [${name}].`, category: 'InvalidOperation', id: 'TypeNotFound', exceptionType: 'RuntimeException', target: name});
	}
	return isOfType(left, type);
}

// ---- Range ------------------------------------------------------------------------------------------

/** The most elements `a..b` builds as an array; `foreach` can use rangeValues for more. */
export const MAX_RANGE = 50_000_000;

function rangeChar(value: unknown): string | undefined {
	return typeof value === 'string' && value.length === 1 && !(value >= '0' && value <= '9') ? value : undefined;
}

function rangeBound(value: unknown): number {
	const n = convertTo(value, 'System.Int32');
	return n as number;
}

/** `a..b` lazily: ascending or descending, whole numbers or (for two one-letter strings) characters. */
export function* rangeValues(left: unknown, right: unknown): Generator<unknown> {
	const [lc, rc] = [rangeChar(left), rangeChar(right)];
	if (lc !== undefined && rc !== undefined) {
		const [from, to] = [lc.charCodeAt(0), rc.charCodeAt(0)];
		const step = from <= to ? 1 : -1;
		for (let c = from; ; c += step) {
			yield String.fromCharCode(c);
			if (c === to) return;
		}
	}
	const [from, to] = [rangeBound(left), rangeBound(right)];
	const step = from <= to ? 1 : -1;
	for (let n = from; ; n += step) {
		yield n;
		if (n === to) return;
	}
}

/** `a..b` as an array. */
export function range(left: unknown, right: unknown): unknown[] {
	const [lc, rc] = [rangeChar(left), rangeChar(right)];
	const size = lc !== undefined && rc !== undefined
		? Math.abs(lc.charCodeAt(0) - rc.charCodeAt(0)) + 1
		: Math.abs(rangeBound(left) - rangeBound(right)) + 1;
	if (size > MAX_RANGE) {
		throw psError({message: `The range ${toStr(left)}..${toStr(right)} is too large: it would hold ${size} elements (the limit is ${MAX_RANGE}).`, category: 'InvalidOperation', id: 'RangeTooLarge', exceptionType: 'RuntimeException'});
	}
	return [...rangeValues(left, right)];
}

// ---- Dispatch ---------------------------------------------------------------------------------------

const FAMILY = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace', 'split', 'contains', 'notcontains', 'in', 'notin']);

interface ParsedOperator {
	base: string;
	caseSensitive: boolean;
}

const parsed = new Map<string, ParsedOperator>();

function parseOperator(op: string): ParsedOperator {
	let result = parsed.get(op);
	if (result) return result;
	const lower = op.toLowerCase().replace(/^-(?=[a-z])/, '');
	if (FAMILY.has(lower) || !(lower[0] === 'c' || lower[0] === 'i') || !FAMILY.has(lower.slice(1))) result = {base: lower, caseSensitive: false};
	else result = {base: lower.slice(1), caseSensitive: lower[0] === 'c'};
	parsed.set(op, result);
	return result;
}

/**
 * A binary operator on two evaluated operands, as BinaryAst names it (`+`, `eq`, `ceq`, `ireplace`, `..`, `f`,
 * `is`, `as` …). For `is`/`isnot`/`as` the right operand is a TypeRef (a type name, a PSType, or `{type}`).
 */
export function binaryOperator(op: string, left: unknown, right: unknown, ctx?: OperatorContext): unknown {
	const {base, caseSensitive} = parseOperator(op);
	switch (base) {
		case '+':
			return add(left, right);
		case '-':
			return subtract(left, right);
		case '*':
			return multiply(left, right);
		case '/':
			return divide(left, right);
		case '%':
			return remainder(left, right);
		case 'eq':
		case 'ne':
		case 'gt':
		case 'ge':
		case 'lt':
		case 'le':
			return relation(RELATIONS[base]!, left, right, caseSensitive);
		case 'like':
		case 'notlike':
			return like(left, right, caseSensitive, base === 'notlike');
		case 'match':
		case 'notmatch':
			return match(left, right, caseSensitive, base === 'notmatch', ctx);
		case 'replace':
			return replace(left, right, caseSensitive);
		case 'split':
			return split(left, right, caseSensitive);
		case 'join':
			return join(left, right);
		case 'contains':
			return contains(left, right, caseSensitive);
		case 'notcontains':
			return !contains(left, right, caseSensitive);
		case 'in':
			return contains(right, left, caseSensitive);
		case 'notin':
			return !contains(right, left, caseSensitive);
		case 'f':
			return formatOperator(left, right);
		case 'is':
			return isType(left, right);
		case 'isnot':
			return !isType(left, right);
		case 'as': {
			const type = typeOperand(right);
			if (!(type instanceof PSType) && !resolveTypeName(typeRefName(type))) isType(left, type);
			return asType(left, type);
		}
		case '..':
			return range(left, right);
		case 'band':
		case 'bor':
		case 'bxor':
			return bitwise(base, left, right);
		case 'shl':
		case 'shr':
			return shift(base, left, right);
		case 'and':
			return toBool(left) && toBool(right);
		case 'or':
			return toBool(left) || toBool(right);
		case 'xor':
			return toBool(left) !== toBool(right);
		case '??':
			return left === null || left === undefined ? right : left;
	}
	throw psError({message: `The operator '-${op}' is not supported.`, category: 'NotImplemented', id: 'NotImplemented', exceptionType: 'PSNotImplementedException'});
}

function negate(operand: unknown): unknown {
	if (typeof operand === 'number') return operand === 0 ? 0 : -operand;
	if (isNumeric(operand)) return -numeric(operand) || 0;
	if (typeof operand === 'string') return -toNumber(operand) || 0;
	if (operand instanceof PSTimeSpan) return new PSTimeSpan(-operand.ms || 0);
	return methodNotFound(operand, 'op_Subtraction');
}

/**
 * A unary operator: `-` and `+` (numeric; text is read as a number), `!`/`not`, `bnot`, `,` (one-element array),
 * `join` and `split` (unary forms), `++`/`--` (prefix or `post` forms: the new value).
 */
export function unaryOperator(op: string, operand: unknown): unknown {
	switch (op.toLowerCase().replace(/^-(?=[a-z])/, '')) {
		case '-':
			return negate(operand);
		case '+':
			if (typeof operand === 'number') return operand;
			if (isNumeric(operand)) return numeric(operand);
			if (typeof operand === 'string') return toNumber(operand);
			return methodNotFound(operand, 'op_Addition');
		case '!':
		case 'not':
			return !toBool(operand);
		case 'bnot':
			return bitwiseNot(operand);
		case ',':
			return [operand];
		case 'join':
			return toStr(operand, '');
		case 'split':
			return splitWhitespace(operand);
		case '++':
		case 'post++':
			return add(operand ?? 0, 1);
		case '--':
		case 'post--':
			return subtract(operand ?? 0, 1);
	}
	throw psError({message: `The operator '${op}' is not supported.`, category: 'NotImplemented', id: 'NotImplemented', exceptionType: 'PSNotImplementedException'});
}
