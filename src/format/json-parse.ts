// ConvertFrom-Json's reader, after pwsh 7 over Newtonsoft.Json: objects become [pscustomobject] (or ordered
// hashtables), date-shaped strings become [datetime], and bad input fails with Newtonsoft's kind of message
// (`... Path 'a', line 1, position 7.`). Newtonsoft is lenient, so comments, single quotes and trailing commas pass.

import {PSDateTime, PSHashtable, PSObject} from '../engine/values.ts';

export class JsonParseError extends Error {}

export interface ParseJsonOptions {
	/** Objects as ordered hashtables instead of [pscustomobject] (-AsHashtable). */
	asHashtable?: boolean;
}

// Newtonsoft turns a string into a date when it is 19 to 40 characters, starts with a digit and has `T` at 10.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})?$/;

export function dateFromJson(text: string): PSDateTime | undefined {
	if (text.length < 19 || text.length > 40 || text[10] !== 'T') return undefined;
	const m = ISO_DATE.exec(text);
	if (!m) return undefined;
	const [, y, mo, d, h, mi, s, fraction, zone] = m;
	let ms = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!) + (fraction ? Number('0.' + fraction) * 1000 : 0);
	if (Number.isNaN(ms)) return undefined;
	if (zone && zone !== 'Z') {
		const sign = zone[0] === '-' ? -1 : 1;
		ms -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
	}
	const year = Number(y);
	// Date.UTC maps years below 100 to 19xx.
	if (year < 100) {
		const date = new Date(ms);
		date.setUTCFullYear(year);
		ms = date.getTime();
	}
	return new PSDateTime(ms);
}

class Reader {
	private pos = 0;
	private readonly path: (string | number)[] = [];

	constructor(
		private readonly text: string,
		private readonly options: ParseJsonOptions,
	) {}

	fail(message: string): never {
		const before = this.text.slice(0, this.pos);
		const line = before.split('\n').length;
		const position = this.pos - (before.lastIndexOf('\n') + 1);
		throw new JsonParseError(`${message} Path '${this.pathText()}', line ${line}, position ${position}.`);
	}

	private pathText(): string {
		let out = '';
		for (const part of this.path) {
			if (typeof part === 'number') out += `[${part}]`;
			else out += (out ? '.' : '') + (/^[A-Za-z_][\w]*$/.test(part) ? part : `['${part}']`);
		}
		return out;
	}

	private skip(): void {
		for (;;) {
			const c = this.text[this.pos];
			if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') this.pos++;
			else if (c === '/' && this.text[this.pos + 1] === '/') {
				const end = this.text.indexOf('\n', this.pos);
				this.pos = end < 0 ? this.text.length : end;
			} else if (c === '/' && this.text[this.pos + 1] === '*') {
				const end = this.text.indexOf('*/', this.pos + 2);
				if (end < 0) {
					this.pos = this.text.length;
					this.fail('Unexpected end while parsing comment.');
				}
				this.pos = end + 2;
			} else return;
		}
	}

	document(): unknown {
		this.skip();
		if (this.pos >= this.text.length) return null;
		const value = this.value();
		this.skip();
		if (this.pos < this.text.length) {
			this.pos++;
			this.fail(`After parsing a value an unexpected character was encountered: ${this.text[this.pos - 1]}.`);
		}
		return value;
	}

	private value(): unknown {
		this.skip();
		const c = this.text[this.pos];
		if (c === undefined) this.fail('Unexpected end when reading JSON.');
		if (c === '{') return this.object();
		if (c === '[') return this.array();
		if (c === '"' || c === "'") {
			const s = this.string();
			return dateFromJson(s) ?? s;
		}
		if (c === '-' || (c >= '0' && c <= '9')) return this.number();
		for (const [word, value] of [['true', true], ['false', false], ['null', null], ['NaN', NaN], ['Infinity', Infinity]] as const) {
			if (this.text.startsWith(word, this.pos)) {
				this.pos += word.length;
				return value;
			}
		}
		this.pos++;
		this.fail(`Unexpected character encountered while parsing value: ${c}.`);
	}

