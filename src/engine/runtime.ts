// The running shell: global scope and automatic variables, command resolution, error reporting, and the entry
// points that run text. Cmdlets see it through the Session interface.

import type * as A from '../language/ast.ts';
import {parse} from '../language/parser.ts';
import type {ClockDriver, CmdletDef, CommandInfo, HistoryEntry, Session} from './command.ts';
import type {ExecContext} from './context.ts';
import {positionOf} from './context.ts';
import {
	BreakSignal,
	ContinueSignal,
	ErrorRecord,
	ExitSignal,
	PipelineStoppedSignal,
	PSError,
	ReturnSignal,
	StopUpstreamSignal,
} from './errors.ts';
import {Evaluator} from './evaluator.ts';
import type {Emit} from './evaluator.ts';
import {CommandRegistry} from './registry.ts';
import type {CommandManifestEntry} from './registry.ts';
import {Scope} from './scope.ts';
import {PSDateTime, PSHashtable, ScriptBlock, isNull} from './values.ts';
import {toStr} from './convert.ts';
import type {BindArg} from './binder.ts';
import type {Stage} from './pipeline.ts';
import {CmdletStage} from './cmdlet-stage.ts';
import {FunctionStage} from './function-stage.ts';
import type {Host} from '../host/host.ts';
import {suggestCommands} from './suggest.ts';
import {createRandom} from './random.ts';
import {ScopedSession} from './scoped-session.ts';

export interface RuntimeOptions {
	host: Host;
	commands?: readonly CmdletDef[];
	/** Cmdlets by name with a loader each: a module loads when first used. */
	manifest?: readonly CommandManifestEntry[];
	site?: unknown;
	aboutTopics?: Map<string, string>;
	/** Values for $HOME, $PROFILE and friends. */
	variables?: Record<string, unknown>;
	/** How waits pass simulated time; by default the site clock jumps. */
	clock?: ClockDriver;
}

export interface RunOptions {
	file?: string;
	/** Where output objects go; the host's Out-Default when absent. */
	emit?: Emit;
	/** Cancels the run (Ctrl+C in the TUI). */
	signal?: AbortSignal;
	/** Run in the global scope (interactive lines) rather than a new script scope. */
	globalScope?: boolean;
	/** Run in this scope (Invoke-Expression). */
	scope?: Scope;
}

export interface RunResult {
	/** `exit N` was run. */
	exitCode?: number;
	/** The script stopped on a script-terminating error (or did not parse). */
	terminated: boolean;
	/** $? after the last statement. */
	lastStatus: boolean;
}

const MAX_ERRORS = 256;

export class Runtime implements Session {
	readonly host: Host;
	readonly registry: CommandRegistry;
	readonly evaluator: Evaluator;
	readonly globalScope = new Scope(null, true);
	readonly aboutTopics: Map<string, string>;
	readonly history: HistoryEntry[] = [];
	private currentSite: any;
	private readonly siteListeners = new Set<(site: any) => void>();
	/** The prompt's location: the top-tier site's drive, as a console-started shell opens on. */
	location: string;
	lastStatus = true;
	random: () => number = createRandom(0x5c95);
	private readonly errors: ErrorRecord[] = [];
	clock: ClockDriver;

	constructor(opts: RuntimeOptions) {
		this.host = opts.host;
		this.registry = new CommandRegistry(opts.commands ?? [], opts.manifest ?? []);
		this.evaluator = new Evaluator(this);
		this.currentSite = opts.site ?? null;
		this.location = `${topSiteCode(this.site) ?? 'PS1'}:\\`;
		this.aboutTopics = opts.aboutTopics ?? new Map();
		this.clock = opts.clock ?? {
			// Scripts: simulated time jumps, so runs are instant and reproducible.
			waitSimulated: async (ms: number) => {
				if (this.site && typeof this.site.advance === 'function') this.site.advance(ms);
			},
		};
		const g = this.globalScope;
		g.setAutomatic('Error', this.errors);
		g.setAutomatic('ErrorActionPreference', 'Continue');
		g.setAutomatic('WarningPreference', 'Continue');
		g.setAutomatic('VerbosePreference', 'SilentlyContinue');
		g.setAutomatic('DebugPreference', 'SilentlyContinue');
		g.setAutomatic('InformationPreference', 'SilentlyContinue');
		g.setAutomatic('ProgressPreference', 'Continue');
		g.setAutomatic('ConfirmPreference', 'High');
		g.setAutomatic('WhatIfPreference', false);
		g.setAutomatic('ErrorView', 'ConciseView');
		g.setAutomatic('FormatEnumerationLimit', 4);
		g.setAutomatic('OFS', ' ');
		g.setAutomatic('LASTEXITCODE', 0);
		g.setAutomatic('MaximumHistoryCount', 4096);
		g.setAutomatic('PID', process.pid);
		g.setAutomatic('HOME', process.env.HOME ?? '');
		g.setAutomatic('IsLinux', process.platform === 'linux');
		g.setAutomatic('IsWindows', process.platform === 'win32');
		g.setAutomatic('IsMacOS', process.platform === 'darwin');
		g.setAutomatic('IsCoreCLR', true);
		const versionTable = new PSHashtable();
		versionTable.set('PSVersion', '7.5.0');
		versionTable.set('PSEdition', 'Core');
		versionTable.set('Platform', process.platform === 'win32' ? 'Win32NT' : 'Unix');
		g.setAutomatic('PSVersionTable', versionTable);
		for (const [k, v] of Object.entries(opts.variables ?? {})) g.setAutomatic(k, v);
	}

