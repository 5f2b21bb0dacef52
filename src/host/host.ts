// The Host: everything the engine shows to, or asks of, a person. The engine never writes to the console.
// The plain-text host serves scripts; the TUI supplies its own; tests use a recording one.

import type {ErrorRecord} from '../engine/errors.ts';

export type ConfirmChoice = 'Yes' | 'YesToAll' | 'No' | 'NoToAll';

export interface HostColors {
	foreground?: string;
	background?: string;
}

export interface ProgressRecord {
	activity: string;
	status: string;
	percentComplete: number;
	completed?: boolean;
}

/** Where the formatted output of one pipeline goes. `write` takes objects; the host formats them. */
export interface OutputSink {
	write(value: unknown): void;
	/** Ends the pipeline's output: a table closes, buffered objects are laid out. */
	end(): void;
}

export interface Host {
	/** False in scripts and under -NonInteractive: prompts become errors. */
	readonly interactive: boolean;
	/** Width that tables and lists lay out to. */
	readonly width: number;
	/** Whether output may carry ANSI colour. */
	readonly color: boolean;
	/** `ConciseView` at an interactive prompt prints one line; scripts get the framed view. */
	readonly errorView: 'prompt' | 'script';

	/** Opens the sink for one top-level pipeline's output (pwsh's Out-Default). */
	openOutput(): OutputSink;
	/** Already formatted text, one line per call (Out-Host of a string, Write-Host). */
	writeLine(text: string, colors?: HostColors): void;
	/** Write-Host -NoNewline and friends. */
	write(text: string, colors?: HostColors): void;
	writeError(record: ErrorRecord): void;
	writeWarning(message: string): void;
	writeVerbose(message: string): void;
	writeDebug(message: string): void;
	writeInformation(message: string): void;
	writeProgress(record: ProgressRecord): void;
	clear(): void;

	/** Asks for one value (a missing mandatory parameter); null when the person cancels. */
	prompt(caption: string, message: string, field: string): Promise<string | null>;
	/** `-Confirm`'s question. */
	confirm(caption: string, message: string): Promise<ConfirmChoice>;

	/** Waits, in real time, for a cancellable interval while the live clock runs (TUI); scripts never wait. */
	sleep?(ms: number, signal: AbortSignal): Promise<void>;
}
