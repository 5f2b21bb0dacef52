// Where-Object: passes on the pipeline objects for which a script block, or a property comparison, is true.

import type {CmdletContext, CmdletDef, ParameterDef} from '../../src/engine/command.ts';
import {collapse} from '../../src/engine/context.ts';
import {toBool} from '../../src/engine/convert.ts';
import {PSError} from '../../src/engine/errors.ts';
import {binaryOperator} from '../../src/engine/operators.ts';
import {propertyValue} from './_members.ts';

/** The comparison switches of the simplified syntax: parameter, its parameter set, the operator, its alias. */
interface OperatorSwitch {
	name: string;
	set: string;
	op: string;
	alias?: string;
	text: string;
}

const pair = (name: string, set: string, op: string, text: string): OperatorSwitch[] => [
	{name, set: `${set}Set`, op: `i${op}`, alias: `I${name}`, text},
	{name: `C${name}`, set: `CaseSensitive${set}Set`, op: `c${op}`, text: `${text} Text is compared case-sensitively.`},
];

const SWITCHES: OperatorSwitch[] = [
	...pair('EQ', 'Equal', 'eq', 'Passes objects whose property value equals the -Value (the -eq operator).'),
	...pair('NE', 'NotEqual', 'ne', 'Passes objects whose property value does not equal the -Value (-ne).'),
	...pair('GT', 'GreaterThan', 'gt', 'Passes objects whose property value is greater than the -Value (-gt).'),
	...pair('LT', 'LessThan', 'lt', 'Passes objects whose property value is less than the -Value (-lt).'),
	...pair('GE', 'GreaterOrEqual', 'ge', 'Passes objects whose property value is greater than or equal to the -Value (-ge).'),
	...pair('LE', 'LessOrEqual', 'le', 'Passes objects whose property value is less than or equal to the -Value (-le).'),
	...pair('Like', 'Like', 'like', 'Passes objects whose property value matches the -Value wildcard pattern (-like).'),
	...pair('NotLike', 'NotLike', 'notlike', 'Passes objects whose property value does not match the -Value wildcard pattern (-notlike).'),
	...pair('Match', 'Match', 'match', 'Passes objects whose property value matches the -Value regular expression (-match).'),
	...pair('NotMatch', 'NotMatch', 'notmatch', 'Passes objects whose property value does not match the -Value regular expression (-notmatch).'),
	...pair('Contains', 'Contains', 'contains', 'Passes objects whose property is a collection containing the -Value (-contains).'),
	...pair('NotContains', 'NotContains', 'notcontains', 'Passes objects whose property is a collection not containing the -Value (-notcontains).'),
	...pair('In', 'In', 'in', 'Passes objects whose property value is one of the -Value collection (-in).'),
	...pair('NotIn', 'NotIn', 'notin', 'Passes objects whose property value is none of the -Value collection (-notin).'),
	{name: 'Is', set: 'IsSet', op: 'is', text: 'Passes objects whose property value is of the -Value type, such as [int] or string (-is).'},
	{name: 'IsNot', set: 'IsNotSet', op: 'isnot', text: 'Passes objects whose property value is not of the -Value type (-isnot).'},
];

const OPERATOR_SETS = SWITCHES.map(s => s.set);
const EQUAL_SET = 'EqualSet';
const NOT_SET = 'Not';

const switchParameters: ParameterDef[] = SWITCHES.map(s => ({
	name: s.name,
	type: 'switch',
	// -EQ is optional in its set: it is the default set, and `Where-Object Enabled` uses it without an operator.
	mandatory: s.set !== EQUAL_SET,
	sets: [s.set],
	...(s.alias ? {aliases: [s.alias]} : {}),
	help: s.text,
}));

function argumentError(ctx: CmdletContext, message: string, id: string): never {
	ctx.fail({message, id, category: 'InvalidArgument', exceptionType: 'PSArgumentException'});
}

