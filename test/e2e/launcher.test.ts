// The built launcher end to end: flags, help, version, exit codes, colour, JSON output and completion answers.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {scpsh, tempConfigHome} from '../cli/launcher-helper.ts';
import {VERSION} from '../../src/cli/version.ts';

const {home} = tempConfigHome();
const run = (args: string[], opts: {input?: string; env?: Record<string, string | undefined>} = {}) => scpsh(args, {home, ...opts});
// Most runs here need no saved lab.
const eph = (args: string[], opts: {input?: string; env?: Record<string, string | undefined>} = {}) => run(['-Ephemeral', '-NoProfile', ...args], opts);

describe('launcher: help and version', () => {
	for (const flag of ['--help', '-Help', '-?', '-h', '-HELP']) {
		it(`${flag} prints the flags with examples and exits 0`, async () => {
			const r = await run([flag]);
			assert.equal(r.exitCode, 0);
			assert.match(r.stdout, /^scpsh — /);
			for (const s of ['-Command, -c', '-File, -f', '-NoProfile, -nop', '-NonInteractive, -noni', '-OutputFormat, -o', '-Lab', '-Scenario', '-Ephemeral', 'Examples:']) {
				assert.ok(r.stdout.includes(s), s);
			}
			assert.equal(r.stderr, '');
		});
	}

	for (const flag of ['--version', '-Version', '-v', '-vers']) {
		it(`${flag} prints the version`, async () => {
			const r = await run([flag]);
			assert.equal(r.exitCode, 0);
			assert.equal(r.stdout, `scpsh ${VERSION}\n`);
		});
	}
});

describe('launcher: bad arguments', () => {
	for (const [args, message] of [
		[['-Bogus'], /Unknown parameter '-Bogus'/],
		[['--no-such-thing'], /Unknown parameter '--no-such-thing'/],
		[['-n'], /ambiguous/],
		[['-OutputFormat', 'xml'], /Valid values are: Text, Json/],
		[['-Lab'], /Missing an argument/],
		[['-Lab', 'x', '-Ephemeral'], /either -Lab or -Ephemeral/],
	] as const) {
		it(`${args.join(' ')} → usage on stderr, exit 64`, async () => {
			const r = await run([...args]);
			assert.equal(r.exitCode, 64);
			assert.equal(r.stdout, '');
			assert.match(r.stderr, message);
			assert.match(r.stderr, /Usage: scpsh /);
			assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
		});
	}

	it('an unknown scenario is refused with the valid ones, exit 64', async () => {
		const r = await run(['-Scenario', 'mars', '-c', '1']);
		assert.equal(r.exitCode, 64);
		assert.match(r.stderr, /Unknown scenario 'mars'. Valid scenarios: default, hierarchy, remote-scp, offline, intune, large/);
	});

	it('a bad lab name is refused, exit 64', async () => {
		const r = await run(['-Lab', '../../etc', '-c', '1']);
		assert.equal(r.exitCode, 64);
		assert.match(r.stderr, /not a valid lab name/);
	});

	it('a missing -File gives pwsh\'s message and 64', async () => {
		const r = await eph(['-File', join(home, 'nope.ps1')]);
		assert.equal(r.exitCode, 64);
		assert.match(r.stderr, /The argument '.*nope\.ps1' is not recognized as the name of a script file/);
	});

	it('a -File that is a directory is a clear message, exit 64', async () => {
		const r = await eph(['-File', home]);
		assert.equal(r.exitCode, 64);
		assert.match(r.stderr, /cannot be read \(it is a directory\)/);
	});
});

describe('launcher: scripts and exit codes', () => {
	it('-Command runs the rest of the line', async () => {
		const r = await eph(['-c', '$x', '=', '6;', '$x', '*', '7']);
		assert.equal(r.stdout, '42\n');
		assert.equal(r.exitCode, 0);
	});

	it('-Command: exit N gives N, a failed last statement gives 1', async () => {
		assert.equal((await eph(['-c', 'exit 7'])).exitCode, 7);
		assert.equal((await eph(['-c', 'Get-Nothing'])).exitCode, 1);
		assert.equal((await eph(['-c', 'Get-Nothing; 1'])).exitCode, 0);
		assert.equal((await eph(['-c', "throw 'x'"])).exitCode, 1);
	});

	it('-Command - and piped standard input run stdin as one script', async () => {
		const script = "$a = @(\n  1,\n  2\n)\n$a.Count\n";
		assert.equal((await eph(['-c', '-'], {input: script})).stdout, '2\n');
		assert.equal((await eph([], {input: script})).stdout, '2\n');
		assert.equal((await eph(['-f', '-'], {input: script})).stdout, '2\n');
	});

	it('-File runs a script with its arguments; exit N and errors decide the code', async () => {
		const file = join(home, 'args.ps1');
		writeFileSync(file, '"$($args.Count): $($args[0]) $($args[1])"\nif ($args[0] -eq "fail") { throw "failed" }\nexit 3\n');
		const ok = await eph(['-File', file, 'a', 'b']);
		assert.equal(ok.stdout, '2: a b\n');
		assert.equal(ok.exitCode, 3);
		const failed = await eph([file, 'fail']);
		assert.equal(failed.exitCode, 1);
		assert.match(failed.stderr, /failed/);
		assert.match(failed.stderr, /args\.ps1/);
	});

	it('prints the same bytes every run (the clock moves only when the script moves it)', async () => {
		const script = "Step-SimClock -Duration 1.00:00:00\nGet-SimClock | Select-Object Now\nGet-StatusMessage -Newest 3 | Format-Table MessageId, Component\n";
		const a = await eph(['-NonInteractive', '-Scenario', 'default'], {input: script});
		const b = await eph(['-NonInteractive', '-Scenario', 'default'], {input: script});
		assert.equal(a.exitCode, 0, a.stderr);
		assert.equal(a.stdout, b.stdout);
		assert.ok(a.stdout.length > 0);
	});
});

