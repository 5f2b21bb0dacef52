// Remove-Item: deletes files and folders. A folder with anything in it needs -Recurse, as in a pwsh script
// (where the prompt pwsh would show cannot be answered). A wildcard in the last element picks the files it matches.

import {readdirSync, rmSync} from 'node:fs';
import {homedir} from 'node:os';
import {dirname, join, parse} from 'node:path';
import type {CmdletDef} from '../../src/engine/command.ts';
import {hasWildcard, wildcardMatch} from '../../src/engine/wildcard.ts';
import {kind, pathNotFound, userPath} from '../_lib/file-io.ts';
import {leafOf} from '../_lib/path-text.ts';

const def: CmdletDef = {
	name: 'Remove-Item',
	aliases: ['rm', 'del', 'ri', 'rmdir', 'erase', 'rd'],
	synopsis: 'Deletes files and folders.',
	description:
		'Remove-Item deletes each file or folder the paths name. A folder that is not empty needs -Recurse, which ' +
		'deletes everything in it. A wildcard (* or ?) in the last element of a path deletes every item in that ' +
		'folder whose name matches; a path that matches nothing is a non-terminating PathNotFound error. -Force is ' +
		'accepted (scpsh files have no hidden or read-only attributes to override). The root of a file system and ' +
		'the home folder are never deleted.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB) lives under $env:SCPSH_DRIVE_ROOT (or ' +
		'~/.scpsh/drives), and a relative path starts at the current file-system location.',
	parameters: [
		{name: 'Path', type: 'string[]', position: 0, mandatory: true, aliases: ['LiteralPath', 'PSPath', 'FullName'], acceptsWildcards: true, valueFromPipelineByPropertyName: true, help: 'The files and folders to delete.'},
		{name: 'Recurse', type: 'switch', help: 'Deletes folders with everything in them.'},
		{name: 'Force', type: 'switch', help: 'Accepted for compatibility.'},
	],
	supportsShouldProcess: true,
	outputs: ['None'],
	examples: [
		{
			title: 'Delete an old log',
			code: "'old' > old.log\nRemove-Item old.log\nTest-Path old.log",
			remarks: 'The file is gone.',
			expect: ['False'],
		},
		{
			title: 'Delete a folder and its content',
			code: "New-Item -ItemType Directory -Path work/sub -Force | Out-Null\nRemove-Item work -Recurse\nTest-Path work",
			remarks: 'Without -Recurse a folder with anything in it is not deleted.',
			expect: ['False'],
		},
	],
	related: ['New-Item', 'Test-Path'],
	async process(ctx) {
		for (const typed of ctx.params.Path as string[]) {
			const {real, shown} = userPath(ctx.session, typed);
			let targets: {real: string; shown: string}[] = [{real, shown}];
			const leaf = leafOf(typed);
			if (hasWildcard(leaf)) {
				const folder = dirname(real);
				const names = kind(folder) === 'Directory' ? readdirSync(folder).filter(n => wildcardMatch(n, leaf)) : [];
				targets = names.map(n => ({real: join(folder, n), shown: join(folder, n)}));
			} else if (kind(real) === undefined) {
				targets = [];
			}
			if (targets.length === 0) {
				ctx.writeError(pathNotFound(shown));
				continue;
			}
			for (const t of targets) {
				// A stray variable must not turn `Remove-Item "$dir\" -Recurse` into deleting / or the home folder.
				if (t.real === parse(t.real).root || t.real === homedir()) {
					ctx.writeError({message: `Remove-Item will not delete '${t.shown}'.`, category: 'PermissionDenied', id: 'RemoveItemRootRefused', target: t.shown});
					continue;
				}
				const isDir = kind(t.real) === 'Directory';
				if (isDir && !ctx.params.Recurse && readdirSync(t.real).length > 0) {
					ctx.writeError({
						message: `The item at ${t.shown} has children and the Recurse parameter was not specified. Nothing was removed.`,
						category: 'InvalidOperation',
						id: 'DirectoryNotEmpty',
						target: t.shown,
						exceptionType: 'IOException',
					});
					continue;
				}
				if (!(await ctx.shouldProcess(t.shown, isDir ? 'Remove Directory' : 'Remove File'))) continue;
				try {
					rmSync(t.real, {recursive: isDir, force: true});
				} catch (e) {
					ctx.writeError({message: (e as Error).message, category: 'WriteError', id: 'RemoveItemIOError', target: t.shown});
				}
			}
		}
	},
};

export default def;
