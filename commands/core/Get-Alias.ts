// Get-Alias: the session's aliases, as AliasInfo objects (`gal -> Get-Alias`).

import type {CmdletDef} from '../../src/engine/command.ts';
import {hasWildcard, wildcardMatch} from '../../src/engine/wildcard.ts';
import {aliasInfo} from './_command-info.ts';

const def: CmdletDef = {
	name: 'Get-Alias',
	aliases: ['gal'],
	synopsis: 'Gets the aliases of the current session.',
	description:
		'Get-Alias gets the aliases: the alternate names of cmdlets and functions, such as `gal` for Get-Alias or `?` ' +
		'for Where-Object. Without parameters it gets them all, sorted by name. -Name gets aliases by their names and ' +
		'-Definition by the command they stand for; both take wildcards. Each alias is written as an AliasInfo object ' +
		'and displayed as `alias -> command`.',
	defaultParameterSet: 'Default',
	parameters: [
		{
			name: 'Name',
			type: 'string[]',
			position: 0,
			sets: ['Default'],
			valueFromPipelineByPropertyName: true,
			acceptsWildcards: true,
			help: 'The aliases to get. Wildcards are permitted. The default is all aliases.',
			complete: session => session.listCommands().filter(c => c.commandType === 'Alias').map(c => c.name),
		},
		{
			name: 'Definition',
			type: 'string[]',
			sets: ['Definition'],
			acceptsWildcards: true,
			help: 'Gets the aliases for these commands (for example Get-ChildItem). Wildcards are permitted.',
			complete: session => session.listCommands().filter(c => c.commandType !== 'Alias').map(c => c.name),
		},
		{
			name: 'Exclude',
			type: 'string[]',
			acceptsWildcards: true,
			help: 'Leaves out the aliases whose names match these patterns.',
		},
		{
			name: 'Scope',
			type: 'string',
			help: 'The scope to look in. Accepted for compatibility; scpsh has one alias table.',
		},
	],
	outputs: ['System.Management.Automation.AliasInfo'],
	examples: [
		{
			title: 'Get one alias',
			code: 'Get-Alias -Name gal',
			remarks: 'Shows which command the alias stands for.',
			expect: ['gal -> Get-Alias'],
		},
		{
			title: 'Find the aliases of a cmdlet',
			code: 'Get-Alias -Definition Where-Object',
			remarks: 'Both `?` and `where` stand for Where-Object.',
			expect: ['? -> Where-Object', 'where -> Where-Object'],
		},
		{
			title: 'List aliases by a pattern',
			code: 'Get-Alias -Name s* | Select-Object -ExpandProperty Name',
			remarks: 'The names of all aliases that start with "s".',
			expect: ['select', 'sort'],
		},
	],
	related: ['Get-Command'],
	process(ctx) {
		const all = ctx.session
			.listCommands()
			.filter(c => c.commandType === 'Alias')
			.sort((a, b) => a.name.localeCompare(b.name, 'en', {sensitivity: 'base'}));
		const exclude: string[] = ctx.params.Exclude ?? [];
		const kept = (name: string): boolean => !exclude.some(p => wildcardMatch(name, p));
		const found = new Map<string, {name: string; target: string}>();
		const byDefinition = ctx.parameterSet === 'Definition';
		const patterns: string[] = (byDefinition ? ctx.params.Definition : ctx.params.Name) ?? ['*'];
		for (const pattern of patterns) {
			let any = false;
			for (const a of all) {
				const target = a.definition ?? '';
				if (!wildcardMatch(byDefinition ? target : a.name, pattern)) continue;
				any = true;
				if (kept(a.name)) found.set(a.name.toLowerCase(), {name: a.name, target});
			}
			if (!any && !hasWildcard(pattern)) {
				ctx.writeError({
					message: `This command cannot find a matching alias because an alias with the ${byDefinition ? 'definition' : 'name'} '${pattern}' does not exist.`,
					id: 'ItemNotFoundException',
					category: 'ObjectNotFound',
					exceptionType: 'ItemNotFoundException',
					target: pattern,
				});
			}
		}
		const sorted = [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', {sensitivity: 'base'}));
		for (const a of sorted) ctx.write(aliasInfo(a.name, a.target));
	},
};

export default def;
