// The Service Manager cmdlets: Get-, Stop-, Start-, Restart-Component with wildcards, pipeline input by property
// name, waiting in simulated time (or -NoWait), SMS_EXECUTIVE taking its threads along, and clear errors.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {allCommands} from '../../../commands/index.ts';
import GetComponent from '../../../commands/site/Get-Component.ts';
import RestartComponent from '../../../commands/site/Restart-Component.ts';
import {PipelineStoppedSignal} from '../../../src/engine/errors.ts';
import {Runtime} from '../../../src/engine/runtime.ts';
import {Site} from '../../../src/site/index.ts';
import {captureHost} from '../../helpers/run.ts';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

type Shell = ReturnType<typeof newShell>;
const lines = (text: string) => text.trim().split('\n');
const states = async (shell: Shell, pattern: string, where = '') =>
	lines((await runOnSite(`Get-Component '${pattern}' ${where} | ForEach-Object { "$($_.Name) $($_.State)" }`, shell)).stdout);

describe('Get-Component', () => {
	it('gets the components of a site with their state, status and type', async () => {
		const r = await runOnSite('Get-Component SMS_EXECUTIVE, SMS_DMP_DOWNLOADER, SMS_SITE_BACKUP | ForEach-Object { "$($_.Name) $($_.SiteCode) $($_.ServerName) $($_.State) $($_.Status) $($_.Type)" }');
		assert.deepEqual(lines(r.stdout), [
			'SMS_EXECUTIVE PS1 CM01.contoso.com Running OK Service',
			'SMS_DMP_DOWNLOADER PS1 CM01.contoso.com Running OK Thread',
			'SMS_SITE_BACKUP PS1 CM01.contoso.com Running OK Service',
		]);
	});

	it('lists every site top-down, and filters by site and server', async () => {
		const shell = newShell('hierarchy');
		const sites = await runOnSite('Get-Component SMS_EXECUTIVE | ForEach-Object { $_.SiteCode }', shell);
		assert.deepEqual(lines(sites.stdout), ['CAS', 'PS1', 'PS2', 'SS1']);
		const ps2 = await runOnSite('(Get-Component -SiteCode PS2 | Where-Object { $_.SiteCode -ne "PS2" }).Count; (Get-Component -ServerName CM02.contoso.com).Count -gt 30', shell);
		assert.deepEqual(lines(ps2.stdout), ['0', 'True']);
		const secondary = await runOnSite('(Get-Component -SiteCode SS1).Count -lt (Get-Component -SiteCode PS1).Count', shell);
		assert.equal(secondary.stdout.trim(), 'True');
	});

	it('an unknown name is an error with near matches; a pattern that matches nothing is not', async () => {
		const shell = newShell();
		const r = await runOnSite('Get-Component SMS_DMP_DOWNLOADR', shell);
		assert.match(r.stderr, /Component 'SMS_DMP_DOWNLOADR' was not found\. Did you mean: SMS_DMP_DOWNLOADER/);
		const e = await runOnSite('try { Get-Component SMS_NOPE -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId }', shell);
		assert.deepEqual(lines(e.stdout), ['ObjectNotFound', 'ComponentNotFound,Get-Component']);
		const none = await runOnSite('Get-Component SMS_NOPE*', shell);
		assert.equal(none.stdout + none.stderr, '');
		const site = await runOnSite('Get-Component -SiteCode PS9', shell);
		assert.match(site.stderr, /Site 'PS9' was not found\. Did you mean: PS1/);
	});

	it('completes component names, site codes and server names from the live site', () => {
		const shell = newShell('remote-scp');
		const byName = Object.fromEntries(GetComponent.parameters.map((p) => [p.name, p]));
		assert.ok(byName.Name!.complete!(shell.rt).includes('SMS_DMP_DOWNLOADER'));
		assert.deepEqual(byName.SiteCode!.complete!(shell.rt), ['PS1']);
		assert.deepEqual(byName.ServerName!.complete!(shell.rt), ['CM01.contoso.com', 'SCP01.contoso.com']);
		const restart = Object.fromEntries(RestartComponent.parameters.map((p) => [p.name, p]));
		assert.equal(restart.Name!.valueFromPipelineByPropertyName, true);
	});
});

