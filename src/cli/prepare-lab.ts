// Before a front end starts: check -Scenario and -Lab, open (lock, read or create) the lab, and arrange for it to
// be saved and released however the process ends. Failures that mean "cannot start as asked" are LaunchErrors,
// reported without a stack trace and with exit code 64, before any UI appears.

import type {LaunchOptions} from './args.ts';
import {Site, listScenarios} from '../site/index.ts';
import {configDir as defaultConfigDir} from '../store/config-dir.ts';
import {DEFAULT_LAB, LabNameError, normalizeLabName} from '../store/lab-names.ts';
import {LabStore} from '../store/lab-store.ts';
import type {LabSession} from '../store/lab-session.ts';
import type {LabCatalog} from '../store/session-labs.ts';
import {closeOnExit} from './exit-hooks.ts';

export class LaunchError extends Error {
	readonly exitCode = 64;

	constructor(
		message: string,
		/** For -OutputFormat Json: UnknownScenario, InvalidLabName, LabInUse. */
		readonly id: string,
	) {
		super(message);
	}
}

export interface PreparedLab {
	/** The config directory: labs/, profile.ps1, history and preferences. */
	configDir: string;
	site: Site;
	/** The open lab; undefined when ephemeral (asked for, or because the store cannot be written). */
	session?: LabSession;
	/** Said once the host exists (a lab set aside, a migration, an unwritable store). */
	warnings: string[];
	catalog: LabCatalog;
	/** Routes warnings raised later in the session (a failed save) to the host. */
	onWarning(write: (message: string) => void): void;
}

export interface PrepareOptions {
	/** The interactive shell: its live clock moves the site, so clock-only changes are saved periodically. */
	interactive: boolean;
	env?: NodeJS.ProcessEnv;
	/** Tests: do not install process exit and signal handlers. */
	noExitHooks?: boolean;
}

function scenarioName(requested: string | undefined): string | undefined {
	if (requested === undefined) return undefined;
	const all = listScenarios().map(s => s.Name);
	const found = all.find(n => n.toLowerCase() === requested.trim().toLowerCase());
	if (!found) throw new LaunchError(`Unknown scenario '${requested}'. Valid scenarios: ${all.join(', ')}.`, 'UnknownScenario');
	return found;
}

export function prepareLab(opts: LaunchOptions, options: PrepareOptions): PreparedLab {
	const scenario = scenarioName(opts.scenario);
	let name: string;
	try {
		name = normalizeLabName(opts.lab ?? DEFAULT_LAB);
	} catch (e) {
		if (e instanceof LabNameError) throw new LaunchError(e.message, 'InvalidLabName');
		throw e;
	}
	const dir = defaultConfigDir({env: options.env});
	const store = new LabStore(dir);
	const warnings: string[] = [];
	// Until the host exists, warnings wait in the list.
	const relay: {write: (message: string) => void} = {write: message => void warnings.push(message)};
	const onWarning = (write: (message: string) => void) => {
		relay.write = write;
	};
	const ephemeral = (site: Site): PreparedLab => ({configDir: dir, site, warnings, catalog: {dir: store.dir, current: undefined, list: () => store.list()}, onWarning});
	if (opts.ephemeral) return ephemeral(Site.create(scenario ?? 'default'));
	const result = store.open(name, {scenario, live: options.interactive, warn: message => relay.write(message)});
	if (result.kind === 'busy') {
		const {pid, host, since} = result.holder;
		const where = host ? ` on ${host}` : '';
		const when = since ? ` since ${since}` : '';
		throw new LaunchError(
			`The lab '${name}' is in use by another scpsh (process ${pid}${where}${when}). ` +
				`Close that shell, or use -Lab <name> to open another lab, or -Ephemeral to run without one.`,
			'LabInUse',
		);
	}
	warnings.push(...result.warnings);
	if (result.kind === 'unwritable') return ephemeral(result.site);
	const session = result.session;
	if (!options.noExitHooks) closeOnExit(session, {signals: options.interactive});
	return {configDir: dir, site: session.site, session, warnings, catalog: {dir: store.dir, current: name, list: () => store.list(name)}, onWarning};
}
