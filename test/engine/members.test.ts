import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
	StringBuilder, createInstance, exceptionInfo, exceptionOf, getMember, getStaticMember, invokeMethod, invokeStaticMethod, setMember,
} from '../../src/engine/members.ts';
import {toStr} from '../../src/engine/convert.ts';
import {ErrorRecord, PSError} from '../../src/engine/errors.ts';
import {PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, ScriptBlock} from '../../src/engine/values.ts';
import {PSType, typeNameOf} from '../../src/engine/types.ts';
import {PSRegex} from '../../src/engine/regex.ts';
import type {ScriptBlockAst} from '../../src/language/ast.ts';

function error(fn: () => unknown): PSError {
	try {
		fn();
	} catch (caught) {
		if (caught instanceof PSError) return caught;
		throw caught;
	}
	throw new assert.AssertionError({message: 'expected a PSError'});
}

const call = (target: unknown, name: string, ...args: unknown[]): unknown => invokeMethod(target, name, args);
const block = new ScriptBlock({kind: 'ScriptBlock', attributes: [], text: '$_', extent: {start: 0, end: 2}} as ScriptBlockAst, '{$_}');
/** A stand-in evaluator: the block doubles numbers and is true for even ones. */
const ctx = {invoke: (_: ScriptBlock, item?: unknown) => [typeof item === 'number' ? item * 2 : item]};
const asyncCtx = {invoke: async (_: ScriptBlock, item?: unknown) => [item]};
const table = (entries: [unknown, unknown][]): PSHashtable => {
	const t = new PSHashtable();
	for (const [k, v] of entries) t.set(k, v);
	return t;
};
const date = new PSDateTime(Date.UTC(2024, 0, 31, 10, 30, 15, 250));

describe('properties', () => {
	it('custom objects: case-insensitive, missing is $null, Count is 1', () => {
		const o = new PSObject(undefined, {Name: 'x'});
		assert.equal(getMember(o, 'name'), 'x');
		assert.equal(getMember(o, 'Missing'), null);
		assert.equal(getMember(o, 'Count'), 1);
	});
	it('hashtables: keys first, then Keys, Values, Count', () => {
		const t = table([['a', 1], ['Count', 'mine']]);
		assert.equal(getMember(t, 'A'), 1);
		assert.equal(getMember(t, 'count'), 'mine');
		assert.deepEqual(getMember(table([['a', 1]]), 'Keys'), ['a']);
		assert.deepEqual(getMember(table([['a', 1]]), 'Values'), [1]);
		assert.equal(getMember(table([['a', 1]]), 'Count'), 1);
		assert.equal(getMember(t, 'nope'), null);
	});
	it('strings, scalars and $null', () => {
		assert.equal(getMember('abc', 'Length'), 3);
		assert.equal(getMember('abc', 'Count'), 1);
		assert.equal(getMember(5, 'Count'), 1);
		assert.equal(getMember(null, 'Count'), 0);
		assert.equal(getMember(null, 'Anything'), null);
	});
	it('arrays: Count/Length/Rank, then member enumeration', () => {
		const items = [new PSObject(undefined, {Name: 'a', Tags: [1, 2]}), null, new PSObject(undefined, {Name: 'b', Tags: [3]}), new PSObject(undefined, {Other: 1})];
		assert.equal(getMember(items, 'Count'), 4);
		assert.equal(getMember(items, 'Rank'), 1);
		assert.deepEqual(getMember(items, 'Name'), ['a', 'b']);
		assert.deepEqual(getMember(items, 'Tags'), [1, 2, 3]);
		assert.equal(getMember([items[0]], 'Name'), 'a');
		assert.equal(getMember([], 'Name'), null);
		assert.deepEqual(getMember([table([['k', 1]]), table([['k', 2]])], 'k'), [1, 2]);
		assert.deepEqual(getMember(['ab', 'c'], 'Length'), 2);
	});
	it('dates', () => {
		assert.deepEqual(['Year', 'Month', 'Day', 'Hour', 'Minute', 'Second', 'Millisecond'].map(p => getMember(date, p)), [2024, 1, 31, 10, 30, 15, 250]);
		assert.equal(getMember(date, 'DayOfWeek'), 'Wednesday');
		assert.equal(getMember(date, 'DayOfYear'), 31);
		assert.equal(toStr(getMember(date, 'Date')), '01/31/2024 00:00:00');
		assert.equal(toStr(getMember(date, 'TimeOfDay')), '10:30:15.2500000');
		assert.equal(getMember(date, 'Ticks'), 638422938152500000);
		assert.equal(getMember(date, 'Kind'), 'Local');
	});
	it('time spans', () => {
		const value = PSTimeSpan.from(1, 2, 3, 4, 5);
		assert.deepEqual(['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'].map(p => getMember(value, p)), [1, 2, 3, 4, 5]);
		assert.equal(getMember(PSTimeSpan.from(0, 36), 'TotalDays'), 1.5);
		assert.equal(getMember(PSTimeSpan.from(0, 0, 90), 'TotalHours'), 1.5);
		assert.equal(getMember(new PSTimeSpan(-90_000), 'Minutes'), -1);
		assert.equal(getMember(new PSTimeSpan(1), 'Ticks'), 10_000);
	});
	it('error records', () => {
		const record = new ErrorRecord({message: 'boom', category: 'ObjectNotFound', id: 'NotThere', target: 'X', commandName: 'Get-Thing', exceptionType: 'ItemNotFoundException'});
		const exception = getMember(record, 'Exception');
		assert.equal(getMember(exception, 'Message'), 'boom');
		assert.equal(exceptionOf(record), exception);
		assert.equal(toStr(getMember(call(exception, 'GetType'), 'FullName')), 'System.Management.Automation.ItemNotFoundException');
		assert.equal(getMember(record, 'FullyQualifiedErrorId'), 'NotThere,Get-Thing');
		assert.equal(getMember(record, 'TargetObject'), 'X');
		const info = getMember(record, 'CategoryInfo');
		assert.equal(getMember(info, 'Category'), 'ObjectNotFound');
		assert.equal(getMember(info, 'Reason'), 'ItemNotFoundException');
		assert.equal(toStr(info), 'ObjectNotFound: (X:String) [Get-Thing], ItemNotFoundException');
		assert.equal(getMember(record, 'ScriptStackTrace'), '');
		const positioned = new ErrorRecord({message: 'x', position: {source: 'a\n  bad thing\n', extent: {start: 4, end: 7}}});
		const invocation = getMember(positioned, 'InvocationInfo');
		assert.equal(getMember(invocation, 'ScriptLineNumber'), 2);
		assert.equal(getMember(invocation, 'OffsetInLine'), 3);
		assert.equal(getMember(invocation, 'Line'), '  bad thing');
	});
	it('types and regexes', () => {
		assert.equal(getMember(new PSType('System.Int32'), 'Name'), 'Int32');
		assert.equal(getMember(new PSType('System.Int32'), 'FullName'), 'System.Int32');
		assert.equal(getMember(new PSRegex('x', 'im'), 'Options'), 'IgnoreCase, Multiline');
	});
});

