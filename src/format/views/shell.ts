// Default views of the shell's own objects: commands and aliases, history, groups and measurements.

import {toStr} from '../../engine/convert.ts';
import {PSDateTime, PSTimeSpan} from '../../engine/values.ts';
import {getProperty} from '../property.ts';
import type {ViewDef} from '../views.ts';

const text = (obj: unknown, name: string): string => toStr(getProperty(obj, name));

/** An alias shows as `gal -> Get-Alias` (AliasInfo's DisplayName). */
function commandName(obj: unknown): string {
	const display = text(obj, 'DisplayName');
	if (display) return display;
	const name = text(obj, 'Name');
	if (text(obj, 'CommandType').toLowerCase() === 'alias') {
		const target = text(obj, 'Definition') || text(obj, 'ReferencedCommand') || text(obj, 'ResolvedCommandName');
		if (target) return `${name} -> ${target}`;
	}
	return name;
}

/** A history entry's duration, however the entry carries it. */
function duration(obj: unknown): PSTimeSpan | null {
	const d = getProperty(obj, 'Duration');
	if (d instanceof PSTimeSpan) return d;
	const start = getProperty(obj, 'StartExecutionTime');
	const end = getProperty(obj, 'EndExecutionTime');
	if (start instanceof PSDateTime && end instanceof PSDateTime) return new PSTimeSpan(end.ms - start.ms);
	return null;
}

const two = (n: number): string => String(n).padStart(2, '0');

// [int] rounds half to even.
function roundHalfEven(n: number): number {
	const r = Math.round(n);
	return Math.abs(n % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** pwsh's history view: `s.fff` under a minute, `m:ss.fff` under an hour, `h:mm:ss` under ten hours, then `H:mm:ss`. */
export function historyDuration(span: PSTimeSpan | null): string {
	if (!span) return '';
	const total = Math.abs(span.ms);
	const seconds = Math.floor(total / 1000) % 60;
	const minutes = Math.floor(total / 60_000) % 60;
	const fff = String(Math.floor(total % 1000)).padStart(3, '0');
	const totalHours = total / 3_600_000;
	if (totalHours >= 10) return `${roundHalfEven(totalHours)}:${two(minutes)}:${two(seconds)}`;
	if (totalHours >= 1) return `${Math.floor(totalHours) % 24}:${two(minutes)}:${two(seconds)}`;
	if (total >= 60_000) return `${minutes}:${two(seconds)}.${fff}`;
	return `${seconds}.${fff}`;
}

const commandTable: ViewDef = {
	typeName: [
		'System.Management.Automation.CommandInfo',
		'System.Management.Automation.CmdletInfo',
		'System.Management.Automation.AliasInfo',
		'System.Management.Automation.FunctionInfo',
	],
	kind: 'table',
	columns: [
		{label: 'CommandType', width: 15},
		{label: 'Name', width: 50, expression: commandName},
		{label: 'Version', width: 10},
		{label: 'Source'},
	],
};

export const shellViews: ViewDef[] = [
	commandTable,
	{
		typeName: 'Microsoft.PowerShell.Commands.HistoryInfo',
		kind: 'table',
		columns: [
			{label: 'Id', width: 4, align: 'right'},
			{label: 'Duration', width: 12, align: 'right', expression: o => historyDuration(duration(o))},
			{label: 'CommandLine'},
		],
	},
	{
		typeName: 'Microsoft.PowerShell.Commands.GroupInfo',
		kind: 'table',
		columns: [{label: 'Count', width: 5, align: 'right'}, {label: 'Name', width: 25}, {label: 'Group'}],
	},
	{
		typeName: 'Microsoft.PowerShell.Commands.GroupInfoNoElement',
		kind: 'table',
		columns: [{label: 'Count', width: 5, align: 'right'}, {label: 'Name'}],
	},
	{
		typeName: 'Microsoft.PowerShell.Commands.MemberDefinition',
		kind: 'table',
		groupBy: {label: 'TypeName', property: 'TypeName'},
		columns: [{label: 'Name'}, {label: 'MemberType'}, {label: 'Definition'}],
	},
	{
		typeName: 'Microsoft.PowerShell.Commands.GenericMeasureInfo',
		kind: 'list',
		columns: [
			{label: 'Count'},
			{label: 'Average'},
			{label: 'Sum'},
			{label: 'Maximum'},
			{label: 'Minimum'},
			{label: 'StandardDeviation'},
			{label: 'Property'},
		],
	},
];
