// Get-Help: help for cmdlets, functions and about_ topics, from the cmdlet definitions themselves.

import type {CmdletContext, CmdletDef, CommandInfo} from '../../src/engine/command.ts';
import {signatureOf} from '../../src/engine/function-signature.ts';
import {PSObject, keyOf} from '../../src/engine/values.ts';
import {hasWildcard, wildcardMatch} from '../../src/engine/wildcard.ts';
import {renderAbout, renderHelp} from '../../src/format/help.ts';
import {syntaxLines} from '../../src/format/syntax.ts';

const HELP_SHORT = 'HelpInfoShort';

/** What `Get-Help` alone shows: how to use help in scpsh. */
function overview(topics: string[]): string[] {
	const lines = [
		'',
		'TOPIC',
		'    scpsh Help System',
		'',
		'SHORT DESCRIPTION',
		'    Displays help about scpsh cmdlets and concepts.',
		'',
		'LONG DESCRIPTION',
		'    scpsh is a PowerShell-like shell over a simulated Configuration Manager site and',
		'    its service connection point. Every cmdlet carries its own help, with examples',
		'    you can run as they are written.',
		'',
		'  Syntax',
		'    Get-Help <name>               Help for a cmdlet, function or about_ topic.',
		'    Get-Help <name> -Examples     Only the examples.',
		'    Get-Help <name> -Detailed     Adds the parameters and the examples.',
		'    Get-Help <name> -Full         Everything, parameter attributes included.',
		'    Get-Help <name> -Parameter P  One parameter.',
		'    Get-Help *<word>*             Lists the commands and topics whose names match.',
		'    <cmdlet> -?                   The same as Get-Help <cmdlet>.',
		'',
		'  Examples',
		'    Get-Help Get-ScpStatus',
		'    Get-Help Set-ScpMode -Examples',
		'    Get-Help about_*',
		'    Get-Command -Noun Scp*',
		'',
	];
	if (topics.length > 0) lines.push('  Concept topics', ...topics.map(t => '    ' + t), '');
	return lines;
}

/** The paragraph under an about_ topic's SHORT DESCRIPTION heading, as pwsh shows it in help lists. */
function aboutSynopsis(text: string): string {
	const lines = text.replace(/\r/g, '').split('\n');
	const at = lines.findIndex(l => /^\s*short description\s*$/i.test(l));
	if (at < 0) return '';
	const paragraph: string[] = [];
	for (const line of lines.slice(at + 1)) {
		if (line.trim() === '') {
			if (paragraph.length) break;
			continue;
		}
		// The next heading (unindented) ends it.
		if (/^\S/.test(line)) break;
		paragraph.push(line.trim());
	}
	return paragraph.join(' ');
}

/** Help for a function without a definition: its generated syntax, as pwsh shows for a function without comment-based help. */
function functionHelp(info: CommandInfo, aliases: string[]): string[] {
	let syntax = [info.name];
	const ast = info.scriptBlock?.ast;
	if (ast) {
		const sig = signatureOf(info.name, ast);
		const pseudo: CmdletDef = {name: info.name, synopsis: '', description: '', parameters: sig.parameters, examples: []};
		syntax = syntaxLines(pseudo).map(line => (sig.advanced ? line : line.replace(/ \[<CommonParameters>\]$/, '')));
	}
	return [
		'',
		'NAME',
		`    ${info.name}`,
		'',
		'SYNTAX',
		...syntax.map(l => `    ${l}`),
		'',
		'',
		'ALIASES',
		...(aliases.length ? aliases.map(a => `    ${a}`) : ['    None']),
		'',
		'',
		'REMARKS',
		'    None',
		'',
	];
}

function aliasesOf(ctx: CmdletContext, name: string): string[] {
	return ctx.session
		.listCommands()
		.filter(c => c.commandType === 'Alias' && keyOf(c.definition ?? '') === keyOf(name))
		.map(c => c.name)
		.sort((a, b) => a.localeCompare(b, 'en', {sensitivity: 'base'}));
}