describe('setMember', () => {
	it('sets existing properties and any hashtable key', () => {
		const o = new PSObject(undefined, {a: 1});
		setMember(o, 'A', 2);
		assert.equal(o.get('a'), 2);
		const t = new PSHashtable();
		setMember(t, 'k', 1);
		assert.equal(t.get('K'), 1);
	});
	it('a new property on a custom object is an error, as are read-only ones', () => {
		const e = error(() => setMember(new PSObject(), 'newProp', 1));
		assert.equal(e.message, "The property 'newProp' cannot be found on this object. Verify that the property exists and can be set.");
		assert.equal(e.record.category, 'InvalidOperation');
		assert.equal(error(() => setMember('abc', 'Length', 1)).message, "'Length' is a ReadOnly property.");
		assert.match(error(() => setMember(null, 'x', 1)).message, /cannot be found on this object/);
		assert.match(error(() => setMember([1], 'x', 1)).message, /cannot be found on this object/);
	});
});

describe('string methods', () => {
	it('case, trimming, padding', () => {
		assert.equal(call('Abc', 'ToUpper'), 'ABC');
		assert.equal(call('Abc', 'tolower'), 'abc');
		assert.equal(call('  x  ', 'Trim'), 'x');
		assert.equal(call('xxhixx', 'Trim', 'x'), 'hi');
		assert.equal(call('-_a_-', 'Trim', ['-', '_']), 'a');
		assert.equal(call('..a..', 'TrimStart', '.'), 'a..');
		assert.equal(call('..a..', 'TrimEnd', '.'), '..a');
		assert.equal(call('5', 'PadLeft', 3, '0'), '005');
		assert.equal(call('5', 'PadRight', 3), '5  ');
	});
	it('Split is literal, not a regex', () => {
		assert.deepEqual(call('a.b.c', 'Split', '.'), ['a', 'b', 'c']);
		assert.deepEqual(call('a--b', 'Split', '--'), ['a', 'b']);
		assert.deepEqual(call('a,b;c', 'Split', [',', ';']), ['a', 'b', 'c']);
		assert.deepEqual(call('a b  c', 'Split'), ['a', 'b', '', 'c']);
		assert.deepEqual(call('a,b,c', 'Split', ',', 2), ['a', 'b,c']);
		assert.deepEqual(call('a,,b', 'Split', ',', 'RemoveEmptyEntries'), ['a', 'b']);
		assert.deepEqual(call('a, b', 'Split', ',', 'TrimEntries'), ['a', 'b']);
		assert.deepEqual(call('abc', 'Split', ','), ['abc']);
	});
	it('searching', () => {
		assert.equal(call('Hello', 'Contains', 'ell'), true);
		assert.equal(call('Hello', 'Contains', 'ELL'), false);
		assert.equal(call('Hello', 'Contains', 'ELL', 'OrdinalIgnoreCase'), true);
		assert.equal(call('Hello', 'StartsWith', 'He'), true);
		assert.equal(call('Hello', 'StartsWith', 'he'), false);
		assert.equal(call('Hello', 'EndsWith', 'LO', 'CurrentCultureIgnoreCase'), true);
		assert.equal(call('Hello', 'IndexOf', 'l'), 2);
		assert.equal(call('Hello', 'IndexOf', 'l', 3), 3);
		assert.equal(call('Hello', 'IndexOf', 'z'), -1);
		assert.equal(call('Hello', 'LastIndexOf', 'l'), 3);
		assert.equal(call('Hello', 'LastIndexOf', 'l', 2), 2);
		assert.equal(call('Hello', 'IndexOfAny', ['x', 'l']), 2);
	});
	it('Replace is literal and case-sensitive', () => {
		assert.equal(call('a.b.c', 'Replace', '.', '-'), 'a-b-c');
		assert.equal(call('aAa', 'Replace', 'a', 'x'), 'xAx');
		assert.equal(call('aAa', 'Replace', 'a', 'x', 'OrdinalIgnoreCase'), 'xxx');
		assert.equal(call('a$1', 'Replace', '$1', 'z'), 'az');
		assert.match(error(() => call('a', 'Replace', '', 'x')).message, /String cannot be of zero length/);
	});
	it('Substring, Insert, Remove and their errors', () => {
		assert.equal(call('Hello', 'Substring', 1), 'ello');
		assert.equal(call('Hello', 'Substring', 1, 3), 'ell');
		assert.equal(call('Hello', 'Substring', '1'), 'ello');
		assert.equal(call('Hello', 'Insert', 5, '!'), 'Hello!');
		assert.equal(call('Hello', 'Remove', 1, 2), 'Hlo');
		assert.equal(call('Hello', 'Remove', 2), 'He');
		const e = error(() => call('Hello', 'Substring', 10));
		assert.equal(e.message, 'Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter \'startIndex\')"');
		assert.equal(e.record.exceptionType, 'MethodInvocationException');
		assert.match(error(() => call('Hello', 'Substring', 2, 9)).message, /Index and length must refer to a location within the string/);
		assert.equal(error(() => call('Hello', 'Substring', 'x')).record.errorId, 'MethodArgumentConversionInvalidCastArgument');
	});
	it('the rest: ToCharArray, Equals, CompareTo, ToString, GetType', () => {
		assert.deepEqual(call('ab', 'ToCharArray'), ['a', 'b']);
		assert.equal(call('a', 'Equals', 'a'), true);
		assert.equal(call('a', 'Equals', 'A'), false);
		assert.equal(call('a', 'Equals', 'A', 'OrdinalIgnoreCase'), true);
		assert.equal(call('a', 'CompareTo', 'b'), -1);
		assert.equal(call('x', 'ToString'), 'x');
		assert.equal(getMember(call('x', 'GetType'), 'Name'), 'String');
	});
	it('unknown methods, wrong counts, $null targets', () => {
		const missing = error(() => call('Hello', 'Foo'));
		assert.equal(missing.message, "Method invocation failed because [System.String] does not contain a method named 'Foo'.");
		assert.equal(missing.record.errorId, 'MethodNotFound');
		assert.equal(missing.record.category, 'InvalidOperation');
		const count = error(() => call('Hello', 'Substring', 1, 2, 3));
		assert.equal(count.message, 'Cannot find an overload for "Substring" and the argument count: "3".');
		assert.equal(count.record.errorId, 'MethodCountCouldNotFindBest');
		const onNull = error(() => call(null, 'Foo'));
		assert.equal(onNull.message, 'You cannot call a method on a null-valued expression.');
		assert.equal(onNull.record.errorId, 'InvokeMethodOnNull');
		assert.equal(error(() => call(PSObject.from('Scpsh.ScpStatus', {}), 'Nope')).message, "Method invocation failed because [Scpsh.ScpStatus] does not contain a method named 'Nope'.");
	});
});

