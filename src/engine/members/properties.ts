// Reading and setting properties (`$x.Name`, `$x.Name = 1`), with member enumeration over arrays.

import {PSObject, PSHashtable, PSDateTime, PSTimeSpan, ScriptBlock} from '../values.ts';
import {ErrorRecord} from '../errors.ts';
import {PSType, listTypeOf} from '../types.ts';
import {PSRegex} from '../regex.ts';
import {propertyNotFound, readOnly} from './failures.ts';
import {dateMember, spanMember} from './date-properties.ts';
import {errorRecordMember} from './error-record.ts';
import {StringBuilder} from './string-builder.ts';
import {psObjectView} from './psobject-view.ts';
import {property, type MemberInfo} from './catalog.ts';

// The .NET properties getMember reads for each kind of value, as Get-Member lists them.

export const STRING_PROPERTIES: readonly MemberInfo[] = [property('Length', 'int Length {get;}')];

const COLLECTION_PROPERTIES: readonly MemberInfo[] = [
	property('IsFixedSize', 'bool IsFixedSize {get;}'),
	property('IsReadOnly', 'bool IsReadOnly {get;}'),
	property('IsSynchronized', 'bool IsSynchronized {get;}'),
	property('SyncRoot', 'System.Object SyncRoot {get;}'),
];

export const ARRAY_PROPERTIES: readonly MemberInfo[] = [
	{name: 'Count', memberType: 'AliasProperty', definition: 'Count = Length'},
	...COLLECTION_PROPERTIES,
	property('Length', 'int Length {get;}'),
	property('LongLength', 'long LongLength {get;}'),
	property('Rank', 'int Rank {get;}'),
];

export const LIST_PROPERTIES: readonly MemberInfo[] = [property('Count', 'int Count {get;}'), ...COLLECTION_PROPERTIES];

export const HASHTABLE_PROPERTIES: readonly MemberInfo[] = [
	property('Count', 'int Count {get;}'),
	...COLLECTION_PROPERTIES,
	property('Keys', 'System.Collections.ICollection Keys {get;}'),
	property('Values', 'System.Collections.ICollection Values {get;}'),
];

export const TYPE_PROPERTIES: readonly MemberInfo[] = [
	property('BaseType', 'type BaseType {get;}'),
	property('FullName', 'string FullName {get;}'),
	property('IsArray', 'bool IsArray {get;}'),
	property('Name', 'string Name {get;}'),
	property('Namespace', 'string Namespace {get;}'),
];

export const REGEX_PROPERTIES: readonly MemberInfo[] = [
	property('Options', 'System.Text.RegularExpressions.RegexOptions Options {get;}'),
	property('RightToLeft', 'bool RightToLeft {get;}'),
];

export const SCRIPT_BLOCK_PROPERTIES: readonly MemberInfo[] = [property('File', 'string File {get;}')];

export const STRING_BUILDER_PROPERTIES: readonly MemberInfo[] = [
	property('Capacity', 'int Capacity {get;set;}'),
	property('Length', 'int Length {get;set;}'),
];

/** Member enumeration: `$array.Name` is every element's Name, flattened; elements without a value add nothing. */
function enumerateMember(items: readonly unknown[], name: string): unknown {
	const out: unknown[] = [];
	for (const item of items) {
		if (item === null || item === undefined) continue;
		const value = getMember(item, name);
		if (value === null || value === undefined) continue;
		if (Array.isArray(value)) for (const inner of value) out.push(inner);
		else out.push(value);
	}
	return out.length === 0 ? null : out.length === 1 ? out[0] : out;
}

/**
 * `$target.name`: custom object properties and hashtable keys (case-insensitive; a key wins over a property),
 * the properties of strings, arrays, dates, time spans and error records, and member enumeration on arrays.
 * Everything has a Count (and Length) of 1, $null of 0; anything else missing is $null.
 */
export function getMember(target: unknown, name: string): unknown {
	if (name.length === 8 && name.toLowerCase() === 'psobject' && target !== null && target !== undefined && !(target instanceof PSObject && target.has(name))) {
		return psObjectView(target);
	}
	if (target instanceof PSObject) {
		if (target.has(name)) return target.get(name);
		const key = name.toLowerCase();
		if (key === 'count' || key === 'length') return 1;
		if (key === 'pstypenames') return [...target.typeNames];
		return null;
	}
	if (target instanceof PSHashtable) {
		if (target.has(name)) return target.get(name);
		switch (name.toLowerCase()) {
			case 'keys':
				return target.keys();
			case 'values':
				return target.values();
			case 'count':
				return target.size;
			case 'isreadonly':
			case 'isfixedsize':
			case 'issynchronized':
				return false;
			case 'syncroot':
				return target;
		}
		return null;
	}
	const key = name.toLowerCase();
	if (target === null || target === undefined) return key === 'count' || key === 'length' ? 0 : null;
	if (Array.isArray(target)) {
		switch (key) {
			case 'count':
			case 'length':
			case 'longlength':
				return target.length;
			case 'rank':
				return 1;
			case 'isfixedsize':
				return !listTypeOf(target);
			case 'isreadonly':
			case 'issynchronized':
				return false;
			case 'syncroot':
				return target;
		}
		return enumerateMember(target, name);
	}
	if (typeof target === 'string') return key === 'length' ? target.length : key === 'count' ? 1 : null;
	let value: unknown;
	if (target instanceof PSDateTime) value = dateMember(target, key);
	else if (target instanceof PSTimeSpan) value = spanMember(target, key);
	else if (target instanceof ErrorRecord) value = errorRecordMember(target, key);
	else if (target instanceof PSType) {
		value = key === 'name' ? target.name : key === 'fullname' ? target.fullName : key === 'namespace' ? target.namespace
			: key === 'isarray' ? target.fullName.endsWith('[]') : key === 'basetype' ? baseTypeOf(target) : undefined;
	} else if (target instanceof PSRegex) value = key === 'options' ? target.options : key === 'righttoleft' ? false : undefined;
	else if (target instanceof ScriptBlock) value = key === 'file' ? target.origin ?? null : undefined;
	else if (target instanceof StringBuilder) value = key === 'length' ? target.text.length : key === 'capacity' ? Math.max(16, target.text.length) : undefined;
	if (value === undefined && (key === 'count' || key === 'length')) return 1;
	return value ?? null;
}

function baseTypeOf(type: PSType): PSType | null {
	if (type.fullName === 'System.Object') return null;
	if (type.fullName.endsWith('[]')) return new PSType('System.Array');
	if (/^System\.(Int|UInt|Double|Single|Decimal|Boolean|Char|Byte|SByte|DateTime|TimeSpan|Guid)/.test(type.fullName)) return new PSType('System.ValueType');
	return new PSType('System.Object');
}

/** `$target.name = value`: sets a custom object's existing property or a hashtable key. */
export function setMember(target: unknown, name: string, value: unknown): void {
	if (target instanceof PSHashtable) {
		target.set(name, value);
		return;
	}
	if (target instanceof PSObject) {
		if (!target.has(name)) propertyNotFound(name);
		target.set(name, value);
		return;
	}
	if (target !== null && target !== undefined && !Array.isArray(target) && getMember(target, name) !== null) readOnly(name);
	propertyNotFound(name);
}
