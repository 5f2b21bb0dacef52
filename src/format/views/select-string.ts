// Select-String's MatchInfo. pwsh shows it with a custom view that prints MatchInfo.ToString(): the line for piped
// text, `path:LineNumber:line` for a file, whole, however long.

import {toStr} from '../../engine/convert.ts';
import type {ViewDef} from '../views.ts';

export const selectStringViews: ViewDef[] = [
	{
		typeName: 'Microsoft.PowerShell.Commands.MatchInfo',
		kind: 'text',
		columns: [{label: 'Line', expression: obj => toStr(obj)}],
	},
];
