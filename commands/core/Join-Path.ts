// Join-Path: parent and child paths joined with one separator, in the style the parent is written in.

import type {CmdletDef} from '../../src/engine/command.ts';
import {joinPath} from '../_lib/path-text.ts';

const def: CmdletDef = {
	name: 'Join-Path',
	synopsis: 'Combines a path and a child path into a single path.',
	description:
		'Join-Path puts a child path after a parent path with exactly one separator between them, whatever ' +
		'separators the two already end and start with. A parent written Windows-style (a drive letter or ' +
		'backslashes, D:\\USB) is joined with backslashes, a Unix-style one with slashes; file cmdlets accept ' +
		'both. Nothing is looked up on disk, so the path need not exist. -AdditionalChildPath (or further ' +
		'positional arguments) adds more elements; several -Path values give one result each.',
	parameters: [
		{name: 'Path', type: 'string[]', position: 0, mandatory: true, aliases: ['PSPath'], valueFromPipeline: true, help: 'The parent paths.'},
		{name: 'ChildPath', type: 'string', position: 1, mandatory: true, help: 'The element to append to each parent path.'},
		{
			name: 'AdditionalChildPath',
			type: 'string[]',
			position: 2,
			valueFromRemainingArguments: true,
			help: 'More elements to append after -ChildPath, in order.',
		},
		{name: 'Resolve', type: 'switch', hidden: true, help: 'Accepted for compatibility; the joined path is written as is.'},
	],
	outputs: ['System.String'],
	examples: [
		{
			title: 'Build a path on the USB drive',
			code: "Join-Path 'D:\\USB' 'UsageData.cab'",
			remarks: 'A Windows-style parent is joined with a backslash.',
			expect: ['D:\\USB\\UsageData.cab'],
		},
		{
			title: 'Join several elements',
			code: "Join-Path -Path '/tmp/' -ChildPath 'scp' -AdditionalChildPath 'logs', 'run.log'",
			remarks: 'Extra separators at the joins are dropped.',
			expect: ['/tmp/scp/logs/run.log'],
		},
	],
	related: ['Split-Path', 'Test-Path'],
	process(ctx) {
		const paths: string[] = ctx.hasInput ? [String(ctx.input)] : ctx.params.Path;
		const extra: string[] = ctx.params.AdditionalChildPath ?? [];
		for (const path of paths) {
			let out = joinPath(path ?? '', String(ctx.params.ChildPath ?? ''));
			for (const child of extra) out = joinPath(out, String(child));
			ctx.write(out);
		}
	},
};

export default def;
