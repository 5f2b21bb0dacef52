// The parameter binder: named (case-insensitive, unambiguous prefixes, aliases), positional, pipeline input by value
// and by property name, type conversion and validation, parameter sets and mandatory checks, with pwsh's messages.

import type {ParameterDef, ParamType} from './command.ts';
import type {Extent} from '../language/ast.ts';
import {ErrorRecord, PSError} from './errors.ts';
import type {ErrorPosition} from './errors.ts';
import {convertTo} from './convert.ts';
import {toStr} from './convert.ts';
import {PSHashtable, PSObject, ScriptBlock, keyOf} from './values.ts';
import {commonParameters, shouldProcessParameters} from './common-parameters.ts';

export type BindArg =
	| {kind: 'param'; name: string; value?: unknown; hasValue: boolean; extent?: Extent; text: string}
	| {kind: 'arg'; value: unknown; extent?: Extent; literalText?: string};

export interface CommandSignature {
	commandName: string;
	parameters: ParameterDef[];
	defaultSet?: string;
	supportsShouldProcess?: boolean;
	/** Advanced commands get the common parameters. */
	advanced: boolean;
	/** Simple script functions put extra positional arguments in $args instead of failing. */
	collectExtraArgs: boolean;
	/** Cmdlets and functions word their conversion errors differently. */
	isScript: boolean;
}

const ALL_SETS = '__AllParameterSets';

const netTypeOf: Record<ParamType, string> = {
	'string': 'System.String',
	'string[]': 'System.String[]',
	'int': 'System.Int32',
	'int[]': 'System.Int32[]',
	'long': 'System.Int64',
	'double': 'System.Double',
	'bool': 'System.Boolean',
	'switch': 'System.Management.Automation.SwitchParameter',
	'object': 'System.Object',
	'object[]': 'System.Object[]',
	'scriptblock': 'System.Management.Automation.ScriptBlock',
	'scriptblock[]': 'System.Management.Automation.ScriptBlock[]',
	'hashtable': 'System.Collections.Hashtable',
	'hashtable[]': 'System.Collections.Hashtable[]',
	'datetime': 'System.DateTime',
	'timespan': 'System.TimeSpan',
	'guid': 'System.Guid',
};

export const displayTypeOf = (p: ParameterDef): string => p.typeName ?? netTypeOf[p.type];

/** Everything known about one invocation's binding, carried from arguments to each pipeline object. */
export class BindState {
	readonly values = new Map<string, unknown>();
	/** Names bound from the command line (not from the pipeline). */
	readonly bound = new Set<string>();
	candidateSets: Set<string>;
	extraArgs: unknown[] = [];

	constructor(readonly sig: CommandSignature, readonly allParams: ParameterDef[], sets: Set<string>) {
		this.candidateSets = sets;
	}

	clone(): BindState {
		const copy = new BindState(this.sig, this.allParams, new Set(this.candidateSets));
		for (const [k, v] of this.values) copy.values.set(k, v);
		for (const b of this.bound) copy.bound.add(b);
		copy.extraArgs = this.extraArgs;
		return copy;
	}
}

export class Binder {
	private readonly allParams: ParameterDef[];
	private readonly byKey = new Map<string, ParameterDef>();
	private readonly sets: Set<string>;

	constructor(
		readonly sig: CommandSignature,
		private readonly position?: (extent?: Extent) => ErrorPosition | undefined,
	) {
		this.allParams = [...sig.parameters];
		if (sig.advanced) this.allParams.push(...commonParameters);
		if (sig.supportsShouldProcess) this.allParams.push(...shouldProcessParameters);
		for (const p of this.allParams) {
			this.byKey.set(keyOf(p.name), p);
			for (const a of p.aliases ?? []) this.byKey.set(keyOf(a), p);
		}
		const sets = new Set<string>();
		for (const p of sig.parameters) for (const s of p.sets ?? []) sets.add(s);
		// A default set may have no parameters of its own (Join-String, Group-Object).
		if (sig.defaultSet && sets.size > 0) sets.add(sig.defaultSet);
		if (sets.size === 0) sets.add(ALL_SETS);
		this.sets = sets;
	}

	get parameters(): ParameterDef[] {
		return this.allParams;
	}

