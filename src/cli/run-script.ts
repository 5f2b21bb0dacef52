// Script mode: -Command, -File and piped standard input run as one script, with pwsh's exit codes.

import {readFileSync} from 'node:fs';
import type {LaunchOptions} from './args.ts';
import type {Host} from '../host/host.ts';
import {PlainHost} from '../host/plain-host.ts';
import {colorEnabled} from '../host/ansi.ts';
import {createRuntime} from './create-runtime.ts';
import {JsonHost} from './json-host.ts';
import {describe} from '../store/lab-session.ts';
import {prepareLab} from './prepare-lab.ts';
import {writeLaunchError} from './launch-message.ts';

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The script's text, or the message and exit code when there is none to run. */
export function readScriptFile(path: string): {text: string} | {error: string} {
	try {
		return {text: readFileSync(path, 'utf8')};
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		// pwsh's words for a missing script, and exit code 64.
		if (code === 'ENOENT' || code === 'ENOTDIR') {
			return {error: `The argument '${path}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`};
		}
		return {error: `The script file '${path}' cannot be read (${code === 'EISDIR' ? 'it is a directory' : describe(e)}).`};
	}
}

/** The host for the output format, and how to flush it at the end. */
function makeHost(opts: LaunchOptions): {host: Host; finish(): void} {
	if (opts.outputFormat === 'Json') {
		const host = new JsonHost({stdout: process.stdout, stderr: process.stderr});
		return {host, finish: () => host.end()};
	}
	const host = new PlainHost({
		stdout: process.stdout,
		stderr: process.stderr,
		color: colorEnabled(process.stdout),
		errorColor: colorEnabled(process.stderr),
	});
	return {host, finish: () => host.flush()};
}

export async function runScriptMode(opts: LaunchOptions): Promise<number> {
	let text: string | undefined;
	let file: string | undefined;
	const commandMode = opts.command !== undefined;
	if (opts.command !== undefined && opts.command !== '-') {
		text = opts.command;
	} else if (opts.file !== undefined && opts.file !== '-') {
		const read = readScriptFile(opts.file);
		if ('error' in read) {
			writeLaunchError(opts.outputFormat, read.error, 'ScriptFileNotFound', 'ObjectNotFound');
			return 64;
		}
		text = read.text;
		file = opts.file;
	}
	// The lab is opened (and locked) before standard input is read: a busy lab is refused at once, not after the
	// producer of the script has finished.
	const prepared = prepareLab(opts, {interactive: false});
	text ??= await readStdin();
	text = stripBom(text);

	const {host, finish} = makeHost(opts);
	const rt = await createRuntime({opts: {...opts, prepared}, host});
	rt.setVariable('args', opts.scriptArgs);
	const result = await rt.run(text, {file});
	finish();
	if (result.exitCode !== undefined) return result.exitCode;
	if (result.terminated) return 1;
	if (commandMode && !result.lastStatus) return 1;
	return 0;
}
