// Starting the standalone Service Connection Tool (src/cli/service-connection-tool.ts) as a separate process:
// the connect phase runs on "another computer", with its own output and log, as in Microsoft's procedure.

import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

/** How to start the program: the built bundle next to scpsh's, or (running from source under tsx) its source. */
export function toolCommand(): {command: string; args: string[]} {
	const here = fileURLToPath(import.meta.url);
	if (here.endsWith('.ts')) {
		// From source: the same node with the same loader (tsx's --require/--import) runs the entry's source.
		const loader: string[] = [];
		const argv = process.execArgv;
		for (let i = 0; i < argv.length; i++) {
			const a = argv[i]!;
			if (['--require', '-r', '--import', '--loader', '--experimental-loader'].includes(a) && i + 1 < argv.length) loader.push(a, argv[++i]!);
			else if (/^--(require|import|loader|experimental-loader)=/.test(a)) loader.push(a);
		}
		return {command: process.execPath, args: [...loader, resolve(dirname(here), '../../src/cli/service-connection-tool.ts')]};
	}
	// Bundled: this code sits in dist/scpsh.js or in a chunk under dist/chunks/; the tool is dist/service-connection-tool.js.
	for (let dir = dirname(here), i = 0; i < 3; i++, dir = dirname(dir)) {
		const candidate = join(dir, 'service-connection-tool.js');
		if (existsSync(candidate)) return {command: process.execPath, args: [candidate]};
	}
	throw new Error('The Service Connection Tool program (service-connection-tool.js) was not found next to scpsh.');
}

export interface ToolRun {
	code: number;
	stderr: string;
}

/**
 * Runs the tool with `args` in `cwd`, handing each line it prints to `onLine` as it comes. `signal` (Ctrl+C)
 * ends the process. Resolves with the exit code and what it wrote to stderr.
 */
export function runTool(args: string[], opts: {cwd: string; env: NodeJS.ProcessEnv; signal?: AbortSignal; onLine: (line: string) => void}): Promise<ToolRun> {
	const {command, args: prefix} = toolCommand();
	return new Promise((resolvePromise, reject) => {
		const child = spawn(command, [...prefix, ...args], {cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], signal: opts.signal});
		let pending = '';
		let stderr = '';
		child.stdout.setEncoding('utf8');
		child.stderr.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => {
			pending += chunk;
			const lines = pending.split(/\r?\n/);
			pending = lines.pop() ?? '';
			for (const line of lines) opts.onLine(line);
		});
		child.stderr.on('data', (chunk: string) => {
			stderr += chunk;
		});
		child.on('error', reject);
		child.on('close', (code) => {
			if (pending) opts.onLine(pending);
			resolvePromise({code: code ?? 1, stderr});
		});
	});
}
