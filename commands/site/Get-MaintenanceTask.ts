// Get-MaintenanceTask: the site maintenance tasks. Only Backup Site Server is simulated, the task whose run
// stops and restarts SMS_EXECUTIVE (and so applies a pending SCP mode).

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeSiteCodes, completeTaskNames} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Get-MaintenanceTask',
	synopsis: 'Gets the site maintenance tasks and their schedule.',
	description:
		'Get-MaintenanceTask gets the maintenance tasks of the sites: the Name, the SiteCode, whether it is Enabled, the ' +
		'DaysOfWeek and BeginTime of its schedule (UTC, the simulated clock\'s time), and its LastRun and NextRun.\n\n' +
		'The simulation has the Backup Site Server task (internal name Backup SMS Site Server), which backs up the site ' +
		'database, registry keys, folders and the CD.Latest folder. It is enabled by default at a central administration ' +
		'site and disabled at a primary; secondary sites have none. A run stops SMS_EXECUTIVE, backs up for some ' +
		'simulated minutes, writes status message 5035 and starts SMS_EXECUTIVE again, which is why a pending mode change ' +
		'of the service connection point takes effect after a backup.',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			position: 0,
			aliases: ['TaskName', 'MaintenanceTaskName'],
			acceptsWildcards: true,
			complete: completeTaskNames,
			help: 'The task to get: Backup Site Server (or its internal name, Backup SMS Site Server). Wildcards are allowed.',
		},
		{
			name: 'SiteCode',
			type: 'string',
			complete: completeSiteCodes,
			help: 'Gets only the tasks of this site.',
		},
	],
	outputs: ['Scpsh.MaintenanceTask'],
	examples: [
		{
			title: 'The backup task of a stand-alone primary',
			code: "Get-MaintenanceTask -Name 'Backup Site Server' | Select-Object Name, SiteCode, Enabled",
			remarks: 'At a primary site the backup task is off by default.',
			expect: ['Backup Site Server', 'False'],
		},
		{
			title: 'By its internal name',
			code: "(Get-MaintenanceTask 'Backup SMS Site Server').BeginTime",
			remarks: 'The internal name from the ConfigMgr cmdlets finds the same task.',
			expect: ['02:00'],
		},
	],
	related: ['Set-MaintenanceTask', 'Start-MaintenanceTask', 'about_ScpModes'],
	process(ctx) {
		const site = siteOf(ctx);
		const tasks = callSite(ctx, () => site.getMaintenanceTasks({name: ctx.params.Name ?? null, siteCode: ctx.params.SiteCode ?? null}));
		for (const t of tasks) ctx.write(toPSObject('Scpsh.MaintenanceTask', t));
	},
};

export default def;
