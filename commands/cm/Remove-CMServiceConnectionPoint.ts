// Remove-CMServiceConnectionPoint: uninstalls the service connection point role — the step the seed requires
// before a stand-alone primary can be expanded with a central administration site.

import type {CmdletDef} from '../../src/engine/command.ts';
import {checkWildcardSwitches, requireSiteDrive, wildcardParameters} from '../_lib/cm-objects.ts';
import {forceParam, inputObjectParam, serverNameParam, siteCodeParam} from '../_lib/cm-params.ts';
import {findScp} from '../_lib/cm-scp.ts';
import {siteOf} from '../_lib/site.ts';
import {trySite, whatIfRequested} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Remove-CMServiceConnectionPoint',
	synopsis: 'Removes the service connection point role from its site system server.',
	description:
		'Remove-CMServiceConnectionPoint uninstalls the service connection point. Without it the hierarchy gets no ' +
		'updates from the Microsoft cloud service. Remove it before expanding a stand-alone primary site with a central ' +
		'administration site, then add it at the CAS (Add-CMServiceConnectionPoint). The role cannot be removed while it ' +
		'holds a Microsoft Intune subscription. Name the role by its server, or pipe it from Get-CMServiceConnectionPoint.\n\n' +
		'The cmdlet asks for confirmation; -Force removes without asking (scripts, which cannot answer, need -Force or ' +
		'-Confirm:$false). Run it from a Configuration Manager drive. Note: the reference documents the alias of ' +
		'-InputObject as ReportingServicePoint (a copy from another cmdlet\'s page); it is kept here as documented.\n\n' +
		'Simulated: the role and its components (SMS_DMP_DOWNLOADER, SMS_DMP_UPLOADER, SMS_SERVICE_CONNECTOR) are removed ' +
		'from the simulated site; downloads in progress are abandoned.',
	defaultParameterSet: 'SearchByValueMandatory',
	parameters: [
		inputObjectParam({
			sets: ['SearchByValueMandatory'],
			aliases: ['ReportingServicePoint'],
			help: 'The service connection point object to remove (from Get-CMServiceConnectionPoint).',
		}),
		serverNameParam({
			sets: ['SearchByNameMandatory'],
			mandatory: true,
			help: 'The name (FQDN) of the site system server that hosts the role.',
		}),
		siteCodeParam('The site code of the site the role belongs to.', ['SearchByNameMandatory']),
		forceParam('Removes the role'),
		...wildcardParameters,
	],
	outputs: ['None'],
	supportsShouldProcess: true,
	confirmImpact: 'High',
	examples: [
		{
			title: 'Remove the role',
			code: 'Remove-CMServiceConnectionPoint -SiteSystemServerName CM01.contoso.com -Force\n"Installed: $($null -ne (Get-CMServiceConnectionPoint))"',
			remarks: 'After the removal Get-CMServiceConnectionPoint returns nothing.',
			expect: ['Installed: False'],
		},
		{
			title: 'Preview a removal',
			code: 'Get-CMServiceConnectionPoint | Remove-CMServiceConnectionPoint -WhatIf',
			remarks: 'Nothing is removed with -WhatIf.',
			expect: ['What if: Performing the operation "Remove-CMServiceConnectionPoint" on target "CM01.contoso.com".'],
		},
	],
	related: ['Add-CMServiceConnectionPoint', 'Get-CMServiceConnectionPoint', 'Remove-ScpRole', 'about_ServiceConnectionPoint'],
	async process(ctx) {
		if (!requireSiteDrive(ctx)) return;
		checkWildcardSwitches(ctx);
		const site = siteOf(ctx);
		const scp = findScp(ctx, site);
		if (!scp) return;
		const go = ctx.params.Force && !whatIfRequested(ctx) ? true : await ctx.shouldProcess(scp.ServerName, 'Remove-CMServiceConnectionPoint');
		if (!go) return;
		trySite(ctx, () => site.removeScp(scp.ServerName));
	},
};

export default def;
