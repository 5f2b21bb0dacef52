import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {dirname, join} from 'node:path';
import {configDir, labsDir, profilePath} from '../../src/store/config-dir.ts';
import {tempDir} from './helpers.ts';

describe('configDir', () => {
	it('honours XDG_CONFIG_HOME on Linux', () => {
		assert.equal(configDir({env: {XDG_CONFIG_HOME: '/x/cfg'}, platform: 'linux', home: '/home/u'}), '/x/cfg/scpsh-nodejs');
	});

	it('falls back to ~/.config on Linux', () => {
		assert.equal(configDir({env: {}, platform: 'linux', home: '/home/u'}), '/home/u/.config/scpsh-nodejs');
	});

	it('follows env-paths on macOS and Windows', () => {
		assert.equal(configDir({env: {}, platform: 'darwin', home: '/Users/u'}), '/Users/u/Library/Preferences/scpsh-nodejs');
		assert.equal(configDir({env: {APPDATA: 'C:\\AppData'}, platform: 'win32', home: 'C:\\Users\\u'}), join('C:\\AppData', 'scpsh-nodejs', 'Config'));
	});

	it('is the directory conf uses for projectName scpsh, so history and labs share it', async () => {
		const xdg = tempDir();
		const saved = process.env.XDG_CONFIG_HOME;
		process.env.XDG_CONFIG_HOME = xdg;
		try {
			const {default: Conf} = await import('conf');
			const conf = new Conf({projectName: 'scpsh', configName: 'history'});
			assert.equal(dirname(conf.path), configDir());
		} finally {
			if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
			else process.env.XDG_CONFIG_HOME = saved;
		}
	});

	it('puts labs and the profile inside it', () => {
		assert.equal(labsDir('/c'), join('/c', 'labs'));
		assert.equal(profilePath('/c'), join('/c', 'profile.ps1'));
	});
});
