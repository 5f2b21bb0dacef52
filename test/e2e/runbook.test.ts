// Walkthrough 2: a runbook author tests a real ConfigMgr script in CI. The console's connection preamble,
// Set-CMServiceConnectionPoint and Get-CMSiteComponent run unchanged through the BUILT launcher
// (`scpsh -NonInteractive -Scenario default -Ephemeral -File <script>`); the same script gives the same bytes
// every run; a parameter-name typo fails the run with pwsh's message and exit code 1.

import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {scpsh, tempConfigHome} from '../cli/launcher-helper.ts';

const PREAMBLE = `# Site configuration
$SiteCode = "PS1" # Site code
$ProviderMachineName = "CM01.contoso.com" # SMS Provider machine name

# Customizations
$initParams = @{}
#$initParams.Add("Verbose", $true) # Uncomment this line to enable verbose logging
#$initParams.Add("ErrorAction", "Stop") # Uncomment this line to stop the script on any errors

# Do not change anything below this line

# Import the ConfigurationManager.psd1 module
if((Get-Module ConfigurationManager) -eq $null) {
    Import-Module "$($ENV:SMS_ADMIN_UI_PATH)\\..\\ConfigurationManager.psd1" @initParams
}

# Connect to the site's drive if it is not already present
if((Get-PSDrive -Name $SiteCode -PSProvider CMSite -ErrorAction SilentlyContinue) -eq $null) {
    New-PSDrive -Name $SiteCode -PSProvider CMSite -Root $ProviderMachineName @initParams
}

# Set the current location to be the site code.
Set-Location "$($SiteCode):\\" @initParams
`;

const RUNBOOK = `# switch-offline.ps1: put the service connection point in offline mode and apply it.
$ErrorActionPreference = 'Stop'
${PREAMBLE}
Set-CMServiceConnectionPoint -SiteSystemServerName CM01.contoso.com -Mode Offline
Get-CMSiteComponent | Where-Object ComponentName -like 'SMS_DMP_*' | Select-Object ComponentName, State, Status

# The mode applies when SMS_DMP_DOWNLOADER next starts.
Restart-Component -Name SMS_DMP_DOWNLOADER
$scp = Get-CMServiceConnectionPoint -SiteSystemServerName CM01.contoso.com
"Mode: $($scp.Mode); effective: $($scp.EffectiveMode); OfflineMode: $($scp.Props[0].Value)"
Get-CMSiteComponent -ComponentName SMS_DMP_DOWNLOADER | Select-Object ComponentName, State
"Finished at $(Get-Date -Format o)"
`;

const {home} = tempConfigHome();
const dir = mkdtempSync(join(tmpdir(), 'scpsh-runbook-'));
const file = (name: string, text: string): string => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};
const runFile = (path: string) => scpsh(['-NonInteractive', '-Scenario', 'default', '-Ephemeral', '-File', path], {home, cwd: dir});

describe('runbook: a ConfigMgr script in CI', () => {
	it('runs the console preamble and the CM cmdlets unchanged, exit code 0', async () => {
		const r = await runFile(file('switch-offline.ps1', RUNBOOK));
		assert.equal(r.exitCode, 0, r.stderr);
		const out = r.stdout.split('\n').map((l) => l.trimEnd());
		assert.ok(out.includes('ComponentName      State   Status'), r.stdout);
		assert.ok(out.includes('SMS_DMP_DOWNLOADER Running OK'), r.stdout);
		assert.ok(out.includes('SMS_DMP_UPLOADER   Running OK'), r.stdout);
		assert.ok(out.includes('Mode: Offline; effective: Offline; OfflineMode: 1'), r.stdout);
		assert.match(r.stdout, /^Finished at 2025-\d\d-\d\dT\d\d:\d\d:\d\d\.0000000\+00:00$/m);
		// The pending-mode warning is the only thing on stderr.
		assert.match(r.stderr, /^WARNING: The service connection point on CM01\.contoso\.com is configured for Offline mode but SMS_DMP_DOWNLOADER still runs in Online mode\./);
		assert.doesNotMatch(r.stderr, /Line \|/);
	});

	it('gives byte-identical output on every run', async () => {
		const path = file('switch-offline-twice.ps1', RUNBOOK);
		const first = await runFile(path);
		const second = await runFile(path);
		assert.equal(first.exitCode, 0);
		assert.equal(second.stdout, first.stdout);
		assert.equal(second.stderr, first.stderr);
	});

	it('a typo in a parameter name fails the run with pwsh\'s message and exit code 1', async () => {
		const typo = RUNBOOK.replace('-SiteSystemServerName CM01.contoso.com -Mode Offline', '-SiteSytemServerName CM01.contoso.com -Mode Offline');
		const r = await runFile(file('typo.ps1', typo));
		assert.equal(r.exitCode, 1);
		assert.match(r.stderr, /^Set-CMServiceConnectionPoint: .*typo\.ps1:\d+$/m);
		assert.match(r.stderr, /A parameter cannot be found that matches parameter name 'SiteSytemServerName'\./);
		// The script stopped there: nothing of what follows ran.
		assert.doesNotMatch(r.stdout, /Mode: /);
	});

	it('a wrong mode value fails with pwsh\'s ValidateSet message', async () => {
		const r = await runFile(file('bad-mode.ps1', RUNBOOK.replace('-Mode Offline', '-Mode Ofline')));
		assert.equal(r.exitCode, 1);
		assert.match(r.stderr, /Cannot validate argument on parameter 'Mode'\. The argument "Ofline" does not belong to the set "Online,Offline" specified by the ValidateSet attribute\./);
	});
});
