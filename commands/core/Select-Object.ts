// Select-Object: picks properties of objects (making new custom objects), expands one property, or picks objects
// by position (-First, -Last, -Skip, -SkipLast, -Index) and uniqueness.

import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {collapse} from '../../src/engine/context.ts';
import {toStr} from '../../src/engine/convert.ts';
import {compare} from '../../src/engine/operators.ts';
import {typeNameOf} from '../../src/engine/types.ts';
import {PSObject, ScriptBlock, enumerate, keyOf} from '../../src/engine/values.ts';
import {wildcardMatch} from '../../src/engine/wildcard.ts';
import {PropertySpecError, parseProperties} from '../../src/format/calculated.ts';
import type {PropertySpec} from '../../src/format/calculated.ts';
import {hasProperty, propertyNamesOf, propertyValue} from './_members.ts';

const CUSTOM = 'System.Management.Automation.PSCustomObject';

/**
 * pwsh's SelectObjectQueue: decides, object by object, which input objects -First, -Last, -Skip and -SkipLast
 * let through while streaming, and which wait for the end.
 */
class SelectQueue {
	private readonly items: unknown[] = [];
	private streamed = 0;

	constructor(
		private readonly first: number,
		private readonly last: number,
		private skip: number,
		private readonly skipLast: number,
		private readonly firstOrLast: boolean,
	) {}

	get size(): number {
		return this.items.length;
	}

	/** -First is satisfied (and no -Last waits for the end): upstream can stop. */
	get done(): boolean {
		return this.firstOrLast && this.last === 0 && this.first !== 0 && this.streamed >= this.first;
	}

	enqueue(obj: unknown): void {
		if (this.last > 0 && this.items.length >= this.last + this.skip && this.first === 0) this.items.shift();
		else if (this.last > 0 && this.items.length >= this.last && this.first !== 0) this.items.shift();
		this.items.push(obj);
	}

	/** The object to process now, if any. */
	streamingDequeue(): {obj: unknown} | undefined {
		if (this.skip === 0) {
			if (this.skipLast > 0) {
				if (this.items.length > this.skipLast) return {obj: this.items.shift()};
			} else {
				if (this.streamed < this.first || !this.firstOrLast) {
					this.streamed++;
					return {obj: this.items.shift()};
				}
				if (this.last === 0) this.items.shift();
			}
		} else if (this.last === 0) {
			this.items.shift();
			this.skip--;
		} else if (this.first !== 0) {
			this.skip--;
			this.items.shift();
		}
		return undefined;
	}

	dequeue(): unknown {
		return this.items.shift();
	}
}

interface Selected {
	/** The object to write. */
	obj: unknown;
	/** The properties Select-Object added, for -Unique's comparison. */
	added: [string, unknown][];
}

function propertyError(ctx: CmdletContext, message: string, id: string, category: 'InvalidOperation' | 'InvalidArgument', target: unknown): void {
	ctx.writeError({message, id, category, exceptionType: 'PSArgumentException', target});
}

const isExcluded = (ctx: CmdletContext, name: string): boolean => {
	const exclude: string[] | null = ctx.params.ExcludeProperty ?? null;
	return !!exclude && exclude.some(p => wildcardMatch(name, p));
};

/** The [name, value] pairs the -Property specs give for one object. */
async function matchedProperties(ctx: CmdletContext, specs: readonly PropertySpec[], input: unknown): Promise<[string, unknown][]> {
	const out: [string, unknown][] = [];
	for (const spec of specs) {
		// A hashtable that renames (`@{N='x'; E='Prop'}`) names the result itself.
		const calculated = spec.expression instanceof ScriptBlock || spec.label !== spec.expression;
		if (spec.expression instanceof ScriptBlock) {
			out.push([spec.label, collapse(await ctx.invoke(spec.expression, input))]);
			continue;
		}
		const pattern = spec.expression;
		if (spec.wildcard) {
			const names = propertyNamesOf(input).filter(n => wildcardMatch(n, pattern) && !isExcluded(ctx, n));
			if (calculated && names.length > 1) {
				ctx.writeError({
					message: 'A calculated property cannot rename several properties: its Expression matches more than one.',
					id: 'RenamingMultipleResults',
					category: 'InvalidOperation',
					exceptionType: 'InvalidOperationException',
					target: input,
				});
				continue;
			}
			for (const n of names) out.push([calculated ? spec.label : n, propertyValue(input, n)]);
			continue;
		}
		if (isExcluded(ctx, pattern)) continue;
		// A property the object lacks still becomes a property, with a $null value (pwsh does the same).
		const own = propertyNamesOf(input).find(n => keyOf(n) === keyOf(pattern)) ?? pattern;
		out.push([calculated ? spec.label : own, propertyValue(input, pattern)]);
	}
	return out;
}

