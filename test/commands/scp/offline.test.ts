// The offline path through the cmdlets, with real files: Export-ScpUsageData writes the usage data, the
// Service Connection Tool's connect phase (run here as the site's exported function, as on another machine)
// makes an update pack, and Import-ScpUpdatePack brings the updates in.

import assert from 'node:assert/strict';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {connectUpdatePack} from '../../../src/site/index.ts';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

type Shell = ReturnType<typeof newShell>;
const lines = (text: string) => text.trim().split('\n');
let dir = '';

before(() => {
	dir = mkdtempSync(join(tmpdir(), 'scpsh-offline-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

/** An offline site a month on, when release 2503 is out. */
async function offlineSite(): Promise<Shell> {
	const shell = newShell('offline');
	await runOnSite('Step-SimClock 720h', shell);
	return shell;
}

async function exportUsage(shell: Shell, name: string): Promise<string> {
	const path = join(dir, name);
	const r = await runOnSite(`Export-ScpUsageData -Path '${path}'`, shell);
	assert.equal(r.stdout + r.stderr, '');
	return path;
}

describe('Export-ScpUsageData', () => {
	it('writes the usage data as documented, at the hierarchy\'s level', async () => {
		const shell = await offlineSite();
		const path = await exportUsage(shell, 'UsageData.cab');
		const doc = JSON.parse(readFileSync(path, 'utf8'));
		assert.equal(doc.format, 'scpsh-usage-data');
		assert.equal(doc.formatVersion, 1);
		assert.equal(doc.siteVersion, '5.00.9132.1000');
		assert.equal(doc.productVersion, '2409');
		assert.equal(doc.level, 'Enhanced');
		assert.match(doc.hierarchyId, /^[0-9a-f-]{36}$/i);
		assert.ok(doc.data.basic && doc.data.enhanced && !doc.data.full);
		assert.doesNotMatch(readFileSync(path, 'utf8'), /PS1|CM01/, 'no site codes or server names');
		await runOnSite('Set-ScpUsageDataLevel Basic', shell);
		const basic = JSON.parse(readFileSync(await exportUsage(shell, 'Basic.json'), 'utf8'));
		assert.equal(basic.level, 'Basic');
		assert.ok(basic.data.basic && !basic.data.enhanced);
	});

	it('resolves a relative path against the current directory', async () => {
		const shell = await offlineSite();
		const cwd = process.cwd();
		process.chdir(dir);
		try {
			const r = await runOnSite('Export-ScpUsageData -Path relative-usage.json -PassThru | ForEach-Object { $_.FullName }', shell);
			assert.equal(r.stdout.trim(), join(dir, 'relative-usage.json'));
		} finally {
			process.chdir(cwd);
		}
		assert.ok(existsSync(join(dir, 'relative-usage.json')));
	});

	it('maps a Windows drive path under $SCPSH_DRIVE_ROOT, as ServiceConnectionTool.exe does, and shows it as typed', async () => {
		const shell = await offlineSite();
		const saved = process.env.SCPSH_DRIVE_ROOT;
		process.env.SCPSH_DRIVE_ROOT = join(dir, 'drives');
		try {
			const r = await runOnSite('Export-ScpUsageData -Path D:\\USB\\UsageData.cab -PassThru | ForEach-Object { $_.FullName }', shell);
			assert.equal(r.stdout.trim(), 'D:\\USB\\UsageData.cab');
			const file = join(dir, 'drives', 'D', 'USB', 'UsageData.cab');
			assert.ok(existsSync(file), 'the drive\'s folders are made as needed');
			const packs = join(dir, 'drives', 'D', 'USB', 'UpdatePacks');
			mkdirSync(packs);
			writeFileSync(join(packs, 'UpdatePack-x.json'), connectUpdatePack(readFileSync(file, 'utf8')));
			const imported = await runOnSite('Import-ScpUpdatePack D:\\USB\\UpdatePacks | ForEach-Object { $_.Id }', shell);
			assert.equal(imported.stdout.trim(), 'CM2503');
			const missing = await runOnSite('try { Import-ScpUpdatePack D:\\USB\\Nothing -ErrorAction Stop } catch { $_.Exception.Message }', shell);
			assert.equal(missing.stdout.trim(), "Cannot find path 'D:\\USB\\Nothing' because it does not exist.");
		} finally {
			if (saved === undefined) delete process.env.SCPSH_DRIVE_ROOT;
			else process.env.SCPSH_DRIVE_ROOT = saved;
		}
	});

	it('is refused while the role is online, and writes no file', async () => {
		const shell = newShell();
		const path = join(dir, 'online.json');
		const r = await runOnSite(`try { Export-ScpUsageData '${path}' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }`, shell);
		assert.equal(r.stdout.trim(), 'ScpNotOffline,Export-ScpUsageData');
		assert.ok(!existsSync(path));
	});

	it('a folder that does not exist is pwsh\'s DirectoryNotFound error', async () => {
		const shell = await offlineSite();
		const path = join(dir, 'no-such-folder', 'UsageData.cab');
		const r = await runOnSite(`try { Export-ScpUsageData '${path}' -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.Exception.Message }`, shell);
		assert.deepEqual(lines(r.stdout), ['ObjectNotFound', `Could not find a part of the path '${path}'.`]);
	});
});

describe('Import-ScpUpdatePack', () => {
	it('imports a pack made from this site\'s usage data; the update installs', async () => {
		const shell = await offlineSite();
		const usage = readFileSync(await exportUsage(shell, 'usage-for-pack.json'), 'utf8');
		const pack = join(dir, 'UpdatePack.json');
		writeFileSync(pack, connectUpdatePack(usage));
		const r = await runOnSite(`Import-ScpUpdatePack -Path '${pack}' | ForEach-Object { "$($_.Name) | $($_.State) | $($_.Source)" }`, shell);
		assert.equal(r.stderr, '');
		assert.deepEqual(lines(r.stdout), ['Configuration Manager 2503 | Ready to install | Import']);
		const again = await runOnSite(`Import-ScpUpdatePack '${pack}'`, shell);
		assert.equal(again.stdout, '');
		assert.match(again.stderr, /^WARNING: Skipped CM2503: Already Ready to install\./);
		const installed = await runOnSite('Install-ScpUpdate CM2503; (Get-Site PS1).Version', shell);
		assert.equal(installed.stdout.trim(), '5.00.9135.1000');
	});

	it('imports every update pack in a folder and passes over other files', async () => {
		const shell = await offlineSite();
		const usage = readFileSync(await exportUsage(shell, 'usage-for-folder.json'), 'utf8');
		const folder = join(dir, 'UpdatePacks');
		mkdirSync(folder);
		writeFileSync(join(folder, 'a-hotfixes.json'), connectUpdatePack(usage, {selection: 'hotfix'}));
		writeFileSync(join(folder, 'b-latest.json'), connectUpdatePack(usage));
		writeFileSync(join(folder, 'ServiceConnectionTool.log'), 'not a pack\n');
		const r = await runOnSite(`Import-ScpUpdatePack '${folder}' -WarningAction SilentlyContinue | ForEach-Object { $_.Id }`, shell);
		assert.equal(r.stderr, '');
		assert.deepEqual(lines(r.stdout), ['KB30385346', 'CM2503']);
	});

	it('refuses a pack of another hierarchy, changing nothing', async () => {
		const shell = await offlineSite();
		const other = newShell('default');
		await runOnSite('Set-ScpMode Offline -WarningAction SilentlyContinue; Restart-Component SMS_DMP_DOWNLOADER; Step-SimClock 720h', other);
		const foreign = join(dir, 'ForeignPack.json');
		writeFileSync(foreign, connectUpdatePack(readFileSync(await exportUsage(other, 'foreign-usage.json'), 'utf8')));
		const before = JSON.stringify(shell.site.toJSON());
		const r = await runOnSite(`try { Import-ScpUpdatePack '${foreign}' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }`, shell);
		assert.equal(r.stdout.trim(), 'UpdatePackWrongHierarchy,Import-ScpUpdatePack');
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});

	it('a missing path is pwsh\'s PathNotFound; a file that is not a pack is InvalidData; online is refused', async () => {
		const shell = await offlineSite();
		const before = JSON.stringify(shell.site.toJSON());
		const missing = join(dir, 'nothing-here');
		const r = await runOnSite(`try { Import-ScpUpdatePack '${missing}' -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId; $_.Exception.Message }`, shell);
		assert.deepEqual(lines(r.stdout), ['ObjectNotFound', 'PathNotFound,Import-ScpUpdatePack', `Cannot find path '${missing}' because it does not exist.`]);
		const junk = join(dir, 'junk.json');
		writeFileSync(junk, '{"format": "something-else", "formatVersion": 1}');
		const bad = await runOnSite(`try { Import-ScpUpdatePack '${junk}' -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId }`, shell);
		assert.deepEqual(lines(bad.stdout), ['InvalidData', 'InvalidUpdatePack,Import-ScpUpdatePack']);
		const empty = join(dir, 'EmptyFolder');
		mkdirSync(empty);
		const none = await runOnSite(`try { Import-ScpUpdatePack '${empty}' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }`, shell);
		assert.equal(none.stdout.trim(), 'UpdatePackNotFound,Import-ScpUpdatePack');
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
		const minimal = join(dir, 'minimal.json');
		writeFileSync(minimal, JSON.stringify({format: 'scpsh-update-pack', formatVersion: 1, hierarchyId: '00000000-0000-0000-0000-000000000000', updates: []}));
		const online = await runOnSite(`try { Import-ScpUpdatePack '${minimal}' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }`);
		assert.equal(online.stdout.trim(), 'ScpNotOffline,Import-ScpUpdatePack');
	});
});
