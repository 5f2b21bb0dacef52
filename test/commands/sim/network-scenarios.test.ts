// Set-SimNetwork and Get-SimNetwork, Get-SimScenario and Reset-SimSite through the cmdlets. Every refusal leaves
// the site exactly as it was.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {PSObject} from '../../../src/engine/values.ts';
import {listScenarios, SCENARIO_START} from '../../../src/site/index.ts';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const lines = (text: string) => text.trim().split('\n').map((l) => l.trimEnd());
const unchanged = async (script: string, shell = newShell()) => {
	const before = JSON.stringify(shell.site.toJSON());
	const r = await runOnSite(script, shell);
	assert.ok(JSON.stringify(shell.site.toJSON()) === before, `the site changed after: ${script}`);
	return r;
};

describe('Set-SimNetwork / Get-SimNetwork', () => {
	it('blocks and allows hosts; -Allow takes wildcards', async () => {
		const shell = newShell();
		await runOnSite('Set-SimNetwork -Block go.microsoft.com, *.manage.microsoft.com, download.microsoft.com', shell);
		assert.deepEqual(shell.site.getNetwork().BlockedHosts, ['go.microsoft.com', '*.manage.microsoft.com', 'download.microsoft.com']);
		await runOnSite('Set-SimNetwork -Allow go.microsoft.com', shell);
		assert.deepEqual(shell.site.getNetwork().BlockedHosts, ['*.manage.microsoft.com', 'download.microsoft.com']);
		const r = await runOnSite('Set-SimNetwork -Allow * -PassThru | ForEach-Object { $_.BlockedHosts.Count }', shell);
		assert.equal(r.stdout.trim(), '0');
	});

	it('disconnects and reconnects the internet; requires proxy authentication', async () => {
		const shell = newShell();
		await runOnSite('Set-SimNetwork -Internet Disconnected -ProxyRequiresAuthentication $true', shell);
		assert.deepEqual(shell.site.getNetwork(), {Internet: 'Disconnected', BlockedHosts: [], ProxyRequiresAuthentication: true});
		const r = await runOnSite('Test-ScpConnectivity | Where-Object Reachable -eq $true | Measure-Object | ForEach-Object Count', shell);
		assert.equal(r.stdout.trim(), '0');
		await runOnSite('Set-SimNetwork -Internet connected -ProxyRequiresAuthentication:$false', shell);
		assert.deepEqual(shell.site.getNetwork(), {Internet: 'Connected', BlockedHosts: [], ProxyRequiresAuthentication: false});
	});

	it('a blocked endpoint makes the next check fail with 11488 and the connector critical', async () => {
		const shell = newShell();
		await runOnSite('Set-SimNetwork -Block go.microsoft.com; Step-SimClock 3d', shell);
		assert.ok(shell.site.getStatusMessages({messageId: 11488}).length > 0);
		assert.notEqual(shell.site.getComponent('SMS_SERVICE_CONNECTOR').Status, 'OK');
	});

	it('Get-SimNetwork writes a Scpsh.SimNetwork', async () => {
		const shell = newShell();
		const [net] = await shell.rt.runText('Get-SimNetwork');
		assert.ok(net instanceof PSObject);
		assert.equal(net.typeName, 'Scpsh.SimNetwork');
		assert.deepEqual(net.names(), ['Internet', 'BlockedHosts', 'ProxyRequiresAuthentication']);
	});

	it('refuses bad input, changing nothing', async () => {
		const none = await unchanged('Set-SimNetwork');
		assert.match(none.stderr, /Specify what to change: -Block, -Allow, -Internet or -ProxyRequiresAuthentication\./);
		const state = await unchanged('Set-SimNetwork -Internet Offline');
		assert.match(state.stderr, /The argument "Offline" does not belong to the set "Connected,Disconnected" specified by the ValidateSet attribute/);
		const host = await unchanged('Set-SimNetwork -Block "not a host!"');
		assert.match(host.stderr, /^Set-SimNetwork:/m);
		const whatIf = await unchanged('Set-SimNetwork -Block go.microsoft.com -WhatIf');
		assert.match(whatIf.stdout, /What if: Performing the operation "Change Block" on target "Simulated network"\./);
	});
});

