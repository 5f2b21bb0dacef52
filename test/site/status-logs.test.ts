import assert from 'node:assert/strict';
import {test} from 'node:test';
import {CATALOG, createSite, LOGS} from '../../src/site/index.ts';
import {assertRefused, settle} from './helpers.ts';

test('log lines use the SMS trace format', () => {
	const site = createSite();
	site.step('5h1m');
	const line = site.getLog('dmpdownloader.log', {tail: 1})[0]!;
	assert.equal(line.ServerName, 'CM01.contoso.com');
	assert.equal(line.Component, 'SMS_DMP_DOWNLOADER');
	assert.match(line.Line, /^.+ {2}\$\$<SMS_DMP_DOWNLOADER><03-12-2025 01:00:00\.000\+000><thread=(\d+) \(0x([0-9A-F]+)\)>$/);
	const [, dec, hex] = /thread=(\d+) \(0x([0-9A-F]+)\)/.exec(line.Line)!;
	assert.equal(Number(dec), parseInt(hex!, 16));
	const stat = site.getLog('EndpointConnectivityCheckWorker.log').find((l) => l.Message.startsWith('STATMSG: ID=11410'));
	assert.ok(stat, 'status messages are traced as STATMSG lines');
	assert.match(stat.Message, /SEV=I LEV=M SOURCE="SMS Server" COMP="SMS_SERVICE_CONNECTOR" SYS=CM01\.contoso\.com SITE=PS1 PID=\d+ TID=\d+ GMTDATE=Wed Mar 12 01:00:00\.000 2025/);
});

test('logs exist per server; names are matched without case and with near matches', () => {
	const site = createSite('remote-scp');
	assert.deepEqual(site.getLogNames(), LOGS.map((l) => l.name));
	for (const n of ['dmpdownloader.log', 'dmpuploader.log', 'hman.log', 'smsexec.log', 'distmgr.log', 'smsbkup.log']) assert.ok(site.getLogNames().includes(n));
	site.restartComponent('SMS_EXECUTIVE', {serverName: 'SCP01.contoso.com'});
	site.step('1m');
	assert.ok(site.getLog('SMSEXEC.LOG', {serverName: 'SCP01.contoso.com'}).length > 0);
	assert.ok(site.getLog('smsexec', {serverName: 'SCP01.contoso.com'}).length > 0, 'the .log suffix is optional');
	assert.equal(site.getLog('dmpdownloader.log', {tail: 1})[0]?.ServerName ?? 'SCP01.contoso.com', 'SCP01.contoso.com', 'SCP logs live on the SCP host');
	const err = assertRefused(site, () => site.getLog('dmpdownloder.log'), 'LogNotFound', 'ObjectNotFound');
	assert.match(err.message, /dmpdownloader\.log/);
	assertRefused(site, () => site.getLog('hman.log', {tail: -1}), 'InvalidTail');
	assertRefused(site, () => site.getLog('hman.log', {serverName: 'CM02.contoso.com'}), 'ServerNotFound');
});

test('afterSeq reads only what is new (for -Wait)', () => {
	const site = createSite();
	site.step('7h');
	const last = site.getLog('dmpdownloader.log').at(-1)!.Seq;
	assert.deepEqual(site.getLog('dmpdownloader.log', {afterSeq: last}), []);
	site.step('1d');
	const fresh = site.getLog('dmpdownloader.log', {afterSeq: last});
	assert.ok(fresh.length > 0 && fresh[0]!.Seq === last + 1);
	const lastMsg = site.getStatusMessages().at(-1)!.Seq;
	site.step('1d');
	assert.ok(site.getStatusMessages({afterSeq: lastMsg}).every((m) => m.Seq > lastMsg));
});

test('status message filters', () => {
	const site = createSite();
	site.setNetwork({block: 'sccmconnected-a01.cloudapp.net'});
	site.step('7h');
	assert.equal(site.getStatusMessages({severity: 'Error', component: 'SMS_SERVICE_*'}).length, 2, '11412 and 11488');
	assert.deepEqual(site.getStatusMessages({messageId: [11412, 11488]}).map((m) => m.MessageId), [11412, 11488]);
	assert.equal(site.getStatusMessages({newest: 1})[0]!.MessageId, 11488);
	assert.equal(site.getStatusMessages({severity: 'All'}).length, site.getStatusMessages().length);
	assertRefused(site, () => site.getStatusMessages({severity: 'Fatal'}), 'InvalidSeverity');
});

test('the summarizer: thresholds give Warning then Critical; counts reset at midnight and on request', () => {
	const site = createSite('remote-scp');
	site.step('5h10m');
	// One transfer error: the default Error thresholds are 1 (Warning) and 5 (Critical).
	assert.equal(site.getComponent('SMS_DISTRIBUTION_MANAGER').Status, 'Warning');
	site.step('2h');
	assert.equal(site.getComponent('SMS_DISTRIBUTION_MANAGER').Status, 'Critical');
	assert.equal(site.resetComponentStatus('SMS_DISTRIBUTION_MANAGER').Status, 'OK');
	site.step('30m');
	assert.equal(site.getComponent('SMS_DISTRIBUTION_MANAGER').Status, 'Warning');
	site.step('1d');
	// Midnight reset, then new failures during the day again.
	const stat = site.getComponent('SMS_DISTRIBUTION_MANAGER').Status;
	assert.ok(stat === 'Critical' || stat === 'Warning');
	site.setInstallationAccount('SCP01.contoso.com', 'CONTOSO\\svc-cm-install');
	site.step('1d');
	assert.equal(site.getComponent('SMS_DISTRIBUTION_MANAGER').Status, 'OK', 'after the transfers succeed and the day turns');
});

test('buffers are bounded: a year of the large scenario keeps memory flat', () => {
	const site = createSite('large');
	site.step('180d');
	const rings180 = Object.keys(site.lab.logs).length;
	const components180 = site.lab.components.length;
	site.step('185d');
	const lab = site.lab;
	assert.ok(lab.messages.items.length <= lab.messages.cap);
	assert.ok(lab.messages.total > lab.messages.cap, 'the message ring wrapped');
	assert.equal(Object.keys(lab.logs).length, rings180, 'no new log files appear by themselves');
	for (const ring of Object.values(lab.logs)) assert.ok(ring.items.length <= ring.cap);
	assert.ok(Object.values(lab.logs).some((r) => r.total > r.cap), 'busy logs wrapped');
	assert.equal(lab.components.length, components180);
	assert.ok(lab.updates.length <= CATALOG.length);
	assert.ok(lab.queue.length < 50, `queue holds ${lab.queue.length}`);
	assert.ok(Object.keys(lab.summary.counts).length < 100, 'summarizer counts reset daily');
	const msgs = site.getStatusMessages();
	assert.equal(msgs.length, lab.messages.cap);
	for (let i = 1; i < msgs.length; i++) assert.ok(msgs[i]!.Seq === msgs[i - 1]!.Seq + 1 && msgs[i]!.Time >= msgs[i - 1]!.Time);
});

test('a restarted component writes 500 and logs in smsexec.log', () => {
	const site = createSite();
	settle(site, site.restartComponent('SMS_HIERARCHY_MANAGER').settlesAt);
	const m = site.getStatusMessages({component: 'SMS_HIERARCHY_MANAGER', messageId: 500});
	assert.equal(m.length, 1);
	assert.ok(site.getLog('smsexec.log').some((l) => /SMS_EXECUTIVE started SMS_HIERARCHY_MANAGER as thread ID/.test(l.Message)));
});
