// The command table: cmdlets by name and alias. cli/ hands it the list from commands/index.ts, so the engine can be
// tested with any set of cmdlets.

import type {CmdletDef} from './command.ts';
import {keyOf} from './values.ts';

export class CommandRegistry {
	private readonly cmdlets = new Map<string, CmdletDef>();
	private readonly aliases = new Map<string, {name: string; target: string}>();

	constructor(defs: readonly CmdletDef[] = []) {
		for (const def of defs) this.add(def);
	}

	add(def: CmdletDef): void {
		this.cmdlets.set(keyOf(def.name), def);
		for (const alias of def.aliases ?? []) this.setAlias(alias, def.name);
	}

	setAlias(name: string, target: string): void {
		this.aliases.set(keyOf(name), {name, target});
	}

	removeAlias(name: string): boolean {
		return this.aliases.delete(keyOf(name));
	}

	getCmdlet(name: string): CmdletDef | undefined {
		return this.cmdlets.get(keyOf(name));
	}

	getAlias(name: string): {name: string; target: string} | undefined {
		return this.aliases.get(keyOf(name));
	}

	listCmdlets(): CmdletDef[] {
		return [...this.cmdlets.values()];
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
