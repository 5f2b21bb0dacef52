import assert from 'node:assert/strict';
import {test} from 'node:test';
import {CATALOG, createSite, DAY, listScenarios, SCENARIO_START} from '../../src/site/index.ts';

test('listScenarios names every scenario with a description', () => {
	const names = listScenarios().map((s) => s.Name);
	assert.deepEqual(names, ['default', 'hierarchy', 'remote-scp', 'offline', 'intune', 'large']);
	for (const s of listScenarios()) assert.ok(s.Description.length > 40, s.Name);
});

test('default: stand-alone primary PS1 on CM01, 2409, SCP online on the site server, Enhanced', () => {
	const site = createSite();
	assert.deepEqual(site.getSites().map((s) => ({...s})), [{
		SiteCode: 'PS1', Type: 'Primary', ParentSiteCode: null, ServerName: 'CM01.contoso.com', Version: '5.00.9132.1000', BuildNumber: 9132,
		SiteName: 'Contoso Primary Site PS1', ProductVersion: '2409', FullVersion: '5.00.9132.1000', InstalledHotfixes: ['KB30833053'],
	}]);
	const scp = site.getScpStatus()!;
	assert.equal(scp.SiteCode, 'PS1');
	assert.equal(scp.ServerName, 'CM01.contoso.com');
	assert.equal(scp.Mode, 'Online');
	assert.equal(scp.EffectiveMode, 'Online');
	assert.equal(scp.RestartRequired, false);
	assert.equal(scp.UsageDataLevel, 'Enhanced');
	assert.equal(scp.SiteVersion, '5.00.9132.1000');
	assert.equal(scp.Version, '2409');
	assert.equal(scp.IntuneSubscription, false);
	assert.equal(scp.ProxyServer, null);
	assert.ok(scp.NextUpdateCheck! > SCENARIO_START && scp.NextUpdateCheck! - scp.LastUpdateCheck! === DAY);
	const comps = site.getComponents();
	for (const n of ['SMS_EXECUTIVE', 'SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER', 'SMS_SERVICE_CONNECTOR', 'SMS_HIERARCHY_MANAGER',
		'SMS_DISTRIBUTION_MANAGER', 'SMS_SITE_BACKUP', 'SMS_COMPONENT_STATUS_SUMMARIZER', 'SMS_POLICY_PROVIDER',
		'SMS_DATABASE_NOTIFICATION_MONITOR', 'SMS_SITE_COMPONENT_MANAGER', 'SMS_STATE_SYSTEM', 'SMS_WSUS_SYNC_MANAGER']) {
		const c = comps.find((x) => x.Name === n);
		assert.ok(c, n);
		assert.equal(c.State, 'Running');
		assert.equal(c.Status, 'OK');
		assert.equal(c.ServerName, 'CM01.contoso.com');
	}
	assert.equal(comps.find((c) => c.Name === 'SMS_EXECUTIVE')!.Type, 'Service');
	assert.equal(comps.find((c) => c.Name === 'SMS_SITE_BACKUP')!.Type, 'Service');
	assert.equal(comps.find((c) => c.Name === 'SMS_DMP_DOWNLOADER')!.Type, 'Thread');
	assert.equal(comps[0]!.Name, 'SMS_EXECUTIVE', 'the executive lists first');
});

test('default: a hotfix and the next release reach the cloud catalog within 30 days', () => {
	const in30 = CATALOG.filter((e) => e.availableAt > SCENARIO_START && e.availableAt <= SCENARIO_START + 30 * DAY);
	assert.ok(in30.some((e) => e.kind === 'Hotfix' && e.productVersion === '2409'));
	assert.ok(in30.some((e) => e.kind === 'Release' && e.productVersion === '2503'));
	const site = createSite();
	site.step('30d');
	const names = site.getUpdates().map((u) => u.Name);
	assert.ok(names.includes('Configuration Manager 2409 Hotfix Rollup (KB30385346)'));
	assert.ok(names.includes('Configuration Manager 2503'));
});

test('hierarchy: CAS with two child primaries and a secondary; SCP at the CAS', () => {
	const site = createSite('hierarchy');
	assert.deepEqual(site.getSites().map((s) => [s.SiteCode, s.Type, s.ParentSiteCode]), [
		['CAS', 'CentralAdministrationSite', null], ['PS1', 'Primary', 'CAS'], ['PS2', 'Primary', 'CAS'], ['SS1', 'Secondary', 'PS1'],
	]);
	assert.equal(site.getScpStatus()!.SiteCode, 'CAS');
	assert.equal(site.getScpStatus()!.ServerName, 'CAS01.contoso.com');
	assert.equal(site.getComponents({name: 'SMS_POLICY_PROVIDER', siteCode: 'CAS'}).length, 0, 'no client-facing components at a CAS');
	assert.equal(site.getComponents({name: 'SMS_SITE_BACKUP', siteCode: 'SS1'}).length, 0, 'no backup at a secondary');
});

test('remote-scp: SCP on its own server without an installation account', () => {
	const site = createSite('remote-scp');
	const scp = site.getScpStatus()!;
	assert.equal(scp.ServerName, 'SCP01.contoso.com');
	assert.equal(scp.InstallationAccount, null);
	const sys = site.getSiteSystems({serverName: 'SCP01.contoso.com'})[0]!;
	assert.deepEqual(sys.Roles, ['SMS Site System', 'SMS Component Server', 'SMS Dmp Connector']);
	assert.equal(sys.IsSiteServer, false);
	assert.deepEqual(site.getComponents({serverName: 'SCP01.contoso.com'}).map((c) => c.Name),
		['SMS_EXECUTIVE', 'SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER', 'SMS_SERVICE_CONNECTOR']);
});

test('offline: air-gapped, SCP offline, no checks scheduled', () => {
	const site = createSite('offline');
	const scp = site.getScpStatus()!;
	assert.equal(scp.Mode, 'Offline');
	assert.equal(scp.EffectiveMode, 'Offline');
	assert.equal(scp.NextUpdateCheck, null);
	assert.equal(site.getNetwork().Internet, 'Disconnected');
	site.step('60d');
	assert.equal(site.getScpStatus()!.LastUpdateCheck, null);
	assert.equal(site.getStatusMessages({messageId: 11488}).length, 0, 'offline never contacts the cloud');
});

test('intune: subscribed, online', () => {
	const site = createSite('intune');
	const scp = site.getScpStatus()!;
	assert.equal(scp.IntuneSubscription, true);
	assert.match(scp.TenantId!, /^[0-9a-f-]{36}$/);
	assert.equal(scp.Mode, 'Online');
});

test('large: one CAS, 25 primaries, 250 secondaries', () => {
	const site = createSite('large');
	const sites = site.getSites();
	assert.equal(sites.filter((s) => s.Type === 'CentralAdministrationSite').length, 1);
	assert.equal(sites.filter((s) => s.Type === 'Primary').length, 25);
	assert.equal(sites.filter((s) => s.Type === 'Secondary').length, 250);
	assert.equal(new Set(sites.map((s) => s.SiteCode)).size, 276);
	assert.ok(sites.every((s) => /^[A-Z0-9]{3}$/.test(s.SiteCode)));
	assert.equal(site.getScpStatus()!.SiteCode, 'CAS');
});

test('unknown scenario names get near matches', () => {
	assert.throws(() => createSite('hierarchi'), (e: any) => e.id === 'ScenarioNotFound' && e.category === 'ObjectNotFound' && /hierarchy/.test(e.message));
	assert.throws(() => createSite('remote'), (e: any) => /remote-scp/.test(e.message));
});
