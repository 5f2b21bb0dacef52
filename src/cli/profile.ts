// profile.ps1 in the config directory runs at start (dot-sourced, as pwsh does: its functions and variables stay
// in the session) unless -NoProfile. Its errors are reported like any script's, with the profile's path and line,
// and the shell goes on; a profile that cannot be read is a warning, never a failure to start.

import {readFileSync} from 'node:fs';
import type {Runtime} from '../engine/runtime.ts';
import {describe} from '../store/lab-session.ts';

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export async function runProfile(rt: Runtime, path: string): Promise<void> {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
		const reason = (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a directory' : describe(e);
		rt.host.writeWarning(`The profile ${path} could not be read (${reason}); starting without it.`);
		return;
	}
	// `exit` in a profile is ignored: the profile prepares the session, it does not decide how it ends.
	await rt.run(stripBom(text), {file: path, globalScope: true});
	// A failure in the profile must not count as the first command's failure (-Command's exit code).
	rt.lastStatus = true;
}
