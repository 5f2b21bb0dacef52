// Out-String: formats its input as Out-Default would show it, and writes the text instead of displaying it:
// one string for everything, or one string a line with -Stream.

import type {CmdletDef} from '../../src/engine/command.ts';
import {OutDefault} from '../../src/format/out-default.ts';

const def: CmdletDef = {
	name: 'Out-String',
	synopsis: 'Outputs input objects as a string.',
	description:
		'Out-String converts objects into the text the console would show for them: tables, lists and plain values ' +
		'formatted by their default views (or by Format-Table and Format-List when those came first). By default it ' +
		'writes one string holding all the lines, each followed by a newline; with -Stream it writes each line as a ' +
		'separate string. -Width sets the line width tables and lists are laid out to; it defaults to the width of ' +
		'the host.',
	parameters: [
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to write as text. Usually piped in.',
		},
		{
			name: 'Width',
			type: 'int',
			validateRange: [2, 2147483647],
			help: 'The number of characters in each line of output; longer values are cut or wrapped. The default is the width of the host.',
		},
		{
			name: 'Stream',
			type: 'switch',
			help: 'Writes each line as a separate string instead of one string for all of them.',
		},
		{
			name: 'NoNewline',
			type: 'switch',
			help: 'Leaves out the newlines: the lines are joined with nothing between them.',
		},
	],
	outputs: ['System.String'],
	examples: [
		{
			title: 'Turn a table into text',
			code: "$text = [pscustomobject]@{Name='PS1'; Mode='Online'} | Out-String\n$text.Trim()",
			remarks: 'The object is formatted as a table; the result is one string, shown here without its blank lines.',
			expect: ['Name Mode', '---- ----', 'PS1  Online'],
		},
		{
			title: 'Search the lines of formatted output',
			code: "[pscustomobject]@{Name='PS1'; Mode='Online'} | Format-List | Out-String -Stream | Where-Object { $_ -like 'Mode*' }",
			remarks: 'With -Stream each line is a string of its own, so Where-Object can pick the line it wants.',
			expect: ['Mode : Online'],
		},
	],
	related: ['Format-Table', 'Format-List', 'Out-Null'],
	begin(ctx) {
		const width = ctx.isBound('Width') ? Number(ctx.params.Width) : ctx.host.width;
		const lines: string[] = [];
		ctx.state.lines = lines;
		// With -Stream each line goes out as soon as the formatter lets go of it.
		const emit = ctx.params.Stream ? (line: string) => ctx.write(line) : (line: string) => void lines.push(line);
		ctx.state.formatter = new OutDefault({width, color: false, errorView: ctx.host.errorView}, emit);
	},
	process(ctx) {
		const formatter: OutDefault = ctx.state.formatter;
		if (ctx.hasInput) formatter.write(ctx.input);
		else if (ctx.isBound('InputObject')) formatter.write(ctx.params.InputObject);
	},
	end(ctx) {
		const formatter: OutDefault = ctx.state.formatter;
		formatter.end();
		if (ctx.params.Stream) return;
		const lines: string[] = ctx.state.lines;
		ctx.write(ctx.params.NoNewline ? lines.join('') : lines.map(l => l + '\n').join(''));
	},
};

export default def;
