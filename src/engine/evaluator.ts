// The tree-walking evaluator: statements write objects to an emit callback; expressions return values.
// Pipelines of commands are run by pipeline.ts; this file owns the language itself.

import type * as A from '../language/ast.ts';
import type {ExecContext} from './context.ts';
import {collapse, MAX_CALL_DEPTH, positionOf, VOID} from './context.ts';
import {
	BreakSignal,
	ContinueSignal,
	ErrorRecord,
	ExitSignal,
	PSError,
	ReturnSignal,
} from './errors.ts';
import {PSHashtable, PSObject, ScriptBlock, enumerate, isNull} from './values.ts';
import {Scope, ReadOnlyVariableError} from './scope.ts';
import {convertTo, toBool, toStr} from './convert.ts';
import {binaryOperator, unaryOperator, equals, rangeValues} from './operators.ts';
import {getMember, setMember, invokeMethod, getStaticMember, invokeStaticMethod, exceptionInfo} from './members.ts';
import {exceptionMatches, PSType, resolveTypeName, typeLiteral} from './types.ts';
import type {Runtime} from './runtime.ts';
import {runPipeline} from './pipeline.ts';
import {FunctionCmdlet} from './function-cmdlet.ts';

export type Emit = (value: unknown) => void;

export class Evaluator {
	constructor(readonly rt: Runtime) {}

	// ---- errors -------------------------------------------------------------------------------

	error(ctx: ExecContext, extent: A.Extent | undefined, message: string, id: string, category: ErrorRecord['category'] = 'InvalidOperation', exceptionType = 'RuntimeException', target?: unknown): PSError {
		return new PSError(new ErrorRecord({message, id, category, exceptionType, position: positionOf(ctx, extent), target}));
	}

	/** Adds a position to an error raised by a pure helper (conversions, operators) that knew none. */
	private located(e: unknown, ctx: ExecContext, extent: A.Extent): unknown {
		if (e instanceof PSError && !e.record.position) e.record.position = positionOf(ctx, extent);
		if (e instanceof ReadOnlyVariableError) {
			return this.error(ctx, extent, e.message, 'VariableNotWritable', 'WriteError', 'SessionStateUnauthorizedAccessException', e.variableName);
		}
		return e;
	}

	// ---- statements ---------------------------------------------------------------------------

	/**
	 * Runs a statement list. A statement-terminating error is reported and the next statement runs, unless a try
	 * is waiting for it or $ErrorActionPreference is Stop.
	 */
	async runStatements(statements: A.StatementAst[], ctx: ExecContext, emit: Emit): Promise<void> {
		for (const st of statements) {
			if (ctx.signal.aborted) this.rt.throwStopped();
			try {
				await this.statement(st, ctx, emit);
			} catch (e) {
				const err = this.rt.normalizeError(e, ctx, st.extent);
				if (!(err instanceof PSError)) throw err;
				if (ctx.inTry > 0 || err.scope === 'script' || this.rt.preference(ctx, 'ErrorActionPreference') === 'Stop') {
					throw err.scope === 'script' ? err : new PSError(err.record, ctx.inTry > 0 ? 'statement' : 'script');
				}
				this.rt.reportError(err.record, ctx);
				this.rt.lastStatus = false;
			}
		}
	}

