// The prompt's text buffer: a value and a cursor (a UTF-16 offset that always sits on a grapheme boundary), with
// readline's edits. Pure functions, so every key is unit-tested without Ink. The buffer may hold several lines (a
// statement continued on `>> ` lines); Home/End and Ctrl+K/U work on the cursor's line, as PSReadLine does.
//
// Why not ink-text-input: it inserts the letter for Ctrl/Alt combinations (Ctrl+A types "a"), keeps its cursor
// where it was when the parent swaps in a longer value (history, completion), has no Home/End/Ctrl+K/U/W or forward
// delete, slices by UTF-16 unit (splitting emoji), and cannot show continuation lines. We keep its model — the
// parent owns the value, the editor only reports changes — and replace the part that handles keys.

export interface EditorState {
	value: string;
	cursor: number;
}

export const emptyEditor: EditorState = {value: '', cursor: 0};

export const editorAt = (value: string, cursor = value.length): EditorState => ({value, cursor: Math.max(0, Math.min(cursor, value.length))});

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Offsets of every grapheme boundary in `s`, 0 and s.length included. */
function boundaries(s: string): number[] {
	const out = [0];
	for (const seg of segmenter.segment(s)) if (seg.index > 0) out.push(seg.index);
	if (s.length > 0) out.push(s.length);
	return out;
}

function prevBoundary(s: string, at: number): number {
	let best = 0;
	for (const b of boundaries(s)) {
		if (b >= at) break;
		best = b;
	}
	return best;
}

function nextBoundary(s: string, at: number): number {
	for (const b of boundaries(s)) if (b > at) return b;
	return s.length;
}

const lineStart = (s: string, at: number): number => s.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (s: string, at: number): number => {
	const i = s.indexOf('\n', at);
	return i < 0 ? s.length : i;
};

const isWordChar = (ch: string): boolean => /[\p{L}\p{N}_$]/u.test(ch);

function wordStartBefore(s: string, at: number): number {
	let i = at;
	while (i > 0 && !isWordChar(s[i - 1]!)) i--;
	while (i > 0 && isWordChar(s[i - 1]!)) i--;
	return i;
}

function wordEndAfter(s: string, at: number): number {
	let i = at;
	while (i < s.length && !isWordChar(s[i]!)) i++;
	while (i < s.length && isWordChar(s[i]!)) i++;
	return i;
}

export const insert = ({value, cursor}: EditorState, text: string): EditorState => ({
	value: value.slice(0, cursor) + text + value.slice(cursor),
	cursor: cursor + text.length,
});

export const left = (s: EditorState): EditorState => ({...s, cursor: prevBoundary(s.value, s.cursor)});
export const right = (s: EditorState): EditorState => ({...s, cursor: nextBoundary(s.value, s.cursor)});
export const home = (s: EditorState): EditorState => ({...s, cursor: lineStart(s.value, s.cursor)});
export const end = (s: EditorState): EditorState => ({...s, cursor: lineEnd(s.value, s.cursor)});
export const wordLeft = (s: EditorState): EditorState => ({...s, cursor: wordStartBefore(s.value, s.cursor)});
export const wordRight = (s: EditorState): EditorState => ({...s, cursor: wordEndAfter(s.value, s.cursor)});

export function backspace(s: EditorState): EditorState {
	if (s.cursor === 0) return s;
	const from = prevBoundary(s.value, s.cursor);
	return {value: s.value.slice(0, from) + s.value.slice(s.cursor), cursor: from};
}

export function deleteForward(s: EditorState): EditorState {
	if (s.cursor >= s.value.length) return s;
	const to = nextBoundary(s.value, s.cursor);
	return {value: s.value.slice(0, s.cursor) + s.value.slice(to), cursor: s.cursor};
}

export function killToEnd(s: EditorState): EditorState {
	const to = lineEnd(s.value, s.cursor);
	return {value: s.value.slice(0, s.cursor) + s.value.slice(to), cursor: s.cursor};
}

export function killToStart(s: EditorState): EditorState {
	const from = lineStart(s.value, s.cursor);
	return {value: s.value.slice(0, from) + s.value.slice(s.cursor), cursor: from};
}

export function killWordBack(s: EditorState): EditorState {
	// Ctrl+W (unix-word-rubout) deletes back to the previous whitespace, so `-Name SMS_DMP` goes in one press.
	let i = s.cursor;
	while (i > 0 && /\s/.test(s.value[i - 1]!)) i--;
	while (i > 0 && !/\s/.test(s.value[i - 1]!)) i--;
	return {value: s.value.slice(0, i) + s.value.slice(s.cursor), cursor: i};
}

/** Whether the cursor is on the first / last line of a multi-line buffer (Up/Down then walk history). */
export const onFirstLine = (s: EditorState): boolean => !s.value.slice(0, s.cursor).includes('\n');
export const onLastLine = (s: EditorState): boolean => !s.value.slice(s.cursor).includes('\n');

/** Moves the cursor one line up or down, keeping its column where the line is long enough. */
export function lineUpDown(s: EditorState, dir: -1 | 1): EditorState {
	const start = lineStart(s.value, s.cursor);
	const column = s.cursor - start;
	if (dir < 0) {
		if (start === 0) return s;
		const prevStart = lineStart(s.value, start - 1);
		return {...s, cursor: Math.min(prevStart + column, start - 1)};
	}
	const endHere = lineEnd(s.value, s.cursor);
	if (endHere >= s.value.length) return s;
	const nextStart = endHere + 1;
	return {...s, cursor: Math.min(nextStart + column, lineEnd(s.value, nextStart))};
}

/** Pasted text as it goes into the buffer: CRLF and CR become LF, a trailing newline and tabs' surprises removed. */
export function normalizePaste(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '').replace(/\n+$/, '');
}
