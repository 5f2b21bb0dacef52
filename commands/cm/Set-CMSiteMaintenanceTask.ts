// Set-CMSiteMaintenanceTask: turns the site backup task on or off and sets its schedule. The module's other
// tasks exist in its enum but are not simulated: naming one is refused, and nothing changes.

import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {checkWildcardSwitches, inputResult, requireSiteDrive, sqlTaskObject, wildcardParameters} from '../_lib/cm-objects.ts';
import {MAINTENANCE_TASKS, passThruParam, TASK_NAME_ALIASES} from '../_lib/cm-params.ts';
import {siteOf} from '../_lib/site.ts';
import {completeSiteCodes, timeOfDayText, trySite} from '../_lib/site-cmdlet.ts';

const TASK_SETS = ['SetMaintenanceTasksByValue', 'SetMaintenanceTasksByTaskName', 'SetMaintenanceTasksByName'];
const SUMMARY_SET = 'SetSummaryTaskByName';
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Settings the module has that the simulated task does not keep. */
const NOT_SIMULATED = ['LatestBeginTime', 'DeleteOlderThanDays', 'DeviceName', 'EnableAlert', 'SiteBackupPath', 'SqlBackupPath'];

/** The task name the parameters give, or undefined (after writing the error) for a task that is not simulated. */
function taskName(ctx: CmdletContext): string | undefined {
	const refuse = (name: string): undefined => {
		ctx.writeError({
			message: `The maintenance task '${name}' is not simulated. The simulated site has one maintenance task: Backup SMS Site Server (BackupSiteServer).`,
			category: 'ObjectNotFound',
			id: 'MaintenanceTaskNotSimulated',
			target: name,
			exceptionType: 'ItemNotFoundException',
		});
		return undefined;
	};
	switch (ctx.parameterSet) {
		case 'SetMaintenanceTasksByValue':
			return String(inputResult(ctx, ctx.params.InputObject, ['SMS_SCI_SQLTask']).get('TaskName'));
		case 'SetMaintenanceTasksByName':
			return ctx.params.MaintenanceTask === 'BackupSiteServer' ? 'Backup SMS Site Server' : refuse(ctx.params.MaintenanceTask);
		case SUMMARY_SET:
			return refuse(ctx.params.SummaryTask);
		default:
			return String(ctx.params.Name);
	}
}

