// Every row of shared/conformance/ps-cases.tsv runs as one script in a fresh shell and must print what pwsh prints.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {dirname, join} from 'node:path';
import {runPs, normalizeOutput} from './helpers/run.ts';

const here = dirname(fileURLToPath(import.meta.url));
// The shared table beside the checkout is the authority; a copy in test/fixtures serves a clone without it.
const candidates = [join(here, '../../shared/conformance/ps-cases.tsv'), join(here, 'fixtures/ps-cases.tsv')];
const path = candidates.find(p => existsSync(p));

/** Decodes `\\`, `\n` and `\t` in one left-to-right pass. */
export function decode(s: string): string {
	return s.replace(/\\(\\|n|t)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
}

describe('conformance cases', () => {
	if (!path) {
		it('finds the conformance table', () => assert.fail(`ps-cases.tsv not found in ${candidates.join(' or ')}`));
		return;
	}
	const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter(l => l.trim() !== '');
	for (const row of rows) {
		const [id, input, expected] = row.split('\t');
		it(`${id}: ${decode(input!).replace(/\n/g, ' ⏎ ').slice(0, 60)}`, async () => {
			const {stdout, stderr} = await runPs(decode(input!));
			assert.equal(normalizeOutput(stdout), normalizeOutput(decode(expected!)), `stderr: ${stderr}`);
		});
	}
});
