// TUI benchmarks, run side by side with baselines in real pseudo-terminals (`script` from util-linux, 120×40):
//   first frame   — launcher start to the prompt on screen, against the smallest bundled Ink program;
//   echo latency  — a keystroke written to the terminal until its redraw comes back (median), against a minimal
//                   Ink echo program;
//   CPU           — % of one core over 10 s idle and at clock rate 3600, against the budgets (2% and 15%).
// Not part of `npm test`. Run: `npm run build && npx tsx test/bench/tui.bench.ts` (SCPSH_LAUNCHER=<file> to
// measure another build).

import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const launcher = process.env.SCPSH_LAUNCHER ?? join(root, 'dist/scpsh.js');
const work = mkdtempSync(join(tmpdir(), 'scpsh-bench-'));
const strip = (s: string) => s.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Z0-9]|\x1b[=>]|\r/g, '');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** A program in a pseudo-terminal: what it printed (ANSI stripped), a way to type, its pid. */
class Pty {
	readonly child: ChildProcess;
	text = '';
	readonly started = performance.now();
	private readonly pidFile = join(work, `pid-${Math.random().toString(36).slice(2)}`);

	constructor(cmd: string) {
		const inner = `stty cols 120 rows 40; echo $$ > ${this.pidFile}; exec env CI=false XDG_CONFIG_HOME=${work} ${cmd}`;
		this.child = spawn('script', ['-q', '-c', inner, '/dev/null'], {stdio: ['pipe', 'pipe', 'inherit']});
		this.child.stdout!.on('data', (d: Buffer) => {
			this.text += strip(d.toString('utf8'));
		});
	}

	async waitFor(re: RegExp | string, from = 0, timeoutMs = 20_000): Promise<number> {
		const deadline = performance.now() + timeoutMs;
		for (;;) {
			const hay = this.text.slice(from);
			if (typeof re === 'string' ? hay.includes(re) : re.test(hay)) return performance.now();
			if (performance.now() > deadline) throw new Error(`timed out waiting for ${re}; last output:\n${this.text.slice(-2000)}`);
			await new Promise(r => setImmediate(r));
		}
	}

	type(s: string): void {
		this.child.stdin!.write(s);
	}

	pid(): number {
		return Number(readFileSync(this.pidFile, 'utf8').trim());
	}

	/** CPU seconds (user + system) the program has used. */
	cpu(): number {
		const f = readFileSync(`/proc/${this.pid()}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return (Number(f[11]) + Number(f[12])) / 100;
	}

	async close(): Promise<void> {
		this.child.kill('SIGKILL');
		await new Promise(r => this.child.once('close', r));
	}
}

/** The two baselines, bundled like the launcher (esbuild, production React). */
async function buildBaselines(): Promise<{hello: string; echo: string}> {
	writeFileSync(join(work, 'hello.tsx'), "import {render, Text} from 'ink';\nrender(<Text>hello ink ready</Text>);\nsetTimeout(() => {}, 1e9);\n");
	writeFileSync(
		join(work, 'echo.tsx'),
		"import {useState} from 'react';\nimport {render, Text, useInput} from 'ink';\nfunction E() { const [v, s] = useState(''); useInput(i => s(x => x + i)); return <Text>{'PS PS1:\\\\> ' + v}</Text>; }\nrender(<E />, {exitOnCtrlC: false, maxFps: 60});\n",
	);
	await build({
		entryPoints: {hello: join(work, 'hello.tsx'), echo: join(work, 'echo.tsx')},
		outdir: work,
		outExtension: {'.js': '.mjs'},
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		jsx: 'automatic',
		nodePaths: [join(root, 'node_modules')],
		alias: {'react-devtools-core': join(root, 'scripts/stubs/react-devtools-core.js')},
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: "import {createRequire as __r} from 'node:module';const require = __r(import.meta.url);"},
		logLevel: 'warning',
	});
	return {hello: join(work, 'hello.mjs'), echo: join(work, 'echo.mjs')};
}

async function firstFrame(cmd: string, marker: RegExp | string): Promise<number> {
	const p = new Pty(cmd);
	const at = await p.waitFor(marker);
	await p.close();
	return at - p.started;
}

async function echoLatency(cmd: string, ready: RegExp | string, keys = 40): Promise<number> {
	const p = new Pty(cmd);
	await p.waitFor(ready);
	await sleep(500);
	const times: number[] = [];
	let typed = '';
	for (let i = 0; i < keys; i++) {
		const ch = 'abcdefghijklmnopqrstuvwxyz'[i % 26]!;
		typed += ch;
		const from = p.text.length;
		const t0 = performance.now();
		p.type(ch);
		await p.waitFor(`PS PS1:\\> ${typed}`, Math.max(0, from - 200));
		times.push(performance.now() - t0);
		await sleep(40);
	}
	await p.close();
	return median(times);
}

async function cpuShare(p: Pty, seconds: number): Promise<number> {
	const c0 = p.cpu();
	const t0 = performance.now();
	await sleep(seconds * 1000);
	return ((p.cpu() - c0) / ((performance.now() - t0) / 1000)) * 100;
}

export async function runTuiBench(): Promise<void> {
	if (!existsSync(launcher)) throw new Error(`${launcher} is missing: run npm run build`);
	const base = await buildBaselines();
	const shell = `node ${launcher} -NoLogo -Ephemeral`;
	const prompt = /PS PS1:\\>/;
	const runs = 5;
	const ff: number[] = [];
	const ffBase: number[] = [];
	for (let i = 0; i < runs; i++) {
		ffBase.push(await firstFrame(`node ${base.hello}`, 'hello ink ready'));
		ff.push(await firstFrame(shell, prompt));
	}
	const echoBase = await echoLatency(`node ${base.echo}`, 'PS PS1:\\>');
	const echo = await echoLatency(shell, prompt);

	const p = new Pty(shell);
	await p.waitFor(prompt);
	await sleep(1500);
	const idle = await cpuShare(p, 10);
	const before = p.text.length;
	p.type('Set-SimClock -Rate 3600\r');
	// The SCP pane shows the new rate once the command ran; without it this measures nothing.
	await p.waitFor('×3,600', before);
	await sleep(1000);
	const fast = await cpuShare(p, 10);
	await p.close();

	const row = (name: string, value: string, ratio: string, budget: string) => console.log(`${name.padEnd(28)}${value.padStart(12)}${ratio.padStart(12)}   ${budget}`);
	console.log(`TUI benchmark (${launcher})`);
	row('', 'measured', 'ratio', 'budget');
	row('first frame (median of 5)', `${median(ff).toFixed(0)} ms`, `${(median(ff) / median(ffBase)).toFixed(2)}×`, `≤ 1.30× smallest Ink program (${median(ffBase).toFixed(0)} ms)`);
	row('keystroke echo (median)', `${echo.toFixed(1)} ms`, `${(echo / echoBase).toFixed(2)}×`, `< 16 ms (minimal Ink echo: ${echoBase.toFixed(1)} ms)`);
	row('CPU idle (rate 1)', `${idle.toFixed(2)} %`, `${(idle / 2).toFixed(2)}×`, '< 2% of one core');
	row('CPU at rate 3600', `${fast.toFixed(2)} %`, `${(fast / 15).toFixed(2)}×`, '< 15% of one core');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	runTuiBench()
		.catch(e => {
			console.error(e instanceof Error ? e.message : e);
			process.exitCode = 1;
		})
		.finally(() => rmSync(work, {recursive: true, force: true}));
}
