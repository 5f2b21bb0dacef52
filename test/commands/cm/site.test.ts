// The site, site system, role, component, status message, maintenance task and hierarchy setting cmdlets of the
// ConfigurationManager module, over the simulated site. Every refusal leaves the site exactly as it was.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {PSObject} from '../../../src/engine/values.ts';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const lines = (text: string) => text.trim().split('\n').map((l) => l.trimEnd());
const unchanged = async (script: string, shell = newShell()) => {
	const before = JSON.stringify(shell.site.toJSON());
	const r = await runOnSite(script, shell);
	assert.ok(JSON.stringify(shell.site.toJSON()) === before, `the site changed after: ${script}`);
	return r;
};
const objects = async (script: string, shell = newShell()) => (await shell.rt.runText(script)) as PSObject[];

describe('Get-CMSite', () => {
	it('returns SMS_Site objects with the class\'s values', async () => {
		const [s] = await objects('Get-CMSite');
		assert.equal(s!.typeName, 'IResultObject#SMS_Site');
		assert.deepEqual(['SiteCode', 'SiteName', 'ServerName', 'Version', 'BuildNumber', 'Type', 'ReportingSiteCode', 'Status'].map((n) => s!.get(n)),
			['PS1', 'Contoso Primary Site PS1', 'CM01.contoso.com', '5.00.9132.1000', 9132, 2, '', 1]);
	});

	it('lists a hierarchy with types and parents; filters by -SiteCode (position 0) and -Name/-SiteName', async () => {
		const shell = newShell('hierarchy');
		const r = await runOnSite('Get-CMSite | ForEach-Object { "$($_.SiteCode) $($_.Type) [$($_.ReportingSiteCode)]" }\n(Get-CMSite PS2).ServerName\n(Get-CMSite -SiteName "*Central*").SiteCode\n(Get-CMSite -Name "Contoso Secondary Site SS1").Type', shell);
		assert.deepEqual(lines(r.stdout), ['CAS 4 []', 'PS1 2 [CAS]', 'PS2 2 [CAS]', 'SS1 1 [PS1]', 'CM02.contoso.com', 'CAS', '1']);
	});

	it('returns nothing for a site that does not exist', async () => {
		const r = await runOnSite('@(Get-CMSite -SiteCode XYZ).Count');
		assert.equal(r.stdout.trim(), '0');
		assert.equal(r.stderr, '');
	});

	it('reports the new version after an update installs', async () => {
		const r = await runOnSite('Step-SimClock 30d\nInstall-CMSiteUpdate -Name "Configuration Manager 2503" -Force\nStep-SimClock 1d\n(Get-CMSite).BuildNumber');
		assert.equal(r.stdout.trim(), '9135');
	});
});

describe('Get-CMSiteSystemServer and Get-CMSiteRole', () => {
	it('one SMS Site System object per server of the drive\'s site; -AllSite and -SiteCode widen or move it', async () => {
		const shell = newShell('hierarchy');
		const r = await runOnSite('Set-Location CAS:\n(Get-CMSiteSystemServer).ServerName\n(Get-CMSiteSystemServer -SiteCode PS2).ServerName\n@(Get-CMSiteSystemServer -AllSite).Count\n(Get-CMSiteSystemServer -Name CM0* -AllSite).ServerName', shell);
		assert.deepEqual(lines(r.stdout), ['CAS01.contoso.com', 'CM02.contoso.com', '4', 'CM01.contoso.com', 'CM02.contoso.com']);
		const [s] = await objects('Get-CMSiteSystemServer', shell);
		assert.equal(s!.get('RoleName'), 'SMS Site System');
		assert.equal(s!.get('NetworkOSPath'), '\\\\CAS01.contoso.com');
	});

	it('shows the Site System Installation Account of a remote SCP host', async () => {
		const shell = newShell('remote-scp');
		await runOnSite('Set-SiteSystem -ServerName SCP01.contoso.com -InstallationAccount CONTOSO\\svc-cm', shell);
		const r = await runOnSite('$s = Get-CMSiteSystemServer SCP01.contoso.com; $s.InstallationAccount; ($s.Props | Where-Object PropertyName -eq UserName).Value2', shell);
		assert.deepEqual(lines(r.stdout), ['CONTOSO\\svc-cm', 'CONTOSO\\svc-cm']);
	});

	it('Get-CMSiteRole: one object per role; -RoleName finds the SCP as "SMS Dmp Connector"', async () => {
		const shell = newShell('remote-scp');
		const r = await runOnSite('(Get-CMSiteRole -RoleName "SMS Dmp Connector").NetworkOSPath\n(Get-CMSiteRole SCP01.contoso.com).RoleName\n@(Get-CMSiteRole -RoleName "SMS Fallback Status Point").Count', shell);
		assert.deepEqual(lines(r.stdout), ['\\\\SCP01.contoso.com', 'SMS Site System', 'SMS Component Server', 'SMS Dmp Connector', '0']);
		const [scp] = await objects('Get-CMSiteRole -RoleName "SMS Dmp Connector"', shell);
		assert.equal((scp!.get('Props') as PSObject[])[0]!.get('PropertyName'), 'OfflineMode');
	});
});

