import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/New-Object.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';
import {PSHashtable, PSObject, PSTimeSpan} from '../../../src/engine/values.ts';
import {listTypeOf} from '../../../src/engine/types.ts';

const props = (entries: Record<string, unknown>): PSHashtable => {
	const h = new PSHashtable();
	for (const [k, v] of Object.entries(entries)) h.set(k, v);
	return h;
};

describe('New-Object', () => {
	it('creates custom objects with -Property', async () => {
		for (const type of ['PSObject', 'PSCustomObject', 'System.Management.Automation.PSObject']) {
			const o = (await runCmdlet(def, {params: {TypeName: type, Property: props({SiteCode: 'PS1'})}})).output[0] as PSObject;
			assert.equal(o.typeName, 'System.Management.Automation.PSCustomObject');
			assert.equal(o.get('SiteCode'), 'PS1');
		}
	});

	it('creates an empty growable list, written as one object', async () => {
		const run = await runCmdlet(def, {params: {TypeName: 'System.Collections.ArrayList'}});
		assert.equal(run.output.length, 1);
		assert.ok(Array.isArray(run.output[0]) && run.output[0].length === 0);
		assert.equal(listTypeOf(run.output[0] as unknown[]), 'System.Collections.ArrayList');
	});

	it('passes -ArgumentList to the constructor', async () => {
		const span = (await runCmdlet(def, {params: {TypeName: 'timespan', ArgumentList: [1, 30, 0]}})).output[0] as PSTimeSpan;
		assert.equal(span.ms, 90 * 60_000);
	});

	it('reports unknown and unsupported types', async () => {
		assert.equal((await runCmdlet(def, {params: {TypeName: 'Foo.Bar'}})).failure?.message, 'Cannot find type [Foo.Bar]: verify that the assembly containing this type is loaded.');
		assert.equal((await runCmdlet(def, {params: {TypeName: 'System.IO.Path'}})).failure?.errorId, 'CannotCreateType');
	});
});
