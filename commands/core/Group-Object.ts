// Group-Object: groups objects that have the same values for the given properties, as GroupInfo objects.

import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {typeNameOf} from '../../src/engine/types.ts';
import {PSHashtable, PSObject, enumerate} from '../../src/engine/values.ts';
import {compareKeys, expandOrderSpecs, failOrderSpec, keyValues, parseOrderSpecs} from './_order-by.ts';
import type {KeyValue, OrderSpec} from './_order-by.ts';

const GROUP_INFO = 'Microsoft.PowerShell.Commands.GroupInfo';
const GROUP_INFO_NO_ELEMENT = 'Microsoft.PowerShell.Commands.GroupInfoNoElement';

interface Entry {
	obj: unknown;
	keys: KeyValue[];
}

interface Group {
	keys: KeyValue[];
	items: unknown[];
}

/** pwsh's group name: the key values' text joined with ", " ($null values left out, collections as `{a, b}`). */
function groupName(keys: readonly KeyValue[]): string {
	return keys
		.filter(k => k.value !== null && k.value !== undefined)
		.map(k => (Array.isArray(k.value) ? `{${k.value.map(v => toStr(v)).join(', ')}}` : toStr(k.value)))
		.join(', ');
}

/** Whether every key position holds values of one type (ignoring $null): pwsh then sorts the groups. */
function uniformTypes(entries: readonly Entry[]): boolean {
	const types: (string | undefined)[] = [];
	for (const e of entries) {
		for (let i = 0; i < e.keys.length; i++) {
			const v = e.keys[i]!.value;
			if (v === null || v === undefined) continue;
			const t = typeNameOf(v);
			if (types[i] === undefined) types[i] = t;
			else if (types[i] !== t) return false;
		}
	}
	return true;
}

function badArgument(ctx: CmdletContext, message: string, target: unknown): never {
	ctx.fail({message, id: 'ArgumentException', category: 'InvalidArgument', exceptionType: 'ArgumentException', target});
}

