// Get-CMSiteUpdate: the updates of Updates and Servicing (SMS_CM_UpdatePackages), with the numeric State codes
// that runbooks compare (196612 installed, 262146 ready to install, 327682 available to download...).

import type {CmdletDef} from '../../src/engine/command.ts';
import {toBool} from '../../src/engine/convert.ts';
import {checkWildcardSwitches, nameFilter, requireSiteDrive, updatePackageObject, wildcardParameters} from '../_lib/cm-objects.ts';
import {siteOf} from '../_lib/site.ts';
import {completeUpdateNames} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Get-CMSiteUpdate',
	synopsis: 'Gets the Configuration Manager updates of Updates and Servicing.',
	description:
		'Get-CMSiteUpdate gets the updates the console lists under Updates and Servicing, installed ones included, as ' +
		'IResultObject#SMS_CM_UpdatePackages objects: Name (such as "Configuration Manager 2503"), FullVersion, ' +
		'PackageGuid, DateReleased, Description, UpdateType and State, the numeric state code of CM_UpdatePackages that ' +
		'scripts compare: 327682 available to download, 262145 downloading, 262146 ready to install, 131073 checking ' +
		'prerequisites, 131074 prerequisite check passed, 196607 prerequisite check failed, 196609 installing, 196612 ' +
		'installed, 262143 installation failed, 327679 download failed. -Name filters by name (wildcards accepted).\n\n' +
		'Without -Fast the cmdlet warns that lazy properties are loaded, as the module does; -Fast, or ' +
		'$CMPSSuppressFastNotUsedCheck = $true, silences it. Run it from a Configuration Manager drive.\n\n' +
		'Simulated: the updates come from the simulated cloud catalog (real releases and hotfixes). Simulation additions: ' +
		'StateName (the console\'s words, such as "Ready to install"), Kind (Release or Hotfix), PercentComplete and KB.',
	parameters: [
		{
			name: 'Fast',
			type: 'switch',
			help: 'Does not refresh lazy properties (which are slow to get), and so does not warn. To disable the warning for every call, set $CMPSSuppressFastNotUsedCheck = $true.',
		},
		{
			name: 'Name',
			type: 'string',
			acceptsWildcards: true,
			complete: completeUpdateNames,
			help: 'The update name, such as "Configuration Manager 2503". Wildcards are accepted.',
		},
		...wildcardParameters,
	],
	outputs: ['IResultObject#SMS_CM_UpdatePackages'],
	examples: [
		{
			title: 'Updates that are not installed yet',
			code: 'Step-SimClock 30d\nGet-CMSiteUpdate -Fast | Where-Object State -ne 196612 | Select-Object Name, StateName',
			remarks: 'After a month online the site has found (and downloaded) the 2409 hotfix rollup and release 2503.',
			expect: ['Configuration Manager 2503'],
		},
		{
			title: 'The installed release',
			code: '(Get-CMSiteUpdate -Fast -Name \'Configuration Manager 2409\').State',
			remarks: '196612 is INSTALL_SUCCESS.',
			expect: ['196612'],
		},
	],
	related: ['Invoke-CMSiteUpdateCheck', 'Invoke-CMSiteUpdateDownload', 'Install-CMSiteUpdate', 'Get-ScpUpdate'],
	process(ctx) {
		if (!requireSiteDrive(ctx)) return;
		checkWildcardSwitches(ctx);
		if (!ctx.params.Fast && !toBool(ctx.session.getVariable('CMPSSuppressFastNotUsedCheck'))) {
			ctx.writeWarning('\'Get-CMSiteUpdate\' was called without -Fast, so its lazy properties are loaded, which can be slow. ' +
				'Use -Fast, or set $CMPSSuppressFastNotUsedCheck = $true to hide this warning.');
		}
		const byName = nameFilter(ctx, ctx.params.Name, true);
		ctx.writeAll(siteOf(ctx).getUpdates().filter((u) => byName(u.Name)).map(updatePackageObject));
	},
};

export default def;
