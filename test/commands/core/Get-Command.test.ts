import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Get-Command.ts';
import getAlias from '../../../commands/core/Get-Alias.ts';
import sortObject from '../../../commands/core/Sort-Object.ts';
import writeHost from '../../../commands/core/Write-Host.ts';
import {fakeSession, runCmdlet} from '../../helpers/fake-context.ts';
import {PSObject} from '../../../src/engine/values.ts';

const session = () => fakeSession({commands: [getAlias, sortObject, writeHost, def], functions: ['Get-Thing']});
const names = (out: unknown[]) => out.map(o => `${(o as PSObject).get('CommandType')}:${(o as PSObject).get('Name')}`);

describe('Get-Command', () => {
	it('lists aliases, then functions, then cmdlets, by name', async () => {
		const run = await runCmdlet(def, {session: session()});
		assert.deepEqual(names(run.output), [
			'Alias:gal',
			'Alias:gcm',
			'Alias:sort',
			'Function:Get-Thing',
			'Cmdlet:Get-Alias',
			'Cmdlet:Get-Command',
			'Cmdlet:Sort-Object',
			'Cmdlet:Write-Host',
		]);
		const cmdlet = run.output.find(o => (o as PSObject).get('Name') === 'Sort-Object') as PSObject;
		assert.deepEqual(cmdlet.typeNames, ['System.Management.Automation.CmdletInfo', 'System.Management.Automation.CommandInfo']);
		assert.equal(cmdlet.get('Version'), '1.0');
		assert.equal(cmdlet.get('Source'), 'Microsoft.PowerShell.Utility');
		assert.match(cmdlet.get('Definition') as string, /^Sort-Object \[\[-Property\] <Object\[\]>\]/);
	});

	it('finds commands by name, verb and noun', async () => {
		assert.deepEqual(names((await runCmdlet(def, {params: {Name: ['sort*']}, session: session()})).output), ['Alias:sort', 'Cmdlet:Sort-Object']);
		assert.deepEqual(names((await runCmdlet(def, {params: {Verb: ['Get']}, session: session()})).output), ['Function:Get-Thing', 'Cmdlet:Get-Alias', 'Cmdlet:Get-Command']);
		assert.deepEqual(names((await runCmdlet(def, {params: {Noun: ['Host']}, session: session()})).output), ['Cmdlet:Write-Host']);
	});

	it('filters by -CommandType and -ParameterName', async () => {
		assert.deepEqual(names((await runCmdlet(def, {params: {Name: ['*'], CommandType: ['Function']}, session: session()})).output), ['Function:Get-Thing']);
		assert.deepEqual(names((await runCmdlet(def, {params: {ParameterName: ['Separator']}, session: session()})).output), ['Cmdlet:Write-Host']);
	});

	it('reports a name without wildcards that is no command', async () => {
		const run = await runCmdlet(def, {params: {Name: ['Nope']}, session: session()});
		assert.match(run.errors[0]?.message ?? '', /^The term 'Nope' is not recognized as a name of a cmdlet, function, script file, or executable program\./);
		assert.equal(run.errors[0]?.exceptionType, 'CommandNotFoundException');
		assert.equal(run.errors[0]?.category, 'ObjectNotFound');
	});

	it('prints syntax lines with -Syntax, an alias naming its command', async () => {
		const run = await runCmdlet(def, {params: {Name: ['sort'], Syntax: true}, session: session()});
		assert.equal(run.output[0], 'sort (alias) -> Sort-Object');
		assert.ok((run.output as string[]).some(l => l.startsWith('Sort-Object [[-Property] <Object[]>]')));
	});

	it('limits the results with -TotalCount', async () => {
		assert.equal((await runCmdlet(def, {params: {TotalCount: 2}, session: session()})).output.length, 2);
	});
});
