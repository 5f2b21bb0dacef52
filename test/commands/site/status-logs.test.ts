// Get-StatusMessage and Get-SiteLog: filters, the SMS trace format, -Tail, and -Wait's rule (follow for
// -Timeout of simulated time in a script; one hour by default).

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const lines = (text: string) => text.trim().split('\n');
const TRACE = /^.+ {2}\$\$<[A-Z_]+><\d\d-\d\d-\d{4} \d\d:\d\d:\d\d\.\d{3}\+000><thread=(\d+) \(0x([0-9A-F]+)\)>$/;

describe('Get-StatusMessage', () => {
	it('filters by component, severity, id, site and time; -Newest keeps the newest, oldest first', async () => {
		const shell = newShell();
		await runOnSite('Set-SimNetwork -Block go.microsoft.com; Step-SimClock 72h', shell);
		const all = await runOnSite('Get-StatusMessage -Component SMS_SERVICE_CONNECTOR -Severity Error | ForEach-Object { $_.MessageId }', shell);
		const ids = lines(all.stdout);
		assert.ok(ids.includes('11488') && ids.includes('11412'), ids.join(','));
		const newest = await runOnSite('Get-StatusMessage -MessageId 11488 -Newest 2 | ForEach-Object { $_.Time.ToString("yyyy-MM-dd HH:mm") }', shell);
		assert.deepEqual(lines(newest.stdout), ['2025-03-13 01:00', '2025-03-14 01:00']);
		const since = await runOnSite('(Get-StatusMessage -MessageId 11488 -StartTime (Get-Date).AddHours(-24)).Count', shell);
		assert.equal(since.stdout.trim(), '1');
		const wild = await runOnSite('(Get-StatusMessage -Component SMS_SERVICE_* -SiteCode PS1 -Severity All).Count -ge 3', shell);
		assert.equal(wild.stdout.trim(), 'True');
		const type = await runOnSite('Get-StatusMessage -Newest 1 | ForEach-Object { $_.pstypenames[0] }', shell);
		assert.equal(type.stdout.trim(), 'Scpsh.StatusMessage');
	});

	it('rejects a bad severity or count with pwsh\'s validation errors', async () => {
		const shell = newShell();
		const sev = await runOnSite('Get-StatusMessage -Severity Fatal', shell);
		assert.match(sev.stderr, /The argument "Fatal" does not belong to the set "Information,Warning,Error,All"/);
		const n = await runOnSite('Get-StatusMessage -Newest 0', shell);
		assert.match(n.stderr, /The 0 argument is less than the minimum allowed range of 1/);
		const site = await runOnSite('Get-StatusMessage -SiteCode XYZ', shell);
		assert.match(site.stderr, /Site 'XYZ' was not found/);
	});
});

describe('Get-SiteLog', () => {
	it('writes lines in the SMS trace format, oldest first; -Tail keeps the last N', async () => {
		const shell = newShell();
		await runOnSite('Restart-Component SMS_DMP_DOWNLOADER; Invoke-ScpUpdateCheck', shell);
		const r = await runOnSite('Get-SiteLog -Name smsexec.log', shell);
		const log = lines(r.stdout);
		assert.ok(log.length >= 4);
		for (const l of log) {
			const m = TRACE.exec(l);
			assert.ok(m, `trace format: ${l}`);
			assert.equal(Number(m[1]).toString(16).toUpperCase(), m[2]);
		}
		assert.match(log[0]!, /^Stopping component SMS_DMP_DOWNLOADER\.\.\. {2}\$\$<SMS_EXECUTIVE>/);
		const tail = await runOnSite('Get-SiteLog dmpdownloader -Tail 2', shell);
		assert.equal(lines(tail.stdout).length, 2, 'the .log extension may be left out');
		const type = await runOnSite('(Get-SiteLog smsexec.log -Tail 1).GetType().FullName', shell);
		assert.equal(type.stdout.trim(), 'System.String');
	});

	it('reads the SCP logs on the SCP host and others on the site server, or where told', async () => {
		const shell = newShell('remote-scp');
		await runOnSite('Restart-Component SMS_EXECUTIVE -ServerName SCP01.contoso.com', shell);
		const scp = await runOnSite('Get-SiteLog dmpdownloader.log -Tail 1', shell);
		assert.match(scp.stdout, /\$\$<SMS_DMP_DOWNLOADER>/);
		const exec = await runOnSite('(Get-SiteLog smsexec.log -ServerName SCP01.contoso.com).Count -gt 0; (Get-SiteLog smsexec.log).Count', shell);
		assert.deepEqual(lines(exec.stdout), ['True', '0']);
	});

	it('an unknown log is an error that lists the logs and suggests near names', async () => {
		const shell = newShell();
		const r = await runOnSite('Get-SiteLog dmpdownloder.log', shell);
		assert.match(r.stderr, /Log file 'dmpdownloder\.log' was not found\. Did you mean: dmpdownloader\.log/);
		assert.match(r.stderr, /Logs: dmpdownloader\.log, dmpuploader\.log/);
	});

	it('-Wait follows the log as simulated time passes, for -Timeout in a script', async () => {
		const shell = newShell();
		const t0 = shell.site.now;
		const r = await runOnSite("Get-SiteLog dmpdownloader.log -Tail 0 -Wait -Timeout 06:00:00", shell);
		assert.equal(shell.site.now - t0, 6 * 3600_000, 'the clock moved by the timeout');
		const log = lines(r.stdout);
		assert.match(log[0]!, /^Checking for updates for site version 5\.00\.9132\.1000/);
		assert.ok(log.some((l) => /Payload of Configuration Manager 2409 Hotfix Rollup \(KB30385346\) downloaded/.test(l)), 'the download over time');
		assert.deepEqual(log, lines((await runOnSite('Get-SiteLog dmpdownloader.log', shell)).stdout), 'exactly the lines written meanwhile');
	});

	it('-Wait without -Timeout follows one hour in a script and then returns', async () => {
		const shell = newShell();
		const t0 = shell.site.now;
		const r = await runOnSite('Get-SiteLog smsexec.log -Wait', shell);
		assert.equal(shell.site.now - t0, 3600_000);
		assert.equal(r.stderr, '');
	});

	it('-Timeout takes short forms and TimeSpan text; a bare number or bad text is refused, changing nothing', async () => {
		const shell = newShell();
		const before = JSON.stringify(shell.site.toJSON());
		const r = await runOnSite('Get-SiteLog dmpdownloader.log -Wait -Timeout 5', shell);
		assert.match(r.stderr, /Cannot validate argument on parameter 'Timeout'\. Cannot convert '5' to a duration: a bare number has no unit/);
		const bad = await runOnSite('Get-SiteLog dmpdownloader.log -Wait -Timeout soon', shell);
		assert.match(bad.stderr, /Cannot convert 'soon' to a duration/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
		const t0 = shell.site.now;
		const day = await runOnSite('Get-SiteLog dmpdownloader.log -Tail 0 -Wait -Timeout 1d', shell);
		assert.equal(day.stderr, '');
		assert.equal(shell.site.now - t0, 24 * 3600_000, '1d is a day, not the number 1');
		const span = await runOnSite("Get-SiteLog dmpdownloader.log -Tail 0 -Wait -Timeout ([timespan]'00:30:00')", shell);
		assert.equal(span.stderr, '');
		assert.equal(shell.site.now - t0, 24.5 * 3600_000);
	});
});
