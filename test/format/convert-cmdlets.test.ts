import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {PSDateTime, PSHashtable, PSObject} from '../../src/engine/values.ts';
import convertToJson from '../../commands/core/ConvertTo-Json.ts';
import convertFromJson from '../../commands/core/ConvertFrom-Json.ts';
import convertToCsv from '../../commands/core/ConvertTo-Csv.ts';
import {runCmdlet} from '../helpers/fake-context.ts';
import {obj} from './helpers.ts';

describe('ConvertTo-Json', () => {
	it('converts one piped object to one JSON object', async () => {
		const run = await runCmdlet(convertToJson, {input: [obj({SiteCode: 'PS1', Mode: 'Online', RestartRequired: false})]});
		assert.deepEqual(run.output, ['{\n  "SiteCode": "PS1",\n  "Mode": "Online",\n  "RestartRequired": false\n}']);
	});

	it('converts several piped objects to an array, and one with -AsArray', async () => {
		assert.deepEqual((await runCmdlet(convertToJson, {input: [1, 2, 3], params: {Compress: true}})).output, ['[1,2,3]']);
		assert.deepEqual((await runCmdlet(convertToJson, {input: ['a'], params: {Compress: true, AsArray: true}})).output, ['["a"]']);
		assert.deepEqual((await runCmdlet(convertToJson, {input: [], params: {AsArray: true}})).output, ['[]']);
		assert.deepEqual((await runCmdlet(convertToJson, {input: []})).output, []);
	});

	it('converts an -InputObject collection as one array', async () => {
		const run = await runCmdlet(convertToJson, {params: {InputObject: [1, 2], Compress: true}});
		assert.deepEqual(run.output, ['[1,2]']);
	});

	it('warns when the depth cuts the output', async () => {
		const deep = new PSHashtable();
		deep.set('Site', obj({Server: obj({Roles: ['SCP']})}));
		const run = await runCmdlet(convertToJson, {input: [deep], params: {Compress: true}});
		assert.deepEqual(run.output, ['{"Site":{"Server":{"Roles":"SCP"}}}']);
		assert.deepEqual(run.warnings, ['Resulting JSON is truncated as serialization has exceeded the set depth of 2.']);
		const deeper = await runCmdlet(convertToJson, {input: [deep], params: {Compress: true, Depth: 5}});
		assert.deepEqual(deeper.output, ['{"Site":{"Server":{"Roles":["SCP"]}}}']);
		assert.deepEqual(deeper.warnings, []);
	});

	it('writes dates as ISO strings', async () => {
		const run = await runCmdlet(convertToJson, {input: [PSDateTime.fromParts(2026, 11, 26, 14, 33, 26)]});
		assert.deepEqual(run.output, ['"2026-11-26T14:33:26"']);
	});
});

describe('ConvertFrom-Json', () => {
	it('reads an object', async () => {
		const run = await runCmdlet(convertFromJson, {input: ['{"SiteCode":"PS1","Mode":"Offline"}']});
		assert.equal(run.output.length, 1);
		assert.equal((run.output[0] as PSObject).get('Mode'), 'Offline');
	});

	it('writes array items one at a time unless -NoEnumerate', async () => {
		assert.deepEqual((await runCmdlet(convertFromJson, {input: ['[1, 2, 3]']})).output, [1, 2, 3]);
		assert.deepEqual((await runCmdlet(convertFromJson, {input: ['[1, 2, 3]'], params: {NoEnumerate: true}})).output, [[1, 2, 3]]);
	});

	it('joins lines piped one at a time into one document', async () => {
		const run = await runCmdlet(convertFromJson, {input: ['{', '  "a": 1', '}']});
		assert.equal((run.output[0] as PSObject).get('a'), 1);
	});

	it('reads each piped document when each one is whole', async () => {
		const run = await runCmdlet(convertFromJson, {input: ['{"a": 1}', '{"a": 2}']});
		assert.deepEqual(run.output.map(o => (o as PSObject).get('a')), [1, 2]);
	});

	it('reads hashtables with -AsHashtable', async () => {
		const run = await runCmdlet(convertFromJson, {input: ['{"Name":"x"}'], params: {AsHashtable: true}});
		assert.ok(run.output[0] instanceof PSHashtable);
	});

	it('fails on invalid JSON with a pwsh-like error', async () => {
		const run = await runCmdlet(convertFromJson, {input: ['{1}']});
		assert.ok(run.failure);
		assert.match(run.failure.message, /^Conversion from JSON failed with error: Invalid property identifier character: 1\. Path '', line 1, position 2\.$/);
		assert.equal(run.failure.fullyQualifiedErrorId, 'System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand');
		assert.equal(run.failure.exceptionType, 'ArgumentException');
	});
});

describe('ConvertTo-Csv', () => {
	it('streams a header then a line per object', async () => {
		const run = await runCmdlet(convertToCsv, {input: [obj({Name: 'SMS_DMP_DOWNLOADER', State: 'Running'}), obj({Name: 'B', State: null})]});
		assert.deepEqual(run.output, ['"Name","State"', '"SMS_DMP_DOWNLOADER","Running"', '"B",']);
	});

	it('takes a delimiter and a quoting rule', async () => {
		const run = await runCmdlet(convertToCsv, {input: [obj({Name: 'PS1', Version: '5.00.9135.1000'})], params: {Delimiter: ';', UseQuotes: 'AsNeeded'}});
		assert.deepEqual(run.output, ['Name;Version', 'PS1;5.00.9135.1000']);
	});

	it('accepts -NoTypeInformation and writes #TYPE only when asked', async () => {
		assert.deepEqual((await runCmdlet(convertToCsv, {input: [obj({a: 1})], params: {NoTypeInformation: true}})).output, ['"a"', '"1"']);
		assert.deepEqual((await runCmdlet(convertToCsv, {input: [obj({a: 1})], params: {IncludeTypeInformation: true}})).output, [
			'#TYPE System.Management.Automation.PSCustomObject',
			'"a"',
			'"1"',
		]);
	});
});
