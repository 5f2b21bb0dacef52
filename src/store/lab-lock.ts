// One live scpsh per lab. The lock is a small file next to the lab naming its holder; it is created with a hard
// link from a complete temporary file, so another process never sees it half-written. A lock whose process is gone
// (killed, crashed, a container restarted) is taken over.

import {linkSync, readFileSync, unlinkSync, writeFileSync} from 'node:fs';
import {hostname} from 'node:os';

export interface LockHolder {
	pid: number;
	host: string;
	/** Real time the lock was taken, ISO 8601. */
	since: string;
	/** Tells two opens by one process apart. */
	token: string;
}

export interface HeldLock {
	readonly holder: LockHolder;
	/** Whether the lock file still names this holder (nobody broke it). */
	owns(): boolean;
	/**
	 * Before a write: `held` when the lock is still ours (a lock file that vanished is put back), `lost` when
	 * another holder replaced it, `unavailable` when it cannot be checked (the directory is gone or unwritable).
	 */
	check(): 'held' | 'lost' | 'unavailable';
	release(): void;
}

export type LockResult = {ok: true; lock: HeldLock} | {ok: false; holder: LockHolder};

export interface LockOptions {
	pid?: number;
	isAlive?: (pid: number) => boolean;
}

export function readHolder(path: string): LockHolder | undefined {
	try {
		const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
		if (typeof v.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0) return undefined;
		return {pid: v.pid, host: String(v.host ?? ''), since: String(v.since ?? ''), token: String(v.token ?? '')};
	} catch {
		return undefined;
	}
}

/** Tells apart two lock attempts; not a secret (node:crypto would cost ~10 ms of start-up to load). */
const uniqueId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

const errnoOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

/** Creates `path` with `text` only if it does not exist yet, never leaving it empty or partial. */
function createExclusive(path: string, text: string): boolean {
	const tmp = `${path}.${process.pid}-${uniqueId()}`;
	writeFileSync(tmp, text);
	try {
		linkSync(tmp, path);
		return true;
	} catch (e) {
		if (errnoOf(e) === 'EEXIST') return false;
		if (errnoOf(e) !== 'EPERM' && errnoOf(e) !== 'ENOTSUP' && errnoOf(e) !== 'ENOSYS') throw e;
		// A file system without hard links: an exclusive create (a reader may briefly see it empty).
		try {
			writeFileSync(path, text, {flag: 'wx'});
			return true;
		} catch (e2) {
			if (errnoOf(e2) === 'EEXIST') return false;
			throw e2;
		}
	} finally {
		try {
			unlinkSync(tmp);
		} catch {
			// Already gone.
		}
	}
}

/** Whether `pid` is a running process that could be scpsh. */
export function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (e) {
		// EPERM: it exists but belongs to someone else.
		if (errnoOf(e) !== 'EPERM') return false;
	}
	if (process.platform === 'linux') {
		try {
			// A pid reused by an unrelated program (common after a container restart) does not hold the lab.
			const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			if (cmdline !== '' && !/node|scpsh/i.test(cmdline)) return false;
		} catch {
			// Unreadable: trust kill(0).
		}
	}
	return true;
}

export function acquireLock(path: string, opts: LockOptions = {}): LockResult {
	const pid = opts.pid ?? process.pid;
	const isAlive = opts.isAlive ?? processAlive;
	const holder: LockHolder = {pid, host: hostname(), since: new Date().toISOString(), token: uniqueId()};
	const text = JSON.stringify(holder) + '\n';
	for (let attempt = 0; attempt < 3; attempt++) {
		if (createExclusive(path, text)) return {ok: true, lock: heldLock(path, holder, text)};
		let seen: string;
		try {
			seen = readFileSync(path, 'utf8');
		} catch (e) {
			if (errnoOf(e) === 'ENOENT') continue;
			throw e;
		}
		const other = readHolder(path);
		// Our own pid can only be a leftover of an earlier process that had it (one launcher opens a lab once).
		if (other && other.pid !== pid && isAlive(other.pid)) return {ok: false, holder: other};
		// Stale: remove it, unless another process has just replaced it (checked again right before the unlink).
		try {
			if (readFileSync(path, 'utf8') === seen) unlinkSync(path);
		} catch (e) {
			if (errnoOf(e) !== 'ENOENT') throw e;
		}
	}
	const other = readHolder(path);
	return other ? {ok: false, holder: other} : {ok: false, holder: {pid: 0, host: '', since: '', token: ''}};
}

function heldLock(path: string, holder: LockHolder, text: string): HeldLock {
	let released = false;
	return {
		holder,
		owns: () => !released && readHolder(path)?.token === holder.token,
		check() {
			if (released) return 'lost';
			const current = readHolder(path);
			if (current) return current.token === holder.token ? 'held' : 'lost';
			try {
				return createExclusive(path, text) ? 'held' : 'lost';
			} catch {
				return 'unavailable';
			}
		},
		release() {
			if (released) return;
			released = true;
			try {
				if (readHolder(path)?.token === holder.token) unlinkSync(path);
			} catch {
				// Gone already, or the directory became unwritable: a stale lock is taken over next time.
			}
		},
	};
}
