// Invoke-Expression: runs a string as PowerShell code.

import type {CmdletDef} from '../../src/engine/command.ts';

const def: CmdletDef = {
	name: 'Invoke-Expression',
	aliases: ['iex'],
	synopsis: 'Runs commands or expressions given as a string.',
	description:
		'Invoke-Expression parses a string as PowerShell and runs it, writing its output to the pipeline. Errors in ' +
		'the code are reported as the code runs. Building code from strings is rarely needed: a script block and the ' +
		'call operator (`& $block`) are safer, because text from elsewhere can contain commands you did not intend to ' +
		'run.',
	parameters: [
		{
			name: 'Command',
			type: 'string',
			mandatory: true,
			position: 0,
			valueFromPipeline: true,
			help: 'The code to run, as a string.',
		},
	],
	outputs: ['System.Object'],
	examples: [
		{
			title: 'Run an expression held in a string',
			code: "Invoke-Expression '6 * 7'",
			remarks: 'The string is parsed and evaluated.',
			expect: ['42'],
		},
		{
			title: 'Run a command line built at run time',
			code: "$verb = 'Get'\nInvoke-Expression \"$verb-Alias -Name gal\"",
			remarks: 'The command text is put together first, then run.',
			expect: ['gal -> Get-Alias'],
		},
		{
			title: 'Pipe code to iex',
			code: "'1..3 | ForEach-Object { $_ * 10 }' | iex",
			remarks: 'Each piped string is run in turn.',
			expect: ['10', '20', '30'],
		},
	],
	related: ['Invoke-History'],
	async process(ctx) {
		const text: string = ctx.params.Command ?? '';
		if (text.trim() === '') return;
		ctx.writeAll(await ctx.session.runText(text));
	},
};

export default def;
