// Set-MaintenanceTask: turns a maintenance task on or off and sets its schedule.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeSiteCodes, completeTaskNames, timeOfDayText} from '../_lib/site-cmdlet.ts';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const def: CmdletDef = {
	name: 'Set-MaintenanceTask',
	synopsis: 'Enables or disables a site maintenance task and sets its schedule.',
	description:
		'Set-MaintenanceTask changes a maintenance task: -Enabled turns it on or off, -DaysOfWeek and -BeginTime set when ' +
		'it runs (UTC, the simulated clock\'s time). NextRun follows from the new schedule. Without -SiteCode the task of ' +
		'the top-tier site is changed.\n\n' +
		'Enabling Backup Site Server at a primary site makes the site back up on schedule; each run stops and restarts ' +
		'SMS_EXECUTIVE, so a pending mode change of the service connection point takes effect after the next backup. The ' +
		'product advises a backup at least every five days.',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			mandatory: true,
			position: 0,
			aliases: ['TaskName', 'MaintenanceTaskName'],
			valueFromPipelineByPropertyName: true,
			complete: completeTaskNames,
			help: 'The task: Backup Site Server (or Backup SMS Site Server).',
		},
		{
			name: 'Enabled',
			type: 'bool',
			help: 'Whether the task runs on its schedule: $true or $false.',
		},
		{
			name: 'DaysOfWeek',
			type: 'string[]',
			validateSet: DAYS,
			help: 'The days the task runs on, for example Monday, Thursday.',
		},
		{
			name: 'BeginTime',
			type: 'object',
			aliases: ['StartTime'],
			help: 'The time of day the task starts, as HH:MM (24-hour, UTC), for example 02:00, or a [datetime] whose time of day is used.',
		},
		{
			name: 'SiteCode',
			type: 'string',
			valueFromPipelineByPropertyName: true,
			complete: completeSiteCodes,
			help: 'The site whose task to change. By default the top-tier site.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the task (Scpsh.MaintenanceTask) after the change.',
		},
	],
	outputs: ['None', 'Scpsh.MaintenanceTask (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Back up twice a week',
			code: "Set-MaintenanceTask -Name 'Backup Site Server' -Enabled $true -DaysOfWeek Monday, Thursday -BeginTime 02:00 -PassThru | Select-Object Name, Enabled, DaysOfWeek",
			remarks: 'The task runs at 02:00 on Mondays and Thursdays.',
			expect: ['True', 'Monday'],
		},
		{
			title: 'A pending mode change applies after the next scheduled backup',
			code:
				"Set-MaintenanceTask 'Backup Site Server' -Enabled $true\nSet-ScpMode Offline -WarningAction SilentlyContinue\n" +
				'Step-SimClock 24h\n(Get-ScpStatus).EffectiveMode',
			remarks: 'The nightly backup stops and restarts SMS_EXECUTIVE, and SMS_DMP_DOWNLOADER starts in offline mode.',
			expect: ['Offline'],
		},
	],
	related: ['Get-MaintenanceTask', 'Start-MaintenanceTask', 'about_ScpModes'],
	async process(ctx) {
		const site = siteOf(ctx);
		const p = ctx.params;
		const changes: {enabled?: boolean; daysOfWeek?: string[]; beginTime?: string} = {};
		if (ctx.isBound('Enabled')) changes.enabled = !!p.Enabled;
		if (ctx.isBound('DaysOfWeek')) changes.daysOfWeek = p.DaysOfWeek;
		if (ctx.isBound('BeginTime')) changes.beginTime = timeOfDayText(p.BeginTime);
		const where = p.SiteCode ? ` at site ${String(p.SiteCode).toUpperCase()}` : '';
		if (!(await ctx.shouldProcess(`${p.Name}${where}`, 'Change the maintenance task'))) return;
		const task = callSite(ctx, () => site.setMaintenanceTask(p.Name, changes, p.SiteCode ?? null));
		if (p.PassThru) ctx.write(toPSObject('Scpsh.MaintenanceTask', task));
	},
};

export default def;
