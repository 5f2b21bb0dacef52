// Get-Module: the modules of the session (the preamble asks it whether ConfigurationManager is loaded).

import type {CmdletDef} from '../../src/engine/command.ts';
import {wildcardMatcher} from '../../src/engine/wildcard.ts';
import {CM_MODULE, isModuleLoaded} from '../_lib/cm-session.ts';
import {knownModules, moduleObject} from '../_lib/shell-objects.ts';

const def: CmdletDef = {
	name: 'Get-Module',
	aliases: ['gmo'],
	synopsis: 'Gets the modules that are imported, or that can be imported.',
	description:
		'Get-Module gets the modules loaded in the session as PSModuleInfo objects (ModuleType, Version, Name, ' +
		'ExportedCommands); with -ListAvailable, the modules that can be imported. -Name filters by name (wildcards ' +
		'accepted). A name that matches nothing returns nothing, without an error, so "(Get-Module ConfigurationManager) ' +
		'-eq $null" tells whether the module is loaded.\n\n' +
		'scpsh\'s modules are built in: ConfigurationManager (loaded from the start, as in a PowerShell window opened from ' +
		'the console; its version is the site\'s), Microsoft.PowerShell.Management and Microsoft.PowerShell.Utility ' +
		'(pwsh\'s cmdlets), Scpsh.Site (the SCP, Service Manager and site cmdlets) and Scpsh.Simulation (the clock, ' +
		'network and scenarios).',
	parameters: [
		{
			name: 'Name',
			type: 'string[]',
			position: 0,
			acceptsWildcards: true,
			valueFromPipeline: true,
			complete: (session) => knownModules(session).map((m) => m.Name),
			help: 'Names of the modules to get. Wildcards are accepted.',
		},
		{name: 'ListAvailable', type: 'switch', help: 'Gets the modules that can be imported, loaded or not.'},
		{name: 'All', type: 'switch', help: 'Gets all modules, nested ones included (scpsh\'s have none).'},
		{name: 'Refresh', type: 'switch', help: 'Refreshes the list of available modules (it never changes in scpsh).'},
	],
	outputs: ['System.Management.Automation.PSModuleInfo'],
	examples: [
		{
			title: 'Is ConfigurationManager loaded?',
			code: 'if ((Get-Module ConfigurationManager) -eq $null) { \'not loaded\' } else { \'loaded\' }',
			remarks: 'A new session starts with the module loaded, as a window opened from the console does.',
			expect: ['loaded'],
		},
		{
			title: 'The cmdlets of the module',
			code: '(Get-Module ConfigurationManager).ExportedCommands -contains \'Set-CMServiceConnectionPoint\'',
			remarks: 'ExportedCommands lists the module\'s cmdlets.',
			expect: ['True'],
		},
	],
	related: ['Import-Module', 'Get-Command'],
	process(ctx) {
		const patterns: string[] = ctx.params.Name ?? ['*'];
		const matchers = patterns.map((p) => wildcardMatcher(String(p)));
		const mods = knownModules(ctx.session)
			.filter((m) => ctx.params.ListAvailable || m.Name !== CM_MODULE || isModuleLoaded(ctx.session, CM_MODULE))
			.filter((m) => matchers.some((x) => x.test(m.Name)));
		ctx.writeAll(mods.map(moduleObject));
	},
};

export default def;
