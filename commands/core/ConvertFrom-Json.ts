// ConvertFrom-Json: reads JSON text into objects: JSON objects become [pscustomobject] (or ordered hash tables
// with -AsHashtable), arrays are written one item at a time, and date strings become [datetime].

import type {CmdletDef, CmdletContext} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {JsonParseError, parseJson} from '../../src/format/json-parse.ts';

const COMMAND = 'Microsoft.PowerShell.Commands.ConvertFromJsonCommand';

/** Parses one text and writes the result; returns false (without writing) when the text is not valid JSON. */
function convert(ctx: CmdletContext, text: string, failHard: boolean): boolean {
	let value: unknown;
	try {
		value = parseJson(text, {asHashtable: ctx.params.AsHashtable === true});
	} catch (error) {
		if (!(error instanceof JsonParseError)) throw error;
		if (!failHard) return false;
		if (error.message.startsWith('Cannot convert the JSON string')) {
			ctx.fail({message: error.message, id: `DuplicateKeysInJsonString,${COMMAND}`, category: 'InvalidOperation', exceptionType: 'InvalidOperationException'});
		}
		ctx.fail({
			message: `Conversion from JSON failed with error: ${error.message}`,
			id: `System.ArgumentException,${COMMAND}`,
			category: 'NotSpecified',
			exceptionType: 'ArgumentException',
			target: text,
		});
	}
	if (Array.isArray(value) && !ctx.params.NoEnumerate) ctx.writeAll(value);
	else if (value !== null || text.trim() !== '') ctx.write(value);
	return true;
}

const def: CmdletDef = {
	name: 'ConvertFrom-Json',
	synopsis: 'Converts a JSON-formatted string to a custom object or a hash table.',
	description:
		'ConvertFrom-Json converts JSON text into objects: each JSON object becomes a [pscustomobject] whose ' +
		'properties are its members, in order. With -AsHashtable it becomes an ordered hash table instead, which also ' +
		'allows members whose names differ only in case. Strings in ISO 8601 form (2026-11-26T14:33:26) become dates.\n\n' +
		'A JSON array is written one item at a time unless -NoEnumerate is given. Text piped in line by line is ' +
		'joined into one document. Text that is not valid JSON is a terminating error that says where the problem is.',
	parameters: [
		{
			name: 'InputObject',
			type: 'string',
			position: 0,
			mandatory: true,
			valueFromPipeline: true,
			help: 'The JSON text to convert. Lines piped in one at a time are joined into one document.',
		},
		{
			name: 'AsHashtable',
			type: 'switch',
			help: 'Converts JSON objects to ordered hash tables instead of custom objects.',
		},
		{
			name: 'NoEnumerate',
			type: 'switch',
			help: 'Writes a JSON array as one object instead of one object per item.',
		},
		{
			name: 'Depth',
			type: 'int',
			validateRange: [1, 2147483647],
			default: 1024,
			help: 'The deepest nesting allowed in the JSON text. The default is 1024.',
		},
	],
	outputs: ['System.Management.Automation.PSCustomObject', 'System.Collections.Specialized.OrderedDictionary'],
	examples: [
		{
			title: 'Read a JSON object',
			code: '$status = \'{"SiteCode":"PS1","Mode":"Offline"}\' | ConvertFrom-Json\n$status.Mode',
			remarks: 'The JSON object becomes a custom object whose properties can be read as usual.',
			expect: ['Offline'],
		},
		{
			title: 'Read a JSON array',
			code: "'[1, 2, 3]' | ConvertFrom-Json | Measure-Object -Sum | Select-Object -ExpandProperty Sum",
			remarks: 'The array is written one number at a time, so Measure-Object adds up the three.',
			expect: ['6'],
		},
		{
			title: 'Get a hash table',
			code: '$table = \'{"Name":"SMS_DMP_DOWNLOADER","State":"Running"}\' | ConvertFrom-Json -AsHashtable\n$table[\'State\']',
			remarks: 'With -AsHashtable the JSON object becomes an ordered hash table.',
			expect: ['Running'],
		},
	],
	related: ['ConvertTo-Json'],
	begin(ctx) {
		ctx.state.texts = [];
	},
	process(ctx) {
		ctx.state.texts.push(toStr(ctx.hasInput ? ctx.input : ctx.params.InputObject));
	},
	end(ctx) {
		const texts: string[] = ctx.state.texts;
		if (texts.length === 0) return;
		if (texts.length === 1) {
			convert(ctx, texts[0]!, true);
			return;
		}
		// As pwsh: if the first piece is a whole document, each piece is one; otherwise they are lines of one document.
		if (convert(ctx, texts[0]!, false)) {
			for (const text of texts.slice(1)) convert(ctx, text, true);
		} else {
			convert(ctx, texts.join('\n'), true);
		}
	},
};

export default def;
