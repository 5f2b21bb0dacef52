// Intune forces online mode and forbids offline; on-premises MDM works in either mode; the usage data level.
// All through the cmdlets, with every refusal leaving the site as it was.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const TENANT = '0f2c6a4e-8b1d-4c3a-9e57-6d2b1f0a9c38';
const lines = (text: string) => text.trim().split('\n');
const status = async (shell: ReturnType<typeof newShell>) =>
	(await runOnSite('$s = Get-ScpStatus; "$($s.Mode)|$($s.EffectiveMode)|$($s.RestartRequired)|$($s.IntuneSubscription)"', shell)).stdout.trim();

describe('Add-ScpIntuneSubscription', () => {
	it('refuses offline mode while subscribed (InvalidOperation), and nothing changes', async () => {
		const shell = newShell();
		await runOnSite(`Add-ScpIntuneSubscription -TenantId ${TENANT}`, shell);
		const before = JSON.stringify(shell.site.toJSON());
		const r = await runOnSite('Set-ScpMode -Mode Offline', shell);
		assert.match(r.stderr, /^Set-ScpMode:/m);
		assert.match(r.stderr, /offline mode is not supported with one/);
		assert.doesNotMatch(r.stderr, /WARNING/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
		const e = await runOnSite('try { Set-ScpMode Offline -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId }', shell);
		assert.deepEqual(lines(e.stdout), ['InvalidOperation', 'ScpModeRefusedIntune,Set-ScpMode']);
		assert.equal(await status(shell), 'Online|Online|False|True');
	});

	it('sets an offline role online, pending the downloader restart, and warns', async () => {
		const shell = newShell('offline');
		assert.equal(await status(shell), 'Offline|Offline|False|False');
		const r = await runOnSite(`Add-ScpIntuneSubscription ${TENANT}`, shell);
		assert.match(r.stderr, /^WARNING: Adding the Microsoft Intune subscription set the service connection point to online mode\./);
		assert.match(r.stderr, /takes effect when SMS_DMP_DOWNLOADER next starts/);
		assert.equal(await status(shell), 'Online|Offline|True|True');
		await runOnSite('Restart-Component SMS_DMP_DOWNLOADER', shell);
		assert.equal(await status(shell), 'Online|Online|False|True');
	});

	it('Remove-ScpIntuneSubscription lifts the refusal; removing twice is an error', async () => {
		const shell = newShell('intune');
		await runOnSite('Remove-ScpIntuneSubscription', shell);
		const r = await runOnSite('Set-ScpMode Offline -WarningAction SilentlyContinue; (Get-ScpStatus).Mode', shell);
		assert.equal(r.stdout.trim(), 'Offline');
		const again = await runOnSite('try { Remove-ScpIntuneSubscription -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }', shell);
		assert.equal(again.stdout.trim(), 'IntuneSubscriptionNotFound,Remove-ScpIntuneSubscription');
	});

	it('the role cannot be removed while it holds a subscription', async () => {
		const shell = newShell('intune');
		const before = JSON.stringify(shell.site.toJSON());
		const r = await runOnSite('Remove-ScpRole -Force', shell);
		assert.match(r.stderr, /Remove-ScpIntuneSubscription/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});

	it('validates the tenant id as a GUID with pwsh\'s conversion error, changing nothing', async () => {
		const shell = newShell();
		const before = JSON.stringify(shell.site.toJSON());
		const r = await runOnSite('Add-ScpIntuneSubscription -TenantId not-a-guid', shell);
		assert.match(r.stderr, /Cannot bind parameter 'TenantId'\. Cannot convert value "not-a-guid" to type "System\.Guid"\. Error: "Guid should contain 32 digits with 4 dashes/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
		const braces = await runOnSite(`Add-ScpIntuneSubscription '{${TENANT.toUpperCase()}}' -PassThru | ForEach-Object { $_.TenantId }`, shell);
		assert.equal(braces.stdout.trim(), TENANT, 'braced and upper-case forms are accepted');
	});

	it('adds the Intune endpoints to the ones the role needs', async () => {
		const shell = newShell();
		const before = await runOnSite('(Test-ScpConnectivity).Count', shell);
		await runOnSite(`Add-ScpIntuneSubscription ${TENANT}`, shell);
		const after = await runOnSite('(Test-ScpConnectivity).Count', shell);
		assert.deepEqual([before.stdout.trim(), after.stdout.trim()], ['8', '11']);
	});
});

describe('on-premises MDM', () => {
	it('works in either mode and shows as OnPremisesMdm', async () => {
		const shell = newShell('offline');
		const r = await runOnSite('Enable-ScpOnPremisesMdm -PassThru | ForEach-Object { "$($_.EffectiveMode) $($_.OnPremisesMdm)" }\nDisable-ScpOnPremisesMdm\n(Get-ScpStatus).OnPremisesMdm', shell);
		assert.deepEqual(lines(r.stdout), ['Offline True', 'False']);
		assert.equal(r.stderr, '');
		const online = await runOnSite('Enable-ScpOnPremisesMdm; (Get-ScpStatus).OnPremisesMdm');
		assert.equal(online.stdout.trim(), 'True');
	});

	it('needs no cloud endpoint', async () => {
		const shell = newShell();
		const before = await runOnSite('(Test-ScpConnectivity).Count', shell);
		await runOnSite('Enable-ScpOnPremisesMdm', shell);
		const after = await runOnSite('(Test-ScpConnectivity).Count', shell);
		assert.equal(after.stdout, before.stdout);
	});
});

describe('Set-ScpUsageDataLevel', () => {
	it('sets the level; a level outside the set is the ValidateSet error', async () => {
		const shell = newShell();
		const r = await runOnSite('Set-ScpUsageDataLevel -Level full; (Get-ScpStatus).UsageDataLevel', shell);
		assert.equal(r.stdout.trim(), 'Full', 'matched case-insensitively, stored with the set\'s spelling');
		const before = JSON.stringify(shell.site.toJSON());
		const bad = await runOnSite('Set-ScpUsageDataLevel Verbose', shell);
		assert.match(bad.stderr, /The argument "Verbose" does not belong to the set "Basic,Enhanced,Full"/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});

	it('works without a service connection point (a hierarchy setting)', async () => {
		const shell = newShell();
		await runOnSite('Remove-ScpRole -Force', shell);
		const r = await runOnSite('Set-ScpUsageDataLevel Basic -PassThru', shell);
		assert.equal(r.stdout + r.stderr, '');
		assert.equal(shell.site.toJSON().settings.usageDataLevel, 'Basic');
	});
});
