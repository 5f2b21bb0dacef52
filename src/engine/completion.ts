// Tab completion: one engine for the TUI's Tab/Ctrl+Space and for the launcher's `scpsh --complete <line> <cursor>`.
// It reads the line with its own small scanner rather than the parser: a line being typed is almost always
// unfinished (an open quote, a dangling `-`), and completion must still know which command and argument the cursor
// is in. Candidates come from the command table and the cmdlets' declarative parameter definitions.

import {readdirSync, statSync} from 'node:fs';
import {dirname, basename, join, sep} from 'node:path';
import Fuse from 'fuse.js';
import type {CommandInfo, ParameterDef, Session} from './command.ts';
import {commonParameters, shouldProcessParameters} from './common-parameters.ts';
import {signatureOf} from './function-signature.ts';

export type CompletionKind = 'Command' | 'Parameter' | 'Value' | 'Variable' | 'File';

export interface CompletionCandidate {
	/** What replaces [replaceStart, replaceEnd), quoted where needed. */
	text: string;
	kind: CompletionKind;
	description?: string;
}

export interface CompletionResult {
	replaceStart: number;
	replaceEnd: number;
	candidates: CompletionCandidate[];
}

/** What completion needs of a session; a Runtime is one. */
export type CompletionSession = Pick<Session, 'listCommands' | 'resolveCommand' | 'listVariables'> & Partial<Session>;

// ---- scanning the line -----------------------------------------------------------------------------------------

interface Word {
	text: string;
	start: number;
	end: number;
	/** The word begins with a quote (its text keeps the quote). */
	quote?: '"' | "'";
}

const SEPARATORS = new Set(['|', ';', '{', '}', '(', ')', '\n', '\r']);
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t';

/**
 * Splits the line up to `end` into words, and returns the words of the last command segment (what follows the last
 * `|`, `;`, brace, parenthesis or newline outside quotes). A word with an unclosed quote runs to `end`.
 */
function scanSegment(line: string, end: number): Word[] {
	let words: Word[] = [];
	let i = 0;
	while (i < end) {
		const ch = line[i]!;
		if (isSpace(ch)) {
			i++;
			continue;
		}
		if (SEPARATORS.has(ch) || (ch === '&' && line[i + 1] === '&')) {
			words = [];
			i += ch === '&' ? 2 : 1;
			continue;
		}
		const start = i;
		let quote: Word['quote'];
		while (i < end) {
			const c = line[i]!;
			if (c === '`') {
				i += 2;
				continue;
			}
			if (c === "'" || c === '"') {
				if (i === start) quote = c;
				const close = findClose(line, i + 1, c, end);
				i = close < 0 ? end : close + 1;
				continue;
			}
			if (isSpace(c) || SEPARATORS.has(c)) break;
			i++;
		}
		i = Math.min(i, end);
		words.push({text: line.slice(start, i), start, end: i, quote});
	}
	return words;
}

/** Index of the closing quote, or -1 when the string is still open before `end`. `''` inside '...' is one quote. */
function findClose(line: string, from: number, q: string, end: number): number {
	for (let j = from; j < end; j++) {
		const c = line[j]!;
		if (c === '`' && q === '"') {
			j++;
			continue;
		}
		if (c === q) {
			if (line[j + 1] === q && j + 1 < end) {
				j++;
				continue;
			}
			return j;
		}
	}
	return -1;
}

/** The end of the word the cursor is in: completion replaces the whole word, as PSReadLine does. */
function wordEnd(line: string, cursor: number, inQuote: boolean): number {
	let i = cursor;
	if (inQuote) return i;
	while (i < line.length && !isSpace(line[i]!) && !SEPARATORS.has(line[i]!)) i++;
	return i;
}

// ---- ranking ---------------------------------------------------------------------------------------------------

