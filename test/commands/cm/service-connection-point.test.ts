// Get-, Set-, Add- and Remove-CMServiceConnectionPoint: the real module's parameter names, aliases, sets and
// pipeline binding over the simulated site, the SMS_SCI_SysResUse objects they return, and the seed's rules.
// Every refusal leaves the site exactly as it was.

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
const mode = (shell: ReturnType<typeof newShell>) => {
	const s = shell.site.getScpStatus();
	return s ? `${s.Mode}/${s.EffectiveMode}` : 'none';
};

describe('Get-CMServiceConnectionPoint', () => {
	it('returns the role as IResultObject#SMS_SCI_SysResUse with the real properties', async () => {
		const shell = newShell();
		const [scp] = await shell.rt.runText('Get-CMServiceConnectionPoint');
		assert.ok(scp instanceof PSObject);
		assert.equal(scp.typeName, 'IResultObject#SMS_SCI_SysResUse');
		assert.equal(scp.get('RoleName'), 'SMS Dmp Connector');
		assert.equal(scp.get('NetworkOSPath'), '\\\\CM01.contoso.com');
		assert.equal(scp.get('SiteCode'), 'PS1');
		assert.equal(scp.get('NALPath'), '["Display=\\\\CM01.contoso.com\\"]MSWNET:["SMS_SITE=PS1"]\\\\CM01.contoso.com\\');
		assert.equal(scp.get('ItemName'), `${scp.get('NALPath')},SMS Dmp Connector`);
		const props = scp.get('Props') as PSObject[];
		assert.equal(props.length, 1);
		assert.equal(props[0]!.get('PropertyName'), 'OfflineMode');
		assert.equal(props[0]!.get('Value'), 0);
		assert.deepEqual(['ServerName', 'Mode', 'EffectiveMode', 'RestartRequired'].map((n) => scp.get(n)), ['CM01.contoso.com', 'Online', 'Online', false]);
	});

	it('displays as a list of all its properties', async () => {
		const r = await runOnSite('Get-CMServiceConnectionPoint');
		assert.match(r.stdout, /^RoleName +: SMS Dmp Connector$/m);
		assert.match(r.stdout, /^Props +: \{OfflineMode\}$/m);
	});

	it('finds by -SiteSystemServerName and its aliases -Name and -ServerName, positionally, with wildcards', async () => {
		const shell = newShell();
		for (const call of ['-SiteSystemServerName CM01.contoso.com', '-Name CM01.contoso.com', '-ServerName cm01.CONTOSO.com', 'CM01.contoso.com', 'CM0*', '-SiteCode PS1', '-AllSite', '-AllSites']) {
			const r = await runOnSite(`(Get-CMServiceConnectionPoint ${call}).RoleName`, shell);
			assert.equal(r.stdout.trim(), 'SMS Dmp Connector', call);
		}
	});

	it('returns nothing, without an error, when nothing matches', async () => {
		for (const call of ['CM02.contoso.com', '-SiteCode XYZ', 'CM0? -DisableWildcardHandling']) {
			const r = await runOnSite(`@(Get-CMServiceConnectionPoint ${call}).Count`);
			assert.equal(r.stdout.trim(), '0', call);
			assert.equal(r.stderr, '', call);
		}
	});

	it('searches the drive\'s site unless -SiteCode or -AllSite says otherwise', async () => {
		const shell = newShell('hierarchy');
		const r = await runOnSite('New-PSDrive PS1 CMSite CM01.contoso.com | Out-Null\nSet-Location PS1:\n@(Get-CMServiceConnectionPoint).Count\n(Get-CMServiceConnectionPoint -AllSite).SiteCode\n(Get-CMServiceConnectionPoint -SiteCode CAS).SiteCode', shell);
		assert.deepEqual(lines(r.stdout), ['0', 'CAS', 'CAS']);
	});

	it('takes a site system server object from the pipeline (SearchByValue)', async () => {
		const r = await runOnSite('Get-CMSiteSystemServer | Get-CMServiceConnectionPoint | ForEach-Object RoleName\nGet-CMServiceConnectionPoint -InputObject (Get-CMSiteSystemServer) | ForEach-Object SiteCode');
		assert.deepEqual(lines(r.stdout), ['SMS Dmp Connector', 'PS1']);
	});

	it('refuses a value that is not a result object, and the two wildcard switches together', async () => {
		const r = await runOnSite("'CM01.contoso.com' | Get-CMServiceConnectionPoint -ErrorAction SilentlyContinue; $Error[0].Exception.Message");
		assert.match(r.stdout, /Cannot convert the "CM01\.contoso\.com" value of type "System\.String" to type "Microsoft\.ConfigurationManagement\.ManagementProvider\.IResultObject"/);
		const both = await runOnSite('Get-CMServiceConnectionPoint -DisableWildcardHandling -ForceWildcardHandling');
		assert.match(both.stderr, /DisableWildcardHandling and ForceWildcardHandling cannot be used together/);
	});

	it('runs only from a Configuration Manager drive', async () => {
		const r = await runOnSite('Set-Location /; Get-CMServiceConnectionPoint');
		assert.match(r.stderr, /^Get-CMServiceConnectionPoint:/m);
		assert.match(r.stderr, /This command cannot be run from the current drive\. To run this command you must first connect to a Configuration Manager drive\./);
	});
});

