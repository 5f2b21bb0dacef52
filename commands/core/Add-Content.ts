// Add-Content: appends the string forms of the values to a file, a line each; the file is created if missing.

import type {CmdletDef} from '../../src/engine/command.ts';
import {contentHandlers, contentParameters} from '../_lib/content-writer.ts';

const def: CmdletDef = {
	name: 'Add-Content',
	synopsis: 'Adds content to the end of a file.',
	description:
		'Add-Content appends the string form of each value on a line of its own to the end of a file, creating ' +
		'the file when it does not exist. Objects are not formatted as tables: an object becomes its string form. ' +
		'The folder must exist.\n\n' +
		'Paths map as for every scpsh cmdlet: a drive letter (D:\\USB\\x.txt) lives under $env:SCPSH_DRIVE_ROOT ' +
		'(or ~/.scpsh/drives), and a relative path starts at the current file-system location.',
	parameters: contentParameters,
	outputs: ['None', 'System.String'],
	supportsShouldProcess: true,
	examples: [
		{
			title: 'Append to a log',
			code: "Add-Content -Path steps.log -Value 'step 1 done'\nAdd-Content -Path steps.log -Value 'step 2 done'\nGet-Content steps.log",
			remarks: 'Each call adds a line at the end of the file.',
			expect: ['step 1 done', 'step 2 done'],
		},
	],
	related: ['Set-Content', 'Get-Content', 'Out-File'],
	...contentHandlers(true),
};

export default def;
