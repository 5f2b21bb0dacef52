// The value model every part of the engine shares.
//
// PowerShell values map onto JavaScript like this:
//   $null → null (undefined is never a PowerShell value; treat it as null when met)
//   [bool] → boolean; [int]/[long]/[double] → number (a whole double cannot be told from an integer: a known
//   deviation); [string] and [char] → string; arrays → JS arrays; [hashtable]/[ordered] → PSHashtable;
//   [pscustomobject] and every site record → PSObject; script blocks → ScriptBlock;
//   [datetime] → PSDateTime; [timespan] → PSTimeSpan; [guid] → PSGuid; errors → ErrorRecord (errors.ts).

import type {ScriptBlockAst} from '../language/ast.ts';

/** Case-insensitive key used for property and hashtable lookups. */
export const keyOf = (name: string): string => name.toLowerCase();

/** An ordered bag of named properties with PowerShell type names (`Scpsh.ScpStatus`, `System.Management.Automation.PSCustomObject`). */
export class PSObject {
	readonly typeNames: string[];
	private readonly props = new Map<string, {name: string; value: unknown}>();

	constructor(typeName = 'System.Management.Automation.PSCustomObject', properties?: Record<string, unknown>) {
		this.typeNames = [typeName];
		if (properties) {
			for (const [name, value] of Object.entries(properties)) this.set(name, value);
		}
	}

	static from(typeName: string, properties: Record<string, unknown>): PSObject {
		return new PSObject(typeName, properties);
	}

	get typeName(): string {
		return this.typeNames[0]!;
	}

	has(name: string): boolean {
		return this.props.has(keyOf(name));
	}

	get(name: string): unknown {
		return this.props.get(keyOf(name))?.value ?? null;
	}

	/** Sets a property, keeping the first spelling of its name and its place in the order. */
	set(name: string, value: unknown): void {
		const key = keyOf(name);
		const existing = this.props.get(key);
		if (existing) existing.value = value;
		else this.props.set(key, {name, value});
	}

	delete(name: string): boolean {
		return this.props.delete(keyOf(name));
	}

	/** Property names in order, as first spelled. */
	names(): string[] {
		return [...this.props.values()].map(p => p.name);
	}

	entries(): [string, unknown][] {
		return [...this.props.values()].map(p => [p.name, p.value]);
	}

	get size(): number {
		return this.props.size;
	}

	clone(): PSObject {
		const copy = new PSObject(this.typeName);
		copy.typeNames.splice(0, 1, ...this.typeNames);
		for (const [name, value] of this.entries()) copy.set(name, value);
		return copy;
	}
}

/** `@{}` and `[ordered]@{}`: case-insensitive keys that remember their first spelling and insertion order. */
export class PSHashtable {
	private readonly map = new Map<unknown, {key: unknown; value: unknown}>();

	constructor(readonly ordered = false) {}

	private static norm(key: unknown): unknown {
		return typeof key === 'string' ? keyOf(key) : key;
	}

	has(key: unknown): boolean {
		return this.map.has(PSHashtable.norm(key));
	}

	get(key: unknown): unknown {
		return this.map.get(PSHashtable.norm(key))?.value ?? null;
	}

	set(key: unknown, value: unknown): void {
		const k = PSHashtable.norm(key);
		const existing = this.map.get(k);
		if (existing) existing.value = value;
		else this.map.set(k, {key, value});
	}

	delete(key: unknown): boolean {
		return this.map.delete(PSHashtable.norm(key));
	}

	clear(): void {
		this.map.clear();
	}

	keys(): unknown[] {
		return [...this.map.values()].map(e => e.key);
	}

	values(): unknown[] {
		return [...this.map.values()].map(e => e.value);
	}

	entries(): [unknown, unknown][] {
		return [...this.map.values()].map(e => [e.key, e.value]);
	}

	get size(): number {
		return this.map.size;
	}

	clone(): PSHashtable {
		const copy = new PSHashtable(this.ordered);
		for (const [k, v] of this.entries()) copy.set(k, v);
		return copy;
	}
}

/** A script block value: `{ $_ * 2 }`. Invoked through the engine's `invokeScriptBlock`. */
export class ScriptBlock {
	constructor(
		readonly ast: ScriptBlockAst,
		/** The whole source the block was parsed from, for error positions. */
		readonly source: string,
		/** A name for error messages, e.g. the script file. */
		readonly origin?: string,
	) {}

	toString(): string {
		return this.ast.text;
	}
}

const TICKS_PER_MS = 10_000;

/** `[datetime]`: a point in time, always UTC in the simulation (the site has no time zone). Milliseconds since the Unix epoch. */
export class PSDateTime {
	constructor(readonly ms: number) {}

	static fromParts(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): PSDateTime {
		return new PSDateTime(Date.UTC(year, month - 1, day, hour, minute, second, ms));
	}

	get date(): Date {
		return new Date(this.ms);
	}

	get ticks(): number {
		// .NET ticks since 0001-01-01; exact enough for ordering and display.
		return (this.ms + 62_135_596_800_000) * TICKS_PER_MS;
	}

	add(ms: number): PSDateTime {
		return new PSDateTime(this.ms + ms);
	}
}

/** `[timespan]`: a duration in milliseconds (may be negative). */
export class PSTimeSpan {
	constructor(readonly ms: number) {}

	static from(days: number, hours = 0, minutes = 0, seconds = 0, ms = 0): PSTimeSpan {
		return new PSTimeSpan((((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000 + ms);
	}

	get ticks(): number {
		return this.ms * TICKS_PER_MS;
	}
}

/** `[guid]`: kept as its lowercase canonical text. */
export class PSGuid {
	constructor(readonly value: string) {}

	toString(): string {
		return this.value;
	}
}

export const isNull = (v: unknown): v is null | undefined => v === null || v === undefined;

/**
 * Unwraps a value for enumeration as PowerShell does in a pipeline or `foreach`:
 * arrays enumerate their items; everything else (strings, hashtables, objects) is one item; $null is none.
 */
export function enumerate(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (isNull(value)) return [];
	return [value];
}