/** Exact (case-insensitive) prefix matches first, in the order given; then fuse.js fuzzy matches, best first. */
export function rank<T extends {text: string}>(items: readonly T[], typed: string, keyOf: (item: T) => string = i => i.text): T[] {
	if (typed === '') return [...items];
	const lower = typed.toLowerCase();
	const prefix: T[] = [];
	const rest: T[] = [];
	for (const item of items) (keyOf(item).toLowerCase().startsWith(lower) ? prefix : rest).push(item);
	if (rest.length === 0 || typed.length < 2) return prefix;
	const fuse = new Fuse(rest, {keys: [{name: 'key', getFn: (item: T) => keyOf(item)}], threshold: 0.34, ignoreLocation: true, includeScore: true});
	const fuzzy = fuse.search(typed).map(r => r.item);
	return [...prefix, ...fuzzy];
}

const dedupe = (items: CompletionCandidate[]): CompletionCandidate[] => {
	const seen = new Set<string>();
	return items.filter(c => {
		const k = c.text.toLowerCase();
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
};

// ---- quoting ---------------------------------------------------------------------------------------------------

const NEEDS_QUOTES = /[\s'"`$|;&(){}@#,<>]/;

/** A value as it must be typed: bare when it can be, else single-quoted with '' for a quote. */
export function quoteValue(value: string, quote?: '"' | "'"): string {
	if (quote === '"') return `"${value.replace(/(["`$])/g, '`$1')}"`;
	if (quote === "'" || NEEDS_QUOTES.test(value) || value === '') return `'${value.replace(/'/g, "''")}'`;
	return value;
}

