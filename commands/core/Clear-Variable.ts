// Clear-Variable: sets variables to $null without deleting them.

import type {CmdletDef} from '../../src/engine/command.ts';
import {matchVariables, variableInfo} from './_variable-info.ts';

const def: CmdletDef = {
	name: 'Clear-Variable',
	aliases: ['clv'],
	synopsis: 'Deletes the value of a variable.',
	description:
		'Clear-Variable sets the named variables to $null. Unlike Remove-Variable, the variables still exist. -Name ' +
		'takes wildcards; a name without wildcards that matches no variable is an error.',
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
			help: 'The names of the variables to clear (without the $). Wildcards are permitted.',
			complete: session => session.listVariables().map(v => v.name),
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the cleared variable objects.',
		},
		{
			name: 'Include',
			type: 'string[]',
			acceptsWildcards: true,
			help: 'Clears only the variables whose names match these patterns.',
		},
		{
			name: 'Exclude',
			type: 'string[]',
			acceptsWildcards: true,
			help: 'Leaves the variables whose names match these patterns.',
		},
		{
			name: 'Scope',
			type: 'string',
			help: 'The scope to clear in. Accepted for compatibility; scpsh clears in the session scope.',
		},
		{
			name: 'Force',
			type: 'switch',
			help: 'Accepted for compatibility.',
		},
	],
	outputs: ['None', 'System.Management.Automation.PSVariable'],
	examples: [
		{
			title: 'Clear a variable',
			code: "Set-Variable -Name lastError -Value 'timeout'\nClear-Variable -Name lastError\n$null -eq $lastError",
			remarks: 'The variable still exists but holds $null.',
			expect: ['True'],
		},
	],
	related: ['Get-Variable', 'Set-Variable', 'Remove-Variable'],
	async process(ctx) {
		for (const v of matchVariables(ctx, ctx.params.Name ?? [], ctx.params.Include, ctx.params.Exclude)) {
			if (!(await ctx.shouldProcess(`Name: ${v.name}`, 'Clear variable'))) continue;
			ctx.session.setVariable(v.name, null);
			if (ctx.params.PassThru) ctx.write(variableInfo(v.name, null));
		}
	},
};

export default def;
