// Out-Default: the formatter at the end of every top-level pipeline, after pwsh's Format-Default + Out-Host.
//
// Strings, numbers and booleans print as text wherever they come (pwsh writes them "out of band", so they do not
// interrupt a table). Other objects open a block in their default shape: a blank line, then a table (one header
// for the whole run of objects of that type, its columns those of the first object) or a list (one entry per
// object, each followed by a blank line). An object of another type closes the block and opens its own.
// Table widths come from the data, so rows wait until the block ends (pwsh waits up to 300 ms for the same reason;
// `flush()` lets a live front end stop waiting).

import {toStr} from '../engine/convert.ts';
import {ErrorRecord} from '../engine/errors.ts';
import {PSDateTime, PSObject, ScriptBlock} from '../engine/values.ts';
import {formatLongDate, scriptBlockText} from './display.ts';
import {formatError, formatErrorCategoryView, formatErrorNormalView} from './error-view.ts';
import {FormattedOutput} from './formatted.ts';
import {layoutList} from './list.ts';
import {propertyNames} from './property.ts';
import {alignments, cells, defaultShape, formatItems, propertyColumns, type ResolvedColumn, typeNamesOf} from './shape.ts';
import {needsSample, type TableColumn, TableLayout} from './table.ts';
import {columnValue, findView} from './views.ts';
import {getProperty} from './property.ts';
import {splitLines} from './width.ts';

export interface OutDefaultOptions {
	width: number;
	color: boolean;
	/** How error records written to the output look: ConciseView at a prompt or in a script, or NormalView / CategoryView. */
	errorView?: 'prompt' | 'script' | 'normal' | 'category';
}

type Pending = {row: string[]} | {lines: string[]};

interface TableBlock {
	kind: 'table';
	key: string;
	columns: ResolvedColumn[];
	tableColumns: TableColumn[];
	/** Rows (and out-of-band lines between them) waiting for the widths; null once laid out. */
	pending: Pending[] | null;
	layout?: TableLayout;
}

interface ListBlock {
	kind: 'list';
	key: string;
	/** A view's columns; null when each object lists its own properties (pwsh's list from properties). */
	columns: ResolvedColumn[] | null;
}

interface DateBlock {
	kind: 'date';
	key: string;
}

/** Objects a `text` view prints as one string each (MatchInfo). */
interface TextBlock {
	kind: 'text';
	key: string;
}

type Block = TableBlock | ListBlock | DateBlock | TextBlock;

const isScalar = (value: unknown): boolean =>
	typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint';

export class OutDefault {
	private block: Block | null = null;

	constructor(
		private readonly options: OutDefaultOptions,
		private readonly emit: (line: string) => void,
	) {}

	write(value: unknown): void {
		if (value === null || value === undefined) return;
		if (Array.isArray(value)) {
			for (const item of value) this.write(item);
			return;
		}
		if (value instanceof FormattedOutput) {
			this.closeBlock();
			for (const line of value.render(this.options)) this.emit(line);
			return;
		}
		if (value instanceof ErrorRecord) {
			this.outOfBand(this.errorLines(value));
			return;
		}
		if (isScalar(value)) {
			this.outOfBand(splitLines(toStr(value)));
			return;
		}
		if (value instanceof ScriptBlock) {
			this.outOfBand(splitLines(scriptBlockText(value)));
			return;
		}
		const items = formatItems(value);
		if (items.length !== 1 || items[0] !== value) {
			for (const item of items) this.write(item);
			return;
		}
		this.writeObject(value);
	}

	/** Lays out the rows a table is holding back for its widths; later rows stream with those widths. */
	flush(): void {
		const block = this.block;
		if (block?.kind !== 'table' || block.pending === null) return;
		const pending = block.pending;
		block.pending = null;
		const sample = pending.flatMap(p => ('row' in p ? [p.row] : []));
		block.layout = new TableLayout(block.tableColumns, sample, this.options);
		this.emitAll(block.layout.header());
		for (const p of pending) this.emitAll('row' in p ? block.layout.row(p.row) : p.lines);
	}

