// The host for `-OutputFormat Json`: every output object is one compact JSON line on stdout (NDJSON, with the
// contract's property names and ISO 8601 dates), and everything else — errors, warnings, verbose and host text —
// is one JSON line on stderr with a `type`, so both streams stay machine-readable. No colour, ever.

import type {ConfirmChoice, Host, OutputSink, ProgressRecord} from '../host/host.ts';
import type {ErrorRecord} from '../engine/errors.ts';
import {toJsonLine} from '../format/json.ts';
import {FormattedOutput} from '../format/formatted.ts';

export interface JsonStream {
	write(text: string): unknown;
}

export interface JsonPosition {
	file: string | null;
	/** 1-based. */
	line: number;
	/** 1-based, in characters. */
	column: number;
	/** The source line. */
	text: string;
}

/** Line and column of an offset in source text. */
export function lineColumn(source: string, offset: number): {line: number; column: number; text: string} {
	const at = Math.max(0, Math.min(offset, source.length));
	const start = source.lastIndexOf('\n', at - 1) + 1;
	const end = source.indexOf('\n', at);
	let line = 1;
	for (let i = source.indexOf('\n'); i >= 0 && i < at; i = source.indexOf('\n', i + 1)) line++;
	return {line, column: at - start + 1, text: source.slice(start, end < 0 ? source.length : end).replace(/\r$/, '')};
}

const scalar = (v: unknown): string | number | boolean | null =>
	typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v === null || v === undefined ? null : String(v);

/** An error record as its JSON line's object. */
export function errorJson(record: ErrorRecord): Record<string, unknown> {
	const p = record.position;
	let position: JsonPosition | null = null;
	if (p) position = {file: p.file ?? null, ...lineColumn(p.source, p.extent.start)};
	return {
		type: 'error',
		message: record.message,
		category: record.category,
		id: record.fullyQualifiedErrorId,
		exception: record.exceptionType,
		target: scalar(record.targetObject),
		command: record.commandName ?? null,
		position,
	};
}

export class JsonHost implements Host {
	readonly interactive = false;
	readonly width = 120;
	readonly color = false;
	readonly errorView = 'script' as const;
	private out: string[] = [];
	private size = 0;
	/** Write-Host -NoNewline text waiting for the rest of its line. */
	private partial = '';

	constructor(private readonly streams: {stdout: JsonStream; stderr: JsonStream}) {}

	private stdout(line: string): void {
		this.out.push(line, '\n');
		this.size += line.length + 1;
		if (this.size > 65536) this.flush();
	}

	private record(value: Record<string, unknown>): void {
		this.flush();
		this.streams.stderr.write(JSON.stringify(value) + '\n');
	}

	flush(): void {
		if (this.out.length === 0) return;
		this.streams.stdout.write(this.out.join(''));
		this.out = [];
		this.size = 0;
	}

	/** Ends the run: text written with -NoNewline is not lost. */
	end(): void {
		if (this.partial !== '') this.writeLine('');
		this.flush();
	}

	openOutput(): OutputSink {
		const write = (value: unknown): void => {
			if (value === null || value === undefined) return;
			// pwsh's Out-Default unrolls collections: one line per item.
			if (Array.isArray(value)) {
				for (const item of value) write(item);
				return;
			}
			// Format-Table and Format-List output is text by then: one JSON string per line.
			if (value instanceof FormattedOutput) {
				for (const line of value.render({width: this.width, color: false})) this.stdout(JSON.stringify(line));
				return;
			}
			this.stdout(toJsonLine(value));
		};
		return {write, end: () => {}};
	}

	writeLine(text: string): void {
		const message = this.partial + text;
		this.partial = '';
		this.record({type: 'information', message});
	}

	write(text: string): void {
		const lines = (this.partial + text).split('\n');
		this.partial = lines.pop()!;
		for (const message of lines) this.record({type: 'information', message});
	}

	writeError(record: ErrorRecord): void {
		this.record(errorJson(record));
	}

	writeWarning(message: string): void {
		this.record({type: 'warning', message});
	}

	writeVerbose(message: string): void {
		this.record({type: 'verbose', message});
	}

	writeDebug(message: string): void {
		this.record({type: 'debug', message});
	}

	writeInformation(message: string): void {
		this.record({type: 'information', message});
	}

	writeProgress(_record: ProgressRecord): void {
		// Progress is for people watching a terminal.
	}

	clear(): void {
		// Nothing to clear in a stream of records.
	}

	async prompt(): Promise<string | null> {
		return null;
	}

	async confirm(): Promise<ConfirmChoice> {
		return 'No';
	}
}
