// Get-Help's text, laid out as pwsh 7.5 prints a cmdlet's help: NAME, SYNOPSIS, SYNTAX, DESCRIPTION, then
// RELATED LINKS and REMARKS by default; -Detailed adds parameter descriptions and the examples, -Full the
// parameter attribute blocks, INPUTS, OUTPUTS and NOTES; -Examples shows NAME, SYNOPSIS and the examples;
// -Parameter shows one parameter's block.

import type {CmdletDef, ParameterDef} from '../engine/command.ts';
import {toStr} from '../engine/convert.ts';
import {parameterTypeName, syntaxLines, typeDisplayName} from './syntax.ts';
import {wildcardMatch} from '../engine/wildcard.ts';
import {wrapText} from './width.ts';

export interface HelpOptions {
	full?: boolean;
	examples?: boolean;
	detailed?: boolean;
	/** Show only the parameters whose names match (wildcards allowed). */
	parameter?: string;
	/** Width the text is wrapped to; 80 when not given. */
	width?: number;
}

const DEFAULT_WIDTH = 80;

/** Text indented by `indent` blanks, each paragraph line wrapped to the width. */
function block(text: string, indent: number, width: number): string[] {
	const pad = ' '.repeat(indent);
	const room = Math.max(20, width - indent - 1);
	return text
		.replace(/\r/g, '')
		.split('\n')
		.flatMap(line => (line.trim() === '' ? [''] : wrapText(line, room).map(l => (pad + l).trimEnd())));
}

const SHOULD_PROCESS: ParameterDef[] = [
	{name: 'Confirm', type: 'switch', help: 'Prompts you for confirmation before running the cmdlet.'},
	{name: 'WhatIf', type: 'switch', help: 'Shows what would happen if the cmdlet runs. The cmdlet is not run.'},
];

const COMMON_PARAMETERS = [
	'This cmdlet supports the common parameters: Verbose, Debug,',
	'ErrorAction, ErrorVariable, WarningAction, WarningVariable,',
	'OutBuffer, PipelineVariable, and OutVariable. For more information, see',
	'about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).',
];

/** Parameters as help lists them: alphabetical, -Confirm and -WhatIf included, as PlatyPS writes them. */
function helpParameters(def: CmdletDef): ParameterDef[] {
	const list = def.parameters.filter(p => !p.hidden);
	if (def.supportsShouldProcess) list.push(...SHOULD_PROCESS);
	return list.sort((a, b) => a.name.localeCompare(b.name, 'en', {sensitivity: 'base'}));
}

function parameterTitle(p: ParameterDef): string {
	return p.type === 'switch' ? `-${p.name} [<SwitchParameter>]` : `-${p.name} <${parameterTypeName(p)}>`;
}

function pipelineInput(p: ParameterDef): string {
	const kinds = [p.valueFromPipeline && 'ByValue', p.valueFromPipelineByPropertyName && 'ByPropertyName'].filter(Boolean);
	return kinds.length ? `True (${kinds.join(', ')})` : 'False';
}

function defaultValue(p: ParameterDef): string {
	if (p.default !== undefined && p.default !== null) return toStr(p.default);
	return p.type === 'switch' ? 'False' : 'None';
}

const attribute = (label: string, value: string): string => label.padEnd(29) + value;

/** One parameter's entry: its title, its help, and (with attributes) the Required?/Position?/… block. */
function parameterBlock(p: ParameterDef, indent: number, width: number, attributes: boolean): string[] {
	const pad = ' '.repeat(indent);
	const lines = [pad + parameterTitle(p), ...block(p.help, indent + 4, width), ''];
	if (attributes) {
		const inner = ' '.repeat(indent + 4);
		lines.push(
			inner + attribute('Required?', p.mandatory ? 'true' : 'false'),
			inner + attribute('Position?', p.position !== undefined ? String(p.position) : 'named'),
			inner + attribute('Default value', defaultValue(p)),
			inner + attribute('Accept pipeline input?', pipelineInput(p)),
		);
		if (p.aliases?.length) lines.push(inner + attribute('Aliases', p.aliases.join(', ')));
		lines.push(inner + attribute('Accept wildcard characters?', p.acceptsWildcards ? 'true' : 'false'), '');
	}
	return lines;
}

