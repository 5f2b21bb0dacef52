// Get-PSDrive: the session's drives — the shell's own and the CMSite drives of the ConfigurationManager module.
// The console's preamble asks it whether the site's drive exists before creating one.

import type {CmdletDef} from '../../src/engine/command.ts';
import {hasWildcard, wildcardMatcher} from '../../src/engine/wildcard.ts';
import {driveObject, listDrives, providerNames} from '../_lib/shell-objects.ts';

const def: CmdletDef = {
	name: 'Get-PSDrive',
	aliases: ['gdr'],
	synopsis: 'Gets the drives of the session, such as the Configuration Manager site drive PS1:.',
	description:
		'Get-PSDrive gets the drives of the session as PSDriveInfo objects (Name, Provider, Root, CurrentLocation): the ' +
		'file system root /, Temp, Alias, Env, Function and Variable, and a CMSite drive for each Configuration Manager ' +
		'site the session is connected to (Root is its SMS Provider, the site server). -Name and -PSProvider filter; a ' +
		'name without wildcards that matches no drive is an error ("Cannot find drive"), which scripts silence with ' +
		'-ErrorAction SilentlyContinue, as the console\'s preamble does before it calls New-PSDrive.\n\n' +
		'Simulated: the CMSite drive of the top-tier site exists from the start (a session starts as a PowerShell window ' +
		'opened from the console); New-PSDrive adds drives for other sites.',
	defaultParameterSet: 'Name',
	parameters: [
		{
			name: 'Name',
			type: 'string[]',
			position: 0,
			sets: ['Name'],
			acceptsWildcards: true,
			valueFromPipelineByPropertyName: true,
			complete: (session) => listDrives(session).map((d) => d.Name),
			help: 'Names of the drives to get, without the colon (PS1, not PS1:). Wildcards are accepted.',
		},
		{
			name: 'LiteralName',
			type: 'string[]',
			mandatory: true,
			sets: ['LiteralName'],
			valueFromPipelineByPropertyName: true,
			help: 'Names of the drives to get, taken literally (no wildcards).',
		},
		{
			name: 'PSProvider',
			type: 'string[]',
			valueFromPipelineByPropertyName: true,
			complete: providerNames,
			help: 'Only drives of these providers, such as CMSite or FileSystem.',
		},
		{name: 'Scope', type: 'string', valueFromPipelineByPropertyName: true, help: 'Accepted for compatibility: scpsh\'s drives are global.'},
	],
	outputs: ['System.Management.Automation.PSDriveInfo'],
	examples: [
		{
			title: 'The site drive, as the console\'s preamble looks for it',
			code: 'Get-PSDrive -Name PS1 -PSProvider CMSite -ErrorAction SilentlyContinue | Select-Object Name, Provider, Root',
			remarks: 'The CMSite drive PS1 connects to the SMS Provider on CM01.contoso.com.',
			expect: ['PS1', 'CMSite', 'CM01.contoso.com'],
		},
		{
			title: 'A drive that does not exist',
			code: '(Get-PSDrive -Name PS9 -PSProvider CMSite -ErrorAction SilentlyContinue) -eq $null',
			remarks: 'Nothing is returned, and the error is silenced.',
			expect: ['True'],
		},
	],
	related: ['New-PSDrive', 'Set-Location', 'Get-Location', 'Import-Module'],
	process(ctx) {
		const literal = ctx.parameterSet === 'LiteralName';
		const names: string[] = (literal ? ctx.params.LiteralName : ctx.params.Name) ?? ['*'];
		const providers: string[] | null = ctx.params.PSProvider ?? null;
		const known = providerNames(ctx.session);
		if (providers) {
			for (const p of providers) {
				if (!hasWildcard(p) && !known.some((k) => k.toLowerCase() === String(p).toLowerCase())) {
					ctx.writeError({
						message: `Cannot find a provider with the name '${p}'.`,
						category: 'ObjectNotFound',
						id: 'GetDriveNoMatchingProvider',
						target: p,
						exceptionType: 'ProviderNotFoundException',
					});
					return;
				}
			}
		}
		const byProvider = providers ? providers.map((p) => wildcardMatcher(String(p))) : null;
		const drives = listDrives(ctx.session).filter((d) => !byProvider || byProvider.some((m) => m.test(d.Provider)));
		const out = new Set<string>();
		for (const n of names) {
			const pattern = String(n).replace(/:$/, '');
			const isPattern = !literal && hasWildcard(pattern);
			const match = literal ? (s: string) => s.toLowerCase() === pattern.toLowerCase() : (s: string) => wildcardMatcher(pattern).test(s);
			const found = drives.filter((d) => match(d.Name));
			if (!found.length && !isPattern) {
				ctx.writeError({
					message: `Cannot find drive. A drive with the name '${pattern}' does not exist.`,
					category: 'ObjectNotFound',
					id: 'GetDriveNoMatchingDrive',
					target: pattern,
					exceptionType: 'DriveNotFoundException',
				});
			}
			for (const d of found) {
				if (out.has(d.Name)) continue;
				out.add(d.Name);
				ctx.write(driveObject(d));
			}
		}
	},
};

export default def;
