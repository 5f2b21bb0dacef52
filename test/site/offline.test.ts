// The Service Connection Tool path: export usage data (prepare), connect (a pure function, as on another
// machine), import the update pack.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {connectUpdatePack, createSite, parseUpdatePack, parseUsageData} from '../../src/site/index.ts';
import {assertRefused} from './helpers.ts';

test('export → connect → import makes the updates ready to install', () => {
	const site = createSite('offline');
	site.step('25d');
	const usageText = site.exportUsageData();
	const usage = parseUsageData(usageText);
	assert.equal(usage.format, 'scpsh-usage-data');
	assert.equal(usage.formatVersion, 1);
	assert.equal(usage.hierarchyId, site.lab.hierarchyId);
	assert.equal(usage.siteVersion, '5.00.9132.1000');
	assert.equal(usage.level, 'Enhanced');
	assert.ok(usage.data.enhanced && !usage.data.full);
	assert.doesNotMatch(usageText, /PS1|CM01/, 'no site codes or server names');

	const packText = connectUpdatePack(usageText, {selection: 'siteversion'});
	const pack = parseUpdatePack(packText);
	assert.deepEqual(pack.updates.map((u) => u.id), ['KB30385346', 'CM2503']);
	const latest = parseUpdatePack(connectUpdatePack(usageText));
	assert.deepEqual(latest.updates.map((u) => u.id), ['CM2503'], 'default: only the latest release, no hotfixes');
	assert.ok(parseUpdatePack(connectUpdatePack(usageText, {selection: 'hotfix'})).updates.every((u) => u.kind === 'Hotfix'));

	const result = site.importUpdatePack(packText);
	assert.deepEqual(result.Imported.map((u) => [u.Name, u.State]), [
		['Configuration Manager 2409 Hotfix Rollup (KB30385346)', 'Ready to install'],
		['Configuration Manager 2503', 'Ready to install'],
	]);
	assert.deepEqual(result.Skipped, []);
	assert.equal(site.getUpdates({name: 'Configuration Manager 2503'})[0]!.Source, 'Import');
	const again = site.importUpdatePack(packText);
	assert.equal(again.Imported.length, 0);
	assert.equal(again.Skipped.length, 2);
	assert.equal(site.getStatusMessages({messageId: 11488}).length, 0, 'nothing contacted the cloud');
	site.installUpdate('Configuration Manager 2503');
	site.step('1h');
	assert.equal(site.getSite('PS1').Version, '5.00.9135.1000');
});

test('the usage data content depends on the level', () => {
	const site = createSite('offline');
	site.setUsageDataLevel('Basic');
	const basic = parseUsageData(site.exportUsageData());
	assert.ok(basic.data.basic && !basic.data.enhanced && !basic.data.full);
	site.setUsageDataLevel('Full');
	const full = parseUsageData(site.exportUsageData());
	assert.ok(full.data.basic && full.data.enhanced && full.data.full);
	assert.equal(full.level, 'Full');
});

test('bad files and the wrong hierarchy are refused without changes', () => {
	const site = createSite('offline');
	assertRefused(site, () => site.importUpdatePack('not json'), 'InvalidUpdatePack', 'InvalidData');
	assertRefused(site, () => site.importUpdatePack('{"format":"zip"}'), 'InvalidUpdatePack', 'InvalidData');
	assertRefused(site, () => site.importUpdatePack(JSON.stringify({format: 'scpsh-update-pack', formatVersion: 9, hierarchyId: 'x', updates: []})), 'InvalidUpdatePack');
	const other = createSite('default');
	const foreign = JSON.parse(site.exportUsageData());
	foreign.hierarchyId = other.lab.hierarchyId;
	const pack = connectUpdatePack(JSON.stringify(foreign), {at: Date.UTC(2025, 4, 1)});
	const err = assertRefused(site, () => site.importUpdatePack(pack), 'UpdatePackWrongHierarchy', 'InvalidData');
	assert.match(err.message, /hierarchy/);
	assert.throws(() => connectUpdatePack('{}'), (e: any) => e.id === 'InvalidUsageData');
});

test('the offline path needs the SCP in effective offline mode', () => {
	const site = createSite();
	assertRefused(site, () => site.exportUsageData(), 'ScpNotOffline', 'InvalidOperation');
	site.setScpMode('Offline');
	const err = assertRefused(site, () => site.exportUsageData(), 'ScpNotOffline');
	assert.match(err.message, /SMS_DMP_DOWNLOADER/);
	const pack = connectUpdatePack(createSite('offline').exportUsageData());
	assertRefused(site, () => site.importUpdatePack(pack), 'ScpNotOffline');
});

test('an update pack imported on a remote SCP host still needs distribution manager to transfer it', () => {
	const site = createSite('remote-scp');
	site.setScpMode('Offline');
	site.restartComponent('SMS_DMP_DOWNLOADER', {serverName: 'SCP01.contoso.com'});
	site.step('1m');
	const pack = connectUpdatePack(site.exportUsageData(), {at: Date.UTC(2025, 3, 20), selection: 'siteversion'});
	const r = site.importUpdatePack(pack);
	assert.ok(r.Imported.every((u) => u.State === 'Downloading'));
	site.step('2m');
	assert.ok(site.getStatusMessages({component: 'SMS_DISTRIBUTION_MANAGER', severity: 'Error'}).length >= 1);
	site.setInstallationAccount('SCP01.contoso.com', 'CONTOSO\\svc-cm-install');
	site.step('30m');
	assert.ok(site.getUpdates({name: 'Configuration Manager 2503'}).every((u) => u.State === 'Ready to install'));
});
