// Syntax lines from a cmdlet's parameter sets, as Get-Help and Get-Command -Syntax print them:
// `Set-ScpMode [-Mode] {Online | Offline} [-WhatIf] [-Confirm] [<CommonParameters>]`.
// Within a set: positional parameters by position, then mandatory named ones, then optional named ones.

import type {CmdletDef, ParameterDef, ParamType} from '../engine/command.ts';

const TYPE_NAMES: Record<ParamType, string> = {
	'string': 'string',
	'string[]': 'string[]',
	'int': 'int',
	'int[]': 'int[]',
	'long': 'long',
	'double': 'double',
	'bool': 'bool',
	'switch': 'switch',
	'object': 'Object',
	'object[]': 'Object[]',
	'scriptblock': 'scriptblock',
	'scriptblock[]': 'scriptblock[]',
	'hashtable': 'hashtable',
	'hashtable[]': 'hashtable[]',
	'datetime': 'datetime',
	'timespan': 'timespan',
	'guid': 'guid',
};

/** The short type name pwsh shows in syntax: `string`, `int[]`, `Object`. */
export const typeDisplayName = (type: ParamType): string => TYPE_NAMES[type] ?? type;

// .NET names pwsh shows by their accelerator.
const ACCELERATORS: Record<string, string> = {
	'string': 'string',
	'int32': 'int',
	'int64': 'long',
	'double': 'double',
	'boolean': 'bool',
	'hashtable': 'hashtable',
	'scriptblock': 'scriptblock',
	'scriptblock[]': 'scriptblock[]',
	'datetime': 'datetime',
	'timespan': 'timespan',
	'guid': 'guid',
	'object': 'Object',
	'psobject': 'psobject',
};

/** A parameter's type as help shows it: a function's `[type]` constraint by its short name, else the binder type. */
export function parameterTypeName(p: ParameterDef): string {
	if (!p.typeName) return typeDisplayName(p.type);
	const array = p.typeName.endsWith('[]');
	const base = (array ? p.typeName.slice(0, -2) : p.typeName).split('.').at(-1)!;
	return (ACCELERATORS[base.toLowerCase()] ?? base) + (array ? '[]' : '');
}

export const ALL_SETS = '__AllParameterSets';

export interface ParameterSet {
	name: string;
	parameters: ParameterDef[];
	isDefault: boolean;
}

/** The parameter sets of a cmdlet, the default set first; a parameter without sets belongs to every set. */
export function parameterSets(def: CmdletDef): ParameterSet[] {
	const visible = def.parameters.filter(p => !p.hidden);
	const names: string[] = [];
	for (const p of visible) for (const s of p.sets ?? []) if (!names.includes(s)) names.push(s);
	if (names.length === 0) return [{name: def.defaultParameterSet ?? ALL_SETS, parameters: visible, isDefault: true}];
	const ordered = def.defaultParameterSet && names.includes(def.defaultParameterSet)
		? [def.defaultParameterSet, ...names.filter(n => n !== def.defaultParameterSet)]
		: names;
	return ordered.map((name, i) => ({
		name,
		parameters: visible.filter(p => !p.sets || p.sets.includes(name)),
		isDefault: i === 0,
	}));
}

/** The value part of a parameter: `<string>`, or `{A | B}` for a set of allowed values; none for a switch. */
export function valueText(p: ParameterDef): string {
	if (p.type === 'switch') return '';
	if (p.validateSet?.length) return `{${p.validateSet.join(' | ')}}`;
	return `<${parameterTypeName(p)}>`;
}

function token(p: ParameterDef): string {
	const value = valueText(p);
	if (p.position !== undefined && p.type !== 'switch') {
		const core = `[-${p.name}] ${value}`;
		return p.mandatory ? core : `[${core}]`;
	}
	const core = value ? `-${p.name} ${value}` : `-${p.name}`;
	return p.mandatory ? core : `[${core}]`;
}

/** pwsh's display order: positional by position, then mandatory named, then optional named (each as declared). */
export function displayOrder(parameters: readonly ParameterDef[]): ParameterDef[] {
	const positional = parameters
		.filter(p => p.position !== undefined && p.type !== 'switch')
		.sort((a, b) => a.position! - b.position!);
	const named = parameters.filter(p => !positional.includes(p));
	return [...positional, ...named.filter(p => p.mandatory), ...named.filter(p => !p.mandatory)];
}

export function syntaxLine(def: CmdletDef, set: ParameterSet): string {
	const parts = [def.name, ...displayOrder(set.parameters).map(token)];
	if (def.supportsShouldProcess) parts.push('[-WhatIf]', '[-Confirm]');
	parts.push('[<CommonParameters>]');
	return parts.join(' ');
}

/** One syntax line per parameter set, the default set first. */
export function syntaxLines(def: CmdletDef): string[] {
	return parameterSets(def).map(set => syntaxLine(def, set));
}
