import {test} from 'node:test';
import assert from 'node:assert/strict';
import {OutputStore} from '../../src/tui/output-store.ts';
import {ThrottledSite} from '../../src/tui/throttled-site.ts';
import {DialogStore} from '../../src/tui/dialog-store.ts';
import {clean} from '../../src/tui/sanitize.ts';
import {paneLayout} from '../../src/tui/layout.ts';
import {FakeSite} from './fake-site.ts';

const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));

test('output lines written in one burst become one scrollback entry', async () => {
	const out = new OutputStore();
	let notified = 0;
	out.subscribe(() => notified++);
	for (let i = 0; i < 1000; i++) out.line(`line ${i}`);
	await tick();
	assert.equal(notified, 1);
	assert.equal(out.getSnapshot().items.length, 1);
	assert.equal(out.getSnapshot().items[0]!.text.split('\n').length, 1000);
	out.write('partial ');
	out.write('line\nnext');
	out.line(' done');
	await tick();
	assert.deepEqual(out.getSnapshot().items[1]!.text, 'partial line\nnext done');
	out.clear();
	assert.deepEqual(out.getSnapshot().items, []);
	assert.equal(out.getSnapshot().generation, 1);
});

test('the scrollback stays bounded by starting a new generation', () => {
	const out = new OutputStore();
	for (let i = 0; i < 1001; i++) {
		out.line(String(i));
		out.flush();
	}
	assert.equal(out.getSnapshot().items.length, 1);
	assert.equal(out.getSnapshot().generation, 1);
});

test('site snapshots reach the panes at most once per interval, the last one always', async () => {
	const site = new FakeSite();
	const throttled = new ThrottledSite(site, 40);
	let seen = 0;
	const off = throttled.subscribe(() => seen++);
	for (let i = 0; i < 50; i++) site.advance(1000);
	assert.equal(seen, 1, 'leading edge');
	await tick(60);
	assert.equal(seen, 2, 'trailing edge');
	assert.equal(throttled.getSnapshot(), site.snap);
	off();
	assert.equal(site.listenerCount, 0);
});

test('dialogs queue and answer in order', async () => {
	const d = new DialogStore();
	const a = d.prompt('cmdlet X', 'Supply values', 'Mode');
	const b = d.confirm('Confirm', 'Sure?');
	assert.equal(d.get()?.kind, 'prompt');
	(d.get() as {answer(v: string): void}).answer('Offline');
	assert.equal(await a, 'Offline');
	assert.equal(d.get()?.kind, 'confirm');
	(d.get() as {answer(v: string): void}).answer('YesToAll');
	assert.equal(await b, 'YesToAll');
	assert.equal(d.get(), null);
});

test('control characters from data are stripped', () => {
	assert.equal(clean('Update\x1b[2J\x1b]0;pwned\x07 name\r\n\x07'), 'Update name ');
	assert.equal(clean(null), '');
});

test('the pane region is always shorter than the terminal, and hides when too small', () => {
	for (let rows = 5; rows <= 60; rows++) {
		for (const reserved of [2, 4, 8]) {
			const l = paneLayout(rows, 120, reserved, true);
			const height = l.show ? l.top + 2 + (l.bottom ? l.bottom + 2 : 0) : 0;
			assert.ok(height + reserved < rows || !l.show, `rows ${rows} reserved ${reserved}`);
		}
	}
	assert.equal(paneLayout(40, 120, 2, true).show, true);
	assert.equal(paneLayout(40, 120, 2, true).bottom > 0, true);
	assert.equal(paneLayout(12, 120, 2, true).show, false);
	assert.equal(paneLayout(40, 50, 2, true).show, false);
	assert.equal(paneLayout(40, 120, 2, false).show, false);
});

test('at rate 1 the panes redraw once a simulated minute, at high rates every second', async () => {
	const {sameDisplay} = await import('../../src/tui/site-view.ts');
	const site = new FakeSite();
	const throttled = new ThrottledSite(site, 0, undefined, sameDisplay);
	let seen = 0;
	const off = throttled.subscribe(() => seen++);
	for (let i = 0; i < 59; i++) site.advance(1000);
	assert.equal(seen, 0);
	site.advance(1000);
	assert.equal(seen, 1);
	site.setComponent('SMS_EXECUTIVE', 'Stopping');
	assert.equal(seen, 2, 'any other change redraws at once');
	site.update(s => void (s.clock = {...s.clock, Rate: 3600}));
	assert.equal(seen, 3);
	site.advance(1000);
	assert.equal(seen, 4);
	off();
});

test('history submitted before the store has loaded is handed over to it', async () => {
	const {DeferredHistory} = await import('../../src/tui/deferred-history.ts');
	const {HistoryStore} = await import('../../src/store/history.ts');
	const h = new DeferredHistory();
	h.add('early');
	assert.deepEqual(h.entries(), ['early']);
	const store = new HistoryStore(null);
	store.add('saved');
	await h.load(Promise.resolve(store));
	assert.deepEqual(h.entries(), ['saved', 'early']);
	h.add('late');
	assert.deepEqual(store.entries(), ['saved', 'early', 'late']);
	const failed = new DeferredHistory();
	await failed.load(Promise.reject(new Error('no')));
	failed.add('x');
	assert.deepEqual(failed.entries(), ['x']);
});
