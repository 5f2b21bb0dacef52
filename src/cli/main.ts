// The launcher: parse flags, pick the front end (script runner or TUI), and exit with pwsh's codes.
// Ink is imported only on the terminal path.

import {parseArgs, UsageError, usageLine, helpText} from './args.ts';
import type {LaunchOptions} from './args.ts';
import {runScriptMode} from './run-script.ts';
import {VERSION} from './version.ts';

async function main(): Promise<number> {
	let opts: LaunchOptions;
	try {
		opts = parseArgs(process.argv.slice(2));
	} catch (e) {
		if (e instanceof UsageError) {
			process.stderr.write(`scpsh: ${e.message}\n${usageLine}\nRun 'scpsh -Help' for details.\n`);
			return 64;
		}
		throw e;
	}
	if (opts.help) {
		process.stdout.write(helpText);
		return 0;
	}
	if (opts.version) {
		process.stdout.write(`scpsh ${VERSION}\n`);
		return 0;
	}
	const interactive = opts.command === undefined && opts.file === undefined && process.stdin.isTTY === true && process.stdout.isTTY === true;
	if (interactive) {
		const {startTui} = await import('../tui/start.tsx');
		return startTui(opts);
	}
	return runScriptMode(opts);
}

main().then(
	code => {
		process.exitCode = code;
	},
	(e: unknown) => {
		// Never a stack trace for a user: this is a bug in scpsh, said plainly.
		process.stderr.write(`scpsh: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
		process.exitCode = 70;
	},
);
