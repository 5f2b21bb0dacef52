// Set-ScpProxy: the web proxy of the SCP host's site system (the Proxy tab in the console). The seed allows a
// proxy with or without authentication; Set-SimNetwork -ProxyRequiresAuthentication decides whether it needs one.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, scpTarget} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Set-ScpProxy',
	synopsis: 'Sets or removes the web proxy the service connection point uses to reach the Microsoft cloud.',
	description:
		'Set-ScpProxy configures the web proxy on the site system server that hosts the service connection point. With a ' +
		'proxy, every connection the role makes to its endpoints (TCP 443) goes through it: Test-ScpConnectivity shows ' +
		'the Route as Proxy. A proxy that requires authentication needs -Account; without one the connections fail with ' +
		'HTTP 407 (make the simulated proxy require authentication with Set-SimNetwork -ProxyRequiresAuthentication $true).\n\n' +
		'Set-ScpProxy -Disable removes the proxy, and the role connects directly again.',
	defaultParameterSet: 'Enable',
	parameters: [
		{
			name: 'Server',
			type: 'string',
			mandatory: true,
			position: 0,
			sets: ['Enable'],
			aliases: ['ProxyServerName'],
			help: 'The fully qualified name of the proxy server, for example proxy.contoso.com.',
		},
		{
			name: 'Port',
			type: 'int',
			position: 1,
			sets: ['Enable'],
			aliases: ['ProxyServerPort'],
			validateRange: [1, 65535],
			help: 'The TCP port of the proxy, from 1 to 65535. The default is 80.',
		},
		{
			name: 'Account',
			type: 'string',
			sets: ['Enable'],
			aliases: ['ProxyAccessAccount'],
			help: 'The account the role authenticates to the proxy with (DOMAIN\\user or user@domain). Needed only by a proxy that requires authentication.',
		},
		{
			name: 'Disable',
			type: 'switch',
			mandatory: true,
			sets: ['Disable'],
			help: 'Removes the proxy: the role connects to its endpoints directly.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the service connection point (Scpsh.ScpStatus) after the change.',
		},
	],
	outputs: ['None', 'Scpsh.ScpStatus (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Go through a proxy',
			code: 'Set-ScpProxy -Server proxy.contoso.com -Port 8080\nTest-ScpConnectivity -Feature UpdatesAndServicing | Select-Object -First 1 Endpoint, Route',
			remarks: 'Connections to the endpoints now go through proxy.contoso.com:8080.',
			expect: ['Proxy'],
		},
		{
			title: 'A proxy that requires authentication',
			code:
				'Set-SimNetwork -ProxyRequiresAuthentication $true\nSet-ScpProxy proxy.contoso.com 8080 -Account CONTOSO\\svc-proxy -PassThru | Format-List ProxyServer\n' +
				'(Test-ScpConnectivity | Where-Object { -not $_.Reachable }).Count',
			remarks: 'With a proxy account every endpoint is reachable through the authenticating proxy.',
			expect: ['proxy.contoso.com', '0'],
		},
		{
			title: 'Remove the proxy',
			code: 'Set-ScpProxy proxy.contoso.com 8080\nSet-ScpProxy -Disable\n(Get-ScpStatus).ProxyServer -eq $null',
			remarks: 'Without a proxy the role connects directly.',
			expect: ['True'],
		},
	],
	related: ['Test-ScpConnectivity', 'Get-ScpStatus', 'Set-SimNetwork', 'about_ServiceConnectionPoint'],
	async process(ctx) {
		const site = siteOf(ctx);
		const p = ctx.params;
		if (ctx.parameterSet === 'Disable') {
			if (!(await ctx.shouldProcess(scpTarget(site), 'Remove the proxy'))) return;
			const status = callSite(ctx, () => site.setProxy(null));
			if (p.PassThru) ctx.write(toPSObject('Scpsh.ScpStatus', status));
			return;
		}
		const port = p.Port ?? null;
		const action = `Use the proxy ${p.Server}${port === null ? '' : `:${port}`}${p.Account ? ` with the account ${p.Account}` : ''}`;
		if (!(await ctx.shouldProcess(scpTarget(site), action))) return;
		const status = callSite(ctx, () => site.setProxy({server: p.Server, port, account: p.Account ?? null}));
		if (p.PassThru) ctx.write(toPSObject('Scpsh.ScpStatus', status));
	},
};

export default def;