describe('number, boolean and guid methods', () => {
	it('ToString with and without a format', () => {
		assert.equal(call(1234.5, 'ToString', 'N2'), '1,234.50');
		assert.equal(call(0.1 + 0.2, 'ToString'), '0.30000000000000004');
		assert.equal(call(255, 'ToString', 'X4'), '00FF');
		assert.equal(call(7, 'ToString', 'D3'), '007');
		assert.match(error(() => call(1.5, 'ToString', 'D')).message, /Exception calling "ToString" with "1" argument\(s\): "Format specifier was invalid."/);
		assert.equal(call(true, 'ToString'), 'True');
	});
	it('CompareTo and Equals', () => {
		assert.equal(call(5, 'CompareTo', 3), 1);
		assert.equal(call(5, 'Equals', 5), true);
		assert.equal(call(5, 'Equals', '5'), false);
	});
	it('guids', () => {
		const guid = new PSGuid('0f8fad5b-d9cb-469f-a165-70867728950e');
		assert.equal(call(guid, 'ToString'), '0f8fad5b-d9cb-469f-a165-70867728950e');
		assert.equal(call(guid, 'ToString', 'N'), '0f8fad5bd9cb469fa16570867728950e');
		assert.equal(call(guid, 'ToString', 'B'), '{0f8fad5b-d9cb-469f-a165-70867728950e}');
	});
});

