// The Session a cmdlet sees: the runtime's, with variables and commands looked up from the caller's scope, so
// `$x = 1; Get-Variable x` and `Invoke-Expression` inside a function see what the function sees.

import type {CommandInfo, HistoryEntry, Session} from './command.ts';
import type {Runtime} from './runtime.ts';
import type {Scope} from './scope.ts';

export class ScopedSession implements Session {
	constructor(
		private readonly rt: Runtime,
		private readonly scope: Scope,
	) {}

	get host() {
		return this.rt.host;
	}

	get site(): any {
		return this.rt.site;
	}

	set site(value: any) {
		this.rt.site = value;
	}

	get aboutTopics(): Map<string, string> {
		return this.rt.aboutTopics;
	}

	get history(): HistoryEntry[] {
		return this.rt.history;
	}

	get location(): string {
		return this.rt.location;
	}

	set location(value: string) {
		this.rt.location = value;
	}

	getVariable(name: string): unknown {
		return name === '?' ? this.rt.lastStatus : this.scope.get(name);
	}

	hasVariable(name: string): boolean {
		return this.scope.has(name);
	}

	setVariable(name: string, value: unknown): void {
		// `global:LASTEXITCODE` and friends go to the global scope, as `$global:x = ...` does.
		if (/^global:/i.test(name)) this.rt.setVariable(name.slice(7), value);
		else this.scope.setLocal(name, value);
	}

	listVariables(): {name: string; value: unknown}[] {
		return this.scope.list();
	}

	removeVariable(name: string): boolean {
		return this.scope.remove(name);
	}

	resolveCommand(name: string): CommandInfo | undefined {
		return this.rt.lookup(name, this.scope);
	}

	listCommands(): CommandInfo[] {
		return this.rt.commandsIn(this.scope);
	}

	loadCommands(): Promise<void> {
		return this.rt.loadCommands();
	}

	setAlias(name: string, target: string): void {
		this.rt.setAlias(name, target);
	}

	removeAlias(name: string): boolean {
		return this.rt.removeAlias(name);
	}

	seedRandom(seed: number): void {
		this.rt.seedRandom(seed);
	}

	runText(text: string): Promise<unknown[]> {
		return this.rt.runTextIn(text, this.scope);
	}

	random(): number {
		return this.rt.random();
	}

	waitSimulated(ms: number, signal?: AbortSignal): Promise<void> {
		return this.rt.waitSimulated(ms, signal);
	}
}
