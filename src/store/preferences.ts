// The interactive shell's preferences (whether the panes show, the live clock's rate), kept through `conf` in the
// config directory next to the labs and history. Loaded lazily: only the interactive shell reads them, and conf
// costs ~40 ms to import. Values are checked on the way out, so a hand-edited or damaged file yields defaults,
// and a store that cannot be written keeps the preferences for the session only.

export interface Preferences {
	/** The live panes are shown (F2 toggles them). */
	panes: boolean;
	/** Simulated seconds per real second for the live clock. */
	clockRate: number;
}

export const DEFAULT_PREFERENCES: Readonly<Preferences> = {panes: true, clockRate: 1};

/** The part of a `conf` instance the store uses. */
export interface PreferenceBackend {
	get(key: string): unknown;
	set(key: string, value: unknown): void;
}

const valid: {[K in keyof Preferences]: (v: unknown) => v is Preferences[K]} = {
	panes: (v): v is boolean => typeof v === 'boolean',
	clockRate: (v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 1_000_000,
};

export class PreferenceStore {
	private readonly memory: Preferences = {...DEFAULT_PREFERENCES};

	constructor(private backend: PreferenceBackend | null) {}

	/** Whether changes are being saved (false after the backend failed). */
	get persistent(): boolean {
		return this.backend !== null;
	}

	get<K extends keyof Preferences>(key: K): Preferences[K] {
		if (this.backend) {
			try {
				const v = this.backend.get(key);
				if (valid[key](v)) return v;
			} catch {
				this.backend = null;
			}
		}
		return this.memory[key];
	}

	set<K extends keyof Preferences>(key: K, value: Preferences[K]): void {
		if (!valid[key](value)) throw new RangeError(`'${String(value)}' is not a valid value for the preference ${key}.`);
		this.memory[key] = value;
		if (!this.backend) return;
		try {
			this.backend.set(key, value);
		} catch {
			// Unwritable config dir: keep the preference for this session only.
			this.backend = null;
		}
	}
}

/** The preferences in the user's config directory (conf: projectName 'scpsh', file preferences.json); `cwd` for tests. */
export async function openPreferences(opts: {cwd?: string} = {}): Promise<PreferenceStore> {
	try {
		const {default: Conf} = await import('conf');
		const conf = new Conf<Record<string, unknown>>({projectName: 'scpsh', configName: 'preferences', cwd: opts.cwd, clearInvalidConfig: true});
		return new PreferenceStore(conf as unknown as PreferenceBackend);
	} catch {
		return new PreferenceStore(null);
	}
}
