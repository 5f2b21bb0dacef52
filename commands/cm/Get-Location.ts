// Get-Location: the current location — the site drive (PS1:\) or a folder.

import type {CmdletDef} from '../../src/engine/command.ts';
import {pathObject, providerNames} from '../_lib/shell-objects.ts';

const def: CmdletDef = {
	name: 'Get-Location',
	aliases: ['gl', 'pwd'],
	synopsis: 'Gets the current location.',
	description:
		'Get-Location returns the current location as a PathInfo object (Path, Drive, Provider, ProviderPath): PS1:\\ on ' +
		'a Configuration Manager site drive (the CMSite provider), or a folder of the file system. The prompt shows the ' +
		'same location. -PSDrive and -PSProvider are accepted; scpsh keeps one location, so they only check their ' +
		'argument.',
	parameters: [
		{name: 'PSDrive', type: 'string[]', help: 'Accepted for compatibility: scpsh keeps one current location.'},
		{name: 'PSProvider', type: 'string[]', complete: providerNames, help: 'Accepted for compatibility: scpsh keeps one current location.'},
	],
	outputs: ['System.Management.Automation.PathInfo'],
	examples: [
		{
			title: 'Where the prompt is',
			code: 'Get-Location',
			remarks: 'A new session starts on the site drive, as a PowerShell window opened from the console does.',
			expect: ['PS1:\\'],
		},
		{
			title: 'The location as text',
			code: '"We are on $(Get-Location)"',
			remarks: 'A PathInfo expands to its path.',
			expect: ['We are on PS1:\\'],
		},
	],
	related: ['Set-Location', 'Get-PSDrive'],
	process(ctx) {
		ctx.write(pathObject(ctx.session, ctx.session.location));
	},
};

export default def;
