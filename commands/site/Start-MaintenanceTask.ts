// Start-MaintenanceTask: runs a maintenance task now and, unless -NoWait, waits in simulated time until it has
// finished — for the backup, until SMS_EXECUTIVE runs again after it.

import type {CmdletDef} from '../../src/engine/command.ts';
import {HOUR, type Site} from '../../src/site/index.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeSiteCodes, completeTaskNames, waitForCondition} from '../_lib/site-cmdlet.ts';

/** Far longer than a backup takes (minutes). */
const WAIT_LIMIT = 6 * HOUR;

function finished(site: Site, name: string, siteCode: string): boolean {
	const task = site.getMaintenanceTasks({name, siteCode})[0];
	if (!task || task.Running) return false;
	const server = site.getSite(siteCode).ServerName;
	try {
		const at = site.componentSettlesAt('SMS_EXECUTIVE', {serverName: server});
		return at === null || at <= site.now;
	} catch {
		return true;
	}
}

const def: CmdletDef = {
	name: 'Start-MaintenanceTask',
	synopsis: 'Runs a site maintenance task now and waits until it has finished.',
	description:
		'Start-MaintenanceTask runs a maintenance task now, outside its schedule (it need not be enabled). For Backup Site ' +
		'Server the run stops SMS_EXECUTIVE on the site server, backs up for some simulated minutes, writes status message ' +
		'5035 and starts SMS_EXECUTIVE again; SMS_DMP_DOWNLOADER starts with it, so a pending mode change of the service ' +
		'connection point takes effect.\n\n' +
		'By default the cmdlet waits, in simulated time, until the task has finished and SMS_EXECUTIVE runs again. -NoWait ' +
		'returns at once. In the interactive shell the wait follows the live clock and Ctrl+C stops waiting (the task goes ' +
		'on). The SMS_SITE_BACKUP service must be running.',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			mandatory: true,
			position: 0,
			aliases: ['TaskName', 'MaintenanceTaskName'],
			valueFromPipelineByPropertyName: true,
			complete: completeTaskNames,
			help: 'The task to run: Backup Site Server (or Backup SMS Site Server).',
		},
		{
			name: 'SiteCode',
			type: 'string',
			valueFromPipelineByPropertyName: true,
			complete: completeSiteCodes,
			help: 'The site whose task to run. By default the top-tier site.',
		},
		{
			name: 'NoWait',
			type: 'switch',
			help: 'Returns as soon as the task has started.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the task (Scpsh.MaintenanceTask) when the cmdlet returns.',
		},
	],
	outputs: ['None', 'Scpsh.MaintenanceTask (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Apply a pending mode change with a backup',
			code: "Set-ScpMode Offline -WarningAction SilentlyContinue\nStart-MaintenanceTask -Name 'Backup Site Server'\n(Get-ScpStatus).EffectiveMode",
			remarks: 'The backup stops and restarts SMS_EXECUTIVE; SMS_DMP_DOWNLOADER starts in the configured mode.',
			expect: ['Offline'],
		},
		{
			title: 'Start the backup and watch SMS_EXECUTIVE',
			code: "Start-MaintenanceTask 'Backup Site Server' -NoWait\nStep-SimClock 1m\n(Get-Component SMS_EXECUTIVE).State\nStep-SimClock 30m\n(Get-Component SMS_EXECUTIVE).State",
			remarks: 'SMS_EXECUTIVE is stopped during the backup and running again after it.',
			expect: ['Stopped', 'Running'],
		},
	],
	related: ['Get-MaintenanceTask', 'Set-MaintenanceTask', 'Get-StatusMessage', 'about_ScpModes'],
	async process(ctx) {
		const site = siteOf(ctx);
		const p = ctx.params;
		const where = p.SiteCode ? ` at site ${String(p.SiteCode).toUpperCase()}` : '';
		if (!(await ctx.shouldProcess(`${p.Name}${where}`, 'Run the maintenance task now'))) return;
		const task = callSite(ctx, () => site.startMaintenanceTask(p.Name, p.SiteCode ?? null));
		if (!p.NoWait) {
			const activity = `${task.Name} at site ${task.SiteCode}`;
			const done = await waitForCondition(ctx, site, () => finished(site, task.Name, task.SiteCode), site.now + WAIT_LIMIT, () => {
				const exec = site.getComponent('SMS_EXECUTIVE', {siteCode: task.SiteCode});
				ctx.host.writeProgress({activity, status: `SMS_EXECUTIVE ${exec.State}`, percentComplete: -1});
			});
			ctx.host.writeProgress({activity, status: 'Done', percentComplete: 100, completed: true});
			if (!done) ctx.writeWarning(`${task.Name} at site ${task.SiteCode} has not finished yet; stopped waiting.`);
		}
		if (p.PassThru) ctx.write(toPSObject('Scpsh.MaintenanceTask', site.getMaintenanceTasks({name: task.Name, siteCode: task.SiteCode})[0]!));
	},
};

export default def;
