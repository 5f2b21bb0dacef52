// When the process ends normally (the script finishes, `exit N`, Ctrl+D in the shell) the open lab saves what is
// unsaved and releases its lock. The interactive shell also catches SIGTERM and SIGHUP (a closed terminal): its
// live clock's progress is saved only every few seconds. Script runs catch no signal: every change they make is
// already on disk, and a handler would stop SIGTERM and Ctrl+C from ending a script stuck in a loop (a handler
// only runs when the script yields). A lock left by a process that died is taken over by the next run.

import {constants} from 'node:os';

interface Closable {
	close(): void;
}

const open = new Set<Closable>();
let installed = false;

function closeAll(): void {
	for (const item of open) {
		try {
			item.close();
		} catch {
			// Exiting: a failed save has been warned about already; nothing more can be done.
		}
	}
	open.clear();
}

export function closeOnExit(item: Closable, {signals}: {signals: boolean}): void {
	open.add(item);
	if (installed) return;
	installed = true;
	process.once('exit', closeAll);
	if (!signals) return;
	for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
		process.once(signal, () => {
			closeAll();
			// The shell convention for a death by signal.
			process.exit(128 + (constants.signals[signal] ?? 0));
		});
	}
}

/** Closes now (the front end is done) rather than at exit. */
export function closeNow(): void {
	closeAll();
}
