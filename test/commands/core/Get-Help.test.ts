import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Get-Help.ts';
import sortObject from '../../../commands/core/Sort-Object.ts';
import selectObject from '../../../commands/core/Select-Object.ts';
import {fakeSession, runCmdlet} from '../../helpers/fake-context.ts';
import {PSObject} from '../../../src/engine/values.ts';

const about = 'TOPIC\n    about_Scp_Modes\n\nSHORT DESCRIPTION\n    Online and offline modes of the SCP.\n\nLONG DESCRIPTION\n    The SCP runs online or offline.\n';
const session = () => fakeSession({commands: [sortObject, selectObject, def], aboutTopics: {about_Scp_Modes: about}});
const text = (out: unknown[]): string => {
	assert.equal(out.length, 1);
	return out[0] as string;
};

describe('Get-Help', () => {
	it("shows a cmdlet's help, reached by name or alias", async () => {
		for (const name of ['Sort-Object', 'sort']) {
			const help = text((await runCmdlet(def, {params: {Name: name}, session: session()})).output);
			assert.match(help, /NAME\n {4}Sort-Object/);
			assert.match(help, /SYNTAX\n {4}Sort-Object \[\[-Property\]/);
			assert.match(help, /ALIASES\n {4}sort/);
		}
	});

	it('shows the examples with -Examples and one parameter with -Parameter', async () => {
		assert.match(text((await runCmdlet(def, {params: {Name: 'Sort-Object', Examples: true}, session: session()})).output), /Example 1: Sort numbers/);
		assert.match(text((await runCmdlet(def, {params: {Name: 'Select-Object', Parameter: 'First'}, session: session()})).output), /-First <int>[\s\S]*Required\?/);
	});

	it('reports a parameter that matches nothing', async () => {
		const run = await runCmdlet(def, {params: {Name: 'Sort-Object', Parameter: 'Nope'}, session: session()});
		assert.equal(run.failure?.message, 'No parameter matches criteria Nope.');
	});

	it('shows an about_ topic, case-insensitively', async () => {
		assert.match(text((await runCmdlet(def, {params: {Name: 'ABOUT_scp_modes'}, session: session()})).output), /SHORT DESCRIPTION\n {4}Online and offline/);
	});

	it('lists the matches of a wildcard as HelpInfoShort objects', async () => {
		const run = await runCmdlet(def, {params: {Name: 'S*'}, session: session()});
		assert.deepEqual(run.output.map(o => [(o as PSObject).get('Name'), (o as PSObject).get('Category')]), [['Select-Object', 'Cmdlet'], ['Sort-Object', 'Cmdlet']]);
		assert.equal((run.output[1] as PSObject).get('Synopsis'), 'Sorts objects by property values.');
	});

	it('shows the help of the only match of a word, and searches topics too', async () => {
		assert.match(text((await runCmdlet(def, {params: {Name: 'Sort'}, session: fakeSession({commands: [sortObject]})})).output), /NAME\n {4}Sort-Object/);
		const run = await runCmdlet(def, {params: {Name: 'about_*'}, session: session()});
		assert.match(text(run.output), /about_Scp_Modes/);
	});

	it('explains the help system without a name', async () => {
		assert.match(text((await runCmdlet(def, {session: session()})).output), /scpsh Help System[\s\S]*about_Scp_Modes/);
	});

	it('reports a name it cannot find', async () => {
		const run = await runCmdlet(def, {params: {Name: 'Nothing'}, session: session()});
		assert.match(run.failure?.message ?? '', /^Get-Help could not find Nothing in a help file in this session\./);
		assert.equal(run.failure?.errorId, 'HelpNotFound');
		assert.equal(run.failure?.category, 'ResourceUnavailable');
	});
});
