import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Get-Member.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';
import {PSObject} from '../../../src/engine/values.ts';
import {PSType} from '../../../src/engine/types.ts';
import {PSRegex} from '../../../src/engine/regex.ts';

const rows = (out: unknown[]) => out.map(o => `${(o as PSObject).get('Name')}|${(o as PSObject).get('MemberType')}|${(o as PSObject).get('Definition')}`);

describe('Get-Member', () => {
	it('lists the methods and note properties of a custom object, by kind then name', async () => {
		const o = PSObject.from('System.Management.Automation.PSCustomObject', {Name: 'SMS_EXECUTIVE', Count: 3, List: [1, 2], Gone: null});
		const run = await runCmdlet(def, {input: [o]});
		assert.deepEqual(rows(run.output), [
			'Equals|Method|bool Equals(System.Object obj)',
			'GetHashCode|Method|int GetHashCode()',
			'GetType|Method|type GetType()',
			'ToString|Method|string ToString()',
			'Count|NoteProperty|int Count=3',
			'Gone|NoteProperty|object Gone=null',
			'List|NoteProperty|Object[] List=System.Object[]',
			'Name|NoteProperty|string Name=SMS_EXECUTIVE',
		]);
		const first = run.output[0] as PSObject;
		assert.equal(first.typeName, 'Microsoft.PowerShell.Commands.MemberDefinition');
		assert.equal(first.get('TypeName'), 'System.Management.Automation.PSCustomObject');
	});

	it('lists each type once', async () => {
		const run = await runCmdlet(def, {params: {MemberType: ['Property']}, input: ['a', 'b', 1]});
		assert.deepEqual(run.output.map(o => (o as PSObject).get('TypeName')), ['System.String']);
	});

	it('filters by -Name and -MemberType', async () => {
		assert.deepEqual(rows((await runCmdlet(def, {params: {Name: ['len*']}, input: ['x']})).output), ['Length|Property|int Length {get;}']);
		const methods = (await runCmdlet(def, {params: {MemberType: ['Methods']}, input: [1]})).output;
		assert.ok(methods.every(o => (o as PSObject).get('MemberType') === 'Method'));
		assert.equal((methods[0] as PSObject).get('TypeName'), 'System.Int32');
	});

	it('lists the members of a collection given with -InputObject', async () => {
		const run = await runCmdlet(def, {params: {InputObject: [1, 2], Name: ['Count']}});
		assert.deepEqual(rows(run.output), ['Count|AliasProperty|Count = Length']);
	});

	it('shows accessors such as get_Length only with -Force', async () => {
		const names = async (params: Record<string, unknown>) => (await runCmdlet(def, {params, input: ['x']})).output.map(o => (o as PSObject).get('Name'));
		assert.ok(!(await names({})).includes('get_Length'));
		assert.ok((await names({Force: true})).includes('get_Length'));
		assert.deepEqual(await names({Name: ['Chars']}), ['Chars']);
	});

	it('lists the members of regexes and type objects', async () => {
		const regex = (await runCmdlet(def, {params: {MemberType: ['Method'], Name: ['Match*']}, input: [new PSRegex('a', '')]})).output;
		assert.deepEqual(regex.map(o => (o as PSObject).get('Name')), ['Match', 'Matches']);
		const type = (await runCmdlet(def, {params: {MemberType: ['Property'], Name: ['FullName']}, input: [new PSType('System.String')]})).output;
		assert.deepEqual(rows(type), ['FullName|Property|string FullName {get;}']);
	});

	it('reports no input', async () => {
		const run = await runCmdlet(def);
		assert.equal(run.errors[0]?.message, 'You must specify an object for the Get-Member cmdlet.');
	});
});
