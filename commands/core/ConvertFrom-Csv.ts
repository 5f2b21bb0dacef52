// ConvertFrom-Csv: CSV text (usually piped, a line per string) into PSCustomObjects, one per row. Runbooks keep
// site lists in here-strings and feed them through it.

import type {CmdletDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {enumerate} from '../../src/engine/values.ts';
import {csvObjects, csvReadParameters, delimiterOf} from './_csv-read.ts';

const def: CmdletDef = {
	name: 'ConvertFrom-Csv',
	synopsis: 'Converts character-separated value (CSV) text into objects.',
	description:
		'ConvertFrom-Csv reads CSV text and writes one PSCustomObject per row, with a property per column. The ' +
		'first row names the columns unless -Header gives the names (the first row is then data). Every value is a ' +
		'string; a row with too few values gets $null for the rest, and values beyond the header are dropped.\n\n' +
		'Fields are separated by commas, or by the one character -Delimiter gives. A quoted field may hold the ' +
		'delimiter, line breaks and doubled quotes (""). Blank lines are skipped. A first line `#TYPE Name`, as ' +
		'Export-Csv -IncludeTypeInformation writes it, gives the objects the type name CSV:Name. The text may arrive ' +
		'as one string or as many (a line each).',
	defaultParameterSet: 'Delimiter',
	parameters: [
		{
			name: 'InputObject',
			type: 'object[]',
			position: 0,
			mandatory: true,
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			help: 'The CSV text: strings, a line each or several lines in one.',
		},
		...csvReadParameters('text'),
	],
	outputs: ['System.Management.Automation.PSCustomObject'],
	examples: [
		{
			title: 'Objects from a here-string',
			code: "$csv = @'\nSiteCode,Role\nPS1,\"Service connection point, online\"\nCS1,Distribution point\n'@\n$csv | ConvertFrom-Csv | ForEach-Object { \"$($_.SiteCode): $($_.Role)\" }",
			remarks: 'The quoted field keeps its comma.',
			expect: ['PS1: Service connection point, online', 'CS1: Distribution point'],
		},
		{
			title: 'Name the columns yourself',
			code: "'PS1;Online', 'CS1;Offline' | ConvertFrom-Csv -Delimiter ';' -Header Site, Mode",
			remarks: 'With -Header every line is a row; -Delimiter splits on semicolons.',
			expect: ['Site Mode', 'PS1  Online', 'CS1  Offline'],
		},
	],
	related: ['ConvertTo-Csv', 'Import-Csv', 'Export-Csv'],
	begin(ctx) {
		ctx.state.lines = [] as string[];
	},
	process(ctx) {
		const lines: string[] = ctx.state.lines;
		const value = ctx.hasInput ? ctx.input : ctx.params.InputObject;
		for (const item of enumerate(value)) if (item !== null && item !== undefined) lines.push(toStr(item));
	},
	end(ctx) {
		// Parsed once at the end: a quoted field may run across the strings that came down the pipeline.
		const header = ctx.isBound('Header') && ctx.params.Header !== null ? (ctx.params.Header as string[]).map(String) : null;
		ctx.writeAll(csvObjects(ctx, (ctx.state.lines as string[]).join('\n'), delimiterOf(ctx), header));
	},
};

export default def;
