import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/ForEach-Object.ts';
import {jsBlock, runCmdlet} from '../../helpers/fake-context.ts';
import {PSHashtable, PSObject} from '../../../src/engine/values.ts';

describe('ForEach-Object', () => {
	it('runs the process block for each object', async () => {
		const run = await runCmdlet(def, {params: {Process: [jsBlock(n => (n as number) / 1024)]}, input: [30000, 56798]});
		assert.deepEqual(run.output, [29.296875, 55.466796875]);
	});

	it('runs begin before and end after the objects', async () => {
		const seen: string[] = [];
		const run = await runCmdlet(def, {
			params: {Begin: jsBlock(() => void seen.push('begin')), Process: [jsBlock(n => void seen.push(`p${n}`))], End: jsBlock(() => 'done')},
			input: [1, 2],
		});
		assert.deepEqual(seen, ['begin', 'p1', 'p2']);
		assert.deepEqual(run.output, ['done']);
	});

	it('arranges three positional blocks as begin, process and end', async () => {
		const run = await runCmdlet(def, {
			params: {Process: [jsBlock(() => 'b')], RemainingScripts: [jsBlock(n => `p${n}`), jsBlock(() => 'e')]},
			input: [1, 2],
		});
		assert.deepEqual(run.output, ['b', 'p1', 'p2', 'e']);
	});

	it('treats the first of two process blocks as the begin block, as pwsh does', async () => {
		const run = await runCmdlet(def, {params: {Process: [jsBlock(() => 'first'), jsBlock(n => `p${n}`)]}, input: [1]});
		assert.deepEqual(run.output, ['first', 'p1']);
	});

	it('runs the process block once without input, with $_ empty', async () => {
		const run = await runCmdlet(def, {params: {Process: [jsBlock(u => `hi ${String(u)}`)]}});
		assert.deepEqual(run.output, ['hi null']);
	});

	it('gets a property by -MemberName, unrolling collections', async () => {
		const input = [PSObject.from('T', {Name: 'a', List: [1, 2]}), PSObject.from('T', {Name: 'b', List: [3]})];
		assert.deepEqual((await runCmdlet(def, {params: {MemberName: 'Name'}, input})).output, ['a', 'b']);
		assert.deepEqual((await runCmdlet(def, {params: {MemberName: 'List'}, input})).output, [1, 2, 3]);
	});

	it('calls a method by -MemberName, with -ArgumentList', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {MemberName: 'ToUpper'}, input: ['cm01']})).output, ['CM01']);
		assert.deepEqual((await runCmdlet(def, {params: {MemberName: 'Replace', ArgumentList: ['b', 'X']}, input: ['abc']})).output, ['aXc']);
	});

	it('calls methods the member catalog lists, such as an ordered dictionary\'s RemoveAt', async () => {
		const h = new PSHashtable(true);
		h.set('a', 1);
		h.set('b', 2);
		await runCmdlet(def, {params: {MemberName: 'RemoveAt', ArgumentList: [0]}, input: [h]});
		assert.deepEqual(h.keys(), ['b']);
		assert.deepEqual((await runCmdlet(def, {params: {MemberName: 'get_Length'}, input: ['abc']})).output, [3]);
	});

	it('reads a hashtable key by -MemberName', async () => {
		const h = new PSHashtable();
		h.set('Mode', 'Offline');
		assert.deepEqual((await runCmdlet(def, {params: {MemberName: 'mode'}, input: [h]})).output, ['Offline']);
	});

	it('writes $null for a member that does not exist, and for $null input', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {MemberName: 'Nope'}, input: ['x', null]})).output, [null, null]);
	});

	it('rejects -WhatIf with script blocks', async () => {
		const run = await runCmdlet(def, {params: {Process: [jsBlock(() => 1)], WhatIf: true}, input: [1]});
		assert.equal(run.failure?.errorId, 'NoShouldProcessForScriptBlockSet');
	});

	it('asks ShouldProcess before reading a member', async () => {
		const run = await runCmdlet(def, {params: {MemberName: 'Length', WhatIf: true}, input: ['abc']});
		assert.deepEqual(run.output, []);
		assert.deepEqual(run.shouldProcess, [{target: 'InputObject: abc', action: "Retrieve the value for property 'Length'"}]);
	});
});
