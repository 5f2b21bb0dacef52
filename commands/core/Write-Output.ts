// Write-Output: sends objects down the pipeline (what an uncaptured expression does anyway).

import type {CmdletDef} from '../../src/engine/command.ts';
import {enumerate} from '../../src/engine/values.ts';

const def: CmdletDef = {
	name: 'Write-Output',
	aliases: ['echo', 'write'],
	synopsis: 'Writes the specified objects to the pipeline.',
	description:
		'Write-Output sends objects to the next command in the pipeline. If it is the last command, the objects are ' +
		'displayed. A collection is written one item at a time unless -NoEnumerate is given. Writing an object is what ' +
		'any uncaptured expression does, so `Write-Output $x` and `$x` behave the same; the cmdlet makes the intent plain ' +
		'in scripts.',
	parameters: [
		{
			name: 'InputObject',
			type: 'object[]',
			position: 0,
			valueFromPipeline: true,
			valueFromRemainingArguments: true,
			help: 'The objects to send down the pipeline. A variable, a command or an expression that gets the objects.',
		},
		{
			name: 'NoEnumerate',
			type: 'switch',
			help: 'Writes a collection as one object instead of one object per item.',
		},
	],
	outputs: ['System.Object'],
	examples: [
		{
			title: 'Write a string',
			code: "Write-Output 'Hello, scpsh'",
			remarks: 'The string is written to the pipeline and, being the last command, displayed.',
			expect: ['Hello, scpsh'],
		},
		{
			title: 'Pass objects to the next command',
			code: 'Write-Output 3, 1, 2 | Sort-Object',
			remarks: 'The three numbers go down the pipeline one at a time and Sort-Object orders them.',
			expect: ['1\n2\n3'],
		},
		{
			title: 'Keep a collection together',
			code: 'Write-Output -NoEnumerate 1, 2, 3 | Measure-Object | Select-Object -ExpandProperty Count',
			remarks: 'With -NoEnumerate the array travels as one object, so Measure-Object counts one.',
			expect: ['1'],
		},
	],
	related: ['Write-Host', 'Write-Verbose', 'Write-Error'],
	process(ctx) {
		// Without input or an argument there is nothing to write (pwsh would prompt for the mandatory parameter).
		if (!ctx.isBound('InputObject')) return;
		// The binder wraps a single value in an array for `object[]`: take a pipeline object as it came, and treat a
		// one-item argument as the item, so that one object stays one object.
		const raw: unknown = ctx.hasInput ? ctx.input : ctx.params.InputObject;
		const value = !ctx.hasInput && Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
		if (ctx.params.NoEnumerate || value === null || value === undefined) {
			ctx.write(value ?? null);
			return;
		}
		ctx.writeAll(enumerate(value));
	},
};

export default def;
