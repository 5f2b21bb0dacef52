// The default view of Get-ChildItem's and Get-Item's objects, as pwsh's FileSystem.format.ps1xml has it on
// Windows: grouped by folder under a `    Directory: <path>` line, then Mode, LastWriteTime, Length and Name.

import {formatDate} from '../../engine/dates.ts';
import {PSDateTime} from '../../engine/values.ts';
import {getProperty} from '../property.ts';
import type {ViewDef} from '../views.ts';

/** pwsh's `{0,10}  {1,8}` of the date's `d` and `t` forms: `11/26/2026  4:14 PM`. */
function lastWrite(obj: unknown): string {
	const t = getProperty(obj, 'LastWriteTime');
	if (!(t instanceof PSDateTime)) return '';
	return `${formatDate(t, 'd').padStart(10)}  ${formatDate(t, 't').padStart(8)}`;
}

export const fileViews: ViewDef[] = [
	{
		// Keyed on the base type, which only the full objects of commands/_lib/items.ts carry: the slimmer FileInfo
		// objects New-Item and Export-ScpUsageData write have no PSParentPath or times to fill these columns.
		typeName: 'System.IO.FileSystemInfo',
		kind: 'table',
		// out-default writes three spaces before the label; pwsh's Directory line has four.
		groupBy: {label: ' Directory', property: 'PSParentPath'},
		columns: [
			{label: 'Mode', width: 7},
			{label: 'LastWriteTime', width: 26, align: 'right', expression: lastWrite},
			{label: 'Length', width: 14, align: 'right', expression: o => (getProperty(o, 'PSIsContainer') === true ? '' : getProperty(o, 'Length'))},
			{label: 'Name'},
		],
	},
];
