// Runs one cmdlet definition's begin/process/end against a fake CmdletContext, without the parser or evaluator:
// parameters are given already bound, pipeline input is a list, script blocks are JavaScript functions.
// The binder is not involved, so what is tested is the cmdlet's own logic.

import type {CmdletContext, CmdletDef, CommandInfo, HistoryEntry, ParameterDef, Session} from '../../src/engine/command.ts';
import {ErrorRecord, PSError, StopUpstreamSignal} from '../../src/engine/errors.ts';
import type {ErrorRecordInit} from '../../src/engine/errors.ts';
import type {ConfirmChoice, Host, HostColors, OutputSink, ProgressRecord} from '../../src/host/host.ts';
import type {ScriptBlockAst} from '../../src/language/ast.ts';
import {PSObject, ScriptBlock, keyOf} from '../../src/engine/values.ts';
import {createRandom} from '../../src/engine/random.ts';

/** A host that remembers everything it was asked to show. */
export class RecordingHost implements Host {
	readonly interactive = false;
	readonly width = 120;
	readonly color = false;
	readonly errorView = 'script' as const;
	/** Write-Host text; `newline` is false for -NoNewline writes. */
	readonly text: {text: string; colors?: HostColors; newline: boolean}[] = [];
	/** One list per openOutput() call, with whether end() was called. */
	readonly sinks: {items: unknown[]; ended: boolean}[] = [];
	readonly errors: ErrorRecord[] = [];
	readonly warnings: string[] = [];
	readonly verbose: string[] = [];
	readonly debug: string[] = [];
	readonly information: string[] = [];
	readonly progress: ProgressRecord[] = [];
	cleared = 0;

	openOutput(): OutputSink {
		const sink = {items: [] as unknown[], ended: false};
		this.sinks.push(sink);
		return {write: v => sink.items.push(v), end: () => void (sink.ended = true)};
	}

	writeLine(text: string, colors?: HostColors): void {
		this.text.push({text, colors, newline: true});
	}

	write(text: string, colors?: HostColors): void {
		this.text.push({text, colors, newline: false});
	}

	writeError(record: ErrorRecord): void {
		this.errors.push(record);
	}

	writeWarning(message: string): void {
		this.warnings.push(message);
	}

	writeVerbose(message: string): void {
		this.verbose.push(message);
	}

	writeDebug(message: string): void {
		this.debug.push(message);
	}

	writeInformation(message: string): void {
		this.information.push(message);
	}

	writeProgress(record: ProgressRecord): void {
		this.progress.push(record);
	}

	clear(): void {
		this.cleared++;
	}

	async prompt(): Promise<string | null> {
		return null;
	}

	async confirm(): Promise<ConfirmChoice> {
		return 'Yes';
	}

	/** Everything Write-Host wrote, as the terminal would show it. */
	get screen(): string {
		return this.text.map(t => t.text + (t.newline ? '\n' : '')).join('');
	}
}

type BlockFn = (dollarUnder: unknown, args: unknown[]) => unknown;
const blockFns = new WeakMap<ScriptBlock, BlockFn>();

/**
 * A script block whose body is a JavaScript function of `$_` and `$args`. What it returns is its output: an array
 * is several objects, undefined is none.
 */
export function jsBlock(fn: BlockFn, text = ' ... '): ScriptBlock {
	const block = new ScriptBlock({text} as unknown as ScriptBlockAst, `{${text}}`);
	blockFns.set(block, fn);
	return block;
}

async function invokeJsBlock(block: ScriptBlock, dollarUnder: unknown, args: unknown[]): Promise<unknown[]> {
	const fn = blockFns.get(block);
	if (!fn) throw new Error('fake-context: only jsBlock() script blocks can be invoked without the evaluator');
	const result = await fn(dollarUnder === undefined ? null : dollarUnder, args);
	if (result === undefined) return [];
	return Array.isArray(result) ? result : [result];
}

export interface FakeSessionOptions {
	variables?: Record<string, unknown>;
	/** Cmdlet definitions to list as commands (with their aliases). */
	commands?: CmdletDef[];
	aliases?: Record<string, string>;
	functions?: string[];
	aboutTopics?: Record<string, string>;
	history?: HistoryEntry[];
	runText?: (text: string) => Promise<unknown[]>;
	host?: Host;
}

