// One SCP per hierarchy, only at the top-tier site; expanding a stand-alone primary needs the SCP removed first.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createSite} from '../../src/site/index.ts';
import {assertRefused} from './helpers.ts';

test('only one SCP per hierarchy', () => {
	const site = createSite();
	const err = assertRefused(site, () => site.addScp({serverName: 'SCP02.contoso.com'}), 'ScpAlreadyInstalled', 'ResourceExists');
	assert.match(err.message, /CM01\.contoso\.com/);
});

test('the SCP goes only at the top-tier site', () => {
	const site = createSite('hierarchy');
	site.removeScp();
	assert.equal(site.getScpStatus(), null);
	assert.deepEqual(site.getComponents({name: 'SMS_DMP_*'}), []);
	let err = assertRefused(site, () => site.addScp({siteCode: 'PS1', serverName: 'CM01.contoso.com'}), 'ScpNotTopTier', 'InvalidOperation');
	assert.match(err.message, /CAS/);
	err = assertRefused(site, () => site.addScp({siteCode: 'SS1', serverName: 'SEC01.contoso.com'}), 'ScpNotTopTier');
	assert.match(err.message, /secondary/);
	assertRefused(site, () => site.addScp({siteCode: 'CAS', serverName: 'CM02.contoso.com'}), 'ServerInOtherSite');
	assertRefused(site, () => site.addScp({siteCode: 'XYZ', serverName: 'CAS01.contoso.com'}), 'SiteNotFound', 'ObjectNotFound');
	assertRefused(site, () => site.addScp({serverName: 'bad name!'}), 'InvalidServerName');
	assertRefused(site, () => site.addScp({serverName: 'CAS01.contoso.com', mode: 'Hybrid'}), 'InvalidScpMode');
	const {status, warnings} = site.addScp({serverName: 'CAS01.contoso.com', mode: 'Offline'});
	assert.equal(status.SiteCode, 'CAS');
	assert.equal(status.Mode, 'Offline');
	assert.equal(status.EffectiveMode, 'Offline');
	assert.deepEqual(warnings, []);
	site.step('1m');
	assert.ok(site.getComponents({name: 'SMS_DMP_*'}).every((c) => c.State === 'Running'));
});

test('expanding a stand-alone primary is refused while the SCP is on it; then remove, expand, add at the CAS', () => {
	const site = createSite();
	const err = assertRefused(site, () => site.addCentralAdministrationSite({siteCode: 'CAS', serverName: 'CAS01.contoso.com'}),
		'ScpBlocksExpansion', 'InvalidOperation');
	assert.match(err.message, /remove|uninstall/i);
	assert.match(err.message, /central administration site/);
	assert.match(err.message, /Remove-ScpRole/);
	site.removeScp('CM01.contoso.com');
	const cas = site.addCentralAdministrationSite({siteCode: 'CAS', serverName: 'CAS01.contoso.com'});
	assert.equal(cas.Type, 'CentralAdministrationSite');
	assert.equal(cas.Version, '5.00.9132.1000');
	assert.equal(site.getSite('PS1').ParentSiteCode, 'CAS', 'the primary is now a child of the CAS');
	assert.equal(site.getSites()[0]!.SiteCode, 'CAS');
	assertRefused(site, () => site.addScp({siteCode: 'PS1', serverName: 'CM01.contoso.com'}), 'ScpNotTopTier');
	const {status} = site.addScp({siteCode: 'CAS', serverName: 'CAS01.contoso.com'});
	assert.equal(status.SiteCode, 'CAS');
	assertRefused(site, () => site.addCentralAdministrationSite({siteCode: 'CS2', serverName: 'CAS02.contoso.com'}), 'HierarchyAlreadyExpanded');
	// Backup defaults: on at the new CAS, still off at the primary.
	const tasks = site.getMaintenanceTasks();
	assert.deepEqual(tasks.map((t) => [t.SiteCode, t.Enabled]), [['CAS', true], ['PS1', false]]);
});