describe('date and time span methods', () => {
	it('Add* methods', () => {
		assert.equal(toStr(call(date, 'AddDays', 1.5)), '02/01/2024 22:30:15');
		assert.equal(toStr(call(date, 'AddHours', -10.5)), '01/31/2024 00:00:15');
		assert.equal(toStr(call(date, 'AddMinutes', 30)), '01/31/2024 11:00:15');
		assert.equal(toStr(call(date, 'AddSeconds', 45)), '01/31/2024 10:31:00');
		assert.equal(getMember(call(date, 'AddMilliseconds', 750), 'Second'), 16);
		assert.equal(toStr(call(date, 'AddMonths', 1)), '02/29/2024 10:30:15');
		assert.equal(toStr(call(date, 'AddMonths', -2)), '11/30/2023 10:30:15');
		assert.equal(toStr(call(date, 'AddYears', 1)), '01/31/2025 10:30:15');
		assert.equal(toStr(call(date, 'Add', PSTimeSpan.from(1))), '02/01/2024 10:30:15');
	});
	it('Subtract a date or a span', () => {
		const start = new PSDateTime(Date.UTC(2024, 0, 1));
		assert.equal(getMember(call(date, 'Subtract', start), 'Days'), 30);
		assert.equal(toStr(call(date, 'Subtract', PSTimeSpan.from(0, 10))), '01/31/2024 00:30:15');
	});
	it('ToString and friends (en-US), and the identity time-zone conversions', () => {
		assert.equal(call(date, 'ToString'), '1/31/2024 10:30:15 AM');
		assert.equal(call(date, 'ToString', 'yyyy-MM-dd HH:mm:ss'), '2024-01-31 10:30:15');
		assert.equal(call(date, 'ToString', 'o'), '2024-01-31T10:30:15.2500000+00:00');
		assert.equal(call(date, 'ToShortDateString'), '1/31/2024');
		assert.equal(call(date, 'ToLongTimeString'), '10:30:15 AM');
		assert.equal(call(date, 'ToString', 'G', getStaticMember('cultureinfo', 'InvariantCulture')), '01/31/2024 10:30:15');
		assert.equal(call(date, 'ToUniversalTime'), date);
		assert.equal(call(date, 'ToLocalTime'), date);
		assert.equal(call(date, 'CompareTo', new PSDateTime(0)), 1);
		assert.equal(call(date, 'Equals', new PSDateTime(date.ms)), true);
	});
	it('time spans', () => {
		const value = PSTimeSpan.from(0, 1, 30);
		assert.equal(toStr(call(value, 'Add', PSTimeSpan.from(0, 0, 30))), '02:00:00');
		assert.equal(toStr(call(value, 'Subtract', PSTimeSpan.from(0, 2))), '-00:30:00');
		assert.equal(toStr(call(value, 'Negate')), '-01:30:00');
		assert.equal(call(value, 'ToString'), '01:30:00');
		assert.equal(call(value, 'ToString', 'hh\\:mm'), '01:30');
		assert.equal(call(value, 'CompareTo', PSTimeSpan.from(0, 2)), -1);
	});
});