/** A Session over plain maps: variables in one scope, commands from definitions. */
export function fakeSession(opts: FakeSessionOptions = {}): Session & {ranText: string[]} {
	const vars = new Map<string, {name: string; value: unknown}>();
	for (const [name, value] of Object.entries(opts.variables ?? {})) vars.set(keyOf(name), {name, value});
	const aliases = new Map<string, {name: string; target: string}>();
	for (const def of opts.commands ?? []) for (const a of def.aliases ?? []) aliases.set(keyOf(a), {name: a, target: def.name});
	for (const [name, target] of Object.entries(opts.aliases ?? {})) aliases.set(keyOf(name), {name, target});
	const list = (): CommandInfo[] => [
		...[...aliases.values()].map(a => ({name: a.name, commandType: 'Alias' as const, definition: a.target, source: ''})),
		...(opts.functions ?? []).map(name => ({name, commandType: 'Function' as const, source: ''})),
		...(opts.commands ?? []).map(def => ({name: def.name, commandType: 'Cmdlet' as const, def, source: 'Microsoft.PowerShell.Utility'})),
	];
	let random = createRandom(1234);
	const ranText: string[] = [];
	return {
		host: opts.host ?? new RecordingHost(),
		site: null,
		location: 'PS1:\\',
		aboutTopics: new Map(Object.entries(opts.aboutTopics ?? {})),
		history: opts.history ?? [],
		ranText,
		getVariable: name => vars.get(keyOf(name))?.value ?? null,
		hasVariable: name => vars.has(keyOf(name)),
		setVariable: (name, value) => {
			const existing = vars.get(keyOf(name));
			if (existing) existing.value = value;
			else vars.set(keyOf(name), {name, value});
		},
		listVariables: () => [...vars.values()].map(v => ({name: v.name, value: v.value})),
		removeVariable: name => vars.delete(keyOf(name)),
		resolveCommand: name => {
			const alias = aliases.get(keyOf(name));
			const target = keyOf(alias ? alias.target : name);
			return list().find(c => c.commandType !== 'Alias' && keyOf(c.name) === target);
		},
		listCommands: list,
		loadCommands: async () => {},
		setAlias: (name, target) => {
			aliases.set(keyOf(name), {name, target});
		},
		removeAlias: name => aliases.delete(keyOf(name)),
		seedRandom: seed => {
			random = createRandom(seed);
		},
		runText: async text => {
			ranText.push(text);
			return opts.runText ? opts.runText(text) : [];
		},
		random: () => random(),
		waitSimulated: async () => {},
	};
}

export interface RunCmdletOptions {
	/** Bound parameters by canonical name, as the binder would give them (already converted). */
	params?: Record<string, unknown>;
	/** Pipeline input; absent means the command runs with no input (process once). */
	input?: unknown[];
	session?: Session;
	/** The parameter set; inferred from the bound parameters when absent. */
	parameterSet?: string;
	commandName?: string;
}

export interface CmdletRun {
	output: unknown[];
	errors: ErrorRecord[];
	warnings: string[];
	verbose: string[];
	debug: string[];
	/** A terminating error (ctx.fail), when the command ended with one. */
	failure?: ErrorRecord;
	/** Whether the command asked to stop upstream, and after how many inputs. */
	stoppedAfter?: number;
	host: RecordingHost;
	session: Session;
	/** What shouldProcess was asked. */
	shouldProcess: {target: string; action: string}[];
}

const ALL_SETS = '__AllParameterSets';

function setsOf(def: CmdletDef): string[] {
	const sets = new Set<string>();
	for (const p of def.parameters) for (const s of p.sets ?? []) sets.add(s);
	return sets.size ? [...sets] : [ALL_SETS];
}

const inSet = (p: ParameterDef, set: string): boolean => set === ALL_SETS || !p.sets || p.sets.length === 0 || p.sets.includes(set);

/**
 * Picks the set as the binder would: the sets every bound parameter belongs to, narrowed (when input is piped) to
 * those with a parameter that takes pipeline input; the default first, then one whose mandatory parameters are bound.
 */
function inferSet(def: CmdletDef, bound: string[], piped: boolean): string {
	let candidates = setsOf(def);
	for (const name of bound) {
		const p = def.parameters.find(q => q.name === name);
		if (p) candidates = candidates.filter(s => inSet(p, s));
	}
	if (piped) {
		const takesInput = (s: string): boolean =>
			def.parameters.some(p => inSet(p, s) && !bound.includes(p.name) && (p.valueFromPipeline || p.valueFromPipelineByPropertyName));
		if (candidates.some(takesInput)) candidates = candidates.filter(takesInput);
	}
	if (candidates.length === 0) throw new Error(`fake-context: no parameter set of ${def.name} takes ${bound.join(', ')}`);
	if (def.defaultParameterSet && candidates.includes(def.defaultParameterSet)) return def.defaultParameterSet;
	// Prefer a set whose mandatory parameters are all bound.
	const complete = candidates.filter(s => def.parameters.every(p => !p.mandatory || !inSet(p, s) || bound.includes(p.name) || p.valueFromPipeline));
	return complete[0] ?? candidates[0]!;
}

