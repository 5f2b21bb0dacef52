// However the process ends — the script finishes, `exit N`, Ctrl+D in the shell, SIGTERM from a CI runner, SIGHUP
// from a closed terminal, Ctrl+C in a script — the open lab saves what is unsaved (the clock's progress) and
// releases its lock. A SIGKILL cannot be caught; the atomic saves leave the last saved state, and the lock left
// behind is taken over by the next run because its process is gone.

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

export function closeOnExit(item: Closable): void {
	open.add(item);
	if (installed) return;
	installed = true;
	process.once('exit', closeAll);
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
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
