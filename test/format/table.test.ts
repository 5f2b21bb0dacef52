import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {fitWidths, TableLayout, type TableColumn} from '../../src/format/table.ts';
import {layoutList} from '../../src/format/list.ts';

const left = (label: string, width?: number): TableColumn => ({label, width, align: 'left'});
const right = (label: string, width?: number): TableColumn => ({label, width, align: 'right'});

describe('column widths (pwsh ColumnWidthManager)', () => {
	it('keeps widths that fit', () => {
		assert.deepEqual(fitWidths([5, 10], 80), [5, 10]);
	});

	it('gives the room left to the columns without a width', () => {
		assert.deepEqual(fitWidths([30, 0], 80), [30, 49]);
		// One cell at a time, left to right.
		assert.deepEqual(fitWidths([0, 10, 0], 20), [4, 10, 4]);
	});

	it('shrinks the last column to fit, then hides it when it cannot', () => {
		assert.deepEqual(fitWidths([10, 20, 30], 40), [10, 20, 8]);
		assert.deepEqual(fitWidths([30, 20, 30], 40), [30, 9, -1]);
	});
});

describe('table layout', () => {
	it('sizes from the data when the first column has no width', () => {
		const layout = new TableLayout([left('A'), right('Count')], [['long value', '7']], {width: 80, color: false});
		assert.deepEqual(layout.header(), ['A          Count', '-          -----']);
		assert.deepEqual(layout.row(['long value', '7']), ['long value     7']);
	});

	it('uses the widths a view sets', () => {
		const layout = new TableLayout([right('Id', 4), right('Duration', 12), left('CommandLine')], [], {width: 80, color: false});
		assert.deepEqual(layout.header(), ['  Id     Duration CommandLine', '  --     -------- -----------']);
		assert.deepEqual(layout.row(['1', '0.012', 'Get-ScpStatus']), ['   1        0.012 Get-ScpStatus']);
	});

	it('wraps a label wider than its column and cuts its dashes to the column', () => {
		const layout = new TableLayout([left('Long Header', 4), left('B', 3)], [], {width: 80, color: false});
		// As pwsh's word wrap: a word wider than the line is cut cell by cell, its trailing blank included.
		assert.deepEqual(layout.header(), ['Long B', ' Hea', 'der', '---- -']);
	});

	it('cuts right-aligned values from the left', () => {
		const layout = new TableLayout([right('N', 4), left('X', 2)], [], {width: 80, color: false});
		assert.deepEqual(layout.row(['123456', 'x']), ['…456 x']);
	});

	it('wraps values with -Wrap', () => {
		const layout = new TableLayout([left('Name', 6), left('Text', 10)], [], {width: 80, color: false, wrap: true});
		assert.deepEqual(layout.row(['ab', 'one two three']), ['ab     one two', '       three']);
	});

	it('hides the headers with -HideTableHeaders', () => {
		const layout = new TableLayout([left('A')], [['x']], {width: 80, color: false, hideHeaders: true});
		assert.deepEqual(layout.header(), []);
	});

	it('colours each header cell', () => {
		const layout = new TableLayout([left('A'), left('B')], [['1', '2']], {width: 80, color: true});
		assert.deepEqual(layout.header(), [
			'\x1b[32;1mA\x1b[0m\x1b[32;1m B\x1b[0m',
			'\x1b[32;1m-\x1b[0m \x1b[32;1m-\x1b[0m',
		]);
	});
});

describe('list layout', () => {
	it('pads labels to the longest and continues embedded lines under the value', () => {
		assert.deepEqual(
			layoutList([{label: 'Name', value: 'PS1'}, {label: 'Description', value: 'line one\nline two'}], 80, false),
			['Name        : PS1', 'Description : line one', '              line two'],
		);
	});
});
