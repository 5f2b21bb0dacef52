// Table layout, after pwsh's ColumnWidthManager and TableWriter: column widths from the view or the data,
// fitted to the screen by shrinking (then hiding) columns from the right; a header row (wrapped when a label is
// wider than its column), a row of dashes as wide as each label, then rows cut with `…`.

import {style} from './style.ts';
import {type Alignment, displayWidth, fitCell, firstLine, splitLines, truncateEnd, truncateStart, wrapText} from './width.ts';

export interface TableColumn {
	label: string;
	/** Fixed width; 0 or absent means sized from the data or from the room left. */
	width?: number;
	align: Alignment;
}

export interface TableOptions {
	/** Screen width in cells. */
	width: number;
	color: boolean;
	/** Size every column from the data (Format-Table -AutoSize, or a view without widths). */
	autosize?: boolean;
	/** Wrap long values onto more lines instead of cutting them. */
	wrap?: boolean;
	hideHeaders?: boolean;
}

const MIN_COLUMN_WIDTH = 1;

/** Whether the widths must come from the data: pwsh does so when the first column has no width of its own. */
export const needsSample = (columns: readonly TableColumn[], autosize = false): boolean =>
	autosize || !(columns[0]?.width && columns[0].width > 0);

/** Widths from the labels and the sampled rows, as pwsh's ProcessCachedGroupOnTable. */
function sampleWidths(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): number[] {
	return columns.map((column, k) => {
		let width = displayWidth(column.label);
		for (const row of rows) {
			for (const line of splitLines(row[k] ?? '')) width = Math.max(width, displayWidth(line));
		}
		return width;
	});
}

/** pwsh's ColumnWidthManager: fills unset widths with the room left, or trims from the right to fit. -1 hides. */
export function fitWidths(requested: readonly number[], tableWidth: number): number[] {
	const widths = [...requested];
	const current = (): number => {
		let sum = 0;
		let visible = 0;
		for (const w of widths) {
			if (w > 0) {
				sum += w;
				visible++;
			}
		}
		return sum + Math.max(0, visible - 1);
	};
	if (widths.every(w => w > 0)) {
		if (current() <= tableWidth) return widths;
	} else {
		const fixed = widths.map(w => w > 0);
		for (let k = 0; k < widths.length; k++) if (widths[k]! <= 0) widths[k] = MIN_COLUMN_WIDTH;
		let available = tableWidth - current();
		if (available >= 0) {
			// Hand the room left out one cell at a time, left to right, to the columns without a width.
			while (available > 0) {
				for (let k = 0; k < widths.length && available > 0; k++) {
					if (fixed[k]) continue;
					widths[k]!++;
					available--;
				}
			}
			return widths;
		}
	}
	for (;;) {
		const excess = current() - tableWidth;
		if (excess <= 0) return widths;
		let last = widths.findIndex(w => w < 0);
		last = (last < 0 ? widths.length : last) - 1;
		if (last < 0) return widths;
		const shrunk = widths[last]! - excess;
		widths[last] = shrunk < MIN_COLUMN_WIDTH ? -1 : shrunk;
	}
}

export class TableLayout {
	readonly widths: number[];
	private readonly starts: number[];
	private readonly lastVisible: number;

	constructor(
		readonly columns: readonly TableColumn[],
		sample: readonly (readonly string[])[],
		readonly options: TableOptions,
	) {
		const requested = needsSample(columns, options.autosize)
			? sampleWidths(columns, sample)
			: columns.map(c => (c.width && c.width > 0 ? c.width : 0));
		this.widths = fitWidths(requested, options.width);
		this.starts = [];
		let start = 0;
		for (const w of this.widths) {
			this.starts.push(start);
			if (w > 0) start += w + 1;
		}
		this.lastVisible = this.widths.reduce((last, w, k) => (w > 0 ? k : last), -1);
	}

	private get disabled(): boolean {
		return this.lastVisible < 0;
	}

	/** The header rows: labels (wrapped to their columns) and dashes. */
	header(): string[] {
		if (this.disabled || this.options.hideHeaders) return [];
		const labels = this.columns.map(c => c.label);
		const lines = this.multiLineRow(labels, true);
		// The dashes are as wide as the label, or the column when the label is wider.
		const dashes = this.columns.map((c, k) => '-'.repeat(Math.min(this.widths[k]!, displayWidth(c.label))));
		lines.push(this.singleLineRow(dashes, true));
		return lines;
	}

	/** The screen lines of one row of cell texts. */
	row(cells: readonly string[]): string[] {
		if (this.disabled) return [];
		return this.options.wrap ? this.multiLineRow(cells, false) : [this.singleLineRow(cells, false)];
	}

	private singleLineRow(cells: readonly string[], isHeader: boolean): string {
		const color = this.options.color;
		let line = '';
		const last = this.widths.length - 1;
		for (let k = 0; k < this.widths.length; k++) {
			const width = this.widths[k]!;
			if (width <= 0) continue;
			if (k > 0) line += ' ';
			const align = this.columns[k]!.align;
			const value = firstLine(cells[k] ?? '');
			let field: string;
			if (k === this.lastVisible && !isHeader && displayWidth(value) > width) {
				// The last column may run on to the edge of the screen before it is cut.
				const room = Math.max(width, this.options.width - this.starts[k]!);
				field = align === 'right' ? truncateStart(value, room) : truncateEnd(value, room);
			} else {
				field = fitCell(value, width, align, k !== last);
			}
			if (isHeader && color) line += style.tableHeader + field + style.reset;
			else if (field.includes('\x1b') && !field.trimEnd().endsWith(style.reset)) line += field + style.reset;
			else line += field;
		}
		return line;
	}

	/** pwsh's GenerateTableRow: each field wrapped to its column, shorter fields padded with blanks. */
	private multiLineRow(cells: readonly string[], isHeader: boolean): string[] {
		const visible = this.widths.flatMap((w, k) => (w > 0 ? [k] : []));
		const fields = visible.map((k, i) => {
			const width = this.widths[k]!;
			const align = this.columns[k]!.align;
			const isLast = i === visible.length - 1;
			const lines = wrapText(cells[k] ?? '', width).map(l =>
				!isLast || align !== 'left' ? (displayWidth(l) < width ? fitCell(l, width, align, !isLast) : l) : l,
			);
			return lines.map(l => (i > 0 ? ' ' + l : l));
		});
		const rows = Math.max(...fields.map(f => f.length));
		const lastWithContent: number[] = [];
		for (let r = 0; r < rows; r++) {
			let last = 0;
			fields.forEach((f, i) => {
				if (f.length > r) last = i;
			});
			lastWithContent.push(last);
		}
		fields.forEach((f, i) => {
			const k = visible[i]!;
			const blanks = i < fields.length - 1 ? this.widths[k]! + (i > 0 ? 1 : 0) : 0;
			for (let r = f.length; r < rows; r++) f.push(i > lastWithContent[r]! ? '' : ' '.repeat(blanks));
		});
		const out: string[] = [];
		for (let r = 0; r < rows; r++) {
			let line = '';
			fields.forEach((f, i) => {
				let value = f[r]!;
				if (i === lastWithContent[r] && rows > 1) value = value.trimEnd();
				line += isHeader && this.options.color ? style.tableHeader + value + style.reset : value;
			});
			out.push(line);
		}
		return out;
	}
}
