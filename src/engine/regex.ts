// .NET regular expressions on JavaScript's engine: the pattern is translated once (and cached) so that what
// differs between the two (group numbering, `$` before a final newline, `.` and `\n`, `\A \z \Z`, atomic groups,
// inline options, literal braces) behaves as in .NET. Replacement strings and Split follow .NET too.
//
// Known differences: `\d` and `\b` stay ASCII (as in JS); `\w` is Unicode as in .NET. Conditionals, balancing
// groups, `\G`, character-class subtraction and inline options other than at the start (or restating the
// current options) are refused with an error rather than matched differently.

import {PSHashtable} from './values.ts';

/** RegexOptions as letters: i IgnoreCase, m Multiline, s Singleline, n ExplicitCapture, x IgnorePatternWhitespace. */
export type RegexFlags = string;

/** A pattern .NET would refuse (or one this translation cannot honour). `offset` is where .NET would say it failed. */
export class RegexSyntaxError extends Error {
	constructor(
		readonly detail: string,
		readonly offset: number,
	) {
		super(detail);
	}
}

interface NetGroup {
	/** .NET group number; 0 is the whole match. */
	number: number;
	/** Set for named groups. */
	name?: string;
	/** The JS capture indexes that fill this group (a name may be used twice in .NET). */
	js: number[];
}

export interface CompiledRegex {
	readonly pattern: string;
	readonly flags: RegexFlags;
	/** Global and Unicode: set lastIndex before each exec. */
	readonly re: RegExp;
	/** Groups in .NET's GetGroupNames order: 0, the unnamed ones, then the named ones. */
	readonly groups: NetGroup[];
	readonly byNumber: Map<number, NetGroup>;
	readonly byName: Map<string, NetGroup>;
	/** Compiled replacement strings, by text. */
	readonly replacements: Map<string, ReplacementPart[]>;
	/** The same pattern with the `d` flag, made on first need (group positions for Match objects). */
	withIndices?: RegExp;
}

// ---- Translation ----------------------------------------------------------------------------------

const UNICODE_WORD = '\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}';
const SYNTAX_CHARS = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);
const OPTION_LETTERS = /^[imnsx]*$/;

interface Options {
	i: boolean;
	m: boolean;
	s: boolean;
	n: boolean;
	x: boolean;
}

type Part = string | {backref: number} | {backrefName: string; at: number} | {atomicEnd: number};

/** One JS capture in the translated pattern. */
interface JsGroup {
	name?: string;
	/** Atomic-group helpers are captures .NET never sees. */
	hidden: boolean;
}

function applyOptions(options: Options, on: string, off: string): Options {
	const next = {...options};
	for (const letter of on) next[letter as keyof Options] = true;
	for (const letter of off) next[letter as keyof Options] = false;
	return next;
}

/** Escapes one literal character for a JS pattern in Unicode mode (which refuses needless escapes). */
function literal(ch: string, inClass: boolean): string {
	if (SYNTAX_CHARS.has(ch) || (inClass && ch === '-')) return `\\${ch}`;
	return ch;
}

function hex2(code: number): string {
	return `\\u${code.toString(16).padStart(4, '0')}`;
}

class Translator {
	private i = 0;
	private readonly parts: Part[] = [];
	private readonly jsGroups: JsGroup[] = [];
	/** For each open group: the JS index of an atomic helper capture, or 0. */
	private readonly open: number[] = [];
	private options: Options;
	/** Whether the last thing emitted can take a quantifier. */
	private atom = false;

	constructor(
		private readonly pattern: string,
		options: Options,
	) {
		this.options = options;
	}

	translate(): {source: string; jsGroups: JsGroup[]; options: Options} {
		const {pattern} = this;
		// Options at the very start become flags for the whole pattern.
		for (;;) {
			const match = /^\(\?([imnsx]*)(?:-([imnsx]*))?\)/.exec(pattern.slice(this.i));
			if (!match || (!match[1] && !match[2])) break;
			this.options = applyOptions(this.options, match[1] ?? '', match[2] ?? '');
			this.i += match[0].length;
		}
		while (this.i < pattern.length) this.step();
		if (this.open.length) throw new RegexSyntaxError("Not enough )'s.", pattern.length);
		return {source: this.resolve(), jsGroups: this.jsGroups, options: this.options};
	}

	private emit(part: Part, atom: boolean): void {
		this.parts.push(part);
		this.atom = atom;
	}

