import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {LabStore} from '../../src/store/lab-store.ts';
import {Site, SCHEMA_VERSION} from '../../src/site/index.ts';
import {tempDir} from './helpers.ts';

function open(store: LabStore, name = 'default', opts: {scenario?: string} = {}) {
	const r = store.open(name, {live: false, ...opts});
	assert.equal(r.kind, 'open', JSON.stringify(r));
	if (r.kind !== 'open') throw new Error('not open');
	return r;
}

const labJson = (dir: string, name = 'default') => JSON.parse(readFileSync(join(dir, 'labs', `${name}.json`), 'utf8'));

describe('LabStore.open', () => {
	it('creates a missing lab from the default scenario, saved at once', () => {
		const dir = tempDir();
		const {session, warnings} = open(new LabStore(dir));
		assert.deepEqual(warnings, []);
		assert.equal(session.site.scenario, 'default');
		assert.equal(labJson(dir).schemaVersion, SCHEMA_VERSION);
		session.close();
		assert.equal(existsSync(join(dir, 'labs', 'default.lock')), false);
	});

	it('reads back what was saved', () => {
		const dir = tempDir();
		const store = new LabStore(dir);
		const first = open(store);
		first.session.site.setScpMode('Offline');
		first.session.close();
		const second = open(store);
		assert.equal(second.session.site.getScpStatus()?.Mode, 'Offline');
		second.session.close();
	});

	it('starts afresh from -Scenario, replacing the saved lab', () => {
		const dir = tempDir();
		const store = new LabStore(dir);
		const first = open(store);
		first.session.site.setScpMode('Offline');
		first.session.close();
		const second = open(store, 'default', {scenario: 'hierarchy'});
		assert.equal(second.session.site.scenario, 'hierarchy');
		assert.equal(labJson(dir).scenario, 'hierarchy');
		second.session.close();
	});

	it('refuses a lab another live process holds', () => {
		const dir = tempDir();
		const holder = new LabStore(dir, {lock: {pid: 111}});
		const first = open(holder);
		const other = new LabStore(dir, {lock: {pid: 222, isAlive: () => true}});
		const r = other.open('default', {live: false});
		assert.equal(r.kind, 'busy');
		if (r.kind === 'busy') assert.equal(r.holder.pid, 111);
		// The holder's lab is untouched by the refusal.
		first.session.close();
	});

	for (const [what, text, reason] of [
		['a truncated file', '{"schemaVersion":1,"scenario":"offline","clock":{"no', /not valid JSON/],
		['a file that is not JSON', 'hello', /not valid JSON/],
		['an empty file', '', /empty/],
		['a lab from a newer scpsh', JSON.stringify({schemaVersion: SCHEMA_VERSION + 1, scenario: 'offline'}), /newer scpsh/],
		['an incomplete lab', JSON.stringify({schemaVersion: SCHEMA_VERSION, scenario: 'offline'}), /not a complete lab/],
	] as const) {
		it(`sets aside ${what}, says where, and starts from its scenario`, () => {
			const dir = tempDir();
			mkdirSync(join(dir, 'labs'));
			writeFileSync(join(dir, 'labs', 'default.json'), text);
			const now = () => new Date(Date.UTC(2025, 5, 1, 12, 0, 0));
			const {session, warnings} = open(new LabStore(dir, {now}));
			const aside = join(dir, 'labs', 'default.corrupt-20250601T120000.000Z.json');
			assert.equal(readFileSync(aside, 'utf8'), text, 'the damaged file is kept as it was');
			assert.equal(warnings.length, 1);
			assert.match(warnings[0]!, reason);
			assert.ok(warnings[0]!.includes(aside), warnings[0]);
			const expected = text.includes('offline') ? 'offline' : 'default';
			assert.equal(session.site.scenario, expected);
			assert.equal(labJson(dir).scenario, expected);
			session.close();
		});
	}

	it('sets aside a directory where the lab file should be', () => {
		const dir = tempDir();
		mkdirSync(join(dir, 'labs', 'default.json'), {recursive: true});
		const {session, warnings} = open(new LabStore(dir));
		assert.match(warnings[0]!, /it is a directory, not a file/);
		assert.equal(labJson(dir).scenario, 'default');
		assert.ok(readdirSync(join(dir, 'labs')).some(f => f.startsWith('default.corrupt-')));
		session.close();
	});

	it('runs as ephemeral, with a warning, when the directory cannot be written', () => {
		const dir = tempDir();
		// A file where the labs directory should be: no lab can be written (works even as root).
		writeFileSync(join(dir, 'labs'), 'in the way');
		const r = new LabStore(dir).open('default', {live: false, scenario: 'offline'});
		assert.equal(r.kind, 'unwritable');
		if (r.kind !== 'unwritable') return;
		assert.equal(r.site.scenario, 'offline');
		assert.match(r.warnings[0]!, /cannot be used .*-Ephemeral/);
		assert.equal(readFileSync(join(dir, 'labs'), 'utf8'), 'in the way');
	});
});

describe('LabStore.list', () => {
	it('lists labs with their status, skipping files set aside', () => {
		const dir = tempDir();
		const store = new LabStore(dir);
		const a = open(store, 'alpha', {scenario: 'offline'});
		a.session.close();
		const b = open(store, 'beta');
		writeFileSync(join(dir, 'labs', 'broken.json'), '{');
		writeFileSync(join(dir, 'labs', 'old.corrupt-20250101T000000.000Z.json'), '{}');
		const list = store.list('beta');
		assert.deepEqual(list.map(l => [l.Name, l.Scenario, l.Status]), [
			['alpha', 'offline', 'Available'],
			['beta', 'default', 'Current'],
			['broken', null, 'Unreadable'],
		]);
		assert.equal(list[1]!.HeldBy, process.pid);
		assert.equal(typeof list[0]!.SimulatedTime, 'number');
		b.session.close();
	});

	it('is empty when there is no labs directory', () => {
		assert.deepEqual(new LabStore(join(tempDir(), 'none')).list(), []);
	});
});

describe('LabStore.peek', () => {
	it('reads a lab without locking or writing it', () => {
		const dir = tempDir();
		const store = new LabStore(dir);
		const {session} = open(store, 'default', {scenario: 'intune'});
		const peeked = store.peek('default');
		assert.ok(peeked instanceof Site);
		assert.equal(peeked.scenario, 'intune');
		session.close();
		assert.equal(store.peek('missing'), undefined);
		assert.deepEqual(readdirSync(join(dir, 'labs')), ['default.json']);
	});
});

describe('LabStore tidying', () => {
	it('removes temporary files of writes a killed process left, and only those', () => {
		const dir = tempDir();
		const labs = join(dir, 'labs');
		mkdirSync(labs, {recursive: true});
		const dead = 2 ** 22 + 3;
		writeFileSync(join(labs, `default.json.tmp-${dead}`), '{');
		writeFileSync(join(labs, `default.lock.${dead}-abcd`), '{}');
		writeFileSync(join(labs, `default.json.tmp-${process.ppid}`), 'a live writer');
		writeFileSync(join(labs, `other.json.tmp-${dead}`), 'another lab');
		const r = new LabStore(dir).open('default', {live: false});
		assert.equal(r.kind, 'open');
		assert.deepEqual(readdirSync(labs).sort(), ['default.json', `default.json.tmp-${process.ppid}`, 'default.lock', `other.json.tmp-${dead}`].sort());
		if (r.kind === 'open') r.session.close();
	});
});
