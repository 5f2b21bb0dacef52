// What the console's connection preamble needs: Import-Module and Get-Module, the CMSite drive (Get-PSDrive,
// New-PSDrive) and the location (Set-Location, Get-Location), and the rule that the module's cmdlets run only
// from a site drive.

import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {PSObject} from '../../../src/engine/values.ts';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const lines = (text: string) => text.trim().split('\n').map((l) => l.trimEnd());

const PREAMBLE = `# Site configuration
$SiteCode = "PS1" # Site code
$ProviderMachineName = "CM01.contoso.com" # SMS Provider machine name

# Customizations
$initParams = @{}
#$initParams.Add("Verbose", $true) # Uncomment this line to enable verbose logging
#$initParams.Add("ErrorAction", "Stop") # Uncomment this line to stop the script on any errors

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

describe('the console\'s connection preamble', () => {
	it('runs unchanged, writes nothing and leaves the prompt on PS1:\\', async () => {
		const shell = newShell();
		const r = await runOnSite(PREAMBLE, shell);
		assert.equal(r.stdout, '');
		assert.equal(r.stderr, '');
		assert.equal(shell.rt.location, 'PS1:\\');
	});

	it('runs from a folder location and brings the prompt back to the site', async () => {
		const shell = newShell();
		await runOnSite('Set-Location /', shell);
		assert.equal(shell.rt.location, '/');
		const r = await runOnSite(`${PREAMBLE}\n(Get-CMSite).SiteCode`, shell);
		assert.equal(r.stdout.trim(), 'PS1');
		assert.equal(shell.rt.location, 'PS1:\\');
	});
});

describe('Import-Module / Get-Module', () => {
	it('ConfigurationManager is loaded from the start and answers by name or by any ...ConfigurationManager.psd1 path', async () => {
		const r = await runOnSite([
			'(Get-Module ConfigurationManager).Name',
			'Import-Module ConfigurationManager',
			'Import-Module "\\..\\ConfigurationManager.psd1" -PassThru | ForEach-Object Name',
			'Import-Module "C:\\Program Files (x86)\\Microsoft Configuration Manager\\AdminConsole\\bin\\ConfigurationManager.psd1" -Force -PassThru | ForEach-Object ModuleType',
			'ipmo configurationmanager -PassThru | ForEach-Object Name',
		].join('\n'));
		assert.deepEqual(lines(r.stdout), ['ConfigurationManager', 'ConfigurationManager', 'Manifest', 'ConfigurationManager']);
		assert.equal(r.stderr, '');
	});

	it('other modules are not found, with pwsh\'s message; pwsh\'s own load silently', async () => {
		const r = await runOnSite('Import-Module SqlServer');
		assert.match(r.stderr, /^Import-Module:/m);
		assert.match(r.stderr, /The specified module 'SqlServer' was not loaded because no valid module file was found in any module directory\./);
		const e = await runOnSite('try { Import-Module .\\Nope.psd1 -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId }');
		assert.deepEqual(lines(e.stdout), ['ResourceUnavailable', 'Modules_ModuleNotFound,Import-Module']);
		const ok = await runOnSite('Import-Module Microsoft.PowerShell.Utility; Import-Module Microsoft.PowerShell.Management');
		assert.equal(ok.stderr, '');
	});

	it('Get-Module lists PSModuleInfo objects; an unknown name returns nothing without an error', async () => {
		const shell = newShell();
		const mods = (await shell.rt.runText('Get-Module')) as PSObject[];
		assert.deepEqual(mods.map((m) => m.get('Name')), ['ConfigurationManager', 'Microsoft.PowerShell.Management', 'Microsoft.PowerShell.Utility', 'Scpsh.Simulation', 'Scpsh.Site']);
		assert.ok(mods.every((m) => m.typeName === 'System.Management.Automation.PSModuleInfo'));
		const cm = mods[0]!.get('ExportedCommands') as string[];
		assert.ok(cm.includes('Get-CMServiceConnectionPoint') && cm.includes('Set-CMHierarchySetting') && cm.every((n) => /-CM/.test(n)));
		const r = await runOnSite('(Get-Module Nope) -eq $null; @(Get-Module -ListAvailable Config*).Count; (Get-Module Scpsh.Simulation).ExportedCommands -contains "Step-SimClock"', shell);
		assert.deepEqual(lines(r.stdout), ['True', '1', 'True']);
		assert.equal(r.stderr, '');
	});

	it('Get-Module shows the pwsh table', async () => {
		const r = await runOnSite('Get-Module ConfigurationManager');
		assert.match(lines(r.stdout)[0]!, /^ModuleType Version +PreRelease Name +ExportedCommands$/);
	});
});

describe('Get-PSDrive / New-PSDrive', () => {
	it('lists the shell\'s drives and the site\'s CMSite drive', async () => {
		const shell = newShell();
		const drives = (await shell.rt.runText('Get-PSDrive')) as PSObject[];
		assert.deepEqual(drives.map((d) => d.get('Name')), ['/', 'Alias', 'Env', 'Function', 'PS1', 'Temp', 'Variable']);
		const r = await runOnSite('$d = Get-PSDrive PS1; "$($d.Name) $($d.Provider) $($d.Root)"; "$d"; @(Get-PSDrive -PSProvider CMSite).Count; (Get-PSDrive -PSProvider FileSystem).Name', shell);
		assert.deepEqual(lines(r.stdout), ['PS1 CMSite CM01.contoso.com', 'PS1', '1', '/', 'Temp']);
		const table = await runOnSite('Get-PSDrive PS1', shell);
		assert.match(lines(table.stdout)[0]!, /^Name +Used \(GB\) +Free \(GB\) +Provider +Root +CurrentLocation$/);
	});

	it('a drive that does not exist is a non-terminating error; -ErrorAction SilentlyContinue hides it', async () => {
		const r = await runOnSite('Get-PSDrive -Name PS9 -PSProvider CMSite');
		assert.match(r.stderr, /Cannot find drive\. A drive with the name 'PS9' does not exist\./);
		const quiet = await runOnSite('(Get-PSDrive -Name PS9 -ErrorAction SilentlyContinue) -eq $null; @(Get-PSDrive P*).Count');
		assert.deepEqual(lines(quiet.stdout), ['True', '1']);
		assert.equal(quiet.stderr, '');
		const provider = await runOnSite('Get-PSDrive -PSProvider Registry');
		assert.match(provider.stderr, /Cannot find a provider with the name 'Registry'\./);
	});

	it('New-PSDrive connects to another site of the hierarchy', async () => {
		const shell = newShell('hierarchy');
		const r = await runOnSite('New-PSDrive -Name PS2 -PSProvider CMSite -Root CM02.contoso.com | ForEach-Object { "$($_.Name) $($_.Root)" }\n(Get-PSDrive -PSProvider CMSite).Name\nSet-Location PS2:\n(Get-CMSiteSystemServer).ServerName', shell);
		assert.deepEqual(lines(r.stdout), ['PS2 CM02.contoso.com', 'CAS', 'PS2', 'CM02.contoso.com']);
		assert.equal(shell.rt.location, 'PS2:\\');
	});

	it('refuses drives that exist, other providers, unknown servers and names that are not the server\'s site', async () => {
		const shell = newShell('hierarchy');
		await runOnSite('New-PSDrive PS1 CMSite CM01.contoso.com', shell);
		const exists = await runOnSite('New-PSDrive PS1 CMSite CM01.contoso.com', shell);
		assert.match(exists.stderr, /A drive with the name 'PS1' already exists\./);
		const quiet = await runOnSite('New-PSDrive PS1 CMSite CM01.contoso.com -ErrorAction SilentlyContinue', shell);
		assert.equal(quiet.stderr, '');
		const fs = await runOnSite('New-PSDrive -Name X -PSProvider FileSystem -Root /tmp', shell);
		assert.match(fs.stderr, /scpsh creates drives of the CMSite provider only/);
		const prov = await runOnSite('New-PSDrive -Name X -PSProvider Registry -Root HKLM:', shell);
		assert.match(prov.stderr, /Cannot find a provider with the name 'Registry'\./);
		const server = await runOnSite('New-PSDrive -Name PS2 -PSProvider CMSite -Root CM03.contoso.com', shell);
		assert.match(server.stderr, /Cannot connect to the SMS Provider on 'CM03\.contoso\.com': it is not a site server of this hierarchy\. Did you mean: CM01\.contoso\.com, CM02\.contoso\.com/);
		const name = await runOnSite('New-PSDrive -Name XYZ -PSProvider CMSite -Root CM02.contoso.com', shell);
		assert.match(name.stderr, /serves site PS2; name the drive after its site code \(-Name PS2\)/);
		const list = await runOnSite('(Get-PSDrive -PSProvider CMSite).Name', shell);
		assert.deepEqual(lines(list.stdout), ['CAS', 'PS1']);
	});
});

describe('Set-Location / Get-Location', () => {
	it('goes to a site drive written any way the console writes it; aliases cd, sl, chdir', async () => {
		const shell = newShell('hierarchy');
		await runOnSite('New-PSDrive PS1 CMSite CM01.contoso.com', shell);
		for (const call of ['Set-Location CAS:', 'cd "PS1:\\"', 'sl cas:/', 'chdir -Path PS1:', 'Set-Location -LiteralPath CAS:\\']) {
			await runOnSite(call, shell);
			assert.match(shell.rt.location, /^(CAS|PS1):\\$/, call);
		}
		assert.equal(shell.rt.location, 'CAS:\\');
		const r = await runOnSite('Get-Location; (pwd).Path; (gl).Provider; Set-Location PS1: -PassThru | ForEach-Object Path', shell);
		assert.deepEqual(lines(r.stdout), ['Path', '----', 'CAS:\\', 'CAS:\\', 'CMSite', 'PS1:\\']);
	});

	it('goes to folders; relative paths start from the folder location; - goes back', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'scpsh-loc-'));
		const shell = newShell();
		const r = await runOnSite(`Set-Location "${dir}"\n(Get-Location).Path\nSet-Location ..\n(Get-Location).Path\nSet-Location -\n(Get-Location).Path\nSet-Location PS1:\nSet-Location -\n(Get-Location).Path`, shell);
		assert.deepEqual(lines(r.stdout), [dir, tmpdir(), dir, dir]);
		const home = await runOnSite('Set-Location; (Get-Location).Path; Set-Location ~; (Get-Location).Path; Set-Location Temp:; (Get-Location).Path', shell);
		assert.deepEqual(lines(home.stdout), [process.env.HOME, process.env.HOME, tmpdir()]);
	});

	it('within a site drive, only its root exists', async () => {
		const shell = newShell();
		const r = await runOnSite('Set-Location ..; (Get-Location).Path; Set-Location \\; (Get-Location).Path; Set-Location DeviceCollection', shell);
		assert.deepEqual(lines(r.stdout), ['PS1:\\', 'PS1:\\']);
		assert.match(r.stderr, /Cannot find path 'PS1:\\DeviceCollection' because it does not exist\./);
	});

	it('unknown drives and missing folders: pwsh\'s non-terminating errors', async () => {
		const shell = newShell();
		const drive = await runOnSite('Set-Location PS9:', shell);
		assert.match(drive.stderr, /Cannot find drive\. A drive with the name 'PS9' does not exist\./);
		const windows = await runOnSite('Set-Location D:\\USB', shell);
		assert.match(windows.stderr, /Cannot find drive\. A drive with the name 'D' does not exist\./);
		const folder = await runOnSite('Set-Location /no/such/folder', shell);
		assert.match(folder.stderr, /Cannot find path '\/no\/such\/folder' because it does not exist\./);
		const quiet = await runOnSite('Set-Location PS9: -ErrorAction SilentlyContinue; $?', shell);
		assert.equal(quiet.stdout.trim(), 'False');
		assert.equal(quiet.stderr, '');
		assert.equal(shell.rt.location, 'PS1:\\');
	});

	it('the module\'s cmdlets refuse to run away from a site drive', async () => {
		const shell = newShell();
		const r = await runOnSite('Set-Location Env:; Get-CMSite; Set-Location /; Set-CMServiceConnectionPoint CM01.contoso.com -Mode Offline', shell);
		assert.equal(r.stderr.match(/This command cannot be run from the current drive\. To run this command you must first connect to a Configuration Manager drive\./g)?.length, 2);
		assert.equal(shell.site.getScpStatus()!.Mode, 'Online');
		const e = await runOnSite('try { Get-CMSite -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }', shell);
		assert.equal(e.stdout.trim(), 'NotConnectedToSiteDrive,Get-CMSite');
	});
});
