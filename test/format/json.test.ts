import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {PSDateTime, PSHashtable, PSObject, PSTimeSpan} from '../../src/engine/values.ts';
import {isoDate, jsonNumber, quoteJson, toJson, toJsonLine} from '../../src/format/json.ts';
import {dateFromJson, JsonParseError, parseJson} from '../../src/format/json-parse.ts';
import {obj} from './helpers.ts';

const hashtable = (entries: [string, unknown][]): PSHashtable => {
	const t = new PSHashtable();
	for (const [k, v] of entries) t.set(k, v);
	return t;
};

describe('ConvertTo-Json serialization', () => {
	it('indents with two blanks and keeps property order', () => {
		// Built with set(): a JS object literal would move the integer-like key first.
		const value = new PSObject();
		value.set('b', 1);
		value.set('a', 'x');
		value.set('1', true);
		assert.equal(toJson(value), '{\n  "b": 1,\n  "a": "x",\n  "1": true\n}');
	});

	it('nests arrays and objects, empty ones inline', () => {
		assert.equal(
			toJson(obj({list: [1, 2], empty: [], none: obj({}), nil: null})),
			'{\n  "list": [\n    1,\n    2\n  ],\n  "empty": [],\n  "none": {},\n  "nil": null\n}',
		);
	});

	it('compresses to one line', () => {
		assert.equal(toJson([1, 'a', obj({x: null})], {compress: true}), '[1,"a",{"x":null}]');
	});

	it('writes structure deeper than the depth as its string form, and says so', () => {
		let warned = 0;
		const deep = hashtable([['a', hashtable([['b', hashtable([['c', hashtable([['d', 1]])]])]])]]);
		assert.equal(toJson(deep, {compress: true, onTruncated: () => warned++}), '{"a":{"b":{"c":"System.Collections.Hashtable"}}}');
		assert.equal(warned, 1);
		assert.equal(toJson(obj({a: obj({b: obj({c: [1, 2]})})}), {compress: true}), '{"a":{"b":{"c":"1 2"}}}');
		assert.equal(toJson(deep, {compress: true, depth: 5}), '{"a":{"b":{"c":{"d":1}}}}');
	});

	it('writes dates as ISO strings without a zone, fractions trimmed', () => {
		assert.equal(isoDate(PSDateTime.fromParts(2026, 11, 26, 14, 33, 26)), '2026-11-26T14:33:26');
		assert.equal(isoDate(PSDateTime.fromParts(2026, 11, 26, 14, 33, 26, 500)), '2026-11-26T14:33:26.5');
		assert.equal(toJson(obj({When: PSDateTime.fromParts(2026, 1, 2)}), {compress: true}), '{"When":"2026-01-02T00:00:00"}');
	});

	it('writes a timespan as its properties', () => {
		const json = toJson(new PSTimeSpan(90_000), {compress: true});
		assert.ok(json.startsWith('{"Ticks":900000000,"Days":0,"Hours":0,"Milliseconds":0,'));
		assert.ok(json.includes('"TotalSeconds":90}'));
	});

	it('escapes as Newtonsoft does', () => {
		assert.equal(quoteJson('a"b\\c\nd\u0001é'), '"a\\"b\\\\c\\nd\\u0001é"');
	});

	it('writes exponents as .NET does', () => {
		assert.equal(jsonNumber(1e21), '1E+21');
		assert.equal(jsonNumber(1.5e-7), '1.5E-07');
		assert.equal(jsonNumber(0.1), '0.1');
	});

	it('writes a compact line for -OutputFormat Json', () => {
		const record = new PSObject('Scpsh.Component', {Name: 'SMS_EXECUTIVE', State: 'Running', Roles: ['a'], Deep: obj({x: obj({y: obj({z: 1})})})});
		assert.equal(toJsonLine(record), '{"Name":"SMS_EXECUTIVE","State":"Running","Roles":["a"],"Deep":{"x":{"y":{"z":1}}}}');
	});
});

describe('ConvertFrom-Json parsing', () => {
	it('reads objects as [pscustomobject] in order', () => {
		const value = parseJson('{"b": 1, "a": [true, null, "x"], "2": {"c": 1.5}}') as PSObject;
		assert.ok(value instanceof PSObject);
		assert.deepEqual(value.names(), ['b', 'a', '2']);
		assert.deepEqual(value.get('a'), [true, null, 'x']);
		assert.equal((value.get('2') as PSObject).get('c'), 1.5);
	});

	it('reads objects as ordered hashtables with -AsHashtable', () => {
		const value = parseJson('{"Name": "x", "name": "y"}', {asHashtable: true}) as PSHashtable;
		assert.ok(value instanceof PSHashtable && value.ordered);
	});

	it('turns date-shaped strings into dates', () => {
		const value = parseJson('{"d": "2026-11-26T14:33:26", "z": "2026-11-26T14:33:26Z", "o": "2026-11-26T15:33:26+01:00", "s": "2026-11-26"}') as PSObject;
		assert.equal((value.get('d') as PSDateTime).ms, Date.UTC(2026, 10, 26, 14, 33, 26));
		assert.equal((value.get('z') as PSDateTime).ms, Date.UTC(2026, 10, 26, 14, 33, 26));
		assert.equal((value.get('o') as PSDateTime).ms, Date.UTC(2026, 10, 26, 14, 33, 26));
		assert.equal(value.get('s'), '2026-11-26');
		assert.equal(dateFromJson('not a date at all, no'), undefined);
	});

	it('accepts what Newtonsoft accepts: comments, single quotes, trailing commas', () => {
		const value = parseJson("// status\n{'a': 1, /* two */ \"b\": [1, 2,],}") as PSObject;
		assert.equal(value.get('a'), 1);
		assert.deepEqual(value.get('b'), [1, 2]);
	});

	it('fails with Newtonsoft-style messages', () => {
		assert.throws(() => parseJson('{bad'), (e: unknown) => e instanceof JsonParseError && /Path '', line 1, position \d+\.$/.test(e.message));
		assert.throws(() => parseJson('{"a": 1} x'), /After parsing a value an unexpected character was encountered: x\./);
		assert.throws(() => parseJson('[1, 2'), /Unexpected end when reading JSON\. Path '', line 1, position 5\.$/);
		assert.throws(() => parseJson('"abc'), /Unterminated string/);
	});

	it('refuses duplicate keys in custom objects', () => {
		assert.throws(() => parseJson('{"a": 1, "a": 2}'), /contains the duplicated key 'a'/);
		assert.throws(() => parseJson('{"a": 1, "A": 2}'), /keys with different casing/);
	});

	it('reads empty text as nothing', () => {
		assert.equal(parseJson('  '), null);
	});
});
