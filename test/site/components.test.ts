import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createSite, SiteError} from '../../src/site/index.ts';
import {assertRefused, settle} from './helpers.ts';

test('restarting a thread goes Stopping, Stopped, Starting, Running over a few simulated seconds', () => {
	const site = createSite();
	const t0 = site.now;
	const {component, settlesAt} = site.restartComponent('SMS_DMP_DOWNLOADER');
	assert.equal(component.State, 'Stopping');
	assert.ok(settlesAt! > t0 && settlesAt! - t0 <= 10_000, 'a few seconds');
	const seen: string[] = [component.State];
	while (site.now < settlesAt!) {
		site.advance(500);
		const s = site.getComponent('SMS_DMP_DOWNLOADER').State;
		if (seen.at(-1) !== s) seen.push(s);
	}
	assert.deepEqual(seen, ['Stopping', 'Stopped', 'Starting', 'Running']);
	const after = site.getComponent('SMS_DMP_DOWNLOADER');
	assert.equal(after.LastStarted, settlesAt);
	assert.equal(after.SettlesAt, null);
	assert.equal(site.componentSettlesAt('SMS_DMP_DOWNLOADER'), null);
});

test('stop and start return at once; componentSettlesAt tells when they complete', () => {
	const site = createSite();
	const stop = site.stopComponent('SMS_HIERARCHY_MANAGER');
	assert.equal(stop.component.State, 'Stopping');
	assert.equal(site.componentSettlesAt('SMS_HIERARCHY_MANAGER'), stop.settlesAt);
	settle(site, stop.settlesAt);
	assert.equal(site.getComponent('SMS_HIERARCHY_MANAGER').State, 'Stopped');
	const again = site.stopComponent('SMS_HIERARCHY_MANAGER');
	assert.equal(again.settlesAt, null, 'stopping a stopped component is a no-op');
	const start = site.startComponent('sms_hierarchy_manager');
	assert.equal(start.component.State, 'Starting');
	settle(site, start.settlesAt);
	assert.equal(site.getComponent('SMS_HIERARCHY_MANAGER').State, 'Running');
});

test('restarting SMS_EXECUTIVE cycles its threads but not the separate services', () => {
	const site = createSite();
	const t0 = site.now;
	const {component, settlesAt} = site.restartComponent('SMS_EXECUTIVE');
	assert.equal(component.State, 'Stopping');
	assert.equal(site.getComponent('SMS_POLICY_PROVIDER').State, 'Stopping');
	assert.equal(site.getComponent('SMS_SITE_BACKUP').State, 'Running', 'a separate Windows service');
	site.advance(12_000);
	assert.equal(site.getComponent('SMS_EXECUTIVE').State, 'Stopped');
	assert.equal(site.getComponent('SMS_DMP_DOWNLOADER').State, 'Stopped');
	site.advance(1_000);
	assert.equal(site.getComponent('SMS_EXECUTIVE').State, 'Starting');
	settle(site, settlesAt);
	const comps = site.getComponents({siteCode: 'PS1'});
	assert.ok(comps.every((c) => c.State === 'Running'));
	const threads = comps.filter((c) => c.Type === 'Thread');
	assert.ok(threads.length > 30);
	assert.ok(threads.every((c) => c.LastStarted! > t0), 'every thread started again');
	assert.ok(comps.filter((c) => c.Name === 'SMS_SITE_COMPONENT_MANAGER').every((c) => c.LastStarted! < t0));
});

test('threads cannot start while SMS_EXECUTIVE is stopped; starting the executive starts them', () => {
	const site = createSite();
	settle(site, site.stopComponent('SMS_EXECUTIVE').settlesAt);
	assert.equal(site.getComponent('SMS_DMP_DOWNLOADER').State, 'Stopped');
	const err = assertRefused(site, () => site.startComponent('SMS_DMP_DOWNLOADER'), 'ExecutiveNotRunning', 'InvalidOperation');
	assert.match(err.message, /SMS_EXECUTIVE/);
	settle(site, site.startComponent('SMS_EXECUTIVE').settlesAt);
	assert.equal(site.getComponent('SMS_DMP_DOWNLOADER').State, 'Running');
});

test('stop during a restart keeps the component stopped', () => {
	const site = createSite();
	site.restartComponent('SMS_HIERARCHY_MANAGER');
	site.advance(3_000);
	assert.equal(site.getComponent('SMS_HIERARCHY_MANAGER').State, 'Stopped');
	site.stopComponent('SMS_HIERARCHY_MANAGER');
	site.advance(60_000);
	assert.equal(site.getComponent('SMS_HIERARCHY_MANAGER').State, 'Stopped');
	site.restartComponent('SMS_EXECUTIVE');
	site.advance(12_500);
	site.stopComponent('SMS_EXECUTIVE');
	site.advance(60_000);
	assert.equal(site.getComponent('SMS_EXECUTIVE').State, 'Stopped');
	assert.equal(site.componentSettlesAt('SMS_EXECUTIVE'), null);
});

test('threads pause and resume at once; services cannot be paused', () => {
	const site = createSite();
	assert.equal(site.pauseComponent('SMS_DMP_UPLOADER').component.State, 'Paused');
	assert.equal(site.resumeComponent('SMS_DMP_UPLOADER').component.State, 'Running');
	assertRefused(site, () => site.pauseComponent('SMS_EXECUTIVE'), 'ComponentCannotPause');
	settle(site, site.stopComponent('SMS_DMP_UPLOADER').settlesAt);
	assertRefused(site, () => site.pauseComponent('SMS_DMP_UPLOADER'), 'ComponentNotRunning');
});

test('unknown component names get near matches and change nothing', () => {
	const site = createSite();
	const err = assertRefused(site, () => site.restartComponent('SMS_DMP_DOWNLODER'), 'ComponentNotFound', 'ObjectNotFound');
	assert.match(err.message, /SMS_DMP_DOWNLOADER/);
	assertRefused(site, () => site.stopComponent('SMS_EXECUTIVE', {serverName: 'CM1.contoso.com'}), 'ServerNotFound');
	assertRefused(site, () => site.stopComponent('SMS_EXECUTIVE', {siteCode: 'PS2'}), 'SiteNotFound');
	assert.throws(() => site.getComponents({siteCode: 'PS7'}), (e: unknown) => e instanceof SiteError && /PS1/.test(e.message));
});

test('components resolve at the top-tier site, or where named', () => {
	const site = createSite('hierarchy');
	const err = assertRefused(site, () => site.stopComponent('SMS_POLICY_PROVIDER'), 'ComponentNotFound');
	assert.match(err.message, /PS1/);
	assert.equal(site.getComponent('SMS_POLICY_PROVIDER', {siteCode: 'PS2'}).ServerName, 'CM02.contoso.com');
	const remote = createSite('remote-scp');
	assert.equal(remote.getComponent('SMS_EXECUTIVE').ServerName, 'CM01.contoso.com', 'site server first');
	assert.equal(remote.getComponent('SMS_EXECUTIVE', {serverName: 'scp01.contoso.com'}).ServerName, 'SCP01.contoso.com');
	assert.equal(remote.getComponent('SMS_DMP_DOWNLOADER').ServerName, 'SCP01.contoso.com');
});

test('getComponents filters by wildcard name, site and server', () => {
	const site = createSite('hierarchy');
	assert.deepEqual(site.getComponents({name: 'SMS_DMP_*'}).map((c) => c.Name), ['SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER']);
	assert.equal(site.getComponents({name: 'sms_executive'}).length, 4);
	assert.equal(site.getComponents({name: 'SMS_EXECUTIVE', siteCode: 'ss1'}).length, 1);
});
