// The shell in a REAL terminal: the built launcher in a tmux pseudo-terminal (120×40), driven with send-keys and
// read back with capture-pane, as a person would see it. Start, run a command, watch a pane change, leave with
// Ctrl+D, check the exit code. Every wait polls the screen with a deadline; nothing sleeps a fixed time.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '../..');
// SCPSH_LAUNCHER points the test at another build (a developer's experiment); the default is the real one.
const launcher = process.env.SCPSH_LAUNCHER ?? join(root, 'dist/scpsh.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs: number, screen: () => string): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const got = probe();
		if (got) return got;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen:\n${screen()}`);
		await new Promise(r => setTimeout(r, 50));
	}
}

test('the shell in a real terminal: prompt, a command, a pane that changes, Ctrl+D', {skip: hasTmux ? false : 'tmux is not installed', timeout: 60_000}, async () => {
	assert.ok(existsSync(launcher), 'run `npm run build` first');
	const dir = mkdtempSync(join(tmpdir(), 'scpsh-tty-'));
	const socket = `scpsh-test-${process.pid}`;
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
	const screen = () => {
		try {
			return tmux('capture-pane', '-p', '-t', 'shell');
		} catch {
			return '';
		}
	};
	const until = (what: string, re: RegExp, timeoutMs = 15_000) => waitFor(what, () => re.test(screen()), timeoutMs, screen);
	const codeFile = join(dir, 'code');
	// CI=false: Ink writes only its last frame when it believes it runs in CI. The config dir is a temporary one so
	// history never touches the real one.
	const command = `cd ${JSON.stringify(root)} && env CI=false XDG_CONFIG_HOME=${JSON.stringify(dir)} HOME=${JSON.stringify(dir)} node ${JSON.stringify(launcher)} -NoLogo -Ephemeral; echo $? > ${JSON.stringify(codeFile)}`;
	try {
		tmux('new-session', '-d', '-s', 'shell', '-x', '120', '-y', '40', 'sh', '-c', command);
		await until('the prompt', /PS PS1:\\> *$/m);
		await until('the SCP pane, online', /Mode Online\s+effective Online/);
		await until('the components pane', /SMS_DMP_DOWNLOADER\s+Running/);

		tmux('send-keys', '-t', 'shell', '-l', 'Set-ScpMode -Mode Of');
		tmux('send-keys', '-t', 'shell', 'Tab');
		await until('Tab completion', /PS PS1:\\> Set-ScpMode -Mode Offline/);
		tmux('send-keys', '-t', 'shell', 'Enter');
		await until('the restart badge', /RESTART REQUIRED: SMS_DMP_DOWNLOADER/);
		assert.match(screen(), /Mode Offline\s+effective Online/);

		tmux('send-keys', '-t', 'shell', '-l', 'Restart-Component -Name SMS_DMP_DOWNLOADER -NoWait');
		tmux('send-keys', '-t', 'shell', 'Enter');
		await until('the downloader cycling', /SMS_DMP_DOWNLOADER\s+(Stopping|Stopped|Starting)/);
		await until('the new effective mode', /Mode Offline\s+effective Offline/, 30_000);
		assert.doesNotMatch(screen(), /RESTART REQUIRED/);

		tmux('send-keys', '-t', 'shell', 'Up');
		await until('history recall', /PS PS1:\\> Restart-Component -Name SMS_DMP_DOWNLOADER -NoWait\s*$/m);
		tmux('send-keys', '-t', 'shell', 'C-u');
		tmux('send-keys', '-t', 'shell', 'C-d');
		const code = await waitFor('the exit code', () => (existsSync(codeFile) ? readFileSync(codeFile, 'utf8').trim() : undefined), 10_000, screen);
		assert.equal(code, '0');
	} finally {
		try {
			tmux('kill-server');
		} catch {
			// Already gone with its only session.
		}
		rmSync(dir, {recursive: true, force: true});
		// tmux leaves its socket file behind.
		rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, socket), {force: true});
	}
});
