// Tab cycling and the Ctrl+Space menu over one completion result. The candidates always replace the same range of
// the line as it was when Tab was first pressed, so cycling walks through them rather than completing completions.

import type {CompletionResult} from '../engine/completion.ts';
import type {EditorState} from './line-editor.ts';

export interface CompletionCycle {
	result: CompletionResult;
	/** The line before the first Tab. */
	original: EditorState;
	/** The candidate applied; -1 = none yet (the menu before a move). */
	index: number;
	/** Shown as a menu (Ctrl+Space) rather than cycled inline. */
	menu: boolean;
}

/** The line with candidate `index` in place of the word, the cursor after it. */
export function applyCandidate(cycle: CompletionCycle, index: number): EditorState {
	const {value} = cycle.original;
	const {replaceStart, replaceEnd, candidates} = cycle.result;
	if (index < 0) return cycle.original;
	const text = candidates[index]!.text;
	return {value: value.slice(0, replaceStart) + text + value.slice(replaceEnd), cursor: replaceStart + text.length};
}

export const step = (cycle: CompletionCycle, by: number): CompletionCycle => {
	const n = cycle.result.candidates.length;
	const from = cycle.index < 0 ? (by > 0 ? -1 : 0) : cycle.index;
	return {...cycle, index: (((from + by) % n) + n) % n};
};

/** The longest common prefix (case-insensitive) of all candidates, for the menu's first Tab. */
export function commonPrefix(texts: readonly string[]): string {
	if (texts.length === 0) return '';
	let prefix = texts[0]!;
	for (const t of texts.slice(1)) {
		let i = 0;
		while (i < prefix.length && i < t.length && prefix[i]!.toLowerCase() === t[i]!.toLowerCase()) i++;
		prefix = prefix.slice(0, i);
	}
	return prefix;
}
