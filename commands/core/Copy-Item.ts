// Copy-Item: copies files and folders. Runbooks copy the usage-data file to the USB drive and the update
// packs back from it. Everything a copy could refuse is checked before anything is written, so a bad call
// leaves the file system as it was.

import {copyFileSync, cpSync, mkdirSync} from 'node:fs';
import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {kind, pathNotFound} from '../_lib/file-io.ts';
import {childItem, delayBound, expandPath, fileItemObject, isWithin, itemAt, type Item} from '../_lib/items.ts';
import {leafOf} from '../_lib/path-text.ts';
import {parentExists, parentNotFound} from '../_lib/site-cmdlet.ts';

/** Copies one item; returns the copy, or undefined after a non-terminating error or a -WhatIf skip. */
async function copyOne(ctx: CmdletContext, source: Item, destTyped: string): Promise<Item | undefined> {
	const sourceIsDir = kind(source.real) === 'Directory';
	let dest = itemAt(ctx.session, destTyped);
	// Into a folder that exists, the copy keeps its name; otherwise the destination is the copy's own path.
	if (kind(dest.real) === 'Directory') dest = childItem(dest, leafOf(source.real));
	const destKind = kind(dest.real);
	if (dest.real === source.real || (sourceIsDir && isWithin(dest.real, source.real))) {
		ctx.writeError({
			message: sourceIsDir ? `Cannot copy item ${source.shown} onto itself.` : `Cannot overwrite the item ${source.shown} with itself.`,
			category: 'WriteError',
			id: sourceIsDir ? 'CopyContainerItemToLeafError' : 'CopyError',
			target: source.shown,
			exceptionType: 'IOException',
		});
		return undefined;
	}
	if (sourceIsDir && destKind === 'File') {
		ctx.writeError({message: `Cannot overwrite the item ${dest.shown} with a folder: it is a file.`, category: 'WriteError', id: 'CopyContainerToLeafError', target: dest.shown, exceptionType: 'IOException'});
		return undefined;
	}
	if (!sourceIsDir && destKind === 'Directory') {
		ctx.writeError({message: `Cannot overwrite the item ${dest.shown} with a file: it is a folder.`, category: 'WriteError', id: 'CopyError', target: dest.shown, exceptionType: 'IOException'});
		return undefined;
	}
	if (!parentExists(dest.real)) {
		ctx.writeError(parentNotFound(dest.shown));
		return undefined;
	}
	const target = `Item: ${source.shown} Destination: ${dest.shown}`;
	if (!(await ctx.shouldProcess(target, sourceIsDir ? 'Copy Directory' : 'Copy File'))) return undefined;
	try {
		if (!sourceIsDir) copyFileSync(source.real, dest.real);
		// A folder without -Recurse copies as an empty folder, as in pwsh; with it, everything below merges in.
		else if (!ctx.params.Recurse) mkdirSync(dest.real, {recursive: true});
		else cpSync(source.real, dest.real, {recursive: true, force: true});
	} catch (e) {
		ctx.writeError({message: (e as Error).message, category: 'WriteError', id: 'CopyItemIOError', target: source.shown});
		return undefined;
	}
	return dest;
}

const def: CmdletDef = {
	name: 'Copy-Item',
	aliases: ['copy', 'cp', 'cpi'],
	synopsis: 'Copies files and folders.',
	description:
		'Copy-Item copies each file or folder -Path names to -Destination. When the destination is a folder ' +
		'that exists, the copy goes into it and keeps its name; otherwise the destination is the path of the ' +
		'copy, and its folder must exist. A file that exists at the destination is replaced, as in pwsh. A folder ' +
		'is copied with its content only with -Recurse (without it, an empty folder is made); copying into a ' +
		'folder that exists merges the content. A wildcard (* ? [ ]) in the last element of -Path copies every ' +
		'item whose name matches.\n\n' +
		'An item is never copied onto itself or into itself, and a file never replaces a folder or the other way ' +
		'round: each of these is a non-terminating error and nothing is written for that item. -WhatIf shows ' +
		'what would be copied; -PassThru writes the copies.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB) lives under $env:SCPSH_DRIVE_ROOT (or ' +
		'~/.scpsh/drives), and a relative path starts at the current file-system location.',
	parameters: [
		{
			name: 'Path',
			type: 'string[]',
			position: 0,
			mandatory: true,
			aliases: ['LiteralPath', 'PSPath', 'LP', 'FullName'],
			acceptsWildcards: true,
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			help: 'The files and folders to copy. A wildcard may appear in the last element.',
		},
		{name: 'Destination', type: 'object', position: 1, valueFromPipelineByPropertyName: true, help: 'Where to copy to: a folder that exists (the copy goes into it), or the path of the copy. The current location when omitted. A script block computes it from each piped item ($_).'},
		{name: 'Recurse', type: 'switch', help: 'Copies folders with everything in them.'},
		{name: 'Force', type: 'switch', help: 'Lets a wildcard match hidden items (names starting with a dot). Files at the destination are replaced with or without it.'},
		{name: 'PassThru', type: 'switch', help: 'Writes an object for each copy.'},
	],
	supportsShouldProcess: true,
	outputs: ['None', 'System.IO.FileInfo', 'System.IO.DirectoryInfo'],
	examples: [
		{
			title: 'Copy a file into a folder',
			code: "New-Item -ItemType Directory -Path cp-backup -Force | Out-Null\n'settings' > cp-app.conf\nCopy-Item cp-app.conf -Destination cp-backup\nGet-Content cp-backup/cp-app.conf",
			remarks: 'The folder exists, so the copy goes into it with the same name.',
			expect: ['settings'],
		},
		{
			title: 'Copy a folder with its content',
			code: "New-Item -ItemType Directory -Path cp-src/logs -Force | Out-Null\n'x' > cp-src/logs/a.log\nRemove-Item cp-dst -Recurse -ErrorAction SilentlyContinue\nCopy-Item cp-src -Destination cp-dst -Recurse\nTest-Path cp-dst/logs/a.log",
			remarks: 'cp-dst does not exist, so it becomes the copy of cp-src.',
			expect: ['True'],
		},
	],
	related: ['Move-Item', 'Rename-Item', 'Remove-Item', 'Get-ChildItem'],
	async process(ctx) {
		const given = ctx.hasInput && !ctx.isBound('Path') ? [ctx.input] : ctx.params.Path;
		const paths: unknown[] = Array.isArray(given) ? given : [given];
		const destTyped = (await delayBound(ctx, ctx.params.Destination)) ?? '.';
		for (const p of paths) {
			const typed = p === null || p === undefined ? '' : String(p);
			const {items, wildcard} = expandPath(ctx.session, typed, !!ctx.params.Force);
			const found = items.filter(i => kind(i.real) !== undefined);
			// A wildcard that matches nothing is no error in pwsh; a missing plain path is.
			if (found.length === 0 && !wildcard) ctx.writeError(pathNotFound(items[0]!.shown));
			for (const source of found) {
				const copy = await copyOne(ctx, source, destTyped);
				if (copy && ctx.params.PassThru) ctx.write(fileItemObject(copy));
			}
		}
	},
};

export default def;