describe('array, list and hashtable methods', () => {
	it('Contains and IndexOf compare as .NET does (exact text)', () => {
		assert.equal(call([1, 2, 3], 'Contains', 2), true);
		assert.equal(call(['a'], 'Contains', 'A'), false);
		assert.equal(call(['a', 'b'], 'IndexOf', 'b'), 1);
		assert.equal(call([1, 2], 'ToString'), 'System.Object[]');
		assert.equal(getMember(call([1], 'GetType'), 'FullName'), 'System.Object[]');
	});
	it('ForEach and Where run the script block through the context', () => {
		assert.deepEqual(invokeMethod([1, 2, 3], 'ForEach', [block], ctx), [2, 4, 6]);
		assert.deepEqual(invokeMethod([new PSObject(undefined, {N: 1}), new PSObject(undefined, {N: 2})], 'ForEach', ['N']), [1, 2]);
		assert.deepEqual(invokeMethod(['ab', 'cd'], 'ForEach', ['Substring', 1]), ['b', 'd']);
		assert.deepEqual(invokeMethod(['ab', 'c'], 'ForEach', ['Length']), [2, 1]);
		assert.deepEqual(invokeMethod(['1', '2'], 'ForEach', [new PSType('System.Int32')]), [1, 2]);
		const evens = {invoke: (_: ScriptBlock, item?: unknown) => [(item as number) % 2 === 0]};
		assert.deepEqual(invokeMethod([1, 2, 3, 4], 'Where', [block], evens), [2, 4]);
		assert.deepEqual(invokeMethod([1, 2, 3, 4], 'Where', [block, 'First'], evens), [2]);
		assert.deepEqual(invokeMethod([1, 2, 3, 4], 'Where', [block, 'Last'], evens), [4]);
		assert.deepEqual(invokeMethod([1, 2, 3, 4], 'Where', [block, 'SkipUntil'], evens), [2, 3, 4]);
		assert.deepEqual(invokeMethod([1, 2, 3, 4], 'Where', [block, 'Until'], evens), [1]);
		assert.deepEqual(invokeMethod([1, 2, 3, 4], 'Where', [block, 'Split'], evens), [[2, 4], [1, 3]]);
		assert.deepEqual(invokeMethod([1, 2, 3, 4], 'Where', [block, 'Default', 1], evens), [2]);
	});
	it('ForEach returns a promise when the block runner is async', async () => {
		const result = invokeMethod([1, 2], 'ForEach', [block], asyncCtx);
		assert.ok(result instanceof Promise);
		assert.deepEqual(await result, [1, 2]);
	});
	it('a method the array lacks is called on each element', () => {
		assert.deepEqual(call(['a', 'b'], 'ToUpper'), ['A', 'B']);
		assert.deepEqual(call([' a', 'b '], 'Trim'), ['a', 'b']);
	});
	it('arrays are fixed size; ArrayList and List[T] are not', () => {
		assert.match(error(() => call([1], 'Add', 2)).message, /Exception calling "Add" with "1" argument\(s\): "Collection was of a fixed size\."/);
		const list = createInstance('System.Collections.ArrayList', []) as unknown[];
		assert.equal(call(list, 'Add', 'x'), 0);
		assert.equal(call(list, 'Add', 'y'), 1);
		call(list, 'Remove', 'x');
		call(list, 'Insert', 0, 'w');
		assert.deepEqual([...list], ['w', 'y']);
		assert.equal(typeNameOf(list), 'System.Collections.ArrayList');
		const generic = createInstance('System.Collections.Generic.List[string]', []) as unknown[];
		assert.equal(call(generic, 'Add', 'a'), undefined);
		assert.equal(getMember(generic, 'Count'), 1);
	});
	it('hashtables', () => {
		const t = table([['a', 1]]);
		assert.equal(call(t, 'ContainsKey', 'A'), true);
		assert.equal(call(t, 'ContainsValue', 1), true);
		call(t, 'Add', 'b', 2);
		const dup = error(() => call(t, 'Add', 'A', 3));
		assert.equal(dup.message, 'Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: \'A\'  Key being added: \'A\'"');
		const entries = call(t, 'GetEnumerator') as PSObject[];
		assert.deepEqual(entries.map(e => [e.get('Key'), e.get('Value'), e.get('Name')]), [['a', 1, 'a'], ['b', 2, 'b']]);
		const copy = call(t, 'Clone') as PSHashtable;
		call(t, 'Remove', 'a');
		assert.equal(t.has('a'), false);
		assert.equal(copy.has('a'), true);
		call(t, 'Clear');
		assert.equal(t.size, 0);
	});
});

