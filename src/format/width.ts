// Display width of text in terminal cells, and the cutting, padding and wrapping built on it.
// East Asian wide and fullwidth characters take two cells, combining marks and ANSI escape sequences none.

export const ELLIPSIS = '\u2026';

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/y;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\ufe00-\ufe0f]/u;

// Wide ranges (inclusive), after Unicode's EastAsianWidth W and F classes, folded to the blocks that matter.
const WIDE: readonly [number, number][] = [
	[0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
	[0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
	[0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
	[0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
	[0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
	[0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x303e],
	[0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
	[0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x18cff],
	[0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a],
	[0x1f200, 0x1f2ff], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff],
	[0x1fa70, 0x1faff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(cp: number): boolean {
	if (cp < 0x1100) return false;
	let lo = 0;
	let hi = WIDE.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const [start, end] = WIDE[mid]!;
		if (cp < start) hi = mid - 1;
		else if (cp > end) lo = mid + 1;
		else return true;
	}
	return false;
}

/** Cells one character (a code point, as a string) takes. */
export function charWidth(ch: string): number {
	const cp = ch.codePointAt(0) ?? 0;
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
	if (cp < 0x300) return 1;
	if (ZERO_WIDTH.test(ch)) return 0;
	return isWide(cp) ? 2 : 1;
}

/** Splits text into escape sequences (zero width) and single characters. */
function* tokens(s: string): Generator<{text: string; ansi: boolean}> {
	let i = 0;
	while (i < s.length) {
		if (s.charCodeAt(i) === 0x1b) {
			ANSI.lastIndex = i;
			const m = ANSI.exec(s);
			if (m) {
				yield {text: m[0], ansi: true};
				i += m[0].length;
				continue;
			}
		}
		const cp = s.codePointAt(i)!;
		const ch = String.fromCodePoint(cp);
		yield {text: ch, ansi: false};
		i += ch.length;
	}
}

export function stripAnsi(s: string): string {
	if (!s.includes('\x1b')) return s;
	let out = '';
	for (const t of tokens(s)) if (!t.ansi) out += t.text;
	return out;
}

export function displayWidth(s: string): number {
	let width = 0;
	// Fast path: printable ASCII is one cell a character.
	if (/^[\x20-\x7e]*$/.test(s)) return s.length;
	for (const t of tokens(s)) if (!t.ansi) width += charWidth(t.text);
	return width;
}

const RESET = '\x1b[0m';

/** The head of `s` that fits in `width` cells (escape sequences kept, a reset added if any was cut into). */
function head(s: string, width: number): string {
	let out = '';
	let used = 0;
	let sawAnsi = false;
	for (const t of tokens(s)) {
		if (t.ansi) {
			out += t.text;
			sawAnsi = true;
			continue;
		}
		const w = charWidth(t.text);
		if (used + w > width) break;
		out += t.text;
		used += w;
	}
	return sawAnsi && !out.endsWith(RESET) ? out + RESET : out;
}

/** The tail of `s` that fits in `width` cells. */
function tail(s: string, width: number): string {
	const parts = [...tokens(s)];
	let out = '';
	let used = 0;
	for (let i = parts.length - 1; i >= 0; i--) {
		const t = parts[i]!;
		if (t.ansi) {
			out = t.text + out;
			continue;
		}
		const w = charWidth(t.text);
		if (used + w > width) break;
		out = t.text + out;
		used += w;
	}
	return out;
}

/** The head of `s` that fits in `width` cells, without an ellipsis (pwsh clips list labels so). */
export const clip = (s: string, width: number): string => (displayWidth(s) <= width ? s : head(s, width));

/** Cuts `s` to `width` cells, ending in `…` when anything was cut (as pwsh does for left-aligned cells). */
export function truncateEnd(s: string, width: number): string {
	if (width <= 0) return '';
	if (displayWidth(s) <= width) return s;
	// pwsh keeps the ellipsis only when at least one real character fits before it.
	return width - 1 > 0 ? head(s, width - 1) + ELLIPSIS : head(s, width);
}

/** Cuts `s` to `width` cells from the left, starting with `…` (pwsh's right-aligned cells keep the tail). */
export function truncateStart(s: string, width: number): string {
	if (width <= 0) return '';
	if (displayWidth(s) <= width) return s;
	return width - 1 > 0 ? ELLIPSIS + tail(s, width - 1) : tail(s, width);
}

export function padEnd(s: string, width: number): string {
	const w = displayWidth(s);
	return w >= width ? s : s + ' '.repeat(width - w);
}

export function padStart(s: string, width: number): string {
	const w = displayWidth(s);
	return w >= width ? s : ' '.repeat(width - w) + s;
}

export type Alignment = 'left' | 'right' | 'center';

/**
 * One table cell, as pwsh's TableWriter lays it out: cut to the width (head kept for left/center, tail for right),
 * then padded; `pad` false leaves a short left-aligned value unpadded (the last column has no trailing blanks).
 */
export function fitCell(value: string, width: number, align: Alignment, pad: boolean): string {
	let s = value;
	const w = displayWidth(s);
	if (w > width) s = align === 'right' ? truncateStart(s, width) : truncateEnd(s, width);
	const gap = width - displayWidth(s);
	if (gap <= 0) return s;
	if (align === 'right') return ' '.repeat(gap) + s;
	if (align === 'center') {
		const left = Math.floor(gap / 2);
		return ' '.repeat(left) + s + (pad ? ' '.repeat(gap - left) : '');
	}
	return pad ? s + ' '.repeat(gap) : s;
}

/** Splits on `\n` (dropping `\r`), as pwsh's StringManipulationHelper.SplitLines. */
export function splitLines(s: string): string[] {
	return s.replace(/\r/g, '').split('\n');
}

/** The first line of `s`, with `…` when more followed (pwsh's TruncateAtNewLine for table cells). */
export function firstLine(s: string): string {
	const i = s.search(/[\r\n]/);
	return i < 0 ? s : s.slice(0, i) + ELLIPSIS;
}

/**
 * Word wrap as pwsh's GenerateLinesWithWordWrap: each line of `s` is split on blanks into words that keep their
 * trailing blank; a word wider than a whole line is cut character by character.
 */
export function wrapText(s: string, firstWidth: number, nextWidth = firstWidth): string[] {
	const out: string[] = [];
	if (s === '') return [''];
	for (const line of splitLines(s)) {
		if (displayWidth(line) <= firstWidth) {
			out.push(line);
			continue;
		}
		let lineWidth = firstWidth;
		let left = firstWidth;
		let first = true;
		let current = '';
		const words = line.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? [line];
		const nextLine = (): void => {
			out.push(current);
			current = '';
			if (first) {
				first = false;
				lineWidth = nextWidth;
			}
			left = lineWidth;
		};
		for (const word of words) {
			if (lineWidth <= 0) break;
			const ww = displayWidth(word);
			if (ww > lineWidth) {
				for (const t of tokens(word)) {
					let ch = t.text;
					let cw = t.ansi ? 0 : charWidth(ch);
					if (cw > lineWidth) {
						ch = '?';
						cw = 1;
					}
					if (cw > left) nextLine();
					current += ch;
					left -= cw;
				}
			} else {
				if (ww > left) nextLine();
				current += word;
				left -= ww;
			}
		}
		out.push(current);
	}
	return out;
}
