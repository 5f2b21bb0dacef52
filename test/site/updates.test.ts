import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createSite, DAY, HOUR, SCENARIO_START} from '../../src/site/index.ts';
import {assertRefused, settle} from './helpers.ts';

const find = (site: ReturnType<typeof createSite>, pattern: string) => site.getUpdates({name: pattern})[0];

test('online: a check every 24 hours after the last', () => {
	const site = createSite();
	const first = site.getScpStatus()!.NextUpdateCheck!;
	site.advanceTo(first);
	assert.equal(site.getScpStatus()!.LastUpdateCheck, first);
	assert.equal(site.getScpStatus()!.NextUpdateCheck, first + DAY);
	site.step('3d');
	assert.equal(site.getScpStatus()!.LastUpdateCheck, first + 3 * DAY);
	assert.equal(site.getStatusMessages({messageId: 11410}).length, 4, 'each check runs the endpoint checks');
});

test('applicable updates download automatically with progress', () => {
	const site = createSite();
	site.step('5h');
	const u = find(site, 'Configuration Manager 2409 Hotfix Rollup*')!;
	assert.equal(u.State, 'Downloading');
	assert.equal(u.PercentComplete, 0);
	assert.equal(u.Kind, 'Hotfix');
	assert.equal(u.KB, 'KB30385346');
	site.step('3m');
	const mid = find(site, '*KB30385346*')!;
	assert.ok(mid.PercentComplete > 30 && mid.PercentComplete < 60, String(mid.PercentComplete));
	site.step('10m');
	assert.equal(find(site, '*KB30385346*')!.State, 'Ready to install');
	assert.equal(find(site, '*KB30385346*')!.PercentComplete, 100);
});

test('a stopped SMS_DMP_DOWNLOADER checks and downloads nothing until it runs again', () => {
	const site = createSite();
	settle(site, site.stopComponent('SMS_DMP_DOWNLOADER').settlesAt);
	site.step('3d');
	const s = site.getScpStatus()!;
	assert.equal(s.LastUpdateCheck, SCENARIO_START + 5 * HOUR - DAY, 'no check ran');
	assert.equal(s.UpdateCheckPending, true);
	assert.equal(site.getUpdates().length, 2, 'nothing new found');
	assert.equal(site.checkForUpdates().Pending, true, 'a manual check is queued');
	settle(site, site.startComponent('SMS_DMP_DOWNLOADER').settlesAt);
	site.advance(0);
	assert.equal(site.getScpStatus()!.LastUpdateCheck, site.now, 'the check runs as soon as it starts');
	assert.equal(find(site, '*KB30385346*')!.State, 'Downloading');
	// Stopping mid-download suspends it; starting resumes it.
	site.step('2m');
	const pct = find(site, '*KB30385346*')!.PercentComplete;
	settle(site, site.stopComponent('SMS_DMP_DOWNLOADER').settlesAt);
	site.step('1h');
	assert.equal(find(site, '*KB30385346*')!.PercentComplete, pct);
	settle(site, site.startComponent('SMS_DMP_DOWNLOADER').settlesAt);
	site.step('10m');
	assert.equal(find(site, '*KB30385346*')!.State, 'Ready to install');
});

test('manual check: finds new updates at once and restarts the 24-hour cycle', () => {
	const site = createSite();
	site.step('4h1m'); // the rollup is in the catalog since midnight; the daily check is at 01:00
	const r = site.checkForUpdates();
	assert.equal(r.Succeeded, true);
	assert.equal(r.Pending, false);
	assert.deepEqual(r.NewUpdates, ['Configuration Manager 2409 Hotfix Rollup (KB30385346)']);
	assert.equal(site.getScpStatus()!.NextUpdateCheck, site.now + DAY);
	assert.deepEqual(site.checkForUpdates().NewUpdates, []);
});

test('offline: a manual check is refused, pointing to the Service Connection Tool', () => {
	const site = createSite('offline');
	const err = assertRefused(site, () => site.checkForUpdates(), 'ScpOfflineRefused', 'InvalidOperation');
	assert.match(err.message, /Service Connection Tool/);
	site.removeScp();
	assertRefused(site, () => site.checkForUpdates(), 'ScpNotInstalled', 'ObjectNotFound');
});

test('update lifecycle: Ready to install → prerequisites → Installing → Installed, and the site version changes', () => {
	const site = createSite();
	site.step('22d');
	const rel = find(site, 'Configuration Manager 2503')!;
	assert.equal(rel.State, 'Ready to install');
	assert.equal(rel.Version, '5.00.9135.1000');
	assert.equal(rel.Kind, 'Release');
	const t0 = site.now;
	assert.equal(site.installUpdate('Configuration Manager 2503').State, 'Checking prerequisites');
	assertRefused(site, () => site.installUpdate('KB30385346'), 'UpdateInstallInProgress', 'InvalidOperation');
	site.step('8m');
	assert.equal(find(site, 'Configuration Manager 2503')!.State, 'Prerequisite check passed');
	site.step('1m');
	assert.equal(find(site, 'Configuration Manager 2503')!.State, 'Installing');
	site.step('1m');
	assert.equal(site.getComponent('SMS_EXECUTIVE').State, 'Stopped', 'the site reset stops SMS_EXECUTIVE');
	assert.equal(site.getSite('PS1').BuildNumber, 9132, 'not yet');
	site.step('40m');
	const done = find(site, 'Configuration Manager 2503')!;
	assert.equal(done.State, 'Installed');
	assert.equal(done.PercentComplete, 100);
	const ps1 = site.getSite('PS1');
	assert.equal(ps1.Version, '5.00.9135.1000');
	assert.equal(ps1.BuildNumber, 9135);
	assert.equal(ps1.ProductVersion, '2503');
	assert.equal(site.getScpStatus()!.SiteVersion, '5.00.9135.1000');
	assert.equal(site.getScpStatus()!.Version, '2503');
	settle(site, site.componentSettlesAt('SMS_EXECUTIVE'));
	assert.ok(site.getComponents({siteCode: 'PS1'}).every((c) => c.State === 'Running'));
	assert.ok(site.getComponent('SMS_DMP_DOWNLOADER').LastStarted! > t0, 'components restarted');
	assert.equal(find(site, '*KB30385346*'), undefined, 'the 2409 rollup no longer applies and is hidden');
	assert.ok(site.getLog('CMUpdate.log').some((l) => l.Line.startsWith('INFO: Successfully installed Configuration Manager 2503')));
	assertRefused(site, () => site.installUpdate('Configuration Manager 2503'), 'UpdateStateInvalid');
});

