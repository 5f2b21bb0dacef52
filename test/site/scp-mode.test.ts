// The seed's rule: a mode change is recorded at once but takes effect only when SMS_DMP_DOWNLOADER next starts —
// by restarting that thread, by restarting SMS_EXECUTIVE, or when the site backup stops and restarts SMS_EXECUTIVE.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createSite, DAY, type Site} from '../../src/site/index.ts';
import {assertRefused, settle} from './helpers.ts';

function pendingOffline(): Site {
	const site = createSite();
	const {status, warnings} = site.setScpMode('Offline');
	assert.equal(status.Mode, 'Offline');
	assert.equal(status.EffectiveMode, 'Online');
	assert.equal(status.RestartRequired, true);
	assert.equal(warnings.length, 1);
	assert.match(warnings[0]!, /SMS_DMP_DOWNLOADER/);
	assert.match(warnings[0]!, /SMS_EXECUTIVE/);
	assert.match(warnings[0]!, /backup/);
	return site;
}

test('a mode change is pending until SMS_DMP_DOWNLOADER starts: (1) restart the thread', () => {
	const site = pendingOffline();
	const {settlesAt} = site.restartComponent('SMS_DMP_DOWNLOADER');
	site.advance(2_000);
	assert.equal(site.getScpStatus()!.EffectiveMode, 'Online', 'still Online while the thread is stopping');
	settle(site, settlesAt);
	const s = site.getScpStatus()!;
	assert.equal(s.EffectiveMode, 'Offline');
	assert.equal(s.RestartRequired, false);
	assert.equal(s.NextUpdateCheck, null, 'offline mode schedules no checks');
	assert.ok(site.getLog('dmpdownloader.log').some((l) => /mode changed from Online to Offline/.test(l.Message)));
});

test('(2) restarting SMS_EXECUTIVE applies it', () => {
	const site = pendingOffline();
	settle(site, site.restartComponent('SMS_EXECUTIVE').settlesAt);
	assert.equal(site.getScpStatus()!.EffectiveMode, 'Offline');
	assert.equal(site.getScpStatus()!.RestartRequired, false);
});

test('(3) the site backup task applies it and writes 5035', () => {
	const site = pendingOffline();
	const task = site.startMaintenanceTask('Backup Site Server');
	assert.equal(task.Running, true);
	site.advance(60_000);
	assert.equal(site.getComponent('SMS_EXECUTIVE').State, 'Stopped', 'the backup stops SMS_EXECUTIVE');
	assert.equal(site.getScpStatus()!.EffectiveMode, 'Online');
	site.step('30m');
	assert.equal(site.getScpStatus()!.EffectiveMode, 'Offline');
	assert.equal(site.getComponent('SMS_EXECUTIVE').State, 'Running');
	const m = site.getStatusMessages({messageId: 5035});
	assert.equal(m.length, 1);
	assert.equal(m[0]!.Component, 'SMS_SITE_BACKUP');
	assert.equal(m[0]!.Severity, 'Information');
});

test('restarting other components, stopping without starting, or pausing does not apply it', () => {
	const site = pendingOffline();
	for (const name of ['SMS_DMP_UPLOADER', 'SMS_SERVICE_CONNECTOR', 'SMS_HIERARCHY_MANAGER', 'SMS_SITE_COMPONENT_MANAGER', 'SMS_SITE_BACKUP']) {
		settle(site, site.restartComponent(name).settlesAt);
		assert.equal(site.getScpStatus()!.RestartRequired, true, name);
	}
	site.pauseComponent('SMS_DMP_DOWNLOADER');
	site.resumeComponent('SMS_DMP_DOWNLOADER');
	assert.equal(site.getScpStatus()!.RestartRequired, true, 'a resume is not a start');
	settle(site, site.stopComponent('SMS_DMP_DOWNLOADER').settlesAt);
	assert.equal(site.getScpStatus()!.EffectiveMode, 'Online', 'stopped is not started');
	settle(site, site.startComponent('SMS_DMP_DOWNLOADER').settlesAt);
	assert.equal(site.getScpStatus()!.EffectiveMode, 'Offline');
});

test('the effective mode governs behaviour: a pending Offline still checks online', () => {
	const site = pendingOffline();
	site.step('1d');
	assert.equal(site.getScpStatus()!.LastUpdateCheckResult, 'Succeeded');
	assert.ok(site.getScpStatus()!.LastUpdateCheck! > site.now - DAY);
	assert.doesNotThrow(() => site.checkForUpdates());
});

