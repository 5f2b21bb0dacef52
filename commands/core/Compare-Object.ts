// Compare-Object: which objects are in one set and not the other. Runbooks diff expected and actual site state
// with it (`Compare-Object $expected (Get-Component).Name`), so its SideIndicator output must match pwsh's.

import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {compare} from '../../src/engine/operators.ts';
import {PSHashtable, PSObject, ScriptBlock, enumerate} from '../../src/engine/values.ts';
import {getProperty} from '../../src/format/property.ts';

interface Key {
	/** The output property's name. */
	name: string;
	value: (ctx: CmdletContext, obj: unknown) => Promise<unknown>;
}

/** -Property entries: names, script blocks, or @{Expression=...; Name=...} as Sort-Object takes them. */
function keysOf(ctx: CmdletContext): Key[] {
	const keys: Key[] = [];
	for (const spec of enumerate(ctx.params.Property)) {
		if (spec instanceof ScriptBlock) {
			keys.push({name: spec.toString(), value: async (c, obj) => unwrap(await c.invoke(spec, obj))});
		} else if (spec instanceof PSHashtable) {
			const expression = spec.get('Expression') ?? spec.get('E');
			const label = spec.get('Name') ?? spec.get('N') ?? spec.get('Label') ?? spec.get('L');
			if (expression instanceof ScriptBlock) {
				keys.push({name: toStr(label ?? expression.toString()), value: async (c, obj) => unwrap(await c.invoke(expression, obj))});
			} else {
				const property = toStr(expression);
				keys.push({name: toStr(label ?? property), value: async (_c, obj) => getProperty(obj, property)});
			}
		} else {
			const property = toStr(spec);
			keys.push({name: property, value: async (_c, obj) => getProperty(obj, property)});
		}
	}
	return keys;
}

const unwrap = (out: unknown[]): unknown => (out.length === 1 ? out[0] : out.length === 0 ? null : out);

interface Entry {
	object: unknown;
	values: unknown[];
	matched: boolean;
}

/** pwsh's ObjectCommandComparer: equal when compare() says so (objects that do not compare fall back to their text). */
function same(a: Entry, b: Entry, caseSensitive: boolean): boolean {
	if (a.values.length !== b.values.length) return false;
	return a.values.every((v, k) => compare(v, b.values[k], caseSensitive) === 0);
}

