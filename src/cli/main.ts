// The launcher: parse flags, open the lab, pick the front end (script runner or TUI), and exit with pwsh's codes.
// Ink is imported only on the terminal path.

import {parseArgs, UsageError} from './args.ts';
import type {LaunchOptions} from './args.ts';
import {helpText, usageLine} from './help.ts';
import {LaunchError, prepareLab} from './prepare-lab.ts';
import {runScriptMode} from './run-script.ts';
import {closeNow} from './exit-hooks.ts';
import {writeLaunchError} from './launch-message.ts';
import {VERSION} from './version.ts';

/** As Ink decides: under CI it draws only its last frame, so the interactive shell would be unusable there. */
const inCi = (env: NodeJS.ProcessEnv): boolean => 'CI' in env && env.CI !== '0' && env.CI !== 'false';

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
		process.stdout.write(helpText());
		return 0;
	}
	if (opts.version) {
		process.stdout.write(`scpsh ${VERSION}\n`);
		return 0;
	}
	if (opts.complete) {
		const {runComplete} = await import('./complete-command.ts');
		return runComplete(opts.complete);
	}
	try {
		const interactive = opts.command === undefined && opts.file === undefined && process.stdin.isTTY === true && process.stdout.isTTY === true && !inCi(process.env);
		if (interactive) {
			const prepared = prepareLab(opts, {interactive: true});
			const {startTui} = await import('../tui/start.tsx');
			return await startTui({...opts, prepared});
		}
		return await runScriptMode(opts);
	} catch (e) {
		if (e instanceof LaunchError) {
			writeLaunchError(opts.outputFormat, e.message, e.id);
			return e.exitCode;
		}
		throw e;
	} finally {
		closeNow();
	}
}

main().then(
	code => {
		process.exitCode = code;
	},
	(e: unknown) => {
		// Never a stack trace for a user: this is a bug in scpsh, said plainly. The lab was saved as it went.
		process.stderr.write(`scpsh: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
		process.exitCode = 70;
	},
);
