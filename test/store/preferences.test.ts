import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {DEFAULT_PREFERENCES, openPreferences, PreferenceStore} from '../../src/store/preferences.ts';
import {tempDir} from './helpers.ts';

describe('preferences', () => {
	it('start from the defaults and persist through conf', async () => {
		const cwd = tempDir();
		const prefs = await openPreferences({cwd});
		assert.equal(prefs.get('panes'), DEFAULT_PREFERENCES.panes);
		assert.equal(prefs.get('clockRate'), 1);
		prefs.set('panes', false);
		prefs.set('clockRate', 60);
		const again = await openPreferences({cwd});
		assert.equal(again.get('panes'), false);
		assert.equal(again.get('clockRate'), 60);
		assert.equal(JSON.parse(readFileSync(join(cwd, 'preferences.json'), 'utf8')).clockRate, 60);
	});

	it('ignore values that are not valid (a hand-edited file)', async () => {
		const cwd = tempDir();
		writeFileSync(join(cwd, 'preferences.json'), JSON.stringify({panes: 'yes', clockRate: -3}));
		const prefs = await openPreferences({cwd});
		assert.equal(prefs.get('panes'), true);
		assert.equal(prefs.get('clockRate'), 1);
	});

	it('refuse to store an invalid value', () => {
		assert.throws(() => new PreferenceStore(null).set('clockRate', 0), RangeError);
	});

	it('keep working in memory when the backend fails', () => {
		const prefs = new PreferenceStore({
			get: () => {
				throw new Error('EACCES');
			},
			set: () => {
				throw new Error('EACCES');
			},
		});
		prefs.set('clockRate', 10);
		assert.equal(prefs.get('clockRate'), 10);
		assert.equal(prefs.persistent, false);
	});
});
