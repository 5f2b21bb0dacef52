// What the ConfigurationManager console session holds beyond the site: which modules are imported, the CMSite
// drives, and the last file-system location. Kept per shell (a WeakMap), because the engine's Session has only
// `location` (the prompt's text) and these are the compatibility cmdlets' business alone.
//
// A new session starts as a PowerShell window opened from the console does: ConfigurationManager imported, a
// CMSite drive for the top-tier site (and for the site the prompt's location names, so `PS PS1:\>` always has
// its drive), the location on it. The console's connection preamble therefore runs unchanged and changes
// nothing; scripts that import the module or create the drive themselves work too.

import type {Session} from '../../src/engine/command.ts';
import type {Site} from '../../src/site/index.ts';

export const CM_MODULE = 'ConfigurationManager';
export const CM_PROVIDER = 'CMSite';

export interface CmDrive {
	/** The drive name, which is the site code (PS1). */
	name: string;
	/** The SMS Provider the drive connects to: the site server (CM01.contoso.com). */
	root: string;
	siteCode: string;
	description: string;
}

interface CmState {
	/** The site the drives were made for; when Reset-SimSite swaps the site, the drives follow. */
	site: unknown;
	modules: Set<string>;
	drives: Map<string, CmDrive>;
	/** The last file-system location (Set-Location to a folder); native tools and relative paths start here. */
	fsLocation: string;
	/** Locations left with Set-Location, for `Set-Location -`. */
	back: string[];
}

const states = new WeakMap<object, CmState>();

/**
 * What identifies the running shell. A cmdlet's ctx.session is a fresh scoped view of the runtime per call (in
 * a script scope, a function...), so it cannot key per-shell state; the runtime's history list is one object per
 * shell and is shared by every view of it.
 */
const shellKey = (session: Session): object => session.history;
const key = (name: string): string => name.toLowerCase();

/** `PS1:\` → PS1; undefined for a location that is no drive-qualified path (a Unix folder, say). */
export function driveOf(location: string): string | undefined {
	return /^([^:\\/]+):(?:[\\/].*)?$/s.exec(location)?.[1];
}

function siteIn(session: Session): Site | null {
	return (session.site ?? null) as Site | null;
}

/** The top-tier site: the one without a parent (a CAS, or a stand-alone primary). */
export function topSiteCode(site: Site): string | undefined {
	return site.getSites().find((s) => s.ParentSiteCode === null)?.SiteCode;
}

function autoDrive(site: Site, code: string): CmDrive | undefined {
	const s = site.getSites().find((x) => x.SiteCode.toLowerCase() === code.toLowerCase());
	return s ? {name: s.SiteCode, root: s.ServerName, siteCode: s.SiteCode, description: `${s.SiteName}`} : undefined;
}

/** The session's console state, made (or brought in line with a replaced site) on first use. */
export function cmState(session: Session): CmState {
	let st = states.get(shellKey(session));
	const site = siteIn(session);
	if (!st) {
		st = {site: null, modules: new Set([key(CM_MODULE)]), drives: new Map(), fsLocation: process.cwd(), back: []};
		states.set(shellKey(session), st);
	}
	if (st.site !== site) {
		st.site = site;
		const kept = [...st.drives.values()];
		st.drives.clear();
		if (site && st.modules.has(key(CM_MODULE))) {
			const codes = [topSiteCode(site), driveOf(session.location), ...kept.map((d) => d.name)];
			for (const code of codes) {
				const drive = code ? autoDrive(site, code) : undefined;
				if (drive) st.drives.set(key(drive.name), drive);
			}
		}
	}
	return st;
}

export const isModuleLoaded = (session: Session, name: string): boolean => cmState(session).modules.has(key(name));

/** Importing ConfigurationManager mounts the drive of the top-tier site, as the module does for the console's site. */
export function loadModule(session: Session, name: string): void {
	const st = cmState(session);
	st.modules.add(key(name));
	const site = siteIn(session);
	if (key(name) === key(CM_MODULE) && site) {
		const top = topSiteCode(site);
		if (top && !st.drives.has(key(top))) st.drives.set(key(top), autoDrive(site, top)!);
	}
}

export const listCmDrives = (session: Session): CmDrive[] => [...cmState(session).drives.values()];

export const getCmDrive = (session: Session, name: string): CmDrive | undefined => cmState(session).drives.get(key(name));

export function addCmDrive(session: Session, drive: CmDrive): void {
	cmState(session).drives.set(key(drive.name), drive);
}

/** The site code of the CMSite drive the session's location is on, or undefined when it is elsewhere. */
export function currentSiteDrive(session: Session): CmDrive | undefined {
	const name = driveOf(session.location);
	return name ? getCmDrive(session, name) : undefined;
}

export const fsLocation = (session: Session): string => cmState(session).fsLocation;

/** Moves the session's location, remembering where it was (for `Set-Location -`). */
export function moveTo(session: Session, location: string, fsPath?: string, remember = true): void {
	const st = cmState(session);
	if (remember && session.location !== location) st.back.push(session.location);
	if (st.back.length > 20) st.back.shift();
	session.location = location;
	if (fsPath !== undefined) st.fsLocation = fsPath;
}

export function popLocation(session: Session): string | undefined {
	return cmState(session).back.pop();
}

/**
 * After Reset-SimSite: a location on a CMSite drive moves to the new site's top-tier drive unless the new site
 * has a drive of the same name. `wasOnSiteDrive` is whether it was on one before the site changed.
 */
export function siteReplaced(session: Session, wasOnSiteDrive: boolean): void {
	const st = cmState(session);
	const site = siteIn(session);
	const top = site ? topSiteCode(site) : undefined;
	if (!wasOnSiteDrive || !site || !top) return;
	if (!st.drives.has(key(top))) st.drives.set(key(top), autoDrive(site, top)!);
	const here = driveOf(session.location);
	if (!here || !getCmDrive(session, here)) session.location = `${top}:\\`;
}
