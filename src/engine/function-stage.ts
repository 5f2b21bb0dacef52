// A script function or script block in a pipeline (`Get-Thing | MyFunction`, `& { param($x) ... } 5`):
// binds like a cmdlet, runs begin/process/end blocks in a new scope with $_, $args, $input and $PSBoundParameters.

import type * as A from '../language/ast.ts';
import type {ExecContext} from './context.ts';
import {positionOf} from './context.ts';
import {Binder, BindState} from './binder.ts';
import type {BindArg} from './binder.ts';
import {PSError, ReturnSignal} from './errors.ts';
import type {Stage} from './pipeline.ts';
import type {Runtime} from './runtime.ts';
import {PSHashtable, ScriptBlock} from './values.ts';
import {signatureOf} from './function-signature.ts';
import {Scope} from './scope.ts';
import {FunctionCmdlet} from './function-cmdlet.ts';

const binders = new WeakMap<A.ScriptBlockAst, Binder>();

function binderFor(name: string, block: ScriptBlock): Binder {
	let b = binders.get(block.ast);
	if (!b) {
		b = new Binder(signatureOf(name, block.ast));
		binders.set(block.ast, b);
	}
	return b;
}

export class FunctionStage implements Stage {
	out: unknown[] = [];
	hadError = false;
	private readonly binder: Binder;
	private base!: BindState;
	private scope!: Scope;
	private fnCtx!: ExecContext;
	private readonly collected: unknown[] = [];

	constructor(
		private readonly rt: Runtime,
		private readonly name: string,
		private readonly block: ScriptBlock,
		private readonly isFilter: boolean,
		private readonly ast: A.CommandAst,
		private readonly ctx: ExecContext,
		private readonly args: BindArg[],
		private readonly expectsInput: boolean,
		/** Dot-sourced (`. { }`): runs in the caller's scope. */
		private readonly dotSourced = false,
	) {
		this.binder = binderFor(name, block);
	}

	async begin(): Promise<void> {
		try {
			this.base = this.binder.bindArguments(this.args);
		} catch (e) {
			if (e instanceof PSError && !e.record.position) e.record.position = positionOf(this.ctx, e.extentHint ?? this.ast.extent);
			throw e;
		}
		const entered = this.rt.evaluator.enter(this.ctx, this.ast.extent);
		this.scope = this.dotSourced ? this.ctx.scope : entered.scope;
		this.fnCtx = {...entered, scope: this.scope, source: this.block.source, file: this.block.origin};
		if (!this.expectsInput) await this.bindParameters(this.base);
		else await this.bindParameters(this.base, true);
		if (this.block.ast.begin) await this.runBlock(this.block.ast.begin);
	}

	async process(input: unknown, hasInput: boolean): Promise<void> {
		const hasProcess = this.block.ast.process !== undefined || this.isFilter;
		if (hasInput) {
			const bound = this.binder.takesPipelineInput ? this.bindInput(input) : this.base;
			if (!bound) return;
			if (bound !== this.base) await this.bindParameters(bound);
			else if (this.expectsInput) await this.checkMandatory(bound);
			if (!hasProcess) {
				this.collected.push(input);
				return;
			}
		} else if (!hasProcess) {
			return;
		}
		const body = this.block.ast.process ?? (this.isFilter ? this.block.ast.end : undefined);
		if (!body) return;
		this.scope.setAutomatic('_', hasInput ? input : null);
		await this.runBlock(body);
	}

	async end(): Promise<void> {
		if (this.isFilter && !this.block.ast.process) return;
		const body = this.block.ast.end;
		if (!body) return;
		this.scope.setAutomatic('input', this.collected);
		if (this.block.ast.process === undefined) this.scope.setAutomatic('_', null);
		await this.runBlock(body);
	}

	private bindInput(input: unknown): BindState | undefined {
		try {
			const bound = this.binder.bindPipelineObject(this.base, input);
			if (!bound) {
				this.hadError = true;
				this.rt.reportError(this.binder.inputNotBound(input).record, this.ctx);
			}
			return bound;
		} catch (e) {
			if (e instanceof PSError) {
				this.hadError = true;
				this.rt.reportError(e.record, this.ctx);
				return undefined;
			}
			throw e;
		}
	}

	private async checkMandatory(state: BindState): Promise<void> {
		const set = this.binder.resolveSetLenient(state);
		const missing = this.binder.missingMandatory(state, set, false);
		if (missing.length > 0) {
			const err = this.binder.missingMandatoryError(missing);
			err.record.position = positionOf(this.ctx, this.ast.extent);
			throw err;
		}
	}

	/** Sets each parameter variable: its bound value, else its default (evaluated now, in order). */
	private async bindParameters(state: BindState, deferPipeline = false): Promise<void> {
		const set = this.binder.resolveSetLenient(state);
		const missing = this.binder.missingMandatory(state, set, deferPipeline);
		if (missing.length > 0) {
			if (!this.rt.host.interactive) {
				const err = this.binder.missingMandatoryError(missing);
				err.record.position = positionOf(this.ctx, this.ast.extent);
				throw err;
			}
			this.rt.host.writeLine(`cmdlet ${this.name} at command pipeline position 1`);
			this.rt.host.writeLine('Supply values for the following parameters:');
			for (const p of missing) {
				const answer = await this.rt.host.prompt('', '', p.name);
				if (answer === null) throw this.binder.missingMandatoryError(missing);
				state.values.set(p.name, this.binder.coerce(p, answer));
				state.bound.add(p.name);
			}
		}
		const params = this.block.ast.param?.parameters ?? [];
		const boundTable = new PSHashtable();
		for (const p of params) {
			if (state.values.has(p.name)) {
				const v = state.values.get(p.name);
				this.scope.setLocal(p.name, v);
				boundTable.set(p.name, v);
			} else if (p.default) {
				this.scope.setLocal(p.name, await this.rt.evaluator.expression(p.default, this.fnCtx));
			} else {
				const def = this.binder.parameters.find(d => d.name === p.name);
				this.scope.setLocal(p.name, def?.type === 'switch' ? false : null);
			}
		}
		for (const [k, v] of state.values) if (!boundTable.has(k)) boundTable.set(k, v);
		this.scope.setLocal('PSBoundParameters', boundTable);
		this.scope.setLocal('args', state.extraArgs);
		const advanced = this.binder.sig.advanced;
		this.scope.setLocal('PSCmdlet', advanced ? new FunctionCmdlet(this.rt, this.fnCtx, this.name, set, boundTable, this.ast.extent) : null);
		// -WhatIf and -Confirm on an advanced function reach the cmdlets it calls, as in pwsh.
		if (advanced && state.values.get('WhatIf') === true) this.scope.setLocal('WhatIfPreference', true);
		if (advanced && state.values.get('Confirm') === true) this.scope.setLocal('ConfirmPreference', 'Low');
	}

	private async runBlock(block: A.StatementBlockAst): Promise<void> {
		const emit = (v: unknown) => this.out.push(v);
		try {
			await this.rt.evaluator.runStatements(block.statements, this.fnCtx, emit);
		} catch (e) {
			if (e instanceof ReturnSignal) return;
			throw e;
		}
	}
}