	private step(): void {
		const {pattern} = this;
		const ch = pattern[this.i]!;
		if (this.options.x && /\s/.test(ch)) {
			this.i++;
			return;
		}
		if (this.options.x && ch === '#') {
			while (this.i < pattern.length && pattern[this.i] !== '\n') this.i++;
			return;
		}
		switch (ch) {
			case '\\':
				this.escape();
				return;
			case '[':
				this.characterClass();
				return;
			case '(':
				this.openGroup();
				return;
			case ')': {
				if (!this.open.length) throw new RegexSyntaxError("Too many )'s.", this.i + 1);
				const atomic = this.open.pop()!;
				this.i++;
				this.emit(')', true);
				if (atomic) this.emit({atomicEnd: atomic}, true);
				return;
			}
			case '*':
			case '+':
			case '?':
				this.quantifier(ch);
				return;
			case '{': {
				const match = /^\{\d+(?:,\d*)?\}/.exec(pattern.slice(this.i));
				if (match) {
					this.quantifier(match[0]);
					return;
				}
				this.i++;
				this.emit('\\{', true);
				return;
			}
			case '}':
			case ']':
				this.i++;
				this.emit(`\\${ch}`, true);
				return;
			case '.':
				this.i++;
				this.emit(this.options.s ? '[\\s\\S]' : '[^\\n]', true);
				return;
			case '^':
				this.i++;
				this.emit(this.options.m ? '(?<![^\\n])' : '(?<![\\s\\S])', false);
				return;
			case '$':
				// .NET's `$` also matches before a final newline; with Multiline, before any newline.
				this.i++;
				this.emit(this.options.m ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))', false);
				return;
			case '|':
				this.i++;
				this.emit('|', false);
				return;
			default: {
				const code = pattern.codePointAt(this.i)!;
				const text = String.fromCodePoint(code);
				this.i += text.length;
				this.emit(literal(text, false), true);
			}
		}
	}

	private quantifier(text: string): void {
		if (!this.atom) {
			throw new RegexSyntaxError(`Quantifier '${text}' following nothing.`, this.i + 1);
		}
		this.i += text.length;
		let out = text;
		if (this.pattern[this.i] === '?') {
			out += '?';
			this.i++;
		}
		if (/^[*+?{]/.test(this.pattern[this.i] ?? '')) {
			throw new RegexSyntaxError(`Nested quantifier '${this.pattern[this.i]}'.`, this.i + 1);
		}
		this.emit(out, false);
	}

	private openGroup(): void {
		const {pattern} = this;
		const rest = pattern.slice(this.i);
		const enter = (text: string, atomic = 0): void => {
			this.open.push(atomic);
			this.emit(text, false);
		};
		if (!rest.startsWith('(?')) {
			this.i++;
			if (this.options.n) return enter('(?:');
			this.jsGroups.push({hidden: false});
			return enter('(');
		}
		const named = /^\(\?(?:<([^>]*)>|'([^']*)')/.exec(rest);
		if (named && !/^\(\?<[=!]/.test(rest)) {
			const name = named[1] ?? named[2]!;
			if (!/^[\p{L}\p{Nd}_][\p{L}\p{Mn}\p{Nd}\p{Pc}]*$/u.test(name) || /^\d/.test(name)) {
				if (name.includes('-')) throw new RegexSyntaxError('Balancing groups are not supported here.', this.i + named[0].length);
				throw new RegexSyntaxError('Invalid group name: Group names must begin with a word character.', this.i + 3);
			}
			this.i += named[0].length;
			this.jsGroups.push({name, hidden: false});
			return enter('(');
		}
		const lookaround = /^\(\?(?:<[=!]|[=!:])/.exec(rest);
		if (lookaround) {
			this.i += lookaround[0].length;
			return enter(lookaround[0]);
		}
		if (rest.startsWith('(?>')) {
			// Atomic: (?=(X))\N matches X once and never backtracks into it.
			this.i += 3;
			this.jsGroups.push({hidden: true});
			return enter('(?=(', this.jsGroups.length);
		}
		if (rest.startsWith('(?#')) {
			const end = pattern.indexOf(')', this.i);
			if (end < 0) throw new RegexSyntaxError('Unterminated (?#...) comment.', pattern.length);
			this.i = end + 1;
			return;
		}
		const inline = /^\(\?([a-z]*)(?:-([a-z]*))?(:|\))/.exec(rest);
		if (inline && OPTION_LETTERS.test(inline[1]!) && OPTION_LETTERS.test(inline[2] ?? '')) {
			const next = applyOptions(this.options, inline[1]!, inline[2] ?? '');
			// Restating the current options changes nothing; anything else would need per-group flags.
			if (JSON.stringify(next) !== JSON.stringify(this.options)) {
				throw new RegexSyntaxError('Inline options are supported only at the start of the pattern.', this.i + inline[0].length);
			}
			this.i += inline[0].length;
			if (inline[3] === ':') enter('(?:');
			return;
		}
		if (rest.startsWith('(?(')) throw new RegexSyntaxError('Conditional groups are not supported here.', this.i + 3);
		throw new RegexSyntaxError('Unrecognized grouping construct.', this.i + 2);
	}

	/** An escape outside a character class. */
	private escape(): void {
		const {pattern} = this;
		const next = pattern[this.i + 1];
		if (next === undefined) throw new RegexSyntaxError('Illegal \\ at end of pattern.', pattern.length);
		if (next >= '1' && next <= '9') {
			let digits = next;
			while (/\d/.test(pattern[this.i + 1 + digits.length] ?? '')) digits += pattern[this.i + 1 + digits.length];
			this.i += 1 + digits.length;
			this.emit({backref: Number(digits)}, true);
			return;
		}
		if (next === 'k') {
			const match = /^\\k(?:<([^>]+)>|'([^']+)')/.exec(pattern.slice(this.i));
			if (!match) throw new RegexSyntaxError('Malformed \\k<...> named back reference.', this.i + 2);
			const name = match[1] ?? match[2]!;
			this.i += match[0].length;
			this.emit(/^\d+$/.test(name) ? {backref: Number(name)} : {backrefName: name, at: this.i}, true);
			return;
		}
		const simple = this.simpleEscape(next, false);
		this.i += 2 + simple.consumed;
		this.emit(simple.text, simple.atom);
	}

	/** Escapes that mean the same in and out of classes (mostly); `consumed` is beyond the two `\x` chars. */
	private simpleEscape(next: string, inClass: boolean): {text: string; consumed: number; atom: boolean; isClass?: boolean} {
		const {pattern} = this;
		const at = this.i + 2;
		switch (next) {
			case 'A':
				if (!inClass) return {text: '(?<![\\s\\S])', consumed: 0, atom: false};
				break;
			case 'z':
				if (!inClass) return {text: '(?![\\s\\S])', consumed: 0, atom: false};
				break;
			case 'Z':
				if (!inClass) return {text: '(?=\\n?(?![\\s\\S]))', consumed: 0, atom: false};
				break;
			case 'G':
				if (!inClass) throw new RegexSyntaxError('\\G is not supported here.', at);
				break;
			case 'b':
				return inClass ? {text: '\\x08', consumed: 0, atom: true} : {text: '\\b', consumed: 0, atom: false};
			case 'B':
				if (!inClass) return {text: '\\B', consumed: 0, atom: false};
				break;
			case 'w':
				return {text: inClass ? UNICODE_WORD : `[${UNICODE_WORD}]`, consumed: 0, atom: true, isClass: true};
			case 'W':
				return {text: inClass ? '\\W' : `[^${UNICODE_WORD}]`, consumed: 0, atom: true, isClass: true};
			case 'd':
			case 'D':
			case 's':
			case 'S':
				return {text: `\\${next}`, consumed: 0, atom: true, isClass: true};
			case 'p':
			case 'P': {
				const match = /^\{[A-Za-z_]+\}/.exec(pattern.slice(at));
				if (!match) throw new RegexSyntaxError('Malformed \\p{X} character escape.', at);
				return {text: `\\${next}${match[0]}`, consumed: match[0].length, atom: true, isClass: true};
			}
			case 'x': {
				const match = /^[0-9a-fA-F]{2}/.exec(pattern.slice(at));
				if (!match) throw new RegexSyntaxError('Insufficient hexadecimal digits.', at);
				return {text: hex2(parseInt(match[0], 16)), consumed: 2, atom: true};
			}
			case 'u': {
				const match = /^[0-9a-fA-F]{4}/.exec(pattern.slice(at));
				if (!match) throw new RegexSyntaxError('Insufficient hexadecimal digits.', at);
				return {text: `\\u${match[0]}`, consumed: 4, atom: true};
			}
			case 'c': {
				const letter = pattern[at];
				if (!letter || !/[A-Za-z]/.test(letter)) throw new RegexSyntaxError('Missing control character.', at);
				return {text: `\\c${letter}`, consumed: 1, atom: true};
			}
			case '0': {
				const match = /^[0-7]{0,2}/.exec(pattern.slice(at))!;
				return {text: hex2(parseInt(`0${match[0]}`, 8)), consumed: match[0].length, atom: true};
			}
			case 'e':
				return {text: '\\x1b', consumed: 0, atom: true};
			case 'a':
				return {text: '\\x07', consumed: 0, atom: true};
			case 't':
			case 'n':
			case 'r':
			case 'f':
			case 'v':
				return {text: `\\${next}`, consumed: 0, atom: true};
		}
		if (/[\p{L}\p{Nd}_]/u.test(next)) throw new RegexSyntaxError(`Unrecognized escape sequence \\${next}.`, at);
		const code = pattern.codePointAt(this.i + 1)!;
		const text = String.fromCodePoint(code);
		return {text: literal(text, inClass), consumed: text.length - 1, atom: true};
	}

	private characterClass(): void {
		const {pattern} = this;
		let out = '[';
		this.i++;
		if (pattern[this.i] === '^') {
			out += '^';
			this.i++;
		}
		// A `]` first in a .NET class is a literal.
		if (pattern[this.i] === ']') {
			out += '\\]';
			this.i++;
		}
		let previousWasClass = false;
		for (;;) {
			if (this.i >= pattern.length) throw new RegexSyntaxError('Unterminated [] set.', pattern.length);
			const ch = pattern[this.i]!;
			if (ch === ']') {
				this.i++;
				break;
			}
			if (ch === '\\') {
				const next = pattern[this.i + 1];
				if (next === undefined) throw new RegexSyntaxError('Illegal \\ at end of pattern.', pattern.length);
				const simple = this.simpleEscape(next, true);
				this.i += 2 + simple.consumed;
				out += simple.text;
				previousWasClass = simple.isClass === true;
				continue;
			}
			if (ch === '-') {
				if (pattern[this.i + 1] === '[') throw new RegexSyntaxError('Character class subtraction is not supported here.', this.i + 1);
				// Next to a class escape, `-` is a literal in .NET but a syntax error in JS.
				const nextIsClass = pattern[this.i + 1] === '\\' && /[wWdDsSpP]/.test(pattern[this.i + 2] ?? '');
				out += previousWasClass || nextIsClass ? '\\-' : '-';
				this.i++;
				previousWasClass = false;
				continue;
			}
			const code = pattern.codePointAt(this.i)!;
			const text = String.fromCodePoint(code);
			this.i += text.length;
			out += text === '[' ? '\\[' : text === '/' ? '/' : text;
			previousWasClass = false;
		}
		this.emit(`${out}]`, true);
	}

	/** Turns .NET back references into JS ones, now that every group's number is known. */
	private resolve(): string {
		const numbering = numberGroups(this.jsGroups);
		let source = '';
		for (const part of this.parts) {
			if (typeof part === 'string') source += part;
			else if ('atomicEnd' in part) source += `)(?:\\${part.atomicEnd})`;
			else if ('backref' in part) {
				const group = numbering.byNumber.get(part.backref);
				if (group) source += `(?:\\${group.js[0]})`;
				else source += octalFallback(part.backref);
			} else {
				const group = numbering.byName.get(part.backrefName.toLowerCase());
				if (!group) throw new RegexSyntaxError(`Reference to undefined group name '${part.backrefName}'.`, part.at);
				source += `(?:\\${group.js[0]})`;
			}
		}
		return source;
	}
}

/** `\\101` with no group 101 is an octal escape in .NET (a single digit must name a group). */
function octalFallback(number: number): string {
	const digits = String(number);
	const octal = /^[0-7]{1,3}/.exec(digits)?.[0];
	if (number <= 9 || !octal) throw new RegexSyntaxError(`Reference to undefined group number ${number}.`, digits.length + 1);
	return hex2(parseInt(octal, 8) & 0xff) + digits.slice(octal.length);
}

/** .NET numbers unnamed groups first, left to right, then named groups in order of first appearance. */
function numberGroups(jsGroups: JsGroup[]): {groups: NetGroup[]; byNumber: Map<number, NetGroup>; byName: Map<string, NetGroup>} {
	const groups: NetGroup[] = [{number: 0, js: [0]}];
	const byNumber = new Map<number, NetGroup>([[0, groups[0]!]]);
	const byName = new Map<string, NetGroup>();
	jsGroups.forEach((group, index) => {
		if (group.hidden || group.name !== undefined) return;
		const net: NetGroup = {number: groups.length, js: [index + 1]};
		groups.push(net);
		byNumber.set(net.number, net);
	});
	jsGroups.forEach((group, index) => {
		if (group.hidden || group.name === undefined) return;
		const key = group.name.toLowerCase();
		const existing = byName.get(key);
		if (existing) {
			existing.js.push(index + 1);
			return;
		}
		const net: NetGroup = {number: groups.length, name: group.name, js: [index + 1]};
		groups.push(net);
		byNumber.set(net.number, net);
		byName.set(key, net);
	});
	return {groups, byNumber, byName};
}

/** Maps a JS SyntaxError from the translated pattern onto .NET's wording. */
function describeJsError(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	if (/Unterminated character class/i.test(message)) return 'Unterminated [] set.';
	if (/Unterminated group/i.test(message)) return "Not enough )'s.";
	if (/Unmatched '\)'/i.test(message)) return "Too many )'s.";
	if (/Nothing to repeat/i.test(message)) return 'Quantifier following nothing.';
	if (/out of order/i.test(message)) return 'Range in reverse order.';
	if (/property name|Invalid property/i.test(message)) return 'Unknown property.';
	return message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
}

const OPTION_FLAGS: Record<string, string> = {
	ignorecase: 'i',
	multiline: 'm',
	singleline: 's',
	explicitcapture: 'n',
	ignorepatternwhitespace: 'x',
	none: '',
	cultureinvariant: '',
	compiled: '',
	ecmascript: '',
	righttoleft: '',
	nonbacktracking: '',
};

/** RegexOptions written as names (`'IgnoreCase, Multiline'`), a number, or letters → flag letters. */
export function regexOptionFlags(options: unknown): RegexFlags {
	if (options === null || options === undefined) return '';
	if (typeof options === 'number') {
		return (options & 1 ? 'i' : '') + (options & 2 ? 'm' : '') + (options & 4 ? 'n' : '') + (options & 16 ? 's' : '') + (options & 32 ? 'x' : '');
	}
	const names = (Array.isArray(options) ? options.map(String) : String(options).split(',')).map(name => name.trim().toLowerCase());
	let flags = '';
	for (const name of names) {
		if (!name) continue;
		const flag = OPTION_FLAGS[name];
		if (flag === undefined) throw new RegexSyntaxError(`Unknown regex option '${name}'.`, 0);
		flags += flag;
	}
	return flags;
}

const cache = new Map<string, CompiledRegex>();
const MAX_CACHE = 1000;

/** Compiles (or fetches from the cache) a .NET pattern. Throws RegexSyntaxError for a pattern .NET refuses. */
export function compileRegex(pattern: string, flags: RegexFlags = ''): CompiledRegex {
	const key = `${flags}\0${pattern}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const start: Options = {i: flags.includes('i'), m: flags.includes('m'), s: flags.includes('s'), n: flags.includes('n'), x: flags.includes('x')};
	const {source, jsGroups, options} = new Translator(pattern, start).translate();
	let re: RegExp;
	try {
		re = new RegExp(source, options.i ? 'giu' : 'gu');
	} catch (error) {
		throw new RegexSyntaxError(describeJsError(error), pattern.length);
	}
	const {groups, byNumber, byName} = numberGroups(jsGroups);
	// GetGroupNames order: numbers first, then names; numberGroups already built them in that order.
	const compiled: CompiledRegex = {pattern, flags, re, groups, byNumber, byName, replacements: new Map()};
	if (cache.size >= MAX_CACHE) cache.clear();
	cache.set(key, compiled);
	return compiled;
}

/** `Invalid pattern 'x' at offset n. detail`: .NET's RegexParseException message. */
export function regexErrorDetail(pattern: string, error: unknown): string {
	if (error instanceof RegexSyntaxError) return `Invalid pattern '${pattern}' at offset ${error.offset}. ${error.detail}`;
	return error instanceof Error ? error.message : String(error);
}

// ---- Matching -------------------------------------------------------------------------------------

/** The first match at or after `from`, or null. */
export function execAt(compiled: CompiledRegex, input: string, from = 0): RegExpExecArray | null {
	compiled.re.lastIndex = from;
	return compiled.re.exec(input);
}

/** A .NET group's value in a JS match: the last of its captures that took part (undefined when none did). */
export function groupValue(group: NetGroup, match: RegExpExecArray): string | undefined {
	let value: string | undefined;
	for (const index of group.js) if (match[index] !== undefined) value = match[index];
	return value;
}

/**
 * `$Matches` after a successful `-match`: numbered groups under Int32 keys (0 is the whole match), named groups
 * under their names; groups that did not take part are left out, as in pwsh.
 */
export function matchesTable(compiled: CompiledRegex, match: RegExpExecArray): PSHashtable {
	const table = new PSHashtable();
	for (const group of compiled.groups) {
		const value = groupValue(group, match);
		if (value !== undefined) table.set(group.name ?? group.number, value);
	}
	return table;
}

/** Every match, left to right, with .NET's rule for empty matches (the next search starts one character on). */
export function allMatches(compiled: CompiledRegex, input: string, limit = Infinity): RegExpExecArray[] {
	const matches: RegExpExecArray[] = [];
	const {re} = compiled;
	re.lastIndex = 0;
	while (matches.length < limit) {
		const match = re.exec(input);
		if (!match) break;
		matches.push(match);
		if (match[0] === '') {
			const code = input.codePointAt(match.index);
			re.lastIndex = match.index + (code !== undefined && code > 0xffff ? 2 : 1);
			if (match.index >= input.length) break;
		}
	}
	return matches;
}

// ---- Replacement ----------------------------------------------------------------------------------

export type ReplacementPart = string | {group: NetGroup} | {special: '`' | "'" | '+' | '_'};

/** Parses a .NET replacement string: `$1`, `${name}`, `$$`, `$&`, `` $` ``, `$'`, `$+`, `$_`; anything else is literal. */
function compileReplacement(compiled: CompiledRegex, replacement: string): ReplacementPart[] {
	const parts: ReplacementPart[] = [];
	let text = '';
	const flush = (): void => {
		if (text) parts.push(text);
		text = '';
	};
	for (let i = 0; i < replacement.length; i++) {
		const ch = replacement[i]!;
		if (ch !== '$' || i + 1 >= replacement.length) {
			text += ch;
			continue;
		}
		const next = replacement[i + 1]!;
		if (next === '$') {
			text += '$';
			i++;
		} else if (next === '&') {
			flush();
			parts.push({group: compiled.byNumber.get(0)!});
			i++;
		} else if (next === '`' || next === "'" || next === '+' || next === '_') {
			flush();
			parts.push({special: next});
			i++;
		} else if (next === '{') {
			const end = replacement.indexOf('}', i + 2);
			const name = end > 0 ? replacement.slice(i + 2, end) : '';
			const group = /^\d+$/.test(name) ? compiled.byNumber.get(Number(name)) : compiled.byName.get(name.toLowerCase());
			if (group) {
				flush();
				parts.push({group});
				i = end;
			} else {
				text += ch;
			}
		} else if (next >= '0' && next <= '9') {
			// The longest run of digits that still names a group.
			let number = Number(next);
			if (!compiled.byNumber.has(number)) {
				text += ch;
				continue;
			}
			let j = i + 2;
			while (j < replacement.length && /\d/.test(replacement[j]!) && compiled.byNumber.has(number * 10 + Number(replacement[j]))) {
				number = number * 10 + Number(replacement[j]);
				j++;
			}
			flush();
			parts.push({group: compiled.byNumber.get(number)!});
			i = j - 1;
		} else {
			text += ch;
		}
	}
	flush();
	return parts;
}

function substitute(parts: ReplacementPart[], compiled: CompiledRegex, match: RegExpExecArray, input: string): string {
	let out = '';
	for (const part of parts) {
		if (typeof part === 'string') out += part;
		else if ('group' in part) out += groupValue(part.group, match) ?? '';
		else if (part.special === '`') out += input.slice(0, match.index);
		else if (part.special === "'") out += input.slice(match.index + match[0].length);
		else if (part.special === '_') out += input;
		else {
			const last = compiled.groups[compiled.groups.length - 1]!;
			out += groupValue(last, match) ?? '';
		}
	}
	return out;
}

/** Regex.Replace(input, replacement): every match replaced, .NET substitutions honoured. */
export function replaceAll(compiled: CompiledRegex, input: string, replacement: string, count = Infinity): string {
	let parts = compiled.replacements.get(replacement);
	if (!parts) {
		parts = compileReplacement(compiled, replacement);
		if (compiled.replacements.size > 100) compiled.replacements.clear();
		compiled.replacements.set(replacement, parts);
	}
	const matches = allMatches(compiled, input, count);
	if (!matches.length) return input;
	let out = '';
	let at = 0;
	for (const match of matches) {
		out += input.slice(at, match.index) + substitute(parts, compiled, match, input);
		at = match.index + match[0].length;
	}
	return out + input.slice(at);
}

/** Regex.Replace with a function computing each replacement. */
export function replaceWith(compiled: CompiledRegex, input: string, replacer: (match: RegExpExecArray) => string): string {
	let out = '';
	let at = 0;
	for (const match of allMatches(compiled, input)) {
		out += input.slice(at, match.index) + replacer(match);
		at = match.index + match[0].length;
	}
	return out + input.slice(at);
}

// ---- Split ----------------------------------------------------------------------------------------

/**
 * Regex.Split(input, count): captured groups are included in the result; `count` > 0 caps the number of pieces
 * (captures excepted); a negative count splits from the right (RegexOptions.RightToLeft), as `-split` does.
 */
export function splitRegex(compiled: CompiledRegex, input: string, count = 0): string[] {
	if (count === 1 || count === -1) return [input];
	let matches = allMatches(compiled, input);
	if (count > 1) matches = matches.slice(0, count - 1);
	else if (count < -1) matches = matches.slice(Math.max(0, matches.length - (-count - 1)));
	const pieces: string[] = [];
	let at = 0;
	for (const match of matches) {
		pieces.push(input.slice(at, match.index));
		for (let g = 1; g < compiled.groups.length; g++) {
			const value = groupValue(compiled.groups[g]!, match);
			if (value !== undefined) pieces.push(value);
		}
		at = match.index + match[0].length;
	}
	pieces.push(input.slice(at));
	return pieces;
}

/** The match with group positions (for Match objects), using a `d`-flag twin of the pattern. */
export function execWithIndices(compiled: CompiledRegex, input: string, from = 0): RegExpExecArray | null {
	if (!compiled.withIndices) compiled.withIndices = new RegExp(compiled.re.source, `${compiled.re.flags}d`);
	compiled.withIndices.lastIndex = from;
	return compiled.withIndices.exec(input);
}

const ESCAPED = /[\\*+?|{[()^$.#\s]/g;

/** [regex]::Escape: escapes what .NET escapes (including white space and `#`). */
export function escapeRegex(text: string): string {
	return text.replace(ESCAPED, ch => (ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : ch === '\f' ? '\\f' : ch === ' ' ? '\\ ' : `\\${ch}`));
}

/** [regex]::Unescape. */
export function unescapeRegex(text: string): string {
	return text.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))/gs, (_, hex: string | undefined, unicode: string | undefined, ch: string | undefined) => {
		if (hex) return String.fromCharCode(parseInt(hex, 16));
		if (unicode) return String.fromCharCode(parseInt(unicode, 16));
		return ({n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', a: '\x07', e: '\x1b'} as Record<string, string>)[ch!] ?? ch!;
	});
}

/** A `[regex]` value: a pattern with its options. Prints as its pattern. */
export class PSRegex {
	readonly compiled: CompiledRegex;
	readonly dotNetTypeName = 'System.Text.RegularExpressions.Regex';

	constructor(
		readonly pattern: string,
		readonly flags: RegexFlags = '',
	) {
		this.compiled = compileRegex(pattern, flags);
	}

	/** RegexOptions as pwsh prints them (`IgnoreCase, Multiline` or `None`). */
	get options(): string {
		const names = [['i', 'IgnoreCase'], ['m', 'Multiline'], ['n', 'ExplicitCapture'], ['s', 'Singleline'], ['x', 'IgnorePatternWhitespace']]
			.filter(([letter]) => this.flags.includes(letter!))
			.map(([, name]) => name);
		return names.length ? names.join(', ') : 'None';
	}

	toString(): string {
		return this.pattern;
	}
}