const def: CmdletDef = {
	name: 'Where-Object',
	aliases: ['?', 'where'],
	synopsis: 'Selects objects from a collection based on their property values.',
	description:
		'Where-Object passes on the objects for which a condition is true and drops the others. The condition is ' +
		'either a script block, in which $_ (or $PSItem) is the current object — `Where-Object { $_.State -eq ' +
		"'Running' }` — or the simplified syntax that names a property, a comparison operator and a value — " +
		'`Where-Object State -eq Running`. The simplified syntax has one switch per operator (-EQ, -NE, -GT, -LT, -GE, ' +
		'-LE, -Like, -NotLike, -Match, -NotMatch, -Contains, -NotContains, -In, -NotIn, -Is, -IsNot, and case-sensitive ' +
		'forms such as -CEQ and -CLike). A property alone, `Where-Object Enabled`, passes objects whose property is ' +
		'true, and -Not passes those whose property is false. Comparisons are case-insensitive unless a C form is used.',
	defaultParameterSet: EQUAL_SET,
	parameters: [
		{
			name: 'FilterScript',
			type: 'scriptblock',
			mandatory: true,
			position: 0,
			sets: ['ScriptBlockSet'],
			help: 'The condition, as a script block run once per object with $_ set to it. Objects for which it returns a true value are passed on.',
		},
		{
			name: 'Property',
			type: 'string',
			mandatory: true,
			position: 0,
			sets: [...OPERATOR_SETS, NOT_SET],
			notNullOrEmpty: true,
			help: 'The property whose value the simplified syntax tests.',
		},
		{
			name: 'Value',
			type: 'object',
			position: 1,
			sets: OPERATOR_SETS,
			help: 'The value the property is compared with.',
		},
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to filter, usually from the pipeline. A collection given with -InputObject is tested as one object.',
		},
		...switchParameters,
		{
			name: 'Not',
			type: 'switch',
			mandatory: true,
			sets: [NOT_SET],
			help: 'Passes objects whose property is false, missing or empty.',
		},
	],
	outputs: ['System.Object'],
	examples: [
		{
			title: 'Filter with a script block',
			code: '1..10 | Where-Object { $_ -gt 7 }',
			remarks: 'The numbers for which the condition is true are passed on.',
			expect: ['8\n9\n10'],
		},
		{
			title: 'Use the simplified syntax',
			code: "$components = [pscustomobject]@{Name = 'SMS_DMP_DOWNLOADER'; State = 'Running'}, [pscustomobject]@{Name = 'SMS_DMP_UPLOADER'; State = 'Stopped'}\n$components | Where-Object State -eq 'running' | Select-Object -ExpandProperty Name",
			remarks: 'Compares the State property of each object; the comparison ignores case.',
			expect: ['SMS_DMP_DOWNLOADER'],
		},
		{
			title: 'Match a wildcard pattern',
			code: "'SMS_DMP_DOWNLOADER', 'SMS_EXECUTIVE', 'SMS_DMP_UPLOADER' | Where-Object { $_ -like 'SMS_DMP_*' }",
			remarks: 'Passes the names that match the pattern.',
			expect: ['SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER'],
		},
		{
			title: 'Keep objects whose property is false',
			code: "[pscustomobject]@{Name = 'A'; Enabled = $true}, [pscustomobject]@{Name = 'B'; Enabled = $false} | Where-Object -Not -Property Enabled | Select-Object -ExpandProperty Name",
			remarks: '-Not passes the objects whose property is false.',
			expect: ['B'],
		},
	],
	related: ['ForEach-Object', 'Select-Object', 'Sort-Object'],
	async process(ctx) {
		// pwsh skips the command entirely when there is no input object (AutomationNull).
		if (!ctx.hasInput && !ctx.isBound('InputObject')) return;
		const input = ctx.hasInput ? ctx.input : ctx.params.InputObject;
		const p = ctx.params;
		if (ctx.parameterSet === 'ScriptBlockSet') {
			const result = await ctx.invoke(p.FilterScript, input);
			if (toBool(collapse(result))) ctx.write(input);
			return;
		}
		const value = propertyValue(input, p.Property);
		if (ctx.parameterSet === NOT_SET) {
			if (!toBool(value)) ctx.write(input);
			return;
		}
		const valueGiven = ctx.isBound('Value');
		if (ctx.parameterSet === EQUAL_SET && !p.EQ) {
			if (valueGiven) {
				argumentError(
					ctx,
					'An operator is required to compare the two specified values. Include a valid operator in the command, and then try the command again. For example, Get-Process | Where-Object -Property Name -eq Idle',
					'OperatorNotSpecified',
				);
			}
			// `Where-Object Enabled`: the property's truth.
			if (toBool(value)) ctx.write(input);
			return;
		}
		if (!valueGiven) {
			argumentError(
				ctx,
				'The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try the command again.',
				'ValueNotSpecifiedForWhereObject',
			);
		}
		const sw = SWITCHES.find(s => s.set === ctx.parameterSet)!;
		let operand: unknown = p.Value;
		// pwsh accepts `-Is [int]` written as the text '[int]'.
		if ((sw.op === 'is' || sw.op === 'isnot') && typeof operand === 'string' && /^\[.+\]$/.test(operand)) operand = operand.slice(1, -1);
		try {
			if (toBool(binaryOperator(sw.op, value, operand))) ctx.write(input);
		} catch (e) {
			if (!(e instanceof PSError)) throw e;
			ctx.writeError({
				message: e.record.message,
				id: 'OperatorFailed',
				category: 'InvalidOperation',
				exceptionType: 'InvalidOperationException',
				target: input,
			});
		}
	},
};

export default def;
