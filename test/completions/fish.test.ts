// The fish script, run in fish (skipped where fish is not installed): `complete -C` lists what Tab offers.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {completionEnv, completionsDir, hasShell} from './helpers.ts';

const skip = hasShell('fish') ? false : 'fish is not installed';

describe('fish completion', {skip}, () => {
	const {env, bin} = completionEnv();
	const complete = (line: string): string[] => {
		const r = spawnSync('fish', ['--no-config', '-c', `source ${join(completionsDir, 'scpsh.fish')}; complete -C ${JSON.stringify(line).replace(/\$/g, '\\$')}`], {env, encoding: 'utf8'});
		assert.equal(r.stderr, '');
		return r.stdout.split('\n').filter(Boolean).map(l => l.split('\t')[0]!);
	};

	it('completes flags with their descriptions', () => {
		assert.deepEqual(complete('scpsh -No').sort(), ['-NoLogo', '-NoProfile', '-NonInteractive']);
		assert.deepEqual(complete('scpsh --no-p'), ['--no-profile']);
	});

	it('completes values after their flags, however spelt', () => {
		assert.deepEqual(complete('scpsh -Lab '), ['airgap', 'default']);
		assert.deepEqual(complete('scpsh -lab:a'), ['-lab:airgap']);
		assert.deepEqual(complete('scpsh --lab=d'), ['--lab=default']);
		assert.deepEqual(complete('scpsh -sc of'), ['offline']);
		assert.deepEqual(complete('scpsh -o ').sort(), ['Json', 'Text']);
		assert.deepEqual(complete(`scpsh -f ${join(bin, 'scp')}`), [join(bin, 'scpsh')]);
	});

	it('completes inside -Command by asking scpsh --complete', () => {
		assert.deepEqual(complete('scpsh -c Get-ScpSt'), ['Get-ScpStatus']);
		assert.deepEqual(complete('scpsh -nop -c Set-ScpMode -Mode Of'), ['Offline']);
		assert.deepEqual(complete("scpsh -c 'Restart-Component -NoW"), ['Restart-Component -NoWait']);
	});
});
