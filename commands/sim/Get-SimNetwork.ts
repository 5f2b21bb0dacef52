// Get-SimNetwork: the state of the simulated network that Set-SimNetwork changes.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf} from '../_lib/site.ts';
import {simNetworkObject} from '../_lib/sim.ts';

const def: CmdletDef = {
	name: 'Get-SimNetwork',
	synopsis: 'Gets the simulated network: the internet link, the firewall\'s blocked hosts and the proxy\'s authentication.',
	description:
		'Get-SimNetwork returns a Scpsh.SimNetwork object: Internet (Connected or Disconnected), BlockedHosts (the ' +
		'firewall\'s block list, as Set-SimNetwork -Block left it) and ProxyRequiresAuthentication. The web proxy itself ' +
		'belongs to the service connection point\'s server (Set-ScpProxy; Get-ScpStatus shows it). To see what the SCP ' +
		'can reach through all this, run Test-ScpConnectivity.',
	parameters: [],
	outputs: ['Scpsh.SimNetwork'],
	examples: [
		{
			title: 'A new site has an open network',
			code: 'Get-SimNetwork | Format-List',
			remarks: 'Connected, nothing blocked, no proxy authentication.',
			expect: ['Internet                    : Connected', 'ProxyRequiresAuthentication : False'],
		},
		{
			title: 'List what is blocked',
			code: 'Set-SimNetwork -Block go.microsoft.com\n(Get-SimNetwork).BlockedHosts',
			remarks: 'BlockedHosts holds the firewall\'s entries.',
			expect: ['go.microsoft.com'],
		},
	],
	related: ['Set-SimNetwork', 'Test-ScpConnectivity', 'Set-ScpProxy'],
	process(ctx) {
		ctx.write(simNetworkObject(siteOf(ctx).getNetwork()));
	},
};

export default def;
