// Add-CMServiceConnectionPoint: installs the service connection point role on a site system server, under the
// seed's placement rules (one per hierarchy, only at the top-tier site).

import type {CmdletDef} from '../../src/engine/command.ts';
import {checkWildcardSwitches, inputResult, requireSiteDrive, scpObject, serverOf, SITE_SYSTEM_ROLE, wildcardParameters} from '../_lib/cm-objects.ts';
import {inputObjectParam, modeParam, serverNameParam, siteCodeParam} from '../_lib/cm-params.ts';
import {siteOf} from '../_lib/site.ts';
import {trySite, writeWarnings} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Add-CMServiceConnectionPoint',
	synopsis: 'Adds the service connection point role to a site system server.',
	description:
		'Add-CMServiceConnectionPoint installs the service connection point, which connects Configuration Manager to ' +
		'the Microsoft cloud service for updates and usage data (and, in its day, an Intune subscription). -Mode is ' +
		'required: Online or Offline. Name the server with -SiteSystemServerName (and -SiteCode), or pipe a site system ' +
		'server object from Get-CMSiteSystemServer.\n\n' +
		'The product\'s placement rules apply: one service connection point per hierarchy, and only at the top-tier site ' +
		'(a central administration site or a stand-alone primary), never at a child primary or a secondary site. A server ' +
		'other than the site server needs a Site System Installation Account for distribution manager to transfer ' +
		'downloaded updates from it; the simulation warns when it has none (Set-SiteSystem -InstallationAccount). A refusal ' +
		'changes nothing. Run it from a Configuration Manager drive.\n\n' +
		'Simulated: the role is added to the simulated site; a server that is not yet a site system becomes one (the real ' +
		'module wants New-CMSiteSystemServer first). The cmdlet returns the new IResultObject#SMS_SCI_SysResUse object.',
	defaultParameterSet: 'ByValue',
	parameters: [
		inputObjectParam({
			sets: ['ByValue'],
			aliases: ['SiteServer'],
			help: 'The site system server object (from Get-CMSiteSystemServer) to add the role to.',
		}),
		serverNameParam({
			sets: ['ByName'],
			mandatory: true,
			help: 'The name (FQDN) of the site system server to add the role to, for example CM01.contoso.com.',
		}),
		siteCodeParam('The site code of the site the server belongs to: the top-tier site. By default, the top-tier site.', ['ByName']),
		modeParam(true, 'Online or Offline: whether the role contacts the Microsoft cloud service or works through the Service Connection Tool.'),
		...wildcardParameters,
	],
	outputs: ['IResultObject#SMS_SCI_SysResUse'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Move the role: remove it, then add it back in offline mode',
			code: 'Remove-CMServiceConnectionPoint -SiteSystemServerName CM01.contoso.com -Force\n' +
				'Add-CMServiceConnectionPoint -SiteSystemServerName CM01.contoso.com -SiteCode PS1 -Mode Offline | Select-Object RoleName, Mode',
			remarks: 'A hierarchy has one service connection point; it must be removed before it is added elsewhere.',
			expect: ['SMS Dmp Connector', 'Offline'],
		},
		{
			title: 'A second one is refused',
			code: 'Add-CMServiceConnectionPoint -SiteSystemServerName CM02.contoso.com -Mode Online -ErrorAction SilentlyContinue\n$Error[0].Exception.Message',
			remarks: 'The simulated site keeps the product\'s rule: one per hierarchy.',
			expect: ['already installed'],
		},
	],
	related: ['Get-CMServiceConnectionPoint', 'Remove-CMServiceConnectionPoint', 'Get-CMSiteSystemServer', 'Add-ScpRole', 'about_ServiceConnectionPoint'],
	async process(ctx) {
		if (!requireSiteDrive(ctx)) return;
		checkWildcardSwitches(ctx);
		const site = siteOf(ctx);
		let server: string;
		let siteCode: string | null = null;
		if (ctx.parameterSet === 'ByValue') {
			const obj = inputResult(ctx, ctx.params.InputObject, ['SMS_SCI_SysResUse'], 'InputObject');
			if (obj.get('RoleName') !== SITE_SYSTEM_ROLE) {
				ctx.writeError({
					message: `The input object is the '${String(obj.get('RoleName'))}' role; give a site system server (${SITE_SYSTEM_ROLE}) from Get-CMSiteSystemServer.`,
					category: 'InvalidArgument',
					id: 'InputObjectWrongRole',
					target: obj,
					exceptionType: 'ArgumentException',
				});
				return;
			}
			server = serverOf(obj);
			siteCode = String(obj.get('SiteCode') ?? '') || null;
		} else {
			server = String(ctx.params.SiteSystemServerName).trim();
			siteCode = ctx.params.SiteCode ?? null;
		}
		if (!(await ctx.shouldProcess(server, 'Add-CMServiceConnectionPoint'))) return;
		const change = trySite(ctx, () => site.addScp({siteCode, serverName: server, mode: ctx.params.Mode}));
		if (!change) return;
		writeWarnings(ctx, change.warnings);
		ctx.write(scpObject(change.status));
	},
};

export default def;
