// Write-Information: a message on the information stream, shown when -InformationAction or $InformationPreference
// says Continue (it is SilentlyContinue by default, unlike Write-Host's messages).

import type {CmdletDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';

const def: CmdletDef = {
	name: 'Write-Information',
	synopsis: 'Writes a message to the information stream.',
	description:
		'Write-Information writes a message to the information stream. It is not shown by default: run the command ' +
		'with -InformationAction Continue, or set $InformationPreference to Continue, to see it. Tags let a caller ' +
		'tell kinds of messages apart.',
	parameters: [
		{
			name: 'MessageData',
			type: 'object',
			mandatory: true,
			position: 0,
			aliases: ['Msg', 'Message'],
			help: 'The message: a string, or any object, which is shown in its string form.',
		},
		{
			name: 'Tags',
			type: 'string[]',
			position: 1,
			help: 'Tags that describe the message, for filtering by whoever consumes the stream.',
		},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Show an information message',
			code: "Write-Information 'Update check scheduled' -InformationAction Continue",
			remarks: 'With -InformationAction Continue the message is shown.',
			expect: ['Update check scheduled'],
		},
		{
			title: 'Information messages are hidden by default',
			code: "Write-Information 'quiet'\n'after'",
			remarks: 'Without -InformationAction Continue nothing is shown.',
			expect: ['after'],
		},
	],
	related: ['Write-Host', 'Write-Verbose'],
	process(ctx) {
		// CmdletContext has no information-stream writer, so the preference is read here: the common parameter first,
		// then the session's $InformationPreference.
		const action = typeof ctx.params.InformationAction === 'string' ? ctx.params.InformationAction : toStr(ctx.session.getVariable('InformationPreference'));
		const text = toStr(ctx.params.MessageData);
		if (action === 'Stop') {
			ctx.fail({
				message: `The running command stopped because the preference variable "InformationPreference" or common parameter is set to Stop: ${text}`,
				id: 'ActionPreferenceStop',
				category: 'OperationStopped',
				exceptionType: 'ActionPreferenceStopException',
			});
		}
		if (action === 'Continue' || action === 'Inquire') ctx.host.writeInformation(text);
	},
};

export default def;
