// Lab names and the files a lab owns in the labs directory. Names are case-insensitive (stored lower-case, so
// `-Lab AirGap` and `-Lab airgap` are one lab on every file system) and limited to characters that are safe in
// a file name and in a shell; a dot is not allowed, so `<name>.json` never collides with the files set aside.

import {join} from 'node:path';

export const DEFAULT_LAB = 'default';

const NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;
// Windows cannot create files with these names, whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

export class LabNameError extends Error {}

export function normalizeLabName(name: string): string {
	const lower = name.trim().toLowerCase();
	if (RESERVED.test(lower)) throw new LabNameError(`'${name}' is reserved by Windows and cannot be a lab name.`);
	if (!NAME.test(lower)) {
		throw new LabNameError(
			`'${name}' is not a valid lab name. Use up to 64 letters, digits, '-' or '_', starting with a letter or digit (for example airgap or lab-2).`,
		);
	}
	return lower;
}

/** `<name>.json` (and nothing else) is a lab. */
export const labNameOfFile = (file: string): string | undefined => {
	const m = /^([a-z0-9][a-z0-9_-]{0,63})\.json$/.exec(file);
	return m ? m[1] : undefined;
};

export const labFile = (dir: string, name: string): string => join(dir, `${name}.json`);
export const lockFile = (dir: string, name: string): string => join(dir, `${name}.lock`);

/** A name for a file set aside, with the real time in it (never the simulated clock: it is not the site's). */
export function asideFile(dir: string, name: string, what: 'corrupt' | 'conflict', now = new Date(), taken: (path: string) => boolean = () => false): string {
	const stamp = now.toISOString().replace(/[-:]/g, '');
	let path = join(dir, `${name}.${what}-${stamp}.json`);
	for (let n = 2; taken(path); n++) path = join(dir, `${name}.${what}-${stamp}-${n}.json`);
	return path;
}