	async statement(st: A.StatementAst, ctx: ExecContext, emit: Emit): Promise<void> {
		switch (st.kind) {
			case 'Pipeline':
				return this.pipeline(st, ctx, emit);
			case 'PipelineChain': {
				await this.statement(st.left, ctx, emit);
				const ok = this.rt.lastStatus;
				if ((st.operator === '&&') === ok) await this.pipeline(st.right, ctx, emit);
				return;
			}
			case 'Assignment':
				await this.assignment(st, ctx);
				this.rt.lastStatus = true;
				return;
			case 'If':
				for (const clause of st.clauses) {
					if (toBool(await this.statementValue(clause.condition, ctx))) {
						return this.runStatements(clause.body.statements, ctx, emit);
					}
				}
				if (st.else) return this.runStatements(st.else.statements, ctx, emit);
				return;
			case 'While':
				return this.loop(st.label, ctx, async () => toBool(await this.statementValue(st.condition, ctx)), st.body, emit);
			case 'DoLoop': {
				let first = true;
				return this.loop(st.label, ctx, async () => {
					if (first) {
						first = false;
						return true;
					}
					const v = toBool(await this.statementValue(st.condition, ctx));
					return st.until ? !v : v;
				}, st.body, emit);
			}
			case 'For': {
				if (st.init) await this.statement(st.init, ctx, emit);
				let first = true;
				return this.loop(st.label, ctx, async () => {
					if (!first && st.iterator) await this.statement(st.iterator, ctx, () => {});
					first = false;
					return st.condition ? toBool(await this.statementValue(st.condition, ctx)) : true;
				}, st.body, emit);
			}
			case 'Foreach': {
				const single = singleExpression(st.iterable);
				const items: Iterator<unknown> = single?.kind === 'Binary' && single.operator === '..'
					? (await this.lazyRange(single, ctx))[Symbol.iterator]()
					: enumerate(await this.statementValue(st.iterable, ctx))[Symbol.iterator]();
				return this.loop(st.label, ctx, async () => {
					const next = items.next();
					if (next.done) return false;
					this.assignVariable(st.variable, next.value, ctx);
					return true;
				}, st.body, emit);
			}
			case 'Switch':
				return this.switchStatement(st, ctx, emit);
			case 'Try':
				return this.tryStatement(st, ctx, emit);
			case 'Throw':
				return this.throwStatement(st, ctx);
			case 'Return': {
				if (st.value) await this.statement(st.value, ctx, emit);
				throw new ReturnSignal([]);
			}
			case 'Break':
				throw new BreakSignal(st.label);
			case 'Continue':
				throw new ContinueSignal(st.label);
			case 'Exit': {
				let code = 0;
				if (st.value) {
					const v = await this.statementValue(st.value, ctx);
					code = isNull(v) ? 0 : Number(convertTo(v, 'int'));
				}
				throw new ExitSignal(code);
			}
			case 'FunctionDefinition':
				return this.defineFunction(st, ctx);
		}
	}

	private defineFunction(st: A.FunctionDefinitionAst, ctx: ExecContext): void {
		let block = st.body;
		if (st.parameters.length > 0 && !block.param) {
			block = {...block, param: {kind: 'ParamBlock', parameters: st.parameters, extent: st.extent}};
		}
		ctx.scope.defineFunction(st.name, new ScriptBlock(block, ctx.source, ctx.file), st.isFilter);
	}

	/** Runs a loop body with PowerShell's labelled break/continue. */
	private async loop(label: string | undefined, ctx: ExecContext, next: () => Promise<boolean>, body: A.StatementBlockAst, emit: Emit): Promise<void> {
		while (await next()) {
			if (ctx.signal.aborted) this.rt.throwStopped();
			try {
				await this.runStatements(body.statements, ctx, emit);
			} catch (e) {
				if (e instanceof BreakSignal && (!e.label || e.label.toLowerCase() === label?.toLowerCase())) return;
				if (e instanceof ContinueSignal && (!e.label || e.label.toLowerCase() === label?.toLowerCase())) continue;
				throw e;
			}
		}
	}

	private async switchStatement(st: A.SwitchAst, ctx: ExecContext, emit: Emit): Promise<void> {
		const value = await this.statementValue(st.value, ctx);
		const items = Array.isArray(value) ? value : [value];
		const saved = ctx.scope.get('_');
		try {
			outer: for (const item of items) {
				ctx.scope.setAutomatic('_', item);
				let matched = false;
				for (const clause of st.clauses) {
					if (!(await this.switchMatches(st, clause.pattern, item, ctx))) continue;
					matched = true;
					try {
						await this.runStatements(clause.body.statements, ctx, emit);
					} catch (e) {
						if (e instanceof BreakSignal && (!e.label || e.label.toLowerCase() === st.label?.toLowerCase())) break outer;
						if (e instanceof ContinueSignal && (!e.label || e.label.toLowerCase() === st.label?.toLowerCase())) continue outer;
						throw e;
					}
				}
				if (!matched && st.default) {
					try {
						await this.runStatements(st.default.statements, ctx, emit);
					} catch (e) {
						if (e instanceof BreakSignal && (!e.label || e.label.toLowerCase() === st.label?.toLowerCase())) break;
						if (e instanceof ContinueSignal && (!e.label || e.label.toLowerCase() === st.label?.toLowerCase())) continue;
						throw e;
					}
				}
			}
		} finally {
			ctx.scope.setAutomatic('_', saved);
		}
	}

