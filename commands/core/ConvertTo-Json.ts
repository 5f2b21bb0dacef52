// ConvertTo-Json: writes objects as JSON text, as pwsh 7 does: two-blank indentation, a depth limit of 2 with a
// warning when something is cut, one object as an object and several as an array.

import type {CmdletDef} from '../../src/engine/command.ts';
import {DEFAULT_JSON_DEPTH, depthWarning, toJson} from '../../src/format/json.ts';

const def: CmdletDef = {
	name: 'ConvertTo-Json',
	synopsis: 'Converts an object to a JSON-formatted string.',
	description:
		'ConvertTo-Json converts objects to JSON text. Properties become JSON members, hash tables JSON objects, ' +
		'collections JSON arrays, dates ISO 8601 strings (2026-11-26T14:33:26) and $null null. One piped object gives ' +
		'one JSON value; several give one JSON array (-AsArray makes an array of one as well).\n\n' +
		'Objects nested deeper than -Depth (default 2) are written as their string form, and a warning says so: ' +
		'raise -Depth (up to 100) to keep them. -Compress writes everything on one line.',
	parameters: [
		{
			name: 'InputObject',
			type: 'object',
			position: 0,
			mandatory: true,
			valueFromPipeline: true,
			help: 'The objects to convert. A collection given here is converted as one JSON array.',
		},
		{
			name: 'Depth',
			type: 'int',
			validateRange: [0, 100],
			default: DEFAULT_JSON_DEPTH,
			help: 'How many levels of contained objects are written as JSON structure. The default is 2.',
		},
		{
			name: 'Compress',
			type: 'switch',
			help: 'Leaves out the blanks and line breaks.',
		},
		{
			name: 'AsArray',
			type: 'switch',
			help: 'Writes a JSON array even for a single object.',
		},
		{
			name: 'EnumsAsStrings',
			type: 'switch',
			help: 'Writes enumeration values as their names. scpsh always does, so this switch changes nothing.',
		},
	],
	outputs: ['System.String'],
	examples: [
		{
			title: 'Convert an object',
			code: "[pscustomobject]@{SiteCode='PS1'; Mode='Online'; RestartRequired=$false} | ConvertTo-Json",
			remarks: 'The object becomes a JSON object with one member a property, indented by two blanks.',
			expect: ['{\n  "SiteCode": "PS1",\n  "Mode": "Online",\n  "RestartRequired": false\n}'],
		},
		{
			title: 'Compress several values into an array',
			code: '1, 2, 3 | ConvertTo-Json -Compress',
			remarks: 'Three piped objects make one JSON array, written on one line.',
			expect: ['[1,2,3]'],
		},
		{
			title: 'Keep deep objects with -Depth',
			code: '@{Site=@{Server=@{Roles=@(\'SCP\')}}} | ConvertTo-Json -Depth 5 -Compress',
			remarks: 'With the default depth of 2 the Roles array would be written as a string; -Depth 5 keeps it.',
			expect: ['{"Site":{"Server":{"Roles":["SCP"]}}}'],
		},
	],
	related: ['ConvertFrom-Json', 'ConvertTo-Csv'],
	begin(ctx) {
		ctx.state.items = [];
	},
	process(ctx) {
		ctx.state.items.push(ctx.hasInput ? ctx.input : ctx.params.InputObject);
	},
	end(ctx) {
		const items: unknown[] = ctx.state.items;
		if (items.length === 0 && !ctx.params.AsArray) return;
		const value = items.length === 1 && !ctx.params.AsArray ? items[0] : items;
		const depth = Number(ctx.params.Depth ?? DEFAULT_JSON_DEPTH);
		ctx.write(
			toJson(value, {
				depth,
				compress: ctx.params.Compress === true,
				onTruncated: () => ctx.writeWarning(depthWarning(depth)),
			}),
		);
	},
};

export default def;