describe('Get-CMSiteComponent', () => {
	it('SMS_SCI_Component objects of the drive\'s site, with the simulation\'s State and Status', async () => {
		const all = await objects('Get-CMSiteComponent');
		assert.ok(all.length > 30);
		const dl = all.find((c) => c.get('ComponentName') === 'SMS_DMP_DOWNLOADER')!;
		assert.equal(dl.typeName, 'IResultObject#SMS_SCI_Component');
		assert.deepEqual(['ItemName', 'ItemType', 'SiteCode', 'ServerName', 'State', 'Status', 'Type'].map((n) => dl.get(n)),
			['SMS_DMP_DOWNLOADER|CM01.CONTOSO.COM', 'Component', 'PS1', 'CM01.contoso.com', 'Running', 'OK', 'Thread']);
	});

	it('filters by -ComponentName (wildcards), -SiteCode and -SiteSystemServerName; Where-Object on State', async () => {
		const shell = newShell('remote-scp');
		const r = await runOnSite([
			'(Get-CMSiteComponent -ComponentName SMS_DMP_*).ComponentName',
			'@(Get-CMSiteComponent -SiteSystemServerName SCP01.contoso.com).Count',
			'Stop-Component SMS_DMP_UPLOADER',
			'(Get-CMSiteComponent | Where-Object State -eq Stopped).ComponentName',
		].join('\n'), shell);
		assert.deepEqual(lines(r.stdout), ['SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER', '4', 'SMS_DMP_UPLOADER']);
		const literal = await runOnSite('@(Get-CMSiteComponent -ComponentName SMS_DMP_* -DisableWildcardHandling).Count', shell);
		assert.equal(literal.stdout.trim(), '0');
	});
});