	private async switchMatches(st: A.SwitchAst, pattern: A.ExpressionAst, item: unknown, ctx: ExecContext): Promise<boolean> {
		if (pattern.kind === 'ScriptBlockExpression') {
			const out = await this.rt.invokeInScope(new ScriptBlock(pattern.block, ctx.source, ctx.file), ctx, item, []);
			return toBool(collapse(out));
		}
		const p = await this.expression(pattern, ctx);
		const cs = st.flags.caseSensitive;
		if (st.flags.regex) return toBool(this.binary(cs ? 'cmatch' : 'imatch', toStr(item), toStr(p), ctx, pattern.extent));
		if (st.flags.wildcard) return toBool(this.binary(cs ? 'clike' : 'ilike', toStr(item), toStr(p), ctx, pattern.extent));
		return typeof item === 'string' || typeof p === 'string' ? equals(toStr(item), toStr(p), cs) : equals(item, p, cs);
	}

	private async tryStatement(st: A.TryAst, ctx: ExecContext, emit: Emit): Promise<void> {
		try {
			ctx.inTry++;
			try {
				await this.runStatements(st.body.statements, ctx, emit);
			} finally {
				ctx.inTry--;
			}
		} catch (e) {
			const err = this.rt.normalizeError(e, ctx, st.extent);
			if (!(err instanceof PSError)) throw err;
			const clause = st.catches.find(c => c.types.length === 0 || c.types.some(t => catchMatches(t.name, err.record)));
			if (!clause) throw err;
			const saved = ctx.scope.get('_');
			ctx.scope.setAutomatic('_', err.record);
			try {
				await this.runStatements(clause.body.statements, ctx, emit);
			} finally {
				ctx.scope.setAutomatic('_', saved);
			}
		} finally {
			if (st.finally) await this.runStatements(st.finally.statements, ctx, emit);
		}
	}

	private async throwStatement(st: A.ThrowAst, ctx: ExecContext): Promise<never> {
		const value = st.value ? await this.statementValue(st.value, ctx) : null;
		if (value instanceof ErrorRecord) {
			throw new PSError(value, 'script');
		}
		// `throw [InvalidOperationException]::new('x')`: the error carries that exception's type, so typed catches see it.
		const exception = exceptionInfo(value);
		if (exception) {
			throw new PSError(
				new ErrorRecord({
					message: exception.message,
					id: exception.message,
					category: 'OperationStopped',
					exceptionType: exception.typeName.slice(exception.typeName.lastIndexOf('.') + 1),
					target: value,
					position: positionOf(ctx, st.extent),
				}),
				'script',
			);
		}
		const message = isNull(value) ? 'ScriptHalted' : toStr(value);
		throw new PSError(
			new ErrorRecord({
				message,
				id: message,
				category: 'OperationStopped',
				exceptionType: 'RuntimeException',
				target: value,
				position: positionOf(ctx, st.extent),
			}),
			'script',
		);
	}

	/** The value of a statement used as an expression: conditions, assignments' right sides, `foreach (... in X)`. */
	async statementValue(st: A.StatementAst, ctx: ExecContext): Promise<unknown> {
		const single = singleExpression(st);
		if (single) return this.valueOf(await this.expression(single, ctx));
		const out: unknown[] = [];
		await this.statement(st, ctx, v => out.push(v));
		return collapse(out);
	}

	private valueOf(v: unknown): unknown {
		return v === VOID ? null : v;
	}

	private async pipeline(st: A.PipelineAst, ctx: ExecContext, emit: Emit): Promise<void> {
		const first = st.elements[0];
		if (st.elements.length === 1 && first?.kind === 'CommandExpression' && first.redirections.length === 0) {
			const v = await this.expression(first.expression, ctx);
			this.rt.lastStatus = true;
			// `$i++` and `++$i` standing as statements write nothing.
			if (v === VOID || isIncrement(first.expression)) return;
			if (Array.isArray(v)) for (const item of v) emit(item);
			else emit(v);
			return;
		}
		await runPipeline(this.rt, st, ctx, emit);
	}

	// ---- assignment ---------------------------------------------------------------------------

