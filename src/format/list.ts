// List layout, after pwsh's ListWriter: `Label : value`, labels padded to the longest, values wrapped to the
// room left and continued under the value column.

import {style} from './style.ts';
import {clip, displayWidth, splitLines, wrapText} from './width.ts';

export interface ListEntry {
	label: string;
	value: string;
}

const SEPARATOR = ' : ';

/** The lines of one object in list form (no blank lines around it). */
export function layoutList(entries: readonly ListEntry[], width: number, color: boolean): string[] {
	if (entries.length === 0) return [];
	// Below this there is no room for a label, the separator and one cell of value: pwsh shows nothing.
	if (width - SEPARATOR.length - 2 < 0) return [];
	const maxLabel = width - SEPARATOR.length - 1;
	let labelWidth = Math.min(maxLabel, Math.max(...entries.map(e => displayWidth(e.label))));
	const labels = entries.map(e => {
		const w = displayWidth(e.label);
		const label = w > labelWidth ? clip(e.label, labelWidth) : e.label + ' '.repeat(labelWidth - w);
		return label + SEPARATOR;
	});
	labelWidth += SEPARATOR.length;
	const padding = ' '.repeat(labelWidth);
	const accent = (s: string): string => (color ? style.formatAccent + s + style.reset : s);
	const out: string[] = [];
	entries.forEach((entry, k) => {
		splitLines(entry.value).forEach((line, i) => {
			const prefix = i === 0 ? labels[k]! : padding;
			wrapText(line, width - labelWidth).forEach((part, j) => {
				// pwsh colours the prefix of each value line, and only an empty accent on wrapped continuations.
				out.push(j === 0 ? accent(prefix) + part : padding + (color ? style.formatAccent + style.reset : '') + part);
			});
		});
	});
	return out;
}