describe('Set-CMServiceConnectionPoint', () => {
	it('sets the mode by name (ByName): recorded at once, applied when SMS_DMP_DOWNLOADER restarts', async () => {
		const shell = newShell();
		const r = await runOnSite('Set-CMServiceConnectionPoint -SiteSystemServerName CM01.contoso.com -Mode Offline', shell);
		assert.equal(r.stdout, '');
		assert.match(r.stderr, /^WARNING: .*takes effect when SMS_DMP_DOWNLOADER next starts/m);
		assert.equal(mode(shell), 'Offline/Online');
		await runOnSite('Restart-Component SMS_DMP_DOWNLOADER', shell);
		assert.equal(mode(shell), 'Offline/Offline');
		const props = await runOnSite('(Get-CMServiceConnectionPoint).Props.Value', shell);
		assert.equal(props.stdout.trim(), '1');
	});

	it('binds -Name, -ServerName and the position to the ByName set; -SiteCode checks the site', async () => {
		for (const call of ['-Name CM01.contoso.com', '-ServerName CM01.contoso.com', 'CM01.contoso.com', 'CM01.contoso.com -SiteCode PS1']) {
			const shell = newShell();
			await runOnSite(`Set-CMServiceConnectionPoint ${call} -Mode Offline -WarningAction SilentlyContinue`, shell);
			assert.equal(mode(shell), 'Offline/Online', call);
		}
	});

	it('takes the role from the pipeline (ByValue, alias -ServiceConnectionPoint); -PassThru writes it', async () => {
		const shell = newShell();
		const r = await runOnSite('Get-CMServiceConnectionPoint | Set-CMServiceConnectionPoint -Mode Offline -PassThru -WarningAction SilentlyContinue | ForEach-Object { "$($_.Mode) $($_.EffectiveMode) $($_.RestartRequired) $($_.Props[0].Value)" }', shell);
		assert.equal(r.stdout.trim(), 'Offline Online True 1');
		const alias = await runOnSite('Set-CMServiceConnectionPoint -ServiceConnectionPoint (Get-CMServiceConnectionPoint) -Mode Online -WarningAction SilentlyContinue; (Get-CMServiceConnectionPoint).Mode', shell);
		assert.equal(alias.stdout.trim(), 'Online');
	});

	it('without -Mode changes nothing', async () => {
		const r = await unchanged('Set-CMServiceConnectionPoint CM01.contoso.com -PassThru | ForEach-Object Mode');
		assert.equal(r.stdout.trim(), 'Online');
	});

	it('refuses bad input with pwsh\'s and the module\'s messages, changing nothing', async () => {
		const set = await unchanged('Set-CMServiceConnectionPoint CM01.contoso.com -Mode Sometimes');
		assert.match(set.stderr, /Cannot validate argument on parameter 'Mode'\. The argument "Sometimes" does not belong to the set "Online,Offline" specified by the ValidateSet attribute/);
		const other = await unchanged('Set-CMServiceConnectionPoint -SiteSystemServerName CM02.contoso.com -Mode Offline');
		assert.match(other.stderr, /No object corresponds to the specified parameters\. There is no service connection point on CM02\.contoso\.com; the hierarchy's service connection point is on CM01\.contoso\.com \(site PS1\)\./);
		const site = await unchanged('Set-CMServiceConnectionPoint CM01.contoso.com -SiteCode PS2 -Mode Offline');
		assert.match(site.stderr, /No object corresponds to the specified parameters\./);
		const typo = await unchanged('Set-CMServiceConnectionPoint -SiteSytemServerName CM01.contoso.com -Mode Offline');
		assert.match(typo.stderr, /A parameter cannot be found that matches parameter name 'SiteSytemServerName'\./);
		const missing = await unchanged('Set-CMServiceConnectionPoint -Mode Offline');
		assert.match(missing.stderr, /missing mandatory parameters: InputObject/);
		const role = await unchanged('Get-CMSiteSystemServer | Set-CMServiceConnectionPoint -Mode Offline');
		assert.match(role.stderr, /is the 'SMS Site System' role, not a service connection point \(SMS Dmp Connector\)/);
	});

	it('offline mode is refused while the role holds an Intune subscription', async () => {
		const shell = newShell('intune');
		const r = await unchanged('Set-CMServiceConnectionPoint CM01.contoso.com -Mode Offline', shell);
		assert.match(r.stderr, /offline mode is not supported with one/);
		const e = await runOnSite('try { Set-CMServiceConnectionPoint CM01.contoso.com -Mode Offline -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }', shell);
		assert.equal(e.stdout.trim(), 'ScpModeRefusedIntune,Set-CMServiceConnectionPoint');
	});

	it('-WhatIf changes nothing', async () => {
		const r = await unchanged('Set-CMServiceConnectionPoint CM01.contoso.com -Mode Offline -WhatIf');
		assert.equal(r.stdout.trim(), 'What if: Performing the operation "Set-CMServiceConnectionPoint" on target "CM01.contoso.com".');
	});
});

describe('Add-CMServiceConnectionPoint / Remove-CMServiceConnectionPoint', () => {
	it('moves the role: remove (with -Force), then add by name with a mandatory -Mode', async () => {
		const shell = newShell();
		await runOnSite('Remove-CMServiceConnectionPoint -SiteSystemServerName CM01.contoso.com -Force', shell);
		assert.equal(mode(shell), 'none');
		const r = await runOnSite('Add-CMServiceConnectionPoint -SiteSystemServerName CM01.contoso.com -SiteCode PS1 -Mode Offline | ForEach-Object { "$($_.RoleName) $($_.Mode)" }', shell);
		assert.equal(r.stdout.trim(), 'SMS Dmp Connector Offline');
		assert.equal(mode(shell), 'Offline/Offline');
	});

	it('adds to a piped site system server (ByValue, alias -SiteServer)', async () => {
		const shell = newShell();
		await runOnSite('Get-CMServiceConnectionPoint | Remove-CMServiceConnectionPoint -Force', shell);
		await runOnSite('Get-CMSiteSystemServer CM01.contoso.com | Add-CMServiceConnectionPoint -Mode Online', shell);
		assert.equal(mode(shell), 'Online/Online');
		await runOnSite('Remove-CMServiceConnectionPoint -ReportingServicePoint (Get-CMServiceConnectionPoint) -Force', shell);
		assert.equal(mode(shell), 'none');
		await runOnSite('Add-CMServiceConnectionPoint -SiteServer (Get-CMSiteSystemServer) -Mode Offline', shell);
		assert.equal(mode(shell), 'Offline/Offline');
	});

	it('a remote server becomes a site system, with the installation-account warning', async () => {
		const shell = newShell();
		await runOnSite('Remove-CMServiceConnectionPoint CM01.contoso.com -Force', shell);
		const r = await runOnSite('Add-CMServiceConnectionPoint SCP01.contoso.com -Mode Online | ForEach-Object NetworkOSPath', shell);
		assert.equal(r.stdout.trim(), '\\\\SCP01.contoso.com');
		assert.match(r.stderr, /WARNING: SCP01\.contoso\.com is remote from the site server CM01\.contoso\.com and has no Site System Installation Account/);
	});

	it('keeps the placement rules: one per hierarchy, top-tier site only; nothing changes', async () => {
		const dup = await unchanged('Add-CMServiceConnectionPoint -SiteSystemServerName CM02.contoso.com -Mode Online');
		assert.match(dup.stderr, /already installed on CM01\.contoso\.com/);
		const shell = newShell('hierarchy');
		await runOnSite('Remove-CMServiceConnectionPoint CAS01.contoso.com -Force', shell);
		const child = await unchanged('Add-CMServiceConnectionPoint CM01.contoso.com -SiteCode PS1 -Mode Online', shell);
		assert.match(child.stderr, /can only be installed at the top-tier site/);
		const noMode = await unchanged('Add-CMServiceConnectionPoint CAS01.contoso.com', shell);
		assert.match(noMode.stderr, /missing mandatory parameters: Mode/);
	});

	it('removal asks for confirmation (scripts need -Force) and -WhatIf wins over -Force', async () => {
		const prompt = await unchanged('Remove-CMServiceConnectionPoint CM01.contoso.com');
		assert.match(prompt.stderr, /NonInteractive mode/);
		const whatIf = await unchanged('Remove-CMServiceConnectionPoint CM01.contoso.com -Force -WhatIf');
		assert.equal(whatIf.stdout.trim(), 'What if: Performing the operation "Remove-CMServiceConnectionPoint" on target "CM01.contoso.com".');
	});

	it('refuses to remove a role that is not there, or one holding an Intune subscription', async () => {
		const other = await unchanged('Remove-CMServiceConnectionPoint CM02.contoso.com -Force');
		assert.match(other.stderr, /No object corresponds to the specified parameters/);
		const intune = await unchanged('Remove-CMServiceConnectionPoint CM01.contoso.com -Force', newShell('intune'));
		assert.match(intune.stderr, /holds a Microsoft Intune subscription/);
	});
});
