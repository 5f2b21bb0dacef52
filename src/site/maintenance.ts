// Site maintenance tasks. Only 'Backup Site Server' (internal name 'Backup SMS Site Server') is simulated: on
// by default at a CAS, off at a primary, absent at a secondary (domain.md 6). A run stops SMS_EXECUTIVE on the
// site server, backs up for some simulated minutes, writes status message 5035 and starts SMS_EXECUTIVE again —
// which is why a pending SCP mode change applies after a backup (seed).

import {EXECUTIVE_STOP, startExecutive, stopExecutive} from './components.ts';
import {findSite, isRunning, touch, type Ctx} from './context.ts';
import {notFound, SiteError} from './errors.ts';
import {writeLog} from './logs.ts';
import {cancel, schedule} from './scheduler.ts';
import {raise} from './status.ts';
import type {SiteType, TaskRec} from './state.ts';
import {DAY, DAYS_OF_WEEK, HOUR, MINUTE, parseTimeOfDay, startOfDay, weekday} from './time.ts';

export const BACKUP_TASK = 'Backup Site Server';
export const BACKUP_TASK_INTERNAL = 'Backup SMS Site Server';
/** How long the backup itself takes, by site type. */
export const BACKUP_DURATION: Record<SiteType, number> = {CentralAdministrationSite: 18 * MINUTE, Primary: 12 * MINUTE, Secondary: 0};

const BKUP = 'SMS_SITE_BACKUP';

/** The default task of a new CAS or primary: every day, start after 02:00, latest start 05:00 [mem]. */
export function newBackupTask(site: string, type: SiteType): TaskRec {
	return {
		name: BACKUP_TASK, site, enabled: type === 'CentralAdministrationSite', days: [0, 1, 2, 3, 4, 5, 6],
		begin: 2 * HOUR, latest: 5 * HOUR, lastRun: null, nextRun: null, running: false, lastResult: null,
	};
}

/** Names a task answers to: its console name and its internal name. */
export const taskMatches = (task: TaskRec, name: string): boolean => {
	const n = name.trim().toLowerCase();
	return task.name.toLowerCase() === n || (task.name === BACKUP_TASK && BACKUP_TASK_INTERNAL.toLowerCase() === n) ||
		n === 'backupsiteserver';
};

/** The first time at or after `from` when the task's schedule fires; null when it has no days. */
export function nextRunAfter(task: Pick<TaskRec, 'days' | 'begin'>, from: number): number | null {
	for (let d = 0; d <= 7; d++) {
		const day = startOfDay(from) + d * DAY;
		const at = day + task.begin;
		if (at > from && task.days.includes(weekday(day))) return at;
	}
	return null;
}

const triggerKey = (site: string): string => `backup|${site}`;
const runKey = (site: string): string => `backupRun|${site}`;

/** Recomputes NextRun and (re)queues the trigger. */
export function rescheduleTask(ctx: Ctx, task: TaskRec): void {
	task.nextRun = task.enabled ? nextRunAfter(task, ctx.lab.clock.now) : null;
	if (task.nextRun === null) cancel(ctx, triggerKey(task.site));
	else schedule(ctx, task.nextRun, triggerKey(task.site), {kind: 'backupTrigger', site: task.site});
	touch(ctx, 'task');
}

export function findTask(ctx: Ctx, name: string, siteCode: string): TaskRec {
	const site = findSite(ctx.lab, siteCode);
	if (!site) throw notFound('Site', siteCode, ctx.lab.sites.map((s) => s.code), 'SiteNotFound');
	const task = ctx.lab.tasks.find((t) => t.site === site.code && taskMatches(t, name));
	if (!task) {
		const extra = site.type === 'Secondary' ? ' Secondary sites have no site backup task; only CAS and primary sites can be backed up.' : '';
		throw notFound(`Maintenance task at site ${site.code}`, name, [BACKUP_TASK, BACKUP_TASK_INTERNAL], 'MaintenanceTaskNotFound', extra);
	}
	return task;
}

export interface TaskChanges {
	enabled?: boolean;
	daysOfWeek?: readonly string[];
	beginTime?: string;
}

