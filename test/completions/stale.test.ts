// The checked-in completion scripts are what the generator writes: change a flag or a scenario, run
// `npm run gen:completions`, and commit the result.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {completionScripts} from '../../src/cli/completion-scripts/index.ts';
import {FLAGS} from '../../src/cli/flags.ts';
import {listScenarios} from '../../src/site/index.ts';
import {completionsDir} from './helpers.ts';

describe('completion scripts', () => {
	const scripts = completionScripts();

	it('are current (run `npm run gen:completions` after changing flags or scenarios)', () => {
		for (const [name, text] of Object.entries(scripts)) {
			let onDisk = '';
			try {
				onDisk = readFileSync(join(completionsDir, name), 'utf8');
			} catch {
				assert.fail(`completions/${name} is missing: run npm run gen:completions`);
			}
			assert.ok(onDisk === text, `completions/${name} is stale: run npm run gen:completions`);
		}
		assert.deepEqual(readdirSync(completionsDir).sort(), Object.keys(scripts).sort());
	});

	it('cover bash, zsh, fish and PowerShell', () => {
		assert.deepEqual(Object.keys(scripts).sort(), ['_scpsh', 'scpsh.bash', 'scpsh.fish', 'scpsh.ps1']);
	});

	it('know every visible flag, every scenario and both output formats', () => {
		for (const [name, text] of Object.entries(scripts)) {
			for (const f of FLAGS.filter(f => !f.hidden)) assert.ok(text.includes(f.name), `${name} lacks ${f.name}`);
			for (const s of listScenarios()) assert.ok(text.includes(s.Name), `${name} lacks scenario ${s.Name}`);
			assert.ok(text.includes('Json') && text.includes('Text'), name);
			assert.ok(text.includes('--complete'), `${name} does not ask scpsh --complete`);
			assert.ok(!/-Complete\b/.test(text), `${name} offers the hidden -Complete`);
		}
	});
});
