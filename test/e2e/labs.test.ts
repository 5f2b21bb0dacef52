// Labs end to end: a saved site shared by runs, other labs, fresh starts, damaged files, locks, kills and profiles.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {spawnSync} from 'node:child_process';
import {execa} from 'execa';
import {builtLauncher, launcherEnv, scpsh, tempConfigHome} from '../cli/launcher-helper.ts';
import {Site, SCHEMA_VERSION} from '../../src/site/index.ts';

const readLab = (labs: string, name = 'default') => JSON.parse(readFileSync(join(labs, `${name}.json`), 'utf8'));
const loadLab = (labs: string, name = 'default') => Site.load(readLab(labs, name));

async function waitFor(check: () => boolean, what: string, ms = 15_000): Promise<void> {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await sleep(20);
	}
}

describe('labs: persistence', () => {
	it('two runs share the default lab', async () => {
		const {home, labs} = tempConfigHome();
		const first = await scpsh(['-NoProfile', '-c', 'Set-ScpMode -Mode Offline; Step-SimClock -Duration 2h'], {home});
		assert.equal(first.exitCode, 0, first.stderr);
		const second = await scpsh(['-NoProfile', '-c', '(Get-ScpStatus).Mode'], {home});
		assert.equal(second.stdout, 'Offline\n');
		// Piped scripts use the same lab.
		const third = await scpsh(['-NoProfile'], {home, input: '(Get-ScpStatus).Mode\n'});
		assert.equal(third.stdout, 'Offline\n');
		assert.equal(loadLab(labs).getScpStatus()?.Mode, 'Offline');
		// Nothing is left behind but the lab.
		assert.deepEqual(readdirSync(labs), ['default.json']);
	});

	it('-Lab opens or creates another lab; Get-SimLab lists them', async () => {
		const {home, labs} = tempConfigHome();
		await scpsh(['-NoProfile', '-c', 'Set-ScpMode -Mode Offline'], {home});
		const other = await scpsh(['-NoProfile', '-Lab', 'Training', '-c', '(Get-ScpStatus).Mode'], {home});
		assert.equal(other.stdout, 'Online\n');
		assert.ok(existsSync(join(labs, 'training.json')));
		const list = await scpsh(['-NoProfile', '-Lab', 'training', '-c', "Get-SimLab | ForEach-Object { \"$($_.Name) $($_.Status)\" }"], {home});
		assert.equal(list.stdout, 'default Available\ntraining Current\n');
	});

	it('-Scenario starts the lab afresh from a scenario', async () => {
		const {home, labs} = tempConfigHome();
		await scpsh(['-NoProfile', '-Lab', 'airgap', '-c', 'Set-ScpUsageDataLevel -Level Full'], {home});
		const r = await scpsh(['-NoProfile', '-Lab', 'airgap', '-Scenario', 'offline', '-c', '(Get-ScpStatus).Mode; (Get-ScpStatus).UsageDataLevel'], {home});
		assert.equal(r.stdout, 'Offline\nEnhanced\n');
		assert.equal(readLab(labs, 'airgap').scenario, 'offline');
	});

	it('-Ephemeral neither reads nor writes a lab', async () => {
		const {home, configDir} = tempConfigHome();
		const r = await scpsh(['-NoProfile', '-Ephemeral', '-c', 'Set-ScpMode -Mode Offline; (Get-ScpStatus).Mode'], {home});
		assert.equal(r.stdout, 'Offline\n');
		assert.equal(existsSync(configDir), false);
		await scpsh(['-NoProfile', '-c', 'Set-ScpUsageDataLevel -Level Basic'], {home});
		const before = readFileSync(join(configDir, 'labs', 'default.json'), 'utf8');
		const eph = await scpsh(['-NoProfile', '-Ephemeral', '-c', '(Get-ScpStatus).UsageDataLevel; Set-ScpUsageDataLevel -Level Full'], {home});
		assert.equal(eph.stdout, 'Enhanced\n');
		assert.equal(readFileSync(join(configDir, 'labs', 'default.json'), 'utf8'), before);
	});

	it('saves each statement that changes the site before the next one runs', async () => {
		const {home, labs} = tempConfigHome();
		await scpsh(['-NoProfile', '-c', '1'], {home});
		// The second statement never ends: the first one's change must be on disk while it runs.
		const child = scpsh(['-NoProfile', '-c', 'Set-ScpMode -Mode Offline -WarningAction SilentlyContinue; while ($true) { }'], {home});
		try {
			await waitFor(() => {
				try {
					return loadLab(labs).getScpStatus()?.Mode === 'Offline';
				} catch {
					return false;
				}
			}, 'the first statement to be saved');
		} finally {
			child.kill('SIGKILL');
			await child;
		}
	});
});

