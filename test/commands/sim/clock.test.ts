// The simulated clock through its cmdlets: Get-SimClock, Set-SimClock, Step-SimClock, and the clock-based core
// cmdlets Start-Sleep and Get-Date. Every refusal leaves the site exactly as it was.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {PSObject} from '../../../src/engine/values.ts';
import {DAY, HOUR, MINUTE, SCENARIO_START, SECOND} from '../../../src/site/index.ts';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const lines = (text: string) => text.trim().split('\n').map((l) => l.trimEnd());
const now = (shell: ReturnType<typeof newShell>) => shell.site.now;
const unchanged = async (script: string, shell = newShell()) => {
	const before = JSON.stringify(shell.site.toJSON());
	const r = await runOnSite(script, shell);
	assert.ok(JSON.stringify(shell.site.toJSON()) === before, `the site changed after: ${script}`);
	return r;
};

describe('Get-SimClock', () => {
	it('writes a Scpsh.SimClock with Now, Rate and Paused as a table', async () => {
		const r = await runOnSite('Get-SimClock');
		assert.deepEqual(lines(r.stdout).slice(0, 2), ['Now                  Rate Paused', '---                  ---- ------']);
		const shell = newShell();
		const [clock] = await shell.rt.runText('Get-SimClock');
		assert.ok(clock instanceof PSObject);
		assert.equal(clock.typeName, 'Scpsh.SimClock');
		const o = await runOnSite('$c = Get-SimClock; $c.Now -is [datetime]; $c.Rate; $c.Paused; $c.NextEventAt -gt $c.Now', shell);
		assert.deepEqual(lines(o.stdout), ['True', '1', 'False', 'True']);
	});
});

describe('Set-SimClock', () => {
	it('sets the rate, pauses and resumes; -PassThru writes the clock', async () => {
		const shell = newShell();
		const r = await runOnSite('Set-SimClock -Rate 60 -PassThru | ForEach-Object Rate; Set-SimClock -Pause; (Get-SimClock).Paused; Set-SimClock -Resume; (Get-SimClock).Paused', shell);
		assert.deepEqual(lines(r.stdout), ['60', 'True', 'False']);
		assert.equal(shell.site.getClock().Rate, 60);
	});

	it('takes the rate positionally and never moves the clock', async () => {
		const shell = newShell();
		await runOnSite('Set-SimClock 3600', shell);
		assert.equal(shell.site.getClock().Rate, 3600);
		assert.equal(now(shell), SCENARIO_START);
	});

	it('refuses a rate out of range with a validation error, changing nothing', async () => {
		for (const bad of ['0', '-5', '2000000']) {
			const r = await unchanged(`Set-SimClock -Rate ${bad}`);
			assert.match(r.stderr, /Cannot validate argument on parameter 'Rate'\. The rate must be above 0 and at most 1000000/);
		}
		const r = await unchanged('Set-SimClock -Rate fast');
		assert.match(r.stderr, /Cannot bind parameter 'Rate'\. Cannot convert value "fast" to type "System\.Double"/);
	});

	it('-Pause and -Rate cannot be combined; -WhatIf changes nothing', async () => {
		const r = await unchanged('Set-SimClock -Rate 5 -Pause');
		assert.match(r.stderr, /Parameter set cannot be resolved/);
		const w = await unchanged('Set-SimClock -Pause -WhatIf');
		assert.match(w.stdout, /What if: Performing the operation "Pause the clock" on target "Simulated clock"\./);
	});
});

describe('Step-SimClock', () => {
	const cases: [string, number][] = [
		['1.00:00:00', DAY], ['00:30:00', 30 * MINUTE], ['10:00', 10 * HOUR], ['90s', 90 * SECOND], ['45m', 45 * MINUTE],
		['24h', DAY], ['7d', 7 * DAY], ['1h30m', 90 * MINUTE], ['500ms', 500],
	];
	for (const [text, ms] of cases) {
		it(`moves the clock by ${text}`, async () => {
			const shell = newShell();
			await runOnSite(`Step-SimClock -Duration ${text}`, shell);
			assert.equal(now(shell), SCENARIO_START + ms);
		});
	}

	it('runs what was scheduled on the way: the daily update check', async () => {
		const shell = newShell();
		const before = shell.site.getScpStatus()!.LastUpdateCheck;
		await runOnSite('Step-SimClock 2d', shell);
		assert.ok(shell.site.getScpStatus()!.LastUpdateCheck! > before!);
	});

	it('-PassThru writes the clock; without it, nothing', async () => {
		const r = await runOnSite('Step-SimClock 1h; Step-SimClock 1h -PassThru | ForEach-Object { $_.Now.ToString("HH:mm") }');
		assert.equal(r.stdout.trim(), new Date(SCENARIO_START + 2 * HOUR).toISOString().slice(11, 16));
	});

	it('refuses bad durations with the site\'s message, changing nothing', async () => {
		const bad: [string, RegExp][] = [
			['5x', /'x' is not a unit \(ms, s, m, h, d, w\)/],
			['90', /a bare number has no unit/],
			["'-1h'", /a duration cannot be negative/],
			['25:00:00', /hours must be 0-23/],
			['40000d', /longer than 100 years/],
		];
		for (const [text, message] of bad) {
			const r = await unchanged(`Step-SimClock ${text}`);
			assert.match(r.stderr, /Cannot validate argument on parameter 'Duration'\. Cannot convert '.*' to a duration/);
			assert.match(r.stderr, message);
		}
		const missing = await unchanged('Step-SimClock');
		assert.match(missing.stderr, /missing mandatory parameters: Duration/);
	});
});

