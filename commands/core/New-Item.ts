// New-Item: makes a file (with optional content) or a folder. Runbooks use it to make their log folder:
// `New-Item -ItemType Directory -Path $logDir -Force | Out-Null`.

import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import type {CmdletDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {fileExists, itemObject, kind, userPath} from '../_lib/file-io.ts';
import {parentNotFound} from '../_lib/site-cmdlet.ts';
import {joinPath} from '../_lib/path-text.ts';

const def: CmdletDef = {
	name: 'New-Item',
	aliases: ['ni'],
	synopsis: 'Creates a new file or folder.',
	description:
		'New-Item creates a file (the default, or -ItemType File) or a folder (-ItemType Directory) and writes an ' +
		'object for it. -Name is joined onto -Path when both are given. A file gets -Value as its content. A file ' +
		'or folder that exists is an error unless -Force: then a file is replaced and a folder is simply written. ' +
		'Folders are made with every missing parent; a file needs its folder to exist unless -Force.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB) lives under $env:SCPSH_DRIVE_ROOT (or ' +
		'~/.scpsh/drives), and a relative path starts at the current file-system location.',
	parameters: [
		{name: 'Path', type: 'string[]', position: 0, aliases: ['LiteralPath', 'PSPath'], valueFromPipelineByPropertyName: true, help: 'Where to create the item. With -Name, the folder to create it in.'},
		{name: 'Name', type: 'string', help: 'The name of the item, created in -Path (or the current location).'},
		{
			name: 'ItemType',
			type: 'string',
			aliases: ['Type'],
			validateSet: ['File', 'Directory'],
			default: 'File',
			help: 'File (the default) or Directory.',
		},
		{name: 'Value', type: 'object', valueFromPipeline: true, help: 'The content of a new file.'},
		{name: 'Force', type: 'switch', help: 'Replaces a file that exists, accepts a folder that exists, and makes missing parent folders.'},
	],
	supportsShouldProcess: true,
	outputs: ['System.IO.FileInfo', 'System.IO.DirectoryInfo'],
	examples: [
		{
			title: 'Make a log folder',
			code: "New-Item -ItemType Directory -Path logs -Force | Out-Null\nTest-Path logs -PathType Container",
			remarks: 'With -Force the command succeeds whether or not the folder exists.',
			expect: ['True'],
		},
		{
			title: 'Make a file with content',
			code: "New-Item -Path notes.txt -ItemType File -Value 'first line' -Force | Out-Null\nGet-Content notes.txt",
			remarks: 'The file holds the value.',
			expect: ['first line'],
		},
	],
	related: ['Remove-Item', 'Test-Path', 'Set-Content'],
	async process(ctx) {
		const paths: (string | null)[] = ctx.params.Path ?? [null];
		const dir = ctx.params.ItemType === 'Directory';
		for (const p of paths) {
			const typed = ctx.params.Name ? (p ? joinPath(p, String(ctx.params.Name)) : String(ctx.params.Name)) : p;
			if (!typed) return ctx.fail({message: "Cannot bind argument to parameter 'Path' because it is null.", category: 'InvalidData', id: 'ParameterArgumentValidationErrorNullNotAllowed'});
			const {real, shown} = userPath(ctx.session, typed);
			const k = kind(real);
			if (k && !ctx.params.Force) {
				ctx.writeError(
					k === 'Directory'
						? {message: `An item with the specified name ${shown} already exists.`, category: 'ResourceExists', id: 'DirectoryExist', target: shown, exceptionType: 'IOException'}
						: fileExists(shown),
				);
				continue;
			}
			if (!(await ctx.shouldProcess(`Destination: ${shown}`, dir ? 'Create Directory' : 'Create File'))) continue;
			try {
				if (dir) mkdirSync(real, {recursive: true});
				else {
					if (k === 'Directory') ctx.fail({message: `Access to the path '${shown}' is denied.`, category: 'PermissionDenied', id: 'NewItemUnauthorizedAccessError', target: shown});
					if (!existsSync(dirname(real))) {
						if (!ctx.params.Force) {
							ctx.writeError(parentNotFound(shown));
							continue;
						}
						mkdirSync(dirname(real), {recursive: true});
					}
					const v = ctx.hasInput ? ctx.input : ctx.params.Value;
					writeFileSync(real, v === null || v === undefined ? '' : toStr(v));
				}
			} catch (e) {
				ctx.writeError({message: (e as Error).message, category: 'WriteError', id: 'NewItemIOError', target: shown});
				continue;
			}
			ctx.write(itemObject(real, shown));
		}
	},
};

export default def;