	private number(): number {
		const m = /^-?(?:Infinity|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.pos));
		if (!m) {
			this.pos++;
			this.fail(`Unexpected character encountered while parsing number: ${this.text[this.pos - 1]}.`);
		}
		this.pos += m[0].length;
		return Number(m[0]);
	}

	private string(): string {
		const quote = this.text[this.pos++];
		let out = '';
		for (;;) {
			const c = this.text[this.pos++];
			if (c === undefined) this.fail(`Unterminated string. Expected delimiter: ${quote}.`);
			if (c === quote) return out;
			if (c !== '\\') {
				out += c;
				continue;
			}
			const e = this.text[this.pos++];
			const simple: Record<string, string> = {'"': '"', "'": "'", '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'};
			if (e !== undefined && e in simple) out += simple[e];
			else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos, this.pos + 4))) {
				out += String.fromCharCode(parseInt(this.text.slice(this.pos, this.pos + 4), 16));
				this.pos += 4;
			} else this.fail(`Bad JSON escape sequence: \\${e ?? ''}.`);
		}
	}

	private array(): unknown[] {
		this.pos++;
		const items: unknown[] = [];
		for (;;) {
			this.skip();
			if (this.text[this.pos] === ']') {
				this.pos++;
				return items;
			}
			this.path.push(items.length);
			items.push(this.value());
			this.path.pop();
			this.skip();
			const c = this.text[this.pos];
			if (c === ',') this.pos++;
			else if (c === ']') continue;
			else if (c === undefined) this.fail('Unexpected end when reading JSON.');
			else {
				this.pos++;
				this.fail(`After parsing a value an unexpected character was encountered: ${c}.`);
			}
		}
	}

	private object(): PSObject | PSHashtable {
		this.pos++;
		const table = this.options.asHashtable ? new PSHashtable(true) : undefined;
		const obj = table ? undefined : new PSObject();
		const seen = new Map<string, string>();
		for (;;) {
			this.skip();
			const c = this.text[this.pos];
			if (c === '}') {
				this.pos++;
				return (table ?? obj)!;
			}
			if (c === undefined) this.fail('Unexpected end when reading JSON.');
			let key: string;
			if (c === '"' || c === "'") key = this.string();
			else {
				const m = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos));
				if (!m) {
					this.pos++;
					this.fail(`Invalid property identifier character: ${c}.`);
				}
				key = m[0];
				this.pos += key.length;
			}
			this.skip();
			if (this.text[this.pos] === undefined) this.fail('Unexpected end when reading JSON.');
			if (this.text[this.pos] !== ':') {
				this.pos++;
				this.fail(`Invalid character after parsing property name. Expected ':' but got: ${this.text[this.pos - 1]}.`);
			}
			this.pos++;
			this.path.push(key);
			const value = this.value();
			this.path.pop();
			if (obj) {
				const earlier = seen.get(key.toLowerCase());
				if (earlier === key) {
					throw new JsonParseError(
						`Cannot convert the JSON string because a dictionary that was converted from the string contains the duplicated key '${key}'.`,
					);
				}
				if (earlier !== undefined) {
					throw new JsonParseError(
						`Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '${earlier}' was '${key}'.`,
					);
				}
				seen.set(key.toLowerCase(), key);
				obj.set(key, value);
			} else table!.set(key, value);
			this.skip();
			const next = this.text[this.pos];
			if (next === ',') this.pos++;
			else if (next !== '}') {
				if (next === undefined) this.fail('Unexpected end when reading JSON.');
				this.pos++;
				this.fail(`After parsing a value an unexpected character was encountered: ${next}.`);
			}
		}
	}
}

/** Parses JSON text into PowerShell values; throws JsonParseError with Newtonsoft's kind of message. */
export function parseJson(text: string, options: ParseJsonOptions = {}): unknown {
	return new Reader(text, options).document();
}
