// New-PSDrive: creates a CMSite drive — the connection of the ConfigurationManager module to a site's SMS
// Provider — as the console's preamble does when the drive does not exist yet.

import type {CmdletDef} from '../../src/engine/command.ts';
import {suggest} from '../../src/site/errors.ts';
import {addCmDrive, CM_MODULE, CM_PROVIDER, getCmDrive, isModuleLoaded} from '../_lib/cm-session.ts';
import {driveObject, listDrives, providerNames} from '../_lib/shell-objects.ts';
import {siteOf} from '../_lib/site.ts';
import {completeServerNames, completeSiteCodes} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'New-PSDrive',
	aliases: ['ndr'],
	synopsis: 'Creates a drive; here, a CMSite drive connected to a Configuration Manager site.',
	description:
		'New-PSDrive creates a drive. scpsh supports the CMSite provider of the ConfigurationManager module: ' +
		'New-PSDrive -Name PS1 -PSProvider CMSite -Root CM01.contoso.com connects to the SMS Provider on the site server ' +
		'CM01.contoso.com, and Set-Location PS1: then puts the prompt on the site, where the module\'s cmdlets run. The ' +
		'drive is named after the site code of the site whose server -Root names. A drive that exists already is an error ' +
		'(the console\'s preamble checks with Get-PSDrive first).\n\n' +
		'Simulated: a session starts with the top-tier site\'s drive; New-PSDrive adds one for another site of the ' +
		'hierarchy (a child primary, say). Other providers (FileSystem drives) are not supported.',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			mandatory: true,
			position: 0,
			valueFromPipelineByPropertyName: true,
			complete: completeSiteCodes,
			help: 'The drive name, without the colon: the site code (PS1).',
		},
		{
			name: 'PSProvider',
			type: 'string',
			mandatory: true,
			position: 1,
			valueFromPipelineByPropertyName: true,
			complete: () => [CM_PROVIDER],
			help: 'The provider: CMSite.',
		},
		{
			name: 'Root',
			type: 'string',
			mandatory: true,
			position: 2,
			valueFromPipelineByPropertyName: true,
			complete: completeServerNames,
			help: 'For CMSite: the SMS Provider server (the site server), such as CM01.contoso.com.',
		},
		{name: 'Description', type: 'string', valueFromPipelineByPropertyName: true, help: 'A description of the drive.'},
		{name: 'Scope', type: 'string', valueFromPipelineByPropertyName: true, help: 'Accepted for compatibility: scpsh\'s drives are global.'},
		{name: 'Persist', type: 'switch', valueFromPipelineByPropertyName: true, help: 'Accepted for compatibility (Windows mapped network drives only).'},
		{name: 'Credential', type: 'object', valueFromPipelineByPropertyName: true, help: 'Accepted for compatibility: the simulated SMS Provider needs no credentials.'},
	],
	outputs: ['System.Management.Automation.PSDriveInfo'],
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	examples: [
		{
			title: 'Connect to a child primary site',
			code: 'Reset-SimSite -Scenario hierarchy -Force\nNew-PSDrive -Name PS2 -PSProvider CMSite -Root CM02.contoso.com | Select-Object Name, Provider, Root\n' +
				'Set-Location PS2:\n(Get-CMSite -SiteCode PS2).ServerName',
			remarks: 'The drive connects to the SMS Provider of PS2; the module\'s cmdlets then run from PS2:\\.',
			expect: ['PS2', 'CMSite', 'CM02.contoso.com'],
		},
		{
			title: 'A drive that exists is an error',
			code: 'New-PSDrive -Name PS1 -PSProvider CMSite -Root CM01.contoso.com -ErrorAction SilentlyContinue\n$Error[0].Exception.Message',
			remarks: 'The session starts with the top-tier site\'s drive.',
			expect: ['A drive with the name \'PS1\' already exists.'],
		},
	],
	related: ['Get-PSDrive', 'Set-Location', 'Import-Module'],
	async process(ctx) {
		const name = String(ctx.params.Name).replace(/:$/, '');
		const provider = String(ctx.params.PSProvider);
		const root = String(ctx.params.Root).trim();
		const providers = providerNames(ctx.session);
		const known = providers.find((p) => p.toLowerCase() === provider.toLowerCase());
		if (!known) {
			const hint = provider.toLowerCase() === CM_PROVIDER.toLowerCase() && !isModuleLoaded(ctx.session, CM_MODULE) ? ' Import the ConfigurationManager module first.' : '';
			ctx.fail({message: `Cannot find a provider with the name '${provider}'.${hint}`, category: 'ObjectNotFound', id: 'ProviderNotFound', target: provider, exceptionType: 'ProviderNotFoundException'});
		}
		if (known !== CM_PROVIDER) {
			ctx.fail({
				message: `scpsh creates drives of the CMSite provider only; the ${known} drives it has are built in.`,
				category: 'NotImplemented',
				id: 'ProviderNotSupported',
				target: provider,
				exceptionType: 'NotSupportedException',
			});
		}
		if (getCmDrive(ctx.session, name) || listDrives(ctx.session).some((d) => d.Name.toLowerCase() === name.toLowerCase())) {
			// Non-terminating, as pwsh's: scripts create the drive "if missing" with -ErrorAction SilentlyContinue.
			ctx.writeError({message: `A drive with the name '${name}' already exists.`, category: 'ResourceExists', id: 'DriveAlreadyExists', target: name, exceptionType: 'SessionStateException'});
			return;
		}
		const site = siteOf(ctx);
		const sites = site.getSites();
		const served = sites.find((s) => s.ServerName.toLowerCase() === root.toLowerCase());
		if (!served) {
			return ctx.fail({
				message: `Cannot connect to the SMS Provider on '${root}': it is not a site server of this hierarchy.${suggest(root, sites.map((s) => s.ServerName))}`,
				category: 'ObjectNotFound',
				id: 'SmsProviderNotFound',
				target: root,
				exceptionType: 'ItemNotFoundException',
			});
		}
		if (served.SiteCode.toLowerCase() !== name.toLowerCase()) {
			ctx.fail({
				message: `The SMS Provider on ${served.ServerName} serves site ${served.SiteCode}; name the drive after its site code (-Name ${served.SiteCode}).`,
				category: 'InvalidArgument',
				id: 'DriveNameNotSiteCode',
				target: name,
				exceptionType: 'ArgumentException',
			});
		}
		if (!(await ctx.shouldProcess(`Name: ${served.SiteCode} Provider: ${CM_PROVIDER} Root: ${served.ServerName}`, 'New drive'))) return;
		const drive = {name: served.SiteCode, root: served.ServerName, siteCode: served.SiteCode, description: ctx.params.Description ?? served.SiteName};
		addCmDrive(ctx.session, drive);
		ctx.write(driveObject({Name: drive.name, Provider: CM_PROVIDER, Root: drive.root, CurrentLocation: '', Description: drive.description}));
	},
};

export default def;
