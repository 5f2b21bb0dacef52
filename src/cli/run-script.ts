// Script mode: -Command, -File and piped standard input run as one script, with pwsh's exit codes.

import {readFileSync} from 'node:fs';
import type {LaunchOptions} from './args.ts';
import {PlainHost} from '../host/plain-host.ts';
import {colorEnabled} from '../host/ansi.ts';
import {createRuntime} from './create-runtime.ts';

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export async function runScriptMode(opts: LaunchOptions): Promise<number> {
	let text: string;
	let file: string | undefined;
	const commandMode = opts.command !== undefined;
	if (opts.command !== undefined && opts.command !== '-') {
		text = opts.command;
	} else if (opts.file !== undefined && opts.file !== '-') {
		try {
			text = readFileSync(opts.file, 'utf8');
			file = opts.file;
		} catch {
			process.stderr.write(
				`The argument '${opts.file}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n`,
			);
			return 64;
		}
	} else {
		text = await readStdin();
	}
	text = stripBom(text);

	const host = new PlainHost({
		stdout: process.stdout,
		stderr: process.stderr,
		color: colorEnabled(process.stdout),
		errorColor: colorEnabled(process.stderr),
	});
	let rt;
	try {
		rt = await createRuntime({opts, host});
	} catch (e) {
		// A bad -Scenario or -Lab is a bad launcher argument.
		process.stderr.write(`scpsh: ${e instanceof Error ? e.message : String(e)}\n`);
		return 64;
	}
	rt.setVariable('args', opts.scriptArgs);
	const result = await rt.run(text, {file});
	host.flush();
	if (result.exitCode !== undefined) return result.exitCode;
	if (result.terminated) return 1;
	if (commandMode && !result.lastStatus) return 1;
	return 0;
}
