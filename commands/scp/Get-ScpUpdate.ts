// Get-ScpUpdate: the Updates and Servicing node — installed updates and those that apply to the site.

import type {CmdletDef} from '../../src/engine/command.ts';
import {suggest} from '../../src/site/errors.ts';
import {CATALOG} from '../../src/site/index.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeUpdateNames, isWildcard} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Get-ScpUpdate',
	synopsis: 'Gets the Configuration Manager updates and hotfixes the site knows about, and their state.',
	description:
		'Get-ScpUpdate gets the updates of the Updates and Servicing node: releases (such as Configuration Manager 2503) and ' +
		'hotfixes, with their Version, Kind (Release or Hotfix), State and PercentComplete. The states follow the console: ' +
		'Available to download, Downloading, Ready to install, Checking prerequisites, Prerequisite check passed, ' +
		'Prerequisite check failed, Installing, Installed and Failed.\n\n' +
		'Updates reach the site through the online check every 24 hours (Invoke-ScpUpdateCheck checks now), which then ' +
		'downloads them over simulated time, or through Import-ScpUpdatePack in offline mode. Updates that no longer apply ' +
		'to the site\'s version are not shown.\n\n' +
		'-Name matches the update\'s name, its ID (CM2503) or its KB number, with wildcards.',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			position: 0,
			acceptsWildcards: true,
			complete: completeUpdateNames,
			help: 'The name, ID (for example CM2503) or KB number (for example KB30385346) of the update. Wildcards are allowed.',
		},
	],
	outputs: ['Scpsh.Update'],
	examples: [
		{
			title: 'List the updates',
			code: 'Get-ScpUpdate',
			remarks: 'In the default scenario the site is on 2409 with its first hotfix installed.',
			expect: ['Configuration Manager 2409', 'Installed'],
		},
		{
			title: 'Watch updates arrive',
			code: 'Step-SimClock -Duration 72h\nGet-ScpUpdate -Name *KB30385346* | Select-Object Name, State',
			remarks: 'The 2409 update rollup reaches the cloud on day 2; the next daily check finds it and downloads it.',
			expect: ['Ready to install'],
		},
	],
	related: ['Invoke-ScpUpdateCheck', 'Start-ScpUpdateDownload', 'Install-ScpUpdate', 'Import-ScpUpdatePack'],
	process(ctx) {
		const site = siteOf(ctx);
		const name: string | null = ctx.params.Name ?? null;
		const updates = callSite(ctx, () => site.getUpdates({name}));
		if (name && !isWildcard(name) && !updates.length) {
			const known = [...site.getUpdates().map((u) => u.Name), ...CATALOG.map((e) => e.name)];
			ctx.writeError({
				message: `Update '${name}' was not found.${suggest(name, known)}`,
				category: 'ObjectNotFound',
				id: 'UpdateNotFound',
				target: name,
				exceptionType: 'ItemNotFoundException',
			});
			return;
		}
		for (const u of updates) ctx.write(toPSObject('Scpsh.Update', u));
	},
};

export default def;