describe('labs: damaged files', () => {
	for (const [what, text, reason] of [
		['truncated', '{"schemaVersion":1,"scenario":"default","clo', /not valid JSON/],
		['not JSON', 'this is not a lab', /not valid JSON/],
		['from a newer scpsh', JSON.stringify({schemaVersion: SCHEMA_VERSION + 1, scenario: 'intune'}), /newer scpsh/],
	] as const) {
		it(`a ${what} lab is moved aside with a warning, and the lab starts from its scenario`, async () => {
			const {home, labs} = tempConfigHome();
			mkdirSync(labs, {recursive: true});
			writeFileSync(join(labs, 'default.json'), text);
			const r = await scpsh(['-NoProfile', '-c', 'Get-SimClock | Out-Null; (Get-ScpStatus).SiteCode'], {home});
			assert.equal(r.exitCode, 0);
			assert.equal(r.stdout, 'PS1\n');
			assert.match(r.stderr, /^WARNING: The lab 'default' could not be read: /);
			assert.match(r.stderr, reason);
			const aside = readdirSync(labs).find(f => /^default\.corrupt-\d{8}T\d{6}\.\d{3}Z\.json$/.test(f));
			assert.ok(aside, readdirSync(labs).join(' '));
			assert.ok(r.stderr.includes(join(labs, aside)), 'the warning says where it went');
			assert.equal(readFileSync(join(labs, aside), 'utf8'), text);
			assert.equal(readLab(labs).schemaVersion, SCHEMA_VERSION);
			assert.equal(readLab(labs).scenario, text.includes('intune') ? 'intune' : 'default');
			assert.doesNotMatch(r.stderr, /\n\s+at /);
		});
	}
});

describe('labs: two shells', () => {
	it('refuses a lab another live scpsh holds, naming it; -Lab and -Ephemeral still work', async () => {
		const {home, labs} = tempConfigHome();
		// A script still arriving on standard input: the first shell holds the lab meanwhile.
		const holder = scpsh(['-NoProfile'], {home, stdin: 'pipe'});
		try {
			await waitFor(() => existsSync(join(labs, 'default.lock')), 'the first shell to lock the lab');
			const refused = await scpsh(['-NoProfile', '-c', 'Set-ScpMode -Mode Offline'], {home});
			assert.equal(refused.exitCode, 64);
			assert.match(refused.stderr, new RegExp(`The lab 'default' is in use by another scpsh \\(process ${holder.pid}\\b`));
			assert.match(refused.stderr, /-Lab <name>.*-Ephemeral/);
			assert.equal((await scpsh(['-NoProfile', '-Ephemeral', '-c', '1'], {home})).stdout, '1\n');
			assert.equal((await scpsh(['-NoProfile', '-Lab', 'other', '-c', '2'], {home})).stdout, '2\n');
		} finally {
			holder.stdin?.end('(Get-ScpStatus).Mode\n');
		}
		const done = await holder;
		assert.equal(done.stdout, 'Online\n', 'the refused run changed nothing');
		assert.equal(existsSync(join(labs, 'default.lock')), false);
	});

	it('takes over a lock left by a process that is gone', async () => {
		const {home, labs} = tempConfigHome();
		mkdirSync(labs, {recursive: true});
		writeFileSync(join(labs, 'default.lock'), JSON.stringify({pid: 2 ** 22 + 5, host: 'old', since: '2020-01-01T00:00:00Z', token: 'gone'}));
		const r = await scpsh(['-NoProfile', '-c', '(Get-ScpStatus).Mode'], {home});
		assert.equal(r.exitCode, 0, r.stderr);
		assert.equal(r.stdout, 'Online\n');
		assert.equal(existsSync(join(labs, 'default.lock')), false);
	});
});