	// ---- Session ------------------------------------------------------------------------------

	/** The simulated site. Reset-SimSite replaces it; the lab and the TUI's panes follow through onSiteReplaced. */
	get site(): any {
		return this.currentSite;
	}

	set site(site: any) {
		if (site === this.currentSite) return;
		this.currentSite = site;
		for (const listener of [...this.siteListeners]) listener(site);
	}

	onSiteReplaced(listener: (site: any) => void): () => void {
		this.siteListeners.add(listener);
		return () => {
			this.siteListeners.delete(listener);
		};
	}

	getVariable(name: string): unknown {
		if (name === '?') return this.lastStatus;
		return this.globalScope.get(name);
	}

	hasVariable(name: string): boolean {
		return this.globalScope.has(name);
	}

	setVariable(name: string, value: unknown): void {
		this.globalScope.setLocal(name.replace(/^global:/i, ''), value);
	}

	listVariables(): {name: string; value: unknown}[] {
		return this.globalScope.list();
	}

	removeVariable(name: string): boolean {
		return this.globalScope.remove(name);
	}

	resolveCommand(name: string): CommandInfo | undefined {
		return this.lookup(name, this.globalScope);
	}

	listCommands(): CommandInfo[] {
		return this.commandsIn(this.globalScope);
	}

	commandsIn(scope: Scope): CommandInfo[] {
		const out: CommandInfo[] = [];
		for (const a of this.registry.listAliases()) out.push({name: a.name, commandType: 'Alias', definition: a.target, source: ''});
		for (const f of scope.listFunctions()) out.push({name: f.name, commandType: 'Function', scriptBlock: f.block, source: ''});
		for (const name of this.registry.listNames()) out.push({name, commandType: 'Cmdlet', def: this.registry.getCmdlet(name), source: sourceOf(name)});
		return out;
	}

	setAlias(name: string, target: string): void {
		this.registry.setAlias(name, target);
	}

	loadCommands(): Promise<void> {
		return this.registry.loadAll();
	}

	removeAlias(name: string): boolean {
		return this.registry.removeAlias(name);
	}

	seedRandom(seed: number): void {
		this.random = createRandom(seed);
	}

	/** The Session a cmdlet running in `scope` sees. */
	sessionFor(scope: Scope): Session {
		return scope === this.globalScope ? this : new ScopedSession(this, scope);
	}

	waitSimulated(ms: number, signal?: AbortSignal): Promise<void> {
		if (signal?.aborted) return Promise.reject(new PipelineStoppedSignal());
		return this.clock.waitSimulated(ms, signal);
	}

	async runText(text: string): Promise<unknown[]> {
		return this.runTextIn(text, this.globalScope);
	}

	/** Invoke-Expression: runs text in a scope, errors reported as usual, output returned. */
	async runTextIn(text: string, scope: Scope): Promise<unknown[]> {
		const out: unknown[] = [];
		await this.run(text, {emit: v => out.push(v), scope});
		return out;
	}

	// ---- running text ---------------------------------------------------------------------------

