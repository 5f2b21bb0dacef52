// .NET type names for PowerShell values: what GetType() reports, what `-is` tests, and what `[name]` resolves to.
//
// Numbers are JavaScript numbers, so a whole double cannot be told from an integer (values.ts). The rule used
// everywhere here: a whole number inside the Int32 range is an Int32, a whole number beyond it (up to 2^63) an
// Int64, anything else a Double. So `2.0 -is [double]` is False here (True in pwsh) and `5 -is [int]` is True;
// we chose agreement with GetType() (and with how numbers print) over guessing how a value was written.

import {PSObject, PSHashtable, PSDateTime, PSTimeSpan, PSGuid, ScriptBlock} from './values.ts';
import {ErrorRecord} from './errors.ts';

/** A type as a value: `[int]`, `$x.GetType()`. Prints as PowerShell prints a type in a string (`int`). */
export class PSType {
	constructor(readonly fullName: string) {}

	/** The short name: `Int32`, `Object[]`, `Hashtable` (generic types get .NET's `` `1 `` arity mark). */
	get name(): string {
		const generic = this.fullName.search(/\[(?!\])/);
		const head = generic > 0 ? this.fullName.slice(0, generic) : this.fullName;
		return head.slice(head.lastIndexOf('.') + 1) + (generic > 0 ? '`1' : '');
	}

	get namespace(): string {
		const generic = this.fullName.search(/\[(?!\])/);
		const head = generic > 0 ? this.fullName.slice(0, generic) : this.fullName;
		return head.slice(0, Math.max(0, head.lastIndexOf('.')));
	}

	toString(): string {
		return acceleratorOf(this.fullName);
	}
}

/**
 * What `-is`, `-as` and casts accept as the type operand: a type name as written (`int`, `System.Int32`,
 * `string[]`), a PSType value (from `[int]` or GetType()), or `{type: name}` (a TypeNameAst-like object).
 */
export type TypeRef = string | PSType | {type: string};

export function typeRefName(ref: TypeRef): string {
	if (typeof ref === 'string') return ref;
	if (ref instanceof PSType) return ref.fullName;
	return ref.type;
}

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;
/** 2^63: whole numbers up to it count as Int64 (a double holds [long]::MaxValue as 2^63). */
export const INT64_LIMIT = 9223372036854775808;

export const isInt32 = (n: number): boolean => Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX;
export const isInt64 = (n: number): boolean => Number.isInteger(n) && n >= -INT64_LIMIT && n <= INT64_LIMIT;

/** The .NET name of a number as this model sees it. */
export function numberTypeName(n: number): string {
	if (isInt32(n)) return 'System.Int32';
	if (isInt64(n)) return 'System.Int64';
	return 'System.Double';
}

// ---- .NET-backed objects ------------------------------------------------------------------------

const DOTNET = Symbol('dotnet');

interface DotNetInfo {
	typeName: string;
	toString?: () => string;
}

/**
 * A PSObject standing for a real .NET object (an exception, a regex Match, CategoryInfo): its GetType() is
 * `typeName` rather than PSCustomObject, and `toString` (when given) is what [string] and "$x" print.
 */
export function dotNetObject(typeName: string, properties: Record<string, unknown>, toString?: () => string): PSObject {
	const object = new PSObject(typeName, properties);
	(object as unknown as Record<symbol, DotNetInfo>)[DOTNET] = {typeName, toString};
	return object;
}

export function dotNetInfo(value: PSObject): DotNetInfo | undefined {
	return (value as unknown as Record<symbol, DotNetInfo | undefined>)[DOTNET];
}

// ---- Lists (ArrayList, List[T]) ------------------------------------------------------------------

const LIST = Symbol('list');

/**
 * Arrays are fixed-size in PowerShell; ArrayList and List[T] are not. Both are JS arrays here, and a list carries
 * a tag with its .NET name so `.Add()` works on it (and only on it) and GetType() tells them apart.
 */
