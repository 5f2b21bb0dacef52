// Runs a pipeline: each stage has begin/process/end; objects stream from one stage to the next one at a time.
// A stage writes into its own buffer; the driver drains buffers downstream after each call.

import type * as A from '../language/ast.ts';
import type {ExecContext} from './context.ts';
import {VOID} from './context.ts';
import type {Emit} from './evaluator.ts';
import {StopUpstreamSignal} from './errors.ts';
import type {ErrorRecord} from './errors.ts';
import type {BindArg} from './binder.ts';
import {PSHashtable, isNull} from './values.ts';
import type {Runtime} from './runtime.ts';
import {toStr} from './convert.ts';
import {CmdletStage} from './cmdlet-stage.ts';

export interface Stage {
	/** Objects written and not yet passed on. */
	out: unknown[];
	/** Set when the stage wrote a non-terminating error ($? becomes false). */
	hadError: boolean;
	begin(): Promise<void>;
	process(input: unknown, hasInput: boolean): Promise<void>;
	end(): Promise<void>;
}

export async function runPipeline(rt: Runtime, st: A.PipelineAst, ctx: ExecContext, emit: Emit): Promise<void> {
	const elements = st.elements;
	let firstValues: Iterable<unknown> | undefined;
	const stages: Stage[] = [];
	let sink = emit;
	let stageCtx = ctx;

	// Redirections on the last element decide where output and errors go. As in pwsh, `> file` and `>> file` are
	// Out-File (with -Append), looked up in the registry like any command and run as a last stage; `2> file` is an
	// Out-File of its own fed only errors. With `2>&1` errors join the output, wherever that goes.
	let outFile: FileTarget | undefined;
	let errFile: FileTarget | undefined;
	let mergeErrors = false;
	const last = elements[elements.length - 1];
	for (const el of elements) {
		for (const r of el.redirections) {
			const discard = r.target.kind !== 'Stream' && r.target.kind === 'Variable' && r.target.name.toLowerCase() === 'null';
			const toFile = r.target.kind !== 'Stream' && !discard;
			if (toFile && (el !== last || r.from === '*')) {
				throw rt.evaluator.error(ctx, r.extent, 'Redirection to a file is supported only for output (>, >>) and errors (2>, 2>>) at the end of a pipeline in scpsh; assign the output to a variable instead.', 'RedirectionNotSupported', 'NotImplemented');
			}
			if (r.from === '2' || r.from === '*') {
				if (r.target.kind === 'Stream') mergeErrors = true;
				else if (discard) stageCtx = {...stageCtx, errorSink: rec => rt.recordError(rec)};
				else errFile = await fileTarget(rt, r, ctx);
			}
			if (r.from === '1' || r.from === '*' || r.from === '') {
				if (discard) sink = () => {};
				else if (toFile) outFile = await fileTarget(rt, r, ctx);
			}
		}
	}
	const outFileStage = outFile ? await outFileStageFor(rt, outFile, stageCtx) : undefined;
	const errFileStage = errFile ? await outFileStageFor(rt, errFile, stageCtx) : undefined;
	// Errors bound for a file wait here until that file's stage has begun, then go in the order they came.
	const errorsToFile = errFileStage ?? (mergeErrors ? outFileStage : undefined);
	const pendingErrors: ErrorRecord[] = [];
	let errorsToFileBegun = false;
	if (errorsToFile) stageCtx = {...stageCtx, errorSink: rec => void pendingErrors.push(rec)};
	else if (mergeErrors) stageCtx = {...stageCtx, errorSink: rec => emit(rec)};
	const flushErrors = async (): Promise<void> => {
		if (!errorsToFile || !errorsToFileBegun) return;
		while (pendingErrors.length > 0) await errorsToFile.process(pendingErrors.shift(), true);
	};

	for (let i = 0; i < elements.length; i++) {
		const el = elements[i]!;
		if (el.kind === 'CommandExpression') {
			if (i !== 0) {
				throw rt.evaluator.error(ctx, el.extent, 'Expressions are only allowed as the first element of a pipeline.', 'ExpressionsMustBeFirstInPipeline', 'ParserError', 'ParseException');
			}
			// `1..1e9 | Select-Object -First 3`: a range feeds the pipeline lazily, as in pwsh, when commands follow.
			if (elements.length > 1 && el.expression.kind === 'Binary' && el.expression.operator === '..') {
				firstValues = await rt.evaluator.lazyRange(el.expression, stageCtx);
				continue;
			}
			const v = await rt.evaluator.expression(el.expression, stageCtx);
			firstValues = v === VOID ? [] : Array.isArray(v) ? v : [v];
			continue;
		}
		stages.push(await rt.createStage(el, stageCtx, await commandArgs(rt, el, stageCtx), i > 0 || firstValues !== undefined));
	}
	if (outFileStage) stages.push(outFileStage);

	const n = stages.length;
	const drain = async (i: number): Promise<void> => {
		await flushErrors();
		const stage = stages[i]!;
		while (stage.out.length > 0) {
			const batch = stage.out;
			stage.out = [];
			for (const v of batch) {
				if (i + 1 < n) {
					await stages[i + 1]!.process(v, true);
					await drain(i + 1);
				} else {
					sink(v);
				}
			}
		}
	};

	let stoppedAt = -1;
	if (errFileStage) await errFileStage.begin();
	try {
		for (let i = 0; i < n; i++) {
			await stages[i]!.begin();
			if (stages[i] === errorsToFile) errorsToFileBegun = true;
			await drain(i);
		}
		if (n === 0) {
			for (const v of firstValues ?? []) sink(v);
		} else if (firstValues !== undefined) {
			for (const v of firstValues) {
				await stages[0]!.process(v, true);
				await drain(0);
			}
		} else {
			await stages[0]!.process(undefined, false);
			await drain(0);
		}
	} catch (e) {
		if (!(e instanceof StopUpstreamSignal)) throw e;
		stoppedAt = stages.indexOf(e.stage as Stage);
		if (stoppedAt < 0) throw e;
	}
	for (let i = Math.max(stoppedAt, 0); i < n; i++) {
		try {
			await stages[i]!.end();
			await drain(i);
		} catch (e) {
			if (!(e instanceof StopUpstreamSignal)) throw e;
		}
	}
	if (errFileStage) {
		errorsToFileBegun = true;
		await flushErrors();
		await errFileStage.end();
	}
	rt.lastStatus = !stages.some(s => s.hadError);
}

