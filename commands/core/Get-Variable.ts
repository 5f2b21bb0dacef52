// Get-Variable: the variables visible in the session, as PSVariable objects (Name, Value).

import type {CmdletDef} from '../../src/engine/command.ts';
import {matchVariables, variableInfo} from './_variable-info.ts';

const def: CmdletDef = {
	name: 'Get-Variable',
	aliases: ['gv'],
	synopsis: 'Gets the variables in the current session.',
	description:
		'Get-Variable gets the variables of the session: their names and values. Without -Name it gets them all, ' +
		'sorted by name. -Name takes wildcards; a name without wildcards that matches no variable is an error. ' +
		'With -ValueOnly it writes only the values. The variables are written as ' +
		'System.Management.Automation.PSVariable objects, which display as a Name/Value table.',
	parameters: [
		{
			name: 'Name',
			type: 'string[]',
			position: 0,
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			acceptsWildcards: true,
			help: 'The names of the variables to get (without the $). Wildcards are permitted. The default is all variables.',
			complete: session => session.listVariables().map(v => v.name),
		},
		{
			name: 'ValueOnly',
			type: 'switch',
			help: 'Gets only the value of each variable instead of the variable object.',
		},
		{
			name: 'Include',
			type: 'string[]',
			acceptsWildcards: true,
			help: 'Gets only the variables whose names match these patterns.',
		},
		{
			name: 'Exclude',
			type: 'string[]',
			acceptsWildcards: true,
			help: 'Leaves out the variables whose names match these patterns.',
		},
		{
			name: 'Scope',
			type: 'string',
			help: 'The scope to look in (Global, Local, Script or a number). Accepted for compatibility; scpsh looks in the session scope.',
		},
	],
	outputs: ['System.Management.Automation.PSVariable', 'System.Object'],
	examples: [
		{
			title: 'Get variables by a wildcard',
			code: "Set-Variable -Name siteCode -Value 'PS1'\nSet-Variable -Name siteServer -Value 'CM01.contoso.com'\nGet-Variable -Name site*",
			remarks: 'Both variables whose names start with "site" are listed with their values.',
			expect: ['siteCode', 'PS1', 'CM01.contoso.com'],
		},
		{
			title: 'Get only the value',
			code: "Set-Variable mode 'Offline'\nGet-Variable mode -ValueOnly",
			remarks: 'With -ValueOnly the value itself is written.',
			expect: ['Offline'],
		},
		{
			title: 'Read the preference variables',
			code: 'Get-Variable -Name *Preference | Select-Object -ExpandProperty Name',
			remarks: 'Lists the names of the preference variables that decide how errors, warnings and messages are handled.',
			expect: ['ErrorActionPreference', 'WarningPreference'],
		},
	],
	related: ['Set-Variable', 'Remove-Variable', 'Clear-Variable'],
	process(ctx) {
		const names: string[] = ctx.params.Name ?? ['*'];
		for (const v of matchVariables(ctx, names, ctx.params.Include, ctx.params.Exclude)) {
			ctx.write(ctx.params.ValueOnly ? v.value : variableInfo(v.name, v.value));
		}
	},
};

export default def;