const def: CmdletDef = {
	name: 'Set-CMSiteMaintenanceTask',
	synopsis: 'Changes a site maintenance task: whether it is enabled, and its schedule.',
	description:
		'Set-CMSiteMaintenanceTask changes a maintenance task of a site. Name the task with -Name (its internal name, ' +
		'"Backup SMS Site Server"; aliases -ItemName, -MaintenanceTaskName, -TaskName), with -MaintenanceTask ' +
		'BackupSiteServer, or pipe it from Get-CMSiteMaintenanceTask. -Enabled turns it on or off; -DaysOfWeek (Sunday ' +
		'to Saturday, several allowed) and -BeginTime (the time of day of a [datetime]) set its schedule. Without ' +
		'-SiteCode the task of the current drive\'s site is changed. Run it from a Configuration Manager drive.\n\n' +
		'Microsoft recommends running the site backup at least every five days, and disabling it before installing an ' +
		'update. A run stops SMS_EXECUTIVE, backs up, writes status message 5035 and starts SMS_EXECUTIVE again — which ' +
		'also applies a pending service connection point mode.\n\n' +
		'Simulated: only the site backup task exists; the other tasks of -MaintenanceTask and -SummaryTask are refused. ' +
		'-LatestBeginTime, -DeleteOlderThanDays, -DeviceName, -EnableAlert, -SiteBackupPath and -SqlBackupPath are ' +
		'accepted and not kept (the verbose stream says so). Times are UTC.',
	defaultParameterSet: SUMMARY_SET,
	parameters: [
		{
			name: 'InputObject',
			type: 'object',
			mandatory: true,
			sets: ['SetMaintenanceTasksByValue'],
			valueFromPipeline: true,
			help: 'The task to change (an SMS_SCI_SQLTask object from Get-CMSiteMaintenanceTask).',
		},
		{
			name: 'Name',
			type: 'string',
			mandatory: true,
			sets: ['SetMaintenanceTasksByTaskName'],
			aliases: TASK_NAME_ALIASES,
			complete: () => ['Backup SMS Site Server'],
			help: 'The task\'s name: "Backup SMS Site Server" (the console shows Backup Site Server).',
		},
		{
			name: 'MaintenanceTask',
			type: 'string',
			mandatory: true,
			sets: ['SetMaintenanceTasksByName'],
			validateSet: MAINTENANCE_TASKS,
			help: 'The task, by its enum name. Only BackupSiteServer is simulated.',
		},
		{
			name: 'SummaryTask',
			type: 'string',
			mandatory: true,
			sets: [SUMMARY_SET],
			validateSet: ['UpdateApplicationCatalogTables'],
			help: 'A summary task to change. Accepted for compatibility; not simulated.',
		},
		{name: 'FixedRun', type: 'switch', sets: [SUMMARY_SET], help: 'For a summary task: run at a fixed interval. Not simulated.'},
		{name: 'RunIntervalMins', type: 'int', sets: [SUMMARY_SET], help: 'For a summary task: the interval in minutes. Not simulated.'},
		{name: 'RunNow', type: 'switch', sets: [SUMMARY_SET], help: 'For a summary task: run it now. Not simulated.'},
		{
			name: 'SiteCode',
			type: 'string',
			complete: completeSiteCodes,
			help: 'The site code of the site whose task to change. By default, the site of the current drive.',
		},
		{name: 'Enabled', type: 'bool', sets: TASK_SETS, help: 'Whether the task runs on its schedule: $true or $false.'},
		{
			name: 'DaysOfWeek',
			type: 'string[]',
			sets: TASK_SETS,
			validateSet: DAYS,
			help: 'The days the task runs, such as Monday, Thursday.',
		},
		{name: 'BeginTime', type: 'datetime', sets: TASK_SETS, help: 'When the task may start, as a [datetime] whose time of day (UTC) counts, such as \'02:00\'.'},
		{name: 'LatestBeginTime', type: 'datetime', sets: TASK_SETS, help: 'The latest time the task may start. Accepted; not simulated.'},
		{name: 'DeleteOlderThanDays', type: 'int', sets: TASK_SETS, help: 'For delete tasks: the age of the data to delete. Accepted; not simulated.'},
		{name: 'DeviceName', type: 'string', sets: TASK_SETS, help: 'The backup destination. Accepted; not simulated.'},
		{name: 'EnableAlert', type: 'bool', sets: TASK_SETS, help: 'Whether a failure raises an alert. Accepted; not simulated.'},
		{name: 'SiteBackupPath', type: 'string', sets: TASK_SETS, help: 'Where the site backup goes. Accepted; not simulated.'},
		{name: 'SqlBackupPath', type: 'string', sets: TASK_SETS, help: 'Where the database backup goes. Accepted; not simulated.'},
		passThruParam('the task (IResultObject#SMS_SCI_SQLTask)'),
		...wildcardParameters,
	],
	outputs: ['None', 'IResultObject#SMS_SCI_SQLTask (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Back up the site twice a week',
			code: 'Set-CMSiteMaintenanceTask -Name \'Backup SMS Site Server\' -Enabled $true -DaysOfWeek Monday, Thursday -BeginTime \'02:00\' -PassThru |\n' +
				'\tSelect-Object TaskName, Enabled, DaysOfWeek, BeginTime',
			remarks: 'DaysOfWeek is the bit mask 18 (Monday 2 + Thursday 16); BeginTime is 02:00.',
			expect: ['True', '18', '00000000020000.000000+***'],
		},
		{
			title: 'Disable the backup before installing an update',
			code: 'Set-CMSiteMaintenanceTask -MaintenanceTask BackupSiteServer -Enabled $false\n(Get-CMSiteMaintenanceTask -Name Backup*).Enabled',
			remarks: 'The installation checklist recommends turning maintenance tasks off first.',
			expect: ['False'],
		},
	],
	related: ['Get-CMSiteMaintenanceTask', 'Set-MaintenanceTask', 'Start-MaintenanceTask'],
	async process(ctx) {
		const drive = requireSiteDrive(ctx);
		if (!drive) return;
		checkWildcardSwitches(ctx);
		const name = taskName(ctx);
		if (name === undefined) return;
		const p = ctx.params;
		const siteCode: string = p.SiteCode ?? (ctx.parameterSet === 'SetMaintenanceTasksByValue'
			? String(inputResult(ctx, p.InputObject, ['SMS_SCI_SQLTask']).get('SiteCode'))
			: drive.siteCode);
		for (const n of NOT_SIMULATED) if (ctx.isBound(n)) ctx.writeVerbose(`-${n} is not simulated; it was not kept.`);
		if (!(await ctx.shouldProcess(`${name} (site ${siteCode})`, 'Set-CMSiteMaintenanceTask'))) return;
		const task = trySite(ctx, () => siteOf(ctx).setMaintenanceTask(name, {
			enabled: ctx.isBound('Enabled') ? p.Enabled : undefined,
			daysOfWeek: ctx.isBound('DaysOfWeek') ? p.DaysOfWeek : undefined,
			beginTime: ctx.isBound('BeginTime') ? timeOfDayText(p.BeginTime) : undefined,
		}, siteCode));
		if (task && p.PassThru) ctx.write(sqlTaskObject(task));
	},
};

export default def;
