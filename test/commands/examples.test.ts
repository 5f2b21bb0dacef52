// Each cmdlet's help examples run as tests, each in a fresh shell over a fresh default site.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {allCommands} from '../../commands/index.ts';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runExample} from '../helpers/site-run.ts';

// Examples that write files (Export-ScpUsageData, ServiceConnectionTool.exe) write them here, not in the checkout.
process.chdir(mkdtempSync(join(tmpdir(), 'scpsh-examples-')));

describe('cmdlet help examples', () => {
	for (const def of allCommands) {
		def.examples.forEach((ex, i) => {
			it(`${def.name} example ${i + 1}: ${ex.code.split('\n')[0]}`, async () => {
				const {stdout, stderr, result} = await runExample(ex.code);
				// Warnings, verbose and debug lines are fine on stderr; errors are not.
				const errors = stderr.split('\n').filter(l => l !== '' && !/^(WARNING|VERBOSE|DEBUG): /.test(l));
				assert.deepEqual(errors, [], `the example wrote errors:\n${stderr}`);
				assert.equal(result.terminated, false);
				for (const line of ex.expect ?? []) assert.ok(stdout.includes(line), `output lacks ${JSON.stringify(line)}:\n${stdout}`);
			});
		});
	}
});
