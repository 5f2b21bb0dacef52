// What the SCP, Service Manager and site cmdlets share beyond site.ts: turning the site's refusals into error
// records that name the cmdlet, waiting in simulated time for the site to settle, tab completion of the site's
// names, and the file-system plumbing of the offline path.

import {existsSync, statSync} from 'node:fs';
import {dirname} from 'node:path';
import type {CmdletContext, Session} from '../../src/engine/command.ts';
import type {ErrorCategory, ErrorRecordInit} from '../../src/engine/errors.ts';
import {PSDateTime, PSTimeSpan} from '../../src/engine/values.ts';
import {hasWildcard} from '../../src/engine/wildcard.ts';
import {parseDuration, SiteError, type Site} from '../../src/site/index.ts';
import {fsLocation} from './cm-session.ts';
import {defaultDriveRoot, isDrivePath, mapPath} from './win-paths.ts';

// ---- errors ---------------------------------------------------------------------------------------------

/** SiteError by name as well as by class: a site built by another copy of the module is still a site. */
export const isSiteError = (e: unknown): e is SiteError => e instanceof SiteError || (e instanceof Error && e.name === 'SiteError');

// The .NET exception a cmdlet would throw for each kind of refusal, so CategoryInfo reads as pwsh's does.
const EXCEPTION_OF: Partial<Record<string, string>> = {
	ObjectNotFound: 'ItemNotFoundException',
	InvalidArgument: 'ArgumentException',
	InvalidData: 'InvalidDataException',
	ConnectionError: 'WebException',
	LimitsExceeded: 'InvalidOperationException',
};

/** The error record of a site refusal: the site's message, category and id, with the cmdlet's name added by the engine. */
export function siteErrorRecord(e: SiteError): ErrorRecordInit {
	return {
		message: e.message,
		category: e.category as ErrorCategory,
		id: e.id,
		target: e.target,
		exceptionType: EXCEPTION_OF[e.category] ?? 'InvalidOperationException',
	};
}

/** Runs a site call; a refusal ends the command with a terminating error that names the cmdlet. */
export function callSite<T>(ctx: CmdletContext, fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (isSiteError(e)) ctx.fail(siteErrorRecord(e));
		throw e;
	}
}

/** Runs a site call for one item of many; a refusal is a non-terminating error and the command goes on. */
export function trySite<T>(ctx: CmdletContext, fn: () => T): T | undefined {
	try {
		return fn();
	} catch (e) {
		if (isSiteError(e)) {
			ctx.writeError(siteErrorRecord(e));
			return undefined;
		}
		throw e;
	}
}

/** Writes the warnings a site mutator returns (a pending mode change, a remote host without an account). */
export function writeWarnings(ctx: CmdletContext, warnings: readonly string[]): void {
	for (const w of warnings) ctx.writeWarning(w);
}

// ---- waiting in simulated time ---------------------------------------------------------------------------

/** More steps than any wait of ours takes; a loop that gets here has stopped making progress. */
const MAX_STEPS = 100_000;

/**
 * Lets simulated time pass until `settledAt()` says the site has settled (returns null or a time not after now).
 * In scripts the clock jumps; in the TUI the live clock runs and Ctrl+C (ctx.signal) stops the wait.
 * The time is asked again after each wait, because what the site is waiting for can move (an executive restart
 * extends the time its threads settle).
 */
export async function waitUntilSettled(ctx: CmdletContext, site: Site, settledAt: () => number | null): Promise<void> {
	for (let i = 0; i < MAX_STEPS; i++) {
		if (ctx.session.site !== site) return;
		const at = settledAt();
		if (at === null || at <= site.now) return;
		const before = site.now;
		await ctx.session.waitSimulated(at - site.now, ctx.signal);
		// A driver that did not move the clock (no site attached to it) must not spin us forever.
		if (site.now === before) return;
	}
}

/**
 * Lets simulated time pass one scheduled event at a time until `done()` is true or `limit` (an absolute
 * simulated time) is reached. `onStep` runs after each step (to report progress or write new log lines).
 * Returns true when `done()` became true.
 */
export async function waitForCondition(ctx: CmdletContext, site: Site, done: () => boolean, limit: number, onStep?: () => void): Promise<boolean> {
	for (let i = 0; i < MAX_STEPS; i++) {
		if (ctx.session.site !== site) return false;
		if (done()) return true;
		if (site.now >= limit) return false;
		// Step to the next event, at least a millisecond (so an event due now runs and the clock moves), never past the limit.
		const next = site.nextEventAt();
		const target = Math.min(limit, Math.max(next ?? limit, site.now + 1));
		const before = site.now;
		await ctx.session.waitSimulated(target - before, ctx.signal);
		onStep?.();
		if (site.now === before) return done();
	}
	return done();
}

// ---- parameter values ---------------------------------------------------------------------------------------

