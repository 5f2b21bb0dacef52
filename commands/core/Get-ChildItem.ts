// Get-ChildItem: lists what a folder holds, as FileInfo and DirectoryInfo objects (or their names with -Name).
// Runbooks use it to find the newest log, the update packs on the USB drive, the files to clean up.

import {readdirSync} from 'node:fs';
import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {hasWildcard, wildcardMatch} from '../../src/engine/wildcard.ts';
import {kind, pathNotFound} from '../_lib/file-io.ts';
import {childItem, expandPath, fileItemObject, isHidden, itemAt, sortEntries, type Item} from '../_lib/items.ts';
import {leafOf, parentPath, separatorOf} from '../_lib/path-text.ts';

const anyMatch = (name: string, patterns: string[] | undefined): boolean => !!patterns?.some(p => wildcardMatch(name, p));

interface Options {
	filter?: string;
	/** The wildcard leaf of a path listed with -Recurse (`logs/*.log`), which pwsh applies at every level. */
	leaf?: string;
	include?: string[];
	exclude?: string[];
	files: boolean;
	dirs: boolean;
	force: boolean;
	names: boolean;
	/** Levels below the listed folder to descend into; Infinity for -Recurse alone, 0 without it. */
	depth: number;
}

/** Whether an item is written (descending into folders does not depend on it, as in pwsh). */
function wanted(name: string, dir: boolean, o: Options): boolean {
	if (o.files && dir) return false;
	if (o.dirs && !dir) return false;
	if (o.filter !== undefined && !wildcardMatch(name, o.filter)) return false;
	if (o.leaf !== undefined && !wildcardMatch(name, o.leaf)) return false;
	if (o.include && o.include.length > 0 && !anyMatch(name, o.include)) return false;
	return !anyMatch(name, o.exclude);
}

/** Writes one folder's items, then each subfolder's, depth first: pwsh's order with -Recurse. */
function listFolder(ctx: CmdletContext, folder: Item, o: Options, level: number, prefix: string): void {
	let names: string[];
	try {
		names = readdirSync(folder.real);
	} catch {
		ctx.writeError({message: `Access to the path '${folder.shown}' is denied.`, category: 'PermissionDenied', id: 'DirUnauthorizedAccessError', target: folder.shown, exceptionType: 'UnauthorizedAccessException'});
		return;
	}
	const entries = sortEntries(folder.real, names.filter(n => o.force || !isHidden(n)));
	for (const e of entries) {
		if (!wanted(e.name, e.dir, o)) continue;
		ctx.write(o.names ? prefix + e.name : fileItemObject(childItem(folder, e.name)));
	}
	if (level >= o.depth) return;
	for (const e of entries) {
		if (!e.dir) continue;
		// With -Name the names are relative to the folder listed, in the separator the path was written with.
		listFolder(ctx, childItem(folder, e.name), o, level + 1, prefix + e.name + separatorOf(folder.shown));
	}
}

