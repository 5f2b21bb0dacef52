import assert from 'node:assert/strict';
import {test} from 'node:test';
import {formatDuration, parseDuration, SiteError} from '../../src/site/index.ts';

const S = 1000, M = 60 * S, H = 60 * M, D = 24 * H;

test('TimeSpan text parses as .NET does', () => {
	assert.equal(parseDuration('1.00:00:00'), D);
	assert.equal(parseDuration('00:30:00'), 30 * M);
	assert.equal(parseDuration('10:00'), 10 * H, 'hh:mm, as [timespan]\'10:00\'');
	assert.equal(parseDuration('2.03:04:05'), 2 * D + 3 * H + 4 * M + 5 * S);
	assert.equal(parseDuration('00:00:01.5'), 1500);
	assert.equal(parseDuration(' 01:00:00 '), H);
});

test('short forms and combinations parse', () => {
	assert.equal(parseDuration('90s'), 90 * S);
	assert.equal(parseDuration('45m'), 45 * M);
	assert.equal(parseDuration('24h'), D);
	assert.equal(parseDuration('7d'), 7 * D);
	assert.equal(parseDuration('500ms'), 500);
	assert.equal(parseDuration('1h30m'), 90 * M);
	assert.equal(parseDuration('1d 2h'), D + 2 * H);
	assert.equal(parseDuration('1.5h'), 90 * M);
	assert.equal(parseDuration('2W'), 14 * D);
});

test('bad text gets a clear error naming the valid forms', () => {
	for (const bad of ['', 'soon', '90', '-5m', '25:00', '10:61', '5x', '1h30', '1000000d']) {
		assert.throws(() => parseDuration(bad), (e: unknown) => {
			assert.ok(e instanceof SiteError);
			assert.equal(e.id, 'InvalidDuration');
			assert.equal(e.category, 'InvalidArgument');
			assert.match(e.message, /1\.00:00:00/);
			assert.match(e.message, /90s/);
			return true;
		}, bad);
	}
});

test('formatDuration prints TimeSpan text', () => {
	assert.equal(formatDuration(D + 2 * H + 3 * M + 4 * S), '1.02:03:04');
	assert.equal(formatDuration(30 * M), '00:30:00');
	assert.equal(formatDuration(1500), '00:00:01.5000000');
});