test('a new SCP on the site server runs its threads and checks for updates at once', () => {
	const site = createSite();
	site.removeScp();
	const {status} = site.addScp({serverName: 'cm01.contoso.com'});
	assert.equal(status.ServerName, 'CM01.contoso.com');
	assert.equal(site.getComponent('SMS_DMP_DOWNLOADER').State, 'Starting');
	site.step('10s');
	assert.equal(site.getComponent('SMS_DMP_DOWNLOADER').State, 'Running');
	assert.equal(site.getScpStatus()!.LastUpdateCheckResult, 'Succeeded');
});

test('adding child primaries and secondaries, with validation', () => {
	const site = createSite('hierarchy');
	const p = site.addSite({siteCode: 'ps3', type: 'Primary', parentSiteCode: 'CAS', serverName: 'CM04.contoso.com'});
	assert.deepEqual([p.SiteCode, p.Type, p.ParentSiteCode, p.Version], ['PS3', 'Primary', 'CAS', '5.00.9132.1000']);
	const s = site.addSite({siteCode: 'SS2', type: 'Secondary', parentSiteCode: 'PS3', serverName: 'SEC02.contoso.com'});
	assert.equal(s.ParentSiteCode, 'PS3');
	assert.equal(site.getComponent('SMS_EXECUTIVE', {siteCode: 'SS2'}).State, 'Running');
	assertRefused(site, () => site.addSite({siteCode: 'PS4', type: 'Primary', parentSiteCode: 'PS1', serverName: 'CM05.contoso.com'}), 'InvalidParentSite');
	assertRefused(site, () => site.addSite({siteCode: 'SS3', type: 'Secondary', parentSiteCode: 'SS1', serverName: 'SEC03.contoso.com'}), 'InvalidParentSite');
	assertRefused(site, () => site.addSite({siteCode: 'PS1', type: 'Primary', parentSiteCode: 'CAS', serverName: 'CM09.contoso.com'}), 'SiteCodeExists', 'ResourceExists');
	assertRefused(site, () => site.addSite({siteCode: 'PS9', type: 'Primary', parentSiteCode: 'CAS', serverName: 'CM01.contoso.com'}), 'ServerInUse');
	assertRefused(site, () => site.addSite({siteCode: 'SMS', type: 'Primary', parentSiteCode: 'CAS', serverName: 'CM09.contoso.com'}), 'InvalidSiteCode');
	assertRefused(site, () => site.addSite({siteCode: 'P1', type: 'Primary', parentSiteCode: 'CAS', serverName: 'CM09.contoso.com'}), 'InvalidSiteCode');
	assertRefused(site, () => site.addSite({siteCode: 'PS9', type: 'Tertiary', parentSiteCode: 'CAS', serverName: 'CM09.contoso.com'}), 'InvalidSiteType');
	assertRefused(site, () => site.addSite({siteCode: 'PS9', type: 'Primary', parentSiteCode: 'CAZ', serverName: 'CM09.contoso.com'}), 'SiteNotFound');
	const standalone = createSite();
	const err = assertRefused(standalone, () => standalone.addSite({siteCode: 'PS2', type: 'Primary', parentSiteCode: 'PS1', serverName: 'CM02.contoso.com'}), 'InvalidParentSite');
	assert.match(err.message, /Add-CentralAdministrationSite/);
	assert.equal(standalone.addSite({siteCode: 'SS1', type: 'Secondary', parentSiteCode: 'PS1', serverName: 'SEC01.contoso.com'}).Type, 'Secondary');
});

test('the large scenario is at its limits: a 26th primary is refused', () => {
	const site = createSite('large');
	assertRefused(site, () => site.addSite({siteCode: 'P26', type: 'Primary', parentSiteCode: 'CAS', serverName: 'PRI26.contoso.com'}), 'TooManyPrimaries', 'LimitsExceeded');
});
