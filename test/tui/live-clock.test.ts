import {test} from 'node:test';
import assert from 'node:assert/strict';
import {LiveClock, tickInterval} from '../../src/tui/live-clock.ts';
import {PipelineStoppedSignal} from '../../src/engine/errors.ts';
import {FakeSite, T0} from './fake-site.ts';

/** A manual timer queue and clock. */
function fakeTime() {
	let now = 0;
	let timers: {at: number; fn: () => void; id: number}[] = [];
	let id = 0;
	return {
		now: () => now,
		setTimer: (fn: () => void, ms: number) => {
			timers.push({at: now + ms, fn, id: ++id});
			return id;
		},
		clearTimer: (h: unknown) => {
			timers = timers.filter(t => t.id !== h);
		},
		/** Runs timers due within `ms` of real time, in order. */
		async run(ms: number) {
			const end = now + ms;
			for (;;) {
				timers.sort((a, b) => a.at - b.at);
				const t = timers[0];
				if (!t || t.at > end) break;
				timers.shift();
				now = t.at;
				t.fn();
				await Promise.resolve();
			}
			now = end;
		},
		pending: () => timers.map(t => t.at - now),
	};
}

test('advances the site by real time × rate', async () => {
	const site = new FakeSite();
	const time = fakeTime();
	const clock = new LiveClock({site, ...time});
	clock.start();
	await time.run(3000);
	assert.equal(site.snap.clock.Now, T0 + 3000);
	site.update(s => void (s.clock = {...s.clock, Rate: 3600}));
	await time.run(1000);
	assert.ok(Math.abs(site.snap.clock.Now - (T0 + 3000 + 3600_000)) <= 3600 * 5, String(site.snap.clock.Now - T0));
	clock.stop();
	assert.deepEqual(time.pending(), []);
});

test('ticks coarsely: once a second at rate 1, five times a second when fast, never while paused', async () => {
	assert.equal(tickInterval(1), 1000);
	assert.equal(tickInterval(3600), 200);
	const site = new FakeSite();
	const time = fakeTime();
	const clock = new LiveClock({site, ...time});
	clock.start();
	assert.deepEqual(time.pending(), [1000]);
	site.update(s => void (s.clock = {...s.clock, Paused: true}));
	assert.deepEqual(time.pending(), []);
	await time.run(5000);
	assert.equal(site.snap.clock.Now, T0);
	clock.stop();
});

test('a wait resolves when simulated time has passed, not on the next coarse tick', async () => {
	const site = new FakeSite();
	const time = fakeTime();
	const clock = new LiveClock({site, ...time});
	clock.start();
	let done = false;
	void clock.waitSimulated(2500).then(() => (done = true));
	await time.run(2400);
	assert.equal(done, false);
	await time.run(150);
	assert.equal(done, true);
	clock.stop();
});

test('a wait ends early when a command moves the clock, and rejects on abort', async () => {
	const site = new FakeSite();
	const time = fakeTime();
	const clock = new LiveClock({site, ...time});
	clock.start();
	let done = false;
	void clock.waitSimulated(3600_000).then(() => (done = true));
	site.advance(3600_000);
	await Promise.resolve();
	assert.equal(done, true);
	const ac = new AbortController();
	const p = clock.waitSimulated(10_000, ac.signal);
	ac.abort();
	await assert.rejects(p, e => e instanceof PipelineStoppedSignal);
	await assert.rejects(clock.waitSimulated(1, ac.signal), e => e instanceof PipelineStoppedSignal);
	clock.stop();
});

test('without a site a wait is real time', async () => {
	const clock = new LiveClock({site: null});
	const t = performance.now();
	await clock.waitSimulated(30);
	assert.ok(performance.now() - t >= 25);
});
