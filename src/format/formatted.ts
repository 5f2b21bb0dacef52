// What Format-Table and Format-List write: the laid-out data of a table or a list, rendered to lines only when it
// reaches Out-Default or Out-String, so that the width and colour are the ones of where it is shown.

import {layoutList, type ListEntry} from './list.ts';
import {TableLayout, type TableColumn} from './table.ts';

export interface RenderOptions {
	width: number;
	color: boolean;
}

/** Lines that are not part of the table or list (strings among the objects), printed as they are. */
export interface RawLines {
	raw: string[];
}

/** Rows that share a table header, or entries that share a group; `label` is the `-GroupBy` line. */
export interface Section<T> {
	label?: string;
	items: (T | RawLines)[];
}

export interface TableDoc {
	kind: 'table';
	columns: TableColumn[];
	sections: Section<string[]>[];
	autosize?: boolean;
	wrap?: boolean;
	hideHeaders?: boolean;
}

export interface ListDoc {
	kind: 'list';
	sections: Section<ListEntry[]>[];
}

/** Only text: what formatting strings alone gives. */
export interface TextDoc {
	kind: 'text';
	lines: string[];
}

export type FormatDoc = TableDoc | ListDoc | TextDoc;

export const isRaw = (item: unknown): item is RawLines => typeof item === 'object' && item !== null && 'raw' in item;

/** `   Name: value`, the line pwsh writes above each -GroupBy group. */
export const groupLabel = (name: string, value: string): string => `   ${name}: ${value}`;

/** The formatted output of Format-Table / Format-List: Out-Default prints its lines verbatim. */
export class FormattedOutput {
	constructor(readonly doc: FormatDoc) {}

	/** The lines, with pwsh's blank line before the block and after it (a list ends with its last entry's blank). */
	render(options: RenderOptions): string[] {
		if (this.doc.kind === 'text') return [...this.doc.lines];
		return this.doc.kind === 'table' ? renderTable(this.doc, options) : renderList(this.doc, options);
	}

	toString(): string {
		return this.render({width: 120, color: false}).join('\n');
	}
}

function renderTable(doc: TableDoc, options: RenderOptions): string[] {
	const out: string[] = [''];
	doc.sections.forEach((section, i) => {
		if (section.label !== undefined) {
			if (i > 0) out.push('');
			out.push(section.label, '');
		}
		// Each group lays out its own widths, as pwsh sizes each group from its own objects.
		const rows = section.items.filter((item): item is string[] => !isRaw(item));
		const layout = new TableLayout(doc.columns, rows, {
			width: options.width,
			color: options.color,
			autosize: doc.autosize,
			wrap: doc.wrap,
			hideHeaders: doc.hideHeaders,
		});
		// The header comes with the first row: text before it prints first, and a group of text alone has none.
		let headed = false;
		for (const item of section.items) {
			if (isRaw(item)) {
				out.push(...item.raw);
				continue;
			}
			if (!headed) out.push(...layout.header());
			headed = true;
			out.push(...layout.row(item));
		}
	});
	out.push('');
	return out;
}

function renderList(doc: ListDoc, options: RenderOptions): string[] {
	const out: string[] = [''];
	for (const section of doc.sections) {
		if (section.label !== undefined) out.push(section.label, '');
		for (const item of section.items) {
			if (isRaw(item)) out.push(...item.raw);
			else out.push(...layoutList(item, options.width, options.color), '');
		}
	}
	return out;
}
