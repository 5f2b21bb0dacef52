// Export-Csv: ConvertTo-Csv's lines written to a file. With -Append the header is left out when the file
// already holds one, so a runbook can add a row a run.

import {existsSync, statSync} from 'node:fs';
import type {CmdletDef} from '../../src/engine/command.ts';
import {CsvWriter, type QuoteKind} from '../../src/format/csv.ts';
import {ENCODINGS, ENCODING_HELP, fileExists, userPath, writeFile} from '../_lib/file-io.ts';

const def: CmdletDef = {
	name: 'Export-Csv',
	synopsis: 'Converts objects into character-separated value (CSV) strings and saves them to a file.',
	description:
		'Export-Csv writes a header line with the property names of the first object and then a line for each ' +
		'object, as ConvertTo-Csv does, to a file. Every field is quoted unless -UseQuotes says otherwise. With ' +
		'-Append the lines go at the end of the file, and the header is left out when the file is not empty. ' +
		'-NoClobber refuses to replace a file that exists. As in PowerShell 7 there is no #TYPE line unless ' +
		'-IncludeTypeInformation; -NoTypeInformation is accepted for scripts written for Windows PowerShell.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB\\x.csv) lives under $env:SCPSH_DRIVE_ROOT ' +
		'(or ~/.scpsh/drives), and a relative path starts at the current file-system location.',
	parameters: [
		{name: 'Path', type: 'string', position: 0, mandatory: true, aliases: ['LiteralPath', 'PSPath'], notNullOrEmpty: true, help: 'The file to write.'},
		{name: 'InputObject', type: 'object', mandatory: true, valueFromPipeline: true, help: 'The objects to export. Usually piped in.'},
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
		{name: 'QuoteFields', type: 'string[]', help: 'Quotes only the fields of these columns.'},
		{name: 'Append', type: 'switch', help: 'Adds the lines to the end of the file; the header is left out when the file is not empty.'},
		{name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'], help: 'Fails instead of replacing a file that exists.'},
		{name: 'Force', type: 'switch', help: 'Accepted for compatibility.'},
		{name: 'IncludeTypeInformation', type: 'switch', help: 'Writes a #TYPE line with the type name of the first object before the header.'},
		{name: 'NoTypeInformation', type: 'switch', help: 'Leaves out the #TYPE line, which PowerShell 7 leaves out anyway. Accepted for compatibility.'},
		{name: 'NoHeader', type: 'switch', help: 'Leaves out the header line.'},
		{name: 'Encoding', type: 'string', validateSet: ENCODINGS, help: ENCODING_HELP},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Save objects as CSV',
			code: "[pscustomobject]@{Name='SMS_DMP_DOWNLOADER'; State='Running'} | Export-Csv -Path components.csv -NoTypeInformation\nGet-Content components.csv",
			remarks: 'The file holds a header line and a line for the object.',
			expect: ['"Name","State"', '"SMS_DMP_DOWNLOADER","Running"'],
		},
		{
			title: 'Add a row a run',
			code: "[pscustomobject]@{Run=1} | Export-Csv runs.csv\n[pscustomobject]@{Run=2} | Export-Csv runs.csv -Append\nGet-Content runs.csv",
			remarks: 'The second export adds its row without a second header.',
			expect: ['"Run"', '"1"', '"2"'],
		},
	],
	related: ['ConvertTo-Csv', 'Out-File', 'Get-Content'],
	begin(ctx) {
		const path = String(ctx.params.Path);
		const {real, shown} = userPath(ctx.session, path);
		const exists = existsSync(real);
		if (exists && ctx.params.NoClobber && !ctx.params.Append) ctx.fail(fileExists(shown));
		const hasContent = ctx.params.Append === true && exists && statSync(real).isFile() && statSync(real).size > 0;
		ctx.state.writer = new CsvWriter({
			delimiter: ctx.params.Delimiter ?? ',',
			useQuotes: (ctx.params.UseQuotes ?? 'Always') as QuoteKind,
			quoteFields: ctx.params.QuoteFields ?? undefined,
			includeTypeInformation: ctx.params.IncludeTypeInformation === true && !hasContent,
			noHeader: ctx.params.NoHeader === true || hasContent,
		});
		// pwsh opens the file first: it is created (or emptied) even when no object arrives.
		writeFile(ctx, path, '', {append: ctx.params.Append === true});
	},
	process(ctx) {
		const writer: CsvWriter = ctx.state.writer;
		const lines = writer.write(ctx.hasInput ? ctx.input : ctx.params.InputObject);
		writeFile(ctx, String(ctx.params.Path), lines.map(l => l + '\n').join(''), {append: true});
	},
};

export default def;
