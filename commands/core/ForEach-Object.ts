// ForEach-Object: runs script blocks for each pipeline object, or reads a property / calls a method of each.

import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {PSError} from '../../src/engine/errors.ts';
import {invokeMethod} from '../../src/engine/members.ts';
import {PSHashtable, PSObject, ScriptBlock, enumerate, isNull} from '../../src/engine/values.ts';
import {hasMethod, hasProperty, propertyValue} from './_members.ts';

const SCRIPT_SET = 'ScriptBlockSet';
const MEMBER_SET = 'PropertyAndMethodSet';

interface Blocks {
	begin: ScriptBlock | null;
	process: (ScriptBlock | null)[];
	end: ScriptBlock | null;
}

/**
 * pwsh's rule for several script blocks: -Begin goes first, then -Process and -RemainingScripts in order. With
 * two or more, the first is the begin block; with three or more (and no -End), the last is the end block; the
 * ones between run for each object.
 */
function arrangeBlocks(ctx: CmdletContext): Blocks {
	const p = ctx.params;
	const scripts: (ScriptBlock | null)[] = [];
	if (ctx.isBound('Begin')) scripts.push(p.Begin ?? null);
	scripts.push(...(p.Process === null ? [null] : enumerate(p.Process) as (ScriptBlock | null)[]));
	if (ctx.isBound('RemainingScripts')) scripts.push(...(enumerate(p.RemainingScripts) as (ScriptBlock | null)[]));
	let end = scripts.length;
	const start = scripts.length > 1 ? 1 : 0;
	let endBlock: ScriptBlock | null = ctx.isBound('End') ? (p.End ?? null) : null;
	if (!ctx.isBound('End') && scripts.length > 2) {
		end = scripts.length - 1;
		endBlock = scripts[end] ?? null;
	}
	return {begin: end >= 2 ? (scripts[0] ?? null) : null, process: scripts.slice(start, end), end: endBlock};
}

/** Writes a member's value as pwsh does: collections are unrolled. */
function writeUnrolled(ctx: CmdletContext, value: unknown): void {
	if (Array.isArray(value)) ctx.writeAll(value);
	else ctx.write(value);
}

function nameError(ctx: CmdletContext, input: unknown, message: string, id: string): void {
	ctx.writeError({message, id, category: 'InvalidArgument', exceptionType: 'PSArgumentException', target: input});
}

async function processMember(ctx: CmdletContext, input: unknown): Promise<void> {
	const name: string = ctx.params.MemberName;
	const args = enumerate(ctx.params.ArgumentList);
	const target = `InputObject: ${isNull(input) ? 'null' : toStr(input)}`;
	if (isNull(input)) {
		if (args.length > 0) {
			nameError(ctx, input, 'You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull');
			return;
		}
		// pwsh writes $null so that `$null | % aa | % { $_ + 3 }` still produces 3.
		if (await ctx.shouldProcess(target, `Retrieve the value for property '${name}'`)) ctx.write(null);
		return;
	}
	const callMethod = async (action: string): Promise<void> => {
		if (!(await ctx.shouldProcess(target, action))) return;
		try {
			const methodCtx = {invoke: (block: ScriptBlock, dollarUnder?: unknown, a?: unknown[]) => ctx.invoke(block, dollarUnder, a), random: () => ctx.session.random()};
			writeUnrolled(ctx, await invokeMethod(input, name, args, methodCtx));
		} catch (e) {
			if (!(e instanceof PSError)) throw e;
			ctx.writeError({message: e.record.message, id: 'MethodInvocationError', category: 'InvalidOperation', exceptionType: e.record.exceptionType, target: input});
		}
	};
	if (args.length > 0) {
		if (!hasMethod(input, name) && !(input instanceof PSObject) && !(input instanceof PSHashtable)) {
			nameError(ctx, input, `Input name "${name}" cannot be resolved to a method.`, 'MethodNotFound');
			return;
		}
		await callMethod(`Invoke method '${name}' with arguments: ${args.map(a => (isNull(a) ? 'null' : toStr(a))).join(', ')}`);
		return;
	}
	if (input instanceof PSHashtable && input.has(name)) {
		if (await ctx.shouldProcess(target, `Retrieve the value for key '${name}'`)) writeUnrolled(ctx, input.get(name));
		return;
	}
	if (hasProperty(input, name)) {
		if (await ctx.shouldProcess(target, `Retrieve the value for property '${name}'`)) writeUnrolled(ctx, propertyValue(input, name));
		return;
	}
	if (hasMethod(input, name)) {
		await callMethod(`Invoke method '${name}'`);
		return;
	}
	// Not a member: pwsh (outside strict mode) writes $null, as `$_.NoSuchName` would give.
	if (await ctx.shouldProcess(target, `Retrieve the value for property '${name}'`)) ctx.write(null);
}

