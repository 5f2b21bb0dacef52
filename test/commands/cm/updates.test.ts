// The Updates and Servicing cmdlets of the ConfigurationManager module over the simulated site: Get-CMSiteUpdate's
// SMS_CM_UpdatePackages objects and state codes, the -Fast warning, and checking, downloading, checking
// prerequisites and installing. Every refusal leaves the site exactly as it was.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {PSObject} from '../../../src/engine/values.ts';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const lines = (text: string) => text.trim().split('\n').map((l) => l.trimEnd());
const unchanged = async (script: string, shell = newShell()) => {
	const before = JSON.stringify(shell.site.toJSON());
	const r = await runOnSite(script, shell);
	assert.ok(JSON.stringify(shell.site.toJSON()) === before, `the site changed after: ${script}`);
	return r;
};
const state = (shell: ReturnType<typeof newShell>, name: string) => shell.site.getUpdates().find((u) => u.Name === name)?.State ?? 'absent';
const R2503 = 'Configuration Manager 2503';

describe('Get-CMSiteUpdate', () => {
	it('returns SMS_CM_UpdatePackages objects with numeric states; installed ones included', async () => {
		const shell = newShell();
		const [u] = (await shell.rt.runText('Get-CMSiteUpdate -Fast -Name "Configuration Manager 2409"')) as PSObject[];
		assert.equal(u!.typeName, 'IResultObject#SMS_CM_UpdatePackages');
		assert.deepEqual(['Name', 'FullVersion', 'State', 'StateName', 'Kind', 'UpdateType', 'PackageGuid'].map((n) => u!.get(n)),
			['Configuration Manager 2409', '5.00.9132.1000', 196612, 'Installed', 'Release', 0, '3B7D84FA-ECCC-4EA0-B8AB-ABBDA1E88E0E']);
	});

	it('warns without -Fast unless $CMPSSuppressFastNotUsedCheck is set', async () => {
		const warn = await runOnSite('$null = Get-CMSiteUpdate');
		assert.match(warn.stderr, /^WARNING: 'Get-CMSiteUpdate' was called without -Fast/m);
		const fast = await runOnSite('$null = Get-CMSiteUpdate -Fast');
		assert.equal(fast.stderr, '');
		const suppressed = await runOnSite('$CMPSSuppressFastNotUsedCheck = $true; $null = Get-CMSiteUpdate');
		assert.equal(suppressed.stderr, '');
	});

	it('follows an update from available to installed through the state codes', async () => {
		const shell = newShell();
		await runOnSite('Set-SimNetwork -Block *.akamaiedge.net, blob.core.windows.net; Step-SimClock 22d', shell);
		const codes: string[] = [];
		const code = async () => codes.push((await runOnSite(`(Get-CMSiteUpdate -Fast -Name "${R2503}").State`, shell)).stdout.trim());
		await code();
		await runOnSite('Set-SimNetwork -Allow *', shell);
		await runOnSite(`Get-CMSiteUpdate -Fast -Name "${R2503}" | ForEach-Object { if ($_.State -in 327682, 327679) { Invoke-CMSiteUpdateDownload -InputObject $_ -Force } }`, shell);
		await code();
		await runOnSite('Step-SimClock 1d', shell);
		await code();
		await runOnSite(`Invoke-CMSiteUpdatePrerequisiteCheck -Name "${R2503}"; Step-SimClock 2h`, shell);
		await code();
		await runOnSite(`Install-CMSiteUpdate -Name "${R2503}" -Force; Step-SimClock 1d`, shell);
		await code();
		assert.ok(['327682', '327679'].includes(codes[0]!), `first state ${codes[0]}`);
		assert.deepEqual(codes.slice(1), ['262145', '262146', '131074', '196612']);
	});
});

