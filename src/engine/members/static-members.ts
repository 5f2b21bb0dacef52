// `[Type]::Member`: static properties and constants (`[int]::MaxValue`, `[datetime]::Now`, `[Math]::PI` …).

import {PSDateTime, PSTimeSpan, PSGuid, type PSObject} from '../values.ts';
import {EMPTY_GUID} from '../convert.ts';
import {dotNetObject, type TypeRef} from '../types.ts';
import {now as clockNow, MAX_DATE_MS, MIN_DATE_MS} from '../dates.ts';
import type {MemberContext} from './context.ts';
import {canonicalType, findName} from './canonical-type.ts';
import {ENUMS, FLAG_ENUMS, INTEGER_LIMITS} from './static-tables.ts';
import {dateOnly} from './time.ts';

function culture(name: string): PSObject {
	return dotNetObject('System.Globalization.CultureInfo', {Name: name, DisplayName: name ? 'English (United States)' : 'Invariant Language (Invariant Country)'}, () => name);
}

/** `[Type]::Member`: constants and the like (`[int]::MaxValue`, `[datetime]::Now`, `[Math]::PI`). Unknown → $null. */
export function getStaticMember(type: TypeRef, name: string, ctx?: MemberContext): unknown {
	const canonical = canonicalType(type);
	const key = name.toLowerCase();
	const limits = INTEGER_LIMITS[canonical];
	if (limits) return key === 'maxvalue' ? limits[1] : key === 'minvalue' ? limits[0] : null;
	const enumNames = ENUMS[canonical];
	if (enumNames) return findName(enumNames, name) ?? null;
	const flags = FLAG_ENUMS[canonical];
	if (flags) {
		const found = findName(Object.keys(flags), name);
		return found === undefined ? null : flags[found];
	}
	switch (canonical) {
		case 'System.Double':
		case 'System.Single': {
			const single = canonical === 'System.Single';
			const values: Record<string, number> = {
				maxvalue: single ? 3.4028234663852886e38 : Number.MAX_VALUE,
				minvalue: single ? -3.4028234663852886e38 : -Number.MAX_VALUE,
				epsilon: single ? 1.401298464324817e-45 : Number.MIN_VALUE,
				nan: NaN,
				positiveinfinity: Infinity,
				negativeinfinity: -Infinity,
			};
			return values[key] ?? null;
		}
		case 'System.Decimal':
			return ({maxvalue: 79228162514264337593543950335, minvalue: -79228162514264337593543950335, zero: 0, one: 1, minusone: -1} as Record<string, number>)[key] ?? null;
		case 'System.String':
			return key === 'empty' ? '' : null;
		case 'System.Boolean':
			return key === 'truestring' ? 'True' : key === 'falsestring' ? 'False' : null;
		case 'System.Char':
			return key === 'maxvalue' ? '\uffff' : key === 'minvalue' ? '\0' : null;
		case 'System.DateTime': {
			const current = ctx?.now?.() ?? clockNow();
			switch (key) {
				case 'now':
				case 'utcnow':
					return current;
				case 'today':
					return dateOnly(current);
				case 'minvalue':
					return new PSDateTime(MIN_DATE_MS);
				case 'maxvalue':
					return new PSDateTime(MAX_DATE_MS);
				case 'unixepoch':
					return new PSDateTime(0);
			}
			return null;
		}
		case 'System.TimeSpan': {
			const values: Record<string, unknown> = {
				zero: new PSTimeSpan(0),
				maxvalue: new PSTimeSpan(922337203685477.5807),
				minvalue: new PSTimeSpan(-922337203685477.5808),
				ticksperday: 864_000_000_000,
				ticksperhour: 36_000_000_000,
				ticksperminute: 600_000_000,
				tickspersecond: 10_000_000,
				tickspermillisecond: 10_000,
			};
			return values[key] ?? null;
		}
		case 'System.Guid':
			return key === 'empty' ? new PSGuid(EMPTY_GUID) : null;
		case 'System.Math':
			return key === 'pi' ? Math.PI : key === 'e' ? Math.E : key === 'tau' ? 2 * Math.PI : null;
		case 'System.Environment':
			switch (key) {
				case 'newline':
					return '\n';
				case 'is64bitoperatingsystem':
				case 'is64bitprocess':
					return true;
				case 'processorcount':
					return 4;
			}
			return null;
		case 'System.IO.Path':
			return ({directoryseparatorchar: '\\', altdirectoryseparatorchar: '/', pathseparator: ';', volumeseparatorchar: ':'} as Record<string, string>)[key] ?? null;
		case 'System.Globalization.CultureInfo':
			return key === 'invariantculture' ? culture('') : key === 'currentculture' || key === 'currentuiculture' ? culture('en-US') : null;
		case 'System.Text.RegularExpressions.Regex':
			return key === 'cachesize' ? 15 : null;
	}
	return null;
}