describe('Get-SimScenario', () => {
	it('lists every scenario with its description', async () => {
		const shell = newShell();
		const objs = await shell.rt.runText('Get-SimScenario');
		assert.deepEqual(objs.map((o) => (o as PSObject).get('Name')), listScenarios().map((s) => s.Name));
		assert.ok(objs.every((o) => (o as PSObject).typeName === 'Scpsh.SimScenario' && String((o as PSObject).get('Description')).length > 20));
	});

	it('filters by name with wildcards; an unknown name is an error', async () => {
		const r = await runOnSite('Get-SimScenario -Name *i* | ForEach-Object Name');
		assert.deepEqual(lines(r.stdout), ['hierarchy', 'offline', 'intune']);
		const e = await runOnSite('Get-SimScenario nope');
		assert.match(e.stderr, /Cannot find a scenario with the name 'nope'\. Scenarios: default, hierarchy, remote-scp, offline, intune, large\./);
	});
});

describe('Reset-SimSite', () => {
	it('replaces the site with a fresh one from the scenario; variables stay', async () => {
		const shell = newShell();
		const old = shell.rt.site;
		const r = await runOnSite('$keep = 42; Step-SimClock 10d; Reset-SimSite -Scenario offline -Force; (Get-ScpStatus).Mode; $keep; (Get-SimClock).Now -eq [datetime]"' +
			new Date(SCENARIO_START).toISOString() + '"', shell);
		assert.deepEqual(lines(r.stdout), ['Offline', '42', 'True']);
		assert.notEqual(shell.rt.site, old);
		assert.equal(shell.rt.site.scenario, 'offline');
	});

	it('without -Scenario starts the current scenario over', async () => {
		const shell = newShell('intune');
		await runOnSite('Remove-ScpIntuneSubscription; Reset-SimSite -Force', shell);
		assert.equal(shell.rt.site.scenario, 'intune');
		assert.equal(shell.rt.site.getScpStatus().IntuneSubscription, true);
	});

	it('asks for confirmation: scripts need -Force (or -Confirm:$false)', async () => {
		const shell = newShell();
		const old = shell.rt.site;
		const r = await runOnSite('Reset-SimSite -Scenario hierarchy', shell);
		assert.match(r.stderr, /NonInteractive mode/);
		assert.equal(shell.rt.site, old);
		await runOnSite('Reset-SimSite -Scenario hierarchy -Confirm:$false', shell);
		assert.equal(shell.rt.site.scenario, 'hierarchy');
	});

	it('-WhatIf wins over -Force', async () => {
		const shell = newShell();
		const old = shell.rt.site;
		const r = await runOnSite('Reset-SimSite -Scenario offline -Force -WhatIf', shell);
		assert.match(r.stdout, /What if: Performing the operation "Replace with a new site from scenario 'offline'" on target "Simulated site \(scenario 'default'\)"\./);
		assert.equal(shell.rt.site, old);
	});

	it('an unknown scenario is refused with near matches, changing nothing', async () => {
		const shell = newShell();
		const old = shell.rt.site;
		const r = await unchanged('Reset-SimSite -Scenario hierachy -Force', shell);
		assert.match(r.stderr, /Scenario 'hierachy' was not found\. Did you mean: hierarchy\?/);
		assert.equal(shell.rt.site, old);
	});

	it('moves the prompt to the new top-tier site\'s drive when the old drive is gone', async () => {
		const shell = newShell();
		await runOnSite('Reset-SimSite -Scenario large -Force', shell);
		assert.equal(shell.rt.location, 'CAS:\\');
		const r = await runOnSite('(Get-CMSite -SiteCode CAS).ServerName', shell);
		assert.equal(r.stdout.trim(), 'CAS01.contoso.com');
		// A site drive that exists in the new site is kept.
		await runOnSite('Reset-SimSite -Scenario hierarchy -Force; Set-Location PS1:', shell);
		await runOnSite('Reset-SimSite -Scenario default -Force', shell);
		assert.equal(shell.rt.location, 'PS1:\\');
	});
});
