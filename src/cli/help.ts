// `scpsh -Help` and the usage line printed with a bad flag, from the flag table.

import {FLAGS, type FlagSpec} from './flags.ts';
import {listScenarios} from '../site/index.ts';

const VALUE_TEXT: Record<NonNullable<FlagSpec['value']>, string> = {
	command: '<text>|-',
	file: '<path>|- [args]',
	format: 'Text|Json',
	scenario: '<name>',
	lab: '<name>',
};

const usageOf = (spec: FlagSpec): string => (spec.value ? `-${spec.name} ${VALUE_TEXT[spec.value]}` : `-${spec.name}`);

export const usageLine = `Usage: scpsh ${FLAGS.filter(f => !f.hidden).map(f => `[${usageOf(f)}]`).join(' ')}`;

export function helpText(): string {
	const rows = FLAGS.filter(f => !f.hidden).map(f => {
		const names = [`-${f.name}`, ...f.aliases.filter(a => a !== '?' && a !== 'h').map(a => `-${a}`)];
		if (f.name === 'Version') names.push('--version');
		if (f.name === 'Help') names.push('--help', '-?');
		const left = `  ${names.join(', ')}${f.value ? ` ${VALUE_TEXT[f.value]}` : ''}`;
		return left.length < 30 ? `${left.padEnd(30)}${f.help}` : `${left}\n${' '.repeat(30)}${f.help}`;
	});
	const scenarios = listScenarios().map(s => s.Name).join(', ');
	return `scpsh — a PowerShell-like shell for the Configuration Manager service connection point, over a simulated site.

${usageLine}

${rows.join('\n')}

Flags are case-insensitive and any unambiguous prefix works (-nop, -noni, -o json); GNU long forms work too
(--no-profile, --output-format=json, --lab=airgap). Scenarios: ${scenarios}.

With no script and a terminal on both ends scpsh starts the interactive shell; otherwise it runs the -Command text,
the -File script or standard input as one script. Exit codes: exit N gives N; a script-terminating error gives 1;
with -Command a failed last statement gives 1; bad launcher arguments (or a lab that cannot be opened) give 64.

The default lab is saved between runs in the config directory, with profile.ps1 ($PROFILE).

Examples:
  scpsh                                        # the interactive shell on the default lab
  scpsh -c "Get-ScpStatus"                     # one command, then exit
  scpsh -Lab airgap -Scenario offline          # a second lab, started afresh from the offline scenario
  scpsh -NonInteractive -Scenario default -Ephemeral -File ./switch-offline.ps1
  scpsh -o Json -c "Get-Component -Name SMS_DMP_*"   # one JSON object per line
  echo 'Get-Component | Format-Table' | scpsh -Ephemeral
`;
}
