// ConvertTo-Json's serializer, after pwsh 7's JsonObject over Newtonsoft.Json: objects and hashtables become
// JSON objects, collections arrays, dates ISO 8601 strings; anything nested deeper than the depth limit becomes
// its [string] form. Indented output uses two blanks, as pwsh 7 does.

import {toStr} from '../engine/convert.ts';
import {ErrorRecord} from '../engine/errors.ts';
import {PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, ScriptBlock} from '../engine/values.ts';
import {scriptBlockText} from './display.ts';

export const DEFAULT_JSON_DEPTH = 2;

export const depthWarning = (depth: number): string =>
	`Resulting JSON is truncated as serialization has exceeded the set depth of ${depth}.`;

export interface JsonOptions {
	/** Levels of nesting written as structure (pwsh's -Depth); deeper values are written as strings. */
	depth?: number;
	/** One line without blanks (-Compress). */
	compress?: boolean;
	/** Called once when something was cut at the depth limit. */
	onTruncated?: () => void;
}

/** A JSON tree with pwsh's ordering kept (JS objects would reorder integer-like keys). */
type Json = null | boolean | number | string | Json[] | {entries: [string, Json][]};

const two = (n: number): string => String(n).padStart(2, '0');

/** `yyyy-MM-ddTHH:mm:ss.FFFFFFF`: Newtonsoft's round-trip form of an unspecified-kind DateTime. */
export function isoDate(value: PSDateTime): string {
	const d = value.date;
	const base =
		`${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}` +
		`T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
	const ticks = Math.round((((value.ms % 1000) + 1000) % 1000) * 10_000);
	return ticks ? `${base}.${String(ticks).padStart(7, '0').replace(/0+$/, '')}` : base;
}

/** TimeSpan's public properties, in .NET's order. */
function timeSpanEntries(span: PSTimeSpan): [string, Json][] {
	const ms = span.ms;
	const part = (unit: number, modulo: number): number => Math.trunc(ms / unit) % modulo || 0;
	return [
		['Ticks', Math.round(ms * 10_000)],
		['Days', Math.trunc(ms / 86_400_000) || 0],
		['Hours', part(3_600_000, 24)],
		['Milliseconds', part(1, 1000)],
		['Microseconds', Math.trunc((ms * 1000) % 1000) || 0],
		['Nanoseconds', Math.trunc((ms * 1_000_000) % 1000) || 0],
		['Minutes', part(60_000, 60)],
		['Seconds', part(1000, 60)],
		['TotalDays', ms / 86_400_000],
		['TotalHours', ms / 3_600_000],
		['TotalMilliseconds', ms],
		['TotalMicroseconds', ms * 1000],
		['TotalNanoseconds', ms * 1_000_000],
		['TotalMinutes', ms / 60_000],
		['TotalSeconds', ms / 1000],
	];
}

interface Walk {
	depth: number;
	truncated: boolean;
}

function toTree(value: unknown, level: number, walk: Walk): Json {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') return value;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof PSDateTime) return isoDate(value);
	if (value instanceof PSGuid) return value.value;
	if (value instanceof ScriptBlock) return scriptBlockText(value);
	if (value instanceof ErrorRecord) {
		value = new PSObject('System.Management.Automation.ErrorRecord', {
			Exception: new PSObject('System.Exception', {Message: value.message}),
			TargetObject: value.targetObject,
			CategoryInfo: value.categoryInfo,
			FullyQualifiedErrorId: value.fullyQualifiedErrorId,
		});
	}
	if (!(Array.isArray(value) || value instanceof PSHashtable || value instanceof PSObject || value instanceof PSTimeSpan)) {
		return toStr(value);
	}
	// Structure deeper than the limit is written as its [string] form.
	if (level > walk.depth) {
		walk.truncated = true;
		return toStr(value);
	}
	if (Array.isArray(value)) return value.map(item => toTree(item, level + 1, walk));
	if (value instanceof PSTimeSpan) return {entries: timeSpanEntries(value)};
	const pairs = value instanceof PSHashtable ? value.entries().map(([k, v]) => [toStr(k), v] as const) : value.entries();
	return {entries: pairs.map(([k, v]) => [k, toTree(v, level + 1, walk)])};
}

/** JSON string escapes as Newtonsoft writes them: quotes, backslashes and control characters. */
export function quoteJson(s: string): string {
	let out = '"';
	for (const ch of s) {
		const code = ch.charCodeAt(0);
		if (ch === '"') out += '\\"';
		else if (ch === '\\') out += '\\\\';
		else if (ch === '\n') out += '\\n';
		else if (ch === '\r') out += '\\r';
		else if (ch === '\t') out += '\\t';
		else if (ch === '\b') out += '\\b';
		else if (ch === '\f') out += '\\f';
		else if (code < 0x20 || code === 0x85 || code === 0x2028 || code === 0x2029) out += '\\u' + code.toString(16).padStart(4, '0');
		else out += ch;
	}
	return out + '"';
}

/** A double as Newtonsoft writes it (.NET's round-trip digits, `E+21` exponents). */
export function jsonNumber(n: number): string {
	if (Number.isNaN(n)) return '"NaN"';
	if (!Number.isFinite(n)) return n > 0 ? '"Infinity"' : '"-Infinity"';
	const text = String(n);
	const e = text.indexOf('e');
	if (e < 0) return text;
	const exponent = text.slice(e + 1);
	const sign = exponent.startsWith('-') ? '-' : '+';
	return `${text.slice(0, e)}E${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
}

function write(tree: Json, indent: string, compress: boolean): string {
	if (tree === null) return 'null';
	if (typeof tree === 'boolean') return tree ? 'true' : 'false';
	if (typeof tree === 'number') return jsonNumber(tree);
	if (typeof tree === 'string') return quoteJson(tree);
	const inner = indent + '  ';
	if (Array.isArray(tree)) {
		if (tree.length === 0) return '[]';
		if (compress) return '[' + tree.map(t => write(t, '', true)).join(',') + ']';
		return '[\n' + tree.map(t => inner + write(t, inner, false)).join(',\n') + '\n' + indent + ']';
	}
	if (tree.entries.length === 0) return '{}';
	if (compress) return '{' + tree.entries.map(([k, v]) => quoteJson(k) + ':' + write(v, '', true)).join(',') + '}';
	return (
		'{\n' +
		tree.entries.map(([k, v]) => inner + quoteJson(k) + ': ' + write(v, inner, false)).join(',\n') +
		'\n' +
		indent +
		'}'
	);
}

/** ConvertTo-Json of one value (pass an array to get a JSON array). */
export function toJson(value: unknown, options: JsonOptions = {}): string {
	const walk: Walk = {depth: options.depth ?? DEFAULT_JSON_DEPTH, truncated: false};
	const tree = toTree(value, 0, walk);
	if (walk.truncated) options.onTruncated?.();
	return write(tree, '', options.compress ?? false);
}

/** Depth `-OutputFormat Json` writes to: deep enough for any record, shallow enough to stop a cycle. */
const LINE_DEPTH = 32;

/** One value as compact JSON on one line, with its contract property names (`-OutputFormat Json`). */
export function toJsonLine(value: unknown): string {
	return toJson(value, {depth: LINE_DEPTH, compress: true});
}
