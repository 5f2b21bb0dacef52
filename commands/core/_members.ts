// What members a value has, for Get-Member, and property lookup with pwsh's rules for Select-Object, Sort-Object,
// Group-Object, Measure-Object, Where-Object and ForEach-Object.
// src/engine/members.ts reads and calls members but cannot list them; the catalog below lists, for each kind of
// value this shell models, the members members.ts implements, with the definitions pwsh's Get-Member prints.
// (Files starting with `_` are helpers, not cmdlets: scripts/gen-command-index.mjs skips them.)

import {toStr} from '../../src/engine/convert.ts';
import {ErrorRecord} from '../../src/engine/errors.ts';
import {getMember} from '../../src/engine/members.ts';
import {dotNetInfo, typeNameOf} from '../../src/engine/types.ts';
import {PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, ScriptBlock, keyOf} from '../../src/engine/values.ts';

export type MemberType = 'AliasProperty' | 'Method' | 'NoteProperty' | 'ParameterizedProperty' | 'Property' | 'ScriptProperty';

export interface MemberInfo {
	name: string;
	memberType: MemberType;
	definition: string;
}

const m = (name: string, definition: string): MemberInfo => ({name, memberType: 'Method', definition});
const p = (name: string, definition: string): MemberInfo => ({name, memberType: 'Property', definition});

const OBJECT_METHODS = [
	m('Equals', 'bool Equals(System.Object obj)'),
	m('GetHashCode', 'int GetHashCode()'),
	m('GetType', 'type GetType()'),
	m('ToString', 'string ToString()'),
];

const STRING_MEMBERS: MemberInfo[] = [
	m('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()'),
	m('CompareTo', 'int CompareTo(System.Object value), int CompareTo(string strB)'),
	m('Contains', 'bool Contains(string value), bool Contains(string value, System.StringComparison comparisonType), bool Contains(char value)'),
	m('EndsWith', 'bool EndsWith(string value), bool EndsWith(string value, System.StringComparison comparisonType), bool EndsWith(char value)'),
	m('Equals', 'bool Equals(System.Object obj), bool Equals(string value), bool Equals(string value, System.StringComparison comparisonType)'),
	m('GetHashCode', 'int GetHashCode()'),
	m('GetType', 'type GetType()'),
	m('IndexOf', 'int IndexOf(char value), int IndexOf(char value, int startIndex), int IndexOf(string value), int IndexOf(string value, int startIndex)'),
	m('IndexOfAny', 'int IndexOfAny(char[] anyOf), int IndexOfAny(char[] anyOf, int startIndex)'),
	m('Insert', 'string Insert(int startIndex, string value)'),
	m('IsNormalized', 'bool IsNormalized()'),
	m('LastIndexOf', 'int LastIndexOf(char value), int LastIndexOf(string value)'),
	m('LastIndexOfAny', 'int LastIndexOfAny(char[] anyOf)'),
	m('Normalize', 'string Normalize()'),
	m('PadLeft', 'string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)'),
	m('PadRight', 'string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)'),
	m('Remove', 'string Remove(int startIndex, int count), string Remove(int startIndex)'),
	m('Replace', 'string Replace(string oldValue, string newValue), string Replace(char oldChar, char newChar)'),
	m('Split', 'string[] Split(char separator, System.StringSplitOptions options), string[] Split(Params char[] separator), string[] Split(string separator, System.StringSplitOptions options)'),
	m('StartsWith', 'bool StartsWith(string value), bool StartsWith(string value, System.StringComparison comparisonType), bool StartsWith(char value)'),
	m('Substring', 'string Substring(int startIndex), string Substring(int startIndex, int length)'),
	m('ToCharArray', 'char[] ToCharArray(), char[] ToCharArray(int startIndex, int length)'),
	m('ToLower', 'string ToLower(), string ToLower(cultureinfo culture)'),
	m('ToLowerInvariant', 'string ToLowerInvariant()'),
	m('ToString', 'string ToString(), string ToString(System.IFormatProvider provider)'),
	m('ToUpper', 'string ToUpper(), string ToUpper(cultureinfo culture)'),
	m('ToUpperInvariant', 'string ToUpperInvariant()'),
	m('Trim', 'string Trim(), string Trim(char trimChar), string Trim(Params char[] trimChars)'),
	m('TrimEnd', 'string TrimEnd(), string TrimEnd(char trimChar), string TrimEnd(Params char[] trimChars)'),
	m('TrimStart', 'string TrimStart(), string TrimStart(char trimChar), string TrimStart(Params char[] trimChars)'),
	{name: 'Chars', memberType: 'ParameterizedProperty', definition: 'char Chars(int index) {get;}'},
	p('Length', 'int Length {get;}'),
];

