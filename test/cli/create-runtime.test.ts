import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from '../../src/cli/args.ts';
import {createRuntime} from '../../src/cli/create-runtime.ts';
import {LaunchError, prepareLab} from '../../src/cli/prepare-lab.ts';
import {captureHost} from '../helpers/run.ts';
import {tempDir} from '../store/helpers.ts';

/** A launch as from the command line, over a temporary config directory. */
async function launch(argv: string[], setup?: (configDir: string) => void) {
	const xdg = tempDir('scpsh-cli-');
	const configDir = join(xdg, 'scpsh-nodejs');
	mkdirSync(configDir, {recursive: true});
	setup?.(configDir);
	const opts = parseArgs(argv);
	const prepared = prepareLab(opts, {interactive: false, env: {XDG_CONFIG_HOME: xdg}, noExitHooks: true});
	const cap = captureHost();
	const rt = await createRuntime({opts: {...opts, prepared}, host: cap.host});
	return {rt, cap, prepared, configDir, lab: (name = 'default') => join(configDir, 'labs', `${name}.json`)};
}

describe('prepareLab', () => {
	it('refuses an unknown scenario, naming the valid ones', () => {
		assert.throws(
			() => prepareLab(parseArgs(['-Scenario', 'nowhere']), {interactive: false, env: {XDG_CONFIG_HOME: tempDir()}, noExitHooks: true}),
			(e: unknown) => e instanceof LaunchError && /Unknown scenario 'nowhere'. Valid scenarios: default, hierarchy/.test(e.message) && e.exitCode === 64,
		);
	});

	it('refuses a bad lab name', () => {
		assert.throws(() => prepareLab(parseArgs(['-Lab', '../etc']), {interactive: false, env: {XDG_CONFIG_HOME: tempDir()}, noExitHooks: true}), LaunchError);
	});

	it('refuses a lab another live process holds, naming it and suggesting -Lab or -Ephemeral', () => {
		const xdg = tempDir();
		const env = {XDG_CONFIG_HOME: xdg};
		const labs = join(xdg, 'scpsh-nodejs', 'labs');
		mkdirSync(labs, {recursive: true});
		// The parent of this test process is alive and is node (the test runner).
		writeFileSync(join(labs, 'default.lock'), JSON.stringify({pid: process.ppid, host: 'here', since: '2025-01-01T00:00:00Z', token: 't'}));
		assert.throws(
			() => prepareLab(parseArgs([]), {interactive: false, env, noExitHooks: true}),
			(e: unknown) => e instanceof LaunchError && e.message.includes(`process ${process.ppid}`) && /-Lab <name>.*-Ephemeral/.test(e.message),
		);
	});

	it('-Ephemeral neither reads nor writes', () => {
		const xdg = tempDir();
		const p = prepareLab(parseArgs(['-Ephemeral', '-Scenario', 'offline']), {interactive: false, env: {XDG_CONFIG_HOME: xdg}, noExitHooks: true});
		assert.equal(p.session, undefined);
		assert.equal(p.site.scenario, 'offline');
		assert.equal(existsSync(join(xdg, 'scpsh-nodejs')), false);
	});
});

describe('createRuntime', () => {
	it('opens the lab and saves what a script changes', async () => {
		const {rt, lab, prepared} = await launch(['-NoProfile']);
		await rt.run('Set-ScpMode -Mode Offline -WarningAction SilentlyContinue');
		assert.match(readFileSync(lab(), 'utf8'), /"mode":"Offline"/);
		prepared.session?.close();
	});

	it('sets $PROFILE and runs the profile in the global scope', async () => {
		const {rt, cap, configDir, prepared} = await launch([], dir => writeFileSync(join(dir, 'profile.ps1'), "function Hello { 'hello from the profile' }\n$fromProfile = 42\n"));
		assert.equal(rt.getVariable('PROFILE'), join(configDir, 'profile.ps1'));
		await rt.run('Hello; $fromProfile');
		assert.equal(cap.stdout(), 'hello from the profile\n42\n');
		prepared.session?.close();
	});

	it('skips the profile with -NoProfile', async () => {
		const {rt, prepared} = await launch(['-NoProfile'], dir => writeFileSync(join(dir, 'profile.ps1'), '$fromProfile = 42'));
		assert.equal(rt.getVariable('fromProfile'), null);
		prepared.session?.close();
	});

	it('reports an error in the profile and goes on', async () => {
		const {rt, cap, prepared} = await launch([], dir => writeFileSync(join(dir, 'profile.ps1'), "$before = 1\nthrow 'profile broke'\n$after = 1"));
		assert.match(cap.stderr(), /profile broke/);
		assert.match(cap.stderr(), /profile\.ps1/);
		assert.equal(rt.getVariable('before'), 1);
		assert.equal(rt.lastStatus, true);
		const r = await rt.run("'still here'");
		assert.equal(r.terminated, false);
		assert.match(cap.stdout(), /still here/);
		prepared.session?.close();
	});

	it('warns about a profile it cannot read, and goes on', async () => {
		const {rt, cap, prepared} = await launch([], dir => mkdirSync(join(dir, 'profile.ps1')));
		assert.match(cap.stderr(), /WARNING: The profile .*profile\.ps1 could not be read \(it is a directory\); starting without it\./);
		await rt.run('1+1');
		assert.equal(cap.stdout(), '2\n');
		prepared.session?.close();
	});

	it('shows the warnings of opening the lab through the host', async () => {
		const {cap, prepared} = await launch(['-NoProfile'], dir => {
			mkdirSync(join(dir, 'labs'));
			writeFileSync(join(dir, 'labs', 'default.json'), '{"trunc');
		});
		assert.match(cap.stderr(), /WARNING: The lab 'default' could not be read: it is not valid JSON .* moved to .*default\.corrupt-.*\.json/);
		prepared.session?.close();
	});

	it('follows Reset-SimSite: the new site is what the lab saves', async () => {
		const {rt, lab, prepared} = await launch(['-NoProfile']);
		await rt.run('Reset-SimSite -Scenario offline -Force');
		assert.equal(JSON.parse(readFileSync(lab(), 'utf8')).scenario, 'offline');
		await rt.run("Set-ScpUsageDataLevel -Level Basic");
		assert.match(readFileSync(lab(), 'utf8'), /"usageDataLevel":"Basic"/);
		prepared.session?.close();
	});

	it('gives Get-SimLab the lab catalog', async () => {
		const {rt, cap, prepared} = await launch(['-NoProfile', '-Lab', 'Second']);
		await rt.run("Get-SimLab | ForEach-Object { $_.Name + ':' + $_.Status }");
		assert.equal(cap.stdout(), 'second:Current\n');
		prepared.session?.close();
	});
});
