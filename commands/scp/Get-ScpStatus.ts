// Get-ScpStatus: the service connection point as the console's role properties and Updates and Servicing node
// show it, with the configured mode and the mode SMS_DMP_DOWNLOADER actually runs side by side.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';

const def: CmdletDef = {
	name: 'Get-ScpStatus',
	synopsis: 'Gets the state of the service connection point.',
	description:
		'Get-ScpStatus gets the service connection point (SCP) of the simulated hierarchy: the site and server it is installed ' +
		'on, the configured Mode (what the role\'s properties say) and the EffectiveMode (what the SMS_DMP_DOWNLOADER thread ' +
		'runs with), whether a restart is needed before the two agree (RestartRequired), the Microsoft Intune subscription and ' +
		'on-premises MDM support, the usage data level, the proxy, the last and next update check, and the site version.\n\n' +
		'A mode change is recorded at once but only takes effect when SMS_DMP_DOWNLOADER next starts; until then Mode and ' +
		'EffectiveMode differ and RestartRequired is True. See about_ScpModes.\n\n' +
		'When no service connection point is installed, Get-ScpStatus writes an ObjectNotFound error and no object.',
	parameters: [],
	outputs: ['Scpsh.ScpStatus'],
	examples: [
		{
			title: 'Show the service connection point',
			code: 'Get-ScpStatus',
			remarks: 'Shows the role as a list. In the default scenario it is on CM01.contoso.com, online, with usage data Enhanced.',
			expect: ['CM01.contoso.com', 'Enhanced'],
		},
		{
			title: 'See a mode change waiting for a restart',
			code: "Set-ScpMode -Mode Offline -WarningAction SilentlyContinue\nGet-ScpStatus | Select-Object Mode, EffectiveMode, RestartRequired",
			remarks: 'The configured mode is Offline at once; SMS_DMP_DOWNLOADER still runs Online until it restarts.',
			expect: ['Offline', 'Online', 'True'],
		},
		{
			title: 'Read one property',
			code: '(Get-ScpStatus).EffectiveMode',
			remarks: 'The mode the service connection point works in right now.',
			expect: ['Online'],
		},
	],
	related: ['Set-ScpMode', 'Restart-Component', 'Test-ScpConnectivity', 'about_ServiceConnectionPoint', 'about_ScpModes'],
	process(ctx) {
		const status = siteOf(ctx).getScpStatus();
		if (!status) {
			ctx.writeError({
				message: 'No service connection point is installed in this hierarchy. Add one at the top-tier site with Add-ScpRole.',
				category: 'ObjectNotFound',
				id: 'ScpNotInstalled',
				exceptionType: 'ItemNotFoundException',
			});
			return;
		}
		ctx.write(toPSObject('Scpsh.ScpStatus', status));
	},
};

export default def;
