// Format-Table: lays the input out as a table. It writes one formatted-output object, which Out-Default prints
// (at the width and in the colours of where it is shown) and Out-String turns into text.

import type {CmdletDef} from '../../src/engine/command.ts';
import {buildTable} from '../../src/format/format-builder.ts';
import {beginFormat, collectFormatInput, writeFormatted} from './_format-command.ts';

const def: CmdletDef = {
	name: 'Format-Table',
	aliases: ['ft'],
	synopsis: 'Formats the output as a table.',
	description:
		'Format-Table formats the output of a command as a table with the selected properties of the objects in ' +
		'columns. The type of the first object decides the default columns (its view, or its properties); -Property ' +
		'picks them: property names (wildcards permitted), script blocks, or calculated properties written as hash ' +
		'tables with the keys Name (or Label), Expression, Width, Alignment and FormatString.\n\n' +
		'Column widths come from the data. Values that do not fit are cut with an ellipsis, unless -Wrap is given. ' +
		'-GroupBy starts a new table each time the value of a property changes, so sort the objects first.\n\n' +
		'Format-Table writes formatting data, not the objects: use it last in a pipeline, or follow it only with ' +
		'Out-String or Out-Null.',
	parameters: [
		{
			name: 'Property',
			type: 'object[]',
			position: 0,
			acceptsWildcards: true,
			help:
				'The properties to show, in order: names (wildcards permitted), script blocks, or hash tables ' +
				'@{Name="Label"; Expression={...}; Width=n; Alignment="Right"; FormatString="N2"}.',
		},
		{
			name: 'AutoSize',
			type: 'switch',
			help: 'Sizes every column to its widest value, even where the default view sets a width.',
		},
		{
			name: 'GroupBy',
			type: 'object',
			help: 'A property name, script block or calculated property; a new table starts each time its value changes.',
		},
		{
			name: 'Wrap',
			type: 'switch',
			help: 'Wraps long values onto the next lines instead of cutting them.',
		},
		{
			name: 'HideTableHeaders',
			type: 'switch',
			help: 'Leaves out the column headers and the line of dashes under them.',
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
			title: 'Show chosen properties of components',
			code: 'Get-Component | Format-Table -Property Name, State',
			remarks: 'Shows a two-column table with the name and the state of each component thread.',
			expect: ['Name', 'State'],
		},
		{
			title: 'Add a calculated column',
			code: "[pscustomobject]@{Name='SMS_DMP_DOWNLOADER'; Seconds=90} |\n    Format-Table Name, @{Name='Minutes'; Expression={$_.Seconds / 60}; FormatString='N1'}",
			remarks: 'The Minutes column is computed for each object by the script block and shown with one decimal.',
			expect: ['Name               Minutes', 'SMS_DMP_DOWNLOADER     1.5'],
		},
		{
			title: 'Group rows by a property',
			code: "@([pscustomobject]@{Name='A'; State='Running'}, [pscustomobject]@{Name='B'; State='Stopped'}) |\n    Format-Table -Property Name -GroupBy State",
			remarks: 'A table is written for each value of State, headed by a line such as "   State: Running".',
			expect: ['   State: Running', '   State: Stopped'],
		},
	],
	related: ['Format-List', 'Out-String', 'Select-Object'],
	begin: beginFormat,
	process: collectFormatInput,
	async end(ctx) {
		await writeFormatted(ctx, () =>
			buildTable({
				objects: ctx.state.objects,
				property: ctx.params.Property ?? undefined,
				groupBy: ctx.params.GroupBy ?? undefined,
				autosize: ctx.params.AutoSize === true,
				wrap: ctx.params.Wrap === true,
				hideHeaders: ctx.params.HideTableHeaders === true,
				invoke: (block, obj) => ctx.invoke(block, obj),
			}),
		);
	},
};

export default def;
