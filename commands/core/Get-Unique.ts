// Get-Unique: drops adjacent duplicates from a sorted list.

import type {CmdletDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {compareText} from '../../src/engine/operators.ts';
import {typeNameOf} from '../../src/engine/types.ts';
import {PSObject} from '../../src/engine/values.ts';

const def: CmdletDef = {
	name: 'Get-Unique',
	aliases: ['gu'],
	synopsis: 'Returns unique items from a sorted list.',
	description:
		'Get-Unique compares each object with the one before it and drops it when they are the same, so on a sorted ' +
		'list it leaves each value once. It compares strings case-sensitively (unless -CaseInsensitive) and other ' +
		'objects by their text; -AsString compares everything as text and -OnType compares only the types. Sort the ' +
		'input first (or use Sort-Object -Unique): on an unsorted list only neighbours are compared.',
	defaultParameterSet: 'AsString',
	parameters: [
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to filter, usually from the pipeline.',
		},
		{
			name: 'AsString',
			type: 'switch',
			sets: ['AsString'],
			help: 'Compares the objects as text.',
		},
		{
			name: 'OnType',
			type: 'switch',
			sets: ['UniqueByType'],
			help: 'Compares only the types of the objects, leaving one object of each run of a type.',
		},
		{
			name: 'CaseInsensitive',
			type: 'switch',
			help: 'Compares text without regard to case.',
		},
	],
	outputs: ['System.Object'],
	examples: [
		{
			title: 'Remove duplicates from a sorted list',
			code: "'b', 'a', 'b', 'c', 'a' | Sort-Object | Get-Unique",
			remarks: 'After sorting, equal values are neighbours and only the first of each is kept.',
			expect: ['a\nb\nc'],
		},
	],
	related: ['Sort-Object', 'Select-Object'],
	process(ctx) {
		if (!ctx.hasInput && !ctx.isBound('InputObject')) return;
		const obj = ctx.hasInput ? ctx.input : ctx.params.InputObject;
		const key = ctx.params.OnType ? typeNameOf(obj) : obj instanceof PSObject || typeof obj !== 'string' ? toStr(obj) : obj;
		const seen = ctx.state.started === true;
		const previous: string = ctx.state.previous;
		const same = seen && (ctx.params.OnType ? key === previous : compareText(previous, key, ctx.params.CaseInsensitive !== true) === 0);
		ctx.state.started = true;
		ctx.state.previous = key;
		if (!same) ctx.write(obj);
	},
};

export default def;
