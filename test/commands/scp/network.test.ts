// The network, through the cmdlets: the endpoints on TCP 443, the proxy with and without authentication, and a
// failed check writing 11488 and turning SMS_SERVICE_CONNECTOR critical.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const lines = (text: string) => text.trim().split('\n');

describe('Test-ScpConnectivity', () => {
	it('tests the seed\'s endpoints on TCP 443, Intune ones only with a subscription', async () => {
		const shell = newShell();
		const r = await runOnSite('Test-ScpConnectivity | ForEach-Object { "$($_.Feature) $($_.Endpoint) $($_.Port) $($_.Reachable) $($_.Route)" }', shell);
		assert.deepEqual(lines(r.stdout), [
			'UpdatesAndServicing *.akamaiedge.net 443 True Direct',
			'UpdatesAndServicing *.manage.microsoft.com 443 True Direct',
			'UpdatesAndServicing go.microsoft.com 443 True Direct',
			'UpdatesAndServicing blob.core.windows.net 443 True Direct',
			'UpdatesAndServicing download.microsoft.com 443 True Direct',
			'UpdatesAndServicing sccmconnected-a01.cloudapp.net 443 True Direct',
			'WindowsServicing download.microsoft.com 443 True Direct',
			'WindowsServicing https://go.microsoft.com/fwlink/?LinkID=619849 443 True Direct',
		]);
		const intune = await runOnSite('Add-ScpIntuneSubscription 0f2c6a4e-8b1d-4c3a-9e57-6d2b1f0a9c38\n(Test-ScpConnectivity -Feature Intune).Count', shell);
		assert.equal(intune.stdout.trim(), '3');
	});

	it('shows what a firewall rule blocks, with the error, and changes nothing', async () => {
		const shell = newShell();
		await runOnSite('Set-SimNetwork -Block go.microsoft.com', shell);
		const before = JSON.stringify(shell.site.toJSON());
		const r = await runOnSite('Test-ScpConnectivity | Where-Object { -not $_.Reachable } | ForEach-Object { "$($_.Endpoint) | $($_.Error)" }', shell);
		assert.deepEqual(lines(r.stdout), [
			"go.microsoft.com | TCP 443 to go.microsoft.com was blocked by the firewall rule 'go.microsoft.com': the operation timed out (WinHTTP error 12002)",
			"https://go.microsoft.com/fwlink/?LinkID=619849 | TCP 443 to go.microsoft.com was blocked by the firewall rule 'go.microsoft.com': the operation timed out (WinHTTP error 12002)",
		]);
		assert.equal(JSON.stringify(shell.site.toJSON()), before, 'testing writes nothing');
	});

	it('rejects an unknown feature with the ValidateSet error', async () => {
		const r = await runOnSite('Test-ScpConnectivity -Feature Telemetry');
		assert.match(r.stderr, /The argument "Telemetry" does not belong to the set "UpdatesAndServicing,Intune,WindowsServicing"/);
	});
});

