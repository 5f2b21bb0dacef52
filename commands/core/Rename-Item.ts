// Rename-Item: gives a file or folder a new name in the same folder. -NewName is a name, not a path: moving
// is Move-Item's job, and refusing a path keeps a typo from sending the file somewhere else.

import type {CmdletDef} from '../../src/engine/command.ts';
import {kind} from '../_lib/file-io.ts';
import {alreadyExists, childItem, delayBound, fileItemObject, itemAt, moveOnDisk} from '../_lib/items.ts';
import {leafOf, parentPath} from '../_lib/path-text.ts';
import {userPath} from '../_lib/site-cmdlet.ts';
import {statSync} from 'node:fs';
import {dirname} from 'node:path';

const sameInode = (a: string, b: string): boolean => {
	const x = statSync(a);
	const y = statSync(b);
	return x.ino === y.ino && x.dev === y.dev;
};

const def: CmdletDef = {
	name: 'Rename-Item',
	aliases: ['ren', 'rni'],
	synopsis: 'Renames a file or folder.',
	description:
		'Rename-Item gives the file or folder -Path names the name -NewName, in the same folder. -NewName may ' +
		'also be a path to the same folder; a path to another folder is an error (use Move-Item). A name that is ' +
		'taken is an error unless -Force, which replaces a file (never a folder). -Path takes no wildcards: it ' +
		'names one item. -WhatIf shows what would be renamed; -PassThru writes the renamed item.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB) lives under $env:SCPSH_DRIVE_ROOT (or ' +
		'~/.scpsh/drives), and a relative path starts at the current file-system location.',
	parameters: [
		{
			name: 'Path',
			type: 'string',
			position: 0,
			mandatory: true,
			aliases: ['LiteralPath', 'PSPath', 'LP', 'FullName'],
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			help: 'The file or folder to rename.',
		},
		{name: 'NewName', type: 'object', position: 1, mandatory: true, valueFromPipelineByPropertyName: true, notNullOrEmpty: true, help: 'The new name (not a path to another folder). A script block computes it from each piped item ($_), as in -NewName { $_.Name + \'.bak\' }.'},
		{name: 'Force', type: 'switch', help: 'Replaces a file that already has the new name.'},
		{name: 'PassThru', type: 'switch', help: 'Writes an object for the renamed item.'},
	],
	supportsShouldProcess: true,
	outputs: ['None', 'System.IO.FileInfo', 'System.IO.DirectoryInfo'],
	examples: [
		{
			title: 'Keep the previous log under another name',
			code: "'old run' > ren-run.log\nRename-Item ren-run.log -NewName ren-run.old.log -Force\nGet-Content ren-run.old.log",
			remarks: 'The file keeps its content under the new name; -Force replaces an earlier ren-run.old.log.',
			expect: ['old run'],
		},
	],
	related: ['Move-Item', 'Copy-Item', 'Get-ChildItem'],
	async process(ctx) {
		const typed = ctx.hasInput && !ctx.isBound('Path') ? String(ctx.input) : String(ctx.params.Path ?? '');
		const source = itemAt(ctx.session, typed);
		const sourceKind = kind(source.real);
		if (sourceKind === undefined) {
			ctx.writeError({message: `Cannot rename because item at '${typed}' does not exist.`, category: 'InvalidOperation', id: 'InvalidOperation', target: typed, exceptionType: 'PSInvalidOperationException'});
			return;
		}
		const newName = (await delayBound(ctx, ctx.params.NewName)) ?? '';
		if (newName === '') {
			ctx.writeError({message: "Cannot bind argument to parameter 'NewName' because it is an empty string.", category: 'InvalidData', id: 'ParameterArgumentValidationErrorEmptyStringNotAllowed', target: typed});
			return;
		}
		// A path in -NewName is accepted only when it stays in the item's folder, as in pwsh.
		if (/[\\/]/.test(newName) && dirname(userPath(ctx.session, newName).real) !== dirname(source.real)) {
			ctx.writeError({message: 'Cannot rename the specified target, because it represents a path or device name.', category: 'InvalidArgument', id: 'Argument', target: typed, exceptionType: 'PSArgumentException'});
			return;
		}
		const parentShown = parentPath(source.shown);
		const dest = childItem({real: dirname(source.real), shown: parentShown}, leafOf(newName));
		if (dest.real === source.real) {
			if (ctx.params.PassThru) ctx.write(fileItemObject(source));
			return;
		}
		const destKind = kind(dest.real);
		// A different-case spelling of the name on a case-insensitive disk (macOS) finds the item itself: that is a
		// rename, not a clash. Compared by inode, so a distinct file whose name differs only in case is never replaced.
		const sameFile = destKind !== undefined && sameInode(dest.real, source.real);
		if (!sameFile && (destKind === 'Directory' || (destKind === 'File' && (sourceKind === 'Directory' || !ctx.params.Force)))) {
			ctx.writeError(alreadyExists(dest.shown, 'RenameItemIOError'));
			return;
		}
		if (!(await ctx.shouldProcess(`Item: ${source.shown} Destination: ${dest.shown}`, sourceKind === 'Directory' ? 'Rename Directory' : 'Rename File'))) return;
		try {
			moveOnDisk(source.real, dest.real);
		} catch (e) {
			ctx.writeError({message: (e as Error).message, category: 'WriteError', id: 'RenameItemIOError', target: source.shown});
			return;
		}
		if (ctx.params.PassThru) ctx.write(fileItemObject(dest));
	},
};

export default def;
