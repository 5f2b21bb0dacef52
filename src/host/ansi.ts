// ANSI colours by PowerShell's ConsoleColor names (Write-Host -ForegroundColor), and the colour decision.

const fg: Record<string, number> = {
	black: 30,
	darkred: 31,
	darkgreen: 32,
	darkyellow: 33,
	darkblue: 34,
	darkmagenta: 35,
	darkcyan: 36,
	gray: 37,
	darkgray: 90,
	red: 91,
	green: 92,
	yellow: 93,
	blue: 94,
	magenta: 95,
	cyan: 96,
	white: 97,
};

export const consoleColors = ['Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray', 'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White'] as const;

export function colorize(text: string, colors: {foreground?: string; background?: string} | undefined, enabled: boolean): string {
	if (!enabled || !colors || (!colors.foreground && !colors.background)) return text;
	const codes: number[] = [];
	const f = colors.foreground && fg[colors.foreground.toLowerCase()];
	if (f) codes.push(f);
	const b = colors.background && fg[colors.background.toLowerCase()];
	if (b) codes.push(b + 10);
	if (codes.length === 0) return text;
	return `\x1b[${codes.join(';')}m${text}\x1b[0m`;
}

/** NO_COLOR wins, then FORCE_COLOR, then TERM=dumb, then whether the stream is a terminal. */
export function colorEnabled(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv = process.env): boolean {
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
	if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
	if (env.TERM === 'dumb') return false;
	return stream.isTTY === true;
}
