// Each pane, rendered alone (renderToString) and live in the app as the site changes. Plain .ts (createElement, no
// JSX) so that `npm test`'s test/**/*.test.ts glob runs it.

import './force-color.ts';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createElement as h} from 'react';
import {renderToString} from 'ink';
import {ScpPane} from '../../src/tui/ScpPane.tsx';
import {ComponentsPane} from '../../src/tui/ComponentsPane.tsx';
import {UpdatesPane} from '../../src/tui/UpdatesPane.tsx';
import {MessagesPane} from '../../src/tui/MessagesPane.tsx';
import {selectComponents, selectMessages, selectScp, selectUpdates} from '../../src/tui/site-view.ts';
import {stripAnsi} from '../../src/format/width.ts';
import {baseSnapshot, T0} from './fake-site.ts';
import {mount, tick} from './harness.tsx';
import type {SiteSnapshot} from '../../src/tui/site-view.ts';

const text = (node: ReturnType<typeof h>, columns = 70) => stripAnsi(renderToString(node, {columns}));
const snap = (change: (s: any) => void = () => {}): SiteSnapshot => {
	const s = baseSnapshot() as any;
	change(s);
	return s;
};

test('SCP pane: site, version, time, rate, modes, Intune, proxy, health', () => {
	const out = text(h(ScpPane, {view: selectScp(snap()), rows: 7}));
	assert.match(out, /─ SCP ─/);
	assert.match(out, /Site PS1 on CM01 v2409/);
	assert.match(out, /Time 2025-03-10 06:00 ×1/);
	assert.match(out, /Mode Online effective Online/);
	assert.match(out, /Cloud ● OK/);
	assert.match(out, /Intune No Proxy None/);
	assert.doesNotMatch(out, /RESTART REQUIRED/);
});

test('SCP pane: the restart badge names SMS_DMP_DOWNLOADER while a mode change waits', () => {
	const s = snap(x => (x.scp = {...x.scp, Mode: 'Offline', RestartRequired: true}));
	const raw = renderToString(h(ScpPane, {view: selectScp(s), rows: 7}), {columns: 70});
	assert.match(stripAnsi(raw), /Mode Offline effective Online/);
	assert.match(stripAnsi(raw), /RESTART REQUIRED: SMS_DMP_DOWNLOADER/);
	assert.match(raw, /\x1b\[41m/, 'on a red background');
});

test('SCP pane: a failed check or a broken network shows red health', () => {
	const failed = selectScp(snap(x => (x.scp = {...x.scp, LastUpdateCheckResult: 'Failed'})))!;
	assert.equal(failed.health, 'critical');
	assert.match(text(h(ScpPane, {view: failed, rows: 7})), /last check failed/);
	const offline = selectScp(snap(x => (x.network = {...x.network, Internet: 'Disconnected'})))!;
	assert.equal(offline.health, 'critical');
	const connector = selectScp(snap(x => (x.components = x.components.map((c: any) => (c.Name === 'SMS_SERVICE_CONNECTOR' ? {...c, Status: 'Critical'} : c)))))!;
	assert.equal(connector.health, 'critical');
});

test('Components pane: key components first, state colours, "more" when they do not fit', () => {
	const list = selectComponents(snap(x => (x.components = x.components.map((c: any) => (c.Name === 'SMS_DMP_DOWNLOADER' ? {...c, State: 'Stopping'} : c.Name === 'SMS_SERVICE_CONNECTOR' ? {...c, Status: 'Critical'} : c)))));
	assert.deepEqual(list.slice(0, 7).map(c => c.name), ['SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER', 'SMS_SERVICE_CONNECTOR', 'SMS_EXECUTIVE', 'SMS_HIERARCHY_MANAGER', 'SMS_DISTRIBUTION_MANAGER', 'SMS_SITE_BACKUP']);
	const raw = renderToString(h(ComponentsPane, {rows: 5, list: list}), {columns: 70});
	const out = stripAnsi(raw);
	assert.match(out, /SMS_DMP_DOWNLOADER\s+Stopping/);
	assert.match(out, /… 4 more/);
	assert.match(raw, /\x1b\[33mStopping/, 'Stopping is yellow');
	assert.match(raw, /\x1b\[31mRunning/, 'Critical is red');
	assert.match(raw, /\x1b\[32mRunning/, 'Running is green');
});

test('Updates pane: name, state and a progress bar while downloading', () => {
	const list = selectUpdates(snap(x => (x.updates = [
		{Id: 'CM2503', Name: 'Configuration Manager 2503\x1b[2J', State: 'Downloading', PercentComplete: 45, DetectedTime: T0},
		{Id: 'KB1', Name: 'Hotfix KB1', State: 'Installed', PercentComplete: 100, DetectedTime: T0 - 1},
	])));
	const out = text(h(UpdatesPane, {rows: 4, list: list}));
	assert.match(out, /Downloading\s+█████░░░░░  45% CM 2503/);
	assert.match(out, /Installed\s+Hotfix KB1/);
	assert.match(text(h(UpdatesPane, {rows: 4, list: []})), /no updates yet/);
});

test('Status messages pane: newest first, coloured by severity, control characters stripped', () => {
	const list = selectMessages(snap(x => (x.messages = [
		{Seq: 1, Time: T0, Severity: 'Information', MessageId: 500, Component: 'SMS_EXECUTIVE', Description: 'started'},
		{Seq: 2, Time: T0 + 1000, Severity: 'Error', MessageId: 11488, Component: 'SMS_SERVICE_CONNECTOR', Description: 'cannot\x07 connect\r\nto go.microsoft.com'},
	])), 5);
	const raw = renderToString(h(MessagesPane, {rows: 5, list: list}), {columns: 100});
	const lines = stripAnsi(raw).split('\n');
	assert.match(lines[1]!, /06:00:01 E 11488 SMS_SERVICE_CONNECTOR cannot connect to go.microsoft.com/);
	assert.match(lines[2]!, /06:00:00 I   500 SMS_EXECUTIVE started/);
	assert.match(raw, /\x1b\[31m/);
});

test('the panes follow the site live: a restart cycles, the badge goes away', async () => {
	const h = await mount();
	h.site.update(s => void (s.scp = {...s.scp!, Mode: 'Offline', RestartRequired: true}));
	await tick();
	assert.match(h.frame(), /RESTART REQUIRED/);
	for (const state of ['Stopping', 'Stopped', 'Starting', 'Running']) {
		h.site.setComponent('SMS_DMP_DOWNLOADER', state);
		await tick();
		assert.match(h.frame(), new RegExp(`SMS_DMP_DOWNLOADER\\s+${state}`));
	}
	h.site.update(s => void (s.scp = {...s.scp!, EffectiveMode: 'Offline', RestartRequired: false}));
	await tick();
	assert.doesNotMatch(h.frame(), /RESTART REQUIRED/);
	assert.match(h.frame(), /Mode Offline effective Offline/);
	h.site.advance(3600_000);
	await tick();
	assert.match(h.frame(), /Time 2025-03-10 07:00 /);
	h.unmount();
	assert.equal(h.site.listenerCount, 0, 'unsubscribed on unmount');
});
