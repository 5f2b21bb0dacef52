// Tee-Object: passes its input on AND keeps a copy in a file or a variable, so a runbook can log what it shows.
// The file gets what the console would show (as Out-File writes it), not the objects' raw text.

import type {CmdletDef} from '../../src/engine/command.ts';
import {OutDefault} from '../../src/format/out-default.ts';
import {appendFileSync} from 'node:fs';
import {ENCODINGS, ENCODING_HELP, userPath, writeFile} from '../_lib/file-io.ts';

const def: CmdletDef = {
	name: 'Tee-Object',
	aliases: ['tee'],
	synopsis: 'Saves command output in a file or variable and also sends it down the pipeline.',
	description:
		'Tee-Object writes each input object down the pipeline unchanged and also saves it: in a file (-FilePath), ' +
		'formatted as the console would show it, as Out-File writes it; or in a variable (-Variable), which holds the ' +
		'object when there was one and an array when there were several. The file is replaced unless -Append is ' +
		'given.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB\\log.txt) lives under $env:SCPSH_DRIVE_ROOT ' +
		'(or ~/.scpsh/drives), and a relative path starts at the current file-system location. The folder must exist.',
	defaultParameterSet: 'File',
	parameters: [
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to save and pass on. Usually piped in.',
		},
		{
			name: 'FilePath',
			type: 'string',
			position: 0,
			mandatory: true,
			sets: ['File'],
			aliases: ['Path'],
			notNullOrEmpty: true,
			help: 'The file to save the objects in, as the console would show them. It is replaced unless -Append is given.',
		},
		{
			name: 'LiteralPath',
			type: 'string',
			mandatory: true,
			sets: ['LiteralFile'],
			aliases: ['PSPath', 'LP'],
			notNullOrEmpty: true,
			help: 'The file to save the objects in, taken exactly as typed.',
		},
		{
			name: 'Append',
			type: 'switch',
			sets: ['File', 'LiteralFile'],
			help: 'Adds the output to the end of the file instead of replacing it.',
		},
		{
			name: 'Encoding',
			type: 'string',
			sets: ['File', 'LiteralFile'],
			validateSet: ENCODINGS,
			default: 'utf8NoBOM',
			help: ENCODING_HELP,
		},
		{
			name: 'Variable',
			type: 'string',
			mandatory: true,
			sets: ['Variable'],
			notNullOrEmpty: true,
			help: 'The name of the variable (without $) to save the objects in.',
		},
	],
	outputs: ['System.Object'],
	examples: [
		{
			title: 'Show output and log it',
			code: "'Mode change requested', 'Restarting SMS_DMP_DOWNLOADER' | Tee-Object -FilePath run.log\nGet-Content run.log",
			remarks: 'The lines go down the pipeline (and to the screen) and into run.log, which Get-Content reads back.',
			expect: ['Mode change requested', 'Restarting SMS_DMP_DOWNLOADER'],
		},
		{
			title: 'Keep a copy in a variable',
			code: "1..3 | Tee-Object -Variable seen | Measure-Object -Sum | ForEach-Object { \"Sum $($_.Sum) of $($seen.Count) numbers\" }",
			remarks: 'The numbers go on to Measure-Object, and $seen holds all three.',
			expect: ['Sum 6 of 3 numbers'],
		},
	],
	related: ['Out-File', 'Set-Variable', 'Write-Output'],
	begin(ctx) {
		if (ctx.parameterSet === 'Variable') {
			ctx.state.values = [] as unknown[];
			return;
		}
		const path = String(ctx.params.FilePath ?? ctx.params.LiteralPath);
		// Like Out-File, the file is opened (created or emptied) before any input arrives.
		writeFile(ctx, path, '', {append: ctx.params.Append === true});
		const real = userPath(ctx.session, path).real;
		ctx.state.formatter = new OutDefault({width: 120, color: false, errorView: ctx.host.errorView}, line => appendFileSync(real, line + '\n'));
	},
	process(ctx) {
		if (!ctx.hasInput && !ctx.isBound('InputObject')) return;
		const value = ctx.hasInput ? ctx.input : ctx.params.InputObject;
		if (ctx.state.values) ctx.state.values.push(value);
		else (ctx.state.formatter as OutDefault).write(value);
		ctx.write(value);
	},
	end(ctx) {
		if (ctx.state.values) {
			const values: unknown[] = ctx.state.values;
			// As Set-Variable fed from a pipeline: one object is kept as itself, several as an array.
			ctx.session.setVariable(String(ctx.params.Variable), values.length === 1 ? values[0] : values);
			return;
		}
		(ctx.state.formatter as OutDefault).end();
	},
};

export default def;
