// The member catalog (listMembers) and the method dispatch (invokeMethod) agree: every method listed for a kind
// of value can be called, and every method name listed anywhere but not for that kind fails with MethodNotFound.

import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {StringBuilder, createInstance, getMember, invokeMethod, listMembers, newException} from '../../src/engine/members.ts';
import {ErrorRecord, PSError} from '../../src/engine/errors.ts';
import {PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, ScriptBlock} from '../../src/engine/values.ts';
import {PSType, markList} from '../../src/engine/types.ts';
import {PSRegex} from '../../src/engine/regex.ts';
import type {ScriptBlockAst} from '../../src/language/ast.ts';

const block = new ScriptBlock({kind: 'ScriptBlock', attributes: [], text: '$_', extent: {start: 0, end: 2}} as ScriptBlockAst, '{$_}');
const ctx = {invoke: (_: ScriptBlock, item?: unknown) => [item]};
const date = new PSDateTime(Date.UTC(2024, 0, 31, 10, 30, 15, 250));
const span = new PSTimeSpan(90_000);
const guid = new PSGuid('0f8fad5b-d9cb-469f-a165-70867728950e');

const table = (ordered = false): PSHashtable => {
	const t = new PSHashtable(ordered);
	t.set('a', 1);
	t.set('b', 2);
	return t;
};

/** Fresh sample values (methods may change them), each with arguments that suit its methods. */
const SAMPLES: {kind: string; make: () => unknown; args: Record<string, unknown[]>; refuses?: string[]}[] = [
	{
		kind: 'string',
		make: () => 'Hello World',
		args: {
			compareto: ['x'], contains: ['o'], endswith: ['d'], equals: ['x'], indexof: ['o'], indexofany: [['o']], insert: [0, 'x'],
			lastindexof: ['o'], lastindexofany: [['o']], padleft: [20], padright: [20], remove: [1], replace: ['o', '0'], split: [' '],
			startswith: ['H'], substring: [1], chars: [0], get_chars: [0],
		},
	},
	{kind: 'int', make: () => 42, args: {compareto: [1], equals: [42]}},
	{kind: 'double', make: () => 1.5, args: {compareto: [1], equals: [1.5]}},
	{kind: 'bool', make: () => true, args: {compareto: [false], equals: [true]}},
	{
		kind: 'array',
		make: () => [1, 2, 3],
		args: {contains: [2], foreach: [block], where: [block], getvalue: [0], setvalue: [9, 0], indexof: [2], lastindexof: [2], equals: [null], add: [4], insert: [0, 1], remove: [1], removeat: [0]},
		// IList's mutators are there, but a fixed-size array refuses them, as in pwsh.
		refuses: ['add', 'clear', 'insert', 'remove', 'removeat'],
	},
	{
		kind: 'ArrayList',
		make: () => markList([1, 2, 3], 'System.Collections.ArrayList'),
		args: {
			contains: [2], foreach: [block], where: [block], indexof: [2], lastindexof: [2], equals: [null], add: [4], addrange: [[5, 6]], insert: [0, 1],
			remove: [1], removeat: [0], removerange: [0, 1], item: [0], get_item: [0], set_item: [0, 9],
		},
	},
	{
		kind: 'List[string]',
		make: () => createInstance('System.Collections.Generic.List[string]', [['a', 'b']]),
		args: {
			contains: ['a'], foreach: [block], where: [block], indexof: ['a'], lastindexof: ['a'], equals: [null], add: ['c'], addrange: [['d']], insert: [0, 'z'],
			remove: ['a'], removeat: [0], removerange: [0, 1], item: [0], get_item: [0], set_item: [0, 'y'],
		},
	},
	...[false, true].map(ordered => ({
		kind: ordered ? 'ordered' : 'hashtable',
		make: () => table(ordered),
		args: {
			add: ['c', 3], contains: ['a'], containskey: ['a'], containsvalue: [1], equals: [null], remove: ['a'], item: ['a'], get_item: ['a'], set_item: ['c', 3],
			insert: [0, 'z', 0], removeat: [0],
		} as Record<string, unknown[]>,
	})),
	{
		kind: 'datetime',
		make: () => date,
		args: {
			add: [span], adddays: [1], addhours: [1], addmilliseconds: [1], addminutes: [1], addmonths: [1], addseconds: [1], addticks: [1], addyears: [1],
			compareto: [date], equals: [date], subtract: [span],
		},
	},
	{kind: 'timespan', make: () => span, args: {add: [span], compareto: [span], divide: [2], equals: [span], multiply: [2], subtract: [span]}},
	{kind: 'guid', make: () => guid, args: {compareto: [guid], equals: [guid]}},
	{kind: 'regex', make: () => new PSRegex('(?<word>o)', ''), args: {equals: [null], ismatch: ['foo'], match: ['foo'], matches: ['foo'], replace: ['foo', '0'], split: ['foo']}},
	{
		kind: 'StringBuilder',
		make: () => createInstance('System.Text.StringBuilder', ['abc']),
		args: {append: ['x'], appendformat: ['{0}', 1], appendline: ['x'], equals: [null], insert: [0, 'x'], remove: [0, 1], replace: ['a', 'b']},
	},
	{kind: 'scriptblock', make: () => block, args: {equals: [null], invoke: [1], invokereturnasis: [1]}},
	{kind: 'type', make: () => new PSType('System.String'), args: {equals: [null], isinstanceoftype: ['x']}},
	{kind: 'ErrorRecord', make: () => new ErrorRecord({message: 'boom', id: 'Boom'}), args: {equals: [null]}},
	{kind: 'pscustomobject', make: () => PSObject.from('System.Management.Automation.PSCustomObject', {Name: 'x'}), args: {equals: [null]}},
	{kind: 'Match', make: () => invokeMethod(new PSRegex('o', ''), 'Match', ['foo']), args: {equals: [null]}},
	{kind: 'Exception', make: () => newException('System.Exception', 'boom'), args: {equals: [null]}},
];