export function markList<T extends unknown[]>(array: T, typeName: string): T {
	(array as unknown as Record<symbol, string>)[LIST] = typeName;
	return array;
}

export function listTypeOf(array: unknown[]): string | undefined {
	return (array as unknown as Record<symbol, string | undefined>)[LIST];
}

// ---- Names --------------------------------------------------------------------------------------

/** Canonical full names of the types this shell knows, with their accelerators (first one is the preferred). */
const KNOWN: [string, ...string[]][] = [
	['System.Object', 'object'],
	['System.String', 'string'],
	['System.Char', 'char'],
	['System.Boolean', 'bool', 'boolean'],
	['System.Byte', 'byte'],
	['System.SByte', 'sbyte'],
	['System.Int16', 'short', 'int16'],
	['System.UInt16', 'ushort', 'uint16'],
	['System.Int32', 'int', 'int32'],
	['System.UInt32', 'uint', 'uint32'],
	['System.Int64', 'long', 'int64'],
	['System.UInt64', 'ulong', 'uint64'],
	['System.Single', 'float', 'single'],
	['System.Double', 'double'],
	['System.Decimal', 'decimal'],
	['System.Numerics.BigInteger', 'bigint'],
	['System.DateTime', 'datetime'],
	['System.TimeSpan', 'timespan'],
	['System.Guid', 'guid'],
	['System.Array', 'array'],
	['System.Object[]'],
	['System.Collections.Hashtable', 'hashtable'],
	['System.Collections.Specialized.OrderedDictionary', 'ordered'],
	['System.Collections.IDictionary'],
	['System.Collections.IEnumerable'],
	['System.Collections.ICollection'],
	['System.Collections.IList'],
	['System.Collections.ArrayList'],
	['System.Collections.DictionaryEntry'],
	['System.Management.Automation.PSCustomObject', 'pscustomobject'],
	['System.Management.Automation.PSObject', 'psobject'],
	['System.Management.Automation.ScriptBlock', 'scriptblock'],
	['System.Management.Automation.SwitchParameter', 'switch'],
	['System.Management.Automation.ErrorRecord'],
	['System.Management.Automation.InvocationInfo'],
	['System.Management.Automation.ErrorCategoryInfo'],
	['System.Text.RegularExpressions.Regex', 'regex'],
	['System.Text.RegularExpressions.Match'],
	['System.Text.RegularExpressions.RegexOptions'],
	['System.Text.StringBuilder'],
	['System.Type', 'type'],
	['System.RuntimeType'],
	['System.ValueType'],
	['System.Enum'],
	['System.Void', 'void'],
	['System.Math'],
	['System.Convert'],
	['System.Environment'],
	['System.IO.Path'],
	['System.StringComparison'],
	['System.StringSplitOptions'],
	['System.MidpointRounding'],
	['System.DayOfWeek'],
	['System.DateTimeKind'],
	['System.Globalization.CultureInfo', 'cultureinfo'],
	['System.Management.Automation.ActionPreference'],
	['System.Management.Automation.ErrorCategory'],
];

