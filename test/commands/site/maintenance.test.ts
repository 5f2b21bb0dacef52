// The backup maintenance task through the cmdlets: defaults, schedule changes, a run that stops and restarts
// SMS_EXECUTIVE and writes 5035, and clear errors.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const lines = (text: string) => text.trim().split('\n');

describe('maintenance tasks', () => {
	it('Backup Site Server is on at a CAS, off at a primary, absent at a secondary', async () => {
		const shell = newShell('hierarchy');
		const r = await runOnSite('Get-MaintenanceTask | ForEach-Object { "$($_.Name) $($_.SiteCode) $($_.Enabled)" }', shell);
		assert.deepEqual(lines(r.stdout), ['Backup Site Server CAS True', 'Backup Site Server PS1 False', 'Backup Site Server PS2 False']);
		const internal = await runOnSite("(Get-MaintenanceTask 'Backup SMS Site Server' -SiteCode CAS).Name", shell);
		assert.equal(internal.stdout.trim(), 'Backup Site Server');
	});

	it('Set-MaintenanceTask changes the schedule and NextRun follows', async () => {
		const shell = newShell();
		const r = await runOnSite(
			"Set-MaintenanceTask 'Backup Site Server' -Enabled $true -DaysOfWeek Thursday -BeginTime 03:30 -PassThru | ForEach-Object { \"$($_.Enabled) $($_.DaysOfWeek) $($_.BeginTime) $($_.NextRun.ToString('yyyy-MM-dd HH:mm'))\" }", shell);
		assert.equal(r.stdout.trim(), 'True Thursday 03:30 2025-03-13 03:30');
		const off = await runOnSite("Set-MaintenanceTask 'Backup Site Server' -Enabled $false; (Get-MaintenanceTask).NextRun -eq $null", shell);
		assert.equal(off.stdout.trim(), 'True');
	});

	it('piped tasks bind by name and site', async () => {
		const shell = newShell('hierarchy');
		await runOnSite('Get-MaintenanceTask | Set-MaintenanceTask -Enabled $true', shell);
		const r = await runOnSite('(Get-MaintenanceTask | Where-Object { $_.Enabled }).Count', shell);
		assert.equal(r.stdout.trim(), '3');
	});

	it('bad days, times and names are refused, changing nothing', async () => {
		const shell = newShell('hierarchy');
		const before = JSON.stringify(shell.site.toJSON());
		const day = await runOnSite("Set-MaintenanceTask 'Backup Site Server' -DaysOfWeek Funday", shell);
		assert.match(day.stderr, /The argument "Funday" does not belong to the set "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday"/);
		const time = await runOnSite("Set-MaintenanceTask 'Backup Site Server' -BeginTime 25:00", shell);
		assert.match(time.stderr, /'25:00' is not a valid begin time/);
		const name = await runOnSite("Set-MaintenanceTask 'Backup Site Servr' -Enabled $true", shell);
		assert.match(name.stderr, /Maintenance task at site CAS 'Backup Site Servr' was not found\. Did you mean: Backup Site Server/);
		const secondary = await runOnSite("Start-MaintenanceTask 'Backup Site Server' -SiteCode SS1", shell);
		assert.match(secondary.stderr, /Secondary sites have no site backup task/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});

	it('Start-MaintenanceTask waits for the backup and SMS_EXECUTIVE; 5035 is written', async () => {
		const shell = newShell();
		const t0 = shell.site.now;
		const r = await runOnSite("Start-MaintenanceTask -Name 'Backup Site Server' -PassThru | ForEach-Object { \"$($_.Running) $($_.LastResult)\" }", shell);
		assert.equal(r.stdout.trim(), 'False Succeeded');
		const minutes = (shell.site.now - t0) / 60_000;
		assert.ok(minutes > 12 && minutes < 20, `took ${minutes} simulated minutes`);
		const after = await runOnSite('(Get-Component SMS_EXECUTIVE).State; (Get-StatusMessage -MessageId 5035).Count; Get-SiteLog smsbkup.log -Tail 1', shell);
		const [state, count, last] = lines(after.stdout);
		assert.equal(state, 'Running');
		assert.equal(count, '1');
		assert.match(last!, /^Starting SMS_EXECUTIVE on CM01\.contoso\.com\.~~ {2}\$\$<SMS_SITE_BACKUP>/);
	});

	it('a backup cannot start while one runs, or with SMS_SITE_BACKUP stopped', async () => {
		const shell = newShell();
		await runOnSite("Start-MaintenanceTask 'Backup Site Server' -NoWait", shell);
		const running = await runOnSite("Start-MaintenanceTask 'Backup Site Server'", shell);
		assert.match(running.stderr, /Backup Site Server is already running at site PS1/);
		const other = newShell();
		await runOnSite('Stop-Component SMS_SITE_BACKUP', other);
		const stopped = await runOnSite("Start-MaintenanceTask 'Backup Site Server'", other);
		assert.match(stopped.stderr, /The SMS_SITE_BACKUP service is not running on CM01\.contoso\.com/);
	});
});
