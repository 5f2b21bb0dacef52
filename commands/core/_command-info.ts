// Shared by Get-Command, Get-Alias and Get-Help: the CommandInfo objects they write, and command ordering.
// (Files starting with `_` are helpers, not cmdlets: scripts/gen-command-index.mjs skips them.)

import type {CommandInfo} from '../../src/engine/command.ts';
import {PSObject} from '../../src/engine/values.ts';

const NS = 'System.Management.Automation.';

/** pwsh lists aliases, then functions, then cmdlets; by name within each. */
const TYPE_ORDER = {Alias: 0, Function: 1, Cmdlet: 2} as const;

export function compareCommands(a: CommandInfo, b: CommandInfo): number {
	return TYPE_ORDER[a.commandType] - TYPE_ORDER[b.commandType] || a.name.localeCompare(b.name, 'en', {sensitivity: 'base'});
}

/** `Verb-Noun` split at the first dash; names without one have neither. */
export function verbNoun(name: string): {verb: string; noun: string} {
	const dash = name.indexOf('-');
	return dash > 0 ? {verb: name.slice(0, dash), noun: name.slice(dash + 1)} : {verb: '', noun: ''};
}

/** An alias as Get-Alias writes it: AliasInfo, displayed as `gal -> Get-Alias`. */
export function aliasInfo(name: string, target: string): PSObject {
	const o = PSObject.from(`${NS}AliasInfo`, {
		CommandType: 'Alias',
		Name: name,
		Version: '',
		Source: '',
		Definition: target,
		DisplayName: `${name} -> ${target}`,
		ResolvedCommandName: target,
		ReferencedCommand: target,
		Options: 'None',
		Description: '',
	});
	o.typeNames.push(`${NS}CommandInfo`);
	return o;
}

/** A command as Get-Command writes it. Cmdlets carry their syntax as Definition, functions their body. */
export function commandInfo(info: CommandInfo, syntax?: string): PSObject {
	if (info.commandType === 'Alias') return aliasInfo(info.name, info.definition ?? '');
	const {verb, noun} = verbNoun(info.name);
	const specific = info.commandType === 'Cmdlet' ? 'CmdletInfo' : 'FunctionInfo';
	const o = PSObject.from(`${NS}${specific}`, {
		CommandType: info.commandType,
		Name: info.name,
		Version: info.commandType === 'Cmdlet' ? '1.0' : '',
		Source: info.source,
		Verb: verb,
		Noun: noun,
		Definition: info.commandType === 'Function' ? (info.scriptBlock?.toString() ?? '') : (syntax ?? info.name),
		ModuleName: info.source,
		DisplayName: info.name,
		OutputType: info.def?.outputs ?? [],
		Parameters: info.def ? info.def.parameters.map(p => p.name) : (info.scriptBlock?.ast.param?.parameters.map(p => p.name) ?? []),
		HelpUri: '',
	});
	o.typeNames.push(`${NS}CommandInfo`);
	return o;
}
