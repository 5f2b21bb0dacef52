// How collection methods compare items: .NET's Object.Equals, and the default sort order.

import {PSDateTime, PSTimeSpan, PSGuid} from '../values.ts';
import {toStr} from '../convert.ts';
import {compareText} from '../operators.ts';

/** .NET's Object.Equals, as Array.Contains/IndexOf use it: same type and value, text compared exactly. */
export function strictEquals(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (a instanceof PSDateTime || a instanceof PSTimeSpan) return (b instanceof PSDateTime || b instanceof PSTimeSpan) && a.constructor === b.constructor && a.ms === b.ms;
	if (a instanceof PSGuid) return b instanceof PSGuid && a.value === b.value;
	return false;
}

export function sortCompare(a: unknown, b: unknown): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return compareText(toStr(a), toStr(b), true);
}
