// The newcomer's story of issue 3, end to end through the built launcher: change the mode, see it pending,
// restart SMS_DMP_DOWNLOADER and see it apply, watch the 24-hour checks, break the network and see the status go
// critical. One script, run with `scpsh -NonInteractive -Ephemeral -File`, as a runbook author runs it in CI.
// Needs `npm run build` first (npm test builds before testing).

import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {execa} from 'execa';

const LAUNCHER = join(import.meta.dirname, '../../dist/scpsh.js');

const STORY = `
# 1. The service connection point as setup leaves it: online, and nothing pending.
Get-ScpStatus | Format-List SiteCode, ServerName, Mode, EffectiveMode, RestartRequired

# 2. Change the mode: it is recorded at once, but SMS_DMP_DOWNLOADER still runs online.
Set-ScpMode -Mode Offline
$s = Get-ScpStatus
"pending: Mode=$($s.Mode) EffectiveMode=$($s.EffectiveMode) RestartRequired=$($s.RestartRequired)"

# Restarting another component does not apply it.
Restart-Component -Name SMS_DMP_UPLOADER
"after SMS_DMP_UPLOADER: EffectiveMode=$((Get-ScpStatus).EffectiveMode)"

# 3. Restart SMS_DMP_DOWNLOADER, as in the Service Manager: the change applies.
Restart-Component -Name SMS_DMP_DOWNLOADER
$s = Get-ScpStatus
"applied: Mode=$($s.Mode) EffectiveMode=$($s.EffectiveMode) RestartRequired=$($s.RestartRequired)"
try { Invoke-ScpUpdateCheck -ErrorAction Stop } catch { "offline refuses the check: $($_.FullyQualifiedErrorId)" }

# 4. Back online, this time by restarting SMS_EXECUTIVE (most components restart with it).
Set-ScpMode -Mode Online -WarningAction SilentlyContinue
Restart-Component -Name SMS_EXECUTIVE
"executive restart: EffectiveMode=$((Get-ScpStatus).EffectiveMode) running=$((Get-Component -SiteCode PS1 | Where-Object { $_.State -eq 'Running' }).Count)/$((Get-Component -SiteCode PS1).Count)"

# 5. Watch the 24-hour checks.
foreach ($day in 1..3) {
    Step-SimClock -Duration 24h
    $s = Get-ScpStatus
    "day $($day): last check $($s.LastUpdateCheck.ToString('yyyy-MM-dd HH:mm')), next $($s.NextUpdateCheck.ToString('yyyy-MM-dd HH:mm')), $($s.LastUpdateCheckResult)"
}
Get-ScpUpdate | Format-Table Name, State, PercentComplete

# 6. Break the network: the next check fails, 11488 is written and SMS_SERVICE_CONNECTOR goes critical.
Set-SimNetwork -Block go.microsoft.com
Test-ScpConnectivity | Where-Object { -not $_.Reachable } | Format-Table Endpoint, Port, Reachable
Step-SimClock -Duration 24h
"check result: $((Get-ScpStatus).LastUpdateCheckResult)"
Get-StatusMessage -Component SMS_SERVICE_CONNECTOR -MessageId 11488 | Select-Object -Last 1 | Format-List Component, Severity, MessageId, Description
Get-Component -Name SMS_SERVICE_CONNECTOR | Format-Table Name, State, Status
Get-SiteLog -Name dmpdownloader.log -Tail 3
`;

let dir = '';
let script = '';

before(() => {
	assert.ok(existsSync(LAUNCHER), 'build first: npm run build');
	dir = mkdtempSync(join(tmpdir(), 'scpsh-story-'));
	script = join(dir, 'seed-story.ps1');
	writeFileSync(script, STORY);
});
after(() => rmSync(dir, {recursive: true, force: true}));

const runStory = () => execa('node', [LAUNCHER, '-NonInteractive', '-Ephemeral', '-File', script], {reject: false, env: {NO_COLOR: '1'}});

describe('the seed story, through the built launcher', () => {
	it('walks the whole story and the output proves each step', async () => {
		const r = await runStory();
		assert.equal(r.exitCode, 0, r.stderr);
		const out = r.stdout;
		// 1
		assert.match(out, /SiteCode\s+: PS1/);
		assert.match(out, /ServerName\s+: CM01\.contoso\.com/);
		assert.match(out, /EffectiveMode\s+: Online/);
		assert.match(out, /RestartRequired\s+: False/);
		// 2: pending, with the warning on the warning stream naming the three ways
		assert.match(out, /^pending: Mode=Offline EffectiveMode=Online RestartRequired=True$/m);
		assert.match(r.stderr, /WARNING: .*takes effect when SMS_DMP_DOWNLOADER next starts: restart that thread \(Restart-Component -Name SMS_DMP_DOWNLOADER\), restart the SMS_EXECUTIVE service .*site backup/);
		assert.match(out, /^after SMS_DMP_UPLOADER: EffectiveMode=Online$/m);
		// 3
		assert.match(out, /^applied: Mode=Offline EffectiveMode=Offline RestartRequired=False$/m);
		assert.match(out, /^offline refuses the check: ScpOfflineRefused,Invoke-ScpUpdateCheck$/m);
		// 4
		assert.match(out, /^executive restart: EffectiveMode=Online running=(\d+)\/\1$/m);
		// 5: a check every 24 simulated hours, and the hotfix rollup found and downloaded
		const days = [...out.matchAll(/^day (\d): last check (\S+ \S+), next (\S+ \S+), (\w+)$/gm)];
		assert.equal(days.length, 3);
		for (const d of days) {
			assert.equal(d[4], 'Succeeded');
			assert.equal(Date.parse(`${d[3]!.replace(' ', 'T')}Z`) - Date.parse(`${d[2]!.replace(' ', 'T')}Z`), 24 * 3600_000);
		}
		assert.equal(Date.parse(`${days[2]![2]!.replace(' ', 'T')}Z`) - Date.parse(`${days[0]![2]!.replace(' ', 'T')}Z`), 2 * 24 * 3600_000);
		assert.match(out, /Configuration Manager 2409 Hotfix Rollup \(KB30385346\)\s+Ready to install\s+100/);
		// 6: the network breaks
		assert.match(out, /^go\.microsoft\.com\s+443 False$/m);
		assert.match(out, /^check result: Failed$/m);
		assert.match(out, /Component\s+: SMS_SERVICE_CONNECTOR/);
		assert.match(out, /Severity\s+: Error/);
		assert.match(out, /MessageId\s+: 11488/);
		assert.match(out, /^SMS_SERVICE_CONNECTOR\s+Running\s+Critical$/m);
		assert.match(out, /ERROR: Failed to download ConfigMgr\.Update\.Manifest\.cab from go\.microsoft\.com: .*\$\$<SMS_DMP_DOWNLOADER><\d\d-\d\d-\d{4} \d\d:\d\d:\d\d\.\d{3}\+000><thread=\d+ \(0x[0-9A-F]+\)>/);
	});

	it('gives byte-identical output on every run', async () => {
		const [a, b] = await Promise.all([runStory(), runStory()]);
		assert.equal(a.stdout, b.stdout);
		assert.equal(a.stderr, b.stderr);
	});
});
