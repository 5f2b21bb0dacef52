// Test-ScpConnectivity: can the SCP host open TCP 443 to each endpoint of the seed's lists right now (directly
// or through its proxy)? Reachability is computed from the simulated network; testing changes nothing.

import type {CmdletDef} from '../../src/engine/command.ts';
import {FEATURES} from '../../src/site/index.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Test-ScpConnectivity',
	synopsis: 'Tests whether the service connection point can reach each of its internet endpoints on TCP 443.',
	description:
		'Test-ScpConnectivity tests, from the server that hosts the service connection point, each internet endpoint the ' +
		'role needs, and writes one Scpsh.Connectivity object per endpoint: the Endpoint, the Port (always 443), the ' +
		'Feature it serves, whether it is Reachable, the Route (Direct, or Proxy when a proxy is set with Set-ScpProxy) ' +
		'and the Error when it is not reachable.\n\n' +
		'The endpoints are those of the three lists the role documents: Updates and Servicing (*.akamaiedge.net, ' +
		'*.manage.microsoft.com, go.microsoft.com, blob.core.windows.net, download.microsoft.com, ' +
		'sccmconnected-a01.cloudapp.net), Microsoft Intune (only with an Intune subscription), and Windows 10 servicing. ' +
		'Break the simulated network with Set-SimNetwork to see failures.\n\n' +
		'The test only looks: it changes nothing and writes no status message. The update check itself writes 11488 ' +
		'when it cannot reach the cloud.',
	parameters: [
		{
			name: 'Feature',
			type: 'string',
			position: 0,
			validateSet: FEATURES,
			help: 'Tests only the endpoints of one feature: UpdatesAndServicing, Intune or WindowsServicing.',
		},
	],
	outputs: ['Scpsh.Connectivity'],
	examples: [
		{
			title: 'Test every endpoint',
			code: 'Test-ScpConnectivity',
			remarks: 'In the default scenario every endpoint is reachable directly on port 443.',
			expect: ['go.microsoft.com', '443', 'Direct'],
		},
		{
			title: 'Find what a firewall blocks',
			code: 'Set-SimNetwork -Block go.microsoft.com\nTest-ScpConnectivity | Where-Object { -not $_.Reachable } | Select-Object -ExpandProperty Endpoint',
			remarks: 'Blocking go.microsoft.com makes it, and the fwlink URL of Windows servicing on the same host, unreachable.',
			expect: ['go.microsoft.com', 'https://go.microsoft.com/fwlink/?LinkID=619849'],
		},
		{
			title: 'Test the Intune endpoints',
			code: 'Add-ScpIntuneSubscription 0f2c6a4e-8b1d-4c3a-9e57-6d2b1f0a9c38\nTest-ScpConnectivity -Feature Intune | Select-Object -ExpandProperty Endpoint',
			remarks: 'The Intune endpoints are needed, and tested, only with a subscription.',
			expect: ['https://login.microsoftonline.com/0f2c6a4e-8b1d-4c3a-9e57-6d2b1f0a9c38'],
		},
	],
	related: ['Set-ScpProxy', 'Set-SimNetwork', 'Invoke-ScpUpdateCheck', 'Get-StatusMessage', 'about_ServiceConnectionPoint'],
	process(ctx) {
		const site = siteOf(ctx);
		const results = callSite(ctx, () => site.testConnectivity(ctx.params.Feature ?? null));
		for (const r of results) ctx.write(toPSObject('Scpsh.Connectivity', r));
	},
};

export default def;