	/** Parses and runs a script or an interactive line. Errors are reported through the host. */
	async run(text: string, opts: RunOptions = {}): Promise<RunResult> {
		const parsed = parse(text);
		if (parsed.errors.length > 0) {
			for (const pe of parsed.errors) {
				this.reportError(
					new ErrorRecord({
						message: pe.message,
						id: pe.id,
						category: 'ParserError',
						exceptionType: 'ParseException',
						position: {source: text, extent: pe.extent, file: opts.file},
					}),
					undefined,
				);
			}
			this.lastStatus = false;
			return {terminated: true, lastStatus: false};
		}
		const sink = opts.emit ? undefined : this.host.openOutput();
		const emit: Emit = opts.emit ?? (v => sink!.write(v));
		const scope = opts.scope ?? (opts.globalScope ? this.globalScope : new Scope(this.globalScope, true));
		const ctx: ExecContext = {scope, source: text, file: opts.file, inTry: 0, depth: 0, signal: opts.signal ?? new AbortController().signal};
		const result: RunResult = {terminated: false, lastStatus: true};
		try {
			if (parsed.ast.param) {
				// A script's own param() block: its parameters start as $null (or their defaults).
				for (const p of parsed.ast.param.parameters) scope.setLocal(p.name, p.default ? await this.evaluator.expression(p.default, ctx) : null);
			}
			for (const part of [parsed.ast.begin, parsed.ast.process, parsed.ast.end]) {
				if (part) await this.evaluator.runStatements(part.statements, ctx, emit);
			}
		} catch (e) {
			const err = this.normalizeError(e, ctx, parsed.ast.extent);
			if (err instanceof ExitSignal) {
				result.exitCode = err.code;
				this.globalScope.setAutomatic('LASTEXITCODE', err.code);
			} else if (err instanceof PSError) {
				this.reportError(err.record, ctx);
				result.terminated = true;
				this.lastStatus = false;
			} else if (err instanceof PipelineStoppedSignal) {
				result.terminated = true;
				this.lastStatus = false;
			} else if (err instanceof BreakSignal || err instanceof ContinueSignal || err instanceof ReturnSignal) {
				// `break`/`return` outside any loop or function ends the script quietly.
			} else {
				throw err;
			}
		} finally {
			sink?.end();
		}
		result.lastStatus = this.lastStatus;
		return result;
	}

	// ---- what the evaluator asks of the runtime -------------------------------------------------------

	preference(ctx: ExecContext, name: string): string {
		const v = ctx.scope.get(name);
		return isNull(v) ? '' : toStr(v);
	}

	recordError(record: ErrorRecord): void {
		this.errors.unshift(record);
		if (this.errors.length > MAX_ERRORS) this.errors.length = MAX_ERRORS;
	}

	reportError(record: ErrorRecord, ctx: ExecContext | undefined): void {
		this.recordError(record);
		if (ctx?.errorSink) ctx.errorSink(record);
		else this.host.writeError(record);
	}

	throwStopped(): never {
		throw new PipelineStoppedSignal();
	}

	/** Turns anything thrown into a PSError, or lets control flow through. No JavaScript error reaches a user. */
	normalizeError(e: unknown, ctx: ExecContext, extent: A.Extent): unknown {
		if (
			e instanceof PSError ||
			e instanceof BreakSignal ||
			e instanceof ContinueSignal ||
			e instanceof ReturnSignal ||
			e instanceof ExitSignal ||
			e instanceof PipelineStoppedSignal ||
			e instanceof StopUpstreamSignal
		) {
			return e;
		}
		if (e instanceof RangeError && /call stack/i.test(e.message)) {
			return new PSError(new ErrorRecord({message: 'The script failed due to call depth overflow.', id: 'CallDepthOverflow', category: 'InvalidOperation', exceptionType: 'ScriptCallDepthException', position: positionOf(ctx, extent)}), 'script');
		}
		if (isSiteError(e)) {
			return new PSError(new ErrorRecord({message: e.message, id: e.id ?? 'SiteError', category: (e.category as ErrorRecord['category']) ?? 'InvalidOperation', exceptionType: 'InvalidOperationException', target: e.target, position: positionOf(ctx, extent)}));
		}
		const message = e instanceof Error ? e.message : String(e);
		return new PSError(new ErrorRecord({message: `An internal error occurred: ${message}`, id: 'InternalError', category: 'NotSpecified', exceptionType: 'RuntimeException', position: positionOf(ctx, extent)}));
	}

	/** String expansion of a value: arrays joined with $OFS. */
	expandValue(v: unknown, ctx: ExecContext): string {
		if (Array.isArray(v)) {
			const ofs = ctx.scope.get('OFS');
			return v.map(item => toStr(item)).join(isNull(ofs) ? ' ' : toStr(ofs));
		}
		return toStr(v);
	}

	methodContext(ctx: ExecContext) {
		return {
			invoke: (block: ScriptBlock, dollarUnder?: unknown, args: unknown[] = []) => this.invokeInScope(block, ctx, dollarUnder, args),
			random: () => this.random(),
			// [datetime]::Now is the simulated clock's.
			now: () => new PSDateTime(this.site && typeof this.site.now === 'number' ? this.site.now : 0),
		};
	}

