// Writes a file so that a kill, a crash or a full disk at any moment leaves either the old content or the new one:
// the text goes to a temporary file next to the target, is flushed to disk, and is renamed over the target (a
// rename within one directory is atomic on POSIX file systems and on NTFS).

import {closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeFileSync} from 'node:fs';

export function writeFileAtomic(path: string, text: string): void {
	const tmp = `${path}.tmp-${process.pid}`;
	let fd: number | undefined;
	try {
		fd = openSync(tmp, 'w');
		// writeFileSync on a descriptor loops until every byte is written (writeSync may write part).
		writeFileSync(fd, text);
		fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		renameSync(tmp, path);
	} catch (e) {
		if (fd !== undefined) closeSync(fd);
		try {
			unlinkSync(tmp);
		} catch {
			// Nothing was created, or it is already gone.
		}
		throw e;
	}
}