describe('labs: crashes and signals', () => {
	it('a kill at any moment leaves the previous or the new state, never a broken file', async () => {
		const {home, labs} = tempConfigHome();
		await scpsh(['-NoProfile', '-c', '1'], {home});
		const busy = "foreach ($i in 1..1000000) { Set-ScpUsageDataLevel -Level ('Basic', 'Enhanced', 'Full')[$i % 3]; Step-SimClock -Duration 1m }";
		for (const delay of [150, 400, 700, 1100]) {
			const child = scpsh(['-NoProfile', '-c', busy], {home});
			await waitFor(() => existsSync(join(labs, 'default.lock')), 'the run to start');
			await sleep(delay);
			child.kill('SIGKILL');
			await child;
			// Loads completely, and a leftover lock of a dead process is no obstacle.
			const site = loadLab(labs);
			assert.ok(site.getScpStatus());
		}
		const after = await scpsh(['-NoProfile', '-c', '(Get-ScpStatus).SiteCode'], {home});
		assert.equal(after.stdout, 'PS1\n');
		assert.doesNotMatch(after.stderr, /could not be read/);
	});

	it('SIGTERM ends a script at once (even a loop), and nothing is lost', async () => {
		const {home, labs} = tempConfigHome();
		const child = scpsh(['-NoProfile', '-c', 'Set-ScpMode -Mode Offline -WarningAction SilentlyContinue; while ($true) { }'], {home});
		await waitFor(() => {
			try {
				return loadLab(labs).getScpStatus()?.Mode === 'Offline';
			} catch {
				return false;
			}
		}, 'the first statement to be saved');
		child.kill('SIGTERM');
		const r = await child;
		assert.equal(r.signal, 'SIGTERM');
		assert.equal(loadLab(labs).getScpStatus()?.Mode, 'Offline');
		// The lock of the dead process is taken over.
		assert.equal((await scpsh(['-NoProfile', '-c', '(Get-ScpStatus).Mode'], {home})).stdout, 'Offline\n');
	});
});

describe('labs: unwritable config directory', () => {
	it('runs as if -Ephemeral, with a warning', async () => {
		const {home} = tempConfigHome();
		const blocker = join(home, 'not-a-dir');
		writeFileSync(blocker, 'a file where the config directory should be');
		const r = await scpsh(['-NoProfile', '-c', 'Set-ScpMode -Mode Offline -WarningAction SilentlyContinue; (Get-ScpStatus).Mode'], {home, env: {XDG_CONFIG_HOME: blocker}});
		assert.equal(r.exitCode, 0);
		assert.equal(r.stdout, 'Offline\n');
		assert.match(r.stderr, /^WARNING: The lab store .* cannot be used \(a file is in the way of a directory\): this session runs as with -Ephemeral/);
		assert.doesNotMatch(r.stderr, /\n\s+at /);
	});
});

