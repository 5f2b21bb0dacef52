// Out-Host: formats objects and shows them on the host now, instead of passing them down the pipeline.

import type {CmdletDef} from '../../src/engine/command.ts';
import type {OutputSink} from '../../src/host/host.ts';

const def: CmdletDef = {
	name: 'Out-Host',
	aliases: ['oh'],
	synopsis: 'Sends output to the host for display.',
	description:
		'Out-Host formats the objects it receives with their default views and shows them at once. Nothing is passed ' +
		'on, so Out-Host is the end of a pipeline. It is what happens implicitly at the end of every pipeline; use it ' +
		'to show objects in the middle of a script, before later output. -Paging is accepted; scpsh does not page.',
	parameters: [
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to show.',
		},
		{
			name: 'Paging',
			type: 'switch',
			help: 'Shows one page at a time in pwsh. Accepted for compatibility; scpsh shows everything at once.',
		},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Show objects now',
			code: "'first', 'second' | Out-Host",
			remarks: 'The strings are displayed; nothing is written to the pipeline.',
			expect: ['first', 'second'],
		},
		{
			title: 'Show a table before later output',
			code: "[pscustomobject]@{Mode = 'Online'; Effective = 'Online'} | Out-Host\n'after the table'",
			remarks: 'The table is shown in full before the next statement prints.',
			expect: ['Mode', 'after the table'],
		},
	],
	related: ['Write-Host', 'Write-Output'],
	begin(ctx) {
		ctx.state.sink = ctx.host.openOutput();
	},
	process(ctx) {
		const sink: OutputSink = ctx.state.sink;
		if (ctx.hasInput) sink.write(ctx.input);
		else if (ctx.isBound('InputObject')) sink.write(ctx.params.InputObject);
	},
	end(ctx) {
		(ctx.state.sink as OutputSink).end();
	},
};

export default def;