/** Exception types and their base type, for `catch [T]` and `-is`. */
const EXCEPTION_BASE: Record<string, string> = {
	'System.Exception': 'System.Object',
	'System.SystemException': 'System.Exception',
	'System.ArgumentException': 'System.SystemException',
	'System.ArgumentNullException': 'System.ArgumentException',
	'System.ArgumentOutOfRangeException': 'System.ArgumentException',
	'System.InvalidOperationException': 'System.SystemException',
	'System.ObjectDisposedException': 'System.InvalidOperationException',
	'System.NotSupportedException': 'System.SystemException',
	'System.NotImplementedException': 'System.SystemException',
	'System.FormatException': 'System.SystemException',
	'System.ArithmeticException': 'System.SystemException',
	'System.OverflowException': 'System.ArithmeticException',
	'System.DivideByZeroException': 'System.ArithmeticException',
	'System.InvalidCastException': 'System.SystemException',
	'System.NullReferenceException': 'System.SystemException',
	'System.IndexOutOfRangeException': 'System.SystemException',
	'System.TimeoutException': 'System.SystemException',
	'System.UnauthorizedAccessException': 'System.SystemException',
	'System.OperationCanceledException': 'System.SystemException',
	'System.IO.IOException': 'System.SystemException',
	'System.IO.FileNotFoundException': 'System.IO.IOException',
	'System.IO.DirectoryNotFoundException': 'System.IO.IOException',
	'System.Net.WebException': 'System.InvalidOperationException',
	'System.Text.RegularExpressions.RegexParseException': 'System.ArgumentException',
	'System.Management.Automation.RuntimeException': 'System.SystemException',
	'System.Management.Automation.ActionPreferenceStopException': 'System.Management.Automation.RuntimeException',
	'System.Management.Automation.CommandNotFoundException': 'System.Management.Automation.RuntimeException',
	'System.Management.Automation.ParameterBindingException': 'System.Management.Automation.RuntimeException',
	'System.Management.Automation.ParseException': 'System.Management.Automation.RuntimeException',
	'System.Management.Automation.IncompleteParseException': 'System.Management.Automation.ParseException',
	'System.Management.Automation.PipelineStoppedException': 'System.Management.Automation.RuntimeException',
	'System.Management.Automation.MethodException': 'System.Management.Automation.RuntimeException',
	'System.Management.Automation.MethodInvocationException': 'System.Management.Automation.MethodException',
	'System.Management.Automation.PSInvalidCastException': 'System.InvalidCastException',
	'System.Management.Automation.PSArgumentException': 'System.ArgumentException',
	'System.Management.Automation.PSArgumentNullException': 'System.ArgumentNullException',
	'System.Management.Automation.PSArgumentOutOfRangeException': 'System.ArgumentOutOfRangeException',
	'System.Management.Automation.PSInvalidOperationException': 'System.InvalidOperationException',
	'System.Management.Automation.PSNotSupportedException': 'System.NotSupportedException',
	'System.Management.Automation.PSNotImplementedException': 'System.NotImplementedException',
	'System.Management.Automation.SessionStateException': 'System.Management.Automation.RuntimeException',
	'System.Management.Automation.ItemNotFoundException': 'System.Management.Automation.SessionStateException',
	'System.Management.Automation.DriveNotFoundException': 'System.Management.Automation.SessionStateException',
	'System.Management.Automation.ProviderNotFoundException': 'System.Management.Automation.SessionStateException',
	'System.Management.Automation.ValidationMetadataException': 'System.Management.Automation.MetadataException',
	'System.Management.Automation.MetadataException': 'System.Management.Automation.RuntimeException',
	'System.Management.Automation.WildcardPatternException': 'System.Management.Automation.RuntimeException',
	'System.Management.Automation.ExtendedTypeSystemException': 'System.Management.Automation.RuntimeException',
	'System.Management.Automation.SetValueInvocationException': 'System.Management.Automation.SetValueException',
	'System.Management.Automation.SetValueException': 'System.Management.Automation.ExtendedTypeSystemException',
	'System.Management.Automation.GetValueInvocationException': 'System.Management.Automation.ExtendedTypeSystemException',
	'Microsoft.PowerShell.Commands.WriteErrorException': 'System.SystemException',
};

const CANONICAL = new Map<string, string>();
const ACCELERATOR = new Map<string, string>();

function addName(alias: string, canonical: string): void {
	CANONICAL.set(alias.toLowerCase(), canonical);
	// pwsh searches the System namespace, so [Int32], [IO.Path] and [Text.RegularExpressions.Regex] resolve too.
	if (alias.startsWith('System.')) CANONICAL.set(alias.slice(7).toLowerCase(), canonical);
}

