// Placement, through the cmdlets: one service connection point per hierarchy, only at the top-tier site; a
// stand-alone primary is expanded only after the role leaves it. Every refusal leaves the site as it was.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

type Shell = ReturnType<typeof newShell>;

/** Runs `text`, expects it to fail with `fqid`, and checks the site did not change. */
async function refused(shell: Shell, text: string, fqid: string, category: string): Promise<string> {
	const before = JSON.stringify(shell.site.toJSON());
	const r = await runOnSite(`try { ${text} -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId; $_.Exception.Message }`, shell);
	const [cat, id, ...message] = r.stdout.trim().split('\n');
	assert.equal(id, fqid, r.stdout + r.stderr);
	assert.equal(cat, category);
	assert.equal(JSON.stringify(shell.site.toJSON()), before, `${text} changed the site although it was refused`);
	return message.join('\n');
}

describe('Add-ScpRole placement', () => {
	it('allows one role per hierarchy', async () => {
		const shell = newShell();
		const message = await refused(shell, 'Add-ScpRole -ServerName SCP02.contoso.com', 'ScpAlreadyInstalled,Add-ScpRole', 'ResourceExists');
		assert.match(message, /already installed on CM01\.contoso\.com/);
		assert.match(message, /single instance/);
	});

	it('refuses a child primary and a secondary site, naming the top-tier site', async () => {
		const shell = newShell('hierarchy');
		await runOnSite('Remove-ScpRole -Force', shell);
		const child = await refused(shell, 'Add-ScpRole -SiteCode PS1 -ServerName CM01.contoso.com', 'ScpNotTopTier,Add-ScpRole', 'InvalidOperation');
		assert.match(child, /top-tier site/);
		assert.match(child, /PS1 is a child primary site; install the role at CAS \(CAS01\.contoso\.com\)/);
		const secondary = await refused(shell, 'Add-ScpRole -SiteCode SS1 -ServerName SEC01.contoso.com', 'ScpNotTopTier,Add-ScpRole', 'InvalidOperation');
		assert.match(secondary, /SS1 is a secondary site/);
		const r = await runOnSite('Add-ScpRole -SiteCode CAS -ServerName CAS01.contoso.com | ForEach-Object { "$($_.SiteCode) $($_.ServerName) $($_.Mode)" }', shell);
		assert.equal(r.stdout.trim(), 'CAS CAS01.contoso.com Online');
	});

	it('refuses a server of another site and an unknown site with near matches', async () => {
		const shell = newShell('hierarchy');
		await runOnSite('Remove-ScpRole -Force', shell);
		await refused(shell, 'Add-ScpRole -SiteCode CAS -ServerName CM01.contoso.com', 'ServerInOtherSite,Add-ScpRole', 'InvalidOperation');
		const unknown = await refused(shell, 'Add-ScpRole -SiteCode CAZ -ServerName CAS01.contoso.com', 'SiteNotFound,Add-ScpRole', 'ObjectNotFound');
		assert.match(unknown, /Site 'CAZ' was not found\. Did you mean: CAS/);
	});

	it('Remove-ScpRole asks first: in a script without -Force it fails and changes nothing', async () => {
		const shell = newShell();
		const before = JSON.stringify(shell.site.toJSON());
		const r = await runOnSite('Remove-ScpRole', shell);
		assert.match(r.stderr, /NonInteractive mode/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
		const w = await runOnSite('Remove-ScpRole -Force -WhatIf', shell);
		assert.match(w.stdout, /^What if: Performing the operation "Remove the service connection point" on target "Service connection point on CM01\.contoso\.com \(site PS1\)"\./);
		assert.equal(JSON.stringify(shell.site.toJSON()), before, '-WhatIf wins over -Force');
		await runOnSite('Remove-ScpRole -Force', shell);
		const after = await runOnSite('Get-ScpStatus; Get-Component SMS_DMP_* ', shell);
		assert.match(after.stderr, /No service connection point is installed/);
		assert.equal(after.stdout, '');
	});

	it('Remove-ScpRole -ServerName must name the role\'s server', async () => {
		const shell = newShell();
		await refused(shell, 'Remove-ScpRole -ServerName SCP09.contoso.com -Force', 'ScpNotOnServer,Remove-ScpRole', 'ObjectNotFound');
	});
});

describe('Add-CentralAdministrationSite and the role', () => {
	it('is refused while the role is on the stand-alone primary, with the way to do it', async () => {
		const shell = newShell();
		const message = await refused(shell, 'Add-CentralAdministrationSite -SiteCode CAS -ServerName CAS01.contoso.com', 'ScpBlocksExpansion,Add-CentralAdministrationSite', 'InvalidOperation');
		assert.match(message, /uninstall the role from the primary site \(Remove-ScpRole\)/);
		assert.match(message, /Add-ScpRole -SiteCode CAS -ServerName CAS01\.contoso\.com/);
	});

	it('works in the right order: remove, expand, add at the CAS; the primary becomes a child', async () => {
		const shell = newShell();
		const r = await runOnSite(
			'Remove-ScpRole -Force\n' +
			'Add-CentralAdministrationSite -SiteCode CAS -ServerName CAS01.contoso.com | ForEach-Object { "$($_.SiteCode) $($_.Type)" }\n' +
			'Add-ScpRole -SiteCode CAS -ServerName CAS01.contoso.com | Out-Null\n' +
			'Get-Site | ForEach-Object { "$($_.SiteCode) $($_.Type) [$($_.ParentSiteCode)]" }\n' +
			'(Get-ScpStatus).SiteCode', shell);
		assert.equal(r.stderr, '');
		assert.deepEqual(r.stdout.trim().split('\n'), [
			'CAS CentralAdministrationSite',
			'CAS CentralAdministrationSite []',
			'PS1 Primary [CAS]',
			'CAS',
		]);
		// The role can no longer go to PS1, which is now a child primary; child primaries can be added under the CAS.
		await runOnSite('Remove-ScpRole -Force', shell);
		await refused(shell, 'Add-ScpRole -SiteCode PS1 -ServerName CM01.contoso.com', 'ScpNotTopTier,Add-ScpRole', 'InvalidOperation');
		const added = await runOnSite('Add-Site PS2 PS2.contoso.com -Type Primary -ParentSiteCode CAS | ForEach-Object { "$($_.SiteCode) $($_.ParentSiteCode)" }', shell);
		assert.equal(added.stdout.trim(), 'PS2 CAS');
	});

	it('cannot expand twice', async () => {
		const shell = newShell('hierarchy');
		await refused(shell, 'Add-CentralAdministrationSite -SiteCode CA2 -ServerName CA2.contoso.com', 'HierarchyAlreadyExpanded,Add-CentralAdministrationSite', 'InvalidOperation');
	});
});
