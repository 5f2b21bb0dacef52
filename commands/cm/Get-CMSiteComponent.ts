// Get-CMSiteComponent: the components of SMS_EXECUTIVE and the site's services, as site control entries
// (SMS_SCI_Component), with the state the simulation's Service Manager sees.

import type {CmdletDef} from '../../src/engine/command.ts';
import {checkWildcardSwitches, componentObject, nameFilter, requireSiteDrive, wildcardParameters} from '../_lib/cm-objects.ts';
import {siteOf} from '../_lib/site.ts';
import {completeComponentNames, completeServerNames, completeSiteCodes} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Get-CMSiteComponent',
	synopsis: 'Gets the components of a site.',
	description:
		'Get-CMSiteComponent gets the site components — the threads of SMS_EXECUTIVE such as SMS_DMP_DOWNLOADER, ' +
		'SMS_HIERARCHY_MANAGER and SMS_DISTRIBUTION_MANAGER, and the site\'s services — one IResultObject#SMS_SCI_Component ' +
		'object per component and server, with ComponentName, SiteCode and ItemName (<COMPONENT>|<SERVER>). ' +
		'-ComponentName filters by name (wildcards accepted); -SiteSystemServerName by server. Without -SiteCode the ' +
		'site of the drive the command runs from is searched. Run it from a Configuration Manager drive.\n\n' +
		'Simulated: the real class holds only configuration. The simulation adds what Service Manager and the Component ' +
		'Status node show: ServerName, State (Running, Stopping, Stopped, Starting, Paused), Status (OK, Warning, ' +
		'Critical), Type (Thread or Service) and LastStarted — so runbooks can filter with Where-Object.',
	parameters: [
		{
			name: 'ComponentName',
			type: 'string',
			acceptsWildcards: true,
			complete: completeComponentNames,
			help: 'The component name, such as SMS_DMP_DOWNLOADER or SMS_DMP_*. Wildcards are accepted.',
		},
		{
			name: 'SiteCode',
			type: 'string',
			complete: completeSiteCodes,
			help: 'The site code of the site whose components to get. By default, the site of the current drive.',
		},
		{
			name: 'SiteSystemServerName',
			type: 'string',
			complete: completeServerNames,
			help: 'The name (FQDN) of the server whose components to get.',
		},
		...wildcardParameters,
	],
	outputs: ['IResultObject#SMS_SCI_Component'],
	examples: [
		{
			title: 'The service connection point\'s components',
			code: 'Get-CMSiteComponent -ComponentName SMS_DMP_* | Select-Object ComponentName, State',
			remarks: 'SMS_DMP_DOWNLOADER and SMS_DMP_UPLOADER run on the server that hosts the service connection point.',
			expect: ['SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER', 'Running'],
		},
		{
			title: 'Components that are not running',
			code: 'Stop-Component -Name SMS_DMP_DOWNLOADER\nGet-CMSiteComponent | Where-Object State -ne \'Running\' | Select-Object -ExpandProperty ComponentName',
			remarks: 'The simulation\'s State property lets a runbook find stopped components.',
			expect: ['SMS_DMP_DOWNLOADER'],
		},
	],
	related: ['Get-Component', 'Get-CMComponentStatusMessage', 'Restart-Component'],
	process(ctx) {
		const drive = requireSiteDrive(ctx);
		if (!drive) return;
		checkWildcardSwitches(ctx);
		const site = siteOf(ctx);
		const code: string = ctx.params.SiteCode ?? drive.siteCode;
		const server: string | undefined = ctx.params.SiteSystemServerName;
		const byName = nameFilter(ctx, ctx.params.ComponentName, true);
		const comps = site.getComponents().filter((c) =>
			c.SiteCode.toLowerCase() === code.toLowerCase() &&
			(!server || c.ServerName.toLowerCase() === server.trim().toLowerCase()) &&
			byName(c.Name));
		ctx.writeAll(comps.map(componentObject));
	},
};

export default def;
