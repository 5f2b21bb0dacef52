// The command table the TUI tests complete against (no Ink here, so pure tests can use it).

import type {CompletionSession} from '../../src/engine/completion.ts';
import type {CmdletDef, CommandInfo} from '../../src/engine/command.ts';

const def = (name: string, parameters: CmdletDef['parameters'] = []): CmdletDef => ({name, synopsis: `${name}.`, description: '', parameters, examples: []});

const defs = [
	def('Get-ScpStatus'),
	def('Get-ScpUpdate'),
	def('Set-ScpMode', [{name: 'Mode', type: 'string', help: 'Mode.', position: 0, validateSet: ['Online', 'Offline']}]),
	def('Restart-Component', [
		{name: 'Name', type: 'string', help: 'Name.', position: 0, complete: () => ['SMS_DMP_DOWNLOADER', 'SMS_EXECUTIVE']},
		{name: 'NoWait', type: 'switch', help: 'No wait.'},
	]),
	def('Start-Sleep', [{name: 'Seconds', type: 'double', help: 's', position: 0}]),
];

export const completionSession: CompletionSession = {
	listCommands: () => defs.map(d => ({name: d.name, commandType: 'Cmdlet', def: d, source: ''}) as CommandInfo),
	resolveCommand: (n: string) => {
		const d = defs.find(x => x.name.toLowerCase() === n.toLowerCase());
		return d ? {name: d.name, commandType: 'Cmdlet', def: d, source: ''} : undefined;
	},
	listVariables: () => [{name: 'ErrorActionPreference', value: 'Continue'}],
};
