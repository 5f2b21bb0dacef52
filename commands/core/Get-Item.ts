// Get-Item: the file or folder a path names, as the same FileInfo/DirectoryInfo object Get-ChildItem writes.
// Scripts use it to read one file's length or time, or a folder's full path, without listing its content.

import type {CmdletDef} from '../../src/engine/command.ts';
import {kind, pathNotFound} from '../_lib/file-io.ts';
import {expandPath, fileItemObject} from '../_lib/items.ts';

const def: CmdletDef = {
	name: 'Get-Item',
	aliases: ['gi'],
	synopsis: 'Gets the file or folder at a path.',
	description:
		'Get-Item writes an object for the file (System.IO.FileInfo) or folder (System.IO.DirectoryInfo) each ' +
		'path names: the folder itself, not its content (Get-ChildItem lists that). A wildcard (* ? [ ]) in the ' +
		'last element of a path writes every item in that folder whose name matches, folders first and then ' +
		'files, by name; names starting with a dot are hidden and match only with -Force. A path that names ' +
		'nothing is a non-terminating ObjectNotFound error (a wildcard that matches nothing writes nothing).\n\n' +
		'The objects are those of Get-ChildItem: Name, FullName, Length, Mode, LastWriteTime (the file\'s real ' +
		'time, in UTC) and the rest.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB) lives under $env:SCPSH_DRIVE_ROOT (or ' +
		'~/.scpsh/drives), and a relative path starts at the current file-system location.',
	parameters: [
		{
			name: 'Path',
			type: 'string[]',
			position: 0,
			mandatory: true,
			aliases: ['LiteralPath', 'PSPath', 'LP'],
			acceptsWildcards: true,
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			help: 'The files or folders to get. A wildcard may appear in the last element.',
		},
		{name: 'Force', type: 'switch', help: 'Lets a wildcard match hidden items: those whose name starts with a dot.'},
	],
	outputs: ['System.IO.FileInfo', 'System.IO.DirectoryInfo'],
	examples: [
		{
			title: 'Read the size of a file',
			code: "'12345' | Out-File -FilePath gi-size.txt -NoNewline\n(Get-Item gi-size.txt).Length",
			remarks: 'Length is the size in bytes.',
			expect: ['5'],
		},
		{
			title: 'Get a folder, not its content',
			code: "New-Item -ItemType Directory -Path gi-folder -Force | Out-Null\n(Get-Item gi-folder).PSIsContainer",
			remarks: 'A folder is a container.',
			expect: ['True'],
		},
	],
	related: ['Get-ChildItem', 'Test-Path', 'Copy-Item'],
	process(ctx) {
		const given = ctx.hasInput && !ctx.isBound('Path') ? [ctx.input] : ctx.params.Path;
		const paths: unknown[] = Array.isArray(given) ? given : [given];
		for (const p of paths) {
			const typed = p === null || p === undefined ? '' : String(p);
			const {items, wildcard} = expandPath(ctx.session, typed, !!ctx.params.Force);
			const found = items.filter(i => kind(i.real) !== undefined);
			// A wildcard that matches nothing is no error in pwsh; a missing plain path is.
			if (found.length === 0 && !wildcard) ctx.writeError(pathNotFound(items[0]!.shown));
			for (const item of found) ctx.write(fileItemObject(item));
		}
	},
};

export default def;
