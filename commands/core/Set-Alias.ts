// Set-Alias: creates or changes an alias for this session.

import type {CmdletDef} from '../../src/engine/command.ts';
import {aliasParameters, defineAlias} from './_alias-def.ts';

const def: CmdletDef = {
	name: 'Set-Alias',
	aliases: ['sal'],
	synopsis: 'Creates or changes an alias for a cmdlet or function in the current session.',
	description:
		'Set-Alias gives a cmdlet or function another name. If the alias exists it now points to the new command. ' +
		'Aliases last until the shell exits; put Set-Alias in your profile to keep one.',
	parameters: aliasParameters,
	outputs: ['None', 'System.Management.Automation.AliasInfo'],
	examples: [
		{
			title: 'Make a short name for a cmdlet',
			code: 'Set-Alias -Name scps -Value Get-ScpStatus\nscps | Select-Object -ExpandProperty Mode',
			remarks: '`scps` now runs Get-ScpStatus.',
			expect: ['Online'],
		},
	],
	related: ['New-Alias', 'Get-Alias'],
	process(ctx) {
		defineAlias(ctx, def, true);
	},
};

export default def;
