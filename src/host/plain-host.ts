// The host for scripts and piped runs: output on stdout, errors/warnings/verbose on stderr, colour only when the
// stream is a terminal and NO_COLOR is unset. Writes are batched: a long script makes few system calls.

import type {ConfirmChoice, Host, HostColors, OutputSink, ProgressRecord} from './host.ts';
import type {ErrorRecord} from '../engine/errors.ts';
import {OutDefault} from '../format/out-default.ts';
import {formatError} from '../format/error-view.ts';
import {colorize} from './ansi.ts';

export interface TextStream {
	write(text: string): unknown;
	isTTY?: boolean;
	columns?: number;
}

export interface PlainHostOptions {
	stdout: TextStream;
	stderr: TextStream;
	color: boolean;
	errorColor: boolean;
	width?: number;
	interactive?: boolean;
}

export class PlainHost implements Host {
	readonly interactive: boolean;
	readonly width: number;
	readonly color: boolean;
	readonly errorView = 'script' as const;
	private out: string[] = [];
	private outSize = 0;

	constructor(private readonly opts: PlainHostOptions) {
		this.interactive = opts.interactive ?? false;
		this.width = opts.width ?? (opts.stdout.isTTY && opts.stdout.columns ? opts.stdout.columns : 120);
		this.color = opts.color;
	}

	private stdout(text: string): void {
		this.out.push(text);
		this.outSize += text.length;
		if (this.outSize > 65536) this.flush();
	}

	private stderr(text: string): void {
		// Keep the two streams in order where they share a terminal.
		this.flush();
		this.opts.stderr.write(text);
	}

	flush(): void {
		if (this.out.length === 0) return;
		this.opts.stdout.write(this.out.join(''));
		this.out = [];
		this.outSize = 0;
	}

	openOutput(): OutputSink {
		const formatter = new OutDefault({width: this.width, color: this.color, errorView: this.errorView}, line => this.stdout(line + '\n'));
		return {write: v => formatter.write(v), end: () => formatter.end()};
	}

	writeLine(text: string, colors?: HostColors): void {
		this.stdout(colorize(text, colors, this.color) + '\n');
	}

	write(text: string, colors?: HostColors): void {
		this.stdout(colorize(text, colors, this.color));
	}

	writeError(record: ErrorRecord): void {
		this.stderr(formatError(record, 'script', this.opts.errorColor).join('\n') + '\n');
	}

	writeWarning(message: string): void {
		this.stderr(colorize(`WARNING: ${message}`, {foreground: 'Yellow'}, this.opts.errorColor) + '\n');
	}

	writeVerbose(message: string): void {
		this.stderr(colorize(`VERBOSE: ${message}`, {foreground: 'Yellow'}, this.opts.errorColor) + '\n');
	}

	writeDebug(message: string): void {
		this.stderr(colorize(`DEBUG: ${message}`, {foreground: 'Yellow'}, this.opts.errorColor) + '\n');
	}

	writeInformation(message: string): void {
		this.stdout(message + '\n');
	}

	writeProgress(_record: ProgressRecord): void {
		// Scripts do not draw progress bars; the TUI does.
	}

	clear(): void {
		if (this.opts.stdout.isTTY) this.stdout('\x1b[2J\x1b[3J\x1b[H');
	}

	async prompt(): Promise<string | null> {
		return null;
	}

	async confirm(): Promise<ConfirmChoice> {
		return 'No';
	}
}