describe('Set-ScpProxy', () => {
	it('routes through the proxy; an authenticating proxy needs -Account', async () => {
		const shell = newShell();
		await runOnSite('Set-SimNetwork -ProxyRequiresAuthentication $true\nSet-ScpProxy -Server proxy.contoso.com -Port 8080', shell);
		const failing = await runOnSite('Test-ScpConnectivity | Select-Object -First 1 | ForEach-Object { "$($_.Route) $($_.Reachable) $($_.Error)" }', shell);
		assert.equal(failing.stdout.trim(), 'Proxy False The proxy proxy.contoso.com:8080 requires authentication and no proxy account is set (HTTP 407 Proxy Authentication Required)');
		await runOnSite('Set-ScpProxy proxy.contoso.com 8080 -Account CONTOSO\\svc-proxy', shell);
		const ok = await runOnSite('(Test-ScpConnectivity | Where-Object { $_.Reachable }).Count; (Get-ScpStatus).ProxyServer', shell);
		assert.deepEqual(lines(ok.stdout), ['8', 'proxy.contoso.com']);
		await runOnSite('Set-ScpProxy -Disable', shell);
		const direct = await runOnSite('Test-ScpConnectivity | Select-Object -First 1 | ForEach-Object { $_.Route }', shell);
		assert.equal(direct.stdout.trim(), 'Direct');
	});

	it('validates the port with pwsh\'s ValidateRange error and keeps the sets apart', async () => {
		const shell = newShell();
		const before = JSON.stringify(shell.site.toJSON());
		const port = await runOnSite('Set-ScpProxy -Server proxy.contoso.com -Port 70000', shell);
		assert.match(port.stderr, /Cannot validate argument on parameter 'Port'\. The 70000 argument is greater than the maximum allowed range of 65535\./);
		const zero = await runOnSite('Set-ScpProxy -Server proxy.contoso.com -Port 0', shell);
		assert.match(zero.stderr, /The 0 argument is less than the minimum allowed range of 1\./);
		const both = await runOnSite('Set-ScpProxy -Server proxy.contoso.com -Disable', shell);
		assert.match(both.stderr, /Parameter set cannot be resolved/);
		const name = await runOnSite('Set-ScpProxy -Server "not a host"', shell);
		assert.match(name.stderr, /'not a host' is not a valid server name/);
		assert.equal(JSON.stringify(shell.site.toJSON()), before);
	});
});

describe('a broken network', () => {
	it('makes the daily check fail: 11488 Error, dmpdownloader.log, SMS_SERVICE_CONNECTOR Critical', async () => {
		const shell = newShell();
		const ok = await runOnSite('(Get-Component SMS_SERVICE_CONNECTOR).Status', shell);
		assert.equal(ok.stdout.trim(), 'OK');
		await runOnSite('Set-SimNetwork -Block go.microsoft.com\nStep-SimClock 24h', shell);
		const r = await runOnSite(
			'(Get-ScpStatus).LastUpdateCheckResult\n' +
			'Get-StatusMessage -MessageId 11488 | Select-Object -Last 1 | ForEach-Object { "$($_.Component) $($_.Severity) $($_.MessageId)" }\n' +
			'(Get-Component SMS_SERVICE_CONNECTOR).Status', shell);
		assert.deepEqual(lines(r.stdout), ['Failed', 'SMS_SERVICE_CONNECTOR Error 11488', 'Critical']);
		const log = await runOnSite('Get-SiteLog dmpdownloader.log | Where-Object { $_ -like "ERROR: Failed to download ConfigMgr.Update.Manifest.cab from go.microsoft.com*" }', shell);
		assert.match(log.stdout, /^ERROR: Failed to download ConfigMgr\.Update\.Manifest\.cab from go\.microsoft\.com: TCP 443 to go\.microsoft\.com was blocked .*~~ {2}\$\$<SMS_DMP_DOWNLOADER>/);
	});

	it('Invoke-ScpUpdateCheck reports the failure as a ConnectionError', async () => {
		const shell = newShell();
		const r = await runOnSite('Set-SimNetwork -Internet Disconnected\ntry { Invoke-ScpUpdateCheck -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId; $_.Exception.Message }', shell);
		const [cat, id, message] = lines(r.stdout);
		assert.equal(cat, 'ConnectionError');
		assert.equal(id, 'UpdateCheckFailed,Invoke-ScpUpdateCheck');
		assert.match(message!, /^The check for updates failed: .*WinHTTP error 12007.*11488/);
		const status = await runOnSite('(Get-Component SMS_SERVICE_CONNECTOR).Status', shell);
		assert.equal(status.stdout.trim(), 'Critical');
	});

	it('recovers: after the block is lifted the next day\'s check succeeds', async () => {
		const shell = newShell();
		await runOnSite('Set-SimNetwork -Block go.microsoft.com\nStep-SimClock 24h\nSet-SimNetwork -Allow go.microsoft.com\nStep-SimClock 24h', shell);
		const r = await runOnSite('(Get-ScpStatus).LastUpdateCheckResult', shell);
		assert.equal(r.stdout.trim(), 'Succeeded');
	});
});