/** `Selected.<type>` first, so the original type's view is not used for the narrowed object. */
function selectedObject(input: unknown, props: [string, unknown][]): PSObject {
	const o = new PSObject(CUSTOM);
	o.typeNames.unshift(`Selected.${typeNameOf(input) || 'System.Object'}`);
	for (const [name, value] of props) o.set(name, value);
	return o;
}

async function processObject(ctx: CmdletContext, input: unknown): Promise<Selected[]> {
	const specs: PropertySpec[] = ctx.state.specs;
	const expand: string | null = ctx.params.ExpandProperty || null;
	if (specs.length === 0 && !expand) return [{obj: input, added: []}];
	const matched = await matchedProperties(ctx, specs, input);
	if (!expand) {
		const seen = new Set<string>();
		const kept: [string, unknown][] = [];
		for (const [name, value] of matched) {
			if (seen.has(keyOf(name))) {
				propertyError(ctx, `The property cannot be processed because the property "${name}" already exists.`, 'AlreadyExistingUserSpecifiedPropertyNoExpand', 'InvalidOperation', input);
				continue;
			}
			seen.add(keyOf(name));
			kept.push([name, value]);
		}
		return [{obj: selectedObject(input, kept), added: kept}];
	}
	const names = propertyNamesOf(input).filter(n => wildcardMatch(n, expand));
	if (names.length === 0 && !hasProperty(input, expand)) {
		propertyError(ctx, `Property "${expand}" cannot be found.`, 'ExpandPropertyNotFound', 'InvalidArgument', input);
		return [];
	}
	if (names.length > 1) {
		propertyError(ctx, `Multiple properties cannot be expanded: "${expand}" matches ${names.join(', ')}.`, 'MutlipleExpandProperties', 'InvalidArgument', input);
		return [];
	}
	const value = propertyValue(input, names[0] ?? expand);
	// A $null property (and $null items) expand to nothing.
	const items = Array.isArray(value) ? value.filter(v => v !== null && v !== undefined) : value === null || value === undefined ? [] : [value];
	return items.map(item => {
		// pwsh attaches the -Property values to each expanded item; a number or string here cannot carry
		// properties, so it is written as it is (conformance pipe-02).
		if (!(item instanceof PSObject) || matched.length === 0) return {obj: item, added: []};
		const copy = item.clone();
		for (const [name, v] of matched) {
			if (copy.has(name)) {
				propertyError(ctx, `The property cannot be processed because the property "${name}" already exists.`, 'AlreadyExistingUserSpecifiedPropertyExpand', 'InvalidOperation', input);
				continue;
			}
			copy.set(name, v);
		}
		if (copy.typeName === CUSTOM) copy.typeNames.unshift(`Selected.${typeNameOf(input) || 'System.Object'}`);
		return {obj: copy, added: matched};
	});
}

/** -Unique's test: the same object (compared as text, case-sensitively by default) with equal added properties. */
function sameSelected(a: Selected, b: Selected, caseSensitive: boolean): boolean {
	if (a.added.length !== b.added.length) return false;
	// pwsh compares objects that are not comparable (custom objects) by their text.
	const base = (s: Selected): unknown => (s.obj instanceof PSObject ? toStr(s.obj) : s.obj);
	if (compare(base(a), base(b), caseSensitive) !== 0) return false;
	return a.added.every(([name, value], i) => {
		const other = b.added[i]!;
		return keyOf(other[0]) === keyOf(name) && compare(value, other[1], caseSensitive) === 0;
	});
}

