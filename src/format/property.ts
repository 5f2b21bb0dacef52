// Reading properties for display, with PowerShell's member semantics (src/engine/members.ts): note properties,
// hashtable keys, and the .NET properties of strings, dates, time spans and error records.

import {getMember} from '../engine/members.ts';
import {PSHashtable, PSObject} from '../engine/values.ts';

/** The value of property `name` of `target`, or null when it has none. */
export const getProperty = (target: unknown, name: string): unknown => getMember(target, name);

/** The property names a default view or `Format-List *` shows, in order. */
export function propertyNames(target: unknown): string[] {
	if (target instanceof PSObject) return target.names();
	if (target instanceof PSHashtable) return target.keys().map(k => String(k));
	return [];
}
