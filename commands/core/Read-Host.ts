// Read-Host: a line typed by the person running the shell. Scripts run non-interactively, where pwsh refuses to
// prompt; scpsh gives the same error so a runbook that asks a question fails the same way in CI.

import type {CmdletDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';

const def: CmdletDef = {
	name: 'Read-Host',
	synopsis: 'Reads a line of input from the console.',
	description:
		'Read-Host shows the -Prompt text followed by a colon and waits for the person at the console to type a ' +
		'line, which it returns as a string.\n\n' +
		'It works only in the interactive shell. In a script (-Command, -File, piped input) or under -NonInteractive ' +
		'it fails as pwsh -NonInteractive does: "PowerShell is in NonInteractive mode. Read and Prompt functionality is ' +
		'not available." Catch that error, or give the value as a parameter, in runbooks meant for CI.\n\n' +
		'scpsh has no SecureString: -AsSecureString hides nothing and returns the typed text as a plain string.',
	defaultParameterSet: 'AsString',
	parameters: [
		{
			name: 'Prompt',
			type: 'object',
			position: 0,
			valueFromRemainingArguments: true,
			help: 'The text of the prompt. A colon and a space are added after it.',
		},
		{
			name: 'AsSecureString',
			type: 'switch',
			sets: ['AsSecureString'],
			help: 'Accepted for compatibility. scpsh has no SecureString type: the typed text is returned as a plain string.',
		},
		{
			name: 'MaskInput',
			type: 'switch',
			sets: ['AsString'],
			help: 'Accepted for compatibility: the text is returned as a string either way.',
		},
	],
	outputs: ['System.String'],
	examples: [
		{
			title: 'Ask, but survive a non-interactive run',
			code:
				"try {\n    $site = Read-Host -Prompt 'Site code'\n} catch {\n    $site = 'PS1'\n    \"No console: using $site\"\n}",
			remarks: 'In a script Read-Host fails (there is no one to ask), so the catch block supplies a default.',
			expect: ['No console: using PS1'],
		},
	],
	related: ['Write-Host', 'Get-Credential'],
	async process(ctx) {
		if (!ctx.host.interactive) {
			ctx.fail({
				message: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
				category: 'InvalidOperation',
				// The id as pwsh spells it: the exception, then the cmdlet's .NET class (not the command name).
				id: 'System.InvalidOperationException,Microsoft.PowerShell.Commands.ReadHostCommand',
				exceptionType: 'InvalidOperationException',
			});
		}
		const prompt = ctx.isBound('Prompt') && ctx.params.Prompt !== null ? toStr(ctx.params.Prompt) : '';
		const answer = await ctx.host.prompt('', '', prompt);
		// A cancelled prompt (Ctrl+C at the question) writes nothing, as pwsh's stopped pipeline does.
		if (answer === null) return;
		ctx.write(answer);
	},
};

export default def;
