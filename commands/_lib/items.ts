// What Get-ChildItem, Get-Item, Copy-Item, Move-Item and Rename-Item share: the FileInfo/DirectoryInfo objects
// they write, how a path with a wildcard in its last element expands, and how a path is shown back to the user.
// Paths map through userPath (site-cmdlet.ts over win-paths.ts) like every other file cmdlet; this file only adds
// the item side of the file system.

import {cpSync, lstatSync, readdirSync, renameSync, rmSync, statSync, type Stats} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import type {CmdletContext, Session} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {dotNetObject} from '../../src/engine/types.ts';
import {PSDateTime, ScriptBlock, type PSObject} from '../../src/engine/values.ts';
import {hasWildcard, wildcardMatch} from '../../src/engine/wildcard.ts';
import {kind, userPath} from './file-io.ts';
import {joinPath, leafOf, parentPath} from './path-text.ts';

/** A file or folder as the cmdlets handle it: where it really is, and how the user's form of its path reads. */
export interface Item {
	real: string;
	shown: string;
}

/**
 * The user's form of a path, tidied as pwsh's FullName is: a drive or UNC path keeps its Windows form with
 * backslashes, one separator at a time, `.` and `..` resolved, and no trailing separator (except on a root);
 * any other path is the real, resolved one (userPath already gives that).
 */
