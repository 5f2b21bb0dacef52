// An open lab: the site it holds, saved as it changes. A change made by a command is saved before the next
// statement runs: the save is queued as a microtask, which runs before the evaluator's `await` of the statement
// returns, and changes made in one synchronous stretch are written once. In the interactive shell the live clock
// moves the site every second; changes that are only the clock moving are saved every few seconds and at close.
// Each write is atomic (see atomic-write.ts). Before writing, the session checks that it still holds the lock and
// that nobody else wrote the file since it last did; if so, it never overwrites: its state goes to a conflict file.

import {existsSync, statSync, type Stats} from 'node:fs';
import {dirname} from 'node:path';
import type {Site, SiteChange} from '../site/index.ts';
import {writeFileAtomic} from './atomic-write.ts';
import type {HeldLock} from './lab-lock.ts';
import {asideFile} from './lab-names.ts';

export const CLOCK_SAVE_INTERVAL_MS = 5000;

export interface LabSessionOptions {
	name: string;
	path: string;
	lock: HeldLock;
	site: Site;
	/** A live clock moves the site (the interactive shell): clock-only changes are saved periodically. */
	live: boolean;
	/** Warnings for the person (the host's WARNING: lines). */
	warn?: (message: string) => void;
	/** Real time, for conflict file names. */
	now?: () => Date;
}

type Fingerprint = Pick<Stats, 'ino' | 'size' | 'mtimeMs'> | null;

const fingerprint = (path: string): Fingerprint => {
	try {
		const s = statSync(path);
		return {ino: s.ino, size: s.size, mtimeMs: s.mtimeMs};
	} catch {
		return null;
	}
};

const sameFile = (a: Fingerprint, b: Fingerprint): boolean =>
	a === b || (a !== null && b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs);

export class LabSession {
	readonly name: string;
	readonly path: string;
	#site: Site;
	#unsubscribe: () => void = () => {};
	#dirty = false;
	#clockDirty = false;
	#queued = false;
	#timer: NodeJS.Timeout | undefined;
	#closed = false;
	/** Set when another process took the lab over: this session stops saving. */
	#detached = false;
	#known: Fingerprint;
	#lastError: string | undefined;
	#saves = 0;

	constructor(private readonly opts: LabSessionOptions) {
		this.name = opts.name;
		this.path = opts.path;
		this.#site = opts.site;
		this.#known = fingerprint(opts.path);
		this.#subscribe();
		if (opts.live) {
			this.#timer = setInterval(() => {
				if (this.#clockDirty) this.#trySave();
			}, CLOCK_SAVE_INTERVAL_MS);
			// The terminal keeps the process alive, not the save timer.
			this.#timer.unref();
		}
	}

	get site(): Site {
		return this.#site;
	}

	/** How many times the lab was written (diagnostics and tests). */
	get saves(): number {
		return this.#saves;
	}

	/** Whether changes are still being saved. */
	get saving(): boolean {
		return !this.#closed && !this.#detached;
	}

	/** The session's site was replaced (Reset-SimSite): follow the new one and save it at once. */
	replaceSite(site: Site): void {
		if (site === this.#site) return;
		this.#unsubscribe();
		this.#site = site;
		this.#subscribe();
		this.#markDirty();
	}

	#subscribe(): void {
		this.#unsubscribe = this.#site.onChange(change => this.#onChange(change));
	}

	#onChange(change: SiteChange): void {
		if (this.opts.live && change.kinds.every(k => k === 'clock')) {
			this.#clockDirty = true;
			return;
		}
		this.#markDirty();
	}

	#markDirty(): void {
		this.#dirty = true;
		if (this.#queued) return;
		this.#queued = true;
		queueMicrotask(() => {
			this.#queued = false;
			if (this.#dirty) this.#trySave();
		});
	}

	/** A save from a microtask or a timer, where nothing may escape (it would end the process with a stack trace). */
	#trySave(): void {
		try {
			this.save();
		} catch (e) {
			this.opts.warn?.(`Could not save the lab '${this.name}': ${describe(e)}.`);
		}
	}

	/** Writes the lab now. Returns whether it was written. */
	save(): boolean {
		if (!this.saving) return false;
		this.#dirty = false;
		this.#clockDirty = false;
		const text = JSON.stringify(this.#site.toJSON());
		const onDisk = fingerprint(this.path);
		// A file that vanished holds nobody's state; one that changed holds another writer's.
		if (this.opts.lock.check() === 'lost' || (onDisk !== null && !sameFile(onDisk, this.#known))) {
			this.#divert(text);
			return false;
		}
		try {
			writeFileAtomic(this.path, text);
			this.#saves++;
			this.#known = fingerprint(this.path);
			if (this.#lastError) this.opts.warn?.(`The lab '${this.name}' is being saved again.`);
			this.#lastError = undefined;
			return true;
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code ?? String(e);
			// One warning per kind of failure, not one per statement; the next change tries again.
			if (code !== this.#lastError) {
				this.opts.warn?.(`Could not save the lab '${this.name}' to ${this.path} (${describe(e)}); changes are kept in memory and saving is retried after the next change.`);
			}
			this.#lastError = code;
			this.#dirty = true;
			return false;
		}
	}

	/** Another process wrote the lab or broke our lock: keep both states, overwrite nothing, stop saving. */
	#divert(text: string): void {
		this.#detached = true;
		let where = '';
		try {
			const target = asideFile(dirname(this.path), this.name, 'conflict', this.opts.now?.() ?? new Date(), existsSync);
			writeFileAtomic(target, text);
			where = ` This session's state was saved to ${target}.`;
		} catch (e) {
			where = ` This session's state could not be saved (${describe(e)}).`;
		}
		this.opts.warn?.(`The lab '${this.name}' was changed by another process; this session no longer saves it, so neither overwrites the other.${where}`);
	}

	/** Saves what is unsaved (the clock's progress too), stops the timer and releases the lock. Safe to call twice. */
	close(): void {
		if (this.#closed) return;
		if (this.#dirty || this.#clockDirty) this.save();
		this.#closed = true;
		if (this.#timer) clearInterval(this.#timer);
		this.#unsubscribe();
		// Releases only a lock that still names this session.
		this.opts.lock.release();
	}
}

export function describe(e: unknown): string {
	const err = e as NodeJS.ErrnoException;
	switch (err?.code) {
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EROFS':
			return 'read-only file system';
		case 'ENOSPC':
			return 'no space left on the device';
		case 'ENOTDIR':
			return 'a file is in the way of a directory';
		case 'EDQUOT':
			return 'disk quota exceeded';
		case 'ENOENT':
			return 'the directory no longer exists';
		default:
			return err?.code ?? (e instanceof Error ? e.message : String(e));
	}
}
