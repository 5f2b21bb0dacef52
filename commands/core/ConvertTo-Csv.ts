// ConvertTo-Csv: writes objects as lines of comma-separated values, as pwsh 7 does: a header line from the
// first object's properties, every field quoted, no #TYPE line unless -IncludeTypeInformation.

import type {CmdletDef} from '../../src/engine/command.ts';
import {CsvWriter, type QuoteKind} from '../../src/format/csv.ts';

const def: CmdletDef = {
	name: 'ConvertTo-Csv',
	synopsis: 'Converts objects into a series of character-separated value (CSV) strings.',
	description:
		'ConvertTo-Csv writes each object as a line of values separated by commas (or by -Delimiter), after a header ' +
		'line with the property names of the first object. Every field is quoted and quotes inside are doubled; ' +
		'-UseQuotes AsNeeded quotes only fields that need it and -UseQuotes Never none. A $null value is an empty ' +
		'field. Values are written with their string form, so a collection shows its type name: flatten it first.\n\n' +
		'As in PowerShell 7 there is no #TYPE line unless -IncludeTypeInformation is given; -NoTypeInformation is ' +
		'accepted for scripts written for Windows PowerShell.',
	parameters: [
		{
			name: 'InputObject',
			type: 'object',
			position: 0,
			mandatory: true,
			valueFromPipeline: true,
			help: 'The objects to convert. Usually piped in.',
		},
		{
			name: 'Delimiter',
			type: 'string',
			position: 1,
			default: ',',
			validate: value => (typeof value === 'string' && value.length === 1 ? undefined : 'The delimiter must be a single character.'),
			help: 'The character that separates the values. The default is a comma.',
		},
		{
			name: 'UseQuotes',
			type: 'string',
			validateSet: ['Never', 'Always', 'AsNeeded'],
			default: 'Always',
			help: 'When fields are quoted: Always (the default), AsNeeded (fields holding the delimiter, a quote or a newline) or Never.',
		},
		{
			name: 'QuoteFields',
			type: 'string[]',
			help: 'Quotes only the fields of these columns.',
		},
		{
			name: 'IncludeTypeInformation',
			type: 'switch',
			help: 'Writes a #TYPE line with the type name of the first object before the header.',
		},
		{
			name: 'NoTypeInformation',
			type: 'switch',
			help: 'Leaves out the #TYPE line, which PowerShell 7 leaves out anyway. Accepted for compatibility.',
		},
		{
			name: 'NoHeader',
			type: 'switch',
			help: 'Leaves out the header line.',
		},
	],
	outputs: ['System.String'],
	examples: [
		{
			title: 'Convert objects to CSV',
			code: "[pscustomobject]@{Name='SMS_DMP_DOWNLOADER'; State='Running'} | ConvertTo-Csv",
			remarks: 'The first line names the properties; the second holds the values, all quoted.',
			expect: ['"Name","State"', '"SMS_DMP_DOWNLOADER","Running"'],
		},
		{
			title: 'Use another delimiter and quote only when needed',
			code: "[pscustomobject]@{Name='PS1'; Version='5.00.9135.1000'} | ConvertTo-Csv -Delimiter ';' -UseQuotes AsNeeded",
			remarks: 'The values are separated by semicolons and written without quotes.',
			expect: ['Name;Version', 'PS1;5.00.9135.1000'],
		},
	],
	related: ['ConvertTo-Json', 'Select-Object'],
	begin(ctx) {
		ctx.state.writer = new CsvWriter({
			delimiter: ctx.params.Delimiter ?? ',',
			useQuotes: (ctx.params.UseQuotes ?? 'Always') as QuoteKind,
			quoteFields: ctx.params.QuoteFields ?? undefined,
			includeTypeInformation: ctx.params.IncludeTypeInformation === true,
			noHeader: ctx.params.NoHeader === true,
		});
	},
	process(ctx) {
		const writer: CsvWriter = ctx.state.writer;
		ctx.writeAll(writer.write(ctx.hasInput ? ctx.input : ctx.params.InputObject));
	},
};

export default def;
