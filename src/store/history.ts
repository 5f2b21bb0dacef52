// The prompt's persistent history (PSReadLine's ConsoleHost_history.txt): bounded, kept in the user's config
// directory through `conf`. The backend is injectable so tests never touch the real config dir, and a backend that
// cannot be read or written (read-only home, corrupt file) leaves history working in memory for the session.

export const HISTORY_LIMIT = 1000;
const KEY = 'entries';

/** The part of a `conf` instance the store uses. */
export interface KeyValueBackend {
	get(key: string): unknown;
	set(key: string, value: unknown): void;
}

export class HistoryStore {
	private items: string[];
	private backend: KeyValueBackend | null;

	constructor(backend: KeyValueBackend | null, private readonly limit = HISTORY_LIMIT) {
		this.backend = backend;
		this.items = this.read() ?? [];
	}

	/** Oldest first. */
	entries(): readonly string[] {
		return this.items;
	}

	/** Whether entries are being saved (false after the backend failed). */
	get persistent(): boolean {
		return this.backend !== null;
	}

	/** Appends a submitted line. Blank lines and a repeat of the newest entry are not kept (PSReadLine does the same). */
	add(line: string): void {
		if (line.trim() === '') return;
		// Re-read first: another shell may have added lines since we started; theirs stay, ours go after.
		const current = this.read() ?? this.items;
		const next = current[current.length - 1] === line ? [...current] : [...current, line];
		if (next.length > this.limit) next.splice(0, next.length - this.limit);
		this.items = next;
		if (!this.backend) return;
		try {
			this.backend.set(KEY, next);
		} catch {
			// Unwritable config dir: keep the history for this session only.
			this.backend = null;
		}
	}

	private read(): string[] | undefined {
		if (!this.backend) return undefined;
		try {
			const raw = this.backend.get(KEY);
			if (!Array.isArray(raw)) return undefined;
			const lines = raw.filter((x): x is string => typeof x === 'string');
			return lines.slice(Math.max(0, lines.length - this.limit));
		} catch {
			this.backend = null;
			return undefined;
		}
	}
}

/**
 * The history in the user's config directory (`conf` with projectName 'scpsh', file history.json). `cwd` overrides
 * the directory (tests). Falls back to an in-memory store when the directory cannot be used.
 */
export async function openHistoryStore(opts: {cwd?: string; limit?: number} = {}): Promise<HistoryStore> {
	try {
		// Loaded lazily: only the interactive shell keeps history, and conf costs ~100 ms to import.
		const {default: Conf} = await import('conf');
		const conf = new Conf<{entries: string[]}>({projectName: 'scpsh', configName: 'history', cwd: opts.cwd, clearInvalidConfig: true});
		return new HistoryStore(conf as unknown as KeyValueBackend, opts.limit);
	} catch {
		return new HistoryStore(null, opts.limit);
	}
}
