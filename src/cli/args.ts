// The launcher's flags, pwsh style: case-insensitive, any unambiguous prefix, pwsh's short aliases (`-c`, `-nop`),
// and GNU long forms (`--no-profile`, `--output-format=json`). Nothing here touches the file system or the site.

import {FLAGS, OUTPUT_FORMATS, type FlagSpec, type OutputFormat} from './flags.ts';
import type {PreparedLab} from './prepare-lab.ts';

export interface LaunchOptions {
	command?: string;
	file?: string;
	scriptArgs: string[];
	nonInteractive: boolean;
	noProfile: boolean;
	noLogo: boolean;
	outputFormat: OutputFormat;
	scenario?: string;
	lab?: string;
	ephemeral: boolean;
	version: boolean;
	help: boolean;
	/** `--complete <line> <cursor>`: answer a shell completion request. */
	complete?: {line: string; cursor: number};
	/** The lab, opened by the launcher before a front end starts (so a busy lab is refused before any UI). */
	prepared?: PreparedLab;
}

export class UsageError extends Error {}

const normalize = (raw: string): string => raw.toLowerCase().replace(/-/g, '');

function resolveFlag(raw: string, shown: string): FlagSpec {
	const key = normalize(raw);
	for (const spec of FLAGS) {
		if (normalize(spec.name) === key || spec.aliases.includes(key)) return spec;
	}
	const matches = key === '' ? [] : FLAGS.filter(s => !s.hidden && normalize(s.name).startsWith(key));
	if (matches.length === 1) return matches[0]!;
	if (matches.length > 1) {
		throw new UsageError(`The parameter '${shown}' is ambiguous. Possible matches include: ${matches.map(m => `-${m.name}`).join(' ')}.`);
	}
	throw new UsageError(`Unknown parameter '${shown}'.`);
}

function outputFormat(value: string): OutputFormat {
	const v = value.toLowerCase();
	const found = v === '' ? undefined : OUTPUT_FORMATS.find(f => f.toLowerCase().startsWith(v));
	if (!found) throw new UsageError(`Cannot use '${value}' for -OutputFormat. Valid values are: ${OUTPUT_FORMATS.join(', ')}.`);
	return found;
}

const TRUE = /^(true|\$true|1)$/i;
const FALSE = /^(false|\$false|0)$/i;

export function parseArgs(argv: readonly string[]): LaunchOptions {
	const opts: LaunchOptions = {
		scriptArgs: [],
		nonInteractive: false,
		noProfile: false,
		noLogo: false,
		outputFormat: 'Text',
		ephemeral: false,
		version: false,
		help: false,
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--') {
			// GNU: what follows is the script and its arguments, even if it starts with a dash.
			if (i + 1 < argv.length) setFile(opts, argv[i + 1]!, argv.slice(i + 2));
			break;
		}
		if (!arg.startsWith('-') || arg === '-') {
			// The first bare argument is the script file, as in pwsh; the rest are its arguments.
			setFile(opts, arg, argv.slice(i + 1));
			break;
		}
		const long = arg.startsWith('--');
		let body = arg.slice(long ? 2 : 1);
		let inline: string | undefined;
		// `--lab=x` (GNU) and `-Lab:x` (pwsh).
		const split = long ? body.indexOf('=') : body.indexOf(':');
		if (split > 0) {
			inline = body.slice(split + 1);
			body = body.slice(0, split);
		}
		const shown = arg.slice(0, arg.length - (inline === undefined ? 0 : inline.length + 1));
		if (body === '?') {
			opts.help = true;
			continue;
		}
		const spec = resolveFlag(body, shown);
		if (!spec.value) {
			if (inline !== undefined && !TRUE.test(inline)) {
				if (FALSE.test(inline)) continue;
				throw new UsageError(`The switch '-${spec.name}' takes no value ('${inline}' given); use -${spec.name} or -${spec.name}:$false.`);
			}
			setSwitch(opts, spec.name);
			continue;
		}
		const value = inline ?? argv[++i];
		if (value === undefined) throw new UsageError(`Missing an argument for parameter '-${spec.name}'.`);
		switch (spec.name) {
			case 'Command':
				if (opts.file !== undefined) throw new UsageError('Use either -Command or -File, not both.');
				// Like pwsh: everything after -Command is the command text.
				opts.command = [value, ...argv.slice(i + 1)].join(' ');
				i = argv.length;
				break;
			case 'File':
				setFile(opts, value, argv.slice(i + 1));
				i = argv.length;
				break;
			case 'OutputFormat':
				opts.outputFormat = outputFormat(value);
				break;
			case 'Scenario':
				if (value.trim() === '') throw new UsageError('The -Scenario value is empty.');
				opts.scenario = value;
				break;
			case 'Lab':
				if (value.trim() === '') throw new UsageError('The -Lab value is empty.');
				opts.lab = value;
				break;
			case 'Complete': {
				const cursorText = argv[i + 1];
				if (cursorText !== undefined) i++;
				const cursor = cursorText === undefined ? value.length : Number(cursorText);
				if (!/^\d+$/.test(cursorText ?? '0') || cursor > value.length) {
					throw new UsageError(`The cursor position '${cursorText}' is not a whole number from 0 to ${value.length}.`);
				}
				opts.complete = {line: value, cursor};
				break;
			}
		}
	}
	if (opts.ephemeral && opts.lab !== undefined) throw new UsageError('Use either -Lab or -Ephemeral, not both: an ephemeral session has no lab.');
	return opts;
}

function setFile(opts: LaunchOptions, file: string, rest: string[]): void {
	if (opts.command !== undefined) throw new UsageError('Use either -Command or -File, not both.');
	if (file === '') throw new UsageError('The -File value is empty.');
	opts.file = file;
	opts.scriptArgs = rest;
}

function setSwitch(opts: LaunchOptions, name: string): void {
	switch (name) {
		case 'NonInteractive':
			opts.nonInteractive = true;
			break;
		case 'NoProfile':
			opts.noProfile = true;
			break;
		case 'NoLogo':
			opts.noLogo = true;
			break;
		case 'Ephemeral':
			opts.ephemeral = true;
			break;
		case 'Version':
			opts.version = true;
			break;
		case 'Help':
			opts.help = true;
			break;
	}
}
