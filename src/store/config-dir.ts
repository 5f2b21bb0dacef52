// Where scpsh keeps its labs, history, preferences and profile: the directory `conf` picks for projectName
// 'scpsh' (env-paths with conf's default suffix), so files written by conf (history, preferences) and by the lab
// store sit side by side. On Linux that is $XDG_CONFIG_HOME/scpsh-nodejs, else ~/.config/scpsh-nodejs.
// Computed here rather than through conf because importing conf costs ~40 ms, which script runs must not pay.

import {homedir} from 'node:os';
import {join} from 'node:path';

/** conf's default `projectSuffix`; changing it would move every user's store. */
const DIR_NAME = 'scpsh-nodejs';

export interface ConfigDirEnv {
	env?: NodeJS.ProcessEnv;
	platform?: NodeJS.Platform;
	home?: string;
}

export function configDir({env = process.env, platform = process.platform, home = homedir()}: ConfigDirEnv = {}): string {
	if (platform === 'darwin') return join(home, 'Library', 'Preferences', DIR_NAME);
	if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), DIR_NAME, 'Config');
	return join(env.XDG_CONFIG_HOME || join(home, '.config'), DIR_NAME);
}

export const labsDir = (dir: string): string => join(dir, 'labs');

export const profilePath = (dir: string): string => join(dir, 'profile.ps1');