/** Calls a definition's begin, process (once per input, or once) and end with fake contexts. */
export async function runCmdlet(def: CmdletDef, opts: RunCmdletOptions = {}): Promise<CmdletRun> {
	const host = (opts.session?.host as RecordingHost | undefined) ?? new RecordingHost();
	const session = opts.session ?? fakeSession({host});
	for (const name of Object.keys(opts.params ?? {})) {
		if (!def.parameters.some(p => p.name === name) && !['Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'WhatIf', 'Confirm'].includes(name)) {
			throw new Error(`fake-context: ${def.name} has no parameter ${name}`);
		}
	}
	const bound = new Map<string, unknown>(Object.entries(opts.params ?? {}));
	const set = opts.parameterSet ?? inferSet(def, [...bound.keys()], opts.input !== undefined && opts.input.length > 0);
	const state: Record<string, any> = {};
	const run: CmdletRun = {output: [], errors: [], warnings: [], verbose: [], debug: [], host, session, shouldProcess: []};

	const toRecord = (e: ErrorRecordInit | ErrorRecord): ErrorRecord => {
		const rec = e instanceof ErrorRecord ? e : new ErrorRecord(e);
		rec.commandName ??= def.name;
		return rec;
	};

	const context = (values: Map<string, unknown>, input: unknown, hasInput: boolean): CmdletContext => {
		const params: Record<string, any> = {};
		for (const p of def.parameters) {
			if (values.has(p.name)) params[p.name] = values.get(p.name);
			else if (p.default !== undefined) params[p.name] = p.default;
			else if (p.type === 'switch') params[p.name] = false;
		}
		for (const [k, v] of values) if (!(k in params)) params[k] = v;
		return {
			params,
			isBound: name => values.has(name),
			parameterSet: set,
			input,
			hasInput,
			state,
			session,
			host,
			commandName: opts.commandName ?? def.name,
			signal: new AbortController().signal,
			write: v => void run.output.push(v),
			writeAll: items => {
				for (const v of items) run.output.push(v);
			},
			writeError: e => {
				const rec = toRecord(e);
				run.errors.push(rec);
				if (values.get('ErrorAction') === 'Stop') throw new PSError(rec, 'script');
			},
			fail: (e): never => {
				throw new PSError(toRecord(e));
			},
			writeWarning: m => void run.warnings.push(m),
			writeVerbose: m => void run.verbose.push(m),
			writeDebug: m => void run.debug.push(m),
			shouldProcess: async (target, action) => {
				run.shouldProcess.push({target, action});
				return values.get('WhatIf') !== true;
			},
			invoke: (block, dollarUnder, args) => invokeJsBlock(block, dollarUnder, args ?? []),
			stopUpstream: (): never => {
				throw new StopUpstreamSignal(def);
			},
		};
	};

	// Pipeline binding by value, then by property name, to parameters the command line left free.
	const bindInput = (input: unknown): Map<string, unknown> => {
		const values = new Map(bound);
		const free = def.parameters.filter(p => !bound.has(p.name) && inSet(p, set));
		const byValue = free.find(p => p.valueFromPipeline);
		if (byValue) {
			values.set(byValue.name, byValue.type.endsWith('[]') && !Array.isArray(input) && input !== null ? [input] : input);
			return values;
		}
		if (input instanceof PSObject) {
			for (const p of free.filter(q => q.valueFromPipelineByPropertyName)) {
				const name = [p.name, ...(p.aliases ?? [])].find(n => input.has(n));
				if (name) values.set(p.name, input.get(name));
			}
		}
		return values;
	};

	let inputs = 0;
	try {
		if (def.begin) await def.begin(context(bound, undefined, false));
		try {
			if (opts.input === undefined) {
				if (def.process) await def.process(context(bound, undefined, false));
			} else {
				for (const item of opts.input) {
					inputs++;
					if (def.process) await def.process(context(bindInput(item), item, true));
				}
			}
		} catch (e) {
			if (!(e instanceof StopUpstreamSignal)) throw e;
			run.stoppedAfter = inputs;
		}
		if (def.end) await def.end(context(bound, undefined, false));
	} catch (e) {
		if (!(e instanceof PSError)) throw e;
		run.failure = e.record;
	}
	return run;
}
