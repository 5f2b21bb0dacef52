import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {asideFile, labNameOfFile, normalizeLabName, LabNameError} from '../../src/store/lab-names.ts';

describe('lab names', () => {
	it('are case-insensitive (stored lower-case)', () => {
		assert.equal(normalizeLabName('AirGap'), 'airgap');
		assert.equal(normalizeLabName(' lab-2_b '), 'lab-2_b');
	});

	it('refuse anything unsafe in a file name or a shell', () => {
		for (const bad of ['', 'a b', '../x', 'a.b', '-x', 'x/y', 'é', 'a'.repeat(65), 'CON', 'nul', 'com1']) {
			assert.throws(() => normalizeLabName(bad), LabNameError, bad);
		}
	});

	it('recognise lab files and nothing set aside', () => {
		assert.equal(labNameOfFile('default.json'), 'default');
		assert.equal(labNameOfFile('default.corrupt-20250101T000000.000Z.json'), undefined);
		assert.equal(labNameOfFile('default.lock'), undefined);
		assert.equal(labNameOfFile('default.json.tmp-12'), undefined);
	});

	it('name set-aside files with the real time, never reusing a name', () => {
		const now = new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 6));
		assert.equal(asideFile('/d', 'x', 'corrupt', now), '/d/x.corrupt-20250102T030405.006Z.json');
		const taken = new Set(['/d/x.corrupt-20250102T030405.006Z.json']);
		assert.equal(asideFile('/d', 'x', 'corrupt', now, p => taken.has(p)), '/d/x.corrupt-20250102T030405.006Z-2.json');
	});
});