test('switching back before a restart clears the pending change', () => {
	const site = pendingOffline();
	const {status, warnings} = site.setScpMode('online');
	assert.equal(status.RestartRequired, false);
	assert.deepEqual(warnings, []);
	assertRefused(site, () => site.setScpMode('Sometimes'), 'InvalidScpMode', 'InvalidArgument');
});

test('going back online runs a check as soon as the downloader starts', () => {
	const site = createSite('offline');
	site.setNetwork({internet: 'Connected'});
	site.setScpMode('Online');
	const {settlesAt} = site.restartComponent('SMS_DMP_DOWNLOADER');
	settle(site, settlesAt);
	site.advance(0);
	const s = site.getScpStatus()!;
	assert.equal(s.EffectiveMode, 'Online');
	assert.equal(s.LastUpdateCheck, site.now);
	assert.equal(s.LastUpdateCheckResult, 'Succeeded');
});

test('Intune: adding a subscription forces Online; Offline is refused and changes nothing', () => {
	const site = createSite();
	site.setScpMode('Offline');
	settle(site, site.restartComponent('SMS_DMP_DOWNLOADER').settlesAt);
	assert.equal(site.getScpStatus()!.EffectiveMode, 'Offline');
	const {status, warnings} = site.addIntuneSubscription('{A1B2C3D4-0000-4000-8000-1234567890AB}');
	assert.equal(status.Mode, 'Online');
	assert.equal(status.EffectiveMode, 'Offline');
	assert.equal(status.RestartRequired, true, 'effective was Offline: a restart is needed');
	assert.equal(status.IntuneSubscription, true);
	assert.equal(status.TenantId, 'a1b2c3d4-0000-4000-8000-1234567890ab');
	assert.ok(warnings.some((w) => /online mode/.test(w)));
	const err = assertRefused(site, () => site.setScpMode('Offline'), 'ScpModeRefusedIntune', 'InvalidOperation');
	assert.match(err.message, /Intune/);
	assertRefused(site, () => site.addIntuneSubscription('0f2c6a4e-8b1d-4c3a-9e57-6d2b1f0a9c38'), 'IntuneSubscriptionExists', 'ResourceExists');
	assertRefused(site, () => site.removeScp(), 'ScpRemoveRefusedIntune');
	site.removeIntuneSubscription();
	assert.equal(site.setScpMode('Offline').status.Mode, 'Offline', 'removing the subscription lifts the refusal');
	assertRefused(site, () => site.removeIntuneSubscription(), 'IntuneSubscriptionNotFound', 'ObjectNotFound');
});

test('Intune scenario refuses offline mode with the state unchanged', () => {
	const site = createSite('intune');
	site.step('2d');
	assertRefused(site, () => site.setScpMode('Offline'), 'ScpModeRefusedIntune', 'InvalidOperation');
	assertRefused(site, () => site.addIntuneSubscription('not-a-guid'), 'InvalidTenantId', 'InvalidArgument');
});

test('on-premises MDM works in either mode and needs no endpoint', () => {
	const site = createSite('offline');
	const before = site.testConnectivity().length;
	assert.equal(site.setOnPremisesMdm(true).OnPremisesMdm, true);
	assert.equal(site.testConnectivity().length, before);
	assert.equal(site.getScpStatus()!.Mode, 'Offline');
	assert.equal(site.setOnPremisesMdm(false).OnPremisesMdm, false);
});

test('usage data level and proxy', () => {
	const site = createSite();
	assert.equal(site.setUsageDataLevel('full'), 'Full');
	assert.equal(site.getScpStatus()!.UsageDataLevel, 'Full');
	assertRefused(site, () => site.setUsageDataLevel('Verbose'), 'InvalidUsageDataLevel', 'InvalidArgument');
	const s = site.setProxy({server: 'proxy.contoso.com', port: 8080, account: 'CONTOSO\\svc-proxy'});
	assert.equal(s.ProxyServer, 'proxy.contoso.com');
	assert.equal(s.ProxyPort, 8080);
	assert.equal(s.ProxyAccount, 'CONTOSO\\svc-proxy');
	assertRefused(site, () => site.setProxy({server: 'proxy.contoso.com', port: 70000}), 'InvalidPort');
	assertRefused(site, () => site.setProxy({server: 'proxy.contoso.com', account: 'nobody'}), 'InvalidAccount');
	assert.equal(site.setProxy(null).ProxyServer, null);
});
