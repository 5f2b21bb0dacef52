// Write-Verbose: a VERBOSE: message, shown only with -Verbose or when $VerbosePreference is Continue.

import type {CmdletDef} from '../../src/engine/command.ts';

const def: CmdletDef = {
	name: 'Write-Verbose',
	synopsis: 'Writes text to the verbose message stream.',
	description:
		'Write-Verbose writes a message to the verbose stream. By default verbose messages are not shown: they appear, ' +
		'as `VERBOSE: <message>`, when the command is run with -Verbose or when $VerbosePreference is Continue. Use it ' +
		'for the detail a person debugging a script wants and everyone else does not.',
	parameters: [
		{
			name: 'Message',
			type: 'string',
			mandatory: true,
			position: 0,
			valueFromPipeline: true,
			aliases: ['Msg'],
			help: 'The text of the verbose message.',
		},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Show a verbose message',
			code: "Write-Verbose 'Connecting to CM01.contoso.com' -Verbose",
			remarks: 'The -Verbose common parameter makes the message visible.',
		},
		{
			title: 'Turn verbose messages on for a whole script',
			code: "$VerbosePreference = 'Continue'\nWrite-Verbose 'Step 1 of 3'",
			remarks: 'Setting $VerbosePreference to Continue shows every verbose message.',
		},
	],
	related: ['Write-Debug', 'Write-Warning', 'Write-Information'],
	process(ctx) {
		ctx.writeVerbose(ctx.params.Message ?? '');
	},
};

export default def;