test('installing a hotfix raises the full version and records the KB', () => {
	const site = createSite();
	site.step('3d');
	site.installUpdate('KB30385346');
	site.step('1h');
	const ps1 = site.getSite('PS1');
	assert.equal(find(site, '*KB30385346*')!.State, 'Installed');
	assert.equal(ps1.Version, '5.00.9132.1000');
	assert.equal(ps1.FullVersion, '5.00.9132.1023');
	assert.deepEqual(ps1.InstalledHotfixes, ['KB30833053', 'KB30385346']);
});

test('prerequisite check fails while a backup runs; an injected fault fails the install; both can be retried', () => {
	const site = createSite();
	site.step('3d');
	assert.equal(site.runPrerequisiteCheck('KB30385346').State, 'Checking prerequisites');
	site.startMaintenanceTask('Backup SMS Site Server');
	site.step('8m');
	let u = find(site, '*KB30385346*')!;
	assert.equal(u.State, 'Prerequisite check failed');
	assert.equal(u.FailurePhase, 'Prerequisites');
	assert.match(u.LastError!, /backup/);
	site.step('30m');
	site.runPrerequisiteCheck('KB30385346');
	site.step('9m');
	assert.equal(find(site, '*KB30385346*')!.State, 'Prerequisite check passed', 'a prerequisite-only run stops there');
	site.step('1h');
	assert.equal(find(site, '*KB30385346*')!.State, 'Prerequisite check passed');
	site.setFaults({updateInstall: true});
	site.installUpdate('KB30385346');
	site.step('1h');
	u = find(site, '*KB30385346*')!;
	assert.equal(u.State, 'Failed');
	assert.equal(u.FailurePhase, 'Install');
	assert.equal(site.getSite('PS1').FullVersion, '5.00.9132.1000');
	site.installUpdate('KB30385346');
	site.step('1h');
	assert.equal(find(site, '*KB30385346*')!.State, 'Installed');
});

test('child primaries follow the top-level site; secondaries wait', () => {
	const site = createSite('hierarchy');
	site.step('22d');
	site.installUpdate('Configuration Manager 2503');
	site.step('1h');
	assert.equal(site.getSite('CAS').BuildNumber, 9135);
	assert.equal(site.getSite('PS1').BuildNumber, 9132);
	site.step('1h');
	assert.equal(site.getSite('PS1').BuildNumber, 9135);
	assert.equal(site.getSite('PS2').BuildNumber, 9135);
	assert.equal(site.getSite('SS1').BuildNumber, 9132);
});

test('downloads are refused offline and in the wrong state; offline mode suspends cloud work', () => {
	const site = createSite();
	site.step('5h2m');
	assertRefused(site, () => site.startUpdateDownload('KB30385346'), 'UpdateStateInvalid', 'InvalidOperation');
	site.setScpMode('Offline');
	settle(site, site.restartComponent('SMS_DMP_DOWNLOADER').settlesAt);
	assert.equal(find(site, '*KB30385346*')!.State, 'Available to download');
	const err = assertRefused(site, () => site.startUpdateDownload('KB30385346'), 'ScpOfflineRefused');
	assert.match(err.message, /Service Connection Tool/);
	const nf = assertRefused(site, () => site.installUpdate('Configuration Manager 2504'), 'UpdateNotFound', 'ObjectNotFound');
	assert.match(nf.message, /Configuration Manager 2409/);
	site.setScpMode('Online');
	settle(site, site.restartComponent('SMS_DMP_DOWNLOADER').settlesAt);
	site.step('10m');
	assert.equal(find(site, '*KB30385346*')!.State, 'Ready to install', 'back online, the check downloads it again');
});

test('usage data uploads weekly in online mode; its size follows the level', () => {
	const site = createSite();
	site.setUsageDataLevel('Basic');
	site.step('4d');
	const s = site.getScpStatus()!;
	assert.equal(s.LastUsageUpload, SCENARIO_START + 4 * DAY);
	assert.equal(s.NextUsageUpload, SCENARIO_START + 11 * DAY);
	assert.match(site.getLog('dmpuploader.log', {tail: 1})[0]!.Message, /180 KB, level Basic/);
	site.setUsageDataLevel('Full');
	site.step('7d');
	assert.match(site.getLog('dmpuploader.log', {tail: 1})[0]!.Message, /level Full/);
	settle(site, site.stopComponent('SMS_DMP_UPLOADER').settlesAt);
	site.step('7d');
	assert.equal(site.getScpStatus()!.LastUsageUpload, SCENARIO_START + 11 * DAY, 'a stopped uploader sends nothing');
	settle(site, site.startComponent('SMS_DMP_UPLOADER').settlesAt);
	site.advance(0);
	assert.equal(site.getScpStatus()!.LastUsageUpload, site.now);
});
