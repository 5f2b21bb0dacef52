// Variable and function scopes. PowerShell scopes are dynamic: a script block invoked with `&` gets a child of the
// caller's scope; dot-sourcing and ForEach-Object/Where-Object blocks run in the caller's scope itself.

import {keyOf} from './values.ts';
import type {ScriptBlock} from './values.ts';

interface Variable {
	name: string;
	value: unknown;
	/** Constants ($true, $null...) and read-only automatics cannot be assigned. */
	readOnly?: boolean;
}

export class Scope {
	private readonly vars = new Map<string, Variable>();
	private readonly functions = new Map<string, {name: string; block: ScriptBlock; isFilter: boolean}>();

	constructor(
		readonly parent: Scope | null,
		/** Script scope boundary ($script:). */
		readonly isScriptScope = false,
	) {}

	get global(): Scope {
		let s: Scope = this;
		while (s.parent) s = s.parent;
		return s;
	}

	get script(): Scope {
		let s: Scope = this;
		while (!s.isScriptScope && s.parent) s = s.parent;
		return s;
	}

	private find(name: string): Variable | undefined {
		const key = keyOf(name);
		for (let s: Scope | null = this; s; s = s.parent) {
			const v = s.vars.get(key);
			if (v) return v;
		}
		return undefined;
	}

	has(name: string): boolean {
		return this.find(name) !== undefined;
	}

	get(name: string): unknown {
		return this.find(name)?.value ?? null;
	}

	/** Assigns in this scope (PowerShell creates a local copy on assignment; it never writes to a parent). */
	setLocal(name: string, value: unknown): void {
		const key = keyOf(name);
		const existing = this.vars.get(key);
		if (existing) {
			if (existing.readOnly) throw new ReadOnlyVariableError(existing.name);
			existing.value = value;
		} else {
			this.vars.set(key, {name, value});
		}
	}

	/** Defines a constant in this scope. */
	defineReadOnly(name: string, value: unknown): void {
		this.vars.set(keyOf(name), {name, value, readOnly: true});
	}

	/** Sets without the read-only check: for automatic variables the engine maintains ($?, $_, $Matches). */
	setAutomatic(name: string, value: unknown): void {
		const key = keyOf(name);
		const existing = this.vars.get(key);
		if (existing) existing.value = value;
		else this.vars.set(key, {name, value});
	}

	removeLocal(name: string): boolean {
		return this.vars.delete(keyOf(name));
	}

	remove(name: string): boolean {
		const key = keyOf(name);
		for (let s: Scope | null = this; s; s = s.parent) {
			if (s.vars.delete(key)) return true;
		}
		return false;
	}

	/** Visible variables, innermost scope first, each name once. */
	list(): {name: string; value: unknown}[] {
		const seen = new Set<string>();
		const out: {name: string; value: unknown}[] = [];
		for (let s: Scope | null = this; s; s = s.parent) {
			for (const [key, v] of s.vars) {
				if (seen.has(key)) continue;
				seen.add(key);
				out.push({name: v.name, value: v.value});
			}
		}
		return out;
	}

	defineFunction(name: string, block: ScriptBlock, isFilter: boolean): void {
		this.functions.set(keyOf(name), {name, block, isFilter});
	}

	findFunction(name: string): {name: string; block: ScriptBlock; isFilter: boolean} | undefined {
		const key = keyOf(name);
		for (let s: Scope | null = this; s; s = s.parent) {
			const f = s.functions.get(key);
			if (f) return f;
		}
		return undefined;
	}

	listFunctions(): {name: string; block: ScriptBlock; isFilter: boolean}[] {
		const seen = new Set<string>();
		const out: {name: string; block: ScriptBlock; isFilter: boolean}[] = [];
		for (let s: Scope | null = this; s; s = s.parent) {
			for (const [key, f] of s.functions) {
				if (!seen.has(key)) {
					seen.add(key);
					out.push(f);
				}
			}
		}
		return out;
	}
}

export class ReadOnlyVariableError extends Error {
	constructor(readonly variableName: string) {
		super(`Cannot overwrite variable ${variableName} because it is read-only or constant.`);
	}
}