describe('regex and script block methods', () => {
	it('[regex] instances and Match objects', () => {
		const regex = new PSRegex('(?<d>\\d)(\\d)');
		const match = call(regex, 'Match', 'ab12cd34') as PSObject;
		assert.equal(match.get('Success'), true);
		assert.equal(match.get('Value'), '12');
		assert.equal(match.get('Index'), 2);
		assert.equal(toStr(match), '12');
		const groups = match.get('Groups') as PSHashtable;
		assert.equal((groups.get('d') as PSObject).get('Value'), '1');
		assert.equal((groups.get(1) as PSObject).get('Value'), '2');
		assert.equal((groups.get(2) as PSObject).get('Index'), 2);
		assert.equal(toStr(call(match, 'NextMatch')), '34');
		assert.deepEqual((call(regex, 'Matches', 'a12b34') as PSObject[]).map(m => toStr(m)), ['12', '34']);
		assert.equal(call(regex, 'IsMatch', 'x'), false);
		assert.equal(call(regex, 'Replace', 'a12', '$1$2'), 'a21');
		assert.deepEqual(call(regex, 'GetGroupNames'), ['0', '1', 'd']);
	});
	it('ScriptBlock.Invoke goes through the context', () => {
		assert.deepEqual(invokeMethod(block, 'Invoke', [1], {invoke: (_b, _u, args) => [args?.length]}), [1]);
		assert.equal(invokeMethod(block, 'InvokeReturnAsIs', [], {invoke: () => ['x']}), 'x');
		assert.equal(call(block, 'ToString'), '$_');
	});
});

describe('static members', () => {
	it('numeric limits and constants', () => {
		assert.equal(getStaticMember('int', 'MaxValue'), 2147483647);
		assert.equal(getStaticMember('System.Int32', 'minvalue'), -2147483648);
		assert.equal(getStaticMember('long', 'MaxValue'), 9223372036854775807);
		assert.equal(getStaticMember('double', 'MaxValue'), Number.MAX_VALUE);
		assert.equal(getStaticMember('string', 'Empty'), '');
		assert.equal(getStaticMember('Math', 'PI'), Math.PI);
		assert.equal(getStaticMember('Math', 'E'), Math.E);
		assert.equal(getStaticMember('Environment', 'NewLine'), '\n');
		assert.equal(getStaticMember('int', 'Nope'), null);
		assert.equal(getStaticMember('StringComparison', 'ordinalignorecase'), 'OrdinalIgnoreCase');
		assert.equal(getStaticMember('System.Text.RegularExpressions.RegexOptions', 'IgnoreCase'), 1);
		assert.equal(getStaticMember(new PSType('System.DayOfWeek'), 'Monday'), 'Monday');
	});
	it('[datetime] and [timespan] members', () => {
		const current = new PSDateTime(Date.UTC(2026, 10, 26, 14, 33, 26));
		assert.equal(getStaticMember('datetime', 'Now', {now: () => current}), current);
		assert.equal(toStr(getStaticMember('datetime', 'Today', {now: () => current})), '11/26/2026 00:00:00');
		assert.equal(toStr(getStaticMember('datetime', 'MinValue')), '01/01/0001 00:00:00');
		assert.equal(toStr(getStaticMember('timespan', 'Zero')), '00:00:00');
		assert.equal(toStr(getStaticMember('guid', 'Empty')), '00000000-0000-0000-0000-000000000000');
	});
	it('unknown types', () => {
		assert.equal(error(() => getStaticMember('NoSuchType', 'X')).message, 'Unable to find type [NoSuchType].');
	});
});