export function parseDays(days: readonly string[]): number[] {
	const out = new Set<number>();
	for (const d of days) {
		const i = DAYS_OF_WEEK.findIndex((n) => n.toLowerCase() === String(d).trim().toLowerCase());
		if (i < 0) throw new SiteError(`'${d}' is not a day of the week. Valid values: ${DAYS_OF_WEEK.join(', ')}.`, 'InvalidArgument', 'InvalidDayOfWeek', d);
		out.add(i);
	}
	if (!out.size) throw new SiteError('DaysOfWeek needs at least one day.', 'InvalidArgument', 'InvalidDayOfWeek', days);
	return [...out].sort();
}

export function setTask(ctx: Ctx, task: TaskRec, changes: TaskChanges): void {
	const days = changes.daysOfWeek !== undefined ? parseDays(changes.daysOfWeek) : task.days;
	let begin = task.begin;
	if (changes.beginTime !== undefined) {
		const t = parseTimeOfDay(String(changes.beginTime));
		if (t === undefined) {
			throw new SiteError(`'${changes.beginTime}' is not a valid begin time: use HH:MM in 24-hour form, for example 02:00.`,
				'InvalidArgument', 'InvalidBeginTime', changes.beginTime);
		}
		begin = t;
	}
	task.days = days;
	task.begin = begin;
	task.latest = Math.max(task.latest, begin);
	if (changes.enabled !== undefined) task.enabled = !!changes.enabled;
	rescheduleTask(ctx, task);
}

export function validateStart(ctx: Ctx, task: TaskRec): void {
	if (task.running) {
		throw new SiteError(`${BACKUP_TASK} is already running at site ${task.site}.`, 'InvalidOperation', 'MaintenanceTaskRunning', task.name);
	}
	const site = findSite(ctx.lab, task.site)!;
	if (!isRunning(ctx, site.server, BKUP)) {
		throw new SiteError(`The SMS_SITE_BACKUP service is not running on ${site.server}; start it to run ${BACKUP_TASK}.`,
			'InvalidOperation', 'BackupServiceNotRunning', task.name);
	}
}

/** Starts a backup run now. */
export function startBackup(ctx: Ctx, task: TaskRec): void {
	const site = findSite(ctx.lab, task.site)!;
	const now = ctx.lab.clock.now;
	task.running = true;
	task.lastRun = now;
	touch(ctx, 'task');
	writeLog(ctx, site.server, BKUP, `Backup of site ${site.code} started. Stopping SMS_EXECUTIVE on ${site.server} for the snapshot.~~`);
	writeLog(ctx, site.server, BKUP, 'Deleting the previous backup snapshot before the new backup begins.~~');
	stopExecutive(ctx, site.server, 'Stopped');
	schedule(ctx, now + EXECUTIVE_STOP + BACKUP_DURATION[site.type], runKey(site.code), {kind: 'backupRun', site: site.code});
}

/** The scheduled trigger: runs the backup unless it is already running or the service is down. */
export function handleBackupTrigger(ctx: Ctx, siteCode: string): void {
	const task = ctx.lab.tasks.find((t) => t.site === siteCode && t.name === BACKUP_TASK);
	if (!task) return;
	const site = findSite(ctx.lab, siteCode)!;
	if (task.enabled && !task.running && isRunning(ctx, site.server, BKUP)) startBackup(ctx, task);
	else if (task.enabled && !task.running) writeLog(ctx, site.server, BKUP, 'SMS_SITE_BACKUP is not running; the scheduled backup was skipped.~~', 2);
	rescheduleTask(ctx, task);
}

/** The backup finished: 5035, then SMS_EXECUTIVE starts again (and with it SMS_DMP_DOWNLOADER). */
export function handleBackupRun(ctx: Ctx, siteCode: string): void {
	const task = ctx.lab.tasks.find((t) => t.site === siteCode && t.name === BACKUP_TASK);
	const site = findSite(ctx.lab, siteCode);
	if (!task || !site) return;
	task.running = false;
	task.lastResult = 'Succeeded';
	touch(ctx, 'task');
	writeLog(ctx, site.server, BKUP, 'Backed up the site database, registry keys, site folders and the CD.Latest folder.~~');
	writeLog(ctx, site.server, BKUP, 'Backup completed.~~');
	raise(ctx, {
		server: site.server, component: BKUP, severity: 'Information', id: 5035,
		text: 'Site Backup completed successfully with zero errors but still there could be some warnings.',
	});
	writeLog(ctx, site.server, BKUP, `Starting SMS_EXECUTIVE on ${site.server}.~~`);
	startExecutive(ctx, site.server);
}
