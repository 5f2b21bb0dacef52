import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
	asType, convertTo, formatNumber, isInteger, parseGuid, parseNumber, roundHalfEven, roundTripNumber, toBool, toNumber, toStr,
} from '../../src/engine/convert.ts';
import {
	PSType, dotNetObject, exceptionMatches, getType, isOfType, markList, resolveTypeName, typeLiteral, typeNameOf,
} from '../../src/engine/types.ts';
import {ErrorRecord, PSError} from '../../src/engine/errors.ts';
import {PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, ScriptBlock} from '../../src/engine/values.ts';
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

const block = (text: string): ScriptBlock => new ScriptBlock({kind: 'ScriptBlock', attributes: [], text, extent: {start: 0, end: text.length}} as ScriptBlockAst, `{${text}}`);

describe('formatNumber', () => {
	it('prints doubles with up to 15 significant digits', () => {
		assert.equal(formatNumber(Math.sqrt(2.5)), '1.58113883008419');
		assert.equal(formatNumber(30000 / 1024), '29.296875');
		assert.equal(formatNumber(0.1 + 0.2), '0.3');
		assert.equal(formatNumber(1 / 3), '0.333333333333333');
		assert.equal(formatNumber(123456789012345.67), '123456789012346');
	});
	it('uses E notation beyond the Int64 range and from 1E-05 down', () => {
		assert.equal(formatNumber(1e20), '1E+20');
		assert.equal(formatNumber(1e19), '1E+19');
		assert.equal(formatNumber(1.5e15), '1500000000000000');
		assert.equal(formatNumber(1e-5), '1E-05');
		assert.equal(formatNumber(0.0001), '0.0001');
		assert.equal(formatNumber(-1.5e-7), '-1.5E-07');
		assert.equal(formatNumber(1.7976931348623157e308), '1.79769313486232E+308');
	});
	it('prints integers plainly, -0 as 0, and the non-finite values', () => {
		assert.equal(formatNumber(42), '42');
		assert.equal(formatNumber(-2147483648), '-2147483648');
		assert.equal(formatNumber(-0), '0');
		assert.equal(formatNumber(638422938152500000), '638422938152500000');
		assert.equal(formatNumber(9223372036854775807), '9223372036854775807');
		assert.equal(formatNumber(-9223372036854775808), '-9223372036854775808');
		assert.equal(formatNumber(NaN), 'NaN');
		assert.equal(formatNumber(Infinity), 'Infinity');
		assert.equal(formatNumber(-Infinity), '-Infinity');
	});
	it('roundTripNumber is .ToString(): shortest round-trip text', () => {
		assert.equal(roundTripNumber(0.1 + 0.2), '0.30000000000000004');
		assert.equal(roundTripNumber(1.1 * 3), '3.3000000000000003');
		assert.equal(roundTripNumber(1e20), '1E+20');
		assert.equal(roundTripNumber(1e-7), '1E-07');
		assert.equal(roundTripNumber(5), '5');
	});
});

describe('toStr', () => {
	it('scalars', () => {
		assert.equal(toStr(null), '');
		assert.equal(toStr(undefined), '');
		assert.equal(toStr(true), 'True');
		assert.equal(toStr(false), 'False');
		assert.equal(toStr(2.5), '2.5');
		assert.equal(toStr('x'), 'x');
	});
	it('arrays join with spaces (or $OFS); nested collections print as their type', () => {
		assert.equal(toStr([1, 2, 3]), '1 2 3');
		assert.equal(toStr([1, [2, 3], null, 'x']), '1 System.Object[]  x');
		assert.equal(toStr([1, 2], ','), '1,2');
		assert.equal(toStr([]), '');
		assert.equal(toStr([new PSObject(undefined, {a: 1})]), '@{a=1}');
	});
	it('hashtables, custom objects, dates, spans, guids, blocks, errors, types', () => {
		assert.equal(toStr(new PSHashtable()), 'System.Collections.Hashtable');
		assert.equal(toStr(new PSHashtable(true)), 'System.Collections.Specialized.OrderedDictionary');
		assert.equal(toStr(new PSObject(undefined, {a: 1, b: 2})), '@{a=1; b=2}');
		assert.equal(toStr(new PSObject(undefined, {a: [1, 2], b: new PSHashtable(), c: new PSObject(undefined, {x: null})})), '@{a=System.Object[]; b=System.Collections.Hashtable; c=@{x=}}');
		assert.equal(toStr(PSObject.from('Scpsh.ScpStatus', {Mode: 'Online'})), '@{Mode=Online}');
		assert.equal(toStr(new PSObject()), '');
		assert.equal(toStr(new PSDateTime(Date.UTC(2026, 10, 26, 14, 33, 26))), '11/26/2026 14:33:26');
		assert.equal(toStr(PSTimeSpan.from(1, 2, 3, 4)), '1.02:03:04');
		assert.equal(toStr(new PSTimeSpan(-1500)), '-00:00:01.5000000');
		assert.equal(toStr(new PSGuid('0f8fad5b-d9cb-469f-a165-70867728950e')), '0f8fad5b-d9cb-469f-a165-70867728950e');
		assert.equal(toStr(block(' $_ * 2 ')), ' $_ * 2 ');
		assert.equal(toStr(new ErrorRecord({message: 'boom'})), 'boom');
		assert.equal(toStr(new PSType('System.Int32')), 'int');
		assert.equal(toStr(new PSType('System.Object[]')), 'System.Object[]');
		assert.equal(toStr(new PSRegex('\\d+')), '\\d+');
		assert.equal(toStr(dotNetObject('System.Exception', {Message: 'm'}, () => 'System.Exception: m')), 'System.Exception: m');
	});
});

