// The command table: cmdlets by name and alias. cli/ hands it the definitions (or a manifest of loaders, so a
// cmdlet's module loads only when first used); the engine never imports commands/ itself.

import type {CmdletDef} from './command.ts';
import {keyOf} from './values.ts';

/** A cmdlet known by name before its module is loaded. */
export interface CommandManifestEntry {
	name: string;
	aliases: readonly string[];
	load: () => Promise<{default: CmdletDef}>;
}

interface Entry {
	name: string;
	def?: CmdletDef;
	load?: () => Promise<{default: CmdletDef}>;
}

export class CommandRegistry {
	private readonly cmdlets = new Map<string, Entry>();
	private readonly aliases = new Map<string, {name: string; target: string}>();

	constructor(defs: readonly CmdletDef[] = [], manifest: readonly CommandManifestEntry[] = []) {
		for (const entry of manifest) {
			this.cmdlets.set(keyOf(entry.name), {name: entry.name, load: entry.load});
			for (const alias of entry.aliases) this.setAlias(alias, entry.name);
		}
		for (const def of defs) this.add(def);
	}

	add(def: CmdletDef): void {
		this.cmdlets.set(keyOf(def.name), {name: def.name, def});
		for (const alias of def.aliases ?? []) this.setAlias(alias, def.name);
	}

	setAlias(name: string, target: string): void {
		this.aliases.set(keyOf(name), {name, target});
	}

	removeAlias(name: string): boolean {
		return this.aliases.delete(keyOf(name));
	}

	getAlias(name: string): {name: string; target: string} | undefined {
		return this.aliases.get(keyOf(name));
	}

	/** Whether a cmdlet of this name exists, loaded or not. */
	hasCmdlet(name: string): boolean {
		return this.cmdlets.has(keyOf(name));
	}

	/** The definition, when it is loaded. */
	getCmdlet(name: string): CmdletDef | undefined {
		return this.cmdlets.get(keyOf(name))?.def;
	}

	/** The definition, loading its module first when needed. */
	async loadCmdlet(name: string): Promise<CmdletDef | undefined> {
		const entry = this.cmdlets.get(keyOf(name));
		if (!entry) return undefined;
		if (!entry.def && entry.load) entry.def = (await entry.load()).default;
		return entry.def;
	}

	/** Loads every cmdlet (Get-Command, Get-Help and completion need their parameters). */
	async loadAll(): Promise<void> {
		await Promise.all([...this.cmdlets.values()].map(e => this.loadCmdlet(e.name)));
	}

	get allLoaded(): boolean {
		return [...this.cmdlets.values()].every(e => e.def);
	}

	/** The definitions loaded so far (all of them after loadAll). */
	listCmdlets(): CmdletDef[] {
		return [...this.cmdlets.values()].flatMap(e => (e.def ? [e.def] : []));
	}

	/** Every cmdlet name, loaded or not. */
	listNames(): string[] {
		return [...this.cmdlets.values()].map(e => e.name);
	}

	listAliases(): {name: string; target: string}[] {
		return [...this.aliases.values()];
	}

	/** Aliases that point at a command, for Get-Help's ALIASES and Get-Alias -Definition. */
	aliasesOf(commandName: string): string[] {
		const key = keyOf(commandName);
		return this.listAliases()
			.filter(a => keyOf(a.target) === key)
			.map(a => a.name);
	}
}
