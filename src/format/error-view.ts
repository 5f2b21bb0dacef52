// Error records as pwsh 7.5 shows them. ConciseView (the default): one line `Reason: message`, or, for an error
// with a position in a script (and for parse errors everywhere), the framed view with `Line |` and tildes under
// the offending text. NormalView and CategoryView as `$ErrorView` selects.

import type {ErrorRecord} from '../engine/errors.ts';
import {style} from './style.ts';
import {splitLines} from './width.ts';

export type ErrorView = 'prompt' | 'script';

/**
 * The prefix of a concise error: the command that failed (or could not be found), else the error's category
 * when it says something (`ParserError`, `InvalidOperation`, `InvalidArgument`), else the exception's short type name.
 * `throw` records carry OperationStopped, which pwsh does not show, so they fall to the exception type.
 */
export function errorReason(record: ErrorRecord): string {
	if (record.commandName) return record.commandName;
	// pwsh shows the name as it was typed (the invocation name), which a command-not-found error carries as its target.
	if (record.exceptionType === 'CommandNotFoundException' && typeof record.targetObject === 'string') return record.targetObject;
	if (record.category !== 'NotSpecified' && record.category !== 'OperationStopped') return record.category;
	return record.exceptionType;
}

/** Where the error is, as pwsh's PositionMessage computes it: line number, the line, and the span to underline. */
interface Located {
	lineNumber: number;
	line: string;
	column: number;
	length: number;
	file?: string;
}

function locate(record: ErrorRecord): Located | undefined {
	const position = record.position;
	if (!position) return undefined;
	const {source, extent} = position;
	const start = Math.max(0, Math.min(extent.start, source.length));
	const lineStart = source.lastIndexOf('\n', start - 1) + 1;
	let lineEnd = source.indexOf('\n', start);
	if (lineEnd < 0) lineEnd = source.length;
	let raw = source.slice(lineStart, lineEnd).replace(/\r$/, '').trimEnd();
	let column = start - lineStart;
	// A span over several lines is underlined to the end of its first line.
	let length = Math.min(extent.end, lineEnd) - start;
	if (extent.end > lineEnd) length = raw.length - column;
	// Tabs print as four blanks, and the tildes follow them.
	if (raw.includes('\t')) {
		const before = raw.slice(0, column).replace(/\t/g, '    ');
		const span = raw.slice(column, column + Math.max(0, length)).replace(/\t/g, '    ');
		raw = before + span + raw.slice(column + Math.max(0, length)).replace(/\t/g, '    ');
		column = before.length;
		length = span.length;
	}
	const lineNumber = source.slice(0, lineStart).split('\n').length;
	length = Math.max(1, length);
	// A very long line shows a window around the error, so a 5 MB one-liner gives a readable frame.
	if (raw.length > MAX_LINE) {
		const from = Math.max(0, Math.min(column - 40, raw.length - MAX_LINE));
		const to = Math.min(raw.length, from + MAX_LINE);
		const lead = from > 0 ? ELLIPSIS : '';
		raw = lead + raw.slice(from, to) + (to < raw.length ? ELLIPSIS : '');
		column = column - from + lead.length;
		length = Math.max(1, Math.min(length, raw.length - column));
	}
	return {lineNumber, line: visible(raw), column, length, file: position.file};
}

const MAX_LINE = 160;
const ELLIPSIS = '\u2026';

/** Control characters from the input would drive the terminal: each shows as one replacement character instead. */
const visible = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');

const paint = (text: string, code: string, color: boolean): string => (color ? code + text + style.reset : text);

/**
 * The lines pwsh's ConciseView prints for `record`. `prompt`: one line, unless it is a parse error or the error
 * is past the first line of the input; `script`: the framed view whenever the record knows its position.
 */
export function formatError(record: ErrorRecord, view: ErrorView, color: boolean): string[] {
	const reason = errorReason(record);
	const where = locate(record);
	const framed =
		where !== undefined && (view === 'script' || record.category === 'ParserError' || where.lineNumber > 1);
	const message = splitLines(visible(record.message));
	if (!framed) {
		const lines = [`${reason}: ${message[0]}`, ...message.slice(1)];
		return lines.map(l => paint(l, style.error, color));
	}
	return framedLines(reason, where!, message, color);
}

function framedLines(reason: string, where: Located, message: string[], color: boolean): string[] {
	const e = color ? style.error : '';
	const a = color ? style.errorAccent : '';
	const r = color ? style.reset : '';
	const digits = String(where.lineNumber).length;
	const headerPad = ' '.repeat(Math.max(0, digits - 4));
	const linePad = ' '.repeat(Math.max(0, 4 - digits));
	const prefix = `${a}${headerPad}     |${r} `;
	const {line, column, length} = where;
	const header = where.file ? `${e}${reason}: ${r}${where.file}:${where.lineNumber}` : `${e}${reason}:${r}`;
	// pwsh accents the offending span of the source line, unless the span is the whole line.
	const source =
		color && length < line.length
			? line.slice(0, column) + a + line.slice(column, column + length) + r + line.slice(column + length)
			: line;
	return [
		header,
		`${a}${headerPad}Line |${r}`,
		`${a}${linePad}${where.lineNumber} |${r}  ${source}`,
		`${prefix}${e} ${' '.repeat(column)}${'~'.repeat(length)}${r}`,
		...message.map(m => `${prefix}${e}${m}${r}`),
	];
}

/** `$ErrorView = 'NormalView'`: the Windows PowerShell 5.1 layout with `+ CategoryInfo` and `+ FullyQualifiedErrorId`. */
export function formatErrorNormalView(record: ErrorRecord, color: boolean): string[] {
	const message = splitLines(record.message);
	const lines = record.commandName ? [`${record.commandName} : ${message[0]}`, ...message.slice(1)] : [...message];
	const where = locate(record);
	if (where) {
		const at = where.file ? `At ${where.file}:${where.lineNumber}` : `At line:${where.lineNumber}`;
		lines.push(`${at} char:${where.column + 1}`, `+ ${where.line}`, `+ ${' '.repeat(where.column)}${'~'.repeat(where.length)}`);
	}
	lines.push(
		`    + CategoryInfo          : ${record.categoryInfo}`,
		`    + FullyQualifiedErrorId : ${record.fullyQualifiedErrorId}`,
	);
	return lines.map(l => paint(l, style.error, color));
}

/** `$ErrorView = 'CategoryView'`: the category line alone. */
export function formatErrorCategoryView(record: ErrorRecord, color: boolean): string[] {
	return [paint(record.categoryInfo, style.error, color)];
}
