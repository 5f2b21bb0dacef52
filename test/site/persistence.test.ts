import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createSite, DAY, SCENARIO_START, SCHEMA_VERSION, Site, type SiteChange} from '../../src/site/index.ts';
import {settle} from './helpers.ts';

test('the lab round-trips through JSON and structuredClone exactly', () => {
	const site = createSite('remote-scp');
	site.setScpMode('Offline');
	site.restartComponent('SMS_EXECUTIVE'); // mid-transition state with queued events
	site.step('5s');
	const lab = site.toJSON();
	assert.equal(lab.schemaVersion, SCHEMA_VERSION);
	assert.deepEqual(structuredClone(lab), lab);
	assert.deepEqual(JSON.parse(JSON.stringify(lab)), lab);
	const restored = Site.fromJSON(JSON.stringify(lab));
	assert.equal(JSON.stringify(restored.lab), JSON.stringify(site.lab));
	// Both continue identically, PRNG included.
	for (const s of [site, restored]) {
		s.step('3d');
		s.setInstallationAccount('SCP01.contoso.com', 'CONTOSO\\a');
		s.addSite({siteCode: 'SS1', type: 'Secondary', parentSiteCode: 'PS1', serverName: 'SEC01.contoso.com'});
		s.step('30d');
	}
	assert.equal(JSON.stringify(restored.lab), JSON.stringify(site.lab));
	assert.notEqual(restored.lab, site.lab, 'a copy, not the same object');
});

test('toJSON is a copy; load rejects other schemas', () => {
	const site = createSite();
	const lab = site.toJSON();
	lab.clock.now = 0;
	assert.equal(site.now, SCENARIO_START);
	assert.throws(() => Site.load({...lab, schemaVersion: 99}), (e: any) => e.id === 'LabSchemaUnsupported' && e.category === 'InvalidData');
	assert.throws(() => Site.fromJSON('{'), (e: any) => e.id === 'InvalidLab');
	assert.throws(() => Site.load([]), (e: any) => e.id === 'InvalidLab');
	const {queue: _q, ...partial} = lab;
	assert.throws(() => Site.load(partial), (e: any) => e.id === 'InvalidLab');
});

test('onChange fires once per call with the kinds that changed; unsubscribe stops it', () => {
	const site = createSite();
	const seen: SiteChange[] = [];
	const off = site.onChange((c) => seen.push(c));
	site.setScpMode('Offline');
	assert.equal(seen.length, 1);
	assert.ok(seen[0]!.kinds.includes('scp'));
	site.advance(1000);
	assert.deepEqual(seen[1]!.kinds, ['clock']);
	site.step('7h');
	assert.ok(seen[2]!.kinds.includes('message') && seen[2]!.kinds.includes('log'));
	assert.equal(seen[2]!.now, site.now);
	assert.ok(seen[2]!.revision > seen[1]!.revision);
	try {
		site.setScpMode('Sideways');
	} catch {}
	assert.equal(seen.length, 3, 'a refused call is not a change');
	site.getComponents();
	site.snapshot();
	assert.equal(seen.length, 3, 'reads are not changes');
	off();
	site.advance(1000);
	assert.equal(seen.length, 3);
});

test('snapshot: frozen, the same object until something changes, sections reused when only the clock moved', () => {
	const site = createSite();
	const a = site.snapshot();
	assert.equal(site.snapshot(), a);
	assert.ok(Object.isFrozen(a) && Object.isFrozen(a.components) && Object.isFrozen(a.components[0]));
	assert.equal(a.scp!.Mode, 'Online');
	site.advance(1000);
	const b = site.snapshot();
	assert.notEqual(b, a);
	assert.equal(b.clock.Now, SCENARIO_START + 1000);
	assert.equal(b.components, a.components, 'nothing but the clock changed');
	site.setScpMode('Offline');
	const c = site.snapshot();
	assert.notEqual(c.scp, b.scp);
	assert.equal(c.scp!.RestartRequired, true);
	assert.throws(() => {
		(c.scp as {Mode: string}).Mode = 'Online';
	}, TypeError);
});

test('the site never reads the real clock or Math.random', async () => {
	const {readdirSync, readFileSync} = await import('node:fs');
	const dir = new URL('../../src/site/', import.meta.url);
	for (const f of readdirSync(dir)) {
		const text = readFileSync(new URL(f, dir), 'utf8').replace(/\/\/.*$/gm, '');
		assert.doesNotMatch(text, /Date\.now|new Date\(\)|performance\.|Math\.random|console\./, f);
		for (const m of text.matchAll(/from '([^']+)'/g)) assert.match(m[1]!, /^\.\/[\w-]+\.ts$/, `${f} imports only siblings: ${m[1]}`);
	}
});

test('large scenario: a 365-day advance completes with the year\'s work done', () => {
	const site = createSite('large');
	const events = site.step('365d');
	assert.equal(site.now, SCENARIO_START + 365 * DAY);
	assert.ok(events > 1000);
	const scp = site.getScpStatus()!;
	assert.ok(scp.LastUpdateCheck! > site.now - DAY);
	assert.equal(scp.LastUpdateCheckResult, 'Succeeded');
	assert.ok(scp.LastUsageUpload! > site.now - 7 * DAY);
	assert.equal(site.getStatusMessages({messageId: 5035, siteCode: 'CAS'}).length > 0, true);
	assert.deepEqual(site.getUpdates().filter((u) => u.State === 'Ready to install').map((u) => u.ProductVersion).sort(), ['2409', '2503', '2509']);
	assert.ok(site.getComponents().every((c) => c.State === 'Running'));
	settle(site, null);
});