describe('static methods', () => {
	it('[string]', () => {
		assert.equal(invokeStaticMethod('string', 'IsNullOrEmpty', ['']), true);
		assert.equal(invokeStaticMethod('string', 'IsNullOrEmpty', [null]), true);
		assert.equal(invokeStaticMethod('string', 'IsNullOrWhiteSpace', [' ']), true);
		assert.equal(invokeStaticMethod('string', 'Join', [', ', [1, 2, 3]]), '1, 2, 3');
		assert.equal(invokeStaticMethod('string', 'Join', ['-', 'a', 'b']), 'a-b');
		assert.equal(invokeStaticMethod('string', 'Format', ['{0}:{1:N1}', 'x', 2]), 'x:2.0');
		assert.equal(invokeStaticMethod('string', 'Concat', ['a', 1]), 'a1');
		assert.equal(invokeStaticMethod('string', 'Compare', ['a', 'B', true]), -1);
	});
	it('[Math]: banker’s rounding by default', () => {
		assert.equal(invokeStaticMethod('Math', 'Round', [2.5]), 2);
		assert.equal(invokeStaticMethod('Math', 'Round', [3.5]), 4);
		assert.equal(invokeStaticMethod('Math', 'Round', [-2.5]), -2);
		assert.equal(invokeStaticMethod('Math', 'Round', [1.2345, 2]), 1.23);
		assert.equal(invokeStaticMethod('Math', 'Round', [2.5, 'AwayFromZero']), 3);
		assert.equal(invokeStaticMethod('Math', 'Round', [2.25, 1, 'AwayFromZero']), 2.3);
		assert.equal(invokeStaticMethod('Math', 'Floor', [-1.5]), -2);
		assert.equal(invokeStaticMethod('Math', 'Ceiling', [1.2]), 2);
		assert.equal(invokeStaticMethod('Math', 'Truncate', [-1.7]), -1);
		assert.equal(invokeStaticMethod('Math', 'Abs', [-3]), 3);
		assert.equal(invokeStaticMethod('Math', 'Max', [1, 2.5]), 2.5);
		assert.equal(invokeStaticMethod('Math', 'Min', ['3', 2]), 2);
		assert.equal(invokeStaticMethod('Math', 'Pow', [2, 10]), 1024);
		assert.equal(invokeStaticMethod('Math', 'Sqrt', [16]), 4);
		assert.equal(error(() => invokeStaticMethod('Math', 'Nope', [])).message, "Method invocation failed because [System.Math] does not contain a method named 'Nope'.");
		assert.equal(error(() => invokeStaticMethod('Math', 'Pow', [1])).message, 'Cannot find an overload for "Pow" and the argument count: "1".');
	});
	it('[datetime] and [timespan]', () => {
		assert.equal(toStr(invokeStaticMethod('datetime', 'Parse', ['2024-11-26 10:00'])), '11/26/2024 10:00:00');
		assert.equal(toStr(invokeStaticMethod('datetime', 'ParseExact', ['26/11/2024', 'dd/MM/yyyy', null])), '11/26/2024 00:00:00');
		assert.match(error(() => invokeStaticMethod('datetime', 'Parse', ['x'])).message, /"String 'x' was not recognized as a valid DateTime\."/);
		assert.equal(invokeStaticMethod('datetime', 'DaysInMonth', [2024, 2]), 29);
		assert.equal(invokeStaticMethod('datetime', 'IsLeapYear', [2023]), false);
		assert.equal(toStr(invokeStaticMethod('timespan', 'FromSeconds', [90])), '00:01:30');
		assert.equal(toStr(invokeStaticMethod('timespan', 'FromMinutes', [1.5])), '00:01:30');
		assert.equal(toStr(invokeStaticMethod('timespan', 'FromHours', [25])), '1.01:00:00');
		assert.equal(toStr(invokeStaticMethod('timespan', 'FromDays', [0.5])), '12:00:00');
		assert.equal(toStr(invokeStaticMethod('timespan', 'Parse', ['1.02:03:04'])), '1.02:03:04');
	});
	it('[guid]: NewGuid is deterministic given the context’s random source', () => {
		let state = 0;
		const random = (): number => ((state = (state + 0.37) % 1));
		const a = invokeStaticMethod('guid', 'NewGuid', [], {random}) as PSGuid;
		assert.match(a.value, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		state = 0;
		assert.equal((invokeStaticMethod('guid', 'NewGuid', [], {random}) as PSGuid).value, a.value);
		assert.equal(toStr(invokeStaticMethod('guid', 'Parse', ['0F8FAD5B-D9CB-469F-A165-70867728950E'])), '0f8fad5b-d9cb-469f-a165-70867728950e');
		assert.match(error(() => invokeStaticMethod('guid', 'Parse', ['x'])).message, /Unrecognized Guid format/);
	});
	it('[regex]', () => {
		assert.equal(invokeStaticMethod('regex', 'Escape', ['a.b*c']), 'a\\.b\\*c');
		assert.equal(invokeStaticMethod('regex', 'IsMatch', ['abc', 'B', 'IgnoreCase']), true);
		assert.equal(invokeStaticMethod('regex', 'Replace', ['aaa', 'a', 'b']), 'bbb');
		assert.deepEqual(invokeStaticMethod('regex', 'Split', ['a1b2c', '\\d']), ['a', 'b', 'c']);
		assert.equal(toStr(invokeStaticMethod('regex', 'Match', ['abc123', '\\d+'])), '123');
		assert.deepEqual((invokeStaticMethod('regex', 'Matches', ['a1b2', '\\d']) as unknown[]).map(m => toStr(m)), ['1', '2']);
		assert.match(error(() => invokeStaticMethod('regex', 'Match', ['a', '('])).message, /Not enough \)'s/);
	});
	it('[IO.Path] on Windows paths', () => {
		assert.equal(invokeStaticMethod('IO.Path', 'Combine', ['C:\\a', 'b', 'c.txt']), 'C:\\a\\b\\c.txt');
		assert.equal(invokeStaticMethod('System.IO.Path', 'Combine', ['C:\\a\\', 'b']), 'C:\\a\\b');
		assert.equal(invokeStaticMethod('System.IO.Path', 'Combine', ['C:\\a', 'D:\\b']), 'D:\\b');
		assert.equal(invokeStaticMethod('System.IO.Path', 'GetFileName', ['C:\\a\\b.txt']), 'b.txt');
		assert.equal(invokeStaticMethod('System.IO.Path', 'GetFileNameWithoutExtension', ['C:\\a\\b.tar.gz']), 'b.tar');
		assert.equal(invokeStaticMethod('System.IO.Path', 'GetExtension', ['C:\\a\\b.txt']), '.txt');
		assert.equal(invokeStaticMethod('System.IO.Path', 'GetExtension', ['C:\\a.d\\b']), '');
		assert.equal(invokeStaticMethod('System.IO.Path', 'GetDirectoryName', ['C:\\a\\b.txt']), 'C:\\a');
		assert.equal(invokeStaticMethod('System.IO.Path', 'GetDirectoryName', ['C:\\b.txt']), 'C:\\');
		assert.equal(invokeStaticMethod('System.IO.Path', 'ChangeExtension', ['a.txt', 'log']), 'a.log');
	});
	it('parsing, [char], [convert], [array], [enum]', () => {
		assert.equal(invokeStaticMethod('int', 'Parse', ['42']), 42);
		assert.match(error(() => invokeStaticMethod('int', 'Parse', ['4x'])).message, /The input string '4x' was not in a correct format/);
		assert.equal(invokeStaticMethod('double', 'Parse', ['1.5']), 1.5);
		assert.equal(invokeStaticMethod('bool', 'Parse', ['TRUE']), true);
		assert.equal(invokeStaticMethod('char', 'IsDigit', ['5']), true);
		assert.equal(invokeStaticMethod('char', 'IsLetter', ['5']), false);
		assert.equal(invokeStaticMethod('Convert', 'ToInt32', ['ff', 16]), 255);
		assert.equal(invokeStaticMethod('Convert', 'ToString', [255, 2]), '11111111');
		assert.equal(invokeStaticMethod('Convert', 'ToInt32', ['12']), 12);
		const items = [3, 1, 2];
		invokeStaticMethod('array', 'Sort', [items]);
		assert.deepEqual(items, [1, 2, 3]);
		invokeStaticMethod('array', 'Reverse', [items]);
		assert.deepEqual(items, [3, 2, 1]);
		assert.equal(invokeStaticMethod('array', 'IndexOf', [items, 2]), 1);
		assert.deepEqual(invokeStaticMethod('enum', 'GetNames', [new PSType('System.DayOfWeek')]), ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
	});
});

describe('construction', () => {
	it('[Type]::new and New-Object', () => {
		assert.equal(toStr(invokeStaticMethod('datetime', 'new', [2024, 2, 29, 13, 5, 0])), '02/29/2024 13:05:00');
		assert.match(error(() => createInstance('datetime', [2023, 2, 29])).message, /un-representable DateTime/);
		assert.equal(toStr(createInstance('timespan', [1, 2, 3])), '01:02:03');
		assert.equal(toStr(createInstance('timespan', [1, 2, 3, 4])), '1.02:03:04');
		assert.ok(createInstance('hashtable', []) instanceof PSHashtable);
		assert.equal((createInstance('ordered', []) as PSHashtable).ordered, true);
		assert.ok(createInstance('pscustomobject', []) instanceof PSObject);
		assert.equal(createInstance('string', ['-', 3]), '---');
		assert.ok(createInstance('regex', ['\\d', 'IgnoreCase']) instanceof PSRegex);
		assert.equal(error(() => createInstance('Math', [])).message, "Method invocation failed because [System.Math] does not contain a method named 'new'.");
	});
	it('exceptions for throw, StringBuilder', () => {
		const exception = createInstance('System.InvalidOperationException', ['bad state']);
		assert.deepEqual(exceptionInfo(exception), {typeName: 'System.InvalidOperationException', message: 'bad state'});
		assert.equal(toStr(exception), 'System.InvalidOperationException: bad state');
		assert.equal(exceptionInfo('x'), undefined);
		const builder = createInstance('System.Text.StringBuilder', []) as StringBuilder;
		call(builder, 'Append', 'a');
		call(builder, 'AppendLine', 'b');
		call(builder, 'AppendFormat', '{0}-{1}', 1, 2);
		assert.equal(toStr(builder), 'ab\n1-2');
		assert.equal(getMember(builder, 'Length'), 6);
		assert.equal(typeNameOf(builder), 'System.Text.StringBuilder');
	});
});

describe('the PSObject view', () => {
	it('gives type names and note properties of any value', () => {
		const o = PSObject.from('Scpsh.ScpStatus', {SiteCode: 'PS1', Mode: 'Online'});
		const view = getMember(o, 'PSObject') as PSObject;
		assert.deepEqual(view.get('TypeNames'), ['Scpsh.ScpStatus']);
		assert.deepEqual((view.get('Properties') as PSObject[]).map(p => p.get('Name')), ['SiteCode', 'Mode']);
		assert.equal(view.get('BaseObject'), o);
		assert.deepEqual((getMember('x', 'psobject') as PSObject).get('TypeNames'), ['System.String', 'System.Object']);
	});
});
