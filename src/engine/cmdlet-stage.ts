// A cmdlet in a pipeline: binds its arguments once, binds each pipeline object, runs begin/process/end with a
// CmdletContext, and applies the common parameters (-ErrorAction, -WhatIf, -Confirm, -Verbose, -OutVariable...).

import type * as A from '../language/ast.ts';
import type {CmdletContext, CmdletDef} from './command.ts';
import type {ExecContext} from './context.ts';
import {positionOf} from './context.ts';
import {Binder, BindState} from './binder.ts';
import type {BindArg} from './binder.ts';
import {ErrorRecord, PSError, StopUpstreamSignal} from './errors.ts';
import type {ErrorRecordInit} from './errors.ts';
import type {Stage} from './pipeline.ts';
import type {Runtime} from './runtime.ts';
import type {ScriptBlock} from './values.ts';
import {decideShouldProcess} from './should-process.ts';
import type {ShouldProcessState} from './should-process.ts';

const binderCache = new WeakMap<CmdletDef, Binder>();

export function binderFor(def: CmdletDef): Binder {
	let b = binderCache.get(def);
	if (!b) {
		b = new Binder({
			commandName: def.name,
			parameters: def.parameters,
			defaultSet: def.defaultParameterSet,
			supportsShouldProcess: def.supportsShouldProcess,
			advanced: true,
			collectExtraArgs: false,
			isScript: false,
		});
		binderCache.set(def, b);
	}
	return b;
}

export class CmdletStage implements Stage {
	out: unknown[] = [];
	hadError = false;
	private readonly binder: Binder;
	private base!: BindState;
	private readonly state: Record<string, any> = {};
	private readonly outVariable: unknown[] = [];
	private readonly errorVariable: ErrorRecord[] = [];
	private current: {values: Map<string, unknown>; set: string; input: unknown; hasInput: boolean} | undefined;

	constructor(
		private readonly rt: Runtime,
		private readonly def: CmdletDef,
		private readonly ast: A.CommandAst,
		private readonly ctx: ExecContext,
		private readonly args: BindArg[],
		private readonly expectsInput: boolean,
		/** The name as the user typed it (an alias, say), for messages. */
		private readonly invokedAs: string,
	) {
		this.binder = binderFor(def);
	}

	private pos() {
		return positionOf(this.ctx, this.ast.extent);
	}

	async begin(): Promise<void> {
		this.base = this.withPositions(() => this.binder.bindArguments(this.args));
		if (!this.expectsInput) await this.fillMandatory(this.base, false);
		if (this.def.begin) {
			const set = this.binder.resolveSetLenient(this.base);
			this.current = {values: this.base.values, set, input: undefined, hasInput: false};
			await this.call(this.def.begin);
		}
	}

	async process(input: unknown, hasInput: boolean): Promise<void> {
		let state = this.base;
		if (hasInput) {
			let bound: BindState | undefined;
			try {
				bound = this.binder.bindPipelineObject(this.base, input);
			} catch (e) {
				if (e instanceof PSError) {
					this.writeError(e.record);
					return;
				}
				throw e;
			}
			if (!bound) {
				if (this.binder.takesPipelineInput || !this.def.process) {
					this.writeError(this.binder.inputNotBound(input).record);
					return;
				}
				bound = this.base;
			}
			state = bound;
		}
		await this.fillMandatory(state, false);
		const set = this.withPositions(() => this.binder.resolveSet(state));
		this.current = {values: state.values, set, input, hasInput};
		if (this.def.process) await this.call(this.def.process);
	}

	async end(): Promise<void> {
		if (this.def.end) {
			if (!this.current) this.current = {values: this.base.values, set: this.binder.resolveSetLenient(this.base), input: undefined, hasInput: false};
			this.current = {...this.current, input: undefined, hasInput: false};
			await this.call(this.def.end);
		}
		const ov = this.base?.values.get('OutVariable');
		if (typeof ov === 'string' && ov) this.storeVariable(ov, this.outVariable);
		const ev = this.base?.values.get('ErrorVariable');
		if (typeof ev === 'string' && ev) this.storeVariable(ev, this.errorVariable);
	}

	private storeVariable(spec: string, items: unknown[]): void {
		const append = spec.startsWith('+');
		const name = append ? spec.slice(1) : spec;
		const existing = this.ctx.scope.get(name);
		const prior = append ? (Array.isArray(existing) ? existing : existing === null ? [] : [existing]) : [];
		this.ctx.scope.setLocal(name, [...prior, ...items]);
	}

	/** Binding errors point at the command when they carry no position of their own. */
	private withPositions<T>(fn: () => T): T {
		try {
			return fn();
		} catch (e) {
			if (e instanceof PSError && !e.record.position) e.record.position = positionOf(this.ctx, e.extentHint ?? this.ast.extent);
			throw e;
		}
	}

	private async fillMandatory(state: BindState, _final: boolean): Promise<void> {
		const set = this.binder.resolveSetLenient(state);
		const missing = this.binder.missingMandatory(state, set, this.expectsInput);
		if (missing.length === 0) return;
		if (!this.rt.host.interactive) {
			const err = this.binder.missingMandatoryError(missing);
			err.record.position = this.pos();
			throw err;
		}
		this.rt.host.writeLine(`cmdlet ${this.def.name} at command pipeline position 1`);
		this.rt.host.writeLine('Supply values for the following parameters:');
		for (const p of missing) {
			const answer = await this.rt.host.prompt('', '', p.name);
			if (answer === null) {
				const err = this.binder.missingMandatoryError(missing);
				err.record.position = this.pos();
				throw err;
			}
			state.values.set(p.name, this.withPositions(() => this.binder.coerce(p, p.type.endsWith('[]') ? [answer] : answer)));
			state.bound.add(p.name);
		}
	}

