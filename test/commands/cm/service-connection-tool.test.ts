// ServiceConnectionTool.exe: the offline servicing path with real files — Windows paths mapped to folders, the
// prepare/import/export phases in the shell, the connect phase as a separate program (also run here on its own) —
// and its refusals, which write nothing and leave the site exactly as it was.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {homedir, tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeEach, describe, it} from 'node:test';
import {parseUpdatePack, Site} from '../../../src/site/index.ts';
import {toolCommand} from '../../../commands/_lib/sct-process.ts';
import {defaultDriveRoot, mapPath} from '../../../commands/_lib/win-paths.ts';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const lines = (text: string) => text.trim().split('\n').map((l) => l.trimEnd());
let root = '';
const drive = (...parts: string[]) => join(root, 'D', ...parts);

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'scpsh-sct-'));
	process.env.SCPSH_DRIVE_ROOT = root;
});

/** An offline site, a month on: release 2503 is in the cloud catalog. */
async function offlineShell() {
	const shell = newShell('offline');
	await runOnSite('Step-SimClock 25d', shell);
	return shell;
}

const unchanged = async (script: string, shell: ReturnType<typeof newShell>) => {
	const before = JSON.stringify(shell.site.toJSON());
	const r = await runOnSite(script, shell);
	assert.ok(JSON.stringify(shell.site.toJSON()) === before, `the site changed after: ${script}`);
	return r;
};

describe('paths', () => {
	it('map drive letters under the drive root, UNC paths under UNC, the rest from the current folder', () => {
		const base = {cwd: '/work/here', driveRoot: '/drives', home: '/home/me'};
		assert.equal(mapPath('D:\\USB\\UsageData.cab', base), '/drives/D/USB/UsageData.cab');
		assert.equal(mapPath('d:/USB/UpdatePacks/', base), '/drives/D/USB/UpdatePacks');
		assert.equal(mapPath('D:', base), '/drives/D');
		assert.equal(mapPath('\\\\fs01\\share\\x.cab', base), '/drives/UNC/fs01/share/x.cab');
		assert.equal(mapPath('USB\\UpdatePacks', base), '/work/here/USB/UpdatePacks');
		assert.equal(mapPath('.\\a\\..\\b', base), '/work/here/b');
		assert.equal(mapPath('/tmp/x', base), '/tmp/x');
		assert.equal(mapPath('~\\USB', base), '/home/me/USB');
	});

	it('the drive root is $SCPSH_DRIVE_ROOT, else ~/.scpsh/drives', () => {
		assert.equal(defaultDriveRoot({SCPSH_DRIVE_ROOT: '/x/y'}), '/x/y');
		assert.equal(defaultDriveRoot({HOME: '/home/me'}), '/home/me/.scpsh/drives');
		assert.equal(defaultDriveRoot({}), join(homedir(), '.scpsh', 'drives'));
	});
});

