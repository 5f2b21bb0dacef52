// Format-List: lays the input out as a list, one `Name : Value` line per property and a blank line between
// objects. Like Format-Table it writes one formatted-output object for Out-Default or Out-String.

import type {CmdletDef} from '../../src/engine/command.ts';
import {buildList} from '../../src/format/format-builder.ts';
import {beginFormat, collectFormatInput, writeFormatted} from './_format-command.ts';

const def: CmdletDef = {
	name: 'Format-List',
	aliases: ['fl'],
	synopsis: 'Formats the output as a list of properties in which each property appears on a new line.',
	description:
		'Format-List formats the output of a command as a list of properties, each on its own line, with the ' +
		'names padded so that the values line up. Without -Property an object shows the list view of its type, or ' +
		'all of its properties when the type has none. `Format-List *` shows every property.\n\n' +
		'-Property takes property names (wildcards permitted), script blocks, or calculated properties written as ' +
		'hash tables with the keys Name (or Label), Expression and FormatString. Long values wrap under the value ' +
		'column.\n\n' +
		'Format-List writes formatting data, not the objects: use it last in a pipeline, or follow it only with ' +
		'Out-String or Out-Null.',
	parameters: [
		{
			name: 'Property',
			type: 'object[]',
			position: 0,
			acceptsWildcards: true,
			help:
				'The properties to show, in order: names (wildcards permitted, `*` for all), script blocks, or hash ' +
				'tables @{Name="Label"; Expression={...}; FormatString="N2"}.',
		},
		{
			name: 'GroupBy',
			type: 'object',
			help: 'A property name, script block or calculated property; a group heading is written each time its value changes.',
		},
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to format. Usually piped in.',
		},
	],
	outputs: ['Scpsh.FormattedOutput'],
	examples: [
		{
			title: 'Show every property of the SCP status',
			code: 'Get-ScpStatus | Format-List *',
			remarks: 'Lists all the properties of the service connection point status, one per line.',
			expect: ['Mode', 'EffectiveMode'],
		},
		{
			title: 'Show chosen properties as a list',
			code: "[pscustomobject]@{Name='SMS_DMP_DOWNLOADER'; State='Running'; Status='OK'} | Format-List Name, State",
			remarks: 'Only Name and State are listed; the names are padded to the longest.',
			expect: ['Name  : SMS_DMP_DOWNLOADER', 'State : Running'],
		},
	],
	related: ['Format-Table', 'Out-String', 'Select-Object'],
	begin: beginFormat,
	process: collectFormatInput,
	async end(ctx) {
		await writeFormatted(ctx, () =>
			buildList({
				objects: ctx.state.objects,
				property: ctx.params.Property ?? undefined,
				groupBy: ctx.params.GroupBy ?? undefined,
				invoke: (block, obj) => ctx.invoke(block, obj),
			}),
		);
	},
};

export default def;