const def: CmdletDef = {
	name: 'ForEach-Object',
	aliases: ['%', 'foreach'],
	synopsis: 'Performs an operation against each item in a collection of input objects.',
	description:
		'ForEach-Object runs a script block once for each object that comes down the pipeline, with $_ (or $PSItem) ' +
		'set to the object, and writes what the block outputs. -Begin runs before the first object and -End after ' +
		'the last; given positionally, `ForEach-Object {begin} {process} {end}` does the same. The script blocks run ' +
		'in the caller\'s scope, so variables they set stay set. The simpler form names a member: ' +
		'`ForEach-Object Name` writes each object\'s Name property, `ForEach-Object ToUpper` calls each object\'s ' +
		'ToUpper method, and -ArgumentList passes arguments to the method.',
	defaultParameterSet: SCRIPT_SET,
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	parameters: [
		{
			name: 'Process',
			type: 'scriptblock[]',
			mandatory: true,
			position: 0,
			sets: [SCRIPT_SET],
			help: 'The script block run for each input object, with $_ set to it.',
		},
		{
			name: 'MemberName',
			type: 'string',
			mandatory: true,
			position: 0,
			sets: [MEMBER_SET],
			notNullOrEmpty: true,
			help: 'The property to get, or the method to call, on each input object.',
		},
		{
			name: 'Begin',
			type: 'scriptblock',
			sets: [SCRIPT_SET],
			help: 'A script block run once, before the first input object.',
		},
		{
			name: 'End',
			type: 'scriptblock',
			sets: [SCRIPT_SET],
			help: 'A script block run once, after the last input object.',
		},
		{
			name: 'RemainingScripts',
			type: 'scriptblock[]',
			sets: [SCRIPT_SET],
			valueFromRemainingArguments: true,
			help: 'More script blocks, after -Process: with several blocks, the first is the begin block and the last the end block.',
		},
		{
			name: 'ArgumentList',
			type: 'object[]',
			sets: [MEMBER_SET],
			valueFromRemainingArguments: true,
			aliases: ['Args'],
			help: 'The arguments of the method named by -MemberName.',
		},
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to process, usually from the pipeline. A collection given with -InputObject is processed as one object.',
		},
	],
	outputs: ['System.Object'],
	examples: [
		{
			title: 'Compute a value for each number',
			code: '30000, 56798, 12432 | ForEach-Object -Process { $_ / 1024 }',
			remarks: 'Each number is divided by 1024.',
			expect: ['29.296875', '55.466796875', '12.140625'],
		},
		{
			title: 'Use begin, process and end blocks',
			code: '1..5 | ForEach-Object -Begin { $total = 0 } -Process { $total += $_ } -End { "Total: $total" }',
			remarks: 'The begin block runs first, the process block once per number, and the end block last.',
			expect: ['Total: 15'],
		},
		{
			title: 'Get a property of each object',
			code: "[pscustomobject]@{Name = 'SMS_EXECUTIVE'}, [pscustomobject]@{Name = 'SMS_DMP_DOWNLOADER'} | ForEach-Object -MemberName Name",
			remarks: 'Writes the Name property of each object.',
			expect: ['SMS_EXECUTIVE', 'SMS_DMP_DOWNLOADER'],
		},
		{
			title: 'Call a method of each object',
			code: "'cm01', 'cm02' | ForEach-Object -MemberName ToUpper",
			remarks: 'Calls ToUpper on each string.',
			expect: ['CM01', 'CM02'],
		},
	],
	related: ['Where-Object', 'Select-Object'],
	async begin(ctx) {
		if (ctx.parameterSet !== SCRIPT_SET) return;
		if (ctx.params.WhatIf === true || ctx.params.Confirm === true) {
			ctx.fail({
				message: 'The -WhatIf and -Confirm parameters are not supported for script blocks.',
				id: 'NoShouldProcessForScriptBlockSet',
				category: 'InvalidOperation',
				exceptionType: 'InvalidOperationException',
			});
		}
		const blocks = arrangeBlocks(ctx);
		ctx.state.blocks = blocks;
		if (blocks.begin) ctx.writeAll(await ctx.invoke(blocks.begin));
	},
	async process(ctx) {
		// With nothing piped and no -InputObject, pwsh still runs the process block once, with $_ empty.
		const input = ctx.hasInput ? ctx.input : ctx.isBound('InputObject') ? ctx.params.InputObject : undefined;
		if (ctx.parameterSet === MEMBER_SET) {
			if (input === undefined) return;
			await processMember(ctx, input);
			return;
		}
		const blocks: Blocks = ctx.state.blocks ?? arrangeBlocks(ctx);
		for (const block of blocks.process) {
			if (block) ctx.writeAll(await ctx.invoke(block, input));
		}
	},
	async end(ctx) {
		if (ctx.parameterSet !== SCRIPT_SET) return;
		const blocks: Blocks = ctx.state.blocks ?? arrangeBlocks(ctx);
		if (blocks.end) ctx.writeAll(await ctx.invoke(blocks.end));
	},
};

export default def;