function numberMembers(short: string): MemberInfo[] {
	return [
		m('CompareTo', `int CompareTo(System.Object value), int CompareTo(${short} value)`),
		m('Equals', `bool Equals(System.Object obj), bool Equals(${short} obj)`),
		m('GetHashCode', 'int GetHashCode()'),
		m('GetType', 'type GetType()'),
		m('GetTypeCode', 'System.TypeCode GetTypeCode()'),
		m('ToString', 'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider)'),
	];
}

const BOOL_MEMBERS: MemberInfo[] = [
	m('CompareTo', 'int CompareTo(System.Object obj), int CompareTo(bool value)'),
	m('Equals', 'bool Equals(System.Object obj), bool Equals(bool obj)'),
	m('GetHashCode', 'int GetHashCode()'),
	m('GetType', 'type GetType()'),
	m('GetTypeCode', 'System.TypeCode GetTypeCode()'),
	m('ToString', 'string ToString(), string ToString(System.IFormatProvider provider)'),
];

const ARRAY_MEMBERS: MemberInfo[] = [
	{name: 'Count', memberType: 'AliasProperty', definition: 'Count = Length'},
	m('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()'),
	m('Contains', 'bool IList.Contains(System.Object value)'),
	m('Equals', 'bool Equals(System.Object obj)'),
	m('ForEach', 'System.Collections.ObjectModel.Collection[psobject] ForEach(scriptblock expression, Params System.Object[] arguments)'),
	m('GetHashCode', 'int GetHashCode()'),
	m('GetType', 'type GetType()'),
	m('GetValue', 'System.Object GetValue(int index)'),
	m('IndexOf', 'int IList.IndexOf(System.Object value)'),
	m('SetValue', 'void SetValue(System.Object value, int index)'),
	m('ToString', 'string ToString()'),
	m('Where', 'System.Collections.ObjectModel.Collection[psobject] Where(scriptblock expression, System.Management.Automation.WhereOperatorSelectionMode mode, int numberToReturn)'),
	p('IsFixedSize', 'bool IsFixedSize {get;}'),
	p('IsReadOnly', 'bool IsReadOnly {get;}'),
	p('IsSynchronized', 'bool IsSynchronized {get;}'),
	p('Length', 'int Length {get;}'),
	p('LongLength', 'long LongLength {get;}'),
	p('Rank', 'int Rank {get;}'),
	p('SyncRoot', 'System.Object SyncRoot {get;}'),
];

const LIST_MEMBERS: MemberInfo[] = [
	m('Add', 'int Add(System.Object value)'),
	m('AddRange', 'void AddRange(System.Collections.ICollection c)'),
	m('Clear', 'void Clear()'),
	m('Clone', 'System.Object Clone()'),
	m('Contains', 'bool Contains(System.Object item)'),
	m('Equals', 'bool Equals(System.Object obj)'),
	m('ForEach', 'System.Collections.ObjectModel.Collection[psobject] ForEach(scriptblock expression, Params System.Object[] arguments)'),
	m('GetHashCode', 'int GetHashCode()'),
	m('GetType', 'type GetType()'),
	m('IndexOf', 'int IndexOf(System.Object value)'),
	m('Insert', 'void Insert(int index, System.Object value)'),
	m('LastIndexOf', 'int LastIndexOf(System.Object value)'),
	m('Remove', 'void Remove(System.Object obj)'),
	m('RemoveAt', 'void RemoveAt(int index)'),
	m('RemoveRange', 'void RemoveRange(int index, int count)'),
	m('Reverse', 'void Reverse()'),
	m('Sort', 'void Sort()'),
	m('ToArray', 'System.Object[] ToArray()'),
	m('ToString', 'string ToString()'),
	m('Where', 'System.Collections.ObjectModel.Collection[psobject] Where(scriptblock expression, System.Management.Automation.WhereOperatorSelectionMode mode, int numberToReturn)'),
	{name: 'Item', memberType: 'ParameterizedProperty', definition: 'System.Object Item(int index) {get;set;}'},
	p('Count', 'int Count {get;}'),
	p('IsFixedSize', 'bool IsFixedSize {get;}'),
	p('IsReadOnly', 'bool IsReadOnly {get;}'),
	p('IsSynchronized', 'bool IsSynchronized {get;}'),
	p('SyncRoot', 'System.Object SyncRoot {get;}'),
];