describe('toBool', () => {
	it('follows PowerShell truthiness', () => {
		assert.equal(toBool(''), false);
		assert.equal(toBool('False'), true);
		assert.equal(toBool(' '), true);
		assert.equal(toBool(0), false);
		assert.equal(toBool(0.0001), true);
		assert.equal(toBool(null), false);
		assert.equal(toBool([]), false);
		assert.equal(toBool([0]), false);
		assert.equal(toBool(['']), false);
		assert.equal(toBool([1]), true);
		assert.equal(toBool([0, 0]), true);
		assert.equal(toBool([[]]), false);
		assert.equal(toBool([[0]]), true);
		assert.equal(toBool(new PSHashtable()), true);
		assert.equal(toBool(new PSObject()), true);
	});
});

describe('parseNumber and toNumber', () => {
	it('reads numbers as the tokenizer does', () => {
		assert.equal(parseNumber('0x10'), 16);
		assert.equal(parseNumber(' 12 '), 12);
		assert.equal(parseNumber('1e3'), 1000);
		assert.equal(parseNumber('1kb'), 1024);
		assert.equal(parseNumber('1.5MB'), 1572864);
		assert.equal(parseNumber('0xFFFFFFFF'), -1);
		assert.equal(parseNumber('0b101'), 5);
		assert.equal(parseNumber('-5'), -5);
		assert.equal(parseNumber('+7'), 7);
		assert.equal(parseNumber('.5'), 0.5);
		assert.equal(parseNumber('10l'), 10);
		assert.equal(parseNumber(''), 0);
		assert.equal(parseNumber('   '), 0);
		assert.equal(parseNumber('12abc'), undefined);
		assert.equal(parseNumber('200y'), undefined);
		assert.equal(parseNumber('1,000'), undefined);
	});
	it('toNumber: $null 0, booleans 0/1, errors for text', () => {
		assert.equal(toNumber(null), 0);
		assert.equal(toNumber(true), 1);
		assert.equal(toNumber('42'), 42);
		const e = error(() => toNumber('abc'));
		assert.equal(e.message, 'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."');
		assert.equal(e.record.category, 'InvalidOperation');
	});
	it('roundHalfEven and isInteger', () => {
		assert.deepEqual([0.5, 1.5, 2.5, -2.5, 2.6, -2.4].map(roundHalfEven), [0, 2, 2, -2, 3, -2]);
		assert.equal(isInteger(3), true);
		assert.equal(isInteger(3.5), false);
		assert.equal(isInteger('3'), false);
	});
});

