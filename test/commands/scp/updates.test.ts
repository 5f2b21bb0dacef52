// Updates and servicing through the cmdlets: the 24-hour check, automatic downloads with progress, a stopped
// downloader doing nothing, manual downloads, and installation waiting in simulated time.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

type Shell = ReturnType<typeof newShell>;
const lines = (text: string) => text.trim().split('\n');
const ROLLUP = 'KB30385346';
const checks = async (shell: Shell) =>
	(await runOnSite('$s = Get-ScpStatus; "$($s.LastUpdateCheck.ToString(\'yyyy-MM-dd HH:mm\'))|$($s.NextUpdateCheck.ToString(\'yyyy-MM-dd HH:mm\'))"', shell)).stdout.trim();

describe('the 24-hour check', () => {
	it('runs every 24 simulated hours in online mode', async () => {
		const shell = newShell();
		const first = await checks(shell);
		assert.equal(first, '2025-03-11 01:00|2025-03-12 01:00');
		await runOnSite('Step-SimClock 24h', shell);
		assert.equal(await checks(shell), '2025-03-12 01:00|2025-03-13 01:00');
		await runOnSite('Step-SimClock 48h', shell);
		assert.equal(await checks(shell), '2025-03-14 01:00|2025-03-15 01:00');
		const log = await runOnSite('(Get-SiteLog dmpdownloader.log | Where-Object { $_ -like "Checking for updates*" }).Count', shell);
		assert.equal(log.stdout.trim(), '3');
	});

	it('finds the hotfix rollup once it is released and downloads it with progress', async () => {
		const shell = newShell();
		// The clock starts at 20:00 on 11 March; the rollup reaches the cloud on 12 March, the next check is at 01:00.
		await runOnSite('Step-SimClock 4h', shell);
		assert.equal((await runOnSite(`(Get-ScpUpdate ${ROLLUP}).State`, shell)).stdout.trim(), '', 'not found before the check');
		await runOnSite('Step-SimClock 1h', shell);
		const mid = await runOnSite(`Step-SimClock 00:03:00\nGet-ScpUpdate ${ROLLUP} | ForEach-Object { "$($_.State) $($_.PercentComplete)" }`, shell);
		const [state, percent] = mid.stdout.trim().split(' ');
		assert.equal(state, 'Downloading');
		assert.ok(Number(percent) > 0 && Number(percent) < 100, `part way: ${percent}`);
		await runOnSite('Step-SimClock 1h', shell);
		const done = await runOnSite(`Get-ScpUpdate ${ROLLUP} | ForEach-Object { "$($_.State) $($_.PercentComplete) $($_.Kind)" }`, shell);
		assert.equal(done.stdout.trim(), 'Ready to install 100 Hotfix');
	});

	it('a stopped SMS_DMP_DOWNLOADER checks nothing; the check runs when it starts', async () => {
		const shell = newShell();
		await runOnSite('Stop-Component SMS_DMP_DOWNLOADER\nStep-SimClock 72h', shell);
		assert.equal(await checks(shell), '2025-03-11 01:00|2025-03-12 01:00', 'no check while stopped');
		const queued = await runOnSite('Invoke-ScpUpdateCheck', shell);
		assert.match(queued.stderr, /^WARNING: SMS_DMP_DOWNLOADER is not running, so the check is queued/);
		await runOnSite('Start-Component SMS_DMP_DOWNLOADER', shell);
		assert.match(await checks(shell), /^2025-03-14 /, 'the overdue check ran when the thread started');
	});

	it('Invoke-ScpUpdateCheck writes what it found', async () => {
		const shell = newShell();
		await runOnSite('Step-SimClock 4h30m', shell);
		const r = await runOnSite('Invoke-ScpUpdateCheck | ForEach-Object { "$($_.Name) | $($_.State)" }', shell);
		assert.deepEqual(lines(r.stdout), ['Configuration Manager 2409 Hotfix Rollup (KB30385346) | Downloading']);
		const again = await runOnSite('Invoke-ScpUpdateCheck', shell);
		assert.equal(again.stdout + again.stderr, '', 'nothing new the second time');
	});
});

describe('Get-ScpUpdate', () => {
	it('matches names, ids and KB numbers with wildcards, and suggests near names', async () => {
		const shell = newShell();
		const r = await runOnSite("(Get-ScpUpdate '*2409*').Count; (Get-ScpUpdate CM2409).Name; (Get-ScpUpdate KB30833053).Kind", shell);
		assert.deepEqual(lines(r.stdout), ['2', 'Configuration Manager 2409', 'Hotfix']);
		const none = await runOnSite("Get-ScpUpdate 'Configuration Manager 2490'", shell);
		assert.match(none.stderr, /Update 'Configuration Manager 2490' was not found\. Did you mean: .*Configuration Manager 2409/);
		const pattern = await runOnSite("Get-ScpUpdate 'nothing*'", shell);
		assert.equal(pattern.stdout + pattern.stderr, '', 'a pattern that matches nothing is not an error');
	});
});

