// Get-CMSiteSystemServer: the site system servers (SMS_SCI_SysResUse entries with RoleName `SMS Site System`).

import type {CmdletDef} from '../../src/engine/command.ts';
import {checkWildcardSwitches, inputResult, nameFilter, requireSiteDrive, scopeSite, serverOf, siteSystemObject, wildcardParameters} from '../_lib/cm-objects.ts';
import {allSiteParam, inputObjectParam, serverNameParam, siteCodeParam} from '../_lib/cm-params.ts';
import {siteOf} from '../_lib/site.ts';

const def: CmdletDef = {
	name: 'Get-CMSiteSystemServer',
	synopsis: 'Gets the site system servers of a site.',
	description:
		'Get-CMSiteSystemServer gets the servers that host site system roles, one IResultObject#SMS_SCI_SysResUse object ' +
		'per server with RoleName "SMS Site System", NetworkOSPath \\\\<server>, SiteCode and NALPath. Use the object with ' +
		'Add-CMServiceConnectionPoint or Get-CMServiceConnectionPoint -InputObject.\n\n' +
		'As in the real module, the search covers the site of the drive the command runs from unless -SiteCode or ' +
		'-AllSite says otherwise, and nothing is returned when nothing matches. Run it from a Configuration Manager drive.\n\n' +
		'Simulated: the servers are the simulated site\'s. Embedded properties UseMachineAccount and UserName describe the ' +
		'Site System Installation Account [guess]; simulation additions: ServerName, Roles (every role on the server) and ' +
		'InstallationAccount.',
	defaultParameterSet: 'SearchByName',
	parameters: [
		allSiteParam,
		siteCodeParam('The site code of the site whose servers to get.', ['SearchByName']),
		serverNameParam({
			sets: ['SearchByName'],
			wildcards: true,
			help: 'The name (FQDN) of the server, for example CM01.contoso.com. Wildcards are accepted.',
		}),
		inputObjectParam({
			sets: ['SearchByValue'],
			help: 'A site system role object (SMS_SCI_SysResUse, for example from Get-CMSiteRole) whose server to get.',
		}),
		...wildcardParameters,
	],
	outputs: ['IResultObject#SMS_SCI_SysResUse'],
	examples: [
		{
			title: 'The site system servers of the site',
			code: 'Get-CMSiteSystemServer | Select-Object NetworkOSPath, RoleName, SiteCode',
			remarks: 'In the default scenario the site server is the only site system.',
			expect: ['\\\\CM01.contoso.com', 'SMS Site System'],
		},
		{
			title: 'Every server of a hierarchy',
			code: 'Reset-SimSite -Scenario hierarchy -Force\nGet-CMSiteSystemServer -AllSite | Select-Object -ExpandProperty ServerName',
			remarks: '-AllSite covers every site, not only the one of the current drive.',
			expect: ['CAS01.contoso.com', 'CM02.contoso.com', 'SEC01.contoso.com'],
		},
	],
	related: ['Get-CMSiteRole', 'Add-CMServiceConnectionPoint', 'Get-SiteSystem'],
	process(ctx) {
		const drive = requireSiteDrive(ctx);
		if (!drive) return;
		checkWildcardSwitches(ctx);
		const site = siteOf(ctx);
		let systems = site.getSiteSystems();
		if (ctx.parameterSet === 'SearchByValue') {
			const server = serverOf(inputResult(ctx, ctx.params.InputObject, ['SMS_SCI_SysResUse']));
			systems = systems.filter((s) => s.ServerName.toLowerCase() === server.toLowerCase());
		} else {
			const code = scopeSite(ctx, drive);
			const byName = nameFilter(ctx, ctx.params.SiteSystemServerName, true);
			systems = systems.filter((s) => (code === undefined || s.SiteCode.toLowerCase() === code.toLowerCase()) && byName(s.ServerName));
		}
		ctx.writeAll(systems.map(siteSystemObject));
	},
};

export default def;
