// Test-Path: whether a path exists (as a file, a folder or either), mapped as every file cmdlet maps paths.

import type {CmdletDef} from '../../src/engine/command.ts';
import {kind, userPath} from '../_lib/file-io.ts';

const def: CmdletDef = {
	name: 'Test-Path',
	synopsis: 'Determines whether a path exists.',
	description:
		'Test-Path writes $true when the path exists and $false when it does not, one result for each path. ' +
		'-PathType Leaf asks for a file and -PathType Container for a folder; Any (the default) accepts either. An ' +
		'empty path or $null gives $false.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB) lives under $env:SCPSH_DRIVE_ROOT (or ' +
		'~/.scpsh/drives), and a relative path starts at the current file-system location.',
	parameters: [
		{
			name: 'Path',
			type: 'string[]',
			position: 0,
			aliases: ['LiteralPath', 'PSPath'],
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			help: 'The paths to test.',
		},
		{
			name: 'PathType',
			type: 'string',
			aliases: ['Type'],
			validateSet: ['Any', 'Container', 'Leaf'],
			default: 'Any',
			help: 'What the path must be: Any (the default), Container (a folder) or Leaf (a file).',
		},
		{name: 'IsValid', type: 'switch', help: 'Tests whether the path is well formed rather than whether it exists: always $true for a non-empty path.'},
	],
	outputs: ['System.Boolean'],
	examples: [
		{
			title: 'Create a log only once',
			code: "if (-not (Test-Path 'setup.log')) { 'created' | Out-File 'setup.log' }\nTest-Path 'setup.log' -PathType Leaf",
			remarks: 'The file does not exist at first; afterwards Test-Path finds it as a file.',
			expect: ['True'],
		},
		{
			title: 'Check for a folder',
			code: "Test-Path '/tmp' -PathType Container",
			remarks: '/tmp is a folder.',
			expect: ['True'],
		},
	],
	related: ['Get-Content', 'Join-Path', 'Split-Path'],
	process(ctx) {
		const given = ctx.hasInput ? [ctx.input] : ctx.params.Path ?? [null];
		const paths: unknown[] = Array.isArray(given) ? given : [given];
		for (const path of paths) {
			const text = path === null || path === undefined ? '' : String(path);
			if (text.trim() === '') {
				ctx.write(false);
				continue;
			}
			if (ctx.params.IsValid) {
				ctx.write(true);
				continue;
			}
			const k = kind(userPath(ctx.session, text).real);
			const type = ctx.params.PathType;
			ctx.write(k !== undefined && (type === 'Any' || (type === 'Leaf') === (k === 'File')));
		}
	},
};

export default def;
