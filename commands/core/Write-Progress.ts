// Write-Progress: a progress bar on the host. Scripts print nothing (the plain host draws no bars) but runbooks
// call it all the time, so it must bind every parameter pwsh's does and never fail.

import type {CmdletDef} from '../../src/engine/command.ts';
import type {ProgressRecord} from '../../src/host/host.ts';
import {toStr} from '../../src/engine/convert.ts';

/** What the host receives: pwsh's ProgressRecord fields beyond the ones every host draws. */
export interface FullProgressRecord extends ProgressRecord {
	id: number;
	parentId: number;
	currentOperation?: string;
	secondsRemaining: number;
}

const def: CmdletDef = {
	name: 'Write-Progress',
	synopsis: 'Displays a progress bar within a PowerShell command window.',
	description:
		'Write-Progress shows (or updates) a progress bar for the activity named by -Activity: a status line, a ' +
		'percentage and the current operation. Calls with the same -Id update the same bar; -Completed removes it. ' +
		'Nothing goes down the pipeline.\n\n' +
		'The interactive shell draws the bar; scripts run without a screen to draw on, so there the call does nothing ' +
		'visible, as pwsh -NonInteractive does. When $ProgressPreference is SilentlyContinue (or Ignore) no record is ' +
		'sent to the host at all.',
	parameters: [
		{name: 'Activity', type: 'string', position: 0, help: 'The first line of text in the heading above the bar: the activity being reported.'},
		{name: 'Status', type: 'string', position: 1, default: 'Processing', notNullOrEmpty: true, help: 'The second line of the heading: the current state of the activity. The default is Processing.'},
		{name: 'Id', type: 'int', position: 2, default: 0, help: 'Tells progress bars apart: a call with the same Id updates the same bar.'},
		{name: 'PercentComplete', type: 'int', default: -1, validateRange: [-1, 100], help: 'The percentage of the activity done, 0 to 100; -1 (the default) shows no percentage.'},
		{name: 'SecondsRemaining', type: 'int', default: -1, help: 'The estimated number of seconds left; -1 (the default) shows none.'},
		{name: 'CurrentOperation', type: 'string', help: 'The line of text below the bar: the operation in progress.'},
		{name: 'ParentId', type: 'int', default: -1, help: 'The Id of the bar this one is nested under; -1 (the default) for none.'},
		{name: 'Completed', type: 'switch', help: 'Removes the bar: the activity is finished.'},
		{name: 'SourceId', type: 'int', help: 'Accepted for compatibility: the source of the record.'},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Report progress through a loop',
			code:
				"$sites = 'PS1', 'CS1', 'CS2', 'CS3'\nfor ($i = 0; $i -lt $sites.Count; $i++) {\n" +
				"    Write-Progress -Activity 'Checking sites' -Status $sites[$i] -PercentComplete (($i + 1) * 100 / $sites.Count)\n}\n" +
				"Write-Progress -Activity 'Checking sites' -Completed\n'Checked all sites'",
			remarks: 'Each call updates the same bar (Id 0); -Completed removes it. In a script no bar is drawn.',
			expect: ['Checked all sites'],
		},
		{
			title: 'Silence progress for a whole script',
			code: "$ProgressPreference = 'SilentlyContinue'\nWrite-Progress -Activity 'Copying' -Status 'Half way' -PercentComplete 50\n'done'",
			remarks: 'With $ProgressPreference set to SilentlyContinue, Write-Progress sends nothing to the host.',
			expect: ['done'],
		},
	],
	related: ['Write-Host', 'Write-Verbose', 'about_Preference_Variables'],
	process(ctx) {
		const preference = toStr(ctx.session.getVariable('ProgressPreference')).toLowerCase();
		if (preference === 'silentlycontinue' || preference === 'ignore') return;
		const p = ctx.params;
		const record: FullProgressRecord = {
			// pwsh fills a missing -Activity with the command's name (the bar needs a heading).
			activity: p.Activity === null || p.Activity === undefined || p.Activity === '' ? 'Write-Progress' : String(p.Activity),
			status: toStr(p.Status ?? 'Processing'),
			percentComplete: Number(p.PercentComplete ?? -1),
			completed: p.Completed === true,
			id: Number(p.Id ?? 0),
			parentId: Number(p.ParentId ?? -1),
			secondsRemaining: Number(p.SecondsRemaining ?? -1),
		};
		if (ctx.isBound('CurrentOperation') && p.CurrentOperation !== null) record.currentOperation = String(p.CurrentOperation);
		ctx.host.writeProgress(record);
	},
};

export default def;
