// Windows-looking paths on a Unix file system, for the Service Connection Tool and Set-Location.
//
// Microsoft's procedure writes `D:\USB\UsageData.cab` (a USB drive carried between the SCP server and the
// internet-connected computer). scpsh runs on Linux and macOS, where such a path means nothing, so it maps:
//   - a drive letter to a folder under the drive root: `D:\USB\UsageData.cab` → `<root>/D/USB/UsageData.cab`,
//     the root being $SCPSH_DRIVE_ROOT, or `$HOME/.scpsh/drives` when that is unset;
//   - a UNC path to `<root>/UNC/<server>/<share>/...`;
//   - `~` to the home folder;
//   - anything else to a path relative to the current directory, with backslashes read as separators
//     (`USB\UpdatePacks` → `./USB/UpdatePacks`), and absolute Unix paths as they are.
// This file depends on node built-ins only: the standalone ServiceConnectionTool program uses it too, so both
// ends of the offline path agree on where `D:\USB` is.

import {homedir} from 'node:os';
import {isAbsolute, join, resolve} from 'node:path';

/** Where drive letters live, unless SCPSH_DRIVE_ROOT says otherwise. */
export function defaultDriveRoot(env: NodeJS.ProcessEnv = process.env): string {
	const configured = env.SCPSH_DRIVE_ROOT?.trim();
	if (configured) return resolve(configured);
	return join(env.HOME?.trim() || homedir(), '.scpsh', 'drives');
}

export interface PathBase {
	/** The folder relative paths start from. */
	cwd: string;
	/** The folder that holds one subfolder per drive letter. */
	driveRoot: string;
	home?: string;
}

const DRIVE = /^([A-Za-z]):(.*)$/s;
const UNC = /^(?:\\\\|\/\/)([^\\/]+)(.*)$/s;

/** Splits on either separator and drops empty parts, so `\USB\\x\` and `/USB/x` give the same parts. */
const parts = (text: string): string[] => text.split(/[\\/]+/).filter((p) => p !== '');

/** True for a path that names a Windows drive (`D:\USB`, `d:`), which maps under the drive root. */
export const isDrivePath = (text: string): boolean => DRIVE.test(text.trim());

/** The real path a user's path text stands for (see the top of this file). */
export function mapPath(text: string, base: PathBase): string {
	let t = text.trim().replace(/^FileSystem::/i, '');
	const drive = DRIVE.exec(t);
	if (drive) return join(base.driveRoot, drive[1]!.toUpperCase(), ...parts(drive[2]!));
	const unc = UNC.exec(t);
	if (unc && t.includes('\\')) return join(base.driveRoot, 'UNC', unc[1]!, ...parts(unc[2]!));
	if (t === '~' || t.startsWith('~/') || t.startsWith('~\\')) t = join(base.home ?? homedir(), ...parts(t.slice(1)));
	if (isAbsolute(t)) return resolve(t.replace(/\\/g, '/'));
	return resolve(base.cwd, ...parts(t));
}
