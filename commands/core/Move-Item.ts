// Move-Item: moves files and folders (a rename when the destination is in the same folder). Everything a move
// could refuse is checked before anything changes, so a bad call leaves the file system as it was.

import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {kind, pathNotFound} from '../_lib/file-io.ts';
import {alreadyExists, childItem, delayBound, expandPath, fileItemObject, isWithin, itemAt, moveOnDisk, type Item} from '../_lib/items.ts';
import {leafOf} from '../_lib/path-text.ts';
import {parentExists, parentNotFound} from '../_lib/site-cmdlet.ts';

async function moveOne(ctx: CmdletContext, source: Item, destTyped: string): Promise<Item | undefined> {
	const sourceIsDir = kind(source.real) === 'Directory';
	let dest = itemAt(ctx.session, destTyped);
	// Into a folder that exists, the item keeps its name; otherwise the destination is its new path.
	if (kind(dest.real) === 'Directory' && dest.real !== source.real) dest = childItem(dest, leafOf(source.real));
	if (dest.real === source.real) return source;
	if (sourceIsDir && isWithin(dest.real, source.real)) {
		ctx.writeError({message: `Cannot move item ${source.shown} into a folder inside it: ${dest.shown}.`, category: 'WriteError', id: 'MoveItemIOError', target: source.shown, exceptionType: 'IOException'});
		return undefined;
	}
	const destKind = kind(dest.real);
	// -Force replaces a file, never a folder: a folder in the way could hold anything.
	if (destKind === 'Directory' || (destKind === 'File' && (sourceIsDir || !ctx.params.Force))) {
		ctx.writeError(alreadyExists(dest.shown, 'MoveFileInfoItemIOError'));
		return undefined;
	}
	if (!parentExists(dest.real)) {
		ctx.writeError(parentNotFound(dest.shown));
		return undefined;
	}
	if (!(await ctx.shouldProcess(`Item: ${source.shown} Destination: ${dest.shown}`, sourceIsDir ? 'Move Directory' : 'Move File'))) return undefined;
	try {
		moveOnDisk(source.real, dest.real);
	} catch (e) {
		ctx.writeError({message: (e as Error).message, category: 'WriteError', id: 'MoveItemIOError', target: source.shown});
		return undefined;
	}
	return dest;
}

const def: CmdletDef = {
	name: 'Move-Item',
	aliases: ['move', 'mv', 'mi'],
	synopsis: 'Moves files and folders.',
	description:
		'Move-Item moves each file or folder -Path names to -Destination. When the destination is a folder that ' +
		'exists, the item goes into it and keeps its name; otherwise the destination is the item\'s new path (so ' +
		'a move within one folder renames), and its folder must exist. A file that exists at the destination is ' +
		'an error unless -Force, which replaces it; a folder at the destination is never replaced. A folder ' +
		'moves with its content. A wildcard (* ? [ ]) in the last element of -Path moves every item whose name ' +
		'matches.\n\n' +
		'Each refusal is a non-terminating error and leaves that item where it was. -WhatIf shows what would ' +
		'move; -PassThru writes the moved items.\n\n' +
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
			help: 'The files and folders to move. A wildcard may appear in the last element.',
		},
		{name: 'Destination', type: 'object', position: 1, valueFromPipelineByPropertyName: true, help: 'Where to move to: a folder that exists (the item goes into it), or the item\'s new path. The current location when omitted. A script block computes it from each piped item ($_).'},
		{name: 'Force', type: 'switch', help: 'Replaces a file at the destination, and lets a wildcard match hidden items (names starting with a dot).'},
		{name: 'PassThru', type: 'switch', help: 'Writes an object for each moved item.'},
	],
	supportsShouldProcess: true,
	outputs: ['None', 'System.IO.FileInfo', 'System.IO.DirectoryInfo'],
	examples: [
		{
			title: 'Move a log into an archive folder',
			code: "New-Item -ItemType Directory -Path mv-archive -Force | Out-Null\n'done' > mv-run.log\nMove-Item mv-run.log -Destination mv-archive -Force\nTest-Path mv-run.log, mv-archive/mv-run.log",
			remarks: 'The file leaves the current folder for the archive; -Force replaces an older copy there.',
			expect: ['False', 'True'],
		},
		{
			title: 'See what a move would do',
			code: "'x' > mv-what.txt\nMove-Item mv-what.txt mv-other.txt -WhatIf",
			remarks: 'Nothing moves; the What if: line names the item and its destination.',
			expect: ['What if: Performing the operation "Move File" on target "Item: '],
		},
	],
	related: ['Rename-Item', 'Copy-Item', 'Remove-Item'],
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
				const moved = await moveOne(ctx, source, destTyped);
				if (moved && ctx.params.PassThru) ctx.write(fileItemObject(moved));
			}
		}
	},
};

export default def;
