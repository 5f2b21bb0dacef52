import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createSite, DAY, HOUR, SCENARIO_START} from '../../src/site/index.ts';
import {assertRefused} from './helpers.ts';

test('the clock starts at the scenario date and moves only when advanced', () => {
	const site = createSite();
	assert.equal(site.now, SCENARIO_START);
	assert.deepEqual(site.getClock(), {Now: SCENARIO_START, Rate: 1, Paused: false, NextEventAt: SCENARIO_START + 4 * HOUR}, 'midnight: the summarizer');
	site.advance(1234);
	assert.equal(site.now, SCENARIO_START + 1234);
	site.step('1h');
	assert.equal(site.now, SCENARIO_START + 1234 + HOUR);
});

test('advance runs due events in time order and lands on the target', () => {
	const site = createSite();
	const ran = site.advance(7 * HOUR);
	assert.ok(ran >= 1);
	assert.equal(site.now, SCENARIO_START + 7 * HOUR);
	assert.equal(site.getScpStatus()!.LastUpdateCheck, SCENARIO_START + 5 * HOUR, 'the 01:00 check ran at its own time');
	for (let i = 1; i < site.lab.queue.length; i++) {
		const [a, b] = [site.lab.queue[i - 1]!, site.lab.queue[i]!];
		assert.ok(a.at < b.at || (a.at === b.at && a.seq < b.seq), 'queue is ordered by time, then scheduling order');
	}
});

test('events at the same time run in scheduling order', () => {
	const site = createSite();
	// Restart two threads at the same instant: both complete at the same time, in the order requested.
	site.restartComponent('SMS_HIERARCHY_MANAGER');
	site.restartComponent('SMS_DISTRIBUTION_MANAGER');
	site.advance(10_000);
	const lines = site.getLog('smsexec.log').map((l) => l.Message).filter((m) => m.startsWith('SMS_EXECUTIVE started'));
	assert.match(lines.at(-2)!, /SMS_HIERARCHY_MANAGER/);
	assert.match(lines.at(-1)!, /SMS_DISTRIBUTION_MANAGER/);
});

test('bad steps are refused and change nothing', () => {
	const site = createSite();
	assertRefused(site, () => site.advance(-1), 'InvalidDuration', 'InvalidArgument');
	assertRefused(site, () => site.advance(Number.NaN), 'InvalidDuration');
	assertRefused(site, () => site.step('later'), 'InvalidDuration');
	assertRefused(site, () => site.advanceTo(SCENARIO_START - 1), 'ClockCannotGoBack');
});

test('rate and pause are stored for the live driver', () => {
	const site = createSite();
	site.setRate(3600);
	site.pause();
	assert.deepEqual({...site.getClock(), NextEventAt: 0}, {Now: SCENARIO_START, Rate: 3600, Paused: true, NextEventAt: 0});
	site.resume();
	assert.equal(site.getClock().Paused, false);
	assert.equal(site.now, SCENARIO_START, 'rate and pause never move the clock themselves');
	assertRefused(site, () => site.setRate(0), 'InvalidClockRate');
	assertRefused(site, () => site.setRate(Number.POSITIVE_INFINITY), 'InvalidClockRate');
});

test('determinism: two identical runs give identical labs', () => {
	const run = (): string => {
		const site = createSite('hierarchy');
		site.setScpMode('Offline');
		site.restartComponent('SMS_EXECUTIVE');
		site.step('2d');
		site.setScpMode('Online');
		site.restartComponent('SMS_DMP_DOWNLOADER');
		site.setNetwork({block: 'go.microsoft.com'});
		site.step('3d');
		site.setNetwork({allow: '*'});
		site.step('30d');
		return JSON.stringify(site.lab);
	};
	assert.equal(run(), run());
});

test('a long advance never ticks per second: a year costs events, not seconds', () => {
	const site = createSite();
	const events = site.step('365d');
	assert.ok(events < 5000, `ran ${events} events`);
	assert.equal(site.now, SCENARIO_START + 365 * DAY);
});
