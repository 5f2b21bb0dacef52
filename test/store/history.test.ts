import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, chmodSync, existsSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {HistoryStore, openHistoryStore} from '../../src/store/history.ts';
import type {KeyValueBackend} from '../../src/store/history.ts';

const memory = (initial: Record<string, unknown> = {}): KeyValueBackend & {data: Record<string, unknown>} => {
	const data = {...initial};
	return {data, get: k => data[k], set: (k, v) => void (data[k] = v)};
};

test('adds lines, skipping blanks and a repeat of the newest', () => {
	const b = memory();
	const h = new HistoryStore(b);
	h.add('Get-ScpStatus');
	h.add('   ');
	h.add('Get-ScpStatus');
	h.add('Set-ScpMode Offline');
	h.add('Get-ScpStatus');
	assert.deepEqual(h.entries(), ['Get-ScpStatus', 'Set-ScpMode Offline', 'Get-ScpStatus']);
	assert.deepEqual(b.data.entries, ['Get-ScpStatus', 'Set-ScpMode Offline', 'Get-ScpStatus']);
});

test('is bounded, dropping the oldest', () => {
	const h = new HistoryStore(memory(), 3);
	for (let i = 0; i < 5; i++) h.add(`line ${i}`);
	assert.deepEqual(h.entries(), ['line 2', 'line 3', 'line 4']);
});

test('loads what was saved, ignoring junk', () => {
	const h = new HistoryStore(memory({entries: ['a', 3, 'b', null]}));
	assert.deepEqual(h.entries(), ['a', 'b']);
	assert.deepEqual(new HistoryStore(memory({entries: 'nope'})).entries(), []);
});

test('keeps lines another shell added meanwhile', () => {
	const b = memory();
	const one = new HistoryStore(b);
	const two = new HistoryStore(b);
	one.add('from one');
	two.add('from two');
	assert.deepEqual(two.entries(), ['from one', 'from two']);
});

test('a failing backend leaves history in memory', () => {
	const broken: KeyValueBackend = {
		get: () => [],
		set: () => {
			throw new Error('EACCES');
		},
	};
	const h = new HistoryStore(broken);
	h.add('a');
	h.add('b');
	assert.deepEqual(h.entries(), ['a', 'b']);
	assert.equal(h.persistent, false);
	const unreadable = new HistoryStore({get: () => { throw new Error('EACCES'); }, set: () => {}});
	unreadable.add('x');
	assert.deepEqual(unreadable.entries(), ['x']);
	assert.equal(new HistoryStore(null).persistent, false);
});

test('persists between runs through conf in a given directory', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'scpsh-history-'));
	try {
		const first = await openHistoryStore({cwd: dir});
		first.add('Get-ScpStatus');
		first.add("Set-ScpMode -Mode Offline\n# two lines");
		assert.ok(existsSync(join(dir, 'history.json')));
		const second = await openHistoryStore({cwd: dir});
		assert.deepEqual(second.entries(), ['Get-ScpStatus', "Set-ScpMode -Mode Offline\n# two lines"]);
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
});

test('an unwritable directory still gives a working store', {skip: process.getuid?.() === 0 ? 'root can write anywhere' : false}, async () => {
	const dir = mkdtempSync(join(tmpdir(), 'scpsh-history-ro-'));
	try {
		chmodSync(dir, 0o500);
		const h = await openHistoryStore({cwd: join(dir, 'sub')});
		h.add('a');
		assert.deepEqual(h.entries(), ['a']);
	} finally {
		chmodSync(dir, 0o700);
		rmSync(dir, {recursive: true, force: true});
	}
});

test('a config dir that cannot be created still gives a working store', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'scpsh-history-f-'));
	try {
		// A file where the directory should be: mkdir fails even for root.
		writeFileSync(join(dir, 'blocker'), 'x');
		const h = await openHistoryStore({cwd: join(dir, 'blocker', 'sub')});
		h.add('a');
		h.add('b');
		assert.deepEqual(h.entries(), ['a', 'b']);
		assert.equal(h.persistent, false);
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
});
