// ConvertTo-Csv's writer, after pwsh 7's ExportCsvHelper: a header from the first object's properties, every
// field quoted (quotes doubled) unless -UseQuotes says otherwise, $null as an empty unquoted field, no `#TYPE`
// line unless asked for.

import {toStr} from '../engine/convert.ts';
import {PSHashtable, PSObject} from '../engine/values.ts';
import {displayValue} from './display.ts';
import {getProperty, propertyNames} from './property.ts';

export type QuoteKind = 'Always' | 'AsNeeded' | 'Never';

export interface CsvOptions {
	delimiter?: string;
	useQuotes?: QuoteKind;
	/** Quote only these fields (by name), whatever useQuotes says. */
	quoteFields?: readonly string[];
	includeTypeInformation?: boolean;
	noHeader?: boolean;
}

/** Writes rows of one shape: the first object fixes the columns. */
export class CsvWriter {
	private columns: string[] | null = null;
	private readonly delimiter: string;
	private readonly quoteKind: QuoteKind;
	private readonly quoteFields: Set<string> | null;

	constructor(private readonly options: CsvOptions = {}) {
		this.delimiter = options.delimiter ?? ',';
		this.quoteKind = options.useQuotes ?? 'Always';
		this.quoteFields = options.quoteFields ? new Set(options.quoteFields.map(f => f.toLowerCase())) : null;
	}

	/** The lines for one object: the type and header lines before the first, then its row. */
	write(obj: unknown): string[] {
		const lines: string[] = [];
		if (!this.columns) {
			this.columns = csvColumns(obj);
			if (this.options.includeTypeInformation) lines.push(typeLine(obj));
			if (!this.options.noHeader) lines.push(this.columns.map(c => this.field(c, c)).join(this.delimiter));
		}
		lines.push(this.columns.map(c => this.field(c, fieldText(obj, c))).join(this.delimiter));
		return lines;
	}

	private field(column: string, text: string | null): string {
		if (text === null) return '';
		const quote = this.quoteFields
			? this.quoteFields.has(column.toLowerCase())
			: this.quoteKind === 'Always' ||
				(this.quoteKind === 'AsNeeded' && (text.includes(this.delimiter) || text.includes('\n') || text.includes('"')));
		return quote ? '"' + text.replace(/"/g, '""') + '"' : text;
	}
}

function csvColumns(obj: unknown): string[] {
	if (obj instanceof PSObject || obj instanceof PSHashtable) return propertyNames(obj);
	// A bare value shows its properties in pwsh: a string has only Length.
	if (typeof obj === 'string') return ['Length'];
	return [];
}

function typeLine(obj: unknown): string {
	const name = obj instanceof PSObject ? obj.typeName : obj instanceof PSHashtable ? 'System.Collections.Hashtable' : 'System.Object';
	return `#TYPE ${name.replace(/^CSV:/i, '')}`;
}

/** The field's text: the value's ToString (culture formatting), or null for $null. */
function fieldText(obj: unknown, column: string): string | null {
	if (obj instanceof PSHashtable && !obj.has(column)) return null;
	if (obj instanceof PSObject && !obj.has(column)) return null;
	const value = getProperty(obj, column);
	if (value === null || value === undefined) return null;
	// .NET's ToString: arrays and hashtables give their type name, not their items.
	if (Array.isArray(value)) return 'System.Object[]';
	if (value instanceof PSHashtable) return 'System.Collections.Hashtable';
	if (value instanceof PSObject) return toStr(value);
	return displayValue(value);
}

/** ConvertTo-Csv of a whole collection. */
export function toCsv(objects: readonly unknown[], options: CsvOptions = {}): string[] {
	const writer = new CsvWriter(options);
	return objects.flatMap(o => writer.write(o));
}