describe('Start-ScpUpdateDownload', () => {
	it('retries a failed download and refuses one that is not available', async () => {
		const shell = newShell();
		await runOnSite('Set-SimNetwork -Block blob.core.windows.net\nStep-SimClock 72h', shell);
		const failed = await runOnSite(`Get-ScpUpdate ${ROLLUP} | ForEach-Object { "$($_.State) $($_.LastError)" }`, shell);
		assert.match(failed.stdout, /^Failed blob\.core\.windows\.net: /);
		const messages = await runOnSite('(Get-StatusMessage -MessageId 11488).Count -ge 1', shell);
		assert.equal(messages.stdout.trim(), 'True');
		await runOnSite(`Set-SimNetwork -Allow blob.core.windows.net\nGet-ScpUpdate ${ROLLUP} | Start-ScpUpdateDownload\nStep-SimClock 1h`, shell);
		assert.equal((await runOnSite(`(Get-ScpUpdate ${ROLLUP}).State`, shell)).stdout.trim(), 'Ready to install');
		const before = JSON.stringify(shell.site.toJSON());
		const again = await runOnSite(`Start-ScpUpdateDownload ${ROLLUP}`, shell);
		assert.match(again.stderr, /is Ready to install; only an update that is Available to download, or whose download failed, can be downloaded/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});
});

describe('Install-ScpUpdate', () => {
	it('waits in simulated time until installed, and the site version changes', async () => {
		const shell = newShell();
		await runOnSite('Step-SimClock 72h', shell);
		const start = shell.site.now;
		const r = await runOnSite(`Install-ScpUpdate -Name ${ROLLUP}`, shell);
		assert.equal(r.stdout + r.stderr, '');
		const elapsed = shell.site.now - start;
		assert.ok(elapsed > 20 * 60_000 && elapsed < 60 * 60_000, `took ${elapsed / 60_000} simulated minutes`);
		const after = await runOnSite(`(Get-ScpUpdate ${ROLLUP}).State; (Get-Site PS1).FullVersion; (Get-Component SMS_EXECUTIVE).State; (Get-ScpStatus).SiteVersion`, shell);
		assert.deepEqual(lines(after.stdout), ['Installed', '5.00.9132.1023', 'Running', '5.00.9132.1000']);
	});

	it('-NoWait returns at once; the states follow the console', async () => {
		const shell = newShell();
		await runOnSite('Step-SimClock 72h', shell);
		const seen: string[] = [];
		seen.push((await runOnSite(`Install-ScpUpdate ${ROLLUP} -NoWait -PassThru | ForEach-Object { $_.State }`, shell)).stdout.trim());
		for (let i = 0; i < 40; i++) seen.push((await runOnSite(`Step-SimClock 1m; (Get-ScpUpdate ${ROLLUP}).State`, shell)).stdout.trim());
		const distinct = seen.filter((s, i) => s !== seen[i - 1]);
		assert.deepEqual(distinct, ['Checking prerequisites', 'Prerequisite check passed', 'Installing', 'Installed']);
	});

	it('-PrerequisiteCheckOnly leaves the update ready to install', async () => {
		const shell = newShell();
		await runOnSite('Step-SimClock 72h', shell);
		const r = await runOnSite(`Install-ScpUpdate ${ROLLUP} -PrerequisiteCheckOnly -PassThru | ForEach-Object { $_.State }; (Get-Site PS1).FullVersion`, shell);
		assert.deepEqual(lines(r.stdout), ['Prerequisite check passed', '5.00.9132.1000']);
	});

	it('a failed installation is an error with the reason', async () => {
		const shell = newShell();
		await runOnSite('Step-SimClock 72h', shell);
		shell.site.setFaults({updateInstall: true});
		const r = await runOnSite(`try { Install-ScpUpdate ${ROLLUP} -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }`, shell);
		const [id, message] = lines(r.stdout);
		assert.equal(id, 'UpdateInstallFailed,Install-ScpUpdate');
		assert.match(message!, /^The installation of Configuration Manager 2409 Hotfix Rollup \(KB30385346\) failed: Installation failed/);
	});

	it('refuses an update that is not ready, and an unknown one with near names, changing nothing', async () => {
		const shell = newShell();
		const before = JSON.stringify(shell.site.toJSON());
		const installed = await runOnSite('Install-ScpUpdate CM2409', shell);
		assert.match(installed.stderr, /Configuration Manager 2409 is Installed\. Only an update that is Ready to install/);
		const unknown = await runOnSite("Install-ScpUpdate 'Configuration Manager 2490'", shell);
		assert.match(unknown.stderr, /Update 'Configuration Manager 2490' was not found\. Did you mean: Configuration Manager 2409/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});
});