describe('status messages', () => {
	it('Get-CMComponentStatusMessage needs -StartTime and a severity (All, or none, returns nothing, as documented)', async () => {
		const shell = newShell();
		const r = await runOnSite([
			'$since = Get-Date; Set-SimNetwork -Internet Disconnected; Step-SimClock 2d',
			'@(Get-CMComponentStatusMessage -StartTime $since).Count',
			'@(Get-CMComponentStatusMessage -StartTime $since -Severity All).Count',
			'(Get-CMComponentStatusMessage -ComponentName SMS_SERVICE_CONNECTOR -Severity Error -ViewingPeriod $since | Where-Object MessageID -eq 11488)[0].Severity',
			'(Get-CMComponentStatusMessage -Component SMS_SERVICE_CONNECTOR -MachineName CM01.contoso.com -Severity Error -StartTime $since)[0].Component',
		].join('\n'), shell);
		assert.deepEqual(lines(r.stdout), ['0', '0', '-1073741824', 'SMS_SERVICE_CONNECTOR']);
		const missing = await runOnSite('Get-CMComponentStatusMessage -Severity Error', shell);
		assert.match(missing.stderr, /missing mandatory parameters: StartTime/);
	});

	it('Get-CMSiteStatusMessage: every filter optional and multi-valued, or as -FilterHashtable', async () => {
		const shell = newShell();
		await runOnSite('Set-SimNetwork -Block go.microsoft.com; Step-SimClock 2d', shell);
		const [m] = await objects('Get-CMSiteStatusMessage -MessageId 11488 | Select-Object -First 1', shell);
		assert.equal(m!.typeName, 'IResultObject#SMS_StatusMessage');
		assert.deepEqual(['MessageID', 'Component', 'ModuleName', 'SiteCode', 'MachineName', 'Severity', 'MessageType'].map((n) => m!.get(n)),
			[11488, 'SMS_SERVICE_CONNECTOR', 'SMS Server', 'PS1', 'CM01.contoso.com', -1073741824, 256]);
		const r = await runOnSite([
			'$a = @(Get-CMSiteStatusMessage -Component SMS_SERVICE_* -Severity Error, Warning).Count',
			'$b = @(Get-CMSiteStatusMessage -FilterHashtable @{Component = "SMS_SERVICE_*"; Severity = "Error", "Warning"}).Count',
			'$a -gt 0; $a -eq $b',
			'@(Get-CMSiteStatusMessage -SiteCode XYZ).Count',
			'@(Get-CMSiteStatusMessage -StartDateTime (Get-Date).AddMinutes(1)).Count',
		].join('\n'), shell);
		assert.deepEqual(lines(r.stdout), ['True', 'True', '0', '0']);
		const bad = await runOnSite('Get-CMSiteStatusMessage -FilterHashtable @{Colour = "red"}', shell);
		assert.match(bad.stderr, /The FilterHashtable key 'Colour' is not valid\./);
	});
});

