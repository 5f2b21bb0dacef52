// The launcher's flags, pwsh style: case-insensitive, any unambiguous prefix, pwsh's short aliases, and GNU long
// forms (`--no-profile`, `--output-format=json`).

export interface LaunchOptions {
	command?: string;
	file?: string;
	scriptArgs: string[];
	nonInteractive: boolean;
	noProfile: boolean;
	noLogo: boolean;
	outputFormat: 'Text' | 'Json';
	scenario?: string;
	lab?: string;
	ephemeral: boolean;
	version: boolean;
	help: boolean;
	/** `--complete <line> <cursor>`: answer a shell completion request. */
	complete?: {line: string; cursor: number};
}

export class UsageError extends Error {}

interface FlagSpec {
	name: string;
	takesValue: boolean;
	aliases: string[];
	hidden?: boolean;
}

export const flagSpecs: FlagSpec[] = [
	{name: 'Command', takesValue: true, aliases: ['c']},
	{name: 'File', takesValue: true, aliases: ['f']},
	{name: 'NonInteractive', takesValue: false, aliases: ['noni']},
	{name: 'NoProfile', takesValue: false, aliases: ['nop']},
	{name: 'NoLogo', takesValue: false, aliases: ['nol']},
	{name: 'OutputFormat', takesValue: true, aliases: ['o', 'of']},
	{name: 'Scenario', takesValue: true, aliases: []},
	{name: 'Lab', takesValue: true, aliases: []},
	{name: 'Ephemeral', takesValue: false, aliases: []},
	{name: 'Version', takesValue: false, aliases: ['v']},
	{name: 'Help', takesValue: false, aliases: ['h', '?']},
	{name: 'Complete', takesValue: true, aliases: [], hidden: true},
];

function resolveFlag(raw: string): FlagSpec {
	const key = raw.toLowerCase().replace(/-/g, '');
	for (const spec of flagSpecs) {
		if (spec.name.toLowerCase() === key || spec.aliases.includes(key)) return spec;
	}
	const matches = flagSpecs.filter(s => !s.hidden && s.name.toLowerCase().startsWith(key));
	if (matches.length === 1 && key.length > 0) return matches[0]!;
	if (matches.length > 1) {
		throw new UsageError(`The parameter '${raw}' is ambiguous. Possible matches: ${matches.map(m => `-${m.name}`).join(', ')}.`);
	}
	throw new UsageError(`Unknown parameter '${raw}'.`);
}

export function parseArgs(argv: string[]): LaunchOptions {
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
		if (!arg.startsWith('-') || arg === '-') {
			// The first bare argument is the script file, as in pwsh; the rest are its arguments.
			opts.file = arg;
			opts.scriptArgs = argv.slice(i + 1);
			break;
		}
		let body = arg.replace(/^--?/, '');
		let inline: string | undefined;
		const eq = arg.startsWith('--') ? body.indexOf('=') : -1;
		const colon = !arg.startsWith('--') ? body.indexOf(':') : -1;
		if (eq >= 0) {
			inline = body.slice(eq + 1);
			body = body.slice(0, eq);
		} else if (colon > 0) {
			inline = body.slice(colon + 1);
			body = body.slice(0, colon);
		}
		if (body === '?') {
			opts.help = true;
			continue;
		}
		const spec = resolveFlag(body);
		if (!spec.takesValue) {
			if (inline !== undefined && !/^(true|\$true)$/i.test(inline)) {
				if (/^(false|\$false)$/i.test(inline)) continue;
				throw new UsageError(`The switch '-${spec.name}' does not take a value.`);
			}
			setSwitch(opts, spec.name);
			continue;
		}
		const value = inline ?? argv[++i];
		if (value === undefined) throw new UsageError(`Missing a value for '-${spec.name}'.`);
		switch (spec.name) {
			case 'Command':
				// Like pwsh: everything after -Command is the command text.
				opts.command = [value, ...argv.slice(i + 1)].join(' ');
				i = argv.length;
				break;
			case 'File':
				opts.file = value;
				opts.scriptArgs = argv.slice(i + 1);
				i = argv.length;
				break;
			case 'OutputFormat': {
				const v = value.toLowerCase();
				if (v === 'text') opts.outputFormat = 'Text';
				else if (v === 'json') opts.outputFormat = 'Json';
				else throw new UsageError(`Cannot use '${value}' for -OutputFormat. Valid values are: Text, Json.`);
				break;
			}
			case 'Scenario':
				opts.scenario = value;
				break;
			case 'Lab':
				opts.lab = value;
				break;
			case 'Complete': {
				const cursor = argv[i + 1];
				opts.complete = {line: value, cursor: cursor === undefined ? value.length : Number(cursor)};
				if (cursor !== undefined) i++;
				if (!Number.isInteger(opts.complete.cursor) || opts.complete.cursor < 0) throw new UsageError(`The cursor position '${cursor}' is not a whole number.`);
				break;
			}
		}
	}
	if (opts.command !== undefined && opts.file !== undefined) throw new UsageError('Use either -Command or -File, not both.');
	return opts;
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

export const usageLine = 'Usage: scpsh [-Command <text>|-] [-File <path>|-] [-NonInteractive] [-NoProfile] [-NoLogo] [-OutputFormat Text|Json] [-Scenario <name>] [-Lab <name>] [-Ephemeral] [-Version] [-Help]';

export const helpText = `scpsh — a PowerShell-like shell for the Configuration Manager service connection point, over a simulated site.

${usageLine}

  -Command, -c <text>|-     Run the text (or standard input, with -) and exit. The rest of the line is the command.
  -File, -f <path>|- [args] Run a script file (or standard input) with arguments.
  -NonInteractive, -noni    Never prompt: missing mandatory parameters and confirmations are errors.
  -NoProfile, -nop          Do not run profile.ps1.
  -NoLogo, -nol             No banner in the interactive shell.
  -OutputFormat, -o Text|Json
                            Json writes each output object as one JSON line (errors as JSON on stderr).
  -Scenario <name>          Start the lab afresh from a scenario (default, hierarchy, remote-scp, offline, intune, large).
  -Lab <name>               Open (or create) another saved lab.
  -Ephemeral                Neither read nor write a lab.
  -Version, --version       Print the version.
  -Help, --help, -?         Print this help.

With no script and a terminal on both ends scpsh starts the interactive shell; with standard input
not a terminal it runs standard input as one script.

Examples:
  scpsh -c "Get-ScpStatus"
  scpsh -NonInteractive -Scenario default -Ephemeral -File ./switch-offline.ps1
  echo 'Get-Component -Name SMS_DMP_* | Format-Table' | scpsh -Ephemeral
`;
