// The zsh function, run by zsh's completion system in a pseudo-terminal (skipped where zsh is not installed).
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {completionEnv, completionsDir, hasShell} from './helpers.ts';

const skip = hasShell('zsh') ? false : 'zsh is not installed';
const driver = new URL('./zsh-capture.zsh', import.meta.url).pathname;

describe('zsh completion', {skip}, () => {
	const {env, bin} = completionEnv();
	const complete = (line: string): string[] => {
		const r = spawnSync('zsh', ['-f', driver, completionsDir, line], {env, encoding: 'utf8', timeout: 20_000});
		assert.equal(r.status, 0, r.stderr);
		return [...new Set([...r.stdout.matchAll(/<<MATCH:([^>]*)>>/g)].map(m => m[1]!))];
	};

	it('completes flags', () => {
		assert.deepEqual(complete('scpsh -No').sort(), ['-NoLogo', '-NoProfile', '-NonInteractive']);
		assert.deepEqual(complete('scpsh --no').sort(), ['--no-logo', '--no-profile', '--non-interactive']);
	});

	it('completes values after their flags, however spelt', () => {
		assert.deepEqual(complete('scpsh -Lab '), ['airgap', 'default']);
		assert.deepEqual(complete('scpsh --lab=a'), ['airgap']);
		assert.deepEqual(complete('scpsh -sc o'), ['offline']);
		assert.deepEqual(complete('scpsh -o ').sort(), ['Json', 'Text']);
		assert.deepEqual(complete(`scpsh -f ${join(bin, 'scp')}`), ['scpsh']);
	});

	it('completes inside -Command by asking scpsh --complete', () => {
		assert.deepEqual(complete('scpsh -c Get-ScpSt'), ['Get-ScpStatus']);
		assert.deepEqual(complete('scpsh -c Set-ScpMode -Mode:Of'), ['-Mode:Offline']);
		assert.deepEqual(complete("scpsh -c 'Restart-Component -NoW"), ['-NoWait']);
	});
});