for (const [canonical, ...aliases] of KNOWN) {
	addName(canonical, canonical);
	for (const alias of aliases) addName(alias, canonical);
	if (aliases[0]) ACCELERATOR.set(canonical, aliases[0]);
}
for (const name of Object.keys(EXCEPTION_BASE)) {
	addName(name, name);
	// Exceptions are usually written short in catch clauses: [RuntimeException], [ItemNotFoundException].
	const short = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
	if (!CANONICAL.has(short)) CANONICAL.set(short, name);
}

function acceleratorOf(fullName: string): string {
	if (fullName.endsWith('[]')) {
		const element = ACCELERATOR.get(fullName.slice(0, -2));
		return element && element !== 'object' ? `${element}[]` : fullName;
	}
	const accelerator = ACCELERATOR.get(fullName);
	return accelerator && accelerator !== 'object' ? accelerator : fullName;
}

const resolveCache = new Map<string, string | undefined>();
const GENERIC_LIST = /^(?:System\.)?Collections\.Generic\.List\[\s*(.+?)\s*\]$/i;

/**
 * The canonical full name for a type as written (`int` → `System.Int32`, `string[]` → `System.String[]`,
 * `IO.Path` → `System.IO.Path`), case-insensitively; undefined when unknown (the evaluator reports
 * `Unable to find type [x].`).
 */
export function resolveTypeName(name: string): string | undefined {
	const cached = resolveCache.get(name);
	if (cached !== undefined || resolveCache.has(name)) return cached;
	let text = name.trim();
	if (text.startsWith('[') && text.endsWith(']') && !text.endsWith('[]')) text = text.slice(1, -1).trim();
	let result: string | undefined;
	const list = GENERIC_LIST.exec(text);
	if (list) {
		// List[T] is the one generic type scripts build; T resolves like any type name.
		const element = resolveTypeName(list[1]!);
		result = element && `System.Collections.Generic.List[${element === 'System.Management.Automation.PSObject' ? 'System.Object' : element}]`;
	} else if (text.endsWith('[]')) {
		const element = resolveTypeName(text.slice(0, -2));
		result = element && !element.endsWith('[]') ? `${element}[]` : undefined;
	} else {
		result = CANONICAL.get(text.toLowerCase().replace(/\s+/g, ''));
	}
	if (resolveCache.size > 1000) resolveCache.clear();
	resolveCache.set(name, result);
	return result;
}

/** The short name of an exception type as ErrorRecord stores it (`RuntimeException`) → its full name. */
export function exceptionFullName(exceptionType: string): string {
	if (exceptionType.includes('.')) return exceptionType;
	return CANONICAL.get(exceptionType.toLowerCase()) ?? `System.${exceptionType}`;
}

/** Whether an error of this exception type is caught by `catch [catchType]`. Unknown exceptions derive from RuntimeException. */
export function exceptionMatches(exceptionType: string, catchType: string): boolean {
	const target = resolveTypeName(catchType) ?? catchType;
	let current: string | undefined = exceptionFullName(exceptionType);
	if (!(current in EXCEPTION_BASE)) {
		if (current === target) return true;
		current = 'System.Management.Automation.RuntimeException';
	}
	while (current) {
		if (current === target) return true;
		current = EXCEPTION_BASE[current];
	}
	return target === 'System.Object';
}

// ---- Types of values ----------------------------------------------------------------------------

/**
 * The .NET full name of a value, as Get-Member and the formatter see it: site objects report their first
 * type name (`Scpsh.ScpStatus`). $null has no type: ''.
 */
export function typeNameOf(value: unknown): string {
	switch (typeof value) {
		case 'string':
			return 'System.String';
		case 'number':
			return numberTypeName(value);
		case 'boolean':
			return 'System.Boolean';
		case 'undefined':
			return '';
		case 'bigint':
			return 'System.Numerics.BigInteger';
	}
	if (value === null) return '';
	if (Array.isArray(value)) return listTypeOf(value) ?? 'System.Object[]';
	if (value instanceof PSObject) return dotNetInfo(value)?.typeName ?? value.typeName;
	return classTypeName(value);
}