describe('ServiceConnectionTool.exe', () => {
	it('prepare, connect (another process), import: the update becomes ready to install', async () => {
		const shell = await offlineShell();
		const prep = await runOnSite('ServiceConnectionTool.exe -prepare -usagedatadest D:\\USB\\UsageData.cab; $LASTEXITCODE', shell);
		assert.equal(prep.stderr, '');
		assert.deepEqual(lines(prep.stdout).slice(2), ['Wrote D:\\USB\\UsageData.cab.',
			'Take it to a computer with internet access and run ServiceConnectionTool.exe -connect -usagedatasrc D:\\USB -updatepackdest <folder>.', '0']);
		const usage = JSON.parse(readFileSync(drive('USB', 'UsageData.cab'), 'utf8'));
		assert.equal(usage.format, 'scpsh-usage-data');
		assert.equal(usage.hierarchyId, shell.site.lab.hierarchyId);

		const conn = await runOnSite('ServiceConnectionTool.exe -connect -usagedatasrc D:\\USB -updatepackdest D:\\USB\\UpdatePacks; $LASTEXITCODE', shell);
		assert.equal(conn.stderr, '');
		const out = lines(conn.stdout);
		assert.match(out[0]!, /^ServiceConnectionTool\.exe -connect: downloading the latest update that applies to the site version/);
		assert.ok(out.includes('  Downloading Configuration Manager 2503 (5.00.9135.1000, 1780 MB)... 25% 50% 75% 100%'), conn.stdout);
		assert.equal(out.at(-1), '0');
		const packName = `UpdatePack-${shell.site.lab.hierarchyId}.json`;
		assert.deepEqual(readdirSync(drive('USB', 'UpdatePacks')).sort(), ['ServiceConnectionTool.log', packName].sort());
		const pack = parseUpdatePack(readFileSync(drive('USB', 'UpdatePacks', packName), 'utf8'));
		assert.deepEqual(pack.updates.map((u) => u.id), ['CM2503']);
		const log = readFileSync(drive('USB', 'UpdatePacks', 'ServiceConnectionTool.log'), 'utf8');
		assert.match(log, /^<!\[LOG\[ServiceConnectionTool\.exe -connect: .*\]LOG\]!><time="\d\d:\d\d:\d\d\.000\+000" date="\d\d-\d\d-2025" component="ServiceConnectionTool" context="" type="1" thread="1" file="">\r\n/);

		const imp = await runOnSite('ServiceConnectionTool.exe -import -updatepacksrc D:\\USB\\UpdatePacks; $LASTEXITCODE', shell);
		assert.equal(imp.stderr, '');
		assert.ok(lines(imp.stdout).includes('Imported Configuration Manager 2503 (5.00.9135.1000): Ready to install.'), imp.stdout);
		assert.equal(lines(imp.stdout).at(-1), '0');
		assert.equal(shell.site.getUpdates().find((u) => u.Name === 'Configuration Manager 2503')?.State, 'Ready to install');
		assert.match(readFileSync(drive('USB', 'UpdatePacks', 'ServiceConnectionTool.log'), 'utf8'), /Successfully Dropped the state message 4/);
	});

	it('relative paths start at the folder Set-Location went to; the alias ServiceConnectionTool works', async () => {
		const shell = await offlineShell();
		const work = mkdtempSync(join(tmpdir(), 'scpsh-sct-cwd-'));
		const r = await runOnSite(`Set-Location "${work}"\nServiceConnectionTool -prepare -usagedatadest USB\\UsageData.cab\nServiceConnectionTool.exe -connect -usagedatasrc USB -updatepackdest USB\\Packs\nServiceConnectionTool.exe -import -updatepacksrc USB/Packs`, shell);
		assert.equal(r.stderr, '');
		assert.ok(existsSync(join(work, 'USB', 'UsageData.cab')));
		assert.ok(existsSync(join(work, 'USB', 'Packs', `UpdatePack-${shell.site.lab.hierarchyId}.json`)));
		assert.equal(shell.site.getUpdates().find((u) => u.Name === 'Configuration Manager 2503')?.State, 'Ready to install');
	});

	it('connect reads every hierarchy\'s .cab of a folder; import takes only its own', async () => {
		const shell = await offlineShell();
		const other = Site.create('offline');
		other.advance(25 * 86_400_000);
		mkdirSync(drive('USB'), {recursive: true});
		// Another hierarchy's usage data, under its own name, in the same folder.
		const otherUsage = JSON.parse(other.exportUsageData());
		otherUsage.hierarchyId = '11111111-2222-3333-4444-555555555555';
		writeFileSync(drive('USB', 'Other.cab'), JSON.stringify(otherUsage));
		const r = await runOnSite('ServiceConnectionTool.exe -prepare -usagedatadest D:\\USB\\UsageData.cab\nServiceConnectionTool.exe -connect -usagedatasrc D:\\USB -updatepackdest D:\\USB\\UpdatePacks -downloadall\n' +
			'ServiceConnectionTool.exe -import -updatepacksrc D:\\USB\\UpdatePacks', shell);
		assert.equal(r.stderr, '');
		assert.equal(readdirSync(drive('USB', 'UpdatePacks')).filter((f) => f.startsWith('UpdatePack-')).length, 2);
		assert.match(r.stdout, /Skipped D:\\USB\\UpdatePacks\\UpdatePack-11111111-2222-3333-4444-555555555555\.json: it was made for hierarchy 11111111-2222-3333-4444-555555555555, not this one\./);
		// -downloadall brings everything available; what does not apply (2403, the installed 2409 hotfix) is skipped.
		assert.match(r.stdout, /Imported Configuration Manager 2503/);
		assert.match(r.stdout, /Imported Configuration Manager 2409 Hotfix Rollup \(KB30385346\)/);
		assert.match(r.stdout, /Skipped CM2403: Does not apply/);
	});

	it('-export writes the usage data as CSV for review', async () => {
		const shell = await offlineShell();
		await runOnSite('Set-CMHierarchySetting -TelemetryLevel Basic; ServiceConnectionTool.exe -export -dest D:\\USB\\UsageData.csv', shell);
		const csv = readFileSync(drive('USB', 'UsageData.csv'), 'utf8').split('\r\n');
		assert.equal(csv[0], '"Section","Name","Value"');
		assert.ok(csv.includes('"Header","Level","Basic"'));
		assert.ok(csv.includes('"Basic","siteVersion","5.00.9132.1000"'));
		assert.ok(!csv.some((l) => l.startsWith('"Enhanced"')));
	});

	it('prepare, import and export need the SCP in offline mode: refused, nothing written, nothing changed', async () => {
		const shell = newShell();
		const r = await unchanged('ServiceConnectionTool.exe -prepare -usagedatadest D:\\USB\\UsageData.cab; $LASTEXITCODE', shell);
		assert.equal(r.stdout.trim(), '1');
		assert.match(r.stderr, /^ServiceConnectionTool\.exe:/m);
		assert.match(r.stderr, /needs the service connection point in offline mode/);
		assert.ok(!existsSync(drive('USB')));
		const e = await runOnSite('try { ServiceConnectionTool.exe -export -dest D:\\x.csv -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }; $LASTEXITCODE', shell);
		assert.deepEqual(lines(e.stdout), ['ScpNotOffline,ServiceConnectionTool.exe', '1']);
	});

	it('refuses unusable input with the tool\'s errors and exit code 1, changing nothing', async () => {
		const shell = await offlineShell();
		const missing = await unchanged('ServiceConnectionTool.exe -connect -usagedatasrc D:\\USB -updatepackdest D:\\USB\\UpdatePacks; $LASTEXITCODE', shell);
		assert.match(missing.stderr, /The usage data source 'D:\\USB' does not exist\./);
		assert.equal(missing.stdout.trim(), '1');
		mkdirSync(drive('USB'), {recursive: true});
		const empty = await unchanged('ServiceConnectionTool.exe -connect -usagedatasrc D:\\USB -updatepackdest D:\\USB\\UpdatePacks', shell);
		assert.match(empty.stderr, /No usage data files \(\*\.cab\) were found in 'D:\\USB'\./);
		writeFileSync(drive('USB', 'UsageData.cab'), 'not json');
		const bad = await unchanged('ServiceConnectionTool.exe -connect -usagedatasrc D:\\USB\\UsageData.cab -updatepackdest D:\\USB\\UpdatePacks', shell);
		assert.match(bad.stderr, /'D:\\USB\\UsageData\.cab' is not usage data from ServiceConnectionTool\.exe -prepare: The usage data file is not valid JSON/);
		assert.ok(!existsSync(drive('USB', 'UpdatePacks')));
		const two = await unchanged('ServiceConnectionTool.exe -connect -usagedatasrc D:\\USB -updatepackdest D:\\P -downloadall -downloadhotfix', shell);
		assert.match(two.stderr, /Use only one of -downloadall, -downloadhotfix and -downloadsiteversion\./);
		const proxy = await unchanged('ServiceConnectionTool.exe -connect -usagedatasrc D:\\USB -updatepackdest D:\\P -proxyusername CONTOSO\\me', shell);
		assert.match(proxy.stderr, /-proxyusername needs -proxyserveruri\./);
		const noPacks = await unchanged('ServiceConnectionTool.exe -import -updatepacksrc D:\\USB', shell);
		assert.match(noPacks.stderr, /No update packs \(UpdatePack-<hierarchy>\.json\) were found in 'D:\\USB'/);
		const nothing = await unchanged('ServiceConnectionTool.exe -import -updatepacksrc D:\\Nowhere', shell);
		assert.match(nothing.stderr, /The update pack source 'D:\\Nowhere' does not exist\./);
		const usage = await unchanged('ServiceConnectionTool.exe -prepare', shell);
		assert.match(usage.stderr, /missing mandatory parameters: UsageDataDest/);
		const mixed = await unchanged('ServiceConnectionTool.exe -prepare -import -usagedatadest x.cab', shell);
		assert.match(mixed.stderr, /Parameter set cannot be resolved/);
	});

	it('a pack made for another hierarchy is refused', async () => {
		const shell = await offlineShell();
		const other = Site.create('offline');
		other.advance(25 * 86_400_000);
		const usage = JSON.parse(other.exportUsageData());
		usage.hierarchyId = '11111111-2222-3333-4444-555555555555';
		mkdirSync(drive('USB'), {recursive: true});
		writeFileSync(drive('USB', 'UsageData.cab'), JSON.stringify(usage));
		await runOnSite('ServiceConnectionTool.exe -connect -usagedatasrc D:\\USB -updatepackdest D:\\USB\\UpdatePacks', shell);
		const r = await unchanged('ServiceConnectionTool.exe -import -updatepacksrc D:\\USB\\UpdatePacks', shell);
		assert.match(r.stderr, /None of the update packs in 'D:\\USB\\UpdatePacks' was made for this hierarchy/);
	});

	it('without arguments shows its usage; -WhatIf writes nothing', async () => {
		const r = await runOnSite('ServiceConnectionTool.exe');
		assert.equal(lines(r.stdout)[0], 'Usage:');
		const shell = await offlineShell();
		const w = await unchanged('ServiceConnectionTool.exe -prepare -usagedatadest D:\\USB\\UsageData.cab -WhatIf', shell);
		assert.equal(w.stdout.trim(), 'What if: Performing the operation "ServiceConnectionTool.exe -prepare" on target "D:\\USB\\UsageData.cab".');
		assert.ok(!existsSync(drive('USB')));
	});

	it('gives the same bytes for the same script', async () => {
		const script = 'ServiceConnectionTool.exe -prepare -usagedatadest D:\\USB\\UsageData.cab\nServiceConnectionTool.exe -connect -usagedatasrc D:\\USB -updatepackdest D:\\USB\\UpdatePacks\nServiceConnectionTool.exe -import -updatepacksrc D:\\USB\\UpdatePacks';
		const first = await runOnSite(script, await offlineShell());
		root = mkdtempSync(join(tmpdir(), 'scpsh-sct-'));
		process.env.SCPSH_DRIVE_ROOT = root;
		const second = await runOnSite(script, await offlineShell());
		assert.equal(second.stdout, first.stdout);
	});
});

