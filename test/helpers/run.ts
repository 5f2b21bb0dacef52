// Runs PowerShell text in a fresh runtime and captures what a person would see, as plain text.

import {PlainHost} from '../../src/host/plain-host.ts';
import {Runtime} from '../../src/engine/runtime.ts';
import type {RunResult} from '../../src/engine/runtime.ts';
import type {CmdletDef} from '../../src/engine/command.ts';
import {allCommands} from '../../commands/index.ts';
import {aboutTopics} from '../../commands/about/index.ts';

export interface Captured {
	stdout: string;
	stderr: string;
	result: RunResult;
	rt: Runtime;
}

export function captureHost(opts: {interactive?: boolean; width?: number} = {}) {
	const out: string[] = [];
	const err: string[] = [];
	const host = new PlainHost({
		stdout: {write: (t: string) => out.push(t)},
		stderr: {write: (t: string) => err.push(t)},
		color: false,
		errorColor: false,
		width: opts.width ?? 120,
		interactive: opts.interactive,
	});
	return {host, stdout: () => (host.flush(), out.join('')), stderr: () => err.join('')};
}

export async function runPs(text: string, opts: {commands?: readonly CmdletDef[]; site?: unknown; rt?: Runtime} = {}): Promise<Captured> {
	const cap = captureHost();
	const rt = opts.rt ?? new Runtime({host: cap.host, commands: opts.commands ?? allCommands, aboutTopics, site: opts.site});
	const result = await rt.run(text);
	return {stdout: cap.stdout(), stderr: cap.stderr(), result, rt};
}

/** The conformance comparison: trailing spaces trimmed per line, blank lines dropped at both ends. */
export function normalizeOutput(text: string): string {
	const lines = text.split('\n').map(l => l.replace(/\s+$/, ''));
	while (lines.length && lines[0] === '') lines.shift();
	while (lines.length && lines[lines.length - 1] === '') lines.pop();
	return lines.join('\n');
}
