// The bash script, run in bash: registration, and the candidates of a simulated Tab (COMP_WORDS/COMP_CWORD).
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {completionEnv, completionsDir} from './helpers.ts';

const script = join(completionsDir, 'scpsh.bash');
const {env, bin} = completionEnv();

/** What _scpsh puts in COMPREPLY for these words, the last being the one under the cursor. */
function complete(...words: string[]): string[] {
	const driver = `source ${JSON.stringify(script)}
COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
COMP_LINE="$*"; COMP_POINT=\${#COMP_LINE}
_scpsh "$1" "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\\n' "\${COMPREPLY[@]}"`;
	const r = spawnSync('bash', ['--norc', '--noprofile', '-c', driver, 'bash', ...words], {env, encoding: 'utf8'});
	assert.equal(r.status, 0, r.stderr);
	assert.equal(r.stderr, '');
	return r.stdout.split('\n').filter(Boolean);
}

describe('bash completion', () => {
	it('registers a completion function for scpsh', () => {
		const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `source ${JSON.stringify(script)}; complete -p scpsh`], {env, encoding: 'utf8'});
		assert.equal(r.stdout.trim(), 'complete -F _scpsh scpsh');
	});

	it('completes flags, pwsh style and GNU style, in any case', () => {
		assert.deepEqual(complete('scpsh', '-No'), ['-NonInteractive', '-NoProfile', '-NoLogo']);
		assert.deepEqual(complete('scpsh', '-no'), ['-NonInteractive', '-NoProfile', '-NoLogo']);
		assert.deepEqual(complete('scpsh', '--no'), ['--non-interactive', '--no-profile', '--no-logo']);
		assert.deepEqual(complete('scpsh', '-nop', '-Eph'), ['-Ephemeral']);
		assert.ok(complete('scpsh', '-').includes('-OutputFormat'));
		assert.ok(!complete('scpsh', '-').includes('-Complete'));
	});

	it('completes scenario names, lab names and output formats after their flags, however spelt', () => {
		assert.deepEqual(complete('scpsh', '-Scenario', ''), ['default', 'hierarchy', 'remote-scp', 'offline', 'intune', 'large']);
		assert.deepEqual(complete('scpsh', '-sc', 'o'), ['offline']);
		assert.deepEqual(complete('scpsh', '-Lab', ''), ['airgap', 'default']);
		assert.deepEqual(complete('scpsh', '--lab', '=', 'a'), ['airgap']);
		assert.deepEqual(complete('scpsh', '-Lab', ':', ''), ['airgap', 'default']);
		assert.deepEqual(complete('scpsh', '-o', ''), ['Text', 'Json']);
		assert.deepEqual(complete('scpsh', '-OutputFormat', 'j'), ['Json']);
	});

	it('completes a script file', () => {
		assert.deepEqual(complete('scpsh', '-File', join(bin, 'scp')), [join(bin, 'scpsh')]);
		assert.deepEqual(complete('scpsh', '-nop', join(bin, 'scp')), [join(bin, 'scpsh')]);
		// After the script come its own arguments: scpsh offers nothing.
		assert.deepEqual(complete('scpsh', 'run.ps1', '-No'), []);
	});

	it('completes inside -Command by asking scpsh --complete', () => {
		assert.deepEqual(complete('scpsh', '-c', 'Get-ScpSt'), ['Get-ScpStatus']);
		assert.deepEqual(complete('scpsh', '-nop', '-Command', 'Set-ScpMode', '-Mode', 'Of'), ['Offline']);
		assert.deepEqual(complete('scpsh', '-c', 'Restart-Component', '-Name', 'SMS_DMP_D'), ['SMS_DMP_DOWNLOADER']);
		assert.deepEqual(complete('scpsh', '-c', 'get-scpst'), ['Get-ScpStatus']);
		// bash splits `-Mode:Of` at the colon; only the part after it is replaced.
		assert.deepEqual(complete('scpsh', '-c', 'Set-ScpMode', '-Mode', ':', 'Of'), ['Offline']);
		// A quoted text is one word for bash: the whole word is completed, quote included.
		assert.deepEqual(complete('scpsh', '-c', "'Restart-Component -NoW"), ["'Restart-Component -NoWait"]);
	});
});
