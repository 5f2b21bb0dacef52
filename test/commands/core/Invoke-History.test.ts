import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Invoke-History.ts';
import {RecordingHost, fakeSession, runCmdlet} from '../../helpers/fake-context.ts';
import type {HistoryEntry} from '../../../src/engine/command.ts';

const history: HistoryEntry[] = [
	{id: 1, commandLine: 'Get-ScpStatus', startTime: 0, endTime: 1, status: 'Completed'},
	{id: 2, commandLine: 'Get-Date', startTime: 2, endTime: 3, status: 'Completed'},
];

describe('Invoke-History', () => {
	it('runs the last command, showing it first, and writes its output', async () => {
		const host = new RecordingHost();
		const session = fakeSession({host, history, runText: async text => [`ran ${text}`]});
		const run = await runCmdlet(def, {session});
		assert.deepEqual(session.ranText, ['Get-Date']);
		assert.equal(host.screen, 'Get-Date\n');
		assert.deepEqual(run.output, ['ran Get-Date']);
	});

	it('finds an entry by id or by the start of its command line', async () => {
		const session = fakeSession({history});
		await runCmdlet(def, {params: {Id: '1'}, session});
		await runCmdlet(def, {params: {Id: 'get-s'}, session});
		assert.deepEqual(session.ranText, ['Get-ScpStatus', 'Get-ScpStatus']);
	});

	it('fails when there is nothing to run', async () => {
		assert.equal((await runCmdlet(def, {session: fakeSession()})).failure?.message, 'Cannot locate the most recent history.');
		assert.equal((await runCmdlet(def, {params: {Id: '7'}, session: fakeSession({history})})).failure?.message, 'Cannot locate history for Id 7.');
	});
});
