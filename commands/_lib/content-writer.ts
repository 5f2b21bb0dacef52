// Set-Content and Add-Content share everything but whether the file is replaced: both take -Path and -Value,
// write each value's string form on a line of its own, and collect piped values so the file is written once.

import type {CmdletDef, ParameterDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {ENCODINGS, ENCODING_HELP, userPath, writeFile} from './file-io.ts';

export const contentParameters: ParameterDef[] = [
	{
		name: 'Path',
		type: 'string[]',
		position: 0,
		mandatory: true,
		aliases: ['LiteralPath', 'PSPath'],
		valueFromPipelineByPropertyName: true,
		help: 'The files to write.',
	},
	{
		name: 'Value',
		type: 'object[]',
		position: 1,
		mandatory: true,
		valueFromPipeline: true,
		help: 'The content: each value is written as its string form on a line of its own. Usually piped in.',
	},
	{name: 'NoNewline', type: 'switch', help: 'Writes the values with no newline between or after them.'},
	{name: 'Encoding', type: 'string', validateSet: ENCODINGS, help: ENCODING_HELP},
	{name: 'Force', type: 'switch', help: 'Accepted for compatibility; scpsh files have no read-only attribute to override.'},
	{name: 'PassThru', type: 'switch', help: 'Writes the content to the pipeline as well.'},
];

export function contentHandlers(append: boolean): Pick<CmdletDef, 'begin' | 'process' | 'end'> {
	return {
		begin(ctx) {
			ctx.state.values = [];
		},
		process(ctx) {
			const v = ctx.hasInput ? [ctx.input] : (ctx.params.Value as unknown[] | null) ?? [];
			for (const item of v) ctx.state.values.push(item === null || item === undefined ? '' : toStr(item));
		},
		async end(ctx) {
			const values: string[] = ctx.state.values;
			const text = ctx.params.NoNewline ? values.join('') : values.map(v => v + '\n').join('');
			for (const path of ctx.params.Path as string[]) {
				if (await ctx.shouldProcess(`Path: ${userPath(ctx.session, path).shown}`, append ? 'Add Content' : 'Set Content')) writeFile(ctx, path, text, {append});
			}
			if (ctx.params.PassThru) ctx.writeAll(values);
		},
	};
}
