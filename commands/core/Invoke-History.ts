// Invoke-History: runs a command from the session history again.

import type {CmdletDef, HistoryEntry} from '../../src/engine/command.ts';

const def: CmdletDef = {
	name: 'Invoke-History',
	aliases: ['r', 'ihy'],
	synopsis: 'Runs commands from the session history.',
	description:
		'Invoke-History runs a command from the history again. Without -Id it runs the most recent command. -Id is an ' +
		'entry id, or text: the most recent command line that starts with it. The command line is shown before it ' +
		'runs, as pwsh does.',
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	parameters: [
		{
			name: 'Id',
			type: 'string',
			position: 0,
			valueFromPipelineByPropertyName: true,
			help: 'The id of the history entry, or the start of its command line. The default is the most recent entry.',
		},
	],
	outputs: ['System.Object'],
	examples: [
		{
			title: 'Run the last command again',
			code: 'if (@(Get-History).Count -gt 0) { Invoke-History }',
			remarks: 'At the prompt, `r` runs the previous command again; a script has no history, so this does nothing there.',
		},
		{
			title: 'Run a command by the start of its text',
			code: "if (Get-History | Where-Object { $_.CommandLine -like 'Get-ScpStatus*' }) { Invoke-History -Id Get-ScpStatus }",
			remarks: 'Runs the most recent command line that starts with Get-ScpStatus.',
		},
	],
	related: ['Get-History'],
	async process(ctx) {
		const history = ctx.session.history;
		const id: string | null = ctx.params.Id ?? null;
		let entry: HistoryEntry | undefined;
		if (id === null || id === '') {
			entry = history[history.length - 1];
			if (!entry) {
				ctx.fail({message: 'Cannot locate the most recent history.', id: 'InvokeHistoryNoLastHistoryEntryFound', category: 'ObjectNotFound', exceptionType: 'InvalidOperationException'});
			}
		} else if (/^\d+$/.test(id)) {
			entry = history.find(e => e.id === Number(id));
			if (!entry) {
				ctx.fail({message: `Cannot locate history for Id ${id}.`, id: 'InvokeHistoryNoHistoryForId', category: 'ObjectNotFound', exceptionType: 'ArgumentException', target: id});
			}
		} else {
			entry = [...history].reverse().find(e => e.commandLine.toLowerCase().startsWith(id.toLowerCase()));
			if (!entry) {
				ctx.fail({message: `Cannot locate history for commandline ${id}.`, id: 'InvokeHistoryNoHistoryForCommandline', category: 'ObjectNotFound', exceptionType: 'ArgumentException', target: id});
			}
		}
		if (!(await ctx.shouldProcess(entry!.commandLine, 'Invoke-History'))) return;
		ctx.host.writeLine(entry!.commandLine);
		ctx.writeAll(await ctx.session.runText(entry!.commandLine));
	},
};

export default def;
