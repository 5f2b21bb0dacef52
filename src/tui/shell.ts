// Runs what the person submits: echoes the prompt and line into the scrollback, keeps history, runs the line with
// a fresh AbortController (Ctrl+C aborts it: Start-Sleep, Get-SiteLog -Wait and restart waits all stop), and
// reports `exit N`. React only reads its state.

import type {HistoryEntry} from '../engine/command.ts';
import type {OutputStore} from './output-store.ts';
import {ValueStore} from './value-store.ts';
import {CONTINUATION, promptText} from './prompt-text.ts';

/** What the shell needs of the runtime (a Runtime is one). */
export interface ShellSession {
	location: string;
	readonly history?: HistoryEntry[];
	run(text: string, opts: {signal: AbortSignal; globalScope: true}): Promise<{exitCode?: number}>;
	/** The site's clock, for Get-History's times. */
	readonly site?: {snapshot?(): {clock: {Now: number}}} | null;
}

export interface LineHistory {
	entries(): readonly string[];
	add(line: string): void;
}

export interface ShellState {
	busy: boolean;
	location: string;
}

const dim = (s: string) => `\x1b[90m${s}\x1b[39m`;

export class Shell {
	readonly state: ValueStore<ShellState>;
	private controller: AbortController | null = null;

	constructor(
		private readonly session: ShellSession,
		private readonly output: OutputStore,
		readonly history: LineHistory,
		private readonly onExit: (code: number) => void,
	) {
		this.state = new ValueStore<ShellState>({busy: false, location: session.location});
	}

	/** The submitted line as pwsh leaves it in the scrollback: the prompt, the text, `>> ` before later lines. */
	echo(text: string, suffix = ''): void {
		const lines = text.split('\n');
		lines.forEach((line, i) => this.output.line((i === 0 ? promptText(this.session.location) : dim(CONTINUATION)) + line + (i === lines.length - 1 ? suffix : '')));
	}

	async submit(text: string): Promise<void> {
		this.echo(text);
		if (text.trim() === '') return;
		this.history.add(text);
		const controller = new AbortController();
		this.controller = controller;
		this.state.set({...this.state.get(), busy: true});
		const started = this.simNow();
		const before = this.session.history?.length ?? 0;
		let status: HistoryEntry['status'] = 'Completed';
		try {
			const result = await this.session.run(text, {signal: controller.signal, globalScope: true});
			if (controller.signal.aborted) status = 'Stopped';
			if (result.exitCode !== undefined) {
				this.output.flush();
				this.onExit(result.exitCode);
			}
		} catch (e) {
			status = 'Failed';
			// Never a stack trace: this is a bug in scpsh, said plainly.
			this.output.line(`\x1b[31;1mscpsh: internal error: ${e instanceof Error ? e.message : String(e)}\x1b[0m`);
		} finally {
			this.controller = null;
			this.recordHistory(before, text, started, status);
			this.output.flush();
			this.state.set({busy: false, location: this.session.location});
		}
	}

	/** Ctrl+C while a command runs. */
	cancel(): void {
		this.controller?.abort();
	}

	private simNow(): number {
		try {
			return this.session.site?.snapshot?.().clock.Now ?? 0;
		} catch {
			return 0;
		}
	}

	/** Get-History: added here unless the runtime already recorded the line itself. */
	private recordHistory(before: number, text: string, startTime: number, status: HistoryEntry['status']): void {
		const h = this.session.history;
		if (!h || h.length !== before) return;
		h.push({id: (h[h.length - 1]?.id ?? 0) + 1, commandLine: text, startTime, endTime: this.simNow(), status});
	}
}
