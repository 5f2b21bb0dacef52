// Get-Command: the commands of the session (cmdlets, functions, aliases), by name, verb, noun or type.

import type {CmdletContext, CmdletDef, CommandInfo} from '../../src/engine/command.ts';
import {hasWildcard, wildcardMatch} from '../../src/engine/wildcard.ts';
import {syntaxLines} from '../../src/format/syntax.ts';
import {commandInfo, compareCommands, verbNoun} from './_command-info.ts';
import {keyOf} from '../../src/engine/values.ts';

const COMMAND_TYPES = ['Alias', 'Function', 'Filter', 'Cmdlet', 'ExternalScript', 'Application', 'Script', 'Configuration', 'All'] as const;

function commandNotFound(ctx: CmdletContext, name: string): void {
	ctx.writeError({
		message: `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
		id: 'CommandNotFoundException',
		category: 'ObjectNotFound',
		exceptionType: 'CommandNotFoundException',
		target: name,
	});
}

/** The syntax of a command as -Syntax prints it: an alias names its command first, as pwsh does. */
function syntaxOf(ctx: CmdletContext, info: CommandInfo): string[] {
	if (info.commandType === 'Alias') {
		const target = ctx.session.resolveCommand(info.definition ?? '');
		return [`${info.name} (alias) -> ${info.definition ?? ''}`, '', ...(target ? syntaxOf(ctx, target) : [])];
	}
	if (info.def) return syntaxLines(info.def).flatMap(line => [line, '']);
	return [info.name, ''];
}

const def: CmdletDef = {
	name: 'Get-Command',
	aliases: ['gcm'],
	synopsis: 'Gets all the commands of the session.',
	description:
		'Get-Command gets the cmdlets, functions and aliases of the session. Without parameters it gets them all: ' +
		'aliases, then functions, then cmdlets, each sorted by name. -Name takes names or wildcard patterns ' +
		'(`Get-Command *Scp*`); a name without wildcards that is no command is an error. -Verb and -Noun select ' +
		'Verb-Noun commands by their parts, -CommandType by kind, -Module by source (Scpsh.Site, ConfigurationManager, ' +
		'Microsoft.PowerShell.Utility...). -Syntax shows how to call each command instead of the command objects.',
	defaultParameterSet: 'CmdletSet',
	parameters: [
		{
			name: 'Name',
			type: 'string[]',
			position: 0,
			sets: ['AllCommandSet'],
			valueFromPipelineByPropertyName: true,
			acceptsWildcards: true,
			help: 'The names of the commands to get. Wildcards are permitted.',
			complete: session => session.listCommands().map(c => c.name),
		},
		{
			name: 'Verb',
			type: 'string[]',
			sets: ['CmdletSet'],
			valueFromPipelineByPropertyName: true,
			acceptsWildcards: true,
			help: 'Gets the commands whose names have this verb (the part before the dash), such as Get or Set.',
		},
		{
			name: 'Noun',
			type: 'string[]',
			sets: ['CmdletSet'],
			valueFromPipelineByPropertyName: true,
			acceptsWildcards: true,
			help: 'Gets the commands whose names have this noun (the part after the dash), such as ScpStatus.',
		},
		{
			name: 'CommandType',
			type: 'string[]',
			sets: ['AllCommandSet'],
			aliases: ['Type'],
			validateSet: COMMAND_TYPES,
			help: 'Gets only commands of these kinds: Alias, Function, Cmdlet or All.',
		},
		{
			name: 'Module',
			type: 'string[]',
			aliases: ['PSSnapin'],
			acceptsWildcards: true,
			help: 'Gets only the commands from these sources, such as Scpsh.Site or ConfigurationManager.',
		},
		{
			name: 'ParameterName',
			type: 'string[]',
			acceptsWildcards: true,
			help: 'Gets only the cmdlets that have a parameter of this name (or alias).',
		},
		{
			name: 'TotalCount',
			type: 'int',
			help: 'The most commands to get.',
		},
		{
			name: 'Syntax',
			type: 'switch',
			help: 'Shows the syntax of each command (its parameter sets) instead of the command objects.',
		},
		{
			name: 'All',
			type: 'switch',
			help: 'Gets all commands, including ones hidden by others of the same name. scpsh has none hidden; accepted for compatibility.',
		},
		{
			name: 'ListImported',
			type: 'switch',
			help: 'Gets only the commands of the current session; in scpsh that is all of them.',
		},
	],
	outputs: ['System.Management.Automation.CommandInfo'],
	examples: [
		{
			title: 'Find commands by a pattern',
			code: 'Get-Command -Name *-Alias',
			remarks: 'Lists the commands whose names end in -Alias, with their type and source.',
			expect: ['Get-Alias'],
		},
		{
			title: 'Get the commands with a verb',
			code: 'Get-Command -Verb Write | Select-Object -ExpandProperty Name',
			remarks: 'The names of all commands whose verb is Write.',
			expect: ['Write-Host', 'Write-Output', 'Write-Warning'],
		},
		{
			title: 'Show how to call a cmdlet',
			code: 'Get-Command Sort-Object -Syntax',
			remarks: 'Prints one syntax line for each parameter set.',
			expect: ['Sort-Object [[-Property] <Object[]>]'],
		},
		{
			title: 'See what an alias stands for',
			code: 'Get-Command gcm',
			remarks: 'An alias is shown with the command it runs.',
			expect: ['gcm -> Get-Command'],
		},
	],
	related: ['Get-Help', 'Get-Alias'],
	async process(ctx) {
		// Definitions load on first use; listing and help need them all.
		await ctx.session.loadCommands();
		const p = ctx.params;
		const all = ctx.session.listCommands();
		const types: string[] | null = p.CommandType ?? null;
		const typeOk = (c: CommandInfo): boolean =>
			!types || types.some(t => t === 'All' || t === c.commandType || (t === 'Filter' && c.commandType === 'Function'));
		const modules: string[] | null = p.Module ?? null;
		const moduleOk = (c: CommandInfo): boolean => !modules || modules.some(m => wildcardMatch(c.source, m));
		const parameterNames: string[] | null = p.ParameterName ?? null;
		const parameterOk = (c: CommandInfo): boolean => {
			if (!parameterNames) return true;
			const target = c.commandType === 'Alias' ? ctx.session.resolveCommand(c.definition ?? '') : c;
			const names = target?.def?.parameters.flatMap(q => [q.name, ...(q.aliases ?? [])]) ?? [];
			return parameterNames.some(pattern => names.some(n => wildcardMatch(n, pattern)));
		};
		const found = new Map<string, CommandInfo>();
		const add = (c: CommandInfo): void => {
			const key = `${c.commandType}:${keyOf(c.name)}`;
			if (!found.has(key)) found.set(key, c);
		};

		if (ctx.parameterSet === 'AllCommandSet' && ctx.isBound('Name')) {
			for (const pattern of p.Name as string[]) {
				const matches = all.filter(c => wildcardMatch(c.name, pattern) && typeOk(c) && moduleOk(c) && parameterOk(c));
				if (matches.length === 0 && !hasWildcard(pattern)) commandNotFound(ctx, pattern);
				for (const c of matches.sort(compareCommands)) add(c);
			}
		} else {
			const verbs: string[] | null = p.Verb ?? null;
			const nouns: string[] | null = p.Noun ?? null;
			for (const c of all) {
				if (!typeOk(c) || !moduleOk(c) || !parameterOk(c)) continue;
				if (verbs || nouns) {
					// -Verb and -Noun select Verb-Noun commands; pwsh leaves aliases out of them.
					if (c.commandType === 'Alias') continue;
					const {verb, noun} = verbNoun(c.name);
					if (!verb) continue;
					if (verbs && !verbs.some(v => wildcardMatch(verb, v))) continue;
					if (nouns && !nouns.some(n => wildcardMatch(noun, n))) continue;
				}
				add(c);
			}
		}
		let results = [...found.values()];
		if (!(ctx.parameterSet === 'AllCommandSet' && ctx.isBound('Name'))) results.sort(compareCommands);
		if (ctx.isBound('TotalCount') && p.TotalCount >= 0) results = results.slice(0, p.TotalCount);
		if (p.Syntax) {
			for (const c of results) ctx.writeAll(syntaxOf(ctx, c));
			return;
		}
		for (const c of results) {
			const syntax = c.def ? syntaxLines(c.def).join('\n') : undefined;
			ctx.write(commandInfo(c, syntax));
		}
	},
};

export default def;
