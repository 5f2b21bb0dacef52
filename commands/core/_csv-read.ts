// The reader ConvertFrom-Csv and Import-Csv share, after pwsh 7's ImportCsvHelper: fields split on the delimiter,
// quoted fields may hold the delimiter, doubled quotes and newlines; a `#TYPE` first line names the objects' type;
// blank lines are skipped; missing values are $null and values beyond the header are dropped.

import type {CmdletContext, ParameterDef} from '../../src/engine/command.ts';
import {PSObject} from '../../src/engine/values.ts';

/** Splits CSV text into records of fields. A line with nothing on it is no record. */
export function parseCsvRecords(text: string, delimiter: string): string[][] {
	const records: string[][] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	let sawAny = false;
	const endRecord = () => {
		fields.push(field);
		if (sawAny || fields.length > 1 || field !== '') records.push(fields);
		fields = [];
		field = '';
		sawAny = false;
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else {
					quoted = false;
				}
			} else {
				field += ch;
			}
			continue;
		}
		if (ch === '"') {
			// A quote opens a quoted section only at the start of a field (whitespace before it is dropped, as
			// pwsh does); elsewhere it is just a character.
			if (field.trim() === '') {
				field = '';
				quoted = true;
				sawAny = true;
			} else {
				field += ch;
			}
		} else if (ch === delimiter) {
			fields.push(field);
			field = '';
			sawAny = true;
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			endRecord();
		} else {
			field += ch;
		}
	}
	if (field !== '' || fields.length > 0 || sawAny) endRecord();
	return records;
}

/**
 * PSCustomObjects from CSV text. The header comes from `header` when given, else the first record; a first line
 * `#TYPE Name` (Export-Csv -IncludeTypeInformation) adds the type name `CSV:Name`, as pwsh does.
 */
export function csvObjects(ctx: CmdletContext, text: string, delimiter: string, header: string[] | null): PSObject[] {
	let typeName: string | undefined;
	const typeLine = /^\s*#TYPE ([^\r\n]*)(\r?\n|$)/.exec(text);
	if (typeLine) {
		typeName = typeLine[1]!.trim();
		text = text.slice(typeLine[0].length);
	}
	const records = parseCsvRecords(text, delimiter);
	let names = header;
	if (!names) {
		const first = records.shift();
		if (!first) return [];
		names = first;
	}
	// pwsh names an empty header field H1, H2... by its position.
	names = names.map((n, k) => (n === '' ? `H${k + 1}` : n));
	const seen = new Set<string>();
	for (const name of names) {
		const key = name.toLowerCase();
		if (seen.has(key)) {
			ctx.fail({
				message: `The member "${name}" is already present.`,
				category: 'InvalidData',
				id: 'AlreadyPresentPSMemberInfoInternalCollectionAdd',
				target: name,
				exceptionType: 'ExtendedTypeSystemException',
			});
		}
		seen.add(key);
	}
	return records.map(record => {
		const obj = new PSObject();
		if (typeName) obj.typeNames.unshift(`CSV:${typeName}`);
		names!.forEach((name, k) => obj.set(name, k < record.length ? record[k]! : null));
		return obj;
	});
}

/** -Delimiter's validation, with the message ConvertTo-Csv gives. */
export const DELIMITER_CHECK = (value: unknown): string | undefined =>
	typeof value === 'string' && value.length === 1 ? undefined : 'The delimiter must be a single character.';

/** -Delimiter must be one character; -UseCulture means the list separator, a comma in the invariant culture. */
export function delimiterOf(ctx: CmdletContext): string {
	if (ctx.isBound('Delimiter') && ctx.params.Delimiter !== null) return String(ctx.params.Delimiter);
	return ',';
}

/** -Delimiter, -UseCulture and -Header, as ConvertFrom-Csv and Import-Csv both take them; `source` names the input. */
export function csvReadParameters(source: 'text' | 'file'): ParameterDef[] {
	return [
		{
			name: 'Delimiter',
			type: 'string',
			position: 1,
			sets: ['Delimiter'],
			validate: DELIMITER_CHECK,
			help: 'The character that separates the values. The default is a comma.',
		},
		{
			name: 'UseCulture',
			type: 'switch',
			mandatory: true,
			sets: ['UseCulture'],
			help: 'Uses the culture\'s list separator as the delimiter: a comma, as scpsh runs in the invariant culture.',
		},
		{
			name: 'Header',
			type: 'string[]',
			help: `The column names. When given, the first row of the ${source} is data, not names.`,
		},
	];
}
