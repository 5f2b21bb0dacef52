import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Get-History.ts';
import {fakeSession, runCmdlet} from '../../helpers/fake-context.ts';
import type {HistoryEntry} from '../../../src/engine/command.ts';
import {PSDateTime, PSObject, PSTimeSpan} from '../../../src/engine/values.ts';

const history: HistoryEntry[] = [1, 2, 3, 4].map(id => ({id, commandLine: `cmd${id}`, startTime: id * 1000, endTime: id * 1000 + 250, status: 'Completed'}));
const ids = (out: unknown[]) => out.map(o => (o as PSObject).get('Id'));

describe('Get-History', () => {
	it('writes every entry as HistoryInfo, oldest first', async () => {
		const run = await runCmdlet(def, {session: fakeSession({history})});
		assert.deepEqual(ids(run.output), [1, 2, 3, 4]);
		const h = run.output[0] as PSObject;
		assert.equal(h.typeName, 'Microsoft.PowerShell.Commands.HistoryInfo');
		assert.equal(h.get('CommandLine'), 'cmd1');
		assert.equal(h.get('ExecutionStatus'), 'Completed');
		assert.ok(h.get('StartExecutionTime') instanceof PSDateTime);
		assert.equal((h.get('Duration') as PSTimeSpan).ms, 250);
	});

	it('gets the last entries with -Count and entries by -Id', async () => {
		assert.deepEqual(ids((await runCmdlet(def, {params: {Count: 2}, session: fakeSession({history})})).output), [3, 4]);
		assert.deepEqual(ids((await runCmdlet(def, {params: {Id: [2]}, session: fakeSession({history})})).output), [2]);
		assert.deepEqual(ids((await runCmdlet(def, {params: {Id: [3], Count: 2}, session: fakeSession({history})})).output), [2, 3]);
	});

	it('reports an id it does not have', async () => {
		const run = await runCmdlet(def, {params: {Id: [9]}, session: fakeSession({history})});
		assert.equal(run.errors[0]?.message, 'Cannot locate history for Id 9.');
	});
});