/** PlatyPS's example title: `Example 1: title` centred in dashes to 64 characters. */
export function exampleTitle(index: number, title: string | undefined): string {
	const text = title ? `Example ${index}: ${title}` : `Example ${index}`;
	if (text.length >= 62) return text;
	const dashes = '-'.repeat(Math.floor((64 - text.length - 2) / 2));
	return `${dashes} ${text} ${dashes}`;
}

function exampleLines(def: CmdletDef, width: number): string[] {
	return def.examples.flatMap((example, i) => [
		'    ' + exampleTitle(i + 1, example.title),
		'',
		...example.code.replace(/\r/g, '').split('\n').map(l => ('    ' + l).trimEnd()),
		'',
		...block(example.remarks, 4, width),
		'',
	]);
}

function section(title: string, body: string[], blanksAfter: number): string[] {
	return [title, ...body, ...Array<string>(blanksAfter).fill('')];
}

function remarks(name: string): string[] {
	return section(
		'REMARKS',
		[
			`    To see the examples, type: "Get-Help ${name} -Examples"`,
			`    For more information, type: "Get-Help ${name} -Detailed"`,
			`    For technical information, type: "Get-Help ${name} -Full"`,
		],
		1,
	);
}

/** The help text of a cmdlet, one string a line. */
export function renderHelp(def: CmdletDef, opts: HelpOptions, aliases: string[]): string[] {
	const width = opts.width ?? DEFAULT_WIDTH;
	if (opts.parameter !== undefined) {
		const pattern = opts.parameter;
		return helpParameters(def)
			.filter(p => wildcardMatch(p.name, pattern))
			.flatMap(p => ['', ...parameterBlock(p, 0, width, true)]);
	}
	const out: string[] = ['', ...section('NAME', ['    ' + def.name], 1), ...section('SYNOPSIS', block(def.synopsis, 4, width), 2)];
	if (opts.examples) {
		out.push(...exampleLines(def, width));
		return out;
	}
	out.push(...section('SYNTAX', syntaxLines(def).flatMap((line, i) => [...(i > 0 ? [''] : []), '    ' + line]), 2));
	out.push(...section('DESCRIPTION', block(def.description, 4, width), 2));
	if (opts.detailed || opts.full) {
		const parameters = helpParameters(def).flatMap(p => parameterBlock(p, 4, width, opts.full ?? false));
		out.push(...section('PARAMETERS', [...parameters, '    <CommonParameters>', ...COMMON_PARAMETERS.map(l => '        ' + l), ''], 0));
	}
	if (opts.full) {
		const inputs = def.parameters.filter(p => p.valueFromPipeline || p.valueFromPipelineByPropertyName);
		const inputTypes = [...new Set(inputs.map(p => typeDisplayName(p.type)))];
		out.push(...section('INPUTS', (inputTypes.length ? inputTypes : ['None']).map(t => '    ' + t), 2));
		out.push(...section('OUTPUTS', (def.outputs?.length ? def.outputs : ['None']).map(t => '    ' + t), 2));
		if (def.notes) out.push(...section('NOTES', ['', '', ...block(def.notes, 8, width)], 1));
	}
	if (opts.detailed || opts.full) out.push(...exampleLines(def, width));
	if (def.related?.length) out.push(...section('RELATED LINKS', def.related.map(r => '    ' + r), 1));
	if (aliases.length) out.push(...section('ALIASES', aliases.map(a => '    ' + a), 1));
	if (!opts.full) out.push(...remarks(def.name));
	return out;
}

/** An about_ topic: its text as written, one string a line. */
export function renderAbout(name: string, text: string): string[] {
	const lines = text.replace(/\r/g, '').replace(/\n+$/, '').split('\n');
	// A topic file without its own heading gets pwsh's TOPIC line.
	if (!/^\s*(TOPIC|about_)/i.test(lines[0] ?? '')) return ['TOPIC', '    ' + name, '', ...lines];
	return lines;
}
