// Set-SimNetwork: the simulated network between the service connection point and Microsoft's cloud — the
// firewall's block list, the internet link, and whether the web proxy demands credentials. Changes apply at
// once: the next check or download (and Test-ScpConnectivity) sees them.

import type {CmdletDef, Session} from '../../src/engine/command.ts';
import {ENDPOINTS, type Site} from '../../src/site/index.ts';
import {siteOf} from '../_lib/site.ts';
import {simNetworkObject} from '../_lib/sim.ts';
import {callSite} from '../_lib/site-cmdlet.ts';

/** Host names of the seed's endpoint lists (a URL is offered as its host). */
const endpointHosts = (): string[] =>
	[...new Set(ENDPOINTS.map((e) => e.endpoint.replace(/^https?:\/\/([^/]+).*$/, '$1')))].filter((h) => !h.includes('{'));

const blockedHosts = (session: Session): string[] => ((session.site as Site | null)?.getNetwork().BlockedHosts ?? []);

const def: CmdletDef = {
	name: 'Set-SimNetwork',
	synopsis: 'Changes the simulated network: blocks or allows endpoints, disconnects the internet, requires proxy authentication.',
	description:
		'Set-SimNetwork changes the network the simulated service connection point uses to reach the Microsoft cloud ' +
		'service over HTTPS (TCP 443). -Block adds host names to the firewall\'s block list (a leading * matches any ' +
		'subdomain, as in *.manage.microsoft.com); -Allow removes entries from it (and takes wildcards: -Allow * clears ' +
		'the list). -Internet Disconnected cuts the site off from the internet altogether, as at an air-gapped site; ' +
		'-Internet Connected restores it. -ProxyRequiresAuthentication $true makes the web proxy answer 407 unless the ' +
		'SCP\'s proxy has an account (Set-ScpProxy -Account).\n\n' +
		'Changes apply at once. The next update check or download that cannot connect fails: SMS_SERVICE_CONNECTOR writes ' +
		'status message 11488, dmpdownloader.log records the failure, and the component status turns to Warning or ' +
		'Critical. Test-ScpConnectivity shows which endpoints are reachable. Give at least one parameter.',
	parameters: [
		{
			name: 'Block',
			type: 'string[]',
			complete: endpointHosts,
			help: 'Host names to block at the firewall, such as go.microsoft.com or *.manage.microsoft.com.',
		},
		{
			name: 'Allow',
			type: 'string[]',
			complete: (session) => ['*', ...blockedHosts(session)],
			help: 'Block-list entries to remove; wildcards match entries (-Allow * removes them all).',
		},
		{
			name: 'Internet',
			type: 'string',
			validateSet: ['Connected', 'Disconnected'],
			help: 'Connected (the default) or Disconnected: whether the site has an internet connection at all.',
		},
		{
			name: 'ProxyRequiresAuthentication',
			type: 'bool',
			help: 'Whether the web proxy requires credentials ($true or $false). With $true, a proxy without an account fails with HTTP 407.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the network (Scpsh.SimNetwork) after the change. By default the cmdlet writes no output.',
		},
	],
	outputs: ['None', 'Scpsh.SimNetwork (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	examples: [
		{
			title: 'Block an endpoint and see it unreachable',
			code: 'Set-SimNetwork -Block go.microsoft.com\nTest-ScpConnectivity | Where-Object Endpoint -eq go.microsoft.com | Select-Object Endpoint, Reachable',
			remarks: 'The firewall now blocks go.microsoft.com; the next update check fails with status message 11488.',
			expect: ['go.microsoft.com', 'False'],
		},
		{
			title: 'Cut the internet, then restore it',
			code: 'Set-SimNetwork -Internet Disconnected\n(Get-SimNetwork).Internet\nSet-SimNetwork -Internet Connected -PassThru',
			remarks: 'Disconnected makes every endpoint unreachable until the link is restored.',
			expect: ['Disconnected', 'Connected'],
		},
		{
			title: 'Clear the block list',
			code: 'Set-SimNetwork -Block go.microsoft.com, download.microsoft.com\nSet-SimNetwork -Allow * -PassThru | Select-Object -ExpandProperty BlockedHosts\n\'cleared\'',
			remarks: '-Allow * removes every entry of the block list.',
			expect: ['cleared'],
		},
	],
	related: ['Get-SimNetwork', 'Test-ScpConnectivity', 'Set-ScpProxy', 'Get-StatusMessage'],
	async process(ctx) {
		const site = siteOf(ctx);
		const p = ctx.params;
		const given = ['Block', 'Allow', 'Internet', 'ProxyRequiresAuthentication'].filter((n) => ctx.isBound(n));
		if (!given.length) {
			ctx.fail({
				message: 'Specify what to change: -Block, -Allow, -Internet or -ProxyRequiresAuthentication.',
				category: 'InvalidArgument',
				id: 'NoNetworkChange',
				exceptionType: 'ArgumentException',
			});
		}
		if (!(await ctx.shouldProcess('Simulated network', `Change ${given.join(', ')}`))) return;
		const net = callSite(ctx, () => site.setNetwork({
			block: p.Block ?? null,
			allow: p.Allow ?? null,
			internet: p.Internet ?? null,
			proxyRequiresAuthentication: ctx.isBound('ProxyRequiresAuthentication') ? p.ProxyRequiresAuthentication : null,
		}));
		if (p.PassThru) ctx.write(simNetworkObject(net));
	},
};

export default def;
