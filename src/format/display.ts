// The text a value shows in a table cell or a list line: pwsh's culture-aware ToString (en-US), not the
// invariant `[string]` cast. Dates print `11/26/2026 2:33:26 PM` here but `11/26/2026 14:33:26` when cast.

import {formatNumber, toStr} from '../engine/convert.ts';
import {ErrorRecord} from '../engine/errors.ts';
import {PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, ScriptBlock} from '../engine/values.ts';
import {ELLIPSIS} from './width.ts';

/** `$FormatEnumerationLimit`: how many items of a collection a cell shows. */
export const FORMAT_ENUMERATION_LIMIT = 4;

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const two = (n: number): string => String(n).padStart(2, '0');

function clock(d: Date): string {
	const h = d.getUTCHours();
	return `${h % 12 || 12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** en-US general date and time (`G`): `11/26/2026 2:33:26 PM`. */
export function formatDate(value: PSDateTime): string {
	const d = value.date;
	return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${clock(d)}`;
}

/** en-US long date and time, as pwsh shows a lone `[datetime]`: `Thursday, November 26, 2026 2:33:26 PM`. */
export function formatLongDate(value: PSDateTime): string {
	const d = value.date;
	return `${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${clock(d)}`;
}

/** TimeSpan's constant format `c`: `[-][d.]hh:mm:ss[.fffffff]`. */
export function formatTimeSpan(value: PSTimeSpan): string {
	const ticks = Math.round(Math.abs(value.ms) * 10_000);
	const fraction = ticks % 10_000_000;
	const totalSeconds = Math.floor(ticks / 10_000_000);
	const days = Math.floor(totalSeconds / 86_400);
	const hours = Math.floor(totalSeconds / 3600) % 24;
	const minutes = Math.floor(totalSeconds / 60) % 60;
	const seconds = totalSeconds % 60;
	return (
		(value.ms < 0 && ticks > 0 ? '-' : '') +
		(days > 0 ? `${days}.` : '') +
		`${two(hours)}:${two(minutes)}:${two(seconds)}` +
		(fraction > 0 ? '.' + String(fraction).padStart(7, '0') : '')
	);
}

/** How one item of a collection shows inside `{…}` (pwsh's GetObjectName). */
function itemText(item: unknown): string {
	if (item === null || item === undefined) return '$null';
	if (Array.isArray(item)) return 'System.Object[]';
	if (item instanceof PSHashtable) return 'System.Collections.Hashtable';
	return displayValue(item);
}

/** `{a, b, c, d…}`: a collection cut after `limit` items. */
export function collectionText(items: Iterable<unknown>, limit = FORMAT_ENUMERATION_LIMIT): string {
	const parts: string[] = [];
	let count = 0;
	let cut = false;
	for (const item of items) {
		if (limit >= 0 && count === limit) {
			cut = true;
			break;
		}
		parts.push(itemText(item));
		count++;
	}
	return '{' + parts.join(', ') + (cut ? ELLIPSIS : '') + '}';
}

/** The display text of a property value in a table cell or list line. */
export function displayValue(value: unknown, limit = FORMAT_ENUMERATION_LIMIT): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return formatNumber(value);
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	if (value instanceof PSDateTime) return formatDate(value);
	if (value instanceof PSTimeSpan) return formatTimeSpan(value);
	if (value instanceof PSGuid) return value.value;
	if (value instanceof ScriptBlock) return scriptBlockText(value);
	if (value instanceof ErrorRecord) return value.message;
	if (Array.isArray(value)) return collectionText(value, limit);
	// A dictionary enumerates its entries; an entry shows its key (pwsh finds the entry's Name alias).
	if (value instanceof PSHashtable) return collectionText(value.keys(), limit);
	if (value instanceof PSObject) return toStr(value);
	return toStr(value);
}

/** A script block's text without its braces, as pwsh's ScriptBlock.ToString. */
export function scriptBlockText(block: ScriptBlock): string {
	const text = block.toString();
	return text.startsWith('{') && text.endsWith('}') ? text.slice(1, -1) : text;
}
