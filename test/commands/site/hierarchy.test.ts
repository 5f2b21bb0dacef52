// Get-Site, Get-SiteSystem and Add-Site through the cmdlets, with the hierarchy's rules and clear errors.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const lines = (text: string) => text.trim().split('\n');

describe('Get-Site and Get-SiteSystem', () => {
	it('list the hierarchy top-down with the contract properties', async () => {
		const shell = newShell('hierarchy');
		const r = await runOnSite('Get-Site | ForEach-Object { "$($_.SiteCode) $($_.Type) [$($_.ParentSiteCode)] $($_.ServerName) $($_.Version) $($_.BuildNumber)" }', shell);
		assert.deepEqual(lines(r.stdout), [
			'CAS CentralAdministrationSite [] CAS01.contoso.com 5.00.9132.1000 9132',
			'PS1 Primary [CAS] CM01.contoso.com 5.00.9132.1000 9132',
			'PS2 Primary [CAS] CM02.contoso.com 5.00.9132.1000 9132',
			'SS1 Secondary [PS1] SEC01.contoso.com 5.00.9132.1000 9132',
		]);
		const one = await runOnSite("Get-Site ps2 | ForEach-Object { $_.SiteCode }; (Get-Site 'PS*').Count", shell);
		assert.deepEqual(lines(one.stdout), ['PS2', '2']);
		const systems = await runOnSite("Get-SiteSystem -SiteCode CAS | ForEach-Object { $_.Roles -join ',' }", shell);
		assert.match(systems.stdout, /SMS Dmp Connector/);
	});

	it('unknown site codes and servers are errors with near matches', async () => {
		const shell = newShell('hierarchy');
		const site = await runOnSite('Get-Site PS3', shell);
		assert.match(site.stderr, /Site 'PS3' was not found\. Did you mean: PS1, PS2/);
		const server = await runOnSite('Get-SiteSystem CM3.contoso.com', shell);
		assert.match(server.stderr, /Site system server 'CM3\.contoso\.com' was not found\. Did you mean: CM01\.contoso\.com, CM02\.contoso\.com/);
		const pattern = await runOnSite("Get-SiteSystem 'nothing*'", shell);
		assert.equal(pattern.stdout + pattern.stderr, '');
	});
});

describe('Add-Site', () => {
	it('adds a secondary under a primary and a child primary under a CAS', async () => {
		const shell = newShell('hierarchy');
		const r = await runOnSite(
			'Add-Site -SiteCode SS2 -ServerName SEC02.contoso.com -Type Secondary -ParentSiteCode PS2 | ForEach-Object { "$($_.SiteCode) $($_.Type) $($_.ParentSiteCode)" }\n' +
			'Add-Site PS3 CM03.contoso.com -Type Primary -ParentSiteCode CAS | ForEach-Object { "$($_.SiteCode) $($_.Type) $($_.ParentSiteCode)" }\n' +
			'(Get-Component SMS_EXECUTIVE -SiteCode PS3).State', shell);
		assert.equal(r.stderr, '');
		assert.deepEqual(lines(r.stdout), ['SS2 Secondary PS2', 'PS3 Primary CAS', 'Running']);
	});

	it('refuses wrong parents, taken codes and servers, and bad codes, changing nothing', async () => {
		const shell = newShell('hierarchy');
		const before = JSON.stringify(shell.site.toJSON());
		const cases: [string, RegExp][] = [
			['Add-Site SS2 SEC02.contoso.com -Type Secondary -ParentSiteCode CAS', /A secondary site needs a primary site as its parent/],
			['Add-Site PS3 CM03.contoso.com -Type Primary -ParentSiteCode PS1', /A child primary site needs a central administration site as its parent/],
			['Add-Site PS1 CM09.contoso.com -Type Primary -ParentSiteCode CAS', /Site code PS1 is already in use/],
			['Add-Site PS3 CM01.contoso.com -Type Primary -ParentSiteCode CAS', /CM01\.contoso\.com is already a site system of site PS1/],
			['Add-Site TOOLONG CM03.contoso.com -Type Primary -ParentSiteCode CAS', /'TOOLONG' is not a valid site code/],
			['Add-Site PS3 CM03.contoso.com -Type Primary -ParentSiteCode CAZ', /Parent site 'CAZ' was not found\. Did you mean: CAS/],
			['Add-Site PS3 CM03.contoso.com -Type Tertiary -ParentSiteCode CAS', /The argument "Tertiary" does not belong to the set "Primary,Secondary"/],
		];
		for (const [text, message] of cases) {
			const r = await runOnSite(text, shell);
			assert.match(r.stderr, message, text);
		}
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});
});
