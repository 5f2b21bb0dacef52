// Split-Path: the parent folder of a path (by default) or its last element, extension or base name.

import type {CmdletDef} from '../../src/engine/command.ts';
import {extensionOf, isRooted, leafBaseOf, leafOf, parentPath} from '../_lib/path-text.ts';

const def: CmdletDef = {
	name: 'Split-Path',
	synopsis: 'Returns the specified part of a path.',
	description:
		'Split-Path writes part of each path: the parent folder by default (-Parent), the last element with ' +
		'-Leaf, its extension with -Extension, the last element without the extension with -LeafBase, or whether ' +
		'the path is absolute with -IsAbsolute. Windows-style (D:\\USB\\x.cab) and Unix-style paths both work, and ' +
		'the result keeps the separators it was written with. Nothing is looked up on disk.',
	parameters: [
		{name: 'Path', type: 'string[]', position: 0, mandatory: true, aliases: ['PSPath', 'LiteralPath'], valueFromPipeline: true, help: 'The paths to split.'},
		{name: 'Parent', type: 'switch', help: 'Writes the parent folder of the path. This is the default.'},
		{name: 'Leaf', type: 'switch', help: 'Writes the last element of the path.'},
		{name: 'Extension', type: 'switch', help: 'Writes the extension of the last element, with its dot (.cab), or an empty string.'},
		{name: 'LeafBase', type: 'switch', help: 'Writes the last element without its extension.'},
		{name: 'IsAbsolute', type: 'switch', help: 'Writes $true for an absolute path, $false for a relative one.'},
	],
	outputs: ['System.String', 'System.Boolean'],
	examples: [
		{
			title: 'Get the folder of a file',
			code: "Split-Path 'D:\\USB\\UsageData.cab'",
			remarks: 'By default the parent is written.',
			expect: ['D:\\USB'],
		},
		{
			title: 'Get the file name and its extension',
			code: "Split-Path 'D:\\USB\\UsageData.cab' -Leaf\nSplit-Path 'D:\\USB\\UsageData.cab' -Extension",
			remarks: 'The last element, then its extension.',
			expect: ['UsageData.cab', '.cab'],
		},
	],
	related: ['Join-Path', 'Test-Path'],
	process(ctx) {
		const paths: string[] = ctx.hasInput ? [String(ctx.input)] : ctx.params.Path;
		const p = ctx.params;
		for (const path of paths) {
			if (p.IsAbsolute) ctx.write(isRooted(path));
			else if (p.Leaf) ctx.write(leafOf(path));
			else if (p.Extension) ctx.write(extensionOf(path));
			else if (p.LeafBase) ctx.write(leafBaseOf(path));
			else ctx.write(parentPath(path));
		}
	},
};

export default def;