describe('maintenance tasks', () => {
	it('Get-CMSiteMaintenanceTask: the backup task as SMS_SCI_SQLTask, by any of its names and aliases', async () => {
		const [t] = await objects('Get-CMSiteMaintenanceTask');
		assert.equal(t!.typeName, 'IResultObject#SMS_SCI_SQLTask');
		assert.deepEqual(['TaskName', 'ItemName', 'Enabled', 'DaysOfWeek', 'BeginTime', 'LatestBeginTime', 'SiteCode', 'DisplayName'].map((n) => t!.get(n)),
			['Backup SMS Site Server', 'Backup SMS Site Server', false, 127, '00000000020000.000000+***', '00000000050000.000000+***', 'PS1', 'Backup Site Server']);
		for (const call of ['-Name "Backup SMS Site Server"', '-TaskName "Backup Site Server"', '-ItemName Backup*', '-MaintenanceTaskName "backup sms site server"']) {
			const r = await runOnSite(`@(Get-CMSiteMaintenanceTask ${call}).Count`);
			assert.equal(r.stdout.trim(), '1', call);
		}
		const none = await runOnSite('@(Get-CMSiteMaintenanceTask -Name "Rebuild Indexes").Count');
		assert.equal(none.stdout.trim(), '0');
	});

	it('at a CAS the backup is on; secondary sites have none', async () => {
		const shell = newShell('hierarchy');
		const r = await runOnSite('(Get-CMSiteMaintenanceTask -SiteCode CAS).Enabled; (Get-CMSiteMaintenanceTask -SiteCode PS1).Enabled; @(Get-CMSiteMaintenanceTask -SiteCode SS1).Count', shell);
		assert.deepEqual(lines(r.stdout), ['True', 'False', '0']);
	});

	it('Set-CMSiteMaintenanceTask by -Name, -MaintenanceTask and the pipeline', async () => {
		const shell = newShell();
		await runOnSite('Set-CMSiteMaintenanceTask -Name "Backup SMS Site Server" -Enabled $true -DaysOfWeek Monday, Thursday -BeginTime "03:30"', shell);
		let t = shell.site.getMaintenanceTasks()[0]!;
		assert.deepEqual([t.Enabled, t.DaysOfWeek, t.BeginTime], [true, ['Monday', 'Thursday'], '03:30']);
		await runOnSite('Set-CMSiteMaintenanceTask -MaintenanceTask BackupSiteServer -Enabled $false', shell);
		assert.equal(shell.site.getMaintenanceTasks()[0]!.Enabled, false);
		const r = await runOnSite('Get-CMSiteMaintenanceTask | Set-CMSiteMaintenanceTask -Enabled $true -PassThru | ForEach-Object { "$($_.Enabled) $($_.DaysOfWeek)" }', shell);
		assert.equal(r.stdout.trim(), 'True 18');
		t = shell.site.getMaintenanceTasks()[0]!;
		assert.ok(t.NextRun !== null);
	});

	it('an enabled backup restarts SMS_EXECUTIVE and applies a pending SCP mode', async () => {
		const shell = newShell();
		await runOnSite('Set-CMServiceConnectionPoint CM01.contoso.com -Mode Offline -WarningAction SilentlyContinue\nSet-CMSiteMaintenanceTask -Name "Backup SMS Site Server" -Enabled $true\nStep-SimClock 2d', shell);
		assert.equal(shell.site.getScpStatus()!.EffectiveMode, 'Offline');
		const r = await runOnSite('@(Get-CMSiteStatusMessage -MessageId 5035).Count -gt 0', shell);
		assert.equal(r.stdout.trim(), 'True');
	});

	it('refuses tasks that are not simulated and bad values, changing nothing', async () => {
		const other = await unchanged('Set-CMSiteMaintenanceTask -MaintenanceTask RebuildIndexes -Enabled $true');
		assert.match(other.stderr, /The maintenance task 'RebuildIndexes' is not simulated/);
		const summary = await unchanged('Set-CMSiteMaintenanceTask -SummaryTask UpdateApplicationCatalogTables -RunNow');
		assert.match(summary.stderr, /'UpdateApplicationCatalogTables' is not simulated/);
		const name = await unchanged('Set-CMSiteMaintenanceTask -Name "Delete Aged Discovery Data" -Enabled $true');
		assert.match(name.stderr, /not found/);
		const day = await unchanged('Set-CMSiteMaintenanceTask -Name "Backup SMS Site Server" -DaysOfWeek Funday');
		assert.match(day.stderr, /The argument "Funday" does not belong to the set "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday"/);
		const secondary = await unchanged('Set-CMSiteMaintenanceTask -Name "Backup SMS Site Server" -SiteCode SS1 -Enabled $true', newShell('hierarchy'));
		assert.match(secondary.stderr, /Secondary sites have no site backup task/);
		const none = await unchanged('Set-CMSiteMaintenanceTask -Enabled $true');
		assert.match(none.stderr, /Parameter set cannot be resolved|missing mandatory parameters/);
	});

	it('accepts the settings it does not keep, saying so on the verbose stream', async () => {
		const r = await runOnSite('Set-CMSiteMaintenanceTask -Name "Backup SMS Site Server" -DeviceName "\\\\fs01\\backup" -Verbose');
		assert.match(r.stderr + r.stdout, /VERBOSE: -DeviceName is not simulated; it was not kept\./);
	});
});

describe('Set-CMHierarchySetting', () => {
	it('-TelemetryLevel (alias -DiagnosticLevel) sets the usage data level', async () => {
		const shell = newShell();
		await runOnSite('Set-CMHierarchySetting -TelemetryLevel Basic', shell);
		assert.equal(shell.site.getScpStatus()!.UsageDataLevel, 'Basic');
		const [d] = await objects('Set-CMHierarchySetting -DiagnosticLevel Full -PassThru', shell);
		assert.equal(d!.typeName, 'IResultObject#SMS_SCI_SiteDefinition');
		assert.deepEqual([d!.get('SiteCode'), d!.get('TelemetryLevel'), (d!.get('Props') as PSObject[])[0]!.get('Value')], ['PS1', 'Full', 3]);
	});

	it('refuses a level outside the set, changing nothing; -WhatIf changes nothing', async () => {
		const r = await unchanged('Set-CMHierarchySetting -TelemetryLevel Everything');
		assert.match(r.stderr, /does not belong to the set "Basic,Enhanced,Full"/);
		const w = await unchanged('Set-CMHierarchySetting -TelemetryLevel Basic -WhatIf');
		assert.match(w.stdout, /What if: Performing the operation "Set-CMHierarchySetting" on target "Hierarchy settings \(site PS1\)"\./);
	});
});
