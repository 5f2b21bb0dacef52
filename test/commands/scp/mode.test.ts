// The seed's mode rule, driven through the cmdlets: Set-ScpMode records the mode at once and warns; only a start
// of SMS_DMP_DOWNLOADER applies it — restarting that thread, restarting SMS_EXECUTIVE, or a site backup run.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const status = async (shell: ReturnType<typeof newShell>) =>
	(await runOnSite('$s = Get-ScpStatus; "$($s.Mode)|$($s.EffectiveMode)|$($s.RestartRequired)"', shell)).stdout.trim();

async function pendingOffline() {
	const shell = newShell();
	const r = await runOnSite('Set-ScpMode -Mode Offline', shell);
	assert.equal(r.stdout, '');
	assert.match(r.stderr, /^WARNING: /);
	// The warning says the change waits for SMS_DMP_DOWNLOADER and names the three ways to apply it.
	assert.match(r.stderr, /takes effect when SMS_DMP_DOWNLOADER next starts/);
	assert.match(r.stderr, /Restart-Component -Name SMS_DMP_DOWNLOADER/);
	assert.match(r.stderr, /restart the SMS_EXECUTIVE service/);
	assert.match(r.stderr, /site backup/);
	assert.equal(await status(shell), 'Offline|Online|True');
	return shell;
}

