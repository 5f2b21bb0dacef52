// For the completion tests: a `scpsh` command on PATH that runs the built launcher, and a config directory with
// two labs, so scripts can be exercised the way a shell runs them.
import {chmodSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {builtLauncher, tempConfigHome} from '../cli/launcher-helper.ts';

export const completionsDir = new URL('../../completions/', import.meta.url).pathname;

export function hasShell(name: string): boolean {
	return spawnSync(name, ['-c', 'exit 0'], {stdio: 'ignore'}).status === 0;
}

export function completionEnv(): {env: NodeJS.ProcessEnv; bin: string; home: string} {
	const {home, labs} = tempConfigHome();
	mkdirSync(labs, {recursive: true});
	for (const name of ['airgap', 'default']) writeFileSync(join(labs, `${name}.json`), '{}');
	writeFileSync(join(labs, 'default.corrupt-20250101T000000.000Z.json'), '{}');
	const bin = join(home, 'bin');
	mkdirSync(bin);
	const scpsh = join(bin, 'scpsh');
	writeFileSync(scpsh, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(builtLauncher())} "$@"\n`);
	chmodSync(scpsh, 0o755);
	const env = {...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1'};
	return {env, bin, home};
}
