// Write-Host: shows text on the host, in colour if asked; it writes nothing to the pipeline.

import type {CmdletDef} from '../../src/engine/command.ts';
import type {HostColors} from '../../src/host/host.ts';
import {toStr} from '../../src/engine/convert.ts';

/** The names of [System.ConsoleColor], which -ForegroundColor and -BackgroundColor accept. */
export const consoleColors = [
	'Black',
	'DarkBlue',
	'DarkGreen',
	'DarkCyan',
	'DarkRed',
	'DarkMagenta',
	'DarkYellow',
	'Gray',
	'DarkGray',
	'Blue',
	'Green',
	'Cyan',
	'Red',
	'Magenta',
	'Yellow',
	'White',
] as const;

/** pwsh flattens nested collections and joins every item with the separator. */
function render(value: unknown, separator: string): string {
	if (Array.isArray(value)) return value.map(v => render(v, separator)).join(separator);
	return toStr(value);
}

const def: CmdletDef = {
	name: 'Write-Host',
	synopsis: 'Writes text to the host, optionally in colour.',
	description:
		'Write-Host shows the string form of objects on the screen. Collections are joined with the -Separator text ' +
		'(a space by default). Unlike Write-Output it sends nothing down the pipeline, so its text cannot be captured in ' +
		'a variable or passed to another command: use it for messages to the person running the script, and ' +
		'Write-Output for data.',
	parameters: [
		{
			name: 'Object',
			type: 'object',
			position: 0,
			valueFromPipeline: true,
			valueFromRemainingArguments: true,
			aliases: ['Msg', 'Message'],
			help: 'The objects to show. Collections are flattened and joined with -Separator.',
		},
		{
			name: 'NoNewline',
			type: 'switch',
			help: 'Does not end the output with a newline, so the next Write-Host continues on the same line.',
		},
		{
			name: 'Separator',
			type: 'object',
			default: ' ',
			help: 'The text put between the items of a collection. The default is one space.',
		},
		{
			name: 'ForegroundColor',
			type: 'string',
			validateSet: consoleColors,
			help: 'The text colour, a console colour name.',
		},
		{
			name: 'BackgroundColor',
			type: 'string',
			validateSet: consoleColors,
			help: 'The background colour, a console colour name.',
		},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Show a message',
			code: "Write-Host 'Checking the service connection point...'",
			remarks: 'The text goes to the screen; nothing is written to the pipeline.',
			expect: ['Checking the service connection point...'],
		},
		{
			title: 'Join items with a separator',
			code: "Write-Host (1, 2, 3) -Separator ' -> '",
			remarks: 'The items of the array are joined with the separator text.',
			expect: ['1 -> 2 -> 3'],
		},
		{
			title: 'Continue on the same line, in colour',
			code: "Write-Host 'Mode: ' -NoNewline; Write-Host 'Online' -ForegroundColor Green",
			remarks: 'The first call leaves the cursor on the line, so the coloured word follows the label.',
			expect: ['Mode: Online'],
		},
	],
	related: ['Write-Output', 'Write-Warning', 'Out-Host'],
	process(ctx) {
		if (!ctx.isBound('Object') && !ctx.hasInput) {
			// `Write-Host` alone writes an empty line, as pwsh does.
			if (!ctx.params.NoNewline) ctx.host.writeLine('');
			return;
		}
		const separator = toStr(ctx.params.Separator);
		const text = render(ctx.params.Object, separator);
		const colors: HostColors = {};
		if (ctx.params.ForegroundColor) colors.foreground = ctx.params.ForegroundColor;
		if (ctx.params.BackgroundColor) colors.background = ctx.params.BackgroundColor;
		const c = colors.foreground || colors.background ? colors : undefined;
		if (ctx.params.NoNewline) ctx.host.write(text, c);
		else ctx.host.writeLine(text, c);
	},
};

export default def;