function categoryWanted(ctx: CmdletContext, category: string): boolean {
	const wanted: string[] | null = ctx.params.Category ?? null;
	if (!wanted || wanted.length === 0) return true;
	return wanted.some(c => c.toLowerCase() === 'all' || c.toLowerCase() === category.toLowerCase());
}

function notFound(ctx: CmdletContext, name: string): never {
	ctx.fail({
		message:
			`Get-Help could not find ${name} in a help file in this session. ` +
			'To list the commands, type "Get-Command"; to list the concept topics, type "Get-Help about_*".',
		id: 'HelpNotFound',
		category: 'ResourceUnavailable',
		exceptionType: 'HelpNotFoundException',
		target: name,
	});
}

/** Writes the help of one command or topic; returns false when `name` is neither. */
function writeExact(ctx: CmdletContext, name: string): boolean {
	const p = ctx.params;
	const topic = [...ctx.session.aboutTopics.entries()].find(([t]) => keyOf(t) === keyOf(name));
	if (topic && categoryWanted(ctx, 'HelpFile')) {
		ctx.write(renderAbout(topic[0], topic[1]).join('\n'));
		return true;
	}
	const info = ctx.session.resolveCommand(name);
	if (!info) return false;
	if (!categoryWanted(ctx, info.commandType)) return false;
	const aliases = aliasesOf(ctx, info.name);
	if (!info.def) {
		ctx.write(functionHelp(info, aliases).join('\n'));
		return true;
	}
	const lines = renderHelp(
		info.def,
		{full: p.Full, detailed: p.Detailed, examples: p.Examples, parameter: ctx.isBound('Parameter') ? p.Parameter : undefined, width: ctx.host.width},
		aliases,
	);
	if (ctx.isBound('Parameter') && lines.length === 0) {
		ctx.fail({
			message: `No parameter matches criteria ${p.Parameter}.`,
			id: 'NoParmsFound',
			category: 'ObjectNotFound',
			exceptionType: 'ArgumentException',
			target: p.Parameter,
		});
	}
	ctx.write(lines.join('\n'));
	return true;
}

interface HelpMatch {
	name: string;
	category: string;
	module: string;
	synopsis: string;
}

/** Commands and topics whose names match the pattern, as pwsh's help search lists them. */
function search(ctx: CmdletContext, pattern: string): HelpMatch[] {
	const out: HelpMatch[] = [];
	const commands = ctx.session
		.listCommands()
		.filter(c => c.commandType !== 'Alias' && wildcardMatch(c.name, pattern) && categoryWanted(ctx, c.commandType))
		.sort((a, b) => a.name.localeCompare(b.name, 'en', {sensitivity: 'base'}));
	for (const c of commands) out.push({name: c.name, category: c.commandType, module: c.source, synopsis: c.def?.synopsis ?? ''});
	if (categoryWanted(ctx, 'HelpFile')) {
		const topics = [...ctx.session.aboutTopics.entries()]
			.filter(([t]) => wildcardMatch(t, pattern))
			.sort(([a], [b]) => a.localeCompare(b, 'en', {sensitivity: 'base'}));
		for (const [name, text] of topics) out.push({name, category: 'HelpFile', module: '', synopsis: aboutSynopsis(text)});
	}
	return out;
}

