import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {LabStore} from '../../src/store/lab-store.ts';
import {CLOCK_SAVE_INTERVAL_MS} from '../../src/store/lab-session.ts';
import {Site} from '../../src/site/index.ts';
import {acquireLock} from '../../src/store/lab-lock.ts';
import {tempDir} from './helpers.ts';

function openLab(opts: {live?: boolean; dir?: string} = {}) {
	const dir = opts.dir ?? tempDir();
	const warnings: string[] = [];
	const r = new LabStore(dir).open('default', {live: opts.live ?? false, warn: m => warnings.push(m)});
	if (r.kind !== 'open') throw new Error(r.kind);
	const path = join(dir, 'labs', 'default.json');
	return {dir, session: r.session, warnings, path, saved: () => JSON.parse(readFileSync(path, 'utf8'))};
}

/** What the evaluator does between statements: an `await`. */
const nextStatement = () => Promise.resolve();

describe('LabSession', () => {
	it('saves a change before the next statement runs', async () => {
		const {session, saved} = openLab();
		session.site.setScpMode('Offline');
		await nextStatement();
		assert.equal(saved().settings !== undefined, true);
		assert.equal(Site.load(saved()).getScpStatus()?.Mode, 'Offline');
		session.close();
	});

	it('writes the changes of one synchronous stretch once', async () => {
		const {session} = openLab();
		const before = session.saves;
		session.site.setScpMode('Offline');
		session.site.setUsageDataLevel('Full');
		session.site.advance(60_000);
		await nextStatement();
		assert.equal(session.saves, before + 1);
		session.close();
	});

	it('in scripts, saves a statement that only moves the clock', async () => {
		const {session, saved} = openLab();
		const start = session.site.now;
		session.site.advance(1000);
		await nextStatement();
		assert.equal(saved().clock.now, start + 1000);
		session.close();
	});

	it('with a live clock, saves the clock periodically and at close, not on every tick', async () => {
		const {session, saved} = openLab({live: true});
		const start = session.site.now;
		const before = session.saves;
		// Ticks that only move the clock.
		for (let i = 0; i < 5; i++) {
			session.site.advance(1);
			await nextStatement();
		}
		assert.equal(session.saves, before, 'ticks that only move the clock are not written one by one');
		session.close();
		assert.equal(saved().clock.now, start + 5);
	});

	it('follows a replaced site (Reset-SimSite) and saves it at once', async () => {
		const {session, saved} = openLab();
		session.replaceSite(Site.create('offline'));
		await nextStatement();
		assert.equal(saved().scenario, 'offline');
		session.site.setUsageDataLevel('Basic');
		await nextStatement();
		assert.equal(Site.load(saved()).getScpStatus()?.UsageDataLevel, 'Basic');
		session.close();
	});

	it('never overwrites a lab another process wrote: its own state goes to a conflict file', async () => {
		const {dir, session, path, warnings} = openLab();
		const theirs = JSON.stringify(Site.create('intune').toJSON());
		writeFileSync(path, theirs);
		session.site.setScpMode('Offline');
		await nextStatement();
		assert.equal(readFileSync(path, 'utf8'), theirs);
		const conflict = readdirSync(join(dir, 'labs')).find(f => f.includes('.conflict-'));
		assert.ok(conflict, 'a conflict file was written');
		assert.equal(Site.load(JSON.parse(readFileSync(join(dir, 'labs', conflict), 'utf8'))).getScpStatus()?.Mode, 'Offline');
		assert.equal(warnings.length, 1);
		assert.match(warnings[0]!, /changed by another process/);
		assert.equal(session.saving, false);
		session.close();
	});

	it('stops saving when its lock was taken over', async () => {
		const {dir, session, path, warnings} = openLab();
		const before = readFileSync(path, 'utf8');
		rmSync(join(dir, 'labs', 'default.lock'));
		const other = acquireLock(join(dir, 'labs', 'default.lock'), {pid: 99});
		assert.ok(other.ok);
		session.site.setScpMode('Offline');
		await nextStatement();
		assert.equal(readFileSync(path, 'utf8'), before);
		assert.match(warnings[0]!, /another process/);
		session.close();
		// Closing does not remove the other holder's lock.
		assert.ok(other.lock.owns());
	});

	it('warns once when saving fails, keeps the state, and saves again when it can', async () => {
		const {dir, session, warnings, saved} = openLab();
		const lockPath = join(dir, 'labs', 'default.lock');
		const lock = readFileSync(lockPath, 'utf8');
		// The labs directory vanishes: the temporary file cannot be created.
		rmSync(join(dir, 'labs'), {recursive: true});
		session.site.setScpMode('Offline');
		await nextStatement();
		session.site.setUsageDataLevel('Full');
		await nextStatement();
		assert.equal(warnings.length, 1);
		assert.match(warnings[0]!, /Could not save the lab 'default'/);
		assert.equal(session.site.getScpStatus()?.Mode, 'Offline');
		mkdirSync(join(dir, 'labs'));
		writeFileSync(lockPath, lock);
		session.site.setUsageDataLevel('Basic');
		await nextStatement();
		assert.match(warnings[1]!, /being saved again/);
		const back = Site.load(saved()).getScpStatus();
		assert.equal(back?.Mode, 'Offline');
		assert.equal(back?.UsageDataLevel, 'Basic');
		session.close();
	});

	it('close is safe to call twice and releases the lock', () => {
		const {dir, session} = openLab();
		session.close();
		session.close();
		assert.deepEqual(readdirSync(join(dir, 'labs')), ['default.json']);
	});
});

describe('LabSession with a live clock', () => {
	it("saves the clock's progress every few seconds", async t => {
		t.mock.timers.enable({apis: ['setInterval']});
		const {session, saved} = openLab({live: true});
		const start = session.site.now;
		session.site.advance(1000);
		await nextStatement();
		assert.equal(saved().clock.now, start, 'not at once');
		t.mock.timers.tick(CLOCK_SAVE_INTERVAL_MS);
		assert.equal(saved().clock.now, start + 1000);
		const saves = session.saves;
		// Nothing moved: nothing to write.
		t.mock.timers.tick(CLOCK_SAVE_INTERVAL_MS);
		assert.equal(session.saves, saves);
		session.close();
	});
});