	/** Ends the pipeline's output: the open block is laid out and closed. */
	end(): void {
		this.closeBlock();
	}

	private writeObject(value: unknown): void {
		const key = (typeNamesOf(value)[0] ?? 'object').toLowerCase();
		if (value instanceof PSDateTime) {
			this.openBlock(key, () => ({kind: 'date', key}));
			this.emit(formatLongDate(value));
			return;
		}
		// Values without properties or a view (and `[pscustomobject]@{}`) print as their string, as pwsh does.
		if (typeNamesOf(value).length === 0 || (value instanceof PSObject && propertyNames(value).length === 0 && !findView(value.typeNames))) {
			this.outOfBand(splitLines(toStr(value)));
			return;
		}
		const view = findView(typeNamesOf(value));
		if (view?.kind === 'text') {
			this.openBlock(key, () => ({kind: 'text', key}));
			this.emitAll(splitLines(toStr(columnValue(view.columns[0]!, value))));
			return;
		}
		const group = view?.groupBy ? toStr(getProperty(value, view.groupBy.property)) : undefined;
		// A grouped view keys its blocks by view and group, not by type: files and folders share one listing.
		const blockKey = group === undefined ? key : `view:${String(view!.typeName)}\u0000${group}`;
		const block = this.openBlock(blockKey, () => {
			if (group !== undefined) this.emitAll([`   ${view!.groupBy!.label}: ${group}`, '']);
			return this.newBlock(blockKey, value);
		});
		if (block.kind === 'table') {
			const row = cells(block.columns, value);
			if (block.pending) block.pending.push({row});
			else this.emitAll(block.layout!.row(row));
		} else if (block.kind === 'list') {
			const columns = block.columns ?? propertyColumns(propertyNames(value));
			const texts = cells(columns, value);
			const entries = columns.map((c, k) => ({label: c.label, value: texts[k]!}));
			this.emitAll(layoutList(entries, this.options.width, this.options.color));
			this.emit('');
		}
	}

	private newBlock(key: string, first: unknown): Block {
		const shape = defaultShape(first);
		if (shape.kind === 'list') return {kind: 'list', key, columns: shape.fromView ? shape.columns : null};
		const aligns = alignments(shape.columns, first);
		const tableColumns = shape.columns.map((c, k) => ({label: c.label, width: c.width, align: aligns[k]!}));
		const block: TableBlock = {kind: 'table', key, columns: shape.columns, tableColumns, pending: []};
		if (!needsSample(tableColumns)) {
			// Widths fixed by the view: nothing to wait for.
			block.pending = null;
			block.layout = new TableLayout(tableColumns, [], this.options);
			this.emitAll(block.layout.header());
		}
		return block;
	}

	/** Keeps the open block when `key` matches it, else closes it and starts a new one (after a blank line). */
	private openBlock(key: string, create: () => Block): Block {
		if (this.block?.key === key) return this.block;
		this.closeBlock();
		this.emit('');
		this.block = create();
		return this.block;
	}

	private closeBlock(): void {
		const block = this.block;
		if (!block) return;
		this.flush();
		this.block = null;
		// A list has already written the blank line after its last entry.
		if (block.kind !== 'list') this.emit('');
	}

	/** Text that does not belong to the block: it waits behind held-back rows, to keep the order. */
	private outOfBand(lines: string[]): void {
		const block = this.block;
		if (block?.kind === 'table' && block.pending) block.pending.push({lines});
		else this.emitAll(lines);
	}

	private errorLines(record: ErrorRecord): string[] {
		const view = this.options.errorView ?? 'prompt';
		if (view === 'normal') return formatErrorNormalView(record, this.options.color);
		if (view === 'category') return formatErrorCategoryView(record, this.options.color);
		return formatError(record, view, this.options.color);
	}

	private emitAll(lines: readonly string[]): void {
		for (const line of lines) this.emit(line);
	}
}