describe('Stop-, Start-, Restart-Component', () => {
	it('wait in simulated time until the component reached its state', async () => {
		const shell = newShell();
		const t0 = shell.site.now;
		await runOnSite('Stop-Component SMS_HIERARCHY_MANAGER', shell);
		assert.deepEqual(await states(shell, 'SMS_HIERARCHY_MANAGER'), ['SMS_HIERARCHY_MANAGER Stopped']);
		const stopped = shell.site.now - t0;
		assert.ok(stopped > 0 && stopped <= 10_000, `a stop takes a few simulated seconds (${stopped} ms)`);
		await runOnSite('Start-Component SMS_HIERARCHY_MANAGER', shell);
		assert.deepEqual(await states(shell, 'SMS_HIERARCHY_MANAGER'), ['SMS_HIERARCHY_MANAGER Running']);
	});

	it('-NoWait returns at once; the clock moves the restart through Stopping, Stopped, Starting, Running', async () => {
		const shell = newShell();
		const t0 = shell.site.now;
		const r = await runOnSite('Restart-Component SMS_DMP_DOWNLOADER -NoWait', shell);
		assert.equal(r.stdout + r.stderr, '');
		assert.equal(shell.site.now, t0, '-NoWait lets no time pass');
		const seen: string[] = [];
		for (let i = 0; i < 10; i++) seen.push((await runOnSite("(Get-Component SMS_DMP_DOWNLOADER).State; Step-SimClock '00:00:01'", shell)).stdout.trim());
		assert.deepEqual(seen.filter((s, i) => s !== seen[i - 1]), ['Stopping', 'Stopped', 'Starting', 'Running']);
	});

	it('take pipeline input by property name: Get-Component SMS_DMP_* | Restart-Component', async () => {
		const shell = newShell('remote-scp');
		const before = await runOnSite('Get-Component SMS_DMP_* | ForEach-Object { $_.LastStarted.ToString("o") }', shell);
		const r = await runOnSite('Get-Component SMS_DMP_* | Restart-Component -PassThru | ForEach-Object { "$($_.Name) $($_.ServerName) $($_.State)" }', shell);
		assert.equal(r.stderr, '');
		assert.deepEqual(lines(r.stdout), ['SMS_DMP_DOWNLOADER SCP01.contoso.com Running', 'SMS_DMP_UPLOADER SCP01.contoso.com Running']);
		const after = await runOnSite('Get-Component SMS_DMP_* | ForEach-Object { $_.LastStarted.ToString("o") }', shell);
		assert.notDeepEqual(lines(after.stdout), lines(before.stdout));
	});

	it('restart components together: several restarts take the time of one', async () => {
		const shell = newShell();
		const t0 = shell.site.now;
		await runOnSite('Restart-Component SMS_DMP_*, SMS_SERVICE_CONNECTOR', shell);
		assert.ok(shell.site.now - t0 < 10_000, 'in parallel, as in the Service Manager');
	});

	it('Restart-Component SMS_EXECUTIVE restarts the service and its threads, not the other services', async () => {
		const shell = newShell();
		const r = await runOnSite('Restart-Component SMS_EXECUTIVE -NoWait; Step-SimClock 00:00:05; Get-Component -SiteCode PS1 | Group-Object State | ForEach-Object { "$($_.Name) $($_.Count)" }', shell);
		const groups = Object.fromEntries(lines(r.stdout).map((l) => l.split(' ') as [string, string]));
		assert.equal(groups.Running, '4', 'the four separate services keep running');
		assert.ok(Number(groups.Stopping) > 40, 'SMS_EXECUTIVE and every thread are stopping');
		await runOnSite('Step-SimClock 1m', shell);
		assert.equal((await runOnSite('(Get-Component -SiteCode PS1 | Where-Object { $_.State -ne "Running" }).Count', shell)).stdout.trim(), '0');
	});

	it('a pattern that includes SMS_EXECUTIVE does not trip over its threads', async () => {
		const shell = newShell();
		const r = await runOnSite("Restart-Component 'SMS_E*', 'SMS_DMP_*'", shell);
		assert.equal(r.stderr, '');
		assert.equal((await runOnSite('(Get-Component | Where-Object { $_.State -ne "Running" }).Count', shell)).stdout.trim(), '0');
	});

	it('a thread cannot start while SMS_EXECUTIVE is stopped; the error says so and nothing changes', async () => {
		const shell = newShell();
		await runOnSite('Stop-Component SMS_EXECUTIVE', shell);
		const before = JSON.stringify(shell.site.toJSON());
		const r = await runOnSite('Start-Component SMS_DMP_DOWNLOADER', shell);
		assert.match(r.stderr, /SMS_DMP_DOWNLOADER is a thread of SMS_EXECUTIVE, which is Stopped on CM01\.contoso\.com\. Start SMS_EXECUTIVE first/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});

	it('unknown names and sites are errors with near matches, and the site is unchanged', async () => {
		const shell = newShell('hierarchy');
		const before = JSON.stringify(shell.site.toJSON());
		const name = await runOnSite('Restart-Component SMS_DMP_DOWNLOADR', shell);
		assert.match(name.stderr, /^Restart-Component:/m);
		assert.match(name.stderr, /Component 'SMS_DMP_DOWNLOADR' was not found\. Did you mean: SMS_DMP_DOWNLOADER/);
		const where = await runOnSite('Restart-Component SMS_POLICY_PROVIDER', shell);
		assert.match(where.stderr, /Component 'SMS_POLICY_PROVIDER' was not found at site CAS\..*It runs at: PS1 \(CM01\.contoso\.com\), PS2 \(CM02\.contoso\.com\)\. Name the site or server\./s);
		const site = await runOnSite('Stop-Component SMS_EXECUTIVE -SiteCode PSX', shell);
		assert.match(site.stderr, /Site 'PSX' was not found\. Did you mean: PS1, PS2/);
		const server = await runOnSite('Stop-Component SMS_EXECUTIVE -ServerName CM03.contoso.com', shell);
		assert.match(server.stderr, /Site system server 'CM03\.contoso\.com' was not found\. Did you mean: CM01\.contoso\.com, CM02\.contoso\.com/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});

	it('-WhatIf says what it would do and changes nothing', async () => {
		const shell = newShell();
		const before = JSON.stringify(shell.site.toJSON());
		const r = await runOnSite('Restart-Component SMS_DMP_* -WhatIf', shell);
		assert.deepEqual(lines(r.stdout), [
			'What if: Performing the operation "Restart component" on target "SMS_DMP_DOWNLOADER on CM01.contoso.com (site PS1)".',
			'What if: Performing the operation "Restart component" on target "SMS_DMP_UPLOADER on CM01.contoso.com (site PS1)".',
		]);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});

	it('names the site or server to act elsewhere than the top-tier site', async () => {
		const shell = newShell('hierarchy');
		await runOnSite('Stop-Component SMS_EXECUTIVE -SiteCode PS2', shell);
		const r = await runOnSite('Get-Component SMS_EXECUTIVE | ForEach-Object { "$($_.SiteCode) $($_.State)" }', shell);
		assert.deepEqual(lines(r.stdout), ['CAS Running', 'PS1 Running', 'PS2 Stopped', 'SS1 Running']);
	});
});

describe('waiting with a live clock (as in the TUI)', () => {
	it('waits for the live clock, and Ctrl+C stops the wait but not the restart', async () => {
		const site = Site.create('default');
		const cap = captureHost();
		const controller = new AbortController();
		const waits: number[] = [];
		// A live clock that moves one simulated second per tick; the person presses Ctrl+C after two ticks.
		const clock = {
			async waitSimulated(ms: number, signal?: AbortSignal) {
				waits.push(ms);
				for (let moved = 0; moved < ms; moved += 1000) {
					if (signal?.aborted) throw new PipelineStoppedSignal();
					site.advance(Math.min(1000, ms - moved));
					await new Promise((r) => setImmediate(r));
					if (site.now - t0 >= 2000) controller.abort();
				}
			},
		};
		const rt = new Runtime({host: cap.host, commands: allCommands, site, clock});
		const t0 = site.now;
		const result = await rt.run('Restart-Component SMS_DMP_DOWNLOADER; "not reached"', {signal: controller.signal});
		assert.equal(result.terminated, true);
		assert.doesNotMatch(cap.stdout(), /not reached/);
		assert.equal(waits.length, 1, 'one wait, for when the restart settles');
		assert.equal(site.getComponent('SMS_DMP_DOWNLOADER').State, 'Stopping', 'the restart goes on without the wait');
		site.advance(10_000);
		assert.equal(site.getComponent('SMS_DMP_DOWNLOADER').State, 'Running');
	});
});
