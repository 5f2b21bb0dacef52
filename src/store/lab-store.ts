// The labs directory: opening a lab (lock, read or create, set aside what cannot be read, migrate what is old),
// and listing labs for Get-SimLab. Lab files are plain JSON written by this module rather than through `conf`:
// conf costs ~40 ms to import, which would make every scripted run pay more than the rest of start-up together,
// and a lab needs what conf does not give: a lock, a set-aside for damaged files, and migrations of the site's
// own schema. History and preferences, which only the interactive shell needs, do go through conf (history.ts,
// preferences.ts), in the same directory.

import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {Site, listScenarios, SCHEMA_VERSION} from '../site/index.ts';
import {acquireLock, processAlive, readHolder, type LockHolder, type LockOptions} from './lab-lock.ts';
import {readLab, setAside} from './lab-file.ts';
import {asideFile, labFile, labNameOfFile, lockFile} from './lab-names.ts';
import {writeFileAtomic} from './atomic-write.ts';
import {LabSession, describe} from './lab-session.ts';
import {labsDir} from './config-dir.ts';

export interface OpenLabOptions {
	/** Start afresh from this scenario (its name must be valid) instead of reading the saved lab. */
	scenario?: string;
	/** The interactive shell's live clock moves the site: clock-only changes are saved periodically. */
	live: boolean;
	warn?: (message: string) => void;
}

export type OpenLabResult =
	| {kind: 'open'; session: LabSession; warnings: string[]}
	/** Another live scpsh holds the lab. */
	| {kind: 'busy'; holder: LockHolder; lockPath: string}
	/** The directory cannot be written: run on `site` without saving, as with -Ephemeral. */
	| {kind: 'unwritable'; site: Site; warnings: string[]};

export interface LabInfo {
	Name: string;
	Scenario: string | null;
	/** Current (this session), InUse (another live scpsh), Available, or Unreadable. */
	Status: 'Current' | 'InUse' | 'Available' | 'Unreadable';
	/** The lab's simulated clock, ms. */
	SimulatedTime: number | null;
	/** Real time of the last save, ms. */
	LastSaved: number;
	HeldBy: number | null;
	Path: string;
}

const knownScenario = (name: string | undefined): string | undefined =>
	name === undefined ? undefined : listScenarios().find(s => s.Name.toLowerCase() === name.toLowerCase())?.Name;

export class LabStore {
	readonly dir: string;

	/** `configDir`: the directory holding `labs/`. */
	constructor(
		configDir: string,
		private readonly options: {now?: () => Date; lock?: LockOptions} = {},
	) {
		this.dir = labsDir(configDir);
	}

	open(name: string, opts: OpenLabOptions): OpenLabResult {
		const warnings: string[] = [];
		const fresh = (scenario: string | undefined) => Site.create(knownScenario(scenario) ?? 'default');
		const unwritable = (e: unknown): OpenLabResult => ({
			kind: 'unwritable',
			site: fresh(opts.scenario),
			warnings: [
				...warnings,
				`The lab store ${this.dir} cannot be used (${describe(e)}): this session runs as with -Ephemeral, and nothing it does is saved.`,
			],
		});
		try {
			mkdirSync(this.dir, {recursive: true});
		} catch (e) {
			return unwritable(e);
		}
		const path = labFile(this.dir, name);
		const lockPath = lockFile(this.dir, name);
		let lockResult;
		try {
			lockResult = acquireLock(lockPath, this.options.lock);
		} catch (e) {
			return unwritable(e);
		}
		if (!lockResult.ok) return {kind: 'busy', holder: lockResult.holder, lockPath};
		const lock = lockResult.lock;
		this.#removeLeftovers(name);
		try {
			let site: Site;
			let needsSave = true;
			if (opts.scenario !== undefined) {
				site = fresh(opts.scenario);
			} else {
				const read = readLab(path);
				if (read.kind === 'ok') {
					site = read.site;
					needsSave = read.migratedFrom !== undefined;
					if (read.migratedFrom !== undefined) warnings.push(`The lab '${name}' was saved by an older scpsh (schema ${read.migratedFrom}); it was brought up to schema ${SCHEMA_VERSION}.`);
				} else if (read.kind === 'missing') {
					site = fresh(undefined);
				} else {
					const scenario = knownScenario(read.scenario) ?? 'default';
					const target = setAside(path, asideFile(this.dir, name, 'corrupt', this.options.now?.() ?? new Date(), existsSync));
					warnings.push(`The lab '${name}' could not be read: ${read.reason}. It was moved to ${target}, and the lab starts again from the '${scenario}' scenario.`);
					site = fresh(scenario);
				}
			}
			if (needsSave) writeFileAtomic(path, JSON.stringify(site.toJSON()));
			const session = new LabSession({name, path, lock, site, live: opts.live, warn: opts.warn, now: this.options.now});
			return {kind: 'open', session, warnings};
		} catch (e) {
			lock.release();
			return unwritable(e);
		}
	}

	/** Temporary files of writes a killed process did not finish (`<name>.json.tmp-<pid>`, `<name>.lock.<pid>-<id>`). */
	#removeLeftovers(name: string): void {
		try {
			for (const file of readdirSync(this.dir)) {
				const m = new RegExp(`^${name}\\.(?:json\\.tmp-|lock\\.)(\\d+)`).exec(file);
				if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1]))) rmSync(join(this.dir, file), {force: true});
			}
		} catch {
			// Tidying is best effort.
		}
	}

	/** The saved site of a lab, read without locking or writing (shell completion); undefined when unusable. */
	peek(name: string): Site | undefined {
		try {
			const read = readLab(labFile(this.dir, name));
			return read.kind === 'ok' ? read.site : undefined;
		} catch {
			return undefined;
		}
	}

	/** Every lab in the directory, by name. `current` is this session's lab. */
	list(current?: string): LabInfo[] {
		let files: string[];
		try {
			files = readdirSync(this.dir);
		} catch {
			return [];
		}
		const out: LabInfo[] = [];
		for (const file of files.sort()) {
			const name = labNameOfFile(file);
			if (!name) continue;
			const path = labFile(this.dir, name);
			let saved = 0;
			let scenario: string | null = null;
			let time: number | null = null;
			let readable = true;
			try {
				saved = statSync(path).mtimeMs;
				const lab = JSON.parse(readFileSync(path, 'utf8')) as {scenario?: unknown; clock?: {now?: unknown}; schemaVersion?: unknown};
				scenario = typeof lab.scenario === 'string' ? lab.scenario : null;
				time = typeof lab.clock?.now === 'number' ? lab.clock.now : null;
				readable = typeof lab.schemaVersion === 'number' && lab.schemaVersion <= SCHEMA_VERSION && scenario !== null;
			} catch {
				readable = false;
			}
			const holder = readHolder(lockFile(this.dir, name));
			const held = holder && (holder.pid === process.pid || processAlive(holder.pid)) ? holder.pid : null;
			const status: LabInfo['Status'] =
				name === current && held === process.pid ? 'Current' : held !== null && held !== process.pid ? 'InUse' : readable ? 'Available' : 'Unreadable';
			out.push({Name: name, Scenario: scenario, Status: status, SimulatedTime: time, LastSaved: saved, HeldBy: held, Path: path});
		}
		return out;
	}
}
