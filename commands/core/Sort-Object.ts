// Sort-Object: orders objects by property values, script-block keys or the objects themselves (stable).

import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {compareKeys, expandOrderSpecs, failOrderSpec, keyValues, parseOrderSpecs} from './_order-by.ts';
import type {KeyValue, OrderSpec} from './_order-by.ts';
import {enumerate} from '../../src/engine/values.ts';

interface Entry {
	obj: unknown;
	keys: KeyValue[];
}

async function entryOf(ctx: CmdletContext, obj: unknown): Promise<Entry> {
	if (!ctx.state.specs) {
		const values = enumerate(ctx.params.Property);
		let specs: OrderSpec[] = [];
		try {
			specs = parseOrderSpecs(values, ['expression', 'ascending', 'descending']);
		} catch (e) {
			failOrderSpec(ctx, e);
		}
		ctx.state.specs = expandOrderSpecs(specs, obj);
	}
	const specs: OrderSpec[] = ctx.state.specs;
	// Without -Property, an object is its own key.
	const keys = specs.length ? await keyValues(ctx, specs, obj) : [{value: obj, exists: true}];
	return {obj, keys};
}

const def: CmdletDef = {
	name: 'Sort-Object',
	aliases: ['sort'],
	synopsis: 'Sorts objects by property values.',
	description:
		'Sort-Object sorts its input objects in ascending order, by the objects themselves or by the -Property keys: ' +
		'property names (wildcards allowed), script blocks computed from $_, or hashtables that give a key its own ' +
		'direction, `@{Expression = \'Name\'; Descending = $true}`. Text compares case-insensitively unless ' +
		'-CaseSensitive is given; a $null key sorts first, and $null input objects are dropped. Objects that lack a ' +
		'sort property come last. The sort is stable: objects with equal keys keep their input order (so -Stable ' +
		'changes nothing). -Unique drops objects whose keys equal an earlier one; -Top and -Bottom keep only the first ' +
		'or last objects of the sorted order.',
	defaultParameterSet: 'Default',
	parameters: [
		{
			name: 'Property',
			type: 'object[]',
			position: 0,
			help: 'The sort keys: property names, script blocks, or hashtables with Expression and Ascending or Descending keys.',
		},
		{
			name: 'Descending',
			type: 'switch',
			help: 'Sorts in descending order. A hashtable key with its own Ascending or Descending value overrides it.',
		},
		{
			name: 'Unique',
			type: 'switch',
			help: 'Keeps only the first of the objects with equal keys.',
		},
		{
			name: 'CaseSensitive',
			type: 'switch',
			help: 'Compares text case-sensitively (lowercase before uppercase).',
		},
		{
			name: 'Stable',
			type: 'switch',
			sets: ['Default'],
			help: 'Keeps objects with equal keys in input order. Sort-Object always does; accepted for compatibility.',
		},
		{
			name: 'Top',
			type: 'int',
			mandatory: true,
			sets: ['Top'],
			validateRange: [1, 2147483647],
			help: 'Returns only this many objects from the start of the sorted order.',
		},
		{
			name: 'Bottom',
			type: 'int',
			mandatory: true,
			sets: ['Bottom'],
			validateRange: [1, 2147483647],
			help: 'Returns only this many objects from the end of the sorted order.',
		},
		{
			name: 'Culture',
			type: 'string',
			help: 'The culture for comparing text. Accepted for compatibility; scpsh compares text in one culture.',
		},
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to sort, usually from the pipeline. A collection given with -InputObject is one object.',
		},
	],
	outputs: ['System.Object'],
	examples: [
		{
			title: 'Sort numbers',
			code: '5, 3, 9, 1 | Sort-Object',
			remarks: 'The numbers come out in ascending order.',
			expect: ['1\n3\n5\n9'],
		},
		{
			title: 'Sort by a property, descending',
			code: "[pscustomobject]@{Name = 'SMS_EXECUTIVE'; Threads = 42}, [pscustomobject]@{Name = 'SMS_DMP_DOWNLOADER'; Threads = 3} | Sort-Object -Property Threads -Descending | Select-Object -ExpandProperty Name",
			remarks: 'The object with the most threads comes first.',
			expect: ['SMS_EXECUTIVE\nSMS_DMP_DOWNLOADER'],
		},
		{
			title: 'Sort by a computed key, keeping input order among equals',
			code: '1..20 | Sort-Object { $_ % 3 } -Stable',
			remarks: 'Numbers are ordered by their remainder after division by 3; within each remainder they keep their order.',
			expect: ['3\n6\n9\n12\n15\n18\n1\n4'],
		},
		{
			title: 'Get the distinct values',
			code: "'b', 'a', 'B', 'c', 'a' | Sort-Object -Unique",
			remarks: 'Duplicates (ignoring case) are dropped.',
			expect: ['a\nb\nc'],
		},
	],
	related: ['Group-Object', 'Select-Object', 'Measure-Object'],
	async process(ctx) {
		// pwsh sorts nothing when nothing was piped (an explicit -InputObject is one object).
		if (!ctx.hasInput && !ctx.isBound('InputObject')) return;
		const obj = ctx.hasInput ? ctx.input : ctx.params.InputObject;
		// pwsh drops $null input objects.
		if (obj === null || obj === undefined) return;
		(ctx.state.entries ??= []).push(await entryOf(ctx, obj));
	},
	end(ctx) {
		const entries: Entry[] = ctx.state.entries ?? [];
		if (entries.length === 0) return;
		const p = ctx.params;
		const specs: OrderSpec[] = ctx.state.specs ?? [];
		const descending = specs.length ? specs.map(s => s.descending ?? p.Descending === true) : [p.Descending === true];
		const cs = p.CaseSensitive === true;
		// Array.prototype.sort is stable, as pwsh's Sort-Object is.
		const sorted = [...entries].sort((a, b) => compareKeys(a.keys, b.keys, descending, cs));
		let result = sorted;
		if (p.Unique) {
			result = [];
			for (const e of sorted) {
				const last = result[result.length - 1];
				if (!last || compareKeys(last.keys, e.keys, descending, cs) !== 0) result.push(e);
			}
		}
		if (ctx.parameterSet === 'Top') result = result.slice(0, p.Top);
		else if (ctx.parameterSet === 'Bottom') result = result.slice(Math.max(0, result.length - p.Bottom));
		ctx.writeAll(result.map(e => e.obj));
	},
};

export default def;
