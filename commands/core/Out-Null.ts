// Out-Null: discards its input, so that nothing is shown.

import type {CmdletDef} from '../../src/engine/command.ts';

const def: CmdletDef = {
	name: 'Out-Null',
	synopsis: 'Hides the output instead of sending it down the pipeline or displaying it.',
	description:
		'Out-Null sends its input nowhere: nothing is displayed and nothing goes further down the pipeline. Use it to ' +
		'silence a command whose output you do not need. Errors are not hidden: they go to the error stream, not ' +
		'through the pipeline.',
	parameters: [
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to discard. Usually piped in.',
		},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Run a command for its effect only',
			code: 'Get-Component | Out-Null',
			remarks: 'The components are read but nothing is displayed.',
		},
		{
			title: 'Discard a value',
			code: "'not shown' | Out-Null",
			remarks: 'The string is dropped; the command displays nothing.',
		},
	],
	related: ['Out-String', 'Write-Output'],
	process() {
		// Nothing to do: dropping the input is the point.
	},
};

export default def;
