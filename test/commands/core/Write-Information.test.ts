import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Write-Information.ts';
import {RecordingHost, fakeSession, runCmdlet} from '../../helpers/fake-context.ts';

describe('Write-Information', () => {
	it('is silent by default', async () => {
		const host = new RecordingHost();
		await runCmdlet(def, {params: {MessageData: 'hidden'}, session: fakeSession({host, variables: {InformationPreference: 'SilentlyContinue'}})});
		assert.deepEqual(host.information, []);
	});

	it('shows with -InformationAction Continue', async () => {
		const run = await runCmdlet(def, {params: {MessageData: 42, InformationAction: 'Continue'}});
		assert.deepEqual(run.host.information, ['42']);
	});

	it('shows when $InformationPreference is Continue', async () => {
		const host = new RecordingHost();
		await runCmdlet(def, {params: {MessageData: 'shown'}, session: fakeSession({host, variables: {InformationPreference: 'Continue'}})});
		assert.deepEqual(host.information, ['shown']);
	});

	it('stops with -InformationAction Stop', async () => {
		const run = await runCmdlet(def, {params: {MessageData: 'x', InformationAction: 'Stop'}});
		assert.equal(run.failure?.errorId, 'ActionPreferenceStop');
	});
});