describe('convertTo', () => {
	it('[int] rounds half to even, from numbers and from text', () => {
		assert.equal(convertTo(2.5, 'int'), 2);
		assert.equal(convertTo(3.5, 'int'), 4);
		assert.equal(convertTo(-2.5, 'int'), -2);
		assert.equal(convertTo('2.5', 'int'), 2);
		assert.equal(convertTo(5 / 2, 'int'), 2);
		assert.equal(convertTo(7 / 2, 'int'), 4);
		assert.equal(convertTo('0x10', 'System.Int32'), 16);
		assert.equal(convertTo(' 12 ', 'Int32'), 12);
		assert.equal(convertTo(null, 'int'), 0);
		assert.equal(convertTo(true, 'int'), 1);
		assert.equal(convertTo('', 'int'), 0);
		assert.ok(Object.is(convertTo(-0.4, 'int'), 0));
	});
	it('overflow and bad text are errors with pwsh’s texts', () => {
		const overflow = error(() => convertTo('3000000000', 'int'));
		assert.equal(overflow.message, 'Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."');
		assert.equal(overflow.record.category, 'InvalidArgument');
		assert.equal(error(() => convertTo(3e9, 'int')).message, 'Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."');
		const bad = error(() => convertTo('abc', 'int'));
		assert.equal(bad.message, 'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."');
		assert.equal(bad.record.errorId, 'InvalidCastFromStringToInteger');
		assert.equal(bad.record.exceptionType, 'PSInvalidCastException');
		assert.equal(error(() => convertTo(300, 'byte')).message, 'Cannot convert value "300" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."');
		assert.equal(error(() => convertTo([1], 'int')).message, 'Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".');
	});
	it('other numeric types', () => {
		assert.equal(convertTo('1e3', 'double'), 1000);
		assert.equal(convertTo('Infinity', 'double'), Infinity);
		assert.equal(convertTo('1,000.5', 'double'), 1000.5);
		assert.equal(convertTo(2.5, 'long'), 2);
		assert.equal(convertTo('12', 'decimal'), 12);
		assert.equal(convertTo(1.25, 'single'), 1.25);
		assert.equal(convertTo(1.25, 'float'), 1.25);
	});
	it('[string], [char], [bool], [switch]', () => {
		assert.equal(convertTo(null, 'string'), '');
		assert.equal(convertTo([1, 2], 'System.String'), '1 2');
		assert.equal(convertTo(65, 'char'), 'A');
		assert.equal(convertTo('x', 'char'), 'x');
		assert.match(error(() => convertTo('xy', 'char')).message, /String must be exactly one character long/);
		assert.equal(convertTo('False', 'bool'), true);
		assert.equal(convertTo('', 'boolean'), false);
		assert.equal(convertTo(0, 'bool'), false);
		assert.equal(convertTo(1, 'switch'), true);
	});
	it('[datetime] parses invariant text; $null is MinValue', () => {
		assert.equal((convertTo('2024-11-26', 'datetime') as PSDateTime).ms, Date.UTC(2024, 10, 26));
		assert.equal((convertTo('11/26/2024 10:00', 'DateTime') as PSDateTime).ms, Date.UTC(2024, 10, 26, 10));
		assert.equal((convertTo('2024-11-26T10:00:00', 'System.DateTime') as PSDateTime).ms, Date.UTC(2024, 10, 26, 10));
		assert.equal(toStr(convertTo(null, 'datetime')), '01/01/0001 00:00:00');
		const e = error(() => convertTo('nope', 'datetime'));
		assert.equal(e.message, 'Cannot convert value "nope" to type "System.DateTime". Error: "String \'nope\' was not recognized as a valid DateTime."');
	});
	it('[timespan] from text and from a count of ticks', () => {
		assert.equal((convertTo('1.00:00:00', 'timespan') as PSTimeSpan).ms, 86_400_000);
		assert.equal((convertTo('00:30:00', 'timespan') as PSTimeSpan).ms, 1_800_000);
		assert.equal((convertTo(10_000_000, 'timespan') as PSTimeSpan).ms, 1000);
		assert.match(error(() => convertTo('x', 'timespan')).message, /String 'x' was not recognized as a valid TimeSpan/);
	});
	it('[guid] validates and normalizes', () => {
		assert.equal((convertTo('{0F8FAD5B-D9CB-469F-A165-70867728950E}', 'guid') as PSGuid).value, '0f8fad5b-d9cb-469f-a165-70867728950e');
		assert.equal((convertTo('0f8fad5bd9cb469fa16570867728950e', 'guid') as PSGuid).value, '0f8fad5b-d9cb-469f-a165-70867728950e');
		assert.equal((convertTo(null, 'guid') as PSGuid).value, '00000000-0000-0000-0000-000000000000');
		assert.equal(error(() => convertTo('x', 'guid')).message, 'Cannot convert value "x" to type "System.Guid". Error: "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."');
		assert.equal(parseGuid('0f8fad5b-d9cb469f-a165-70867728950e'), undefined);
	});
	it('arrays: [array] wraps, [int[]] and [string[]] convert each element', () => {
		assert.deepEqual(convertTo(5, 'array'), [5]);
		assert.deepEqual(convertTo(5, 'object[]'), [5]);
		const a = [1, 2];
		assert.equal(convertTo(a, 'object[]'), a);
		assert.deepEqual(convertTo(['1', '2.5'], 'int[]'), [1, 2]);
		assert.deepEqual(convertTo(5, 'string[]'), ['5']);
		assert.deepEqual(convertTo('abc', 'string[]'), ['abc']);
		assert.equal(convertTo(null, 'int[]'), null);
		assert.match(error(() => convertTo(['x'], 'int[]')).message, /Cannot convert value "x" to type "System.Int32"/);
	});
	it('hashtables, ordered, pscustomobject', () => {
		const t = new PSHashtable();
		t.set('b', 1);
		t.set('a', 2);
		const object = convertTo(t, 'pscustomobject') as PSObject;
		assert.ok(object instanceof PSObject);
		assert.deepEqual(object.names(), ['b', 'a']);
		assert.equal(object.typeName, 'System.Management.Automation.PSCustomObject');
		assert.equal(convertTo(object, 'PSCustomObject'), object);
		assert.equal(convertTo(t, 'hashtable'), t);
		const ordered = convertTo(t, 'ordered') as PSHashtable;
		assert.equal(ordered.ordered, true);
		assert.deepEqual(ordered.keys(), ['b', 'a']);
		assert.equal((convertTo(ordered, 'hashtable') as PSHashtable).ordered, false);
		assert.match(error(() => convertTo('x', 'hashtable')).message, /to type "System.Collections.Hashtable"/);
	});
	it('[scriptblock] only from a script block; [regex] compiles; [type] resolves', () => {
		const b = block('1');
		assert.equal(convertTo(b, 'scriptblock'), b);
		assert.equal(error(() => convertTo('Get-Date', 'scriptblock')).message, 'Cannot convert the "Get-Date" value of type "System.String" to type "System.Management.Automation.ScriptBlock".');
		assert.ok(convertTo('\\d', 'regex') instanceof PSRegex);
		assert.match(error(() => convertTo('(', 'regex')).message, /Invalid pattern '\(' at offset 1\. Not enough \)'s\./);
		assert.equal((convertTo('int', 'type') as PSType).fullName, 'System.Int32');
	});
	it('ArrayList and List[T] are tagged copies', () => {
		const list = convertTo([1, 2], 'System.Collections.ArrayList') as unknown[];
		assert.deepEqual([...list], [1, 2]);
		assert.equal(typeNameOf(list), 'System.Collections.ArrayList');
		assert.deepEqual([...(convertTo(['1', '2'], 'System.Collections.Generic.List[int]') as unknown[])], [1, 2]);
	});
	it('unknown types: Unable to find type', () => {
		const e = error(() => convertTo(1, 'nosuchtype'));
		assert.equal(e.message, 'Unable to find type [nosuchtype].');
		assert.equal(e.record.errorId, 'TypeNotFound');
	});
	it('asType gives $null instead of an error', () => {
		assert.equal(asType('x', 'int'), null);
		assert.equal(asType('5', 'int'), 5);
		assert.equal(asType('x', new PSType('System.Guid')), null);
	});
});

