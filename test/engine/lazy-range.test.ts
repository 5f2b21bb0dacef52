// Ranges in pipelines and foreach are lazy, as in pwsh: a huge range costs only what is used.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {runOnSite} from '../helpers/site-run.ts';

describe('ranges feed pipelines and foreach lazily', () => {
	it('1..1e9 with Select-Object -First and a foreach that breaks come back at once', async () => {
		const r = await runOnSite('1..1e9 | Select-Object -First 2\nforeach ($i in 1e9..1) { if ($i -lt 999999999) { break }; $i }');
		assert.equal(r.stdout, '1\n2\n1000000000\n999999999\n');
	});
});
