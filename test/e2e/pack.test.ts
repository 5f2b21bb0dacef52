// The package as users get it: `npm pack`, a global install into a temporary prefix with no network and an empty
// npm cache (the build bundles every dependency, so nothing else may be needed), and both commands it declares.
import {describe, it, before} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {execa} from 'execa';
import {launcherEnv} from '../cli/launcher-helper.ts';

const root = new URL('../../', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const work = mkdtempSync(join(tmpdir(), 'scpsh-pack-'));
process.once('exit', () => rmSync(work, {recursive: true, force: true}));
const prefix = join(work, 'prefix');
const bin = (name: string) => (process.platform === 'win32' ? join(prefix, `${name}.cmd`) : join(prefix, 'bin', name));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {name: string; version: string; bin: Record<string, string>; dependencies?: Record<string, string>};
// npm's own settings for these runs: a private, empty cache; no network; no audit or funding chatter.
const npmEnv = {...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false'};

let tarball = '';
let packedFiles: string[] = [];

describe('npm package', () => {
	before(async () => {
		assert.ok(existsSync(join(root, 'dist', 'scpsh.js')), 'dist/scpsh.js is missing: run `npm run build` first');
		// --ignore-scripts: use the dist/ that `npm test` built rather than rebuild it under other running tests.
		const packed = await execa(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {cwd: root, env: npmEnv});
		const [info] = JSON.parse(packed.stdout) as {filename: string; files: {path: string}[]}[];
		tarball = join(work, info!.filename);
		packedFiles = info!.files.map(f => f.path);
	});

	it('holds the built launcher, the completion scripts and the README, and no sources or tests', () => {
		const files = packedFiles;
		for (const f of ['package.json', 'README.md', 'dist/scpsh.js', 'completions/scpsh.bash', 'completions/_scpsh', 'completions/scpsh.fish', 'completions/scpsh.ps1']) {
			assert.ok(files.includes(f), `${f} is not in the package`);
		}
		for (const target of Object.values(pkg.bin)) assert.ok(files.includes(target.replace(/^\.\//, '')), `bin ${target} is not in the package`);
		assert.ok(!files.some(f => /^(src|test|commands|scripts|node_modules)\//.test(f)), files.join('\n'));
	});

	it('declares no runtime dependency: everything it runs is bundled in dist/', () => {
		assert.deepEqual(pkg.dependencies ?? {}, {});
	});

	it('installs globally offline, with an empty npm cache, and gives working commands', async () => {
		const install = await execa(npm, ['install', '--global', '--prefix', prefix, '--ignore-scripts', tarball], {env: npmEnv, reject: false});
		assert.equal(install.exitCode, 0, install.stderr);
		for (const name of Object.keys(pkg.bin)) assert.ok(existsSync(bin(name)), `${name} was not installed`);

		const home = join(work, 'home');
		const env = launcherEnv(home);
		const version = await execa(bin('scpsh'), ['--version'], {env, reject: false});
		assert.equal(version.stdout, `scpsh ${pkg.version}`);
		const run = await execa(bin('scpsh'), ['-NoProfile', '-c', "Set-ScpMode -Mode Offline -WarningAction SilentlyContinue; Get-ScpStatus | Select-Object -ExpandProperty Mode"], {env, reject: false});
		assert.equal(run.exitCode, 0, run.stderr);
		assert.equal(run.stdout, 'Offline');
		// The default lab was saved in the config directory: the installed command keeps state like a real site.
		const again = await execa(bin('scpsh'), ['-NoProfile', '-c', '(Get-ScpStatus).Mode'], {env, reject: false});
		assert.equal(again.stdout, 'Offline');

		const tool = await execa(bin('ServiceConnectionTool'), [], {env, reject: false});
		assert.match(tool.stdout + tool.stderr, /Service Connection Tool/);
		assert.doesNotMatch(tool.stderr, /Cannot find (module|package)|ERR_MODULE_NOT_FOUND/);
	});
});