describe('profiles', () => {
	it('profile.ps1 runs at start ($PROFILE is its path) unless -NoProfile', async () => {
		const {home, configDir} = tempConfigHome();
		mkdirSync(configDir, {recursive: true});
		writeFileSync(join(configDir, 'profile.ps1'), "function Get-Greeting { 'hello' }\n");
		const r = await scpsh(['-Ephemeral', '-c', 'Get-Greeting; $PROFILE'], {home});
		assert.equal(r.stdout, `hello\n${join(configDir, 'profile.ps1')}\n`);
		const skipped = await scpsh(['-Ephemeral', '-nop', '-c', 'Get-Greeting'], {home});
		assert.equal(skipped.exitCode, 1);
		assert.match(skipped.stderr, /Get-Greeting/);
	});

	it('an error in the profile is reported and the shell goes on', async () => {
		const {home, configDir} = tempConfigHome();
		mkdirSync(configDir, {recursive: true});
		writeFileSync(join(configDir, 'profile.ps1'), "$x = 1\nGet-Bogus\nthrow 'profile failed'\n");
		const r = await scpsh(['-Ephemeral', '-c', "'running'"], {home});
		assert.equal(r.stdout, 'running\n');
		assert.equal(r.exitCode, 0);
		assert.match(r.stderr, /Get-Bogus/);
		assert.match(r.stderr, /profile failed/);
		assert.match(r.stderr, /profile\.ps1/);
	});

	it('an unreadable profile is a warning', async () => {
		const {home, configDir} = tempConfigHome();
		mkdirSync(join(configDir, 'profile.ps1'), {recursive: true});
		const r = await scpsh(['-Ephemeral', '-c', "'running'"], {home});
		assert.equal(r.stdout, 'running\n');
		assert.equal(r.exitCode, 0);
		assert.match(r.stderr, /^WARNING: The profile .*profile\.ps1 could not be read/);
	});
});

describe('labs: the interactive shell', () => {
	// A real terminal, through util-linux's `script`, which gives the shell a pseudo-terminal.
	const hasScript = process.platform === 'linux' && spawnSync('script', ['--version'], {stdio: 'ignore'}).status === 0;

	/** Starts the shell in a terminal; `until` waits for text on the screen. */
	function terminal(home: string, args: string[] = []) {
		const command = [process.execPath, builtLauncher(), '-NoProfile', ...args].map(a => `'${a}'`).join(' ');
		const child = execa('script', ['-qfec', command, '/dev/null'], {env: launcherEnv(home), stdin: 'pipe', reject: false, timeout: 60_000});
		let screen = '';
		child.stdout?.on('data', (d: Buffer) => (screen += d.toString()));
		const until = (text: string) => waitFor(() => screen.includes(text), `"${text}" on the screen`, 30_000);
		const type = (text: string) => child.stdin?.write(text);
		return {child, until, type};
	}

	it('keeps what was done interactively for the next run, scripted or not', {skip: !hasScript && 'needs util-linux script'}, async () => {
		const {home, labs} = tempConfigHome();
		const shell = terminal(home);
		await shell.until('PS1:');
		shell.type('Set-ScpMode -Mode Offline\r');
		await shell.until('takes effect');
		shell.type('exit\r');
		await shell.child;
		assert.equal(loadLab(labs).getScpStatus()?.Mode, 'Offline');
		assert.equal(existsSync(join(labs, 'default.lock')), false);
		const r = await scpsh(['-NoProfile', '-c', '(Get-ScpStatus).Mode'], {home});
		assert.equal(r.stdout, 'Offline\n');
	});

	it("saves the live clock's progress when the shell is terminated", {skip: !hasScript && 'needs util-linux script'}, async () => {
		const {home, labs} = tempConfigHome();
		await scpsh(['-NoProfile', '-c', '1'], {home});
		const start = readLab(labs).clock.now as number;
		const shell = terminal(home);
		await shell.until('PS1:');
		// A day passes in 24 s: the clock moves a lot, but only the clock.
		shell.type('Set-SimClock -Rate 86400\r');
		await sleep(1500);
		// The shell (node) is the child of `script`: terminate it, as a closing terminal or a CI runner would.
		const pids = spawnSync('pgrep', ['-P', String(shell.child.pid)], {encoding: 'utf8'}).stdout.trim().split('\n').filter(Boolean);
		for (const pid of pids) process.kill(Number(pid), 'SIGTERM');
		await shell.child;
		const lab = readLab(labs);
		assert.equal(lab.clock.rate, 86400);
		assert.ok(lab.clock.now - start >= 60_000, `the clock moved ${lab.clock.now - start} ms`);
		assert.equal(existsSync(join(labs, 'default.lock')), false);
	});
});