	/** Runs a script block in the caller's scope with `$_` set (Where-Object, ForEach-Object, switch conditions). */
	async invokeInScope(block: ScriptBlock, ctx: ExecContext, dollarUnder: unknown, args: unknown[]): Promise<unknown[]> {
		const out: unknown[] = [];
		const scope = ctx.scope;
		const savedUnder = scope.get('_');
		const savedArgs = scope.get('args');
		scope.setAutomatic('_', dollarUnder === undefined ? null : dollarUnder);
		scope.setAutomatic('args', args);
		const blockCtx: ExecContext = {...ctx, source: block.source, file: block.origin};
		try {
			const ast = block.ast;
			if (ast.param) {
				for (let i = 0; i < ast.param.parameters.length; i++) {
					const p = ast.param.parameters[i]!;
					scope.setLocal(p.name, i < args.length ? args[i] : p.default ? await this.evaluator.expression(p.default, blockCtx) : null);
				}
			}
			for (const part of [ast.begin, ast.process, ast.end]) {
				if (part) await this.evaluator.runStatements(part.statements, blockCtx, v => out.push(v));
			}
		} catch (e) {
			if (!(e instanceof ReturnSignal)) throw e;
		} finally {
			scope.setAutomatic('_', savedUnder);
			scope.setAutomatic('args', savedArgs);
		}
		return out;
	}

	// ---- commands -----------------------------------------------------------------------------

	lookup(name: string, scope: Scope): CommandInfo | undefined {
		const alias = this.registry.getAlias(name);
		const target = alias ? alias.target : name;
		const fn = scope.findFunction(target);
		if (fn) return {name: fn.name, commandType: 'Function', scriptBlock: fn.block, source: ''};
		if (this.registry.hasCmdlet(target)) {
			const name = this.registry.listNames().find(n => n.toLowerCase() === target.toLowerCase()) ?? target;
			return {name, commandType: 'Cmdlet', def: this.registry.getCmdlet(target), source: sourceOf(name)};
		}
		return undefined;
	}

	async createStage(cmd: A.CommandAst, ctx: ExecContext, args: BindArg[], expectsInput: boolean): Promise<Stage> {
		let nameValue: unknown;
		if (cmd.name.kind === 'StringConstant') nameValue = cmd.name.value;
		else nameValue = await this.evaluator.expression(cmd.name, ctx);
		if (nameValue instanceof ScriptBlock) {
			return new FunctionStage(this, '', nameValue, false, cmd, ctx, args, expectsInput, cmd.invocation === '.');
		}
		const name = toStr(nameValue);
		const fnAlias = this.registry.getAlias(name);
		const target = fnAlias ? fnAlias.target : name;
		const fn = ctx.scope.findFunction(target);
		if (fn) return new FunctionStage(this, fn.name, fn.block, fn.isFilter, cmd, ctx, args, expectsInput, cmd.invocation === '.');
		const def = await this.registry.loadCmdlet(target);
		if (def) return new CmdletStage(this, def, cmd, ctx, args, expectsInput, name);
		throw await this.commandNotFound(name, cmd, ctx);
	}

	private async commandNotFound(name: string, cmd: A.CommandAst, ctx: ExecContext): Promise<PSError> {
		let message = `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`;
		const candidates = this.listCommands().map(c => c.name);
		const suggestions = await suggestCommands(name, candidates);
		if (suggestions.length > 0) message += `\n\nDid you mean: ${suggestions.join(', ')}?`;
		return new PSError(
			new ErrorRecord({
				message,
				id: 'CommandNotFoundException',
				category: 'ObjectNotFound',
				exceptionType: 'CommandNotFoundException',
				target: name,
				position: positionOf(ctx, cmd.name.extent),
			}),
		);
	}
}

/** The top-tier site's code (the CAS, else the stand-alone primary), when the site can say. */
function topSiteCode(site: any): string | undefined {
	if (!site || typeof site.getSites !== 'function') return undefined;
	const sites: {SiteCode: string; ParentSiteCode: string | null}[] = site.getSites();
	return sites.find(s => !s.ParentSiteCode)?.SiteCode;
}

function sourceOf(name: string): string {
	if (/^[A-Za-z]+-CM/.test(name)) return 'ConfigurationManager';
	if (/-(Scp|Component|Site|StatusMessage|MaintenanceTask|CentralAdministrationSite)/.test(name) || name.endsWith('.exe')) return 'Scpsh.Site';
	if (/-Sim/.test(name)) return 'Scpsh.Simulation';
	return 'Microsoft.PowerShell.Utility';
}

function isSiteError(e: unknown): e is {message: string; id?: string; category?: string; target?: unknown} {
	return e instanceof Error && e.name === 'SiteError';
}
