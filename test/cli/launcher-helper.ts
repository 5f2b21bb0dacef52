// For the end-to-end tests: the BUILT launcher, copied once per test process into a temporary directory so that a
// rebuild of dist/ by someone else (or by `npm pack`) cannot pull it out from under a running test, and a runner
// that gives each run its own config directory (never the real one) and a clean colour environment.

import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {execa, type Options, type ResultPromise} from 'execa';

const root = new URL('../../', import.meta.url).pathname;
let copy: string | undefined;

/** The path of dist/scpsh.js (copied). Build first: `npm run build`. */
export function builtLauncher(): string {
	if (copy) return copy;
	const dist = join(root, 'dist');
	if (!existsSync(join(dist, 'scpsh.js'))) throw new Error('dist/scpsh.js is missing: run `npm run build` first.');
	const dir = mkdtempSync(join(tmpdir(), 'scpsh-dist-'));
	cpSync(dist, dir, {recursive: true});
	// Not node:test's after(): called inside a test, it would run when that test ends.
	process.once('exit', () => rmSync(dir, {recursive: true, force: true}));
	copy = join(dir, 'scpsh.js');
	return copy;
}

/** A temporary XDG_CONFIG_HOME (and HOME), removed after the tests. */
export function tempConfigHome(): {home: string; configDir: string; labs: string} {
	const home = mkdtempSync(join(tmpdir(), 'scpsh-home-'));
	process.once('exit', () => rmSync(home, {recursive: true, force: true}));
	const configDir = join(home, '.config', 'scpsh-nodejs');
	return {home, configDir, labs: join(configDir, 'labs')};
}

export interface RunOptions {
	home: string;
	input?: string;
	env?: Record<string, string | undefined>;
	timeout?: number;
}

/** The environment a run gets: its own config home, no inherited colour settings. */
export function launcherEnv(home: string, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
	// CI=false: under CI, Ink draws only its last frame and scpsh would not start the interactive shell at all.
	return {HOME: home, XDG_CONFIG_HOME: join(home, '.config'), NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm', CI: 'false', ...extra};
}

export function scpsh(args: string[], opts: RunOptions & Options = {home: ''}): ResultPromise<{reject: false; stripFinalNewline: false}> {
	const {home, input, env, timeout, ...rest} = opts;
	return execa(process.execPath, [builtLauncher(), ...args], {
		...rest,
		// A test that keeps standard input open passes `stdin: 'pipe'`; others get an empty one.
		...(rest.stdin === undefined ? {input: input ?? ''} : {}),
		env: launcherEnv(home, env),
		reject: false,
		stripFinalNewline: false,
		timeout: timeout ?? 30_000,
	}) as unknown as ResultPromise<{reject: false; stripFinalNewline: false}>;
}