const def: CmdletDef = {
	name: 'Compare-Object',
	aliases: ['compare', 'diff'],
	synopsis: 'Compares two sets of objects.',
	description:
		'Compare-Object compares a reference set with a difference set and writes the objects that are in only one ' +
		'of them, each with a SideIndicator: `<=` for an object only in the reference set, `=>` for one only in the ' +
		'difference set, and (with -IncludeEqual) `==` for one in both. Objects in the difference set come first, in ' +
		'their order, then the reference objects that nothing matched.\n\n' +
		'Text compares case-insensitively unless -CaseSensitive is given. With -Property the objects are compared on ' +
		'those properties only, and the output carries just those properties and SideIndicator; without it the ' +
		'output\'s InputObject is the object itself. -PassThru writes the objects themselves instead, with a ' +
		'SideIndicator property added to objects that can take one. -ExcludeDifferent shows only the objects in both ' +
		'sets (it implies -IncludeEqual). The difference set can be piped in.',
	parameters: [
		{
			name: 'ReferenceObject',
			type: 'object[]',
			position: 0,
			mandatory: true,
			help: 'The reference set of objects.',
		},
		{
			name: 'DifferenceObject',
			type: 'object[]',
			position: 1,
			mandatory: true,
			valueFromPipeline: true,
			help: 'The set of objects compared with the reference set. Can be piped in.',
		},
		{name: 'SyncWindow', type: 'int', default: 2147483647, help: 'Accepted for compatibility: scpsh always searches the whole reference set for a match.'},
		{
			name: 'Property',
			type: 'object[]',
			help: 'The properties to compare on: names, script blocks, or hashtables with Expression (and Name) as Sort-Object takes them.',
		},
		{name: 'ExcludeDifferent', type: 'switch', help: 'Shows only the objects found in both sets (implies -IncludeEqual).'},
		{name: 'IncludeEqual', type: 'switch', help: 'Also shows the objects found in both sets, with the SideIndicator ==.'},
		{name: 'PassThru', type: 'switch', help: 'Writes the objects themselves, with a SideIndicator property added, instead of new objects.'},
		{name: 'Culture', type: 'string', help: 'Accepted for compatibility: text compares the same in every culture in scpsh.'},
		{name: 'CaseSensitive', type: 'switch', help: 'Compares text case-sensitively. By default case is ignored.'},
	],
	outputs: ['System.Management.Automation.PSCustomObject', 'System.Object (with -PassThru)'],
	examples: [
		{
			title: 'The differences between two lists',
			code: "Compare-Object -ReferenceObject 'PS1', 'CS1', 'CS2' -DifferenceObject 'PS1', 'CS2', 'CS3'",
			remarks: 'CS3 is only in the difference set (=>); CS1 only in the reference set (<=).',
			expect: ['InputObject SideIndicator', 'CS3         =>', 'CS1         <='],
		},
		{
			title: 'Show what is the same, too',
			code: "Compare-Object 'a', 'b' 'B', 'c' -IncludeEqual",
			remarks: 'b and B are equal because the comparison ignores case; the difference set\'s spelling is written.',
			expect: ['B           ==', 'c           =>', 'a           <='],
		},
		{
			title: 'Compare objects on one property',
			code:
				"$expected = [pscustomobject]@{Name='SMS_DMP_DOWNLOADER'; State='Running'}, [pscustomobject]@{Name='SMS_DMP_UPLOADER'; State='Running'}\n" +
				"$actual = [pscustomobject]@{Name='SMS_DMP_DOWNLOADER'; State='Stopped'}, [pscustomobject]@{Name='SMS_DMP_UPLOADER'; State='Running'}\n" +
				'Compare-Object $expected $actual -Property Name, State',
			remarks: 'Only the downloader differs; the output carries the compared properties.',
			expect: ['SMS_DMP_DOWNLOADER Stopped =>', 'SMS_DMP_DOWNLOADER Running <='],
		},
	],
	related: ['Group-Object', 'Sort-Object', 'Where-Object'],
	begin(ctx) {
		ctx.state.difference = [] as unknown[];
	},
	process(ctx) {
		const difference: unknown[] = ctx.state.difference;
		if (ctx.hasInput) difference.push(...enumerate(ctx.input));
		else difference.push(...enumerate(ctx.params.DifferenceObject));
	},
	async end(ctx) {
		const caseSensitive = ctx.params.CaseSensitive === true;
		const excludeDifferent = ctx.params.ExcludeDifferent === true;
		const includeEqual = ctx.params.IncludeEqual === true || excludeDifferent;
		const keys = ctx.isBound('Property') ? keysOf(ctx) : null;
		const entry = async (object: unknown): Promise<Entry> => ({
			object,
			values: keys ? await Promise.all(keys.map(k => k.value(ctx, object))) : [object],
			matched: false,
		});
		const reference: Entry[] = [];
		for (const o of enumerate(ctx.params.ReferenceObject)) reference.push(await entry(o));
		const emit = (e: Entry, side: string): void => {
			if (ctx.params.PassThru) {
				// pwsh adds the note property to the object's wrapper; a bare value has none to carry it.
				if (e.object instanceof PSObject) e.object.set('SideIndicator', side);
				ctx.write(e.object);
				return;
			}
			const out = new PSObject();
			if (keys) keys.forEach((k, i) => out.set(k.name, e.values[i]));
			else out.set('InputObject', e.object);
			out.set('SideIndicator', side);
			ctx.write(out);
		};
		for (const o of ctx.state.difference as unknown[]) {
			const d = await entry(o);
			const match = reference.find(r => !r.matched && same(r, d, caseSensitive));
			if (match) {
				match.matched = true;
				if (includeEqual) emit(d, '==');
			} else if (!excludeDifferent) {
				emit(d, '=>');
			}
		}
		if (excludeDifferent) return;
		for (const r of reference) if (!r.matched) emit(r, '<=');
	},
};

export default def;
