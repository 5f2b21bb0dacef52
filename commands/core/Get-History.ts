// Get-History: the command lines entered in this session, as HistoryInfo objects.

import type {CmdletDef, HistoryEntry} from '../../src/engine/command.ts';
import {PSDateTime, PSObject, PSTimeSpan} from '../../src/engine/values.ts';

/** A history entry as pwsh's Microsoft.PowerShell.Commands.HistoryInfo. Times are the simulated clock's. */
export function historyInfo(e: HistoryEntry): PSObject {
	return PSObject.from('Microsoft.PowerShell.Commands.HistoryInfo', {
		Id: e.id,
		CommandLine: e.commandLine,
		ExecutionStatus: e.status,
		StartExecutionTime: new PSDateTime(e.startTime),
		EndExecutionTime: new PSDateTime(e.endTime),
		Duration: new PSTimeSpan(e.endTime - e.startTime),
	});
}

const def: CmdletDef = {
	name: 'Get-History',
	aliases: ['h', 'history', 'ghy'],
	synopsis: 'Gets a list of the commands entered during the current session.',
	description:
		'Get-History gets the session history: each command line entered, with its id, its status and when it ran ' +
		'(in simulated time). Without parameters it gets every entry, oldest first. -Count gets the most recent ' +
		'entries; -Id gets entries by id. Use Invoke-History (alias r) to run an entry again. Scripts run with -File ' +
		'or from standard input add nothing to the history: it records what a person types.',
	parameters: [
		{
			name: 'Id',
			type: 'int[]',
			position: 0,
			valueFromPipeline: true,
			validateRange: [1, 2147483647],
			help: 'The ids of the history entries to get. With -Count, the entry to count back from.',
		},
		{
			name: 'Count',
			type: 'int',
			position: 1,
			validateRange: [0, 32767],
			help: 'How many of the most recent entries to get.',
		},
	],
	outputs: ['Microsoft.PowerShell.Commands.HistoryInfo'],
	examples: [
		{
			title: 'Get the whole history',
			code: 'Get-History',
			remarks: 'Lists the command lines entered at the prompt, with their ids and durations. A script has none.',
		},
		{
			title: 'Get the last five commands',
			code: 'Get-History -Count 5 | Select-Object -Property Id, CommandLine',
			remarks: 'The most recent entries, with only their ids and command lines.',
		},
		{
			title: 'Count the entries',
			code: '@(Get-History).Count -ge 0',
			remarks: 'Get-History writes HistoryInfo objects, which can be counted, filtered and sorted.',
			expect: ['True'],
		},
	],
	related: ['Invoke-History'],
	process(ctx) {
		const history = ctx.session.history;
		const ids: number[] | null = ctx.params.Id ?? null;
		const count: number | null = ctx.isBound('Count') ? ctx.params.Count : null;
		if (ids && ids.length > 0) {
			for (const id of ids) {
				const at = history.findIndex(e => e.id === id);
				if (at < 0) {
					ctx.writeError({
						message: `Cannot locate history for Id ${id}.`,
						id: 'GetHistoryIdNotFound',
						category: 'ObjectNotFound',
						exceptionType: 'ArgumentException',
						target: id,
					});
					continue;
				}
				// With -Count, -Id is where counting back starts (pwsh: the Count entries ending at Id).
				const slice = count === null ? [history[at]!] : history.slice(Math.max(0, at + 1 - count), at + 1);
				ctx.writeAll(slice.map(historyInfo));
			}
			return;
		}
		const entries = count === null ? history : count === 0 ? [] : history.slice(-count);
		ctx.writeAll(entries.map(historyInfo));
	},
};

export default def;
