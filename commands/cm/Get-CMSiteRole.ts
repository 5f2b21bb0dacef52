// Get-CMSiteRole: the site system roles of the hierarchy, one SMS_SCI_SysResUse object per server and role.

import type {CmdletDef} from '../../src/engine/command.ts';
import {checkWildcardSwitches, nameFilter, requireSiteDrive, roleObject, scopeSite, wildcardParameters} from '../_lib/cm-objects.ts';
import {allSiteParam, serverNameParam, siteCodeParam} from '../_lib/cm-params.ts';
import {siteOf} from '../_lib/site.ts';

/** The role names the module's reference lists (domain.md 2.2). */
const ROLE_NAMES = [
	'SMS Site System', 'SMS Component Server', 'SMS Distribution Point', 'SMS Management Point', 'SMS Device Management Point',
	'SMS Software Update Point', 'SMS Enrollment Server', 'SMS Enrollment Web Site', 'SMS Notification Server',
	'SMS Certificate Registration Point', 'SMS DM Enrollment Service', 'SMS Site Server', 'SMS State Migration Point', 'SMS Provider',
	'SMS Cloud Proxy Connector', 'SMS SQL Server', 'SMS Fallback Status Point', 'AI Update Service Point', 'SMS SRS Reporting Point',
	'SMS Endpoint Protection Point', 'Data Warehouse Service Point', 'SMS Dmp Connector',
];

const def: CmdletDef = {
	name: 'Get-CMSiteRole',
	synopsis: 'Gets the site system roles of a site.',
	description:
		'Get-CMSiteRole gets site system roles, one IResultObject#SMS_SCI_SysResUse object per role and server, with ' +
		'RoleName such as "SMS Site Server", "SMS Provider", "SMS Management Point" or "SMS Dmp Connector" (the service ' +
		'connection point). Filter with -RoleName (wildcards accepted), -SiteSystemServerName and -SiteCode.\n\n' +
		'As in the real module, the search covers the site of the drive the command runs from unless -SiteCode or ' +
		'-AllSite says otherwise; nothing is returned when nothing matches. Run it from a Configuration Manager drive.\n\n' +
		'Simulated: the roles are those of the simulated servers (site server, component server, SMS Provider, SQL Server, ' +
		'management and distribution points at primary sites, the software update point, the service connection point). ' +
		'The service connection point\'s object is the one Get-CMServiceConnectionPoint returns; every object has the ' +
		'simulation addition ServerName.',
	parameters: [
		allSiteParam,
		{
			name: 'RoleName',
			type: 'string',
			acceptsWildcards: true,
			complete: () => ROLE_NAMES,
			help: 'The role name, such as "SMS Dmp Connector" (the service connection point) or "SMS Site Server". Wildcards are accepted.',
		},
		siteCodeParam('The site code of the site whose roles to get.'),
		serverNameParam({wildcards: true, help: 'The name (FQDN) of the server that hosts the roles. Wildcards are accepted.'}),
		...wildcardParameters,
	],
	outputs: ['IResultObject#SMS_SCI_SysResUse'],
	examples: [
		{
			title: 'Find the service connection point by its role name',
			code: 'Get-CMSiteRole -RoleName \'SMS Dmp Connector\' | Select-Object RoleName, NetworkOSPath',
			remarks: '"SMS Dmp Connector" is the service connection point\'s role name in WMI.',
			expect: ['SMS Dmp Connector', '\\\\CM01.contoso.com'],
		},
		{
			title: 'All roles of the site server',
			code: 'Get-CMSiteRole -SiteSystemServerName CM01.contoso.com | Select-Object -ExpandProperty RoleName',
			remarks: 'A stand-alone primary\'s site server hosts most roles, here with the service connection point.',
			expect: ['SMS Site Server', 'SMS Provider', 'SMS Dmp Connector'],
		},
	],
	related: ['Get-CMSiteSystemServer', 'Get-CMServiceConnectionPoint'],
	process(ctx) {
		const drive = requireSiteDrive(ctx);
		if (!drive) return;
		checkWildcardSwitches(ctx);
		const site = siteOf(ctx);
		const scp = site.getScpStatus();
		const code = scopeSite(ctx, drive);
		const byServer = nameFilter(ctx, ctx.params.SiteSystemServerName, true);
		const byRole = nameFilter(ctx, ctx.params.RoleName, true);
		for (const s of site.getSiteSystems()) {
			if (code !== undefined && s.SiteCode.toLowerCase() !== code.toLowerCase()) continue;
			if (!byServer(s.ServerName)) continue;
			for (const role of s.Roles) if (byRole(role)) ctx.write(roleObject(s, role, scp));
		}
	},
};

export default def;
