import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createSite, DAY, HOUR, SCENARIO_START} from '../../src/site/index.ts';
import {assertRefused} from './helpers.ts';

test('Backup Site Server: on by default at a CAS, off at a primary, absent at a secondary', () => {
	const site = createSite('hierarchy');
	const tasks = site.getMaintenanceTasks();
	assert.deepEqual(tasks.map((t) => [t.Name, t.SiteCode, t.Enabled]), [
		['Backup Site Server', 'CAS', true], ['Backup Site Server', 'PS1', false], ['Backup Site Server', 'PS2', false],
	]);
	const cas = tasks[0]!;
	assert.deepEqual(cas.DaysOfWeek, ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
	assert.equal(cas.BeginTime, '02:00');
	assert.equal(cas.NextRun, SCENARIO_START + 6 * HOUR, '02:00 on 12 March');
	assert.equal(cas.LastRun, null);
	assert.equal(tasks[1]!.NextRun, null);
	assert.equal(site.getMaintenanceTasks({name: 'Backup SMS Site Server', siteCode: 'PS2'}).length, 1, 'found by its internal name');
	assert.equal(site.getMaintenanceTasks({name: 'Backup*'}).length, 3);
	const err = assertRefused(site, () => site.startMaintenanceTask('Backup Site Server', 'SS1'), 'MaintenanceTaskNotFound', 'ObjectNotFound');
	assert.match(err.message, /secondary/i);
	assertRefused(site, () => site.startMaintenanceTask('Backup Sit Server'), 'MaintenanceTaskNotFound');
});

test('a scheduled run stops SMS_EXECUTIVE, backs up, writes 5035 and starts it again', () => {
	const site = createSite('hierarchy');
	site.step('6h30s');
	assert.equal(site.getComponent('SMS_EXECUTIVE').State, 'Stopped');
	assert.equal(site.getMaintenanceTasks({siteCode: 'CAS'})[0]!.Running, true);
	assert.equal(site.getComponent('SMS_SITE_BACKUP').State, 'Running', 'the backup service itself keeps running');
	site.step('1h');
	const task = site.getMaintenanceTasks({siteCode: 'CAS'})[0]!;
	assert.equal(task.Running, false);
	assert.equal(task.LastRun, SCENARIO_START + 6 * HOUR);
	assert.equal(task.NextRun, SCENARIO_START + DAY + 6 * HOUR);
	assert.equal(task.LastResult, 'Succeeded');
	assert.equal(site.getComponent('SMS_EXECUTIVE').State, 'Running');
	const m = site.getStatusMessages({messageId: 5035});
	assert.equal(m.length, 1);
	assert.equal(m[0]!.SiteCode, 'CAS');
	assert.ok(site.getLog('smsbkup.log').some((l) => /Backup completed/.test(l.Message)));
	site.step('2d');
	assert.equal(site.getStatusMessages({messageId: 5035}).length, 3, 'daily');
});

test('a scheduled backup applies a pending SCP mode', () => {
	const site = createSite();
	site.setScpMode('Offline');
	site.setMaintenanceTask('Backup Site Server', {enabled: true, daysOfWeek: ['Wednesday'], beginTime: '03:30'});
	const t = site.getMaintenanceTasks()[0]!;
	assert.equal(t.NextRun, SCENARIO_START + 7.5 * HOUR, 'Wednesday 12 March 03:30');
	site.step('7h');
	assert.equal(site.getScpStatus()!.RestartRequired, true);
	site.step('1h');
	assert.equal(site.getScpStatus()!.EffectiveMode, 'Offline');
	assert.equal(site.getStatusMessages({messageId: 5035}).length, 1);
});

test('set task validates everything first', () => {
	const site = createSite();
	assertRefused(site, () => site.setMaintenanceTask('Backup Site Server', {enabled: true, daysOfWeek: ['Funday']}), 'InvalidDayOfWeek', 'InvalidArgument');
	assertRefused(site, () => site.setMaintenanceTask('Backup Site Server', {enabled: true, beginTime: '25:00'}), 'InvalidBeginTime');
	assertRefused(site, () => site.setMaintenanceTask('Backup Site Server', {daysOfWeek: []}), 'InvalidDayOfWeek');
	assertRefused(site, () => site.setMaintenanceTask('Backup Site Server', {enabled: true}, 'PS9'), 'SiteNotFound');
	const off = site.setMaintenanceTask('backup sms site server', {enabled: false});
	assert.equal(off.NextRun, null);
});

test('start now is refused while running or without the backup service', () => {
	const site = createSite();
	site.startMaintenanceTask('Backup Site Server');
	assertRefused(site, () => site.startMaintenanceTask('Backup Site Server'), 'MaintenanceTaskRunning', 'InvalidOperation');
	site.step('1h');
	site.stopComponent('SMS_SITE_BACKUP');
	site.step('1m');
	assertRefused(site, () => site.startMaintenanceTask('Backup Site Server'), 'BackupServiceNotRunning');
});