const HASHTABLE_MEMBERS: MemberInfo[] = [
	m('Add', 'void Add(System.Object key, System.Object value)'),
	m('Clear', 'void Clear()'),
	m('Clone', 'System.Object Clone()'),
	m('Contains', 'bool Contains(System.Object key)'),
	m('ContainsKey', 'bool ContainsKey(System.Object key)'),
	m('ContainsValue', 'bool ContainsValue(System.Object value)'),
	m('Equals', 'bool Equals(System.Object obj)'),
	m('GetEnumerator', 'System.Collections.IDictionaryEnumerator GetEnumerator()'),
	m('GetHashCode', 'int GetHashCode()'),
	m('GetType', 'type GetType()'),
	m('Remove', 'void Remove(System.Object key)'),
	m('ToString', 'string ToString()'),
	{name: 'Item', memberType: 'ParameterizedProperty', definition: 'System.Object Item(System.Object key) {get;set;}'},
	p('Count', 'int Count {get;}'),
	p('IsFixedSize', 'bool IsFixedSize {get;}'),
	p('IsReadOnly', 'bool IsReadOnly {get;}'),
	p('IsSynchronized', 'bool IsSynchronized {get;}'),
	p('Keys', 'System.Collections.ICollection Keys {get;}'),
	p('SyncRoot', 'System.Object SyncRoot {get;}'),
	p('Values', 'System.Collections.ICollection Values {get;}'),
];

const DATE_MEMBERS: MemberInfo[] = [
	m('Add', 'datetime Add(timespan value)'),
	m('AddDays', 'datetime AddDays(double value)'),
	m('AddHours', 'datetime AddHours(double value)'),
	m('AddMilliseconds', 'datetime AddMilliseconds(double value)'),
	m('AddMinutes', 'datetime AddMinutes(double value)'),
	m('AddMonths', 'datetime AddMonths(int months)'),
	m('AddSeconds', 'datetime AddSeconds(double value)'),
	m('AddTicks', 'datetime AddTicks(long value)'),
	m('AddYears', 'datetime AddYears(int value)'),
	m('CompareTo', 'int CompareTo(System.Object value), int CompareTo(datetime value)'),
	m('Equals', 'bool Equals(System.Object value), bool Equals(datetime value)'),
	m('GetHashCode', 'int GetHashCode()'),
	m('GetType', 'type GetType()'),
	m('IsDaylightSavingTime', 'bool IsDaylightSavingTime()'),
	m('Subtract', 'timespan Subtract(datetime value), datetime Subtract(timespan value)'),
	m('ToFileTime', 'long ToFileTime()'),
	m('ToFileTimeUtc', 'long ToFileTimeUtc()'),
	m('ToLocalTime', 'datetime ToLocalTime()'),
	m('ToLongDateString', 'string ToLongDateString()'),
	m('ToLongTimeString', 'string ToLongTimeString()'),
	m('ToShortDateString', 'string ToShortDateString()'),
	m('ToShortTimeString', 'string ToShortTimeString()'),
	m('ToString', 'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider)'),
	m('ToUniversalTime', 'datetime ToUniversalTime()'),
	p('Date', 'datetime Date {get;}'),
	p('Day', 'int Day {get;}'),
	p('DayOfWeek', 'System.DayOfWeek DayOfWeek {get;}'),
	p('DayOfYear', 'int DayOfYear {get;}'),
	p('Hour', 'int Hour {get;}'),
	p('Kind', 'System.DateTimeKind Kind {get;}'),
	p('Millisecond', 'int Millisecond {get;}'),
	p('Minute', 'int Minute {get;}'),
	p('Month', 'int Month {get;}'),
	p('Second', 'int Second {get;}'),
	p('Ticks', 'long Ticks {get;}'),
	p('TimeOfDay', 'timespan TimeOfDay {get;}'),
	p('Year', 'int Year {get;}'),
	{
		name: 'DateTime',
		memberType: 'ScriptProperty',
		definition: 'System.Object DateTime {get=if ((& { Set-StrictMode -Version 1; $this.DisplayHint }) -ieq  "Date")...',
	},
];