describe('Invoke-CMSiteUpdateCheck', () => {
	it('checks now and finds new updates', async () => {
		const shell = newShell();
		await runOnSite('Step-SimClock 21d', shell);
		const before = shell.site.getScpStatus()!.LastUpdateCheck;
		const r = await runOnSite('Invoke-CMSiteUpdateCheck', shell);
		assert.equal(r.stdout, '');
		assert.equal(r.stderr, '');
		assert.ok(shell.site.getScpStatus()!.LastUpdateCheck! > before!);
		assert.notEqual(state(shell, R2503), 'absent');
	});

	it('warns when the check fails or has to wait for SMS_DMP_DOWNLOADER', async () => {
		const shell = newShell();
		const fail = await runOnSite('Set-SimNetwork -Internet Disconnected; Invoke-CMSiteUpdateCheck', shell);
		assert.match(fail.stderr, /^WARNING: The check for updates failed: .*status message 11488/m);
		const queued = await runOnSite('Set-SimNetwork -Internet Connected; Stop-Component SMS_DMP_DOWNLOADER; Invoke-CMSiteUpdateCheck', shell);
		assert.match(queued.stderr, /^WARNING: SMS_DMP_DOWNLOADER is not running, so the check is queued/m);
	});

	it('is refused in offline mode, pointing to the Service Connection Tool, changing nothing', async () => {
		const shell = newShell('offline');
		const r = await unchanged('Invoke-CMSiteUpdateCheck', shell);
		assert.match(r.stderr, /Use the Service Connection Tool \(ServiceConnectionTool\.exe -prepare, -connect, -import\)/);
		const id = await runOnSite('try { Invoke-CMSiteUpdateCheck -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }', shell);
		assert.equal(id.stdout.trim(), 'ScpOfflineRefused,Invoke-CMSiteUpdateCheck');
	});
});

describe('Invoke-CMSiteUpdateDownload / Install-CMSiteUpdate', () => {
	it('take the update by -Name or from the pipeline; -PassThru writes it', async () => {
		const shell = newShell();
		await runOnSite('Step-SimClock 30d', shell);
		const r = await runOnSite(`Get-CMSiteUpdate -Fast -Name "${R2503}" | Install-CMSiteUpdate -Force -PassThru | ForEach-Object StateName`, shell);
		assert.equal(r.stdout.trim(), 'Checking prerequisites');
	});

	it('installation asks for confirmation; scripts need -Force; -WhatIf wins', async () => {
		const shell = newShell();
		await runOnSite('Step-SimClock 30d', shell);
		const ask = await unchanged(`Install-CMSiteUpdate -Name "${R2503}"`, shell);
		assert.match(ask.stderr, /NonInteractive mode/);
		const whatIf = await unchanged(`Install-CMSiteUpdate -Name "${R2503}" -Force -WhatIf`, shell);
		assert.match(whatIf.stdout, /What if: Performing the operation "Install-CMSiteUpdate" on target "Configuration Manager 2503"\./);
	});

	it('refuse updates in the wrong state or unknown ones, with near matches, changing nothing', async () => {
		const shell = newShell();
		const installed = await unchanged('Install-CMSiteUpdate -Name "Configuration Manager 2409" -Force', shell);
		assert.match(installed.stderr, /Configuration Manager 2409 is Installed/);
		const unknown = await unchanged('Invoke-CMSiteUpdateDownload -Name "Configuration Manager 2490" -Force', shell);
		assert.match(unknown.stderr, /Update 'Configuration Manager 2490' was not found\. Did you mean: Configuration Manager 2409/);
		const wrongType = await unchanged('Get-CMSite | Install-CMSiteUpdate -Force', shell);
		assert.match(wrongType.stderr, /takes SMS_CM_UpdatePackages objects/);
	});

	it('downloads are refused offline; the tool brings updates in instead', async () => {
		const shell = newShell('offline');
		await runOnSite('Step-SimClock 30d', shell);
		const r = await unchanged(`Invoke-CMSiteUpdateDownload -Name "${R2503}" -Force`, shell);
		assert.match(r.stderr, /was not found|offline mode/);
	});

	it('-SkipPrerequisiteCheck and -PreproductionCollection are accepted', async () => {
		const shell = newShell();
		await runOnSite('Step-SimClock 30d', shell);
		const r = await runOnSite(`Install-CMSiteUpdate -Name "${R2503}" -SkipPrerequisiteCheck -PreproductionClientCollection $null -Force; Step-SimClock 1d; (Get-CMSite).Version`, shell);
		assert.deepEqual(lines(r.stdout), ['5.00.9135.1000']);
	});
});
