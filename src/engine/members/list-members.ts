// `listMembers(value)`: the properties and methods of a value, as Get-Member lists them. It reads the tables the
// method dispatchers and property getters of this folder use, so what is listed is what can be called.

import {PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, ScriptBlock} from '../values.ts';
import {ErrorRecord} from '../errors.ts';
import {toStr} from '../convert.ts';
import {PSType, dotNetInfo, typeNameOf} from '../types.ts';
import {PSRegex} from '../regex.ts';
import type {MemberInfo} from './catalog.ts';
import {STRING_METHODS} from './string-methods.ts';
import {numberMethods} from './number-methods.ts';
import {arrayMethods} from './array-methods.ts';
import {HASHTABLE_METHODS, ORDERED_METHODS} from './hashtable-methods.ts';
import {DATE_METHODS} from './date-methods.ts';
import {TIMESPAN_METHODS} from './timespan-methods.ts';
import {GUID_METHODS} from './guid-methods.ts';
import {REGEX_METHODS} from './regex-methods.ts';
import {STRING_BUILDER_METHODS, StringBuilder} from './string-builder.ts';
import {
	BOOLEAN_METHODS, ERROR_RECORD_METHODS, GET_TYPE, OTHER_METHODS, SCRIPT_BLOCK_METHODS, TYPE_METHODS, objectMethods,
} from './invoke-method.ts';
import {
	ARRAY_PROPERTIES, HASHTABLE_PROPERTIES, LIST_PROPERTIES, REGEX_PROPERTIES, SCRIPT_BLOCK_PROPERTIES, STRING_BUILDER_PROPERTIES,
	STRING_PROPERTIES, TYPE_PROPERTIES,
} from './properties.ts';
import {DATE_PROPERTIES, TIMESPAN_PROPERTIES} from './date-properties.ts';
import {ERROR_RECORD_PROPERTIES} from './error-record.ts';

export type {MemberInfo, MemberType} from './catalog.ts';

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

/** The methods (with GetType, which every value has) and the .NET properties of a value. */
function membersOf(value: unknown): [readonly MemberInfo[], readonly MemberInfo[]] {
	switch (typeof value) {
		case 'string':
			return [STRING_METHODS.members, STRING_PROPERTIES];
		case 'number':
			return [numberMethods(shortTypeName(value)).members, []];
		case 'boolean':
			return [BOOLEAN_METHODS.members, []];
	}
	if (Array.isArray(value)) return [arrayMethods(value).members, typeNameOf(value) === 'System.Object[]' ? ARRAY_PROPERTIES : LIST_PROPERTIES];
	if (value instanceof PSHashtable) return [(value.ordered ? ORDERED_METHODS : HASHTABLE_METHODS).members, HASHTABLE_PROPERTIES];
	if (value instanceof PSDateTime) return [DATE_METHODS.members, DATE_PROPERTIES];
	if (value instanceof PSTimeSpan) return [TIMESPAN_METHODS.members, TIMESPAN_PROPERTIES];
	if (value instanceof PSGuid) return [GUID_METHODS.members, []];
	if (value instanceof PSRegex) return [REGEX_METHODS.members, REGEX_PROPERTIES];
	if (value instanceof StringBuilder) return [STRING_BUILDER_METHODS.members, STRING_BUILDER_PROPERTIES];
	if (value instanceof ScriptBlock) return [SCRIPT_BLOCK_METHODS.members, SCRIPT_BLOCK_PROPERTIES];
	if (value instanceof PSType) return [TYPE_METHODS.members, TYPE_PROPERTIES];
	if (value instanceof ErrorRecord) return [ERROR_RECORD_METHODS.members, ERROR_RECORD_PROPERTIES];
	if (value instanceof PSObject) {
		const info = dotNetInfo(value);
		const properties = value.entries().map(([name, v]): MemberInfo =>
			info
				? {name, memberType: 'Property', definition: `${shortTypeName(v)} ${name} {get;}`}
				: {name, memberType: 'NoteProperty', definition: `${shortTypeName(v)} ${name}=${definitionValue(v)}`},
		);
		return [objectMethods(value).members, properties];
	}
	return [OTHER_METHODS.members, []];
}

/**
 * The members of a value, as Get-Member lists them (unsorted): its methods, from the same tables `invokeMethod`
 * dispatches on (hidden accessors such as `get_Length` are marked `hidden`), and its properties. Empty for $null.
 */
export function listMembers(value: unknown): MemberInfo[] {
	if (value === null || value === undefined) return [];
	const [methods, properties] = membersOf(value);
	return [...methods, GET_TYPE, ...properties];
}