describe('the standalone program', () => {
	const run = (args: string[], cwd = root) => {
		const {command, args: prefix} = toolCommand();
		return spawnSync(command, [...prefix, ...args], {cwd, env: {...process.env, SCPSH_DRIVE_ROOT: root}, encoding: 'utf8'});
	};

	it('runs the connect phase on its own, with the same paths', async () => {
		const shell = await offlineShell();
		await runOnSite('ServiceConnectionTool.exe -prepare -usagedatadest D:\\USB\\UsageData.cab', shell);
		const r = run(['-connect', '-usagedatasrc', 'D:\\USB', '-updatepackdest', 'D:\\USB\\UpdatePacks', '-downloadhotfix', '-proxyserveruri', 'http://proxy.contoso.com:8080', '-proxyusername', 'CONTOSO\\me']);
		assert.equal(r.status, 0, r.stderr);
		assert.match(r.stdout, /Using the proxy server http:\/\/proxy\.contoso\.com:8080 as CONTOSO\\me \(basic authentication\)\./);
		assert.match(r.stdout, /downloading all hotfixes, regardless of the site version \(-downloadhotfix\)/);
		const pack = parseUpdatePack(readFileSync(drive('USB', 'UpdatePacks', `UpdatePack-${shell.site.lab.hierarchyId}.json`), 'utf8'));
		assert.ok(pack.updates.every((u) => u.kind === 'Hotfix') && pack.updates.length > 0);
	});

	it('takes its switches in any case, with - or /', async () => {
		const shell = await offlineShell();
		await runOnSite('ServiceConnectionTool.exe -prepare -usagedatadest D:\\USB\\UsageData.cab', shell);
		const r = run(['/Connect', '/UsageDataSrc', 'D:\\USB\\UsageData.cab', '-UPDATEPACKDEST', 'D:\\Out']);
		assert.equal(r.status, 0, r.stderr);
		assert.ok(existsSync(drive('..', 'D', 'Out')));
	});

	it('leaves the other phases to scpsh, and explains its usage', () => {
		const prep = run(['-prepare', '-usagedatadest', 'x.cab']);
		assert.equal(prep.status, 64);
		assert.match(prep.stderr, /-prepare runs on the service connection point, against the site: run it at the scpsh prompt/);
		const none = run([]);
		assert.equal(none.status, 64);
		assert.match(none.stderr, /-connect -usagedatasrc <folder\|file\.cab> -updatepackdest <folder>/);
		const help = run(['-?']);
		assert.equal(help.status, 0);
		assert.match(help.stdout, /Windows paths map to folders/);
		const bad = run(['-connect', '-frobnicate']);
		assert.equal(bad.status, 64);
		assert.match(bad.stderr, /Unknown option '-frobnicate'\./);
		const fail = run(['-connect', '-usagedatasrc', 'D:\\Nothing', '-updatepackdest', 'D:\\Out']);
		assert.equal(fail.status, 1);
		assert.match(fail.stderr, /^ServiceConnectionTool\.exe: The usage data source 'D:\\Nothing' does not exist\.$/m);
	});
});
