// The Host the engine talks to in the TUI: output goes to the scrollback formatted as in scripts but with colour,
// errors in pwsh's interactive one-line view, questions to a dialog above the prompt, progress to a live bar.

import type {ConfirmChoice, Host, HostColors, OutputSink, ProgressRecord} from '../host/host.ts';
import type {ErrorRecord} from '../engine/errors.ts';
import {OutDefault} from '../format/out-default.ts';
import {formatError} from '../format/error-view.ts';
import {colorize} from '../host/ansi.ts';
import type {OutputStore} from './output-store.ts';
import type {DialogStore} from './dialog-store.ts';
import type {ValueStore} from './value-store.ts';

export interface TuiHostDeps {
	output: OutputStore;
	dialogs: DialogStore;
	progress: ValueStore<ProgressRecord | null>;
	/** The terminal's width now: tables lay out to it. */
	columns(): number;
	/** Clear-Host: clears the terminal and starts an empty scrollback. */
	onClear(): void;
}

const yellow = {foreground: 'Yellow'};

export class TuiHost implements Host {
	readonly interactive = true;
	readonly color = true;
	readonly errorView = 'prompt' as const;

	constructor(private readonly deps: TuiHostDeps) {}

	get width(): number {
		return Math.max(20, this.deps.columns() - 1);
	}

	openOutput(): OutputSink {
		const formatter = new OutDefault({width: this.width, color: true}, (line: string) => this.deps.output.line(line));
		return {write: v => formatter.write(v), end: () => formatter.end()};
	}

	writeLine(text: string, colors?: HostColors): void {
		for (const line of text.split('\n')) this.deps.output.line(colorize(line, colors, true));
	}

	write(text: string, colors?: HostColors): void {
		this.deps.output.write(colorize(text, colors, true));
	}

	writeError(record: ErrorRecord): void {
		for (const line of formatError(record, 'prompt', true)) this.deps.output.line(line);
	}

	writeWarning(message: string): void {
		this.deps.output.line(colorize(`WARNING: ${message}`, yellow, true));
	}

	writeVerbose(message: string): void {
		this.deps.output.line(colorize(`VERBOSE: ${message}`, yellow, true));
	}

	writeDebug(message: string): void {
		this.deps.output.line(colorize(`DEBUG: ${message}`, yellow, true));
	}

	writeInformation(message: string): void {
		this.deps.output.line(message);
	}

	writeProgress(record: ProgressRecord): void {
		this.deps.progress.set(record.completed ? null : {...record});
	}

	clear(): void {
		this.deps.onClear();
	}

	prompt(caption: string, message: string, field: string): Promise<string | null> {
		return this.deps.dialogs.prompt(caption, message, field);
	}

	confirm(caption: string, message: string): Promise<ConfirmChoice> {
		return this.deps.dialogs.confirm(caption, message);
	}
}
