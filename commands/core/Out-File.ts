// Out-File: writes its input to a file as the console would show it. `cmd > file` and `cmd >> file` are this
// cmdlet too (the pipeline appends it), so both must print what the screen would: OutDefault, no colour.

import type {CmdletDef} from '../../src/engine/command.ts';
import {OutDefault} from '../../src/format/out-default.ts';
import {appendFileSync} from 'node:fs';
import {ENCODINGS, ENCODING_HELP, userPath, writeFile} from '../_lib/file-io.ts';

const def: CmdletDef = {
	name: 'Out-File',
	synopsis: 'Sends output to a file.',
	description:
		'Out-File writes objects to a file in the form the console would show them: strings line by line, objects ' +
		'as tables or lists laid out to -Width characters (120 unless told). The file is created (or emptied) ' +
		'before any input arrives; -Append adds to its end instead, and -NoClobber refuses to replace a file that ' +
		'exists. The redirection operators are shorthand for this cmdlet: `cmd > file` is `cmd | Out-File file` ' +
		'and `cmd >> file` is `cmd | Out-File file -Append`.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB\\log.txt) lives under $env:SCPSH_DRIVE_ROOT ' +
		'(or ~/.scpsh/drives), and a relative path starts at the current file-system location. The folder must exist.',
	parameters: [
		{
			name: 'FilePath',
			type: 'string',
			position: 0,
			mandatory: true,
			aliases: ['Path', 'LiteralPath', 'PSPath'],
			notNullOrEmpty: true,
			help: 'The file to write. Backslashes and drive letters are accepted (see the description).',
		},
		{
			name: 'Encoding',
			type: 'string',
			position: 1,
			validateSet: ENCODINGS,
			default: 'utf8NoBOM',
			help: ENCODING_HELP,
		},
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to write. Usually piped in.',
		},
		{name: 'Append', type: 'switch', help: 'Adds the output to the end of the file instead of replacing it.'},
		{name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'], help: 'Fails instead of replacing a file that exists.'},
		{name: 'Force', type: 'switch', help: 'Accepted for compatibility; scpsh files have no read-only attribute to override.'},
		{
			name: 'Width',
			type: 'int',
			validateRange: [2, 2147483647],
			default: 120,
			help: 'The number of characters in each line tables and lists are laid out to. The default is 120.',
		},
		{name: 'NoNewline', type: 'switch', help: 'Writes the text of each object with no newline between or after them.'},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Write a log line',
			code: "$log = 'runbook.log'\n'Mode change requested' | Out-File -FilePath $log -Append\nGet-Content $log",
			remarks: 'Appends a line to runbook.log (creating it) and reads it back.',
			expect: ['Mode change requested'],
		},
		{
			title: 'Save a table to a file',
			code: "[pscustomobject]@{Name='PS1'; Mode='Online'} | Out-File status.txt\nGet-Content status.txt",
			remarks: 'The file holds the table the console would show.',
			expect: ['Name Mode', 'PS1  Online'],
		},
	],
	related: ['Out-String', 'Set-Content', 'Add-Content', 'Get-Content'],
	begin(ctx) {
		const path = String(ctx.params.FilePath);
		// pwsh opens the file first: it exists (empty) even when nothing comes down the pipeline.
		if (ctx.params.Append) writeFile(ctx, path, '', {append: true});
		else writeFile(ctx, path, '', {noClobber: ctx.params.NoClobber === true});
		// Each line goes to the file as the formatter lets go of it, so what came before a terminating error
		// (`& { 'a'; throw 'x' } > f.txt`) is in the file, as in pwsh.
		const real = userPath(ctx.session, path).real;
		const ending = ctx.params.NoNewline ? '' : '\n';
		ctx.state.formatter = new OutDefault({width: Number(ctx.params.Width ?? 120), color: false, errorView: ctx.host.errorView}, line => appendFileSync(real, line + ending));
	},
	process(ctx) {
		const formatter: OutDefault = ctx.state.formatter;
		if (ctx.hasInput) formatter.write(ctx.input);
		else if (ctx.isBound('InputObject')) formatter.write(ctx.params.InputObject);
	},
	end(ctx) {
		const formatter: OutDefault = ctx.state.formatter;
		formatter.end();
	},
};

export default def;