async function emit(ctx: CmdletContext, input: unknown): Promise<void> {
	const results = await processObject(ctx, input);
	if (!ctx.params.Unique) {
		for (const r of results) ctx.write(r.obj);
		return;
	}
	const uniques: Selected[] = ctx.state.uniques;
	const caseSensitive = ctx.params.CaseInsensitive !== true;
	for (const r of results) if (!uniques.some(u => sameSelected(u, r, caseSensitive))) uniques.push(r);
}

const def: CmdletDef = {
	name: 'Select-Object',
	aliases: ['select'],
	synopsis: 'Selects objects or object properties.',
	description:
		'Select-Object does two jobs. With -Property it makes a new custom object from each input object, with only ' +
		'the named properties (wildcards allowed) and calculated ones, `@{Name = \'Label\'; Expression = { $_.X * 2 }}` ' +
		'(keys may be shortened to N/L/E; Expression may also name a property). -ExpandProperty writes the value of ' +
		'one property instead, each item of a collection on its own. With -First, -Last, -Skip, -SkipLast and -Index ' +
		'it picks objects by position; -First stops the commands before it once it has enough. -Unique drops ' +
		'duplicates (case-sensitively unless -CaseInsensitive is given). The new objects have the type name ' +
		'Selected.<original type>, so they show as plain tables or lists rather than in their original view.',
	defaultParameterSet: 'DefaultParameter',
	parameters: [
		{
			name: 'Property',
			type: 'object[]',
			position: 0,
			sets: ['DefaultParameter', 'SkipLastParameter'],
			acceptsWildcards: true,
			help: 'The properties to select: names (wildcards allowed) or calculated properties, hashtables with Name (or Label) and Expression keys.',
		},
		{
			name: 'ExcludeProperty',
			type: 'string[]',
			sets: ['DefaultParameter', 'SkipLastParameter'],
			acceptsWildcards: true,
			help: 'Properties to leave out. Without -Property, all other properties are selected.',
		},
		{
			name: 'ExpandProperty',
			type: 'string',
			sets: ['DefaultParameter', 'SkipLastParameter'],
			help: 'A property whose value is written instead of the object; a collection is written item by item.',
		},
		{
			name: 'Unique',
			type: 'switch',
			help: 'Writes each distinct object once. Text is compared case-sensitively unless -CaseInsensitive is given.',
		},
		{
			name: 'CaseInsensitive',
			type: 'switch',
			help: 'With -Unique, compares text case-insensitively.',
		},
		{
			name: 'First',
			type: 'int',
			sets: ['DefaultParameter'],
			validateRange: [0, 2147483647],
			help: 'How many objects to select from the start of the input.',
		},
		{
			name: 'Last',
			type: 'int',
			sets: ['DefaultParameter'],
			validateRange: [0, 2147483647],
			help: 'How many objects to select from the end of the input.',
		},
		{
			name: 'Skip',
			type: 'int',
			sets: ['DefaultParameter'],
			validateRange: [0, 2147483647],
			help: 'How many objects to skip: from the start, or with -Last, from the end.',
		},
		{
			name: 'SkipLast',
			type: 'int',
			sets: ['SkipLastParameter'],
			validateRange: [0, 2147483647],
			help: 'How many objects to leave out at the end of the input.',
		},
		{
			name: 'Index',
			type: 'int[]',
			sets: ['IndexParameter'],
			validateRange: [0, 2147483647],
			help: 'The positions (from 0) of the objects to select.',
		},
		{
			name: 'SkipIndex',
			type: 'int[]',
			sets: ['SkipIndexParameter'],
			validateRange: [0, 2147483647],
			help: 'The positions (from 0) of the objects to leave out.',
		},
		{
			name: 'Wait',
			type: 'switch',
			sets: ['DefaultParameter', 'IndexParameter'],
			help: 'Lets the commands before it run to the end even after -First or -Index is satisfied.',
		},
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to select from, usually from the pipeline. A collection given with -InputObject is one object.',
		},
	],
	outputs: ['System.Management.Automation.PSCustomObject', 'System.Object'],
	examples: [
		{
			title: 'Select properties',
			code: "[pscustomobject]@{Name = 'SMS_EXECUTIVE'; State = 'Running'; Type = 'Service'} | Select-Object -Property Name, State",
			remarks: 'The new objects have only the Name and State properties.',
			expect: ['Name', 'State', 'SMS_EXECUTIVE', 'Running'],
		},
		{
			title: 'Add a calculated property',
			code: "[pscustomobject]@{Name = 'Update 2409'; SizeBytes = 1572864} | Select-Object Name, @{Name = 'SizeMB'; Expression = { $_.SizeBytes / 1MB }}",
			remarks: 'The SizeMB property is computed from each object.',
			expect: ['SizeMB', '1.5'],
		},
		{
			title: 'Take the first objects',
			code: '1..1000 | Select-Object -First 3',
			remarks: 'Once three objects have passed, the command before it is stopped.',
			expect: ['1\n2\n3'],
		},
		{
			title: 'Expand a collection property',
			code: "$object = [pscustomobject]@{Name = 'CustomObject'; List = @(1, 2, 3, 4, 5)}\n$object | Select-Object -ExpandProperty List -Property Name",
			remarks: 'Each item of the List property is written on its own.',
			expect: ['1\n2\n3\n4\n5'],
		},
	],
	related: ['Where-Object', 'Sort-Object', 'ForEach-Object'],
	begin(ctx) {
		const p = ctx.params;
		let values = enumerate(p.Property);
		// -ExcludeProperty alone means every other property.
		if (values.length === 0 && p.ExcludeProperty) values = ['*'];
		try {
			ctx.state.specs = parseProperties(values, ['name', 'label', 'expression']);
		} catch (e) {
			if (!(e instanceof PropertySpecError)) throw e;
			ctx.fail({message: e.message, id: 'DictionaryKeyIllegal', category: 'InvalidArgument', exceptionType: 'NotSupportedException'});
		}
		ctx.state.uniques = [];
		const firstOrLast = ctx.isBound('First') || ctx.isBound('Last');
		ctx.state.queue = new SelectQueue(p.First ?? 0, p.Last ?? 0, p.Skip ?? 0, p.SkipLast ?? 0, firstOrLast);
		const indices: number[] | null = p.Index ?? p.SkipIndex ?? null;
		if (indices) ctx.state.indices = [...new Set(indices)].sort((a, b) => a - b);
		ctx.state.position = 0;
		ctx.state.nextIndex = 0;
	},
	async process(ctx) {
		if (!ctx.hasInput && !ctx.isBound('InputObject')) return;
		const input = ctx.hasInput ? ctx.input : ctx.params.InputObject;
		// pwsh ignores $null input objects.
		if (input === null || input === undefined) return;
		const indices: number[] | undefined = ctx.state.indices;
		if (indices) {
			const position: number = ctx.state.position++;
			const include = ctx.isBound('Index');
			const selected = indices.includes(position);
			if (selected === include) await emit(ctx, input);
			if (include && position >= indices[indices.length - 1]! && !ctx.params.Wait) ctx.stopUpstream();
			return;
		}
		const queue: SelectQueue = ctx.state.queue;
		queue.enqueue(input);
		const next = queue.streamingDequeue();
		if (next) await emit(ctx, next.obj);
		if (queue.done && !ctx.params.Wait) ctx.stopUpstream();
	},
	async end(ctx) {
		const p = ctx.params;
		const queue: SelectQueue = ctx.state.queue;
		if (ctx.parameterSet === 'DefaultParameter' && queue) {
			if ((p.First ?? 0) !== 0) {
				while (queue.size > 0) await emit(ctx, queue.dequeue());
			} else {
				const skip: number = p.Skip ?? 0;
				while (queue.size > skip) await emit(ctx, queue.dequeue());
			}
		}
		if (p.Unique) for (const u of ctx.state.uniques as Selected[]) ctx.write(u.obj);
	},
};

export default def;
