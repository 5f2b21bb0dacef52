// The declarative cmdlet contract. One definition per cmdlet feeds the binder, Get-Help, tab completion,
// the completion scripts and the tests (its examples run as tests).

import type {ErrorRecord, ErrorRecordInit} from './errors.ts';
import type {Host} from '../host/host.ts';
import type {ScriptBlock} from './values.ts';

/** The types the binder converts arguments to. `[]` forms accept one value or many. */
export type ParamType =
	| 'string'
	| 'string[]'
	| 'int'
	| 'int[]'
	| 'long'
	| 'double'
	| 'bool'
	| 'switch'
	| 'object'
	| 'object[]'
	| 'scriptblock'
	| 'scriptblock[]'
	| 'hashtable'
	| 'hashtable[]'
	| 'datetime'
	| 'timespan'
	| 'guid';

export interface ParameterDef {
	name: string;
	type: ParamType;
	/** One or two sentences for Get-Help's PARAMETERS section. */
	help: string;
	/** Mandatory in every set it belongs to. */
	mandatory?: boolean;
	/** Zero-based position for positional binding; absent means named only. */
	position?: number;
	/** Parameter sets this parameter belongs to; absent means all sets. */
	sets?: string[];
	aliases?: string[];
	/** Allowed values, matched case-insensitively; the bound value takes the set's spelling. */
	validateSet?: readonly string[];
	validateRange?: readonly [number, number];
	/** Maps a value before conversion and validation (`-ErrorAction 0` → `SilentlyContinue`). */
	transform?: (value: unknown) => unknown;
	/** Extra validation: returns an error message (pwsh's "Cannot validate argument..." wraps it) or undefined. */
	validate?: (value: unknown) => string | undefined;
	valueFromPipeline?: boolean;
	valueFromPipelineByPropertyName?: boolean;
	/** Takes every positional argument left over (`Write-Output a b c`), as an array. */
	valueFromRemainingArguments?: boolean;
	/** Shown in help ("Accept wildcard characters"). */
	acceptsWildcards?: boolean;
	/** Values offered by tab completion, computed from the live session (component names, site codes...). */
	complete?: (session: Session) => string[];
	/** Value when not bound. */
	default?: unknown;
	/** Hidden from help and completion (compatibility parameters). */
	hidden?: boolean;
	/** A .NET type name to convert to instead of `type` (used for script functions' `[type]` constraints). */
	typeName?: string;
	/** Rejects $null and '' (ValidateNotNullOrEmpty). */
	notNullOrEmpty?: boolean;
}

export interface CmdletExample {
	title?: string;
	/** The code, as a user types it. It runs as a test in a fresh ephemeral session and must not error. */
	code: string;
	remarks: string;
	/** Lines the example's output must contain (checked by the examples test). */
	expect?: string[];
}

export interface CmdletDef {
	/** `Verb-Noun`. */
	name: string;
	aliases?: string[];
	synopsis: string;
	description: string;
	parameters: ParameterDef[];
	defaultParameterSet?: string;
	/** Type names written, for Get-Help's OUTPUTS. */
	outputs?: string[];
	/** Adds -WhatIf and -Confirm; call ctx.shouldProcess before changing anything. */
	supportsShouldProcess?: boolean;
	confirmImpact?: 'Low' | 'Medium' | 'High';
	examples: CmdletExample[];
	related?: string[];
	notes?: string;
	/** Runs once before any input. */
	begin?(ctx: CmdletContext): void | Promise<void>;
	/** Runs once per pipeline input object, or once when the command has no pipeline input. */
	process?(ctx: CmdletContext): void | Promise<void>;
	/** Runs once after the last input. */
	end?(ctx: CmdletContext): void | Promise<void>;
}

export interface CmdletContext {
	/** Bound parameter values by canonical name (as in the definition); defaults filled in; switches are booleans. */
	readonly params: Record<string, any>;
	/** Whether the parameter was given (pwsh's $PSBoundParameters.ContainsKey). */
	isBound(name: string): boolean;
	readonly parameterSet: string;
	/** The current pipeline input object, when process was called for one. */
	readonly input: unknown;
	readonly hasInput: boolean;
	/** Scratch space that lives from begin to end of one invocation. */
	readonly state: Record<string, any>;
	readonly session: Session;
	readonly host: Host;
	/** The invocation as written, for messages. */
	readonly commandName: string;

