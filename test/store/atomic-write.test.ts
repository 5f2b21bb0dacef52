import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {writeFileAtomic} from '../../src/store/atomic-write.ts';
import {tempDir} from './helpers.ts';

describe('writeFileAtomic', () => {
	it('replaces the content and leaves no temporary file', () => {
		const dir = tempDir();
		const path = join(dir, 'lab.json');
		writeFileSync(path, 'old');
		writeFileAtomic(path, 'new');
		assert.equal(readFileSync(path, 'utf8'), 'new');
		assert.deepEqual(readdirSync(dir), ['lab.json']);
	});

	it('writes large text completely', () => {
		const dir = tempDir();
		const path = join(dir, 'big.json');
		const text = 'x'.repeat(5_000_000);
		writeFileAtomic(path, text);
		assert.equal(readFileSync(path, 'utf8').length, text.length);
	});

	it('leaves the old content and no temporary file when the rename fails', () => {
		const dir = tempDir();
		const path = join(dir, 'target');
		// A directory cannot be replaced by a file: the rename fails after the temporary file was written.
		mkdirSync(path);
		writeFileSync(join(path, 'inside'), 'kept');
		assert.throws(() => writeFileAtomic(path, 'new'));
		assert.deepEqual(readdirSync(dir), ['target']);
		assert.equal(readFileSync(join(path, 'inside'), 'utf8'), 'kept');
	});
});