const SPAN_MEMBERS: MemberInfo[] = [
	m('Add', 'timespan Add(timespan ts)'),
	m('CompareTo', 'int CompareTo(System.Object value), int CompareTo(timespan value)'),
	m('Divide', 'timespan Divide(double divisor), double Divide(timespan ts)'),
	m('Duration', 'timespan Duration()'),
	m('Equals', 'bool Equals(System.Object value), bool Equals(timespan obj)'),
	m('GetHashCode', 'int GetHashCode()'),
	m('GetType', 'type GetType()'),
	m('Multiply', 'timespan Multiply(double factor)'),
	m('Negate', 'timespan Negate()'),
	m('Subtract', 'timespan Subtract(timespan ts)'),
	m('ToString', 'string ToString(), string ToString(string format), string ToString(string format, System.IFormatProvider formatProvider)'),
	p('Days', 'int Days {get;}'),
	p('Hours', 'int Hours {get;}'),
	p('Milliseconds', 'int Milliseconds {get;}'),
	p('Minutes', 'int Minutes {get;}'),
	p('Seconds', 'int Seconds {get;}'),
	p('Ticks', 'long Ticks {get;}'),
	p('TotalDays', 'double TotalDays {get;}'),
	p('TotalHours', 'double TotalHours {get;}'),
	p('TotalMilliseconds', 'double TotalMilliseconds {get;}'),
	p('TotalMinutes', 'double TotalMinutes {get;}'),
	p('TotalSeconds', 'double TotalSeconds {get;}'),
];

const GUID_MEMBERS: MemberInfo[] = [
	m('CompareTo', 'int CompareTo(System.Object value), int CompareTo(guid value)'),
	m('Equals', 'bool Equals(System.Object o), bool Equals(guid g)'),
	m('GetHashCode', 'int GetHashCode()'),
	m('GetType', 'type GetType()'),
	m('ToString', 'string ToString(), string ToString(string format)'),
];

const ERROR_RECORD_MEMBERS: MemberInfo[] = [
	...OBJECT_METHODS,
	p('CategoryInfo', 'System.Management.Automation.ErrorCategoryInfo CategoryInfo {get;}'),
	p('ErrorDetails', 'System.Management.Automation.ErrorDetails ErrorDetails {get;set;}'),
	p('Exception', 'System.Exception Exception {get;}'),
	p('FullyQualifiedErrorId', 'string FullyQualifiedErrorId {get;}'),
	p('InvocationInfo', 'System.Management.Automation.InvocationInfo InvocationInfo {get;}'),
	p('PipelineIterationInfo', 'System.Collections.ObjectModel.ReadOnlyCollection[int] PipelineIterationInfo {get;}'),
	p('ScriptStackTrace', 'string ScriptStackTrace {get;}'),
	p('TargetObject', 'System.Object TargetObject {get;}'),
];

const SCRIPT_BLOCK_MEMBERS: MemberInfo[] = [
	m('Equals', 'bool Equals(System.Object obj)'),
	m('GetHashCode', 'int GetHashCode()'),
	m('GetNewClosure', 'scriptblock GetNewClosure()'),
	m('GetType', 'type GetType()'),
	m('Invoke', 'System.Collections.ObjectModel.Collection[psobject] Invoke(Params System.Object[] args)'),
	m('InvokeReturnAsIs', 'System.Object InvokeReturnAsIs(Params System.Object[] args)'),
	m('ToString', 'string ToString()'),
	p('File', 'string File {get;}'),
];

