// The ANSI sequences pwsh 7.5 uses by default ($PSStyle), for output that asked for colour.

export const style = {
	reset: '\x1b[0m',
	/** $PSStyle.Formatting.TableHeader: bold green. */
	tableHeader: '\x1b[32;1m',
	/** $PSStyle.Formatting.FormatAccent: list labels, bold green. */
	formatAccent: '\x1b[32;1m',
	/** $PSStyle.Formatting.Error: bold red. */
	error: '\x1b[31;1m',
	/** $PSStyle.Formatting.ErrorAccent: the frame of the positional error view, bold cyan. */
	errorAccent: '\x1b[36;1m',
	/** $PSStyle.Formatting.Warning: bold yellow. */
	warning: '\x1b[33;1m',
} as const;

/** Wraps `text` in `code` … reset when colour is on. */
export const paint = (text: string, code: string, color: boolean): string => (color && text !== '' ? code + text + style.reset : text);
