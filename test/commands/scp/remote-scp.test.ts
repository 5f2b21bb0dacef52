// A service connection point remote from the site server needs a Site System Installation Account: without
// one Add-ScpRole warns and distribution manager's transfers fail; Set-SiteSystem (or -InstallationAccount) fixes
// the next transfer. All through the cmdlets.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

type Shell = ReturnType<typeof newShell>;

const state = async (shell: Shell, name: string) => (await runOnSite(`(Get-ScpUpdate '${name}').State`, shell)).stdout.trim();
const ROLLUP = 'KB30385346';

describe('remote service connection point', () => {
	it('Add-ScpRole on a new server makes it a site system and warns without an installation account', async () => {
		const shell = newShell();
		await runOnSite('Remove-ScpRole -Force', shell);
		const r = await runOnSite('Add-ScpRole -ServerName SCP01.contoso.com | ForEach-Object { "$($_.ServerName) $($_.InstallationAccount)" }', shell);
		assert.equal(r.stdout.trim(), 'SCP01.contoso.com');
		assert.match(r.stderr, /^WARNING: SCP01\.contoso\.com is remote from the site server CM01\.contoso\.com and has no Site System Installation Account/);
		assert.match(r.stderr, /Set-SiteSystem -ServerName SCP01\.contoso\.com -InstallationAccount/);
		const systems = await runOnSite('Get-SiteSystem SCP01.contoso.com | ForEach-Object { "$($_.SiteCode) $($_.Roles -join \',\')" }', shell);
		assert.equal(systems.stdout.trim(), 'PS1 SMS Site System,SMS Component Server,SMS Dmp Connector');
		const threads = await runOnSite("Step-SimClock 00:00:10\nGet-Component -ServerName SCP01.contoso.com | ForEach-Object { \"$($_.Name) $($_.State)\" }", shell);
		assert.deepEqual(threads.stdout.trim().split('\n'), ['SMS_EXECUTIVE Running', 'SMS_DMP_DOWNLOADER Running', 'SMS_DMP_UPLOADER Running', 'SMS_SERVICE_CONNECTOR Running']);
	});

	it('with -InstallationAccount there is no warning', async () => {
		const shell = newShell();
		await runOnSite('Remove-ScpRole -Force', shell);
		const r = await runOnSite('Add-ScpRole -ServerName SCP01.contoso.com -InstallationAccount CONTOSO\\svc-cm-install | Out-Null', shell);
		assert.equal(r.stderr, '');
	});

	it('without an account each transfer fails with an Error status message and the update never becomes ready', async () => {
		const shell = newShell('remote-scp');
		await runOnSite('Step-SimClock 72h', shell);
		assert.equal(await state(shell, ROLLUP), 'Downloading', 'downloaded on the SCP host, waiting for the transfer');
		const msgs = await runOnSite('Get-StatusMessage -Component SMS_DISTRIBUTION_MANAGER -Severity Error | ForEach-Object { "$($_.MessageId) $($_.Severity)" } | Select-Object -First 1', shell);
		assert.equal(msgs.stdout.trim(), '2391 Error');
		const log = await runOnSite('Get-SiteLog distmgr.log -Tail 2', shell);
		assert.match(log.stdout, /No Site System Installation Account is configured for SCP01\.contoso\.com/);
		await runOnSite('Step-SimClock 24h', shell);
		assert.notEqual(await state(shell, ROLLUP), 'Ready to install');
		const lastError = await runOnSite(`(Get-ScpUpdate ${ROLLUP}).LastError`, shell);
		assert.match(lastError.stdout, /no Site System Installation Account/);
	});

	it('Set-SiteSystem -InstallationAccount makes the next transfer succeed', async () => {
		const shell = newShell('remote-scp');
		await runOnSite('Step-SimClock 72h', shell);
		const r = await runOnSite('Set-SiteSystem -ServerName SCP01.contoso.com -InstallationAccount CONTOSO\\svc-cm-install -PassThru | ForEach-Object { $_.InstallationAccount }', shell);
		assert.equal(r.stdout.trim(), 'CONTOSO\\svc-cm-install');
		assert.equal(r.stderr, '');
		await runOnSite('Step-SimClock 30m', shell);
		assert.equal(await state(shell, ROLLUP), 'Ready to install');
		const log = await runOnSite('Get-SiteLog distmgr.log -Tail 1', shell);
		assert.match(log.stdout, /using account CONTOSO\\svc-cm-install; copied the update package/);
	});

	it('a bad account or unknown server is refused, changing nothing', async () => {
		const shell = newShell('remote-scp');
		const before = JSON.stringify(shell.site.toJSON());
		const bad = await runOnSite('Set-SiteSystem SCP01.contoso.com -InstallationAccount justaname', shell);
		assert.match(bad.stderr, /'justaname' is not a valid account name/);
		const unknown = await runOnSite('Set-SiteSystem SCP10.contoso.com -InstallationAccount CONTOSO\\x', shell);
		assert.match(unknown.stderr, /Site system server 'SCP10\.contoso\.com' was not found\. Did you mean: SCP01\.contoso\.com/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});
});