/** A duration given as [timespan] or text (`1.00:00:00`, `90m`, `24h`, `7d`): milliseconds. */
export function durationMs(value: unknown): number {
	if (value instanceof PSTimeSpan) return value.ms;
	// A bare number has no unit; the site's parser says so and shows the forms it takes.
	return parseDuration(String(value));
}

/** For a parameter's `validate`: the message of a bad duration, or undefined. */
export function validateDuration(value: unknown): string | undefined {
	try {
		const ms = durationMs(value);
		if (!Number.isFinite(ms) || ms < 0) return `The duration '${String(value)}' is not valid: it must be zero or more.`;
		return undefined;
	} catch (e) {
		if (isSiteError(e)) return e.message;
		throw e;
	}
}

/** A time of day given as [datetime] (its UTC hour and minute, the simulation has no time zone) or text: HH:MM. */
export function timeOfDayText(value: unknown): string {
	if (value instanceof PSDateTime) {
		const d = value.date;
		return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
	}
	return String(value).trim();
}

export const isWildcard = (text: string | null | undefined): boolean => !!text && hasWildcard(text);

// ---- tab completion -----------------------------------------------------------------------------------------

const siteIn = (session: Session): Site | null => (session.site ?? null) as Site | null;
const unique = (names: Iterable<string>): string[] => [...new Set(names)].sort((a, b) => a.localeCompare(b, 'en'));

/** Component names across the hierarchy, for -Name of the Service Manager cmdlets. */
export const completeComponentNames = (session: Session): string[] => unique(siteIn(session)?.getComponents().map((c) => c.Name) ?? []);
export const completeSiteCodes = (session: Session): string[] => siteIn(session)?.getSites().map((s) => s.SiteCode) ?? [];
export const completeServerNames = (session: Session): string[] => siteIn(session)?.getSiteSystems().map((s) => s.ServerName) ?? [];
export const completeLogNames = (session: Session): string[] => siteIn(session)?.getLogNames() ?? [];
export const completeUpdateNames = (session: Session): string[] => siteIn(session)?.getUpdates().map((u) => u.Name) ?? [];
export const completeTaskNames = (session: Session): string[] => unique(siteIn(session)?.getMaintenanceTasks().map((t) => t.Name) ?? []);

// ---- files ----------------------------------------------------------------------------------------------------

/**
 * Where a path the user typed lives on this computer, and how messages show it. Paths map as the Service
 * Connection Tool maps them (win-paths.ts), so `Export-ScpUsageData D:\USB\UsageData.cab` and
 * `ServiceConnectionTool.exe -connect -usagedatasrc D:\USB` meet in the same folder: a drive letter lives under
 * the drive root, and a relative path starts at the session's file-system location (the process's current
 * directory until Set-Location moves it). Messages show a drive or UNC path as typed (where it really lives is
 * this computer's business, and scripts must print the same everywhere) and any other path resolved, as pwsh does.
 */
export function userPath(session: Session, typed: string): {real: string; shown: string; onDrive: boolean} {
	const real = mapPath(typed, {cwd: fsLocation(session), driveRoot: defaultDriveRoot()});
	const onDrive = isDrivePath(typed) || (/^(\\\\|\/\/)[^\\/]/.test(typed.trim()) && typed.includes('\\'));
	return {real, shown: onDrive ? typed.trim() : real, onDrive};
}

/** pwsh's error for a path that does not exist (Get-Content, Import-*). */
export function pathNotFound(path: string): ErrorRecordInit {
	return {
		message: `Cannot find path '${path}' because it does not exist.`,
		category: 'ObjectNotFound',
		id: 'PathNotFound',
		target: path,
		exceptionType: 'ItemNotFoundException',
	};
}

/** pwsh's error for writing into a folder that does not exist (Out-File, Set-Content). */
export function parentNotFound(path: string): ErrorRecordInit {
	return {
		message: `Could not find a part of the path '${path}'.`,
		category: 'ObjectNotFound',
		id: 'DirectoryNotFound',
		target: path,
		exceptionType: 'DirectoryNotFoundException',
	};
}

export const parentExists = (path: string): boolean => {
	const dir = dirname(path);
	return existsSync(dir) && statSync(dir).isDirectory();
};

// ---- ShouldProcess ------------------------------------------------------------------------------------------

/** -WhatIf given, or $WhatIfPreference on: -Force must not skip the What if: line. */
export function whatIfRequested(ctx: CmdletContext): boolean {
	if (ctx.isBound('WhatIf')) return ctx.params.WhatIf === true;
	const pref = ctx.session.getVariable('WhatIfPreference');
	return pref === true || String(pref).toLowerCase() === 'true';
}

/** `Service connection point on CM01.contoso.com`, or just the role when none is installed (the site call will say so). */
export function scpTarget(site: Site): string {
	const status = site.getScpStatus();
	return status ? `Service connection point on ${status.ServerName} (site ${status.SiteCode})` : 'Service connection point';
}
