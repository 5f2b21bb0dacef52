// Property lookup with pwsh's rules for Select-Object, Sort-Object, Group-Object, Measure-Object, Where-Object and
// ForEach-Object, over the member catalog of src/engine/members (listMembers), which Get-Member lists directly.
// (Files starting with `_` are helpers, not cmdlets: scripts/gen-command-index.mjs skips them.)

import {toStr} from '../../src/engine/convert.ts';
import {getMember, listMembers, type MemberType} from '../../src/engine/members.ts';
import {PSHashtable, PSObject, keyOf} from '../../src/engine/values.ts';

export {listMembers as memberList, shortTypeName} from '../../src/engine/members.ts';
export type {MemberInfo, MemberType} from '../../src/engine/members.ts';

const isPropertyKind = (t: MemberType): boolean => t !== 'Method' && t !== 'ParameterizedProperty';

/**
 * The property names of a value, in order, for wildcard expansion (`Select-Object *`, `Measure-Object -Property
 * *Size`). A hashtable's keys count as its properties, since `$h.key` reads them.
 */
export function propertyNamesOf(value: unknown): string[] {
	if (value instanceof PSObject) return value.names();
	if (value instanceof PSHashtable) return value.keys().map(k => toStr(k));
	return listMembers(value)
		.filter(x => isPropertyKind(x.memberType))
		.map(x => x.name);
}

/** Whether a value has the property (a hashtable: the key), as opposed to having it with a $null value. */
export function hasProperty(value: unknown, name: string): boolean {
	if (value === null || value === undefined) return false;
	if (value instanceof PSObject) return value.has(name);
	if (value instanceof PSHashtable) return value.has(name) || propertyNamesOfTable.has(keyOf(name));
	const key = keyOf(name);
	return listMembers(value).some(x => isPropertyKind(x.memberType) && keyOf(x.name) === key);
}

const propertyNamesOfTable = new Set(listMembers(new PSHashtable()).filter(x => isPropertyKind(x.memberType)).map(x => keyOf(x.name)));

/** Whether a value has a method of this name (so ForEach-Object -MemberName calls it). */
export function hasMethod(value: unknown, name: string): boolean {
	const key = keyOf(name);
	return listMembers(value).some(x => x.memberType === 'Method' && keyOf(x.name) === key);
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
