// Get-Content: a file's lines, one string each, or the whole text with -Raw. Runbooks read their own logs and
// input lists with it.

import type {CmdletDef} from '../../src/engine/command.ts';
import {ENCODINGS, ENCODING_HELP, readFile, splitLines} from '../_lib/file-io.ts';

const def: CmdletDef = {
	name: 'Get-Content',
	aliases: ['gc', 'cat', 'type'],
	synopsis: 'Gets the content of a file.',
	description:
		'Get-Content reads a text file and writes each line as a string; the final newline does not make an empty ' +
		'last line. -TotalCount (or -First, -Head) stops after that many lines and -Tail gives only the last ones; ' +
		'-Raw writes the whole text as one string, newlines included. A path that does not exist is a ' +
		'non-terminating error, so the next path is still read.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB\\x.txt) lives under $env:SCPSH_DRIVE_ROOT ' +
		'(or ~/.scpsh/drives), and a relative path starts at the current file-system location.',
	parameters: [
		{
			name: 'Path',
			type: 'string[]',
			position: 0,
			mandatory: true,
			aliases: ['LiteralPath', 'PSPath', 'FullName'],
			valueFromPipelineByPropertyName: true,
			help: 'The files to read.',
		},
		{
			name: 'TotalCount',
			type: 'long',
			aliases: ['First', 'Head'],
			default: -1,
			help: 'The number of lines from the start of the file to read. The default, -1, reads them all.',
		},
		{
			name: 'Tail',
			type: 'int',
			aliases: ['Last'],
			help: 'The number of lines from the end of the file to read.',
		},
		{name: 'Raw', type: 'switch', help: 'Writes the whole text of the file as one string, newlines included.'},
		{name: 'Encoding', type: 'string', validateSet: ENCODINGS, help: ENCODING_HELP.replace('writes', 'reads')},
		{name: 'Force', type: 'switch', help: 'Accepted for compatibility.'},
	],
	outputs: ['System.String'],
	examples: [
		{
			title: 'Read a file a line at a time',
			code: "Set-Content -Path sites.txt -Value 'PS1', 'CS1', 'PR2'\nGet-Content sites.txt | ForEach-Object { \"Site $_\" }",
			remarks: 'Each line of the file comes down the pipeline as a string.',
			expect: ['Site PS1', 'Site CS1', 'Site PR2'],
		},
		{
			title: 'Read the end of a log',
			code: "1..10 | ForEach-Object { \"line $_\" } | Out-File run.log\nGet-Content run.log -Tail 2",
			remarks: 'Only the last two lines are written.',
			expect: ['line 9', 'line 10'],
		},
	],
	related: ['Set-Content', 'Add-Content', 'Out-File', 'Test-Path'],
	process(ctx) {
		for (const path of ctx.params.Path as string[]) {
			const text = readFile(ctx, path);
			if (text === undefined) continue;
			if (ctx.params.Raw) {
				// pwsh gives $null, not '', for an empty file.
				if (text !== '') ctx.write(text);
				continue;
			}
			let lines = splitLines(text);
			const total = Number(ctx.params.TotalCount);
			if (total >= 0) lines = lines.slice(0, total);
			if (ctx.isBound('Tail')) {
				const tail = Number(ctx.params.Tail);
				lines = tail > 0 ? lines.slice(-tail) : tail === 0 ? [] : lines;
			}
			ctx.writeAll(lines);
		}
	},
};

export default def;
