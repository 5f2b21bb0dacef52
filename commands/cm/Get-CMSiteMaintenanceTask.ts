// Get-CMSiteMaintenanceTask: the site maintenance tasks (SMS_SCI_SQLTask). The simulation has one: Backup SMS
// Site Server, the task whose runs restart SMS_EXECUTIVE (and so apply a pending SCP mode).

import type {CmdletDef} from '../../src/engine/command.ts';
import {checkWildcardSwitches, nameFilter, requireSiteDrive, sqlTaskObject, wildcardParameters} from '../_lib/cm-objects.ts';
import {siteOf} from '../_lib/site.ts';
import {completeSiteCodes} from '../_lib/site-cmdlet.ts';
import {TASK_NAME_ALIASES} from '../_lib/cm-params.ts';


const def: CmdletDef = {
	name: 'Get-CMSiteMaintenanceTask',
	synopsis: 'Gets the maintenance tasks of a site.',
	description:
		'Get-CMSiteMaintenanceTask gets site maintenance tasks as IResultObject#SMS_SCI_SQLTask objects: TaskName and ' +
		'ItemName (the internal name, such as "Backup SMS Site Server"), Enabled, DaysOfWeek (a bit mask: Sunday 1, Monday ' +
		'2, Tuesday 4, Wednesday 8, Thursday 16, Friday 32, Saturday 64; 127 is every day), BeginTime and LatestBeginTime ' +
		'(as WMI interval text, 00000000HHMMSS.000000+***), SiteCode. -Name filters by name, internal or console name ' +
		'(wildcards accepted); without -SiteCode the site of the current drive is searched. Run it from a Configuration ' +
		'Manager drive.\n\n' +
		'Simulated: only the site backup task (console name "Backup Site Server") exists; it is on by default at a central ' +
		'administration site and off at a primary, and secondary sites have none. A run stops SMS_EXECUTIVE, backs up, ' +
		'writes status message 5035 and starts SMS_EXECUTIVE again. Simulation additions: DisplayName, LastRun, NextRun, ' +
		'Running, LastResult. DeviceName (the backup destination) is not simulated and is empty.',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			aliases: TASK_NAME_ALIASES,
			acceptsWildcards: true,
			complete: () => ['Backup SMS Site Server'],
			help: 'The task name, such as "Backup SMS Site Server" (the console calls it Backup Site Server). Wildcards are accepted.',
		},
		{
			name: 'SiteCode',
			type: 'string',
			complete: completeSiteCodes,
			help: 'The site code of the site whose tasks to get. By default, the site of the current drive.',
		},
		...wildcardParameters,
	],
	outputs: ['IResultObject#SMS_SCI_SQLTask'],
	examples: [
		{
			title: 'Is the site backup on?',
			code: 'Get-CMSiteMaintenanceTask -Name \'Backup SMS Site Server\' | Select-Object TaskName, Enabled, DaysOfWeek',
			remarks: 'At a primary site the backup task is off by default; 127 means every day.',
			expect: ['Backup SMS Site Server', 'False', '127'],
		},
		{
			title: 'When it runs next',
			code: 'Set-CMSiteMaintenanceTask -Name \'Backup SMS Site Server\' -Enabled $true\n(Get-CMSiteMaintenanceTask -Name Backup*).NextRun -gt (Get-Date)',
			remarks: 'Once enabled the task has a next run time.',
			expect: ['True'],
		},
	],
	related: ['Set-CMSiteMaintenanceTask', 'Get-MaintenanceTask', 'Start-MaintenanceTask'],
	process(ctx) {
		const drive = requireSiteDrive(ctx);
		if (!drive) return;
		checkWildcardSwitches(ctx);
		const code: string = ctx.params.SiteCode ?? drive.siteCode;
		const byName = nameFilter(ctx, ctx.params.Name, true);
		const tasks = siteOf(ctx).getMaintenanceTasks().filter((t) =>
			t.SiteCode.toLowerCase() === code.toLowerCase() && (byName(t.InternalName) || byName(t.Name)));
		ctx.writeAll(tasks.map(sqlTaskObject));
	},
};

export default def;