export function normalShown(session: Session, typed: string): string {
	const {shown, onDrive} = userPath(session, typed);
	if (!onDrive) return shown;
	const t = shown.replace(/\//g, '\\');
	const drive = /^([A-Za-z]):(.*)$/s.exec(t);
	const root = drive ? `${drive[1]!.toUpperCase()}:\\` : '\\\\';
	const rest = drive ? drive[2]! : t.replace(/^\\\\/, '');
	const out: string[] = [];
	for (const part of rest.split('\\')) {
		if (part === '' || part === '.') continue;
		// A UNC path's server and share are its root: `..` does not climb above them.
		if (part === '..') {
			if (out.length > (drive ? 0 : 2)) out.pop();
		} else out.push(part);
	}
	return root + out.join('\\');
}

/** The item a path names, with the user's form tidied. */
export function itemAt(session: Session, typed: string): Item {
	return {real: userPath(session, typed).real, shown: normalShown(session, typed)};
}

/** A child's item: the shown form gets the parent's separator. */
export const childItem = (parent: Item, name: string): Item => ({real: join(parent.real, name), shown: joinPath(parent.shown, name)});

/** Files whose name starts with a dot are hidden on Unix; pwsh on Linux and macOS lists them only with -Force. */
export const isHidden = (name: string): boolean => name.startsWith('.');

/** pwsh's order: folders first, then files, each by name (case-insensitive, then ordinal for a stable tie-break). */
export function sortEntries(parent: string, names: string[]): {name: string; dir: boolean}[] {
	const entries = names.map(name => ({name, dir: kind(join(parent, name)) === 'Directory'}));
	const byName = (a: string, b: string): number => {
		const la = a.toLowerCase();
		const lb = b.toLowerCase();
		return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
	};
	return entries.sort((a, b) => (a.dir === b.dir ? byName(a.name, b.name) : a.dir ? -1 : 1));
}

/**
 * The items a path names. A wildcard (* ? [) in the last element matches the names in its folder (hidden ones
 * only with `force`), in pwsh's order; a plain path names itself whether or not it exists (callers check).
 * Returns `wildcard` so callers know an empty list means "matched nothing" rather than "missing".
 */
export function expandPath(session: Session, typed: string, force: boolean): {items: Item[]; wildcard: boolean} {
	const leaf = leafOf(typed);
	if (!hasWildcard(leaf)) return {items: [itemAt(session, typed)], wildcard: false};
	const folderTyped = parentPath(typed);
	const folder = folderTyped === '' ? itemAt(session, '.') : itemAt(session, folderTyped);
	if (kind(folder.real) !== 'Directory') return {items: [], wildcard: true};
	const names = readdirSync(folder.real).filter(n => wildcardMatch(n, leaf) && (force || !isHidden(n)));
	return {items: sortEntries(folder.real, names).map(e => childItem(folder, e.name)), wildcard: true};
}

/** Follows a link to what it points at; a dangling link is described by the link itself. */
function statOf(real: string): Stats {
	try {
		return statSync(real);
	} catch {
		return lstatSync(real);
	}
}

/** pwsh's Mode column on Unix: d for a folder, a (archive) for a file, h for a dot file. */
function modeOf(dir: boolean, hidden: boolean): string {
	return `${dir ? 'd' : '-'}${dir ? '-' : 'a'}-${hidden ? 'h' : '-'}-`;
}

const parentObject = (parentShown: string, parentReal: string): PSObject =>
	dotNetObject('System.IO.DirectoryInfo', {Name: basename(parentReal) || parentShown, FullName: parentShown}, () => parentShown);

/**
 * A System.IO.FileInfo or System.IO.DirectoryInfo for `item`: the properties scripts and the default view read.
 * LastWriteTime and the other times are the file's real times (the file system is real; only the site is
 * simulated). PSParentPath is the folder in the user's form (pwsh prefixes its provider's name; scpsh has one
 * provider, so the plain path groups the default view).
 */
export function fileItemObject(item: Item): PSObject {
	const st = statOf(item.real);
	const dir = st.isDirectory();
	const name = basename(item.real) || item.shown;
	const hidden = isHidden(name);
	const parentShown = parentPath(item.shown);
	const dot = name.lastIndexOf('.');
	const extension = dot > 0 || (dot === 0 && dir) ? name.slice(dot) : dot === 0 ? name : '';
	const props: Record<string, unknown> = {
		PSPath: item.shown,
		PSParentPath: parentShown,
		PSChildName: name,
		PSIsContainer: dir,
		Mode: modeOf(dir, hidden),
		Name: name,
		FullName: item.shown,
		Extension: extension,
		BaseName: dir ? name : extension ? name.slice(0, -extension.length) : name,
	};
	if (dir) {
		props.Parent = parentShown ? parentObject(parentShown, dirname(item.real)) : null;
		props.Root = parentObject(rootOf(item.shown), '/');
	} else {
		props.Length = st.size;
		props.DirectoryName = parentShown;
		props.Directory = parentObject(parentShown, dirname(item.real));
		props.IsReadOnly = (st.mode & 0o200) === 0;
	}
	Object.assign(props, {
		Exists: true,
		Attributes: [dir ? 'Directory' : 'Archive', ...(hidden ? ['Hidden'] : [])].join(', '),
		CreationTime: new PSDateTime(st.birthtimeMs || st.ctimeMs),
		LastAccessTime: new PSDateTime(st.atimeMs),
		LastWriteTime: new PSDateTime(st.mtimeMs),
	});
	const obj = dotNetObject(dir ? 'System.IO.DirectoryInfo' : 'System.IO.FileInfo', props, () => item.shown);
	obj.typeNames.push('System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object');
	return obj;
}

/** `D:\`, `\\server\share`, or `/`. */
function rootOf(shown: string): string {
	const drive = /^[A-Za-z]:\\/.exec(shown);
	if (drive) return drive[0];
	const unc = /^\\\\[^\\]+\\[^\\]+/.exec(shown);
	return unc ? unc[0] : '/';
}

/** Whether `inner` is `outer` or lies inside it (a folder copied or moved into itself). */
export const isWithin = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer.endsWith('/') ? outer : outer + '/');

/** pwsh's IOException when the destination is taken (the Windows wording .NET uses). */
export const alreadyExists = (shown: string, id: string) => ({
	message: 'Cannot create a file when that file already exists.',
	category: 'WriteError' as const,
	id,
	target: shown,
	exceptionType: 'IOException',
});

/** Renames, or copies and deletes when the destination is on another file system (a USB stick, a mount). */
export function moveOnDisk(from: string, to: string): void {
	try {
		renameSync(from, to);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
		// The caller has checked that replacing what is at `to` is allowed.
		cpSync(from, to, {recursive: true, force: true});
		rmSync(from, {recursive: true, force: true});
	}
}

/**
 * A parameter value that may be a delay-bind script block (`Rename-Item -NewName { $_.Name + '.bak' }`): the
 * block runs with $_ set to the pipeline object and its output is the value. Without this the block's text
 * would become the name.
 */
export async function delayBound(ctx: CmdletContext, value: unknown): Promise<string | undefined> {
	if (value instanceof ScriptBlock) {
		const out = await ctx.invoke(value, ctx.hasInput ? ctx.input : undefined);
		return out.length === 0 || out[0] === null || out[0] === undefined ? undefined : toStr(out[0]);
	}
	return value === null || value === undefined ? undefined : toStr(value);
}
