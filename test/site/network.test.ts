import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createSite} from '../../src/site/index.ts';
import {assertRefused} from './helpers.ts';

test('testConnectivity lists the seed endpoints on TCP 443', () => {
	const site = createSite();
	const all = site.testConnectivity();
	assert.deepEqual(all.map((c) => c.Endpoint), [
		'*.akamaiedge.net', '*.manage.microsoft.com', 'go.microsoft.com', 'blob.core.windows.net', 'download.microsoft.com',
		'sccmconnected-a01.cloudapp.net', 'download.microsoft.com', 'https://go.microsoft.com/fwlink/?LinkID=619849',
	]);
	assert.ok(all.every((c) => c.Port === 443 && c.Reachable && c.Route === 'Direct' && c.Error === null));
	assert.deepEqual(site.testConnectivity('WindowsServicing').map((c) => c.Feature), ['WindowsServicing', 'WindowsServicing']);
	assert.deepEqual(site.testConnectivity('Intune'), [], 'Intune endpoints only with a subscription');
	assertRefused(site, () => site.testConnectivity('Azure'), 'InvalidFeature', 'InvalidArgument');
});

test('an Intune subscription adds the Intune endpoints with the tenant', () => {
	const site = createSite('intune');
	const intune = site.testConnectivity('intune');
	assert.equal(intune.length, 3);
	assert.ok(intune.some((c) => c.Endpoint === `https://login.microsoftonline.com/${site.getScpStatus()!.TenantId}`));
	assert.ok(intune.some((c) => c.Endpoint === '*manage.microsoft.com'));
});

test('a blocked host fails the next check: 11488 Error, SMS_SERVICE_CONNECTOR Critical, dmpdownloader.log', () => {
	const site = createSite();
	site.setNetwork({block: 'go.microsoft.com'});
	const conn = site.testConnectivity();
	const go = conn.filter((c) => !c.Reachable);
	assert.deepEqual(go.map((c) => c.Endpoint), ['go.microsoft.com', 'https://go.microsoft.com/fwlink/?LinkID=619849']);
	assert.match(go[0]!.Error!, /firewall/);
	assert.equal(go[0]!.Route, 'Direct');
	site.step('7h');
	const m = site.getStatusMessages({messageId: 11488});
	assert.equal(m.length, 1);
	assert.equal(m[0]!.Component, 'SMS_SERVICE_CONNECTOR');
	assert.equal(m[0]!.Severity, 'Error');
	assert.match(m[0]!.Description, /go\.microsoft\.com/);
	assert.equal(site.getComponent('SMS_SERVICE_CONNECTOR').Status, 'Critical');
	assert.equal(site.getScpStatus()!.LastUpdateCheckResult, 'Failed');
	const errors = site.getLog('dmpdownloader.log').filter((l) => l.Severity === 'Error');
	assert.ok(errors.length >= 1);
	assert.match(errors[0]!.Line, /^ERROR: Failed to download ConfigMgr\.Update\.Manifest\.cab.*\$\$<SMS_DMP_DOWNLOADER><03-12-2025 01:00:00\.000\+000><thread=\d+ \(0x[0-9A-F]+\)>$/);
	// The threshold period resets at midnight; the next check succeeds once the host is allowed again.
	site.setNetwork({allow: 'go.microsoft.com'});
	site.step('1d');
	assert.equal(site.getComponent('SMS_SERVICE_CONNECTOR').Status, 'OK');
	assert.equal(site.getScpStatus()!.LastUpdateCheckResult, 'Succeeded');
});

test('wildcard blocks, disconnection, and a proxy with and without authentication', () => {
	const site = createSite();
	site.setNetwork({block: '*.microsoft.com'});
	assert.equal(site.testConnectivity().filter((c) => !c.Reachable).length, 5);
	site.setNetwork({allow: '*'});
	assert.deepEqual(site.getNetwork().BlockedHosts, []);
	site.setNetwork({internet: 'Disconnected'});
	assert.ok(site.testConnectivity().every((c) => !c.Reachable && /internet/.test(c.Error!)));
	site.setNetwork({internet: true});
	site.setProxy({server: 'proxy.contoso.com', port: 8080});
	assert.ok(site.testConnectivity().every((c) => c.Reachable && c.Route === 'Proxy'));
	site.setNetwork({proxyRequiresAuthentication: true});
	const r = site.testConnectivity();
	assert.ok(r.every((c) => !c.Reachable && /407/.test(c.Error!)));
	site.step('7h');
	assert.equal(site.getComponent('SMS_SERVICE_CONNECTOR').Status, 'Critical');
	site.setProxy({server: 'proxy.contoso.com', port: 8080, account: 'CONTOSO\\svc-proxy'});
	assert.ok(site.testConnectivity().every((c) => c.Reachable && c.Route === 'Proxy'));
	assertRefused(site, () => site.setNetwork({internet: 'Maybe'}), 'InvalidInternetState');
	assertRefused(site, () => site.setNetwork({block: 'not a host'}), 'InvalidHostName');
});

test('a download that loses the network fails with 11488', () => {
	const site = createSite();
	site.step('5h'); // the rollup download starts at 01:00 on 12 March
	assert.equal(site.getUpdates({name: '*KB30385346*'})[0]!.State, 'Downloading');
	site.setNetwork({block: 'download.microsoft.com'});
	site.step('1m');
	const u = site.getUpdates({name: '*KB30385346*'})[0]!;
	assert.equal(u.State, 'Failed');
	assert.equal(u.FailurePhase, 'Download');
	assert.equal(site.getStatusMessages({messageId: 11488}).length, 1);
	site.setNetwork({allow: 'download.microsoft.com'});
	site.step('1d1h');
	assert.equal(site.getUpdates({name: '*KB30385346*'})[0]!.State, 'Ready to install', 'the next check retries the download');
});

test('the SCP must exist to test connectivity', () => {
	const site = createSite();
	site.removeScp();
	assertRefused(site, () => site.testConnectivity(), 'ScpNotInstalled', 'ObjectNotFound');
});