const def: CmdletDef = {
	name: 'Get-ChildItem',
	aliases: ['gci', 'ls', 'dir'],
	synopsis: 'Gets the files and folders in a folder.',
	description:
		'Get-ChildItem writes an object for each file (System.IO.FileInfo) and folder (System.IO.DirectoryInfo) in ' +
		'the folders -Path names, or the current location without one: folders first, then files, each by name. ' +
		'A path that names a file writes that file. A wildcard (* ? [ ]) in the last element of a path matches ' +
		'names in its folder: a matching file is written, and a matching folder has its content listed. With ' +
		'-Recurse the wildcard applies at every level instead: logs\\*.log finds the .log files in logs and in ' +
		'all its subfolders.\n\n' +
		'-Filter, -Include and -Exclude choose items by name (wildcards; -Include and -Exclude take several). ' +
		'-File and -Directory keep only files or only folders. -Recurse lists every subfolder too, and -Depth ' +
		'limits how many levels it goes down (-Depth implies -Recurse). Names starting with a dot are hidden ' +
		'files on Linux and macOS: -Force lists them. -Name writes the names (relative to the folder listed) ' +
		'as strings instead of objects.\n\n' +
		'The objects have Name, FullName, BaseName, Extension, Length (files), DirectoryName and Directory ' +
		'(files), Parent (folders), Mode, Attributes, PSIsContainer, CreationTime, LastAccessTime and LastWriteTime. ' +
		'The times are the file\'s real times, from this computer\'s file system, not the simulated site clock; ' +
		'like every date in scpsh they show in UTC. FullName keeps the Windows form (D:\\USB\\UsageData.cab) when ' +
		'the path was written that way, and is the real path otherwise. The console shows them grouped by folder, ' +
		'with Mode, LastWriteTime, Length and Name columns, as pwsh does.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB) lives under $env:SCPSH_DRIVE_ROOT (or ' +
		'~/.scpsh/drives), and a relative path starts at the current file-system location.',
	parameters: [
		{
			name: 'Path',
			type: 'string[]',
			position: 0,
			aliases: ['LiteralPath', 'PSPath', 'LP'],
			acceptsWildcards: true,
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			help: 'The folders (or files) to list; the current location when omitted. A wildcard may appear in the last element.',
		},
		{name: 'Filter', type: 'string', position: 1, acceptsWildcards: true, help: 'Keeps only items whose name matches this wildcard pattern, such as *.log.'},
		{name: 'Include', type: 'string[]', acceptsWildcards: true, help: 'Keeps only items whose name matches one of these wildcard patterns.'},
		{name: 'Exclude', type: 'string[]', acceptsWildcards: true, help: 'Leaves out items whose name matches one of these wildcard patterns.'},
		{name: 'Recurse', type: 'switch', aliases: ['s', 'r'], help: 'Lists the content of every subfolder as well, at any depth.'},
		{name: 'Depth', type: 'int', validateRange: [0, 2147483647], help: 'How many levels of subfolders to list below the folder named (0: none). Implies -Recurse.'},
		{name: 'File', type: 'switch', aliases: ['af'], help: 'Writes only files.'},
		{name: 'Directory', type: 'switch', aliases: ['ad', 'd'], help: 'Writes only folders.'},
		{name: 'Name', type: 'switch', help: 'Writes the names of the items, relative to the folder listed, as strings.'},
		{name: 'Force', type: 'switch', help: 'Lists hidden items too: those whose name starts with a dot.'},
	],
	outputs: ['System.IO.FileInfo', 'System.IO.DirectoryInfo', 'System.String'],
	examples: [
		{
			title: 'List the logs in a folder',
			code: "New-Item -ItemType Directory -Path gci-logs -Force | Out-Null\n'a' > gci-logs/run1.log; 'b' > gci-logs/run2.log; 'c' > gci-logs/notes.txt\nGet-ChildItem gci-logs -Filter *.log -Name",
			remarks: 'Only the names that match the filter, in name order.',
			expect: ['run1.log', 'run2.log'],
		},
		{
			title: 'Find the newest file under a folder',
			code: "New-Item -ItemType Directory -Path gci-tree/sub -Force | Out-Null\n'x' > gci-tree/sub/deep.txt\nGet-ChildItem gci-tree -Recurse -File | Sort-Object LastWriteTime -Descending | Select-Object -First 1 -ExpandProperty Name",
			remarks: '-Recurse goes into every subfolder; -File leaves the folders out.',
			expect: ['deep.txt'],
		},
	],
	related: ['Get-Item', 'Copy-Item', 'Move-Item', 'Remove-Item', 'Test-Path'],
	process(ctx) {
		const given = ctx.hasInput && !ctx.isBound('Path') ? [ctx.input] : ctx.params.Path ?? ['.'];
		const paths: string[] = (Array.isArray(given) ? given : [given]).map(p => (p === null || p === undefined ? '.' : String(p)));
		const depthGiven = ctx.isBound('Depth');
		const o: Options = {
			filter: ctx.params.Filter ?? undefined,
			include: ctx.params.Include ?? undefined,
			exclude: ctx.params.Exclude ?? undefined,
			files: !!ctx.params.File,
			dirs: !!ctx.params.Directory,
			force: !!ctx.params.Force,
			names: !!ctx.params.Name,
			depth: depthGiven ? Number(ctx.params.Depth) : ctx.params.Recurse ? Infinity : 0,
		};
		for (const typed of paths) {
			// `Get-ChildItem logs/*.log -Recurse` finds *.log in logs and every folder below it, as in pwsh.
			if (o.depth > 0 && hasWildcard(leafOf(typed))) {
				const folder = itemAt(ctx.session, parentPath(typed) || '.');
				if (kind(folder.real) === 'Directory') listFolder(ctx, folder, {...o, leaf: leafOf(typed)}, 0, '');
				continue;
			}
			const {items, wildcard} = expandPath(ctx.session, typed, o.force);
			const found = items.filter(i => kind(i.real) !== undefined);
			if (found.length === 0) {
				// A wildcard that matches nothing is no error in pwsh; a missing plain path is.
				if (!wildcard) ctx.writeError(pathNotFound(items[0]!.shown));
				continue;
			}
			for (const item of found) {
				if (kind(item.real) === 'Directory') listFolder(ctx, item, o, 0, '');
				else if (wanted(leafOf(item.shown), false, o)) ctx.write(o.names ? leafOf(item.shown) : fileItemObject(item));
			}
		}
	},
};

export default def;
