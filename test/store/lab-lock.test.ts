import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {acquireLock, processAlive, readHolder} from '../../src/store/lab-lock.ts';
import {tempDir} from './helpers.ts';

const alive = () => true;
const dead = () => false;

describe('lab lock', () => {
	it('is taken when free, and names its holder', () => {
		const path = join(tempDir(), 'default.lock');
		const r = acquireLock(path, {pid: 4242});
		assert.ok(r.ok);
		assert.equal(readHolder(path)?.pid, 4242);
		assert.ok(r.lock.owns());
		// The temporary file used to create it is gone.
		assert.deepEqual(readdirSync(join(path, '..')), ['default.lock']);
	});

	it('is refused while another live process holds it', () => {
		const path = join(tempDir(), 'default.lock');
		assert.ok(acquireLock(path, {pid: 100, isAlive: alive}).ok);
		const r = acquireLock(path, {pid: 200, isAlive: alive});
		assert.equal(r.ok, false);
		if (!r.ok) assert.equal(r.holder.pid, 100);
	});

	it('is taken over from a dead process', () => {
		const path = join(tempDir(), 'default.lock');
		assert.ok(acquireLock(path, {pid: 100}).ok);
		const r = acquireLock(path, {pid: 200, isAlive: dead});
		assert.ok(r.ok);
		assert.equal(readHolder(path)?.pid, 200);
	});

	it('is taken over when it names this very process (a leftover from an earlier one with the same pid)', () => {
		const path = join(tempDir(), 'default.lock');
		assert.ok(acquireLock(path, {pid: 300}).ok);
		assert.ok(acquireLock(path, {pid: 300, isAlive: alive}).ok);
	});

	it('is taken over when the file is garbage', () => {
		const path = join(tempDir(), 'default.lock');
		writeFileSync(path, 'not json');
		assert.ok(acquireLock(path, {pid: 1, isAlive: alive}).ok);
	});

	it('is released only by its holder', () => {
		const path = join(tempDir(), 'default.lock');
		const first = acquireLock(path, {pid: 100});
		assert.ok(first.ok);
		// Someone broke the lock and took it: the first holder must not remove the new one.
		const second = acquireLock(path, {pid: 200, isAlive: dead});
		assert.ok(second.ok);
		assert.equal(first.lock.owns(), false);
		first.lock.release();
		assert.equal(readHolder(path)?.pid, 200);
		second.lock.release();
		assert.equal(existsSync(path), false);
	});

	it('knows a live process from a dead one', () => {
		assert.equal(processAlive(process.pid), true);
		// The highest pid Linux allows is below 2^22; this one cannot exist.
		assert.equal(processAlive(2 ** 22 + 17), false);
	});
});

describe('lab lock check', () => {
	it('is held while the file names the holder, and put back when it vanished', () => {
		const path = join(tempDir(), 'default.lock');
		const r = acquireLock(path, {pid: 100});
		assert.ok(r.ok);
		assert.equal(r.lock.check(), 'held');
		rmSync(path);
		assert.equal(r.lock.check(), 'held');
		assert.equal(readHolder(path)?.pid, 100);
	});

	it('is lost when another holder replaced it', () => {
		const path = join(tempDir(), 'default.lock');
		const r = acquireLock(path, {pid: 100});
		assert.ok(r.ok);
		assert.ok(acquireLock(path, {pid: 200, isAlive: dead}).ok);
		assert.equal(r.lock.check(), 'lost');
	});

	it('is unavailable when the directory is gone', () => {
		const dir = tempDir();
		const path = join(dir, 'sub', 'default.lock');
		mkdirSync(join(dir, 'sub'));
		const r = acquireLock(path, {pid: 100});
		assert.ok(r.ok);
		rmSync(join(dir, 'sub'), {recursive: true});
		assert.equal(r.lock.check(), 'unavailable');
	});
});
