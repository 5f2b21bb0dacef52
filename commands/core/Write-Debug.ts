// Write-Debug: a DEBUG: message, shown only with -Debug or when $DebugPreference is Continue.

import type {CmdletDef} from '../../src/engine/command.ts';

const def: CmdletDef = {
	name: 'Write-Debug',
	synopsis: 'Writes a debug message.',
	description:
		'Write-Debug writes a message to the debug stream. By default debug messages are not shown: they appear, as ' +
		'`DEBUG: <message>`, when the command is run with -Debug or when $DebugPreference is Continue.',
	parameters: [
		{
			name: 'Message',
			type: 'string',
			mandatory: true,
			position: 0,
			valueFromPipeline: true,
			aliases: ['Msg'],
			help: 'The text of the debug message.',
		},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Show a debug message',
			code: "$DebugPreference = 'Continue'\nWrite-Debug 'Component table loaded'",
			remarks: 'With $DebugPreference set to Continue the message is shown.',
		},
		{
			title: 'Debug messages are hidden by default',
			code: "Write-Debug 'not shown'\n'finished'",
			remarks: 'Without -Debug or a preference, the message is not displayed.',
			expect: ['finished'],
		},
	],
	related: ['Write-Verbose', 'Write-Warning'],
	process(ctx) {
		ctx.writeDebug(ctx.params.Message ?? '');
	},
};

export default def;
