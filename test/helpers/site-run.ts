// Runs text in a fresh shell over a fresh simulated site (a scenario, `default` unless told).
import {Runtime} from '../../src/engine/runtime.ts';
import {Site} from '../../src/site/index.ts';
import {allCommands} from '../../commands/index.ts';
import {aboutTopics} from '../../commands/about/index.ts';
import {captureHost} from './run.ts';
import type {Captured} from './run.ts';

export function newShell(scenario = 'default') {
	const cap = captureHost();
	const site = Site.create(scenario);
	const rt = new Runtime({host: cap.host, commands: allCommands, aboutTopics, site});
	return {rt, site, cap};
}

/** Runs one script; pass a shell from newShell() to run several in the same session. */
export async function runOnSite(text: string, shell = newShell()): Promise<Captured & {site: Site}> {
	const before = {out: shell.cap.stdout().length, err: shell.cap.stderr().length};
	const result = await shell.rt.run(text);
	return {stdout: shell.cap.stdout().slice(before.out), stderr: shell.cap.stderr().slice(before.err), result, rt: shell.rt, site: shell.site};
}

export const runExample = (text: string) => runOnSite(text);
