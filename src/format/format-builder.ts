// What Format-Table and Format-List do with the objects they collected: pick the columns (from -Property, the
// type's view, or the properties), evaluate them for each object (script blocks run through the engine), split
// the rows into -GroupBy groups, and wrap the result in a FormattedOutput.

import {ErrorRecord} from '../engine/errors.ts';
import {PSDateTime, ScriptBlock} from '../engine/values.ts';
import {
	evaluateSpec,
	expandProperties,
	type Invoke,
	LIST_KEYS,
	parseProperties,
	type PropertySpec,
	specText,
	TABLE_KEYS,
} from './calculated.ts';
import {displayValue, formatLongDate, scriptBlockText} from './display.ts';
import {FormattedOutput, groupLabel, isRaw, type RawLines, type Section} from './formatted.ts';
import type {ListEntry} from './list.ts';
import {defaultShape, type ResolvedColumn} from './shape.ts';
import type {TableColumn} from './table.ts';
import {splitLines} from './width.ts';

export interface FormatRequest {
	/** The objects, already unrolled (hashtables as their entries). */
	objects: readonly unknown[];
	/** -Property arguments. */
	property?: readonly unknown[];
	/** -GroupBy argument. */
	groupBy?: unknown;
	invoke: Invoke;
}

export interface TableRequest extends FormatRequest {
	autosize?: boolean;
	wrap?: boolean;
	hideHeaders?: boolean;
}

/** Values pwsh prints as text rather than formatting their properties, unless -Property names some. */
function textOf(obj: unknown): string[] | undefined {
	if (typeof obj === 'string' || typeof obj === 'number' || typeof obj === 'boolean') return splitLines(displayValue(obj));
	if (obj instanceof PSDateTime) return [formatLongDate(obj)];
	if (obj instanceof ScriptBlock) return splitLines(scriptBlockText(obj));
	if (obj instanceof ErrorRecord) return splitLines(obj.message);
	return undefined;
}

/** A column of either kind: a spec from -Property, or a view's (or a property's) column. */
interface Column {
	label: string;
	width?: number;
	align?: 'left' | 'right' | 'center';
	value(obj: unknown): Promise<unknown>;
	text(value: unknown): string;
}

const fromSpec = (spec: PropertySpec, invoke: Invoke): Column => ({
	label: spec.label,
	width: spec.width,
	align: spec.align,
	value: obj => evaluateSpec(spec, obj, invoke),
	text: value => specText(spec, value),
});

const fromResolved = (column: ResolvedColumn): Column => ({
	label: column.label,
	width: column.width,
	align: column.align,
	value: async obj => column.value(obj),
	text: displayValue,
});

/** Splits items into -GroupBy sections: a new group each time the key's text changes (input should be sorted). */
class Grouper<T> {
	readonly sections: Section<T>[] = [];
	private current: string | undefined;
	private readonly spec: PropertySpec | undefined;

	constructor(
		groupBy: unknown,
		private readonly invoke: Invoke,
	) {
		this.spec = groupBy === undefined || groupBy === null ? undefined : parseProperties([groupBy], LIST_KEYS)[0];
	}

	async add(obj: unknown, item: T | RawLines): Promise<void> {
		if (this.spec && !isRaw(item)) {
			const text = specText(this.spec, await evaluateSpec(this.spec, obj, this.invoke));
			if (this.sections.length === 0 || text !== this.current) {
				this.current = text;
				this.sections.push({label: groupLabel(this.spec.label, text), items: []});
			}
		}
		if (this.sections.length === 0) this.sections.push({items: []});
		this.sections.at(-1)!.items.push(item);
	}
}

async function values(columns: readonly Column[], obj: unknown): Promise<unknown[]> {
	const out: unknown[] = [];
	for (const column of columns) out.push(await column.value(obj));
	return out;
}

/** Format-Table's output for the objects. Throws PropertySpecError for a bad calculated property. */
export async function buildTable(request: TableRequest): Promise<FormattedOutput | undefined> {
	const {objects, property, invoke} = request;
	const formatted = objects.filter(o => property?.length || textOf(o) === undefined);
	if (formatted.length === 0) {
		const lines = objects.flatMap(o => textOf(o) ?? []);
		return lines.length ? new FormattedOutput({kind: 'text', lines}) : undefined;
	}
	const first = formatted[0];
	const columns: Column[] = property?.length
		? expandProperties(parseProperties(property, TABLE_KEYS), first).map(spec => fromSpec(spec, invoke))
		: defaultShape(first, 'table').columns.map(fromResolved);
	const grouper = new Grouper<string[]>(request.groupBy, invoke);
	let aligns: ('left' | 'right' | 'center')[] | undefined;
	for (const obj of objects) {
		const text = property?.length ? undefined : textOf(obj);
		if (text) {
			await grouper.add(obj, {raw: text});
			continue;
		}
		const row = await values(columns, obj);
		// Alignment is judged on the first object: numbers right, the rest left, unless the column says.
		aligns ??= columns.map((c, k) => c.align ?? (typeof row[k] === 'number' ? 'right' : 'left'));
		await grouper.add(obj, columns.map((c, k) => c.text(row[k])));
	}
	const tableColumns: TableColumn[] = columns.map((c, k) => ({label: c.label, width: c.width, align: aligns![k]!}));
	return new FormattedOutput({
		kind: 'table',
		columns: tableColumns,
		sections: grouper.sections,
		autosize: request.autosize,
		wrap: request.wrap,
		hideHeaders: request.hideHeaders,
	});
}

/** Format-List's output: each object with its own properties (or the named ones). */
export async function buildList(request: FormatRequest): Promise<FormattedOutput | undefined> {
	const {objects, property, invoke} = request;
	const specs = property?.length ? parseProperties(property, LIST_KEYS) : undefined;
	const grouper = new Grouper<ListEntry[]>(request.groupBy, invoke);
	for (const obj of objects) {
		const text = specs ? undefined : textOf(obj);
		if (text) {
			await grouper.add(obj, {raw: text});
			continue;
		}
		const columns = specs
			? expandProperties(specs, obj).map(spec => fromSpec(spec, invoke))
			: defaultShape(obj, 'list').columns.map(fromResolved);
		const row = await values(columns, obj);
		await grouper.add(obj, columns.map((c, k) => ({label: c.label, value: c.text(row[k])})));
	}
	if (grouper.sections.length === 0) return undefined;
	const raws = grouper.sections.flatMap(s => s.items.filter(isRaw));
	if (raws.length === grouper.sections.reduce((n, s) => n + s.items.length, 0)) {
		return new FormattedOutput({kind: 'text', lines: raws.flatMap((r: RawLines) => r.raw)});
	}
	return new FormattedOutput({kind: 'list', sections: grouper.sections});
}
