// The launcher's flag table: one entry per flag feeds the parser, `-Help` and the shell completion scripts.

/** What a flag's value is, so completion scripts know what to offer. */
export type FlagValue = 'command' | 'file' | 'format' | 'scenario' | 'lab';

export interface FlagSpec {
	/** pwsh's spelling: `-Command`. GNU long forms are the same name in kebab case: `--command`, `--no-profile`. */
	name: string;
	/** A value follows the flag (`-Lab airgap`, `-Lab:airgap`, `--lab=airgap`). */
	value?: FlagValue;
	/** Short forms pwsh accepts (`-c`, `-nop`), checked before prefixes. */
	aliases: string[];
	/** One line for `-Help` and the completion scripts. */
	help: string;
	/** Internal: not in `-Help`, never matched by a prefix. */
	hidden?: boolean;
}

export const OUTPUT_FORMATS = ['Text', 'Json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const FLAGS: readonly FlagSpec[] = [
	{name: 'Command', value: 'command', aliases: ['c'], help: 'Run the text (or standard input, with -) and exit. The rest of the line is the command.'},
	{name: 'File', value: 'file', aliases: ['f'], help: 'Run a script file (or standard input, with -); later arguments go to the script as $args.'},
	{name: 'NonInteractive', aliases: ['noni'], help: 'Never prompt: missing mandatory parameters and confirmations are errors.'},
	{name: 'NoProfile', aliases: ['nop'], help: 'Do not run profile.ps1 from the config directory.'},
	{name: 'NoLogo', aliases: ['nol'], help: 'No banner in the interactive shell.'},
	{name: 'OutputFormat', value: 'format', aliases: ['o', 'of'], help: 'Text (default) or Json: one JSON object per line on stdout, errors as JSON lines on stderr.'},
	{name: 'Scenario', value: 'scenario', aliases: [], help: 'Start the lab afresh from a scenario.'},
	{name: 'Lab', value: 'lab', aliases: [], help: 'Open (or create) the named lab instead of default.'},
	{name: 'Ephemeral', aliases: [], help: 'Neither read nor write a lab: a fresh site that is gone at exit.'},
	{name: 'Version', aliases: ['v'], help: 'Print the version and exit.'},
	{name: 'Help', aliases: ['h', '?'], help: 'Print this help and exit.'},
	{name: 'Complete', value: 'command', aliases: [], help: 'Print completions for <line> at <cursor>, one per line (for shell completion scripts).', hidden: true},
];

/** `NoProfile` → `no-profile`. */
export const longForm = (name: string): string => name.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