const def: CmdletDef = {
	name: 'Group-Object',
	aliases: ['group'],
	synopsis: 'Groups objects that contain the same value for specified properties.',
	description:
		'Group-Object puts objects with equal values of the -Property keys into groups and writes one GroupInfo ' +
		'object per group, with the Count of objects, the Name (the key values as text), the Group of objects and the ' +
		'key Values. Keys are property names, script blocks or hashtables with an Expression key. Text compares ' +
		'case-insensitively unless -CaseSensitive is given. When all keys are of one type the groups come sorted by ' +
		'key, as in pwsh; otherwise in order of first appearance. -NoElement leaves the objects out of the groups; ' +
		'-AsHashTable returns one hashtable from key to group instead.',
	parameters: [
		{
			name: 'Property',
			type: 'object[]',
			position: 0,
			help: 'The keys to group by: property names, script blocks, or hashtables with an Expression key.',
		},
		{
			name: 'NoElement',
			type: 'switch',
			help: 'Leaves the objects out of the GroupInfo objects, keeping only Count and Name.',
		},
		{
			name: 'AsHashTable',
			type: 'switch',
			aliases: ['AHT'],
			help: 'Returns a hashtable whose keys are the key values and whose values are the groups of objects.',
		},
		{
			name: 'AsString',
			type: 'switch',
			help: 'With -AsHashTable, uses the group names (text) as keys instead of the key values.',
		},
		{
			name: 'CaseSensitive',
			type: 'switch',
			help: 'Compares text keys case-sensitively.',
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
			help: 'The objects to group, usually from the pipeline. A collection given with -InputObject is one object.',
		},
	],
	outputs: [GROUP_INFO, 'System.Collections.Hashtable'],
	examples: [
		{
			title: 'Group objects by a property',
			code: "$states = 'Running', 'Stopped', 'Running' | ForEach-Object { [pscustomobject]@{State = $_} }\n$states | Group-Object -Property State | ForEach-Object { \"$($_.Name): $($_.Count)\" }",
			remarks: 'One group per distinct State, with how many objects are in it.',
			expect: ['Running: 2', 'Stopped: 1'],
		},
		{
			title: 'Group by a computed key',
			code: '1..10 | Group-Object { $_ % 2 -eq 0 } | ForEach-Object { \"$($_.Name) $($_.Group -join \',\')\" }',
			remarks: 'Numbers grouped by whether they are even.',
			expect: ['False 1,3,5,7,9', 'True 2,4,6,8,10'],
		},
		{
			title: 'Count without keeping the objects',
			code: "'a', 'b', 'a', 'c', 'a' | Group-Object -NoElement | Sort-Object -Property Count -Descending | Select-Object -First 1 -ExpandProperty Name",
			remarks: 'The most frequent value.',
			expect: ['a'],
		},
		{
			title: 'Look groups up in a hashtable',
			code: "$byState = 'Running', 'Stopped', 'Running' | Group-Object -AsHashTable\n$byState['Running'].Count",
			remarks: 'With -AsHashTable each key leads to its group.',
			expect: ['2'],
		},
	],
	related: ['Sort-Object', 'Measure-Object'],
	async process(ctx) {
		if (!ctx.hasInput && !ctx.isBound('InputObject')) return;
		const obj = ctx.hasInput ? ctx.input : ctx.params.InputObject;
		if (obj === null || obj === undefined) return;
		if (!ctx.state.specs) {
			const p = ctx.params;
			if (p.AsString && !p.AsHashTable) badArgument(ctx, 'The AsString parameter can only be used with the AsHashTable parameter.', p.AsString);
			let specs: OrderSpec[] = [];
			try {
				specs = expandOrderSpecs(parseOrderSpecs(enumerate(p.Property), ['expression']), obj);
			} catch (e) {
				failOrderSpec(ctx, e);
			}
			if (p.AsHashTable && !p.AsString && specs.length > 1) {
				badArgument(ctx, 'The AsHashTable parameter needs a single property unless the AsString parameter is also used.', p.Property);
			}
			ctx.state.specs = specs;
			ctx.state.entries = [];
		}
		const specs: OrderSpec[] = ctx.state.specs;
		const keys = specs.length ? await keyValues(ctx, specs, obj) : [{value: obj, exists: true}];
		(ctx.state.entries as Entry[]).push({obj, keys});
	},
	end(ctx) {
		const entries: Entry[] = ctx.state.entries ?? [];
		if (entries.length === 0) return;
		const p = ctx.params;
		const cs = p.CaseSensitive === true;
		// Groups are always in ascending key order.
		const descending = entries[0]!.keys.map(() => false);
		const groups: Group[] = [];
		if (uniformTypes(entries)) {
			// pwsh's fast path: a stable sort, then equal neighbours form a group.
			const sorted = [...entries].sort((a, b) => compareKeys(a.keys, b.keys, descending, cs));
			for (const e of sorted) {
				const last = groups[groups.length - 1];
				if (last && compareKeys(last.keys, e.keys, descending, cs) === 0) last.items.push(e.obj);
				else groups.push({keys: e.keys, items: [e.obj]});
			}
		} else {
			for (const e of entries) {
				const group = groups.find(g => compareKeys(g.keys, e.keys, descending, cs) === 0);
				if (group) group.items.push(e.obj);
				else groups.push({keys: e.keys, items: [e.obj]});
			}
		}
		if (p.AsHashTable) {
			const table = new PSHashtable();
			for (const g of groups) table.set(p.AsString ? groupName(g.keys) : (g.keys[0]?.value ?? null), g.items);
			ctx.write(table);
			return;
		}
		for (const g of groups) {
			const info = PSObject.from(p.NoElement ? GROUP_INFO_NO_ELEMENT : GROUP_INFO, {
				Count: g.items.length,
				Name: groupName(g.keys),
				Group: p.NoElement ? [] : g.items,
				Values: g.keys.map(k => k.value),
			});
			// A GroupInfoNoElement is a GroupInfo: the GroupInfo view serves it when it has none of its own.
			if (p.NoElement) info.typeNames.push(GROUP_INFO);
			ctx.write(info);
		}
	},
};

export default def;
