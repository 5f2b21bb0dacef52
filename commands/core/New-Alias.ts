// New-Alias: creates an alias; refuses to replace one unless -Force.

import type {CmdletDef} from '../../src/engine/command.ts';
import {aliasParameters, defineAlias} from './_alias-def.ts';

const def: CmdletDef = {
	name: 'New-Alias',
	aliases: ['nal'],
	synopsis: 'Creates a new alias for a cmdlet or function.',
	description:
		'New-Alias gives a cmdlet or function another name for this session. Unlike Set-Alias it will not change an ' +
		'alias that already exists, unless you add -Force.',
	parameters: aliasParameters,
	outputs: ['None', 'System.Management.Automation.AliasInfo'],
	examples: [
		{
			title: 'Create an alias',
			code: 'New-Alias -Name comp -Value Get-Component\ncomp -Name SMS_EXECUTIVE | Select-Object -ExpandProperty State',
			remarks: '`comp` now runs Get-Component.',
			expect: ['Running'],
		},
	],
	related: ['Set-Alias', 'Get-Alias'],
	process(ctx) {
		defineAlias(ctx, def, false);
	},
};

export default def;
