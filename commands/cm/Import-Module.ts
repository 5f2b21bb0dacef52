// Import-Module: enough of pwsh's Import-Module for ConfigMgr scripts. The ConfigurationManager module (by name,
// or by a path ending in ConfigurationManager.psd1 as the console's preamble gives it) is built in: importing it
// makes its cmdlets' CMSite drive available. pwsh's own modules and scpsh's are always loaded; anything else is
// not found, with pwsh's message.

import type {CmdletDef} from '../../src/engine/command.ts';
import {CM_MODULE, isModuleLoaded, loadModule} from '../_lib/cm-session.ts';
import {knownModules, moduleObject} from '../_lib/shell-objects.ts';

/** The module a name or path stands for: ConfigurationManager.psd1 anywhere means the ConfigurationManager module. */
function moduleNameOf(text: string): string {
	const t = text.trim().replace(/^["']|["']$/g, '');
	const leaf = t.split(/[\\/]/).pop() ?? t;
	return /\.psd1$|\.psm1$|\.dll$/i.test(leaf) ? leaf.replace(/\.(psd1|psm1|dll)$/i, '') : t;
}

const def: CmdletDef = {
	name: 'Import-Module',
	aliases: ['ipmo'],
	synopsis: 'Adds a module to the session; here, the ConfigurationManager module.',
	description:
		'Import-Module loads a module. scpsh has the ConfigurationManager module built in: import it by name ' +
		'(Import-Module ConfigurationManager) or by the path the console\'s connection preamble uses, ' +
		'"$($ENV:SMS_ADMIN_UI_PATH)\\..\\ConfigurationManager.psd1" — any path whose file is ConfigurationManager.psd1 ' +
		'works, even when SMS_ADMIN_UI_PATH is not set (there is no console installation to find). Importing it makes ' +
		'the CMSite provider and the drive of the top-tier site (PS1:) available, as the console does.\n\n' +
		'A new scpsh session starts as a PowerShell window opened from the console: ConfigurationManager is already ' +
		'imported and the prompt is on the site\'s drive, so the preamble\'s "if ((Get-Module ConfigurationManager) -eq ' +
		'$null)" skips the import; importing again changes nothing. pwsh\'s own modules (Microsoft.PowerShell.Utility, ' +
		'Microsoft.PowerShell.Management) and scpsh\'s (Scpsh.Site, Scpsh.Simulation) are always loaded. Any other module ' +
		'is not found, with pwsh\'s error.',
	parameters: [
		{
			name: 'Name',
			type: 'string[]',
			mandatory: true,
			position: 0,
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			complete: () => [CM_MODULE],
			help: 'The module name (ConfigurationManager) or the path of its manifest (...\\ConfigurationManager.psd1).',
		},
		{name: 'Force', type: 'switch', help: 'Imports the module again even when it is loaded.'},
		{name: 'PassThru', type: 'switch', help: 'Returns the module (PSModuleInfo). By default the cmdlet writes no output.'},
		{name: 'Global', type: 'switch', help: 'Imports into the global scope (scpsh has one module table, so this changes nothing).'},
		{name: 'Scope', type: 'string', validateSet: ['Local', 'Global'], help: 'Local or Global (scpsh has one module table, so this changes nothing).'},
		{name: 'Prefix', type: 'string', help: 'A noun prefix for the imported commands. Not supported: giving one is an error.'},
		{name: 'DisableNameChecking', type: 'switch', help: 'Suppresses the warning about unapproved verbs (there is none to suppress).'},
		{name: 'NoClobber', type: 'switch', help: 'Does not replace commands that exist (none are replaced).'},
		{name: 'ArgumentList', type: 'object[]', aliases: ['Args'], help: 'Arguments for the module (ConfigurationManager takes none).'},
		{name: 'MinimumVersion', type: 'string', aliases: ['Version'], help: 'The lowest version to accept (the built-in module is always accepted).'},
		{name: 'RequiredVersion', type: 'string', help: 'The exact version to accept (the built-in module is always accepted).'},
	],
	outputs: ['None', 'System.Management.Automation.PSModuleInfo (with -PassThru)'],
	examples: [
		{
			title: 'The console\'s connection preamble',
			code: '$SiteCode = "PS1"\n$ProviderMachineName = "CM01.contoso.com"\n$initParams = @{}\n' +
				'if((Get-Module ConfigurationManager) -eq $null) {\n\tImport-Module "$($ENV:SMS_ADMIN_UI_PATH)\\..\\ConfigurationManager.psd1" @initParams\n}\n' +
				'if((Get-PSDrive -Name $SiteCode -PSProvider CMSite -ErrorAction SilentlyContinue) -eq $null) {\n' +
				'\tNew-PSDrive -Name $SiteCode -PSProvider CMSite -Root $ProviderMachineName @initParams\n}\n' +
				'Set-Location "$($SiteCode):\\" @initParams\n(Get-Location).Path',
			remarks: 'The script the console generates runs unchanged and leaves the prompt on the site\'s drive.',
			expect: ['PS1:\\'],
		},
		{
			title: 'Import by path',
			code: 'Import-Module "$($ENV:SMS_ADMIN_UI_PATH)\\..\\ConfigurationManager.psd1" -PassThru | Select-Object -ExpandProperty Name',
			remarks: 'SMS_ADMIN_UI_PATH is not set here, so the path is \\..\\ConfigurationManager.psd1; the built-in module answers to it.',
			expect: ['ConfigurationManager'],
		},
		{
			title: 'Other modules are not found',
			code: 'Import-Module SqlServer -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId',
			remarks: 'scpsh has no module directories to search.',
			expect: ['Modules_ModuleNotFound,Import-Module'],
		},
	],
	related: ['Get-Module', 'Get-PSDrive', 'New-PSDrive', 'Set-Location'],
	process(ctx) {
		const names: string[] = ctx.params.Name ?? [];
		if (ctx.params.Prefix) {
			ctx.fail({message: 'scpsh does not support -Prefix: the imported commands keep their names.', category: 'NotImplemented', id: 'PrefixNotSupported', exceptionType: 'NotSupportedException'});
		}
		const known = knownModules(ctx.session);
		for (const raw of names) {
			const name = moduleNameOf(String(raw));
			const mod = known.find((m) => m.Name.toLowerCase() === name.toLowerCase());
			if (!mod) {
				ctx.writeError({
					message: `The specified module '${String(raw)}' was not loaded because no valid module file was found in any module directory.`,
					category: 'ResourceUnavailable',
					id: 'Modules_ModuleNotFound',
					target: String(raw),
					exceptionType: 'FileNotFoundException',
				});
				continue;
			}
			if (mod.Name === CM_MODULE && (!isModuleLoaded(ctx.session, CM_MODULE) || ctx.params.Force)) {
				ctx.writeVerbose(`Loading module from path '${String(raw)}'.`);
				for (const c of mod.ExportedCommands) ctx.writeVerbose(`Importing cmdlet '${c}'.`);
				loadModule(ctx.session, CM_MODULE);
			}
			if (ctx.params.PassThru) ctx.write(moduleObject(mod));
		}
	},
};

export default def;
