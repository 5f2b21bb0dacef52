// `npm run bench`: the speed targets of the issues, each measured as a ratio against a baseline run side by side
// (alternating runs, medians), never as an absolute time that depends on the machine.

import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Site} from '../../src/site/index.ts';
import {parse} from '../../src/language/parser.ts';

const launcher = 'dist/scpsh.js';
if (!existsSync(launcher)) throw new Error('Build first: npm run build');

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(cmd: string, args: string[], input?: string, env?: NodeJS.ProcessEnv): number {
	const t = process.hrtime.bigint();
	const r = spawnSync(cmd, args, {input, encoding: 'utf8', env: {...process.env, ...env}});
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
	return Number(process.hrtime.bigint() - t) / 1e6;
}

function sideBySide(runs: number, a: () => number, b: () => number): {a: number; b: number; ratio: number} {
	const as: number[] = [];
	const bs: number[] = [];
	for (let i = 0; i < runs; i++) {
		as.push(a());
		bs.push(b());
	}
	return {a: median(as), b: median(bs), ratio: median(as) / median(bs)};
}

const home = mkdtempSync(join(tmpdir(), 'scpsh-bench-'));
const env = {HOME: home, XDG_CONFIG_HOME: join(home, '.config')};
const node = process.execPath;
const rows: string[][] = [];
const report = (name: string, value: string, target: string) => rows.push([name, value, target]);

// 1. Start-up: scpsh -Command '1+1' against a plain node that prints one line.
const baseline = () => time(node, ['-e', 'console.log(2)']);
const eph = sideBySide(15, () => time(node, [launcher, '-Ephemeral', '-Command', '1+1'], undefined, env), baseline);
report("scpsh -Ephemeral -Command '1+1' / node -e", `${eph.ratio.toFixed(2)}x (${eph.a.toFixed(0)} vs ${eph.b.toFixed(0)} ms)`, '<= 1.5x');
const lab = sideBySide(15, () => time(node, [launcher, '-Command', '1+1'], undefined, env), baseline);
report("scpsh -Command '1+1' (default lab) / node -e", `${lab.ratio.toFixed(2)}x (${lab.a.toFixed(0)} vs ${lab.b.toFixed(0)} ms)`, '<= 1.5x');

// 2. A 10,000-line script of simple pipelines, piped in, against the start-up of the launcher alone.
let script = '';
for (let i = 0; i < 10_000; i++) {
	script += i % 3 === 0 ? `$x = ${i} | ForEach-Object { $_ * 2 } | Where-Object { $_ -gt 10 }\n` : i % 3 === 1 ? '1..5 | Measure-Object -Sum | Out-Null\n' : `$h = @{a=${i}}; $h.a + 1 | Out-Null\n`;
}
const file = join(home, '10k.ps1');
writeFileSync(file, script);
const big = sideBySide(5, () => time(node, [launcher, '-Ephemeral', '-File', file], undefined, env), () => time(node, [launcher, '-Ephemeral', '-Command', '1+1'], undefined, env));
report('10,000-line script (wall)', `${big.a.toFixed(0)} ms (start-up alone ${big.b.toFixed(0)} ms)`, 'well under 1000 ms');

// 3. A simulated year on the large scenario, in process.
const years: number[] = [];
for (let i = 0; i < 3; i++) {
	const site = Site.create('large');
	const t = process.hrtime.bigint();
	site.step('365d');
	years.push(Number(process.hrtime.bigint() - t) / 1e6);
}
report("Step-SimClock 365d on 'large'", `${median(years).toFixed(0)} ms`, '< 500 ms');

// 4. The parser on hostile sizes, in process (best of five; JIT warmed on a small script first).
const best = (fn: () => void): number => {
	const times: number[] = [];
	for (let i = 0; i < 5; i++) {
		const t = process.hrtime.bigint();
		fn();
		times.push(Number(process.hrtime.bigint() - t) / 1e6);
	}
	return Math.min(...times);
};
const pipelines = Array.from({length: 10_000}, (_, i) => `Get-Component -Name SMS_DMP_DOWNLOADER${i} | Select-Object Name, State`).join('\n');
parse(pipelines.slice(0, 20_000));
report('parse 10,000 lines of pipelines', `${best(() => parse(pipelines)).toFixed(0)} ms`, '< 100 ms');
const literal = `$x = '${'a'.repeat(5_000_000)}'`;
report('parse a 5 MB string literal', `${best(() => parse(literal)).toFixed(0)} ms`, '< 1000 ms');

const width = [46, 36, 20];
for (const row of [['benchmark', 'measured', 'target'], ...rows]) console.log(row.map((c, i) => c.padEnd(width[i]!)).join(''));

// The TUI's own benchmark, when present, prints its ratios too.
if (existsSync('test/bench/tui.bench.ts')) {
	console.log('');
	execFileSync(node, ['--import', 'tsx', 'test/bench/tui.bench.ts'], {stdio: 'inherit'});
}