	private async assignment(st: A.AssignmentAst, ctx: ExecContext): Promise<void> {
		let value = await this.statementValue(st.value, ctx);
		if (st.operator !== '=') {
			const current = await this.expression(st.target, ctx);
			if (st.operator === '??=') {
				if (!isNull(current)) return;
			} else {
				value = this.binary(st.operator.slice(0, -1), current, value, ctx, st.extent);
			}
		}
		await this.assignTo(st.target, value, ctx);
	}

	async assignTo(target: A.ExpressionAst, value: unknown, ctx: ExecContext): Promise<void> {
		try {
			switch (target.kind) {
				case 'Variable':
					this.assignVariable(target, value, ctx);
					return;
				case 'Convert': {
					const converted = this.convert(target.type.name, value, ctx, target.extent);
					return this.assignTo(target.operand, converted, ctx);
				}
				case 'Member': {
					const obj = await this.expression(target.target, ctx);
					const name = typeof target.member === 'string' ? target.member : toStr(await this.expression(target.member, ctx));
					if (isNull(obj)) {
						throw this.error(ctx, target.extent, `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, 'PropertyNotFound', 'InvalidOperation');
					}
					setMember(obj, name, value);
					return;
				}
				case 'Index': {
					const obj = await this.expression(target.target, ctx);
					const index = await this.expression(target.index, ctx);
					this.setIndex(obj, index, value, ctx, target.extent);
					return;
				}
				case 'ArrayLiteral': {
					const values = Array.isArray(value) ? value : [value];
					const n = target.elements.length;
					for (let i = 0; i < n; i++) {
						const v = i < n - 1 ? (values[i] ?? null) : values.length - i > 1 ? values.slice(i) : (values[i] ?? null);
						await this.assignTo(target.elements[i]!, v, ctx);
					}
					return;
				}
				case 'Paren':
					if (target.statement.kind === 'Pipeline' && target.statement.elements.length === 1 && target.statement.elements[0]!.kind === 'CommandExpression') {
						return this.assignTo(target.statement.elements[0]!.expression, value, ctx);
					}
					break;
				default:
					break;
			}
		} catch (e) {
			throw this.located(e, ctx, target.extent);
		}
		throw this.error(ctx, target.extent, 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', 'InvalidLeftHandSide', 'ParserError', 'ParseException');
	}

	assignVariable(v: A.VariableAst, value: unknown, ctx: ExecContext): void {
		const name = v.name;
		const lower = name.toLowerCase();
		if (lower === 'true' || lower === 'false' || lower === 'null') {
			if (lower === 'null') return; // `$null = expr` discards.
			throw this.error(ctx, v.extent, `Cannot overwrite variable ${name} because it is read-only or constant.`, 'VariableNotWritable', 'WriteError', 'SessionStateUnauthorizedAccessException', name);
		}
		switch (v.scope) {
			case 'env':
				if (isNull(value) || value === '') delete process.env[name];
				else process.env[name] = toStr(value);
				return;
			case 'global':
				ctx.scope.global.setLocal(name, value);
				return;
			case 'script':
				ctx.scope.script.setLocal(name, value);
				return;
			default:
				ctx.scope.setLocal(name, value);
		}
	}

	private setIndex(obj: unknown, index: unknown, value: unknown, ctx: ExecContext, extent: A.Extent): void {
		if (obj instanceof PSHashtable) {
			obj.set(index, value);
			return;
		}
		if (Array.isArray(obj)) {
			let i = Number(convertTo(index, 'int'));
			if (i < 0) i += obj.length;
			if (i < 0 || i >= obj.length) {
				throw this.error(ctx, extent, 'Index was outside the bounds of the array.', 'IndexOutOfRange', 'InvalidOperation', 'IndexOutOfRangeException');
			}
			obj[i] = value;
			return;
		}
		if (obj instanceof PSObject) {
			setMember(obj, toStr(index), value);
			return;
		}
		if (isNull(obj)) throw this.error(ctx, extent, 'Cannot index into a null array.', 'NullArray', 'InvalidOperation');
		throw this.error(ctx, extent, `Unable to index into an object of type ${typeNameShort(obj)}.`, 'CannotIndex', 'InvalidOperation');
	}

	// ---- expressions --------------------------------------------------------------------------

	async expression(e: A.ExpressionAst, ctx: ExecContext): Promise<unknown> {
		switch (e.kind) {
			case 'NumberConstant':
				return e.value;
			case 'StringConstant':
				return e.value;
			case 'ExpandableString':
				return this.expand(e, ctx);
			case 'Variable':
				return this.variable(e, ctx);
			case 'Binary':
				return this.binaryExpression(e, ctx);
			case 'Unary':
				return this.unary(e, ctx);
			case 'Convert':
				return this.convertExpression(e, ctx);
			case 'TypeLiteral':
				return this.typeRef(e.type, ctx);
			case 'Index':
				return this.index(e, ctx);
			case 'Member':
				return this.member(e, ctx);
			case 'InvokeMember':
				return this.invokeMember(e, ctx);
			case 'ArrayLiteral': {
				const out = new Array(e.elements.length);
				for (let i = 0; i < e.elements.length; i++) out[i] = this.valueOf(await this.expression(e.elements[i]!, ctx));
				return out;
			}
			case 'ArrayExpression': {
				const out: unknown[] = [];
				await this.runStatements(e.statements, ctx, v => out.push(v));
				return out;
			}
			case 'SubExpression': {
				const out: unknown[] = [];
				await this.runStatements(e.statements, ctx, v => out.push(v));
				return collapse(out);
			}
			case 'Paren': {
				const st = e.statement;
				if (st.kind === 'Assignment') {
					await this.assignment(st, ctx);
					return this.expression(st.target, ctx);
				}
				return this.statementValue(st, ctx);
			}
			case 'Hashtable':
				return this.hashtable(e, ctx, false);
			case 'ScriptBlockExpression':
				return new ScriptBlock(e.block, ctx.source, ctx.file);
			case 'Ternary':
				return toBool(await this.expression(e.condition, ctx)) ? this.expression(e.then, ctx) : this.expression(e.else, ctx);
			case 'ErrorExpression':
				throw this.error(ctx, e.extent, 'The expression is not valid.', 'InvalidExpression', 'ParserError', 'ParseException');
		}
	}

	private async expand(e: A.ExpandableStringAst, ctx: ExecContext): Promise<string> {
		let out = '';
		for (const part of e.parts) {
			if (typeof part === 'string') out += part;
			else out += this.rt.expandValue(this.valueOf(await this.expression(part, ctx)), ctx);
		}
		return out;
	}

	variable(e: A.VariableAst, ctx: ExecContext): unknown {
		const lower = e.name.toLowerCase();
		if (e.scope === 'env') {
			const direct = process.env[e.name];
			if (direct !== undefined) return direct;
			const key = Object.keys(process.env).find(k => k.toLowerCase() === lower);
			return key ? process.env[key]! : null;
		}
		switch (lower) {
			case 'true':
				return true;
			case 'false':
				return false;
			case 'null':
				return null;
			case '?':
				return this.rt.lastStatus;
			case 'psitem':
				return ctx.scope.get('_');
		}
		if (e.scope === 'global') return ctx.scope.global.get(e.name);
		if (e.scope === 'script') return ctx.scope.script.get(e.name);
		return ctx.scope.get(e.name);
	}

	binary(op: string, left: unknown, right: unknown, ctx: ExecContext, extent: A.Extent): unknown {
		try {
			return binaryOperator(op, left, right, {setMatches: m => ctx.scope.setAutomatic('Matches', m)});
		} catch (e) {
			throw this.located(e, ctx, extent);
		}
	}

	private async binaryExpression(e: A.BinaryAst, ctx: ExecContext): Promise<unknown> {
		const op = e.operator;
		if (op === 'and') return toBool(await this.expression(e.left, ctx)) ? toBool(await this.expression(e.right, ctx)) : false;
		if (op === 'or') return toBool(await this.expression(e.left, ctx)) ? true : toBool(await this.expression(e.right, ctx));
		if (op === '??') {
			const l = this.valueOf(await this.expression(e.left, ctx));
			return isNull(l) ? this.expression(e.right, ctx) : l;
		}
		const left = this.valueOf(await this.expression(e.left, ctx));
		const right = this.valueOf(await this.expression(e.right, ctx));
		return this.binary(op, left, right, ctx, e.operatorExtent ?? e.extent);
	}

	private async unary(e: A.UnaryAst, ctx: ExecContext): Promise<unknown> {
		const op = e.operator;
		if (op === '++' || op === '--' || op === 'post++' || op === 'post--') {
			const before = this.valueOf(await this.expression(e.operand, ctx));
			const after = this.binary(op.endsWith('++') ? '+' : '-', isNull(before) ? 0 : before, 1, ctx, e.extent);
			await this.assignTo(e.operand, after, ctx);
			return op.startsWith('post') ? before : after;
		}
		const v = this.valueOf(await this.expression(e.operand, ctx));
		if (op === ',') return [v];
		if (op === '!' || op === 'not') return !toBool(v);
		try {
			return unaryOperator(op, v);
		} catch (err) {
			throw this.located(err, ctx, e.extent);
		}
	}

	typeRef(t: A.TypeNameAst, ctx: ExecContext): PSType {
		const resolved = typeLiteral(t.name);
		if (!resolved) throw this.error(ctx, t.extent, `Unable to find type [${t.name}].`, 'TypeNotFound', 'InvalidOperation');
		return resolved;
	}

	convert(typeName: string, value: unknown, ctx: ExecContext, extent: A.Extent): unknown {
		const lower = typeName.toLowerCase();
		if (lower === 'void') return VOID;
		const resolved = resolveTypeName(typeName);
		if (!resolved) throw this.error(ctx, extent, `Unable to find type [${typeName}].`, 'TypeNotFound', 'InvalidOperation');
		try {
			return convertTo(value, resolved);
		} catch (e) {
			throw this.located(e, ctx, extent);
		}
	}

	private async convertExpression(e: A.ConvertAst, ctx: ExecContext): Promise<unknown> {
		const lower = e.type.name.toLowerCase();
		if (e.operand.kind === 'Hashtable') {
			if (lower === 'ordered' || lower === 'system.collections.specialized.ordereddictionary') return this.hashtable(e.operand, ctx, true);
			if (lower === 'pscustomobject' || lower === 'system.management.automation.pscustomobject') {
				const table = await this.hashtable(e.operand, ctx, true);
				const obj = new PSObject();
				for (const [k, v] of table.entries()) obj.set(toStr(k), v);
				return obj;
			}
		}
		if (lower === 'ordered') {
			throw this.error(ctx, e.extent, 'The ordered attribute can be specified only on a hash literal node.', 'OrderedAttributeOnlyOnHashLiteralNode', 'ParserError', 'ParseException');
		}
		const v = this.valueOf(await this.expression(e.operand, ctx));
		return this.convert(e.type.name, v, ctx, e.extent);
	}

	private async hashtable(e: A.HashtableAst, ctx: ExecContext, ordered: boolean): Promise<PSHashtable> {
		const table = new PSHashtable(ordered);
		for (const entry of e.entries) {
			const key = this.valueOf(await this.expression(entry.key, ctx));
			if (table.has(key)) {
				throw this.error(ctx, entry.key.extent, `Duplicate keys '${toStr(key)}' are not allowed in hash literals.`, 'DuplicateKeyInHashLiteral', 'ParserError', 'ParseException');
			}
			table.set(key, await this.statementValue(entry.value, ctx));
		}
		return table;
	}

	private async index(e: A.IndexAst, ctx: ExecContext): Promise<unknown> {
		const target = this.valueOf(await this.expression(e.target, ctx));
		if (isNull(target)) {
			if (e.nullConditional) return null;
			throw this.error(ctx, e.extent, 'Cannot index into a null array.', 'NullArray', 'InvalidOperation');
		}
		const index = this.valueOf(await this.expression(e.index, ctx));
		try {
			return indexValue(target, index);
		} catch (err) {
			throw this.located(err, ctx, e.extent);
		}
	}

	private async memberName(m: string | A.ExpressionAst, ctx: ExecContext): Promise<string> {
		return typeof m === 'string' ? m : toStr(this.valueOf(await this.expression(m, ctx)));
	}

	private async member(e: A.MemberAst, ctx: ExecContext): Promise<unknown> {
		const name = await this.memberName(e.member, ctx);
		try {
			if (e.static) {
				const t = e.target.kind === 'TypeLiteral' ? this.typeRef(e.target.type, ctx) : await this.expression(e.target, ctx);
				return getStaticMember(t instanceof PSType ? t.fullName : toStr(t), name, this.rt.methodContext(ctx));
			}
			const target = this.valueOf(await this.expression(e.target, ctx));
			if (isNull(target) && e.nullConditional) return null;
			if (target instanceof FunctionCmdlet) return target.member(name);
			return getMember(target, name);
		} catch (err) {
			throw this.located(err, ctx, e.extent);
		}
	}

	private async invokeMember(e: A.InvokeMemberAst, ctx: ExecContext): Promise<unknown> {
		const name = await this.memberName(e.member, ctx);
		const args: unknown[] = [];
		for (const a of e.arguments) args.push(this.valueOf(await this.expression(a, ctx)));
		const methodCtx = this.rt.methodContext(ctx);
		try {
			if (e.static) {
				const t = e.target.kind === 'TypeLiteral' ? this.typeRef(e.target.type, ctx) : await this.expression(e.target, ctx);
				return await invokeStaticMethod(t instanceof PSType ? t.fullName : toStr(t), name, args, methodCtx);
			}
			const target = this.valueOf(await this.expression(e.target, ctx));
			if (isNull(target)) {
				if (e.nullConditional) return null;
				throw this.error(ctx, e.extent, 'You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull', 'InvalidOperation');
			}
			if (target instanceof FunctionCmdlet) return await target.invoke(name, args);
			return await invokeMethod(target, name, args, methodCtx);
		} catch (err) {
			throw this.located(err, ctx, e.extent);
		}
	}

	/** `a..b` as a lazy sequence (pipelines and foreach over huge ranges never build the array). */
	async lazyRange(e: A.BinaryAst, ctx: ExecContext): Promise<Iterable<unknown>> {
		const left = this.valueOf(await this.expression(e.left, ctx));
		const right = this.valueOf(await this.expression(e.right, ctx));
		try {
			// Validates the bounds at once (bad operands fail here, not half-way).
			rangeValues(left, right).next();
		} catch (err) {
			throw this.located(err, ctx, e.operatorExtent ?? e.extent);
		}
		return {[Symbol.iterator]: () => rangeValues(left, right)};
	}

	/** Depth guard for user recursion. */
	enter(ctx: ExecContext, extent: A.Extent): ExecContext {
		if (ctx.depth >= MAX_CALL_DEPTH) {
			throw this.error(ctx, extent, 'The script failed due to call depth overflow.', 'CallDepthOverflow', 'InvalidOperation', 'ScriptCallDepthException');
		}
		return {...ctx, depth: ctx.depth + 1, scope: new Scope(ctx.scope), inTry: 0};
	}
}

const isIncrement = (e: A.ExpressionAst): boolean =>
	e.kind === 'Unary' && (e.operator === '++' || e.operator === '--' || e.operator === 'post++' || e.operator === 'post--');

export function singleExpression(st: A.StatementAst): A.ExpressionAst | undefined {
	if (st.kind !== 'Pipeline' || st.elements.length !== 1) return undefined;
	const el = st.elements[0]!;
	return el.kind === 'CommandExpression' && el.redirections.length === 0 ? el.expression : undefined;
}

function typeNameShort(v: unknown): string {
	if (typeof v === 'number') return Number.isInteger(v) ? 'System.Int32' : 'System.Double';
	if (typeof v === 'boolean') return 'System.Boolean';
	return 'System.Object';
}

const catchMatches = (typeName: string, record: ErrorRecord): boolean => exceptionMatches(record.exceptionType, typeName);

/** `$a[1]`, `$a[-1]`, `$a[1..3]`, `$a[0, 2]`, `$h['key']`, `$s[0]`. */
export function indexValue(target: unknown, index: unknown): unknown {
	if (target instanceof PSHashtable) {
		if (Array.isArray(index)) return index.map(k => target.get(k));
		return target.get(index);
	}
	if (target instanceof PSObject) {
		if (Array.isArray(index)) return index.map(k => target.get(toStr(k)));
		return target.get(toStr(index));
	}
	const items: ArrayLike<unknown> | undefined = Array.isArray(target) ? target : typeof target === 'string' ? target : undefined;
	const at = (i: unknown): unknown => {
		if (items === undefined) {
			// A scalar indexes like a one-element array: `(2)[0]` is 2.
			const n = Number(convertTo(i, 'int'));
			return n === 0 || n === -1 ? target : null;
		}
		let n = Number(convertTo(i, 'int'));
		if (n < 0) n += items.length;
		if (n < 0 || n >= items.length) return null;
		return items[n];
	};
	if (Array.isArray(index)) {
		const out: unknown[] = [];
		for (const i of index) {
			const v = at(i);
			if (!isNull(v)) out.push(v);
		}
		return out;
	}
	return at(index);
}
