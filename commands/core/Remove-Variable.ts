// Remove-Variable: deletes variables by name.

import type {CmdletDef} from '../../src/engine/command.ts';
import {matchVariables} from './_variable-info.ts';

const def: CmdletDef = {
	name: 'Remove-Variable',
	aliases: ['rv'],
	synopsis: 'Deletes a variable and its value.',
	description:
		'Remove-Variable deletes variables: afterwards reading them gives $null and Get-Variable does not find them. ' +
		'-Name takes wildcards; a name without wildcards that matches no variable is an error.',
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	parameters: [
		{
			name: 'Name',
			type: 'string[]',
			mandatory: true,
			position: 0,
			valueFromPipelineByPropertyName: true,
			acceptsWildcards: true,
			help: 'The names of the variables to remove (without the $). Wildcards are permitted.',
			complete: session => session.listVariables().map(v => v.name),
		},
		{
			name: 'Include',
			type: 'string[]',
			acceptsWildcards: true,
			help: 'Removes only the variables whose names match these patterns.',
		},
		{
			name: 'Exclude',
			type: 'string[]',
			acceptsWildcards: true,
			help: 'Keeps the variables whose names match these patterns.',
		},
		{
			name: 'Scope',
			type: 'string',
			help: 'The scope to remove from. Accepted for compatibility; scpsh removes from the session scope.',
		},
		{
			name: 'Force',
			type: 'switch',
			help: 'Accepted for compatibility.',
		},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Remove a variable',
			code: "Set-Variable -Name temp -Value 'scratch'\nRemove-Variable -Name temp\n$null -eq $temp",
			remarks: 'After removal the variable reads as $null.',
			expect: ['True'],
		},
		{
			title: 'Remove variables by a wildcard',
			code: "Set-Variable tmpA 1; Set-Variable tmpB 2\nRemove-Variable tmp*\n@(Get-Variable tmp*).Count",
			remarks: 'Every variable whose name starts with "tmp" is removed.',
			expect: ['0'],
		},
	],
	related: ['Get-Variable', 'Set-Variable', 'Clear-Variable'],
	async process(ctx) {
		for (const v of matchVariables(ctx, ctx.params.Name ?? [], ctx.params.Include, ctx.params.Exclude)) {
			if (!(await ctx.shouldProcess(`Name: ${v.name}`, 'Remove variable'))) continue;
			ctx.session.removeVariable(v.name);
		}
	},
};

export default def;
