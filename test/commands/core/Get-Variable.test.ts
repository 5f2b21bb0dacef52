import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Get-Variable.ts';
import {fakeSession, runCmdlet} from '../../helpers/fake-context.ts';
import {PSObject} from '../../../src/engine/values.ts';

const session = () => fakeSession({variables: {siteServer: 'CM01', siteCode: 'PS1', mode: 'Online'}});
const entries = (out: unknown[]) => out.map(o => [(o as PSObject).get('Name'), (o as PSObject).get('Value')]);

describe('Get-Variable', () => {
	it('gets all variables sorted by name, as PSVariable objects', async () => {
		const run = await runCmdlet(def, {session: session()});
		assert.deepEqual(entries(run.output), [['mode', 'Online'], ['siteCode', 'PS1'], ['siteServer', 'CM01']]);
		assert.equal((run.output[0] as PSObject).typeName, 'System.Management.Automation.PSVariable');
	});

	it('matches wildcards and filters with -Exclude', async () => {
		assert.deepEqual(entries((await runCmdlet(def, {params: {Name: ['site*']}, session: session()})).output), [['siteCode', 'PS1'], ['siteServer', 'CM01']]);
		assert.deepEqual(entries((await runCmdlet(def, {params: {Name: ['site*'], Exclude: ['*Code']}, session: session()})).output), [['siteServer', 'CM01']]);
	});

	it('writes only values with -ValueOnly', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {Name: ['MODE'], ValueOnly: true}, session: session()})).output, ['Online']);
	});

	it('reports a name without wildcards that matches nothing', async () => {
		const run = await runCmdlet(def, {params: {Name: ['nosuch', 'nomatch*']}, session: session()});
		assert.deepEqual(run.output, []);
		assert.equal(run.errors.length, 1);
		assert.equal(run.errors[0]!.message, "Cannot find a variable with the name 'nosuch'.");
		assert.equal(run.errors[0]!.category, 'ObjectNotFound');
		assert.equal(run.errors[0]!.errorId, 'VariableNotFound');
	});
});