describe('launcher: colour', () => {
	const coloured = "Write-Host 'hi' -ForegroundColor Red; Write-Warning 'w'";
	it('no escape codes when not a terminal', async () => {
		const r = await eph(['-c', coloured]);
		assert.doesNotMatch(r.stdout + r.stderr, /\x1b\[/);
	});

	it('FORCE_COLOR turns colour on, NO_COLOR wins over it', async () => {
		const forced = await eph(['-c', coloured], {env: {FORCE_COLOR: '1'}});
		assert.match(forced.stdout, /\x1b\[/);
		assert.match(forced.stderr, /\x1b\[/);
		const none = await eph(['-c', coloured], {env: {FORCE_COLOR: '1', NO_COLOR: '1'}});
		assert.doesNotMatch(none.stdout + none.stderr, /\x1b\[/);
	});

	it('TERM=dumb and JSON output never colour', async () => {
		const dumb = await eph(['-c', coloured], {env: {TERM: 'dumb'}});
		assert.doesNotMatch(dumb.stdout + dumb.stderr, /\x1b\[/);
		const json = await eph(['-o', 'json', '-c', coloured], {env: {FORCE_COLOR: '1'}});
		assert.doesNotMatch(json.stdout + json.stderr, /\x1b\[/);
	});
});

describe('launcher: JSON output', () => {
	it('-OutputFormat Json writes one parseable object per line, errors as JSON on stderr', async () => {
		const r = await eph(['-OutputFormat', 'Json', '-c', 'Get-ScpStatus; Get-Component -Name SMS_DMP_*; Get-Nothing']);
		const lines = r.stdout.trim().split('\n').map(l => JSON.parse(l));
		assert.equal(lines[0].SiteCode, 'PS1');
		assert.equal(lines[0].Mode, 'Online');
		assert.equal(typeof lines[0].RestartRequired, 'boolean');
		assert.ok(lines.slice(1).every(c => c.Name.startsWith('SMS_DMP_') && 'State' in c));
		const errors = r.stderr.trim().split('\n').map(l => JSON.parse(l));
		assert.equal(errors.length, 1);
		assert.equal(errors[0].id, 'CommandNotFoundException');
		assert.equal(errors[0].category, 'ObjectNotFound');
		assert.deepEqual([errors[0].position.line, errors[0].position.column], [1, 47]);
		assert.equal(r.exitCode, 1);
	});

	it('says why it cannot start as a JSON error line too', async () => {
		const scenario = await run(['-o', 'json', '-Scenario', 'mars', '-c', '1']);
		assert.equal(scenario.exitCode, 64);
		const e = JSON.parse(scenario.stderr);
		assert.deepEqual([e.type, e.id, e.category], ['error', 'UnknownScenario', 'InvalidArgument']);
		assert.match(e.message, /Unknown scenario 'mars'/);
		const file = await run(['-Ephemeral', '-o', 'json', '-File', join(home, 'missing.ps1')]);
		assert.equal(file.exitCode, 64);
		assert.equal(JSON.parse(file.stderr).id, 'ScriptFileNotFound');
	});

	it('--output-format=json and -o j work too', async () => {
		assert.equal((await eph(['--output-format=json', '-c', "'a'"])).stdout, '"a"\n');
		assert.equal((await eph(['-o', 'j', '-c', '1..3'])).stdout, '1\n2\n3\n');
	});
});

describe('launcher: --complete', () => {
	it('answers from the completion engine, one candidate per line', async () => {
		const r = await run(['--complete', 'Get-ScpSt', '9']);
		assert.equal(r.exitCode, 0);
		assert.equal(r.stdout.split('\n')[0], 'Get-ScpStatus');
		const mode = await run(['--complete', 'Set-ScpMode -Mode Of', '20']);
		assert.equal(mode.stdout, 'Offline\n');
		const param = await run(['--complete', 'Restart-Component -NoW', '22']);
		assert.equal(param.stdout, '-NoWait\n');
	});

	it('completes the whole shell word, even when the engine replaces only its end', async () => {
		const r = await run(['--complete', 'Get-ScpStatus|Select-Obj', '24']);
		assert.equal(r.stdout, 'Get-ScpStatus|Select-Object\n');
		const colon = await run(['--complete', 'Set-ScpMode -Mode:Of', '20']);
		assert.equal(colon.stdout, '-Mode:Offline\n');
	});

	it('uses the default lab without locking or changing it', async () => {
		const {home: h, labs} = tempConfigHome();
		mkdirSync(labs, {recursive: true});
		await scpsh(['-NoProfile', '-c', 'Add-Site -SiteCode PS9 -Type Secondary -ParentSiteCode PS1 -ServerName SS9.contoso.com'], {home: h});
		const r = await scpsh(['--complete', 'Get-Site -SiteCode PS', '21'], {home: h});
		assert.ok(r.stdout.split('\n').includes('PS9'), r.stdout);
	});
});
