// Import-Csv: a CSV file's rows as PSCustomObjects. Reads through the shared file helpers, so paths map as for
// Get-Content and a missing file is pwsh's non-terminating PathNotFound.

import type {CmdletDef} from '../../src/engine/command.ts';
import {ENCODINGS, ENCODING_HELP, readFile} from '../_lib/file-io.ts';
import {csvObjects, csvReadParameters, delimiterOf} from './_csv-read.ts';

const def: CmdletDef = {
	name: 'Import-Csv',
	aliases: ['ipcsv'],
	synopsis: 'Creates table-like custom objects from the items in a character-separated value (CSV) file.',
	description:
		'Import-Csv reads a CSV file (as Export-Csv writes it) and writes one PSCustomObject per row, with a ' +
		'property per column. The first row names the columns unless -Header gives the names (the first row is then ' +
		'data). Every value is a string; a row with too few values gets $null for the rest.\n\n' +
		'Fields are separated by commas, or by the one character -Delimiter gives. A quoted field may hold the ' +
		'delimiter, line breaks and doubled quotes (""). Blank lines are skipped; a first line `#TYPE Name` gives ' +
		'the objects the type name CSV:Name. A file that does not exist is a non-terminating error, so the next path ' +
		'is still read.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB\\sites.csv) lives under $env:SCPSH_DRIVE_ROOT ' +
		'(or ~/.scpsh/drives), and a relative path starts at the current file-system location.',
	defaultParameterSet: 'Delimiter',
	parameters: [
		{
			name: 'Path',
			type: 'string[]',
			position: 0,
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			aliases: ['LiteralPath', 'PSPath', 'LP'],
			help: 'The CSV files to read.',
		},
		...csvReadParameters('file'),
		{name: 'Encoding', type: 'string', validateSet: ENCODINGS, help: ENCODING_HELP.replace('writes', 'reads')},
	],
	outputs: ['System.Management.Automation.PSCustomObject'],
	examples: [
		{
			title: 'Read back what Export-Csv wrote',
			code:
				"[pscustomobject]@{Site='PS1'; Mode='Online'}, [pscustomobject]@{Site='CS1'; Mode='Offline'} | Export-Csv sites.csv\n" +
				'Import-Csv sites.csv | Where-Object Mode -eq Offline',
			remarks: 'Each row comes back as an object whose properties are strings.',
			expect: ['Site Mode', 'CS1  Offline'],
		},
		{
			title: 'A file without a header row',
			code: "Set-Content hosts.txt -Value 'cm01|PS1', 'cm02|CS1'\nImport-Csv hosts.txt -Delimiter '|' -Header Server, Site | ForEach-Object { \"$($_.Server) serves $($_.Site)\" }",
			remarks: '-Header names the columns, so the first line is data.',
			expect: ['cm01 serves PS1', 'cm02 serves CS1'],
		},
	],
	related: ['Export-Csv', 'ConvertFrom-Csv', 'Get-Content'],
	process(ctx) {
		const header = ctx.isBound('Header') && ctx.params.Header !== null ? (ctx.params.Header as string[]).map(String) : null;
		for (const path of (ctx.params.Path ?? []) as string[]) {
			const text = readFile(ctx, String(path));
			if (text === undefined) continue;
			ctx.writeAll(csvObjects(ctx, text, delimiterOf(ctx), header));
		}
	},
};

export default def;