describe('Set-ScpMode: a change waits for SMS_DMP_DOWNLOADER', () => {
	it('is pending after Set-ScpMode, and the pending mode is what Get-ScpStatus shows', async () => {
		await pendingOffline();
	});

	it('applies when SMS_DMP_DOWNLOADER is restarted', async () => {
		const shell = await pendingOffline();
		const r = await runOnSite('Restart-Component -Name SMS_DMP_DOWNLOADER', shell);
		assert.equal(r.stdout + r.stderr, '', 'Restart-Component writes nothing by default');
		assert.equal(await status(shell), 'Offline|Offline|False');
		const log = (await runOnSite('Get-SiteLog dmpdownloader.log -Tail 5', shell)).stdout;
		assert.match(log, /Service connection point mode changed from Online to Offline\.~~ {2}\$\$<SMS_DMP_DOWNLOADER><\d\d-\d\d-\d{4} \d\d:\d\d:\d\d\.\d{3}\+000><thread=\d+ \(0x[0-9A-F]+\)>/);
	});

	it('is still pending while the restart is under way (-NoWait), and applies once the clock moves', async () => {
		const shell = await pendingOffline();
		const r = await runOnSite('Restart-Component SMS_DMP_DOWNLOADER -NoWait -PassThru | ForEach-Object { $_.State }', shell);
		assert.equal(r.stdout.trim(), 'Stopping');
		assert.equal(await status(shell), 'Offline|Online|True');
		await runOnSite("Step-SimClock '10s'", shell);
		assert.equal(await status(shell), 'Offline|Offline|False');
	});

	it('does not apply when another component is restarted', async () => {
		const shell = await pendingOffline();
		await runOnSite('Restart-Component SMS_DMP_UPLOADER, SMS_SERVICE_CONNECTOR, SMS_HIERARCHY_MANAGER, SMS_SITE_BACKUP', shell);
		assert.equal(await status(shell), 'Offline|Online|True');
	});

	it('does not apply on a stop alone; the start applies it', async () => {
		const shell = await pendingOffline();
		await runOnSite('Stop-Component SMS_DMP_DOWNLOADER', shell);
		assert.equal(await status(shell), 'Offline|Online|True');
		await runOnSite('Start-Component SMS_DMP_DOWNLOADER', shell);
		assert.equal(await status(shell), 'Offline|Offline|False');
	});

	it('applies when SMS_EXECUTIVE is restarted, which restarts most components', async () => {
		const shell = await pendingOffline();
		const before = shell.site.getComponents({siteCode: 'PS1'}).filter((c) => c.Type === 'Thread').map((c) => c.LastStarted);
		await runOnSite('Restart-Component -Name SMS_EXECUTIVE', shell);
		assert.equal(await status(shell), 'Offline|Offline|False');
		const after = shell.site.getComponents({siteCode: 'PS1'});
		assert.ok(after.every((c) => c.State === 'Running'), 'every component runs again when the cmdlet returns');
		const threads = after.filter((c) => c.Type === 'Thread');
		assert.ok(threads.every((c, i) => c.LastStarted! > before[i]!), 'every thread was restarted');
		const services = after.filter((c) => c.Type === 'Service' && c.Name !== 'SMS_EXECUTIVE');
		assert.ok(services.every((c) => c.LastStarted! < shell.site.now - 60_000), 'the separate services were not');
	});

	it('applies after a site backup run, which stops and restarts SMS_EXECUTIVE and writes 5035', async () => {
		const shell = await pendingOffline();
		await runOnSite("Start-MaintenanceTask -Name 'Backup Site Server'", shell);
		assert.equal(await status(shell), 'Offline|Offline|False');
		const m = (await runOnSite('Get-StatusMessage -MessageId 5035 | ForEach-Object { "$($_.Component) $($_.Severity)" }', shell)).stdout.trim();
		assert.equal(m, 'SMS_SITE_BACKUP Information');
	});

	it('applies after the scheduled nightly backup once the task is enabled', async () => {
		const shell = await pendingOffline();
		await runOnSite("Set-MaintenanceTask 'Backup Site Server' -Enabled $true", shell);
		assert.equal(await status(shell), 'Offline|Online|True');
		await runOnSite('Step-SimClock 24h', shell);
		assert.equal(await status(shell), 'Offline|Offline|False');
	});

	it('switching back before the restart leaves nothing pending and writes no warning', async () => {
		const shell = await pendingOffline();
		const r = await runOnSite('Set-ScpMode Online', shell);
		assert.equal(r.stderr, '');
		assert.equal(await status(shell), 'Online|Online|False');
	});

	it('-PassThru writes the role; -WhatIf changes nothing', async () => {
		const shell = newShell();
		const r = await runOnSite('Set-ScpMode Offline -PassThru -WarningAction SilentlyContinue | ForEach-Object { $_.pstypenames[0]; $_.Mode }', shell);
		assert.deepEqual(r.stdout.trim().split('\n'), ['Scpsh.ScpStatus', 'Offline']);
		const other = newShell();
		const before = JSON.stringify(other.site.toJSON());
		const w = await runOnSite('Set-ScpMode Offline -WhatIf', other);
		assert.equal(w.stdout.trim(), 'What if: Performing the operation "Set mode to Offline" on target "Service connection point on CM01.contoso.com (site PS1)".');
		assert.equal(JSON.stringify(other.site.toJSON()), before);
	});

	it('rejects a mode outside the set with pwsh\'s ValidateSet error, changing nothing', async () => {
		const shell = newShell();
		const before = JSON.stringify(shell.site.toJSON());
		const r = await runOnSite('Set-ScpMode -Mode Sideways', shell);
		assert.match(r.stderr, /Cannot validate argument on parameter 'Mode'\. The argument "Sideways" does not belong to the set "Online,Offline" specified by the ValidateSet attribute\./);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});

	it('the effective mode governs behaviour: a pending Offline still checks online', async () => {
		const shell = await pendingOffline();
		const r = await runOnSite('Invoke-ScpUpdateCheck; (Get-ScpStatus).LastUpdateCheck -eq (Get-Date)', shell);
		assert.equal(r.stdout.trim(), 'True');
	});

	it('an effective offline role refuses Invoke-ScpUpdateCheck and points to the Service Connection Tool', async () => {
		const shell = await pendingOffline();
		await runOnSite('Restart-Component SMS_DMP_DOWNLOADER', shell);
		const before = JSON.stringify(shell.site.toJSON());
		const r = await runOnSite('Invoke-ScpUpdateCheck', shell);
		assert.match(r.stderr, /Invoke-ScpUpdateCheck/);
		assert.match(r.stderr, /Service Connection Tool/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
		const e = await runOnSite('try { Invoke-ScpUpdateCheck -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId }', shell);
		assert.deepEqual(e.stdout.trim().split('\n'), ['InvalidOperation', 'ScpOfflineRefused,Invoke-ScpUpdateCheck']);
	});
});
