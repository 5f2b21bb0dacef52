import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {PSDateTime, PSHashtable} from '../../src/engine/values.ts';
import {toCsv} from '../../src/format/csv.ts';
import {obj} from './helpers.ts';

describe('ConvertTo-Csv', () => {
	it('writes a quoted header and quoted rows, no #TYPE line', () => {
		assert.deepEqual(toCsv([obj({Name: 'a', Count: 1}), obj({Name: 'say "hi"', Count: 2})]), [
			'"Name","Count"',
			'"a","1"',
			'"say ""hi""","2"',
		]);
	});

	it('writes $null and missing properties as empty unquoted fields', () => {
		assert.deepEqual(toCsv([obj({a: null, b: 'x'}), obj({b: 'y'})]), ['"a","b"', ',"x"', ',"y"']);
	});

	it('quotes as needed or never, with another delimiter', () => {
		assert.deepEqual(toCsv([obj({a: 'x;y', b: 'z'})], {delimiter: ';', useQuotes: 'AsNeeded'}), ['a;b', '"x;y";z']);
		assert.deepEqual(toCsv([obj({a: 'x'})], {useQuotes: 'Never'}), ['a', 'x']);
		assert.deepEqual(toCsv([obj({a: 'x', b: 'y'})], {quoteFields: ['b']}), ['a,"b"', 'x,"y"']);
	});

	it('writes the type line when asked, and can leave out the header', () => {
		assert.deepEqual(toCsv([obj({a: 1})], {includeTypeInformation: true}), ['#TYPE System.Management.Automation.PSCustomObject', '"a"', '"1"']);
		assert.deepEqual(toCsv([obj({a: 1})], {noHeader: true}), ['"1"']);
	});

	it('writes values by their ToString: dates in culture form, collections by type', () => {
		assert.deepEqual(toCsv([obj({d: PSDateTime.fromParts(2026, 11, 26, 14, 33, 26), l: [1, 2], b: true})]), [
			'"d","l","b"',
			'"11/26/2026 2:33:26 PM","System.Object[]","True"',
		]);
	});

	it('takes hashtable keys as columns', () => {
		const t = new PSHashtable(true);
		t.set('k', 'v');
		assert.deepEqual(toCsv([t]), ['"k"', '"v"']);
	});
});