	private error(message: string, id: string, category: ErrorRecord['category'], extent?: Extent, target?: unknown): PSError {
		const err = new PSError(
			new ErrorRecord({
				message,
				id,
				category,
				exceptionType: 'ParameterBindingException',
				commandName: this.sig.commandName,
				position: this.position?.(extent),
				target,
			}),
		);
		err.extentHint = extent;
		return err;
	}

	/** Finds a parameter by exact name or alias, else by unique prefix. */
	resolveName(name: string, extent?: Extent): ParameterDef {
		const key = keyOf(name);
		const exact = this.byKey.get(key);
		if (exact) return exact;
		const matches: ParameterDef[] = [];
		for (const p of this.allParams) {
			const names = [p.name, ...(p.aliases ?? [])];
			if (names.some(n => keyOf(n).startsWith(key)) && !matches.includes(p)) matches.push(p);
		}
		if (matches.length === 1) return matches[0]!;
		if (matches.length > 1) {
			throw this.error(
				`Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include:${matches.map(m => ` -${m.name}`).join('')}.`,
				'AmbiguousParameter',
				'InvalidArgument',
				extent,
				name,
			);
		}
		throw this.error(`A parameter cannot be found that matches parameter name '${name}'.`, 'NamedParameterNotFound', 'InvalidArgument', extent, name);
	}

	private inSets(p: ParameterDef, sets: Set<string>): boolean {
		if (!p.sets || p.sets.length === 0) return true;
		return p.sets.some(s => sets.has(s));
	}