describe('Start-Sleep', () => {
	it('lets simulated time pass: seconds (positional, decimals), milliseconds, a timespan', async () => {
		const shell = newShell();
		await runOnSite('Start-Sleep 1.5; sleep -Milliseconds 250; Start-Sleep -Duration ([timespan]"00:01:00"); Start-Sleep -ms 250; Start-Sleep -ts ([timespan]"00:00:02")', shell);
		assert.equal(now(shell), SCENARIO_START + 1500 + 250 + MINUTE + 250 + 2000);
	});

	it('writes nothing and a zero sleep does nothing', async () => {
		const shell = newShell();
		const r = await runOnSite('Start-Sleep 0', shell);
		assert.equal(r.stdout, '');
		assert.equal(now(shell), SCENARIO_START);
	});

	it('lets a component restart finish', async () => {
		const r = await runOnSite('Restart-Component SMS_DMP_DOWNLOADER -NoWait; (Get-Component SMS_DMP_DOWNLOADER).State; Start-Sleep 60; (Get-Component SMS_DMP_DOWNLOADER).State');
		assert.deepEqual(lines(r.stdout), ['Stopping', 'Running']);
	});

	it('validates its arguments as pwsh does, changing nothing', async () => {
		const neg = await unchanged('Start-Sleep -Seconds -1');
		assert.match(neg.stderr, /Cannot validate argument on parameter 'Seconds'\. The -1 argument is less than the minimum allowed range of 0/);
		const ms = await unchanged('Start-Sleep -Milliseconds -5');
		assert.match(ms.stderr, /parameter 'Milliseconds'\. The -5 argument is less than the minimum allowed range of 0/);
		const both = await unchanged('Start-Sleep -Seconds 1 -Milliseconds 5');
		assert.match(both.stderr, /Parameter set cannot be resolved/);
		const span = await unchanged('Start-Sleep -Duration ([timespan]"-00:00:05")');
		assert.match(span.stderr, /Cannot validate argument on parameter 'Duration'/);
	});
});

describe('Get-Date', () => {
	it('returns the simulated time as a [datetime], never the computer\'s', async () => {
		const shell = newShell();
		const r = await runOnSite('$d = Get-Date; $d -is [datetime]; $d.ToString("o")', shell);
		assert.deepEqual(lines(r.stdout), ['True', `${new Date(SCENARIO_START).toISOString().slice(0, 19)}.0000000+00:00`]);
		const later = await runOnSite('Step-SimClock 36h; Get-Date -Format "yyyy-MM-dd HH:mm"', shell);
		assert.equal(later.stdout.trim(), new Date(SCENARIO_START + 36 * HOUR).toISOString().slice(0, 16).replace('T', ' '));
	});

	it('formats with -Format, including the named file formats', async () => {
		const r = await runOnSite('$d = [datetime]"2025-03-04 05:06:07"; Get-Date $d -Format FileDate; Get-Date $d -Format FileDateTime; Get-Date $d -Format FileDateUniversal; Get-Date $d -Format "dddd d MMM yy, h:mm tt"; Get-Date $d -Format s');
		assert.deepEqual(lines(r.stdout), ['20250304', '20250304T0506070000', '20250304Z', 'Tuesday 4 Mar 25, 5:06 AM', '2025-03-04T05:06:07']);
	});

	it('formats with -UFormat', async () => {
		const r = await runOnSite('$d = [datetime]"2025-03-04 17:06:07"; Get-Date $d -UFormat "%Y-%m-%d %H:%M:%S|%A %a %B %b|%j %u %w|%I %p|%e|%s|%V %G|%D %T|%%|%Z"');
		assert.equal(r.stdout.trim(), '2025-03-04 17:06:07|Tuesday Tue March Mar|063 2 2|05 PM| 4|1741107967|10 2025|03/04/25 17:06:07|%|+00');
	});

	it('adjusts parts as pwsh does, by the difference', async () => {
		const r = await runOnSite([
			'Get-Date -Date "2025-01-31" -Month 2 -Format yyyy-MM-dd',
			'Get-Date -Date "2024-02-29" -Year 2025 -Format yyyy-MM-dd',
			'Get-Date -Date "2025-04-15" -Day 31 -Format yyyy-MM-dd',
			'Get-Date -Date "2025-04-15 10:20:30" -Hour 0 -Minute 0 -Second 0 -Format "yyyy-MM-dd HH:mm:ss"',
			'Get-Date -UnixTimeSeconds 0 -Format o',
		].join('\n'));
		assert.deepEqual(lines(r.stdout), ['2025-02-28', '2025-02-28', '2025-05-01', '2025-04-15 00:00:00', '1970-01-01T00:00:00.0000000+00:00']);
	});

	it('takes a date from the pipeline', async () => {
		const r = await runOnSite('[datetime]"2025-12-24" | Get-Date -Format "MMM d"');
		assert.equal(r.stdout.trim(), 'Dec 24');
	});

	it('refuses bad input with pwsh\'s messages', async () => {
		const range = await runOnSite('Get-Date -Month 13');
		assert.match(range.stderr, /Cannot validate argument on parameter 'Month'\. The 13 argument is greater than the maximum allowed range of 12/);
		const fmt = await runOnSite('Get-Date -Format Q');
		assert.match(fmt.stderr, /^Get-Date:/m);
		assert.match(fmt.stderr, /Input string was not in a correct format\./);
		const both = await runOnSite('Get-Date -Format s -UFormat %Y');
		assert.match(both.stderr, /Parameter set cannot be resolved/);
		const date = await runOnSite('Get-Date -Date yesterday');
		assert.match(date.stderr, /Cannot bind parameter 'Date'\. Cannot convert value "yesterday" to type "System\.DateTime"/);
	});
});