const CALLABLE = new Set(['Method', 'ParameterizedProperty']);
const methodNames = (value: unknown): string[] => listMembers(value).filter(m => CALLABLE.has(m.memberType)).map(m => m.name);
const ALL_NAMES = [...new Set(SAMPLES.flatMap(s => methodNames(s.make()).map(n => n.toLowerCase()))), 'nosuchmethod'];

/** The error id a call fails with, or undefined when it succeeds. */
function failureOf(target: unknown, name: string, args: readonly unknown[]): string | undefined {
	try {
		const result = invokeMethod(target, name, args, ctx);
		if (result instanceof Promise) throw new Error('unexpected promise');
		return undefined;
	} catch (caught) {
		if (caught instanceof PSError) return caught.record.errorId;
		throw caught;
	}
}

describe('member catalog', () => {
	for (const sample of SAMPLES) {
		it(`${sample.kind}: every listed method can be called`, () => {
			const names = methodNames(sample.make());
			assert.ok(names.includes('GetType') && names.includes('ToString'), 'GetType and ToString are listed');
			for (const name of names) {
				const args = sample.args[name.toLowerCase()] ?? [];
				const failure = failureOf(sample.make(), name, args);
				const expected = sample.refuses?.includes(name.toLowerCase()) ? 'NotSupportedException' : undefined;
				assert.equal(failure, expected, `${sample.kind}.${name}(${args.length} args) failed with ${failure}`);
			}
		});

		it(`${sample.kind}: every method not listed fails with MethodNotFound`, () => {
			const value = sample.make();
			// An empty collection of the same kind, so that a name it lacks is not called on its elements.
			const probe = Array.isArray(value) ? (value.splice(0), value) : value;
			const listed = new Set(methodNames(probe).map(n => n.toLowerCase()));
			for (const name of ALL_NAMES.filter(n => !listed.has(n))) {
				assert.equal(failureOf(probe, name, []), 'MethodNotFound', `${sample.kind}.${name}`);
			}
		});
	}

	it('lists properties that read a value', () => {
		const NULLABLE = new Set(['ErrorDetails', 'TargetObject', 'File', 'BaseType']);
		for (const sample of SAMPLES) {
			const value = sample.make();
			// A PSObject's properties are its own entries, whatever their values.
			if (value instanceof PSObject) continue;
			for (const m of listMembers(value).filter(x => x.memberType === 'Property' || x.memberType === 'AliasProperty')) {
				if (NULLABLE.has(m.name)) continue;
				assert.notEqual(getMember(value, m.name), null, `${sample.kind}.${m.name}`);
			}
		}
	});

	it('marks accessors hidden and lists what the old catalog missed', () => {
		const names = (value: unknown): string[] => listMembers(value).map(m => m.name);
		assert.ok(listMembers('x').filter(m => m.hidden).every(m => /^get_|^set_/.test(m.name)));
		assert.ok(['get_Chars', 'get_Length', 'Chars', 'Length'].every(n => names('x').includes(n)));
		assert.ok(['Insert', 'RemoveAt', 'get_Item', 'set_Item'].every(n => names(table(true)).includes(n)));
		assert.ok(!names(table()).includes('Insert'));
		assert.ok(['LastIndexOf', 'ToArray'].every(n => names([1]).includes(n)));
		assert.ok(names(new PSRegex('a', '')).includes('Matches'));
		assert.ok(names(new StringBuilder()).includes('AppendLine'));
		assert.ok(names(new PSType('System.String')).includes('FullName'));
		assert.ok(names(invokeMethod(new PSRegex('a', ''), 'Match', ['a'])).includes('NextMatch'));
		assert.deepEqual(listMembers(null), []);
	});
});