/** What `$x.GetType()` reports: like typeNameOf, but every custom object is a PSCustomObject underneath. */
export function dotNetTypeNameOf(value: unknown): string {
	if (value instanceof PSObject) return dotNetInfo(value)?.typeName ?? 'System.Management.Automation.PSCustomObject';
	return typeNameOf(value);
}

function classTypeName(value: unknown): string {
	if (value instanceof PSHashtable) return value.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable';
	if (value instanceof PSDateTime) return 'System.DateTime';
	if (value instanceof PSTimeSpan) return 'System.TimeSpan';
	if (value instanceof PSGuid) return 'System.Guid';
	if (value instanceof ScriptBlock) return 'System.Management.Automation.ScriptBlock';
	if (value instanceof ErrorRecord) return 'System.Management.Automation.ErrorRecord';
	if (value instanceof PSType) return 'System.RuntimeType';
	const named = value as {dotNetTypeName?: string};
	if (typeof named.dotNetTypeName === 'string') return named.dotNetTypeName;
	return 'System.Object';
}

export function getType(value: unknown): PSType {
	return new PSType(dotNetTypeNameOf(value));
}

/** A type literal's value (`[int]` → PSType System.Int32); undefined for an unknown name. */
export function typeLiteral(name: string): PSType | undefined {
	const canonical = resolveTypeName(name);
	return canonical ? new PSType(canonical) : undefined;
}

const VALUE_TYPES = new Set([
	'System.Int32', 'System.Int64', 'System.Double', 'System.Boolean', 'System.DateTime', 'System.TimeSpan', 'System.Guid',
	'System.Char', 'System.Byte', 'System.Decimal', 'System.Single', 'System.Int16', 'System.SByte', 'System.UInt16',
	'System.UInt32', 'System.UInt64',
]);

/**
 * `$value -is [type]`. The type is a canonical name or anything resolveTypeName accepts; an unknown name only
 * matches a custom object carrying it among its type names. $null is of no type.
 */
export function isOfType(value: unknown, type: TypeRef): boolean {
	if (value === null || value === undefined) return false;
	const written = typeRefName(type);
	const target = resolveTypeName(written) ?? written;
	const actual = typeNameOf(value);
	if (actual === target) return true;
	switch (target) {
		case 'System.Object':
			return true;
		case 'System.ValueType':
			return VALUE_TYPES.has(actual);
		case 'System.Management.Automation.SwitchParameter':
			// Switch parameters are plain booleans in this model.
			return typeof value === 'boolean';
		case 'System.Array':
		case 'System.Object[]':
			return Array.isArray(value) && !listTypeOf(value);
		case 'System.Collections.IList':
		case 'System.Collections.ICollection':
			return Array.isArray(value) || (target === 'System.Collections.ICollection' && value instanceof PSHashtable);
		case 'System.Collections.IEnumerable':
			return Array.isArray(value) || typeof value === 'string' || value instanceof PSHashtable;
		case 'System.Collections.IDictionary':
			return value instanceof PSHashtable;
		case 'System.Management.Automation.PSCustomObject':
		case 'System.Management.Automation.PSObject':
			// pwsh answers True for any object wrapped in a PSObject; every custom and site object is one.
			return value instanceof PSObject;
		case 'System.Type':
			return value instanceof PSType;
		case 'System.Int64':
			// An Int64 variable can hold a small value; we only know whole numbers beyond Int32 are Int64.
			return typeof value === 'number' && isInt64(value) && !isInt32(value);
	}
	if (value instanceof PSObject) {
		if (value.typeNames.some(name => name.toLowerCase() === target.toLowerCase())) return true;
		const info = dotNetInfo(value);
		if (info && info.typeName in EXCEPTION_BASE && target in EXCEPTION_BASE) return exceptionMatches(info.typeName, target);
	}
	return false;
}