	/** Converts and validates one value for a parameter. */
	coerce(p: ParameterDef, value: unknown, extent?: Extent): unknown {
		let v = p.transform ? p.transform(value) : value;
		if (p.type === 'switch' && p.typeName === undefined) {
			return convertOrThrow(this, p, v, 'switch', extent);
		}
		if (v === null || v === undefined) {
			if (p.mandatory) {
				throw this.error(`Cannot bind argument to parameter '${p.name}' because it is null.`, 'ParameterArgumentValidationErrorNullNotAllowed', 'InvalidData', extent);
			}
			if (p.notNullOrEmpty) {
				throw this.error(
					`Cannot validate argument on parameter '${p.name}'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.`,
					'ParameterArgumentValidationError',
					'InvalidData',
					extent,
				);
			}
			return null;
		}
		const target = p.typeName ?? (p.type === 'object' ? undefined : p.type);
		if (target) v = convertOrThrow(this, p, v, target, extent);
		if (p.mandatory && v === '' && !p.typeName?.toLowerCase().includes('allowempty')) {
			throw this.error(`Cannot bind argument to parameter '${p.name}' because it is an empty string.`, 'ParameterArgumentValidationErrorEmptyStringNotAllowed', 'InvalidData', extent);
		}
		if (p.notNullOrEmpty && (v === '' || (Array.isArray(v) && v.length === 0))) {
			throw this.error(
				`Cannot validate argument on parameter '${p.name}'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.`,
				'ParameterArgumentValidationError',
				'InvalidData',
				extent,
			);
		}
		const items = Array.isArray(v) ? v : [v];
		if (p.validateSet) {
			const set = p.validateSet;
			const fixed: unknown[] = [];
			for (const item of items) {
				const text = toStr(item);
				const hit = set.find(s => s.toLowerCase() === text.toLowerCase());
				if (hit === undefined) {
					throw this.error(
						`Cannot validate argument on parameter '${p.name}'. The argument "${text}" does not belong to the set "${set.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
						'ParameterArgumentValidationError',
						'InvalidData',
						extent,
						item,
					);
				}
				fixed.push(typeof item === 'string' ? hit : item);
			}
			v = Array.isArray(v) ? fixed : fixed[0];
		}
		if (p.validateRange) {
			const [min, max] = p.validateRange;
			for (const item of items) {
				const n = typeof item === 'number' ? item : Number(item);
				if (n < min) {
					throw this.error(
						`Cannot validate argument on parameter '${p.name}'. The ${toStr(item)} argument is less than the minimum allowed range of ${min}. Supply an argument that is greater than or equal to ${min} and then try the command again.`,
						'ParameterArgumentValidationError',
						'InvalidData',
						extent,
						item,
					);
				}
				if (n > max) {
					throw this.error(
						`Cannot validate argument on parameter '${p.name}'. The ${toStr(item)} argument is greater than the maximum allowed range of ${max}. Supply an argument that is less than or equal to ${max} and then try the command again.`,
						'ParameterArgumentValidationError',
						'InvalidData',
						extent,
						item,
					);
				}
			}
		}
		if (p.validate) {
			for (const item of items) {
				const problem = p.validate(item);
				if (problem) {
					throw this.error(`Cannot validate argument on parameter '${p.name}'. ${problem}`, 'ParameterArgumentValidationError', 'InvalidData', extent, item);
				}
			}
		}
		return v;
	}

	/** Binds the command-line arguments: named first, then positional in Position order. */
	bindArguments(args: BindArg[]): BindState {
		const state = new BindState(this.sig, this.allParams, new Set(this.sets));
		const positional: {value: unknown; extent?: Extent; literalText?: string}[] = [];
		for (let i = 0; i < args.length; i++) {
			const a = args[i]!;
			if (a.kind === 'arg') {
				positional.push({value: a.value, extent: a.extent, literalText: a.literalText});
				continue;
			}
			const p = this.resolveName(a.name, a.extent);
			if (state.bound.has(p.name)) {
				throw this.error(
					`Cannot bind parameter because parameter '${p.name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
					'ParameterAlreadyBound',
					'InvalidArgument',
					a.extent,
				);
			}
			let value: unknown;
			let extent = a.extent;
			if (a.hasValue) {
				value = a.value;
			} else if (p.type === 'switch') {
				value = true;
			} else {
				const next = args[i + 1];
				if (!next || next.kind !== 'arg') {
					throw this.error(
						`Missing an argument for parameter '${p.name}'. Specify a parameter of type '${displayTypeOf(p)}' and try again.`,
						'MissingArgument',
						'InvalidArgument',
						a.extent,
					);
				}
				value = stringLiteral(p, next) ?? next.value;
				extent = next.extent ?? extent;
				i++;
			}
			state.values.set(p.name, this.coerce(p, value, extent));
			state.bound.add(p.name);
			this.narrowSets(state, p, a.extent);
		}
		// Positional binding: each argument goes to the first unbound positional parameter of each candidate set;
		// when several sets offer different parameters, the one the value converts to wins (the default set first).
		for (let i = 0; i < positional.length; i++) {
			const arg = positional[i]!;
			// Like pwsh: a parameter that takes the value as it is wins over one that would need a conversion
			// (`Where-Object { ... }` binds -FilterScript, `ForEach-Object Name` binds -MemberName).
			const offered = this.positionalCandidates(state);
			const exact = offered.filter(p => acceptsWithoutConversion(p, arg.value));
			const candidates = [...exact, ...offered.filter(p => !exact.includes(p))];
			let bound = false;
			let firstError: PSError | undefined;
			for (const p of candidates) {
				// A ValueFromRemainingArguments parameter takes this argument and every one after it.
				const remaining = p.valueFromRemainingArguments ? positional.slice(i) : undefined;
				const raw = remaining
					? remaining.length === 1 && !p.type.endsWith('[]') && p.type !== 'object' ? remaining[0]!.value : remaining.map(r => stringLiteral(p, r) ?? r.value)
					: (stringLiteral(p, arg) ?? arg.value);
				try {
					state.values.set(p.name, this.coerce(p, raw, arg.extent));
				} catch (e) {
					if (!(e instanceof PSError)) throw e;
					firstError ??= e;
					continue;
				}
				state.bound.add(p.name);
				this.narrowSets(state, p, arg.extent);
				bound = true;
				if (remaining) i = positional.length;
				break;
			}
			if (bound) continue;
			if (firstError) throw firstError;
			// No positional slot left: a ValueFromRemainingArguments parameter takes the rest (ForEach-Object's
			// -RemainingScripts, -ArgumentList).
			const rest = this.allParams.find(p => p.valueFromRemainingArguments && p.position === undefined && !state.bound.has(p.name) && this.inSets(p, state.candidateSets));
			if (rest) {
				state.values.set(rest.name, this.coerce(rest, positional.slice(i).map(r => stringLiteral(rest, r) ?? r.value), arg.extent));
				state.bound.add(rest.name);
				this.narrowSets(state, rest, arg.extent);
				break;
			}
			if (this.sig.collectExtraArgs) {
				state.extraArgs.push(arg.value);
				continue;
			}
			throw this.error(
				`A positional parameter cannot be found that accepts argument '${describeArg(arg.value)}'.`,
				'PositionalParameterNotFound',
				'InvalidArgument',
				arg.extent,
				arg.value,
			);
		}
		return state;
	}

	/** The next positional parameter of each candidate set, the default set's first, without repeats. */
	private positionalCandidates(state: BindState): ParameterDef[] {
		const sets = [...state.candidateSets];
		const def = this.sig.defaultSet;
		if (def && sets.includes(def)) sets.sort((a, b) => (a === def ? -1 : b === def ? 1 : 0));
		const out: ParameterDef[] = [];
		for (const set of sets) {
			const best = this.positionalIn(set).find(p => !state.bound.has(p.name));
			if (best && !out.includes(best)) out.push(best);
		}
		return out;
	}

	private readonly positionalBySet = new Map<string, ParameterDef[]>();

	/** A set's positional parameters in Position order; computed once per binder (binders live as long as a definition). */
	private positionalIn(set: string): ParameterDef[] {
		let list = this.positionalBySet.get(set);
		if (!list) {
			list = this.allParams
				.filter(p => p.position !== undefined && (!p.sets || p.sets.length === 0 || p.sets.includes(set)))
				.sort((a, b) => a.position! - b.position!);
			this.positionalBySet.set(set, list);
		}
		return list;
	}

	private narrowSets(state: BindState, p: ParameterDef, extent?: Extent): void {
		if (!p.sets || p.sets.length === 0) return;
		const next = new Set([...state.candidateSets].filter(s => p.sets!.includes(s)));
		if (next.size === 0) throw this.ambiguousSet(extent);
		state.candidateSets = next;
	}

	private ambiguousSet(extent?: Extent): PSError {
		return this.error(
			'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
			'AmbiguousParameterSet',
			'InvalidArgument',
			extent,
		);
	}

	/** Whether any parameter can take pipeline input. */
	get takesPipelineInput(): boolean {
		return this.sig.parameters.some(p => p.valueFromPipeline || p.valueFromPipelineByPropertyName);
	}

	/**
	 * Binds one pipeline object onto a copy of the state: by value (without, then with conversion), then by property
	 * name. Returns undefined when nothing could take it.
	 */
	bindPipelineObject(base: BindState, input: unknown): BindState | undefined {
		const candidates = this.sig.parameters.filter(
			p => !base.bound.has(p.name) && this.inSets(p, base.candidateSets) && (p.valueFromPipeline || p.valueFromPipelineByPropertyName),
		);
		if (candidates.length === 0) return undefined;
		const state = base.clone();
		let any = false;
		const byValue = candidates.filter(p => p.valueFromPipeline);
		for (const p of byValue) {
			if (acceptsWithoutConversion(p, input)) {
				state.values.set(p.name, this.coerce(p, input));
				this.narrowSets(state, p);
				return state;
			}
		}
		for (const p of candidates.filter(c => c.valueFromPipelineByPropertyName)) {
			const prop = propertyFor(input, p);
			if (prop.found) {
				try {
					state.values.set(p.name, this.coerce(p, prop.value));
					this.narrowSets(state, p);
					any = true;
				} catch (e) {
					if (!(e instanceof PSError)) throw e;
				}
			}
		}
		if (any) return state;
		let lastError: PSError | undefined;
		for (const p of byValue) {
			try {
				state.values.set(p.name, this.coerce(p, input));
				this.narrowSets(state, p);
				return state;
			} catch (e) {
				if (!(e instanceof PSError)) throw e;
				lastError = e;
			}
		}
		if (lastError) throw lastError;
		return undefined;
	}

	inputNotBound(input: unknown): PSError {
		return this.error(
			'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
			'InputObjectNotBound',
			'InvalidArgument',
			undefined,
			input,
		);
	}

	/** Picks the parameter set once binding is done. */
	resolveSet(state: BindState): string {
		const sets = [...state.candidateSets];
		if (sets.length === 1) return sets[0]!;
		const complete = sets.filter(s => this.missingMandatory(state, s, false).length === 0);
		if (this.sig.defaultSet && state.candidateSets.has(this.sig.defaultSet)) {
			if (complete.length !== 1 || complete[0] === this.sig.defaultSet) return this.sig.defaultSet;
		}
		if (complete.length === 1) return complete[0]!;
		if (this.sig.defaultSet && state.candidateSets.has(this.sig.defaultSet)) return this.sig.defaultSet;
		throw this.ambiguousSet();
	}

	/** The set to use before binding is complete (begin, prompting): never fails. */
	resolveSetLenient(state: BindState): string {
		try {
			return this.resolveSet(state);
		} catch {
			return this.sig.defaultSet && state.candidateSets.has(this.sig.defaultSet) ? this.sig.defaultSet : [...state.candidateSets][0]!;
		}
	}

	/** Mandatory parameters of the set not yet bound; pipeline-bindable ones are skipped when input is coming. */
	missingMandatory(state: BindState, set: string, deferPipeline: boolean): ParameterDef[] {
		return this.sig.parameters.filter(
			p =>
				p.mandatory &&
				(set === ALL_SETS || !p.sets || p.sets.length === 0 || p.sets.includes(set)) &&
				!state.values.has(p.name) &&
				!(deferPipeline && (p.valueFromPipeline || p.valueFromPipelineByPropertyName)),
		);
	}

	missingMandatoryError(missing: ParameterDef[]): PSError {
		return this.error(
			`Cannot process command because of one or more missing mandatory parameters: ${missing.map(m => m.name).join(' ')}.`,
			'MissingMandatoryParameter',
			'InvalidArgument',
		);
	}
}

function convertOrThrow(binder: Binder, p: ParameterDef, value: unknown, target: string, extent?: Extent): unknown {
	try {
		return convertTo(value, target);
	} catch (e) {
		if (!(e instanceof PSError)) throw e;
		const inner = e.record.message;
		const message = binder.sig.isScript
			? `Cannot process argument transformation on parameter '${p.name}'. ${inner}`
			: `Cannot bind parameter '${p.name}'. ${inner}`;
		const err = new PSError(
			new ErrorRecord({
				message,
				id: binder.sig.isScript ? 'ParameterArgumentTransformationError' : 'CannotConvertArgumentNoMessage',
				category: binder.sig.isScript ? 'InvalidData' : 'InvalidArgument',
				exceptionType: 'ParameterBindingException',
				commandName: binder.sig.commandName,
				target: value,
			}),
		);
		err.extentHint = extent;
		throw err;
	}
}

/**
 * A number literal with a suffix (`7d`, `30d`, `1kb`) given to a string parameter keeps its text. pwsh would pass
 * the number (`7d` is a decimal 7), but durations like `Step-SimClock 7d` are the simulation's own language.
 */
function stringLiteral(p: ParameterDef, arg: {literalText?: string}): string | undefined {
	if (arg.literalText === undefined || p.typeName) return undefined;
	return p.type === 'string' || p.type === 'string[]' ? arg.literalText : undefined;
}

function describeArg(value: unknown): string {
	return toStr(value);
}

function acceptsWithoutConversion(p: ParameterDef, input: unknown): boolean {
	if (p.typeName) return false;
	switch (p.type) {
		case 'object':
		case 'object[]':
			return true;
		case 'string':
		case 'string[]':
			return typeof input === 'string';
		case 'int':
		case 'int[]':
		case 'long':
		case 'double':
			return typeof input === 'number';
		case 'bool':
			return typeof input === 'boolean';
		case 'hashtable':
		case 'hashtable[]':
			return input instanceof PSHashtable;
		case 'scriptblock':
			return input instanceof ScriptBlock;
		case 'scriptblock[]':
			return input instanceof ScriptBlock || (Array.isArray(input) && input.every(i => i instanceof ScriptBlock));
		default:
			return false;
	}
}

function propertyFor(input: unknown, p: ParameterDef): {found: boolean; value?: unknown} {
	const names = [p.name, ...(p.aliases ?? [])];
	if (input instanceof PSObject) {
		for (const n of names) if (input.has(n)) return {found: true, value: input.get(n)};
	}
	return {found: false};
}