const def: CmdletDef = {
	name: 'Get-Help',
	aliases: ['help', 'man'],
	synopsis: 'Displays information about scpsh commands and concepts.',
	description:
		'Get-Help shows the help of a cmdlet or function: what it does, its syntax, its parameters and examples that ' +
		'run as written. It also shows the about_ topics that explain the concepts of the simulated site and of the ' +
		'shell (`Get-Help about_*` lists them). A name with wildcards, or a word that is not a command, lists the ' +
		'matching commands and topics; if just one matches, its help is shown. Without a name, Get-Help explains how ' +
		'to use help. `<cmdlet> -?` is the same as `Get-Help <cmdlet>`.',
	defaultParameterSet: 'AllUsersView',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			position: 0,
			valueFromPipelineByPropertyName: true,
			acceptsWildcards: true,
			help: 'The command or about_ topic to show help for. Wildcards list the matching commands and topics.',
			complete: session => [...session.listCommands().map(c => c.name), ...session.aboutTopics.keys()],
		},
		{
			name: 'Full',
			type: 'switch',
			sets: ['AllUsersView'],
			help: 'Shows the whole help: parameters with their attributes, inputs, outputs, notes and examples.',
		},
		{
			name: 'Detailed',
			type: 'switch',
			mandatory: true,
			sets: ['DetailedView'],
			help: 'Adds the parameter descriptions and the examples to the basic help.',
		},
		{
			name: 'Examples',
			type: 'switch',
			mandatory: true,
			sets: ['Examples'],
			help: 'Shows only the name, synopsis and examples.',
		},
		{
			name: 'Parameter',
			type: 'string',
			mandatory: true,
			sets: ['Parameters'],
			acceptsWildcards: true,
			help: 'Shows only the named parameter (wildcards allowed: -Parameter * shows them all).',
		},
		{
			name: 'Category',
			type: 'string[]',
			validateSet: ['Alias', 'Cmdlet', 'Provider', 'General', 'FAQ', 'Glossary', 'HelpFile', 'ScriptCommand', 'Function', 'Filter', 'ExternalScript', 'All', 'DefaultHelp', 'DscResource', 'Class', 'Configuration'],
			help: 'Shows help only for items of these categories: Cmdlet, Function, HelpFile (about_ topics), All.',
		},
		{
			name: 'Online',
			type: 'switch',
			mandatory: true,
			sets: ['Online'],
			help: 'Opens the online version of a help article in pwsh. scpsh has no online help and reports an error.',
		},
	],
	outputs: ['System.String', 'HelpInfoShort'],
	examples: [
		{
			title: 'Show the help of a cmdlet',
			code: 'Get-Help Get-Alias',
			remarks: 'Shows the name, synopsis, syntax and description of Get-Alias.',
			expect: ['NAME', 'Get-Alias', 'SYNTAX'],
		},
		{
			title: 'Show only the examples',
			code: 'Get-Help Where-Object -Examples',
			remarks: 'The examples of a cmdlet, each with its code and an explanation.',
			expect: ['Example 1'],
		},
		{
			title: 'Show one parameter',
			code: 'Get-Help Select-Object -Parameter First',
			remarks: 'The description and attributes of the -First parameter.',
			expect: ['-First <int>', 'Required?'],
		},
		{
			title: 'Find commands by a word',
			code: 'Get-Help *-Object',
			remarks: 'Lists every command whose name ends in -Object, with its synopsis.',
			expect: ['Where-Object', 'Sort-Object'],
		},
	],
	related: ['Get-Command', 'about_*'],
	async process(ctx) {
		// Definitions load on first use; listing and help need them all.
		await ctx.session.loadCommands();
		const p = ctx.params;
		if (p.Online) {
			ctx.fail({
				message: `scpsh has no online help. To see all of the help for ${p.Name ?? 'a command'}, type "Get-Help ${p.Name ?? '<name>'} -Full".`,
				id: 'InvalidOperation',
				category: 'InvalidOperation',
				exceptionType: 'InvalidOperationException',
			});
		}
		const name: string = p.Name ?? '';
		if (name === '') {
			ctx.write(overview([...ctx.session.aboutTopics.keys()].sort()).join('\n'));
			return;
		}
		if (!hasWildcard(name) && writeExact(ctx, name)) return;
		const matches = search(ctx, hasWildcard(name) ? name : `*${name}*`);
		if (matches.length === 1 && writeExact(ctx, matches[0]!.name)) return;
		if (matches.length === 0) notFound(ctx, name);
		for (const m of matches) ctx.write(PSObject.from(HELP_SHORT, {Name: m.name, Category: m.category, Module: m.module, Synopsis: m.synopsis}));
	},
};

export default def;
