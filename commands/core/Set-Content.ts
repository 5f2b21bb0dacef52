// Set-Content: replaces a file's content with the string forms of the values, a line each.

import type {CmdletDef} from '../../src/engine/command.ts';
import {contentHandlers, contentParameters} from '../_lib/content-writer.ts';

const def: CmdletDef = {
	name: 'Set-Content',
	synopsis: 'Writes new content to a file, replacing what it held.',
	description:
		'Set-Content writes the string form of each value on a line of its own, creating the file or replacing ' +
		'what it held. Unlike Out-File it does not format objects as tables: an object becomes its string form ' +
		'(@{Name=PS1} for a custom object). Piped values are collected and the file written once, at the end. The ' +
		'folder must exist.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB\\x.txt) lives under $env:SCPSH_DRIVE_ROOT ' +
		'(or ~/.scpsh/drives), and a relative path starts at the current file-system location.',
	parameters: contentParameters,
	outputs: ['None', 'System.String'],
	supportsShouldProcess: true,
	examples: [
		{
			title: 'Write a list of servers',
			code: "Set-Content -Path servers.txt -Value 'CM01', 'CM02'\nGet-Content servers.txt",
			remarks: 'The file holds one server name a line.',
			expect: ['CM01', 'CM02'],
		},
	],
	related: ['Add-Content', 'Get-Content', 'Out-File'],
	...contentHandlers(false),
};

export default def;