	/** Writes one object to the pipeline (an array is written as one object). */
	write(value: unknown): void;
	/** Writes each item of a collection. */
	writeAll(values: Iterable<unknown>): void;
	/** A non-terminating error: reported, `$?` becomes false, the command goes on. -ErrorAction decides. */
	writeError(error: ErrorRecordInit | ErrorRecord): void;
	/** A terminating error: ends this command (and the statement). */
	fail(error: ErrorRecordInit | ErrorRecord): never;
	writeWarning(message: string): void;
	writeVerbose(message: string): void;
	writeDebug(message: string): void;
	/** For -WhatIf/-Confirm. Returns false when the action must be skipped (and prints the What if: line). */
	shouldProcess(target: string, action: string): Promise<boolean>;
	/** Runs a script block with `$_` set to `dollarUnder` (when given) and `args` as $args; returns its output. */
	invoke(block: ScriptBlock, dollarUnder?: unknown, args?: unknown[]): Promise<unknown[]>;
	/** Ends the commands upstream of this one (Select-Object -First): nothing more arrives; end still runs. */
	stopUpstream(): never;
	/** Cancelled by Ctrl+C in the TUI. */
	readonly signal: AbortSignal;
}

/** What the engine knows of the command table, as cmdlets see it (Get-Command, Get-Help, Get-Alias). */
export interface CommandInfo {
	name: string;
	commandType: 'Cmdlet' | 'Function' | 'Alias';
	/** For aliases: the command it points to. */
	definition?: string;
	/** For cmdlets, once loaded (Session.loadCommands). */
	def?: CmdletDef;
	/** For functions. */
	scriptBlock?: ScriptBlock;
	/** Module-ish source shown by Get-Command. */
	source: string;
}

export interface HistoryEntry {
	id: number;
	commandLine: string;
	/** Simulated start and end, in the site clock's milliseconds. */
	startTime: number;
	endTime: number;
	status: 'Completed' | 'Failed' | 'Stopped';
}

/**
 * The running shell as cmdlets see it. Site access lives on `site`; its type comes from src/site.
 */
export interface Session {
	readonly host: Host;
	/** The simulated site (src/site). Reset-SimSite replaces it; front ends follow through Runtime.onSiteReplaced. */
	site: any;
	getVariable(name: string): unknown;
	hasVariable(name: string): boolean;
	/** Sets in the caller's scope; a `global:` prefix sets in the global scope. */
	setVariable(name: string, value: unknown): void;
	/** All variables visible from the current scope, innermost first, by name. */
	listVariables(): {name: string; value: unknown}[];
	removeVariable(name: string): boolean;
	/**
	 * Command lookup: cmdlets, functions and aliases, case-insensitive. A cmdlet's `def` is there once its module
	 * is loaded: call `loadCommands()` first where definitions matter (Get-Help, Get-Command -Syntax, completion).
	 */
	resolveCommand(name: string): CommandInfo | undefined;
	listCommands(): CommandInfo[];
	/** Loads every cmdlet's definition. */
	loadCommands(): Promise<void>;
	/** Set-Alias / New-Alias; aliases live for the session. */
	setAlias(name: string, target: string): void;
	removeAlias(name: string): boolean;
	/** Get-Random -SetSeed: restarts the session's seeded sequence. */
	seedRandom(seed: number): void;
	/** about_ topics: name → text. */
	readonly aboutTopics: Map<string, string>;
	readonly history: HistoryEntry[];
	/** Current location shown in the prompt, e.g. `PS1:\`. */
	location: string;
	/** Parses and runs text in the current scope; used by Invoke-Expression and Invoke-History. */
	runText(text: string): Promise<unknown[]>;
	/** Seeded random numbers in [0, 1): the same script gives the same values. */
	random(): number;
	/**
	 * Lets `ms` of simulated time pass (Start-Sleep, waiting for a component to restart). In scripts the site clock
	 * jumps at once; in the TUI the live clock runs and this resolves when it has moved that far. Rejects with
	 * PipelineStoppedSignal when `signal` aborts (Ctrl+C).
	 */
	waitSimulated(ms: number, signal?: AbortSignal): Promise<void>;
}

/** How simulated time passes while a command waits. The script runner jumps; the TUI's live driver runs. */
export interface ClockDriver {
	waitSimulated(ms: number, signal?: AbortSignal): Promise<void>;
}