interface FileTarget {
	path: string;
	append: boolean;
	extent: A.RedirectionAst['extent'];
}

async function fileTarget(rt: Runtime, r: A.RedirectionAst, ctx: ExecContext): Promise<FileTarget> {
	const value = await rt.evaluator.expression(r.target as A.ExpressionAst, ctx);
	return {path: value === VOID || isNull(value) ? '' : toStr(value), append: r.append, extent: r.extent};
}

/** Out-File from the registry (the engine knows no cmdlet by import), as `Out-File -FilePath path [-Append]`. */
async function outFileStageFor(rt: Runtime, target: FileTarget, ctx: ExecContext): Promise<Stage> {
	const def = await rt.registry.loadCmdlet('Out-File');
	if (!def) throw rt.evaluator.error(ctx, target.extent, 'Redirection to a file needs the Out-File cmdlet, which this shell does not have.', 'RedirectionNotSupported', 'NotImplemented');
	const extent = target.extent;
	const ast: A.CommandAst = {kind: 'Command', name: {kind: 'StringConstant', value: 'Out-File', quote: 'bare', extent}, elements: [], redirections: [], extent};
	const args: BindArg[] = [{kind: 'param', name: 'FilePath', value: target.path, hasValue: true, extent, text: '-FilePath'}];
	if (target.append) args.push({kind: 'param', name: 'Append', hasValue: false, extent, text: '-Append'});
	return new CmdletStage(rt, def, ast, ctx, args, true, 'Out-File');
}

/** Evaluates a command's arguments into what the binder takes, expanding splats. */
async function commandArgs(rt: Runtime, cmd: A.CommandAst, ctx: ExecContext): Promise<BindArg[]> {
	const out: BindArg[] = [];
	for (const el of cmd.elements) {
		if (el.kind === 'CommandParameter') {
			if (el.argument) {
				const value = await rt.evaluator.expression(el.argument, ctx);
				out.push({kind: 'param', name: el.name, value: value === VOID ? null : value, hasValue: true, extent: el.extent, text: `-${el.name}`});
			} else {
				out.push({kind: 'param', name: el.name, hasValue: false, extent: el.extent, text: `-${el.name}`});
			}
			continue;
		}
		if (el.kind === 'Variable' && el.splatted) {
			const v = rt.evaluator.variable(el, ctx);
			if (v instanceof PSHashtable) {
				for (const [k, val] of v.entries()) {
					out.push({kind: 'param', name: toStr(k), value: val, hasValue: true, extent: el.extent, text: `-${toStr(k)}`});
				}
			} else if (Array.isArray(v)) {
				for (const item of v) out.push({kind: 'arg', value: item, extent: el.extent});
			} else if (!isNull(v)) {
				out.push({kind: 'arg', value: v, extent: el.extent});
			}
			continue;
		}
		const value = await rt.evaluator.expression(el, ctx);
		const text = el.kind === 'NumberConstant' ? ctx.source.slice(el.extent.start, el.extent.end) : undefined;
		out.push({kind: 'arg', value: value === VOID ? null : value, extent: el.extent, literalText: text && /[a-z]$/i.test(text) ? text : undefined});
	}
	return out;
}
