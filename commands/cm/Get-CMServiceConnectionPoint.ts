// Get-CMServiceConnectionPoint: the ConfigurationManager module's view of the service connection point — the
// SMS_SCI_SysResUse entry whose RoleName is `SMS Dmp Connector` — over the simulated site.

import type {CmdletDef} from '../../src/engine/command.ts';
import {checkWildcardSwitches, inputResult, nameFilter, requireSiteDrive, scopeSite, scpObject, serverOf, wildcardParameters} from '../_lib/cm-objects.ts';
import {allSiteParam, inputObjectParam, serverNameParam, siteCodeParam} from '../_lib/cm-params.ts';
import {siteOf} from '../_lib/site.ts';

const def: CmdletDef = {
	name: 'Get-CMServiceConnectionPoint',
	synopsis: 'Gets the service connection point site system role.',
	description:
		'Get-CMServiceConnectionPoint gets the service connection point, the site system role that connects ' +
		'Configuration Manager to the Microsoft cloud service for updates and usage data. It returns an ' +
		'IResultObject#SMS_SCI_SysResUse object with RoleName "SMS Dmp Connector", NetworkOSPath \\\\<server> and SiteCode, ' +
		'and one embedded property in Props: OfflineMode, 0 for online and 1 for offline (the configured mode).\n\n' +
		'As in the real module, the search covers the site of the drive the command runs from (PS1:\\) unless -SiteCode ' +
		'or -AllSite says otherwise, and nothing is returned (no error) when nothing matches. Run it from a ' +
		'Configuration Manager drive.\n\n' +
		'Simulated: the object is built from the simulated site. It also carries these simulation additions, which the ' +
		'real class keeps elsewhere: ServerName, Mode (the configured mode), EffectiveMode (the mode SMS_DMP_DOWNLOADER ' +
		'runs with) and RestartRequired (True while a mode change waits for SMS_DMP_DOWNLOADER to restart).',
	defaultParameterSet: 'SearchByName',
	parameters: [
		allSiteParam,
		siteCodeParam('The site code of the site to search.', ['SearchByName']),
		serverNameParam({
			sets: ['SearchByName'],
			wildcards: true,
			help: 'The name (FQDN) of the site system server that hosts the role, for example CM01.contoso.com. Wildcards are accepted.',
		}),
		inputObjectParam({
			sets: ['SearchByValue'],
			help: 'A site system server object (from Get-CMSiteSystemServer) to look for the role on.',
		}),
		...wildcardParameters,
	],
	outputs: ['IResultObject#SMS_SCI_SysResUse'],
	examples: [
		{
			title: 'Get the service connection point',
			code: 'Get-CMServiceConnectionPoint | Select-Object RoleName, NetworkOSPath, SiteCode',
			remarks: 'In the default scenario the role is on the site server of PS1.',
			expect: ['SMS Dmp Connector', '\\\\CM01.contoso.com', 'PS1'],
		},
		{
			title: 'Read the mode as scripts do',
			code: '$scp = Get-CMServiceConnectionPoint -SiteSystemServerName CM01.contoso.com\nif ($scp.Props.Value -eq 0) { \'Online\' } else { \'Offline\' }',
			remarks: 'The OfflineMode embedded property is 0 in online mode and 1 in offline mode.',
			expect: ['Online'],
		},
		{
			title: 'From a site system server object',
			code: 'Get-CMSiteSystemServer -SiteSystemServerName CM01.contoso.com | Get-CMServiceConnectionPoint | Select-Object -ExpandProperty RoleName',
			remarks: 'The server object is piped to -InputObject.',
			expect: ['SMS Dmp Connector'],
		},
	],
	related: ['Set-CMServiceConnectionPoint', 'Add-CMServiceConnectionPoint', 'Remove-CMServiceConnectionPoint', 'Get-ScpStatus', 'about_ServiceConnectionPoint'],
	process(ctx) {
		const drive = requireSiteDrive(ctx);
		if (!drive) return;
		checkWildcardSwitches(ctx);
		const status = siteOf(ctx).getScpStatus();
		if (ctx.parameterSet === 'SearchByValue') {
			const server = serverOf(inputResult(ctx, ctx.params.InputObject, ['SMS_SCI_SysResUse']));
			if (status && status.ServerName.toLowerCase() === server.toLowerCase()) ctx.write(scpObject(status));
			return;
		}
		if (!status) return;
		const code = scopeSite(ctx, drive);
		if (code !== undefined && code.toLowerCase() !== status.SiteCode.toLowerCase()) return;
		if (!nameFilter(ctx, ctx.params.SiteSystemServerName, true)(status.ServerName)) return;
		ctx.write(scpObject(status));
	},
};

export default def;