describe('types', () => {
	it('typeNameOf', () => {
		assert.equal(typeNameOf(1), 'System.Int32');
		assert.equal(typeNameOf(3e9), 'System.Int64');
		assert.equal(typeNameOf(1.5), 'System.Double');
		assert.equal(typeNameOf(1e20), 'System.Double');
		assert.equal(typeNameOf('s'), 'System.String');
		assert.equal(typeNameOf(true), 'System.Boolean');
		assert.equal(typeNameOf([]), 'System.Object[]');
		assert.equal(typeNameOf(new PSHashtable()), 'System.Collections.Hashtable');
		assert.equal(typeNameOf(new PSHashtable(true)), 'System.Collections.Specialized.OrderedDictionary');
		assert.equal(typeNameOf(new PSObject()), 'System.Management.Automation.PSCustomObject');
		assert.equal(typeNameOf(PSObject.from('Scpsh.Component', {})), 'Scpsh.Component');
		assert.equal(typeNameOf(new PSDateTime(0)), 'System.DateTime');
		assert.equal(typeNameOf(new PSTimeSpan(0)), 'System.TimeSpan');
		assert.equal(typeNameOf(new PSGuid('x')), 'System.Guid');
		assert.equal(typeNameOf(block('')), 'System.Management.Automation.ScriptBlock');
		assert.equal(typeNameOf(new ErrorRecord({message: 'x'})), 'System.Management.Automation.ErrorRecord');
		assert.equal(typeNameOf(new PSRegex('x')), 'System.Text.RegularExpressions.Regex');
		assert.equal(typeNameOf(null), '');
	});
	it('GetType(): custom objects are PSCustomObjects underneath', () => {
		assert.equal(getType(PSObject.from('Scpsh.Component', {})).fullName, 'System.Management.Automation.PSCustomObject');
		assert.equal(getType(1).name, 'Int32');
		assert.equal(getType([]).name, 'Object[]');
		assert.equal(getType(new PSHashtable()).namespace, 'System.Collections');
		assert.equal(new PSType('System.Collections.Generic.List[System.String]').name, 'List`1');
	});
	it('resolveTypeName: accelerators, full names, System. optional, arrays, case', () => {
		assert.equal(resolveTypeName('int'), 'System.Int32');
		assert.equal(resolveTypeName('INT32'), 'System.Int32');
		assert.equal(resolveTypeName('System.Int32'), 'System.Int32');
		assert.equal(resolveTypeName('string[]'), 'System.String[]');
		assert.equal(resolveTypeName('[datetime]'), 'System.DateTime');
		assert.equal(resolveTypeName('pscustomobject'), 'System.Management.Automation.PSCustomObject');
		assert.equal(resolveTypeName('ordered'), 'System.Collections.Specialized.OrderedDictionary');
		assert.equal(resolveTypeName('IO.Path'), 'System.IO.Path');
		assert.equal(resolveTypeName('Math'), 'System.Math');
		assert.equal(resolveTypeName('float'), 'System.Single');
		assert.equal(resolveTypeName('RuntimeException'), 'System.Management.Automation.RuntimeException');
		assert.equal(resolveTypeName('nosuchtype'), undefined);
		assert.equal(typeLiteral('guid')?.fullName, 'System.Guid');
		assert.equal(typeLiteral('nope'), undefined);
	});
	it('isOfType (-is)', () => {
		assert.equal(isOfType(5, 'int'), true);
		assert.equal(isOfType(5, 'double'), false);
		assert.equal(isOfType(2.5, 'double'), true);
		assert.equal(isOfType(3e9, 'long'), true);
		assert.equal(isOfType(5, 'long'), false);
		assert.equal(isOfType('x', 'object'), true);
		assert.equal(isOfType(null, 'object'), false);
		assert.equal(isOfType([1], 'array'), true);
		assert.equal(isOfType(markList([], 'System.Collections.ArrayList'), 'array'), false);
		assert.equal(isOfType(5, 'valuetype'), true);
		assert.equal(isOfType(new PSDateTime(0), 'ValueType'), true);
		assert.equal(isOfType('x', 'valuetype'), false);
		assert.equal(isOfType(new PSObject(), 'pscustomobject'), true);
		assert.equal(isOfType(new PSObject(), 'psobject'), true);
		assert.equal(isOfType(new PSHashtable(), 'pscustomobject'), false);
		assert.equal(isOfType(new PSHashtable(true), 'hashtable'), false);
		assert.equal(isOfType(new PSHashtable(true), 'System.Collections.IDictionary'), true);
		assert.equal(isOfType(true, 'switch'), true);
		assert.equal(isOfType(PSObject.from('Scpsh.ScpStatus', {}), 'Scpsh.ScpStatus'), true);
		assert.equal(isOfType(new PSType('System.Int32'), 'type'), true);
	});
	it('exceptionMatches follows the exception hierarchy', () => {
		assert.equal(exceptionMatches('RuntimeException', 'System.Management.Automation.RuntimeException'), true);
		assert.equal(exceptionMatches('CommandNotFoundException', 'RuntimeException'), true);
		assert.equal(exceptionMatches('ItemNotFoundException', 'System.Management.Automation.RuntimeException'), true);
		assert.equal(exceptionMatches('ParameterBindingException', 'System.Exception'), true);
		assert.equal(exceptionMatches('ArgumentException', 'RuntimeException'), false);
		assert.equal(exceptionMatches('ArgumentOutOfRangeException', 'System.ArgumentException'), true);
		assert.equal(exceptionMatches('MethodInvocationException', 'System.Management.Automation.MethodException'), true);
		assert.equal(exceptionMatches('SomethingCustomException', 'RuntimeException'), true);
		assert.equal(exceptionMatches('RuntimeException', 'System.IO.IOException'), false);
	});
});
