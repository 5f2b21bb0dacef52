// The banner printed into the scrollback at start (not with -NoLogo): the version and one line of hints.

const cyan = (s: string) => `\x1b[36m${s}\x1b[39m`;
const dim = (s: string) => `\x1b[90m${s}\x1b[39m`;

export function bannerLines(version: string): string[] {
	return [
		`${cyan('scpsh')} ${version} — a PowerShell-like shell over a simulated Configuration Manager site`,
		dim('Get-Help <command> for help · Tab completes · F1 keys · F2 panes · Ctrl+D or exit leaves'),
		'',
	];
}