const SHORT_TYPES: Record<string, string> = {
	'System.String': 'string',
	'System.Int32': 'int',
	'System.Int64': 'long',
	'System.Double': 'double',
	'System.Boolean': 'bool',
	'System.DateTime': 'datetime',
	'System.TimeSpan': 'timespan',
	'System.Guid': 'guid',
	'System.Object[]': 'Object[]',
	'System.Collections.Hashtable': 'hashtable',
	'System.Management.Automation.ScriptBlock': 'scriptblock',
	'System.Collections.Specialized.OrderedDictionary': 'System.Collections.Specialized.OrderedDictionary',
};

/** The type of a value as Get-Member's definitions write it: `string`, `int`, `Object[]`, `object` for $null. */
export function shortTypeName(value: unknown): string {
	if (value === null || value === undefined) return 'object';
	const full = typeNameOf(value);
	return SHORT_TYPES[full] ?? full;
}

/** A property value as a NoteProperty definition shows it: collections by their type name, $null as `null`. */
function definitionValue(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	// toStr of a one-element array prints an element the way pwsh's ToString does (collections as their type).
	return toStr([value]);
}

/** The members of a value, as Get-Member lists them (unsorted). */
export function memberList(value: unknown): MemberInfo[] {
	if (value instanceof PSObject) {
		const info = dotNetInfo(value);
		const props: MemberInfo[] = value.entries().map(([name, v]) =>
			info
				? {name, memberType: 'Property', definition: `${shortTypeName(v)} ${name} {get;}`}
				: {name, memberType: 'NoteProperty', definition: `${shortTypeName(v)} ${name}=${definitionValue(v)}`},
		);
		return [...OBJECT_METHODS, ...props];
	}
	switch (typeof value) {
		case 'string':
			return STRING_MEMBERS;
		case 'number':
			return numberMembers(shortTypeName(value));
		case 'boolean':
			return BOOL_MEMBERS;
	}
	if (Array.isArray(value)) return typeNameOf(value) === 'System.Object[]' ? ARRAY_MEMBERS : LIST_MEMBERS;
	if (value instanceof PSHashtable) return HASHTABLE_MEMBERS;
	if (value instanceof PSDateTime) return DATE_MEMBERS;
	if (value instanceof PSTimeSpan) return SPAN_MEMBERS;
	if (value instanceof PSGuid) return GUID_MEMBERS;
	if (value instanceof ErrorRecord) return ERROR_RECORD_MEMBERS;
	if (value instanceof ScriptBlock) return SCRIPT_BLOCK_MEMBERS;
	return OBJECT_METHODS;
}

const isPropertyKind = (t: MemberType): boolean => t !== 'Method' && t !== 'ParameterizedProperty';

/**
 * The property names of a value, in order, for wildcard expansion (`Select-Object *`, `Measure-Object -Property
 * *Size`). A hashtable's keys count as its properties, since `$h.key` reads them.
 */
export function propertyNamesOf(value: unknown): string[] {
	if (value instanceof PSObject) return value.names();
	if (value instanceof PSHashtable) return value.keys().map(k => toStr(k));
	return memberList(value)
		.filter(x => isPropertyKind(x.memberType))
		.map(x => x.name);
}

/** Whether a value has the property (a hashtable: the key), as opposed to having it with a $null value. */
export function hasProperty(value: unknown, name: string): boolean {
	if (value === null || value === undefined) return false;
	if (value instanceof PSObject) return value.has(name);
	if (value instanceof PSHashtable) return value.has(name) || propertyNamesOfTable.has(keyOf(name));
	const key = keyOf(name);
	return memberList(value).some(x => isPropertyKind(x.memberType) && keyOf(x.name) === key);
}

const propertyNamesOfTable = new Set(HASHTABLE_MEMBERS.filter(x => isPropertyKind(x.memberType)).map(x => keyOf(x.name)));

/** Whether a value has a method of this name (so ForEach-Object -MemberName calls it). */
export function hasMethod(value: unknown, name: string): boolean {
	const key = keyOf(name);
	return memberList(value).some(x => x.memberType === 'Method' && keyOf(x.name) === key);
}

/**
 * A property's value, as `$value.Name` reads it, except that a collection is not enumerated for its elements'
 * members: the pipeline cmdlets look at one object at a time. Missing properties read as $null.
 */
export function propertyValue(value: unknown, name: string): unknown {
	if (value === null || value === undefined) return null;
	if (Array.isArray(value) && !hasProperty(value, name)) return null;
	return getMember(value, name);
}
