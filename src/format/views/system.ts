// Default views of .NET-like values: TimeSpan, hashtable entries, Guid and variables.

import {PSGuid, PSTimeSpan} from '../../engine/values.ts';
import type {ViewDef} from '../views.ts';

const ms = (obj: unknown): number => (obj instanceof PSTimeSpan ? obj.ms : 0);
// TimeSpan's component properties truncate toward zero, so a negative span has negative parts.
const part = (obj: unknown, unit: number, modulo: number): number => Math.trunc(ms(obj) / unit) % modulo || 0;

export const systemViews: ViewDef[] = [
	{
		typeName: 'System.TimeSpan',
		kind: 'list',
		columns: [
			{label: 'Days', expression: o => Math.trunc(ms(o) / 86_400_000) || 0},
			{label: 'Hours', expression: o => part(o, 3_600_000, 24)},
			{label: 'Minutes', expression: o => part(o, 60_000, 60)},
			{label: 'Seconds', expression: o => part(o, 1000, 60)},
			{label: 'Milliseconds', expression: o => part(o, 1, 1000)},
			{label: 'Ticks', expression: o => Math.round(ms(o) * 10_000)},
			{label: 'TotalDays', expression: o => ms(o) / 86_400_000},
			{label: 'TotalHours', expression: o => ms(o) / 3_600_000},
			{label: 'TotalMinutes', expression: o => ms(o) / 60_000},
			{label: 'TotalSeconds', expression: o => ms(o) / 1000},
			{label: 'TotalMilliseconds', expression: o => ms(o)},
		],
	},
	{
		// What a hashtable enumerates to: `Name  Value`, the key column 30 cells wide.
		typeName: 'System.Collections.DictionaryEntry',
		kind: 'table',
		columns: [{label: 'Name', width: 30}, {label: 'Value'}],
	},
	{
		typeName: 'System.Guid',
		kind: 'table',
		columns: [{label: 'Guid', expression: o => (o instanceof PSGuid ? o.value : null)}],
	},
	{
		typeName: 'System.Management.Automation.PSVariable',
		kind: 'table',
		columns: [{label: 'Name', width: 30}, {label: 'Value'}],
	},
];