/** The text a quoted word stands for, so far (the closing quote may be missing). */
function unquote(word: Word): string {
	if (!word.quote) return word.text;
	let body = word.text.slice(1);
	if (body.endsWith(word.quote)) body = body.slice(0, -1);
	return word.quote === "'" ? body.replace(/''/g, "'") : body.replace(/`(.)/g, '$1');
}

// ---- the command under the cursor --------------------------------------------------------------------------------

interface Signature {
	parameters: ParameterDef[];
}

function signatureFor(info: CommandInfo | undefined): Signature | undefined {
	if (!info) return undefined;
	if (info.def) {
		const own = info.def.parameters.filter(p => !p.hidden);
		const extra = info.def.supportsShouldProcess ? shouldProcessParameters : [];
		return {parameters: [...own, ...extra, ...commonParameters]};
	}
	if (info.scriptBlock) {
		try {
			const sig = signatureOf(info.name, info.scriptBlock.ast);
			const extra = sig.advanced ? [...(sig.supportsShouldProcess ? shouldProcessParameters : []), ...commonParameters] : [];
			return {parameters: [...sig.parameters.filter(p => !p.hidden), ...extra]};
		} catch {
			return undefined;
		}
	}
	return undefined;
}

/** A parameter named by what was typed after `-`: exact name or alias first, then a unique prefix. */
function findParameter(sig: Signature, typed: string): ParameterDef | undefined {
	const t = typed.toLowerCase();
	const exact = sig.parameters.find(p => p.name.toLowerCase() === t || (p.aliases ?? []).some(a => a.toLowerCase() === t));
	if (exact) return exact;
	const byPrefix = sig.parameters.filter(p => p.name.toLowerCase().startsWith(t));
	return byPrefix.length === 1 ? byPrefix[0] : undefined;
}

const isParameterWord = (w: Word): boolean => !w.quote && /^-[A-Za-z_?]/.test(w.text);

/** The command's arguments before the current one: which parameters are bound, and how many positionals are given. */
function boundSoFar(sig: Signature, args: Word[]): {bound: Set<string>; positional: number; pendingValueOf?: ParameterDef} {
	const bound = new Set<string>();
	let positional = 0;
	let pending: ParameterDef | undefined;
	for (const w of args) {
		if (pending) {
			bound.add(pending.name);
			pending = undefined;
			continue;
		}
		if (isParameterWord(w)) {
			const colon = w.text.indexOf(':');
			const p = findParameter(sig, w.text.slice(1, colon < 0 ? undefined : colon));
			if (!p) continue;
			bound.add(p.name);
			if (colon < 0 && p.type !== 'switch') pending = p;
			continue;
		}
		positional++;
	}
	return {bound, positional, pendingValueOf: pending};
}

// ---- candidate sources -------------------------------------------------------------------------------------------

function commandCandidates(session: CompletionSession): CompletionCandidate[] {
	const list = session.listCommands().map(c => ({
		text: c.name,
		kind: 'Command' as const,
		description: c.commandType === 'Alias' ? `Alias -> ${c.definition ?? ''}` : (c.def?.synopsis ?? c.commandType),
	}));
	list.sort((a, b) => a.text.localeCompare(b.text, 'en', {sensitivity: 'base'}));
	return list;
}

function parameterCandidates(sig: Signature, bound: Set<string>): CompletionCandidate[] {
	return sig.parameters
		.filter(p => !bound.has(p.name))
		.map(p => ({text: `-${p.name}`, kind: 'Parameter' as const, description: p.type === 'switch' ? `[switch] ${p.help}` : `[${p.type}] ${p.help}`}));
}

function valuesOf(p: ParameterDef, session: CompletionSession): string[] | undefined {
	const out: string[] = [...(p.validateSet ?? [])];
	if (p.complete) {
		try {
			out.push(...p.complete(session as Session));
		} catch {
			// A completer that fails (no site loaded yet) offers nothing rather than breaking the prompt.
		}
	}
	if (p.type === 'bool') out.push('$true', '$false');
	return out.length > 0 || p.validateSet || p.complete ? out : undefined;
}

function variableCandidates(session: CompletionSession, typedName: string, braced: boolean): CompletionCandidate[] {
	const seen = new Set<string>();
	const list: CompletionCandidate[] = [];
	for (const v of session.listVariables()) {
		const key = v.name.toLowerCase();
		if (seen.has(key)) continue;
		seen.add(key);
		const plain = /^[\w?:]+$/.test(v.name);
		const text = braced || !plain ? `\${${v.name}}` : `$${v.name}`;
		list.push({text, kind: 'Variable', description: describeValue(v.value)});
	}
	list.sort((a, b) => a.text.localeCompare(b.text, 'en', {sensitivity: 'base'}));
	return rank(list, typedName, c => c.text.replace(/^\$\{?/, ''));
}

function describeValue(v: unknown): string {
	if (v === null || v === undefined) return '$null';
	if (Array.isArray(v)) return `array (${v.length})`;
	return typeof v === 'object' ? ((v as object).constructor?.name ?? 'object') : typeof v;
}

/** Files and folders of the real file system (for -File, -Path and the like): only where no value list exists. */
function fileCandidates(typed: string, quote?: '"' | "'"): CompletionCandidate[] {
	try {
		const hasDir = typed.includes('/') || typed.includes('\\');
		const dir = hasDir ? dirname(typed.replace(/\\/g, '/')) : '.';
		const base = hasDir ? basename(typed.replace(/\\/g, '/')) : typed;
		if (typed.endsWith('/') || typed.endsWith('\\')) return listDir(typed, '', quote);
		return listDir(dir === '.' && !typed.startsWith('./') ? '' : `${dir}/`, base, quote);
	} catch {
		return [];
	}
}

function listDir(prefix: string, base: string, quote?: '"' | "'"): CompletionCandidate[] {
	const dir = prefix === '' ? '.' : prefix;
	const names = readdirSync(dir).filter(n => n.toLowerCase().startsWith(base.toLowerCase()) && (base.startsWith('.') || !n.startsWith('.')));
	names.sort();
	return names.slice(0, 200).map(n => {
		let isDir = false;
		try {
			isDir = statSync(join(dir, n)).isDirectory();
		} catch {
			// Broken link: offer it as a file.
		}
		const full = prefix + n + (isDir ? sep : '');
		return {text: quoteValue(full, quote), kind: 'File' as const, description: isDir ? 'Directory' : 'File'};
	});
}

// ---- the entry point ---------------------------------------------------------------------------------------------

/** Completions for the word at `cursor` in `line`. An empty candidate list means there is nothing to offer. */
export function complete(session: CompletionSession, line: string, cursor: number): CompletionResult {
	cursor = Math.max(0, Math.min(cursor, line.length));
	const words = scanSegment(line, cursor);
	const last = words[words.length - 1];
	const inWord = last !== undefined && last.end === cursor;
	const current: Word = inWord ? last : {text: '', start: cursor, end: cursor};
	const before = inWord ? words.slice(0, -1) : words;
	const openQuote = current.quote !== undefined && findClose(line, current.start + 1, current.quote, cursor) < 0;
	const replaceEnd = wordEnd(line, cursor, openQuote);
	const none: CompletionResult = {replaceStart: current.start, replaceEnd, candidates: []};

	// Variables: `$na`, `${na`, also as a parameter value.
	const varMatch = /^\$(\{?)([\w?:]*)$/.exec(current.text);
	if (varMatch) {
		return {replaceStart: current.start, replaceEnd, candidates: variableCandidates(session, varMatch[2]!, varMatch[1] === '{')};
	}

	// Command position: the first word of the segment, after an optional `&`/`.` call operator or an assignment.
	let head = 0;
	if (before[0] && (before[0].text === '&' || before[0].text === '.')) head = 1;
	if (before[0]?.text.startsWith('$') && before[1] && /^[-+*/%]?=$/.test(before[1].text)) head = 2;
	if (before.length === head) {
		if (current.quote || /^[\d.]/.test(current.text)) return none;
		return {replaceStart: current.start, replaceEnd, candidates: dedupe(rank(commandCandidates(session), current.text))};
	}

	const commandWord = before[head]!;
	const info = session.resolveCommand(unquote(commandWord));
	const sig = signatureFor(info);
	const args = before.slice(head + 1);

	// `-Name:Val` completes the value after the colon.
	if (sig && isParameterWord(current) && current.text.includes(':')) {
		const colon = current.text.indexOf(':');
		const p = findParameter(sig, current.text.slice(1, colon));
		const values = p && valuesOf(p, session);
		if (!values) return none;
		const typed = current.text.slice(colon + 1);
		const cands = rank(values.map(v => ({text: quoteValue(v), kind: 'Value' as const})), typed);
		return {replaceStart: current.start + colon + 1, replaceEnd, candidates: dedupe(cands)};
	}

	// Parameter names after `-`.
	if (isParameterWord(current) || current.text === '-') {
		if (!sig) return none;
		const {bound} = boundSoFar(sig, args);
		const typed = current.text.slice(1);
		const cands = rank(parameterCandidates(sig, bound), typed, c => c.text.slice(1));
		return {replaceStart: current.start, replaceEnd, candidates: cands};
	}

	// A value: for the parameter just named, or for the next positional parameter.
	const typed = unquote(current);
	let param: ParameterDef[] = [];
	if (sig) {
		const {bound, positional, pendingValueOf} = boundSoFar(sig, args);
		if (pendingValueOf) param = [pendingValueOf];
		else param = sig.parameters.filter(p => p.position === positional && !bound.has(p.name));
	}
	const values: string[] = [];
	let hasSource = false;
	for (const p of param) {
		const v = valuesOf(p, session);
		if (v) {
			hasSource = true;
			values.push(...v);
		}
	}
	if (!hasSource) {
		const files = fileCandidates(typed, current.quote);
		return {replaceStart: current.start, replaceEnd, candidates: files};
	}
	const cands = rank(
		values.map(v => ({text: quoteValue(v, current.quote), kind: 'Value' as const, value: v})),
		typed,
		c => c.value,
	).map(({text, kind}) => ({text, kind}));
	return {replaceStart: current.start, replaceEnd, candidates: dedupe(cands)};
}
