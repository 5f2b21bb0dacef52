// How the launcher says it cannot start as asked (exit code 64): a plain line on stderr, or, under
// -OutputFormat Json, a JSON error line like every other stderr line, so a program reading stderr can parse it.

import type {OutputFormat} from './flags.ts';

export function writeLaunchError(format: OutputFormat, message: string, id: string, category = 'InvalidArgument'): void {
	if (format === 'Json') {
		process.stderr.write(JSON.stringify({type: 'error', message, category, id, exception: 'LaunchException', target: null, command: 'scpsh', position: null}) + '\n');
	} else {
		process.stderr.write(`scpsh: ${message}\n`);
	}
}
