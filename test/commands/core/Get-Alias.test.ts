import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Get-Alias.ts';
import {fakeSession, runCmdlet} from '../../helpers/fake-context.ts';
import {PSObject} from '../../../src/engine/values.ts';

const session = () => fakeSession({aliases: {gal: 'Get-Alias', '?': 'Where-Object', where: 'Where-Object', sort: 'Sort-Object'}});
const shown = (out: unknown[]) => out.map(o => (o as PSObject).get('DisplayName'));

describe('Get-Alias', () => {
	it('gets all aliases sorted by name, as AliasInfo objects', async () => {
		const run = await runCmdlet(def, {session: session()});
		assert.deepEqual(shown(run.output), ['? -> Where-Object', 'gal -> Get-Alias', 'sort -> Sort-Object', 'where -> Where-Object']);
		const a = run.output[0] as PSObject;
		assert.deepEqual(a.typeNames, ['System.Management.Automation.AliasInfo', 'System.Management.Automation.CommandInfo']);
		assert.equal(a.get('CommandType'), 'Alias');
		assert.equal(a.get('Definition'), 'Where-Object');
	});

	it('finds aliases by name or by definition, with wildcards', async () => {
		assert.deepEqual(shown((await runCmdlet(def, {params: {Name: ['GAL']}, session: session()})).output), ['gal -> Get-Alias']);
		assert.deepEqual(shown((await runCmdlet(def, {params: {Definition: ['where-*']}, session: session()})).output), ['? -> Where-Object', 'where -> Where-Object']);
	});

	it('reports a name without wildcards that matches nothing', async () => {
		const run = await runCmdlet(def, {params: {Name: ['nosuch']}, session: session()});
		assert.equal(run.errors[0]?.message, "This command cannot find a matching alias because an alias with the name 'nosuch' does not exist.");
	});
});
