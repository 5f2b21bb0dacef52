// Set-Variable: creates or changes a variable by name (useful when the name is itself in a variable).

import type {CmdletDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {hasWildcard} from '../../src/engine/wildcard.ts';
import {matchVariables, variableInfo} from './_variable-info.ts';

const def: CmdletDef = {
	name: 'Set-Variable',
	aliases: ['sv'],
	synopsis: 'Sets the value of a variable, creating it if it does not exist.',
	description:
		'Set-Variable assigns a value to the named variable, creating it if needed. It does what `$name = value` does, ' +
		'but takes the name as a string, so scripts can compute it. Objects piped to Set-Variable are collected and ' +
		'assigned together when the pipeline ends. -PassThru writes the variable object.',
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	parameters: [
		{
			name: 'Name',
			type: 'string[]',
			mandatory: true,
			position: 0,
			valueFromPipelineByPropertyName: true,
			help: 'The name of the variable (without the $). A name with wildcards sets every existing variable it matches.',
		},
		{
			name: 'Value',
			type: 'object',
			position: 1,
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			help: 'The value to assign. Piped objects are collected and assigned together.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the variable object after setting it.',
		},
		{
			name: 'Include',
			type: 'string[]',
			help: 'With a wildcard -Name, sets only the variables that match these patterns.',
		},
		{
			name: 'Exclude',
			type: 'string[]',
			help: 'With a wildcard -Name, leaves out the variables that match these patterns.',
		},
		{
			name: 'Description',
			type: 'string',
			help: 'A description of the variable. Accepted for compatibility; scpsh does not keep it.',
		},
		{
			name: 'Option',
			type: 'string',
			validateSet: ['None', 'ReadOnly', 'Constant', 'Private', 'AllScope', 'Unspecified'],
			help: 'Variable options. Accepted for compatibility; scpsh does not apply them.',
		},
		{
			name: 'Scope',
			type: 'string',
			help: 'The scope of the variable. Accepted for compatibility; scpsh sets the variable in the session scope.',
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
			title: 'Set a variable by name',
			code: "Set-Variable -Name siteCode -Value 'PS1'\n$siteCode",
			remarks: 'The variable is created and can then be read as $siteCode.',
			expect: ['PS1'],
		},
		{
			title: 'Collect pipeline output into a variable',
			code: "'SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER' | Set-Variable -Name names\n$names.Count",
			remarks: 'The piped strings are gathered and assigned as one array.',
			expect: ['2'],
		},
		{
			title: 'See the variable that was set',
			code: 'Set-Variable -Name retries -Value 3 -PassThru',
			remarks: 'With -PassThru the new variable is written and shown as a Name/Value row.',
			expect: ['retries', '3'],
		},
	],
	related: ['Get-Variable', 'Remove-Variable', 'Clear-Variable'],
	process(ctx) {
		if (ctx.hasInput) {
			// pwsh gathers piped values and assigns them once, in end.
			(ctx.state.values ??= []).push(ctx.params.Value);
			ctx.state.piped = true;
			return;
		}
		return assign(ctx, ctx.isBound('Value') ? ctx.params.Value : null);
	},
	async end(ctx) {
		if (!ctx.state.piped) return;
		const values: unknown[] = ctx.state.values;
		await assign(ctx, values.length === 1 ? values[0] : values);
	},
};

async function assign(ctx: Parameters<NonNullable<CmdletDef['process']>>[0], value: unknown): Promise<void> {
	const names: string[] = ctx.params.Name ?? [];
	for (const pattern of names) {
		const targets = hasWildcard(pattern)
			? matchVariables(ctx, [pattern], ctx.params.Include, ctx.params.Exclude, false).map(v => v.name)
			: [pattern];
		for (const name of targets) {
			if (!(await ctx.shouldProcess(`Name: ${name} Value: ${toStr(value)}`, 'Set variable'))) continue;
			ctx.session.setVariable(name, value);
			if (ctx.params.PassThru) ctx.write(variableInfo(name, value));
		}
	}
}

export default def;