	private async call(fn: (ctx: CmdletContext) => void | Promise<void>): Promise<void> {
		try {
			await fn(this.context());
		} catch (e) {
			if (e instanceof PSError && !e.record.position) {
				e.record.position = this.pos();
				e.record.commandName ??= this.def.name;
			}
			throw e;
		}
	}

	private preference(param: string, variable: string): string {
		const v = this.current?.values.get(param) ?? this.base?.values.get(param);
		if (typeof v === 'string') return v;
		return this.rt.preference(this.ctx, variable);
	}

	private switchOn(name: string): boolean {
		return this.current?.values.get(name) === true || this.base?.values.get(name) === true;
	}

	private toRecord(error: ErrorRecordInit | ErrorRecord): ErrorRecord {
		const rec = error instanceof ErrorRecord ? error : new ErrorRecord(error);
		rec.commandName ??= this.def.name;
		rec.position ??= this.pos();
		return rec;
	}

	writeError(error: ErrorRecordInit | ErrorRecord): void {
		const rec = this.toRecord(error);
		const action = this.preference('ErrorAction', 'ErrorActionPreference');
		if (action === 'Stop') throw new PSError(rec, 'script');
		this.hadError = true;
		if (action === 'Ignore') return;
		this.errorVariable.push(rec);
		if (action === 'SilentlyContinue') {
			this.rt.recordError(rec);
			return;
		}
		this.rt.reportError(rec, this.ctx);
	}

	/** Bound values with defaults filled in, rebuilt only when the binding changes. */
	private paramsFor(values: Map<string, unknown>): Record<string, any> {
		if (this.lastValues === values && this.lastParams) return this.lastParams;
		const params: Record<string, any> = {};
		for (const p of this.def.parameters) {
			if (values.has(p.name)) params[p.name] = values.get(p.name);
			else if (p.default !== undefined) params[p.name] = p.default;
			else if (p.type === 'switch') params[p.name] = false;
		}
		for (const [k, v] of values) if (!(k in params)) params[k] = v;
		this.lastValues = values;
		this.lastParams = params;
		return params;
	}

	private lastValues: Map<string, unknown> | undefined;
	private lastParams: Record<string, any> | undefined;
	private ctxObject: (CmdletContext & {params: Record<string, any>; parameterSet: string; input: unknown; hasInput: boolean}) | undefined;

	/** The context handed to begin/process/end: made once per invocation, its binding fields updated per call. */
	private context(): CmdletContext {
		const cur = this.current!;
		const c = this.ctxObject ?? (this.ctxObject = this.makeContext());
		c.params = this.paramsFor(cur.values);
		c.parameterSet = cur.set;
		c.input = cur.input;
		c.hasInput = cur.hasInput;
		return c;
	}

	private makeContext() {
		const stage = this;
		const rt = this.rt;
		const values = () => stage.current!.values;
		return {
			params: {} as Record<string, any>,
			parameterSet: '',
			input: undefined as unknown,
			hasInput: false,
			isBound: (name: string) => values().has(name),
			state: this.state,
			session: rt.sessionFor(this.ctx.scope),
			host: rt.host,
			commandName: this.invokedAs,
			signal: this.ctx.signal,
			write(value: unknown) {
				stage.out.push(value);
				if (values().has('OutVariable')) stage.outVariable.push(value);
			},
			writeAll(items: Iterable<unknown>) {
				for (const v of items) this.write(v);
			},
			writeError: (e: ErrorRecordInit | ErrorRecord) => stage.writeError(e),
			fail(e: ErrorRecordInit | ErrorRecord): never {
				throw new PSError(stage.toRecord(e));
			},
			writeWarning(message: string) {
				const action = stage.preference('WarningAction', 'WarningPreference');
				if (action === 'Stop') {
					throw new PSError(stage.toRecord({message: `The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: ${message}`, id: 'ActionPreferenceStop', category: 'OperationStopped', exceptionType: 'ActionPreferenceStopException'}), 'script');
				}
				if (action !== 'SilentlyContinue' && action !== 'Ignore') rt.host.writeWarning(message);
			},
			writeVerbose(message: string) {
				if (stage.switchOn('Verbose') || rt.preference(stage.ctx, 'VerbosePreference') === 'Continue') rt.host.writeVerbose(message);
			},
			writeDebug(message: string) {
				if (stage.switchOn('Debug') || rt.preference(stage.ctx, 'DebugPreference') === 'Continue') rt.host.writeDebug(message);
			},
			shouldProcess: (target: string, action: string) => stage.shouldProcess(target, action),
			stopUpstream: () => stopUpstream(stage),
			invoke: (block: ScriptBlock, dollarUnder?: unknown, args?: unknown[]) => rt.invokeInScope(block, stage.ctx, dollarUnder, args ?? []),
		};
	}

	/** Kept for the whole invocation, so Yes to All / No to All hold for every object. */
	private processState: ShouldProcessState | undefined;

	private shouldProcess(target: string, action: string): Promise<boolean> {
		this.processState ??= {
			whatIf: undefined,
			confirm: undefined,
			impact: this.def.confirmImpact ?? 'Medium',
			fail: init => {
				throw new PSError(this.toRecord(init));
			},
		};
		const values = this.current?.values ?? this.base.values;
		this.processState.whatIf = values.get('WhatIf');
		this.processState.confirm = values.get('Confirm');
		return decideShouldProcess(this.rt, this.ctx, this.processState, target, action);
	}
}

/** Select-Object -First and friends end the pipeline upstream of themselves. */
export const stopUpstream = (stage: unknown): never => {
	throw new StopUpstreamSignal(stage);
};
