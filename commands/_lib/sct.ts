// The Service Connection Tool's shared parts (domain.md 3): its log, the way it names files, and the connect
// phase itself. The connect phase runs on an internet-connected computer, not on the site, so it lives here
// with no tie to the engine: the standalone program (src/cli/service-connection-tool.ts) runs it, and the
// ServiceConnectionTool.exe cmdlet starts that program as a separate process.
//
// Files (our formats; the real tool's .cab files are opaque — see src/site/offline.ts for the JSON inside):
//   -prepare writes the usage data file named by -usagedatadest (JSON text, whatever its extension).
//   -connect reads one usage data file, or every *.cab file of a folder (several hierarchies may share one),
//            and writes one update pack per hierarchy into -updatepackdest: UpdatePack-<hierarchy id>.json.
//   -import  reads the update packs of -updatepacksrc and imports the one made for this hierarchy.
//   Each phase writes ServiceConnectionTool.log (CMTrace format, overwritten each run) into the transfer folder
//   it works with, where Microsoft's procedure keeps the tool itself.
// Output is deterministic: times come from the simulated clock (or the usage data's time), and paths are printed
// as the user typed them, never as mapped on this computer.

import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {connectUpdatePack, parseUsageData, type PackSelection, type UpdatePackDoc} from '../../src/site/index.ts';
import {mapPath, type PathBase} from './win-paths.ts';

export const TOOL_NAME = 'ServiceConnectionTool.exe';
export const LOG_NAME = 'ServiceConnectionTool.log';
export const PACK_PREFIX = 'UpdatePack-';

/** A failure the tool reports in its own words (the cmdlet and the program both print it as an error). */
export class SctError extends Error {
	override readonly name = 'SctError';
	constructor(message: string, readonly id = 'ServiceConnectionToolError') {
		super(message);
	}
}

// ---- names ----------------------------------------------------------------------------------------------

/** A file inside a folder the user named, written the way the user wrote the folder (`D:\USB` + `x` → `D:\USB\x`). */
export function displayJoin(folder: string, name: string): string {
	const sep = folder.includes('\\') || /^[A-Za-z]:$/.test(folder) ? '\\' : '/';
	return folder.endsWith('\\') || folder.endsWith('/') ? folder + name : folder + sep + name;
}

/** The folder a file the user named sits in, as written (`D:\USB\UsageData.cab` → `D:\USB`); '.' for a bare name. */
export function displayParent(file: string): string {
	const i = Math.max(file.lastIndexOf('\\'), file.lastIndexOf('/'));
	return i < 0 ? '.' : i === 2 && file[1] === ':' ? file.slice(0, 3) : file.slice(0, i);
}

export const packFileName = (hierarchyId: string): string => `${PACK_PREFIX}${hierarchyId}.json`;

// ---- the log --------------------------------------------------------------------------------------------

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** One CMTrace line (domain.md 5.3); type 1 = information, 2 = warning, 3 = error. UTC, so the bias is +000. */
export function cmtraceLine(message: string, time: number, type: 1 | 2 | 3 = 1): string {
	const d = new Date(time);
	const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+000`;
	const date = `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${d.getUTCFullYear()}`;
	return `<![LOG[${message}]LOG]!><time="${clock}" date="${date}" component="ServiceConnectionTool" context="" type="${type}" thread="1" file="">`;
}

/** Collects the run's log lines; written once at the end, replacing the previous run's log, as the tool does. */
export class SctLog {
	readonly lines: string[] = [];
	constructor(private readonly time: number) {}

	add(message: string, type: 1 | 2 | 3 = 1): void {
		this.lines.push(cmtraceLine(message, this.time, type));
	}

	/** Writes the log into `folder` (a real path); a folder that cannot be written loses the log, not the run. */
	writeTo(folder: string): void {
		try {
			mkdirSync(folder, {recursive: true});
			writeFileSync(join(folder, LOG_NAME), this.lines.join('\r\n') + '\r\n');
		} catch {
			// The log is a courtesy; the phase's own result has been written already.
		}
	}
}

// ---- the connect phase ------------------------------------------------------------------------------------

export interface ConnectOptions {
	/** As typed: a usage data file or a folder of them. */
	usageDataSrc: string;
	/** As typed: the folder the update packs go to. */
	updatePackDest: string;
	selection?: PackSelection;
	proxyServerUri?: string | null;
	proxyUserName?: string | null;
}

/** -downloadall, -downloadhotfix, -downloadsiteversion → the pack selection; at most one may be given. */
export function selectionOf(flags: {downloadAll?: boolean; downloadHotfix?: boolean; downloadSiteVersion?: boolean}): PackSelection {
	const chosen: PackSelection[] = [];
	if (flags.downloadAll) chosen.push('all');
	if (flags.downloadHotfix) chosen.push('hotfix');
	if (flags.downloadSiteVersion) chosen.push('siteversion');
	if (chosen.length > 1) throw new SctError('Use only one of -downloadall, -downloadhotfix and -downloadsiteversion.', 'ConflictingDownloadOptions');
	return chosen[0] ?? 'latest';
}

const SELECTION_TEXT: Record<PackSelection, string> = {
	latest: 'the latest update that applies to the site version, without hotfixes',
	all: 'all updates and hotfixes, regardless of the site version (-downloadall)',
	hotfix: 'all hotfixes, regardless of the site version (-downloadhotfix)',
	siteversion: 'the updates and hotfixes newer than the site version (-downloadsiteversion)',
};

/** The usage data files a source names: the file itself, or the folder's *.cab files in name order. */
export function usageDataFiles(typed: string, real: string): {typed: string; real: string}[] {
	if (!existsSync(real)) throw new SctError(`The usage data source '${typed}' does not exist.`, 'UsageDataNotFound');
	if (!statSync(real).isDirectory()) return [{typed, real}];
	const names = readdirSync(real, {withFileTypes: true})
		.filter((f) => f.isFile() && /\.cab$/i.test(f.name))
		.map((f) => f.name)
		.sort((a, b) => a.localeCompare(b, 'en'));
	if (!names.length) throw new SctError(`No usage data files (*.cab) were found in '${typed}'. Run -prepare on the service connection point first.`, 'UsageDataNotFound');
	return names.map((n) => ({typed: displayJoin(typed, n), real: join(real, n)}));
}

const when = (iso: string): string => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

/**
 * Runs the connect phase: for each usage data file, "uploads" it and writes the update pack the cloud returns.
 * `out` gets the progress lines. Throws SctError when the input is unusable; nothing is written then.
 */
export function runConnect(opts: ConnectOptions, base: PathBase, out: (line: string) => void): void {
	const selection = opts.selection ?? 'latest';
	if (opts.proxyUserName && !opts.proxyServerUri) throw new SctError('-proxyusername needs -proxyserveruri.', 'ProxyUserWithoutServer');
	const sources = usageDataFiles(opts.usageDataSrc, mapPath(opts.usageDataSrc, base));
	// Read and check every file before writing anything, so a bad file leaves the destination untouched.
	const inputs = sources.map((s) => {
		const text = readFileSync(s.real, 'utf8');
		try {
			return {...s, text, usage: parseUsageData(text)};
		} catch (e) {
			throw new SctError(`'${s.typed}' is not usage data from ServiceConnectionTool.exe -prepare: ${(e as Error).message}`, 'InvalidUsageData');
		}
	});
	const seen = new Map<string, string>();
	for (const i of inputs) {
		const other = seen.get(i.usage.hierarchyId.toLowerCase());
		if (other) throw new SctError(`'${other}' and '${i.typed}' hold usage data of the same hierarchy (${i.usage.hierarchyId}); keep one.`, 'DuplicateHierarchy');
		seen.set(i.usage.hierarchyId.toLowerCase(), i.typed);
	}
	const destReal = mapPath(opts.updatePackDest, base);
	if (existsSync(destReal) && !statSync(destReal).isDirectory()) {
		throw new SctError(`The update pack destination '${opts.updatePackDest}' is a file; give a folder.`, 'DestinationNotFolder');
	}
	const log = new SctLog(Date.parse(inputs[0]!.usage.generatedAt));
	const say = (line: string): void => {
		out(line);
		log.add(line.trim());
	};
	say(`${TOOL_NAME} -connect: downloading ${SELECTION_TEXT[selection]}.`);
	if (opts.proxyServerUri) say(`Using the proxy server ${opts.proxyServerUri}${opts.proxyUserName ? ` as ${opts.proxyUserName} (basic authentication)` : ''}.`);
	say('Connecting to the Microsoft cloud service (https://sccm.manage.microsoft.com/SCCMConnectedService.svc)...');
	mkdirSync(destReal, {recursive: true});
	for (const i of inputs) {
		const u = i.usage;
		say(`Usage data ${i.typed}: hierarchy ${u.hierarchyId}, site version ${u.siteVersion} (${u.productVersion}), level ${u.level}, collected ${when(u.generatedAt)}.`);
		say(`  Uploading usage data... done.`);
		say(`  Downloading the update manifest (ConfigMgr.Update.Manifest.cab)... done.`);
		const packText = connectUpdatePack(i.text, {selection});
		const pack = JSON.parse(packText) as UpdatePackDoc;
		if (!pack.updates.length) say('  No updates are available for this hierarchy.');
		for (const up of pack.updates) {
			say(`  Downloading ${up.name} (${up.version}, ${up.sizeMB} MB)... 25% 50% 75% 100%`);
		}
		const name = packFileName(u.hierarchyId);
		writeFileSync(join(destReal, name), packText + '\n');
		say(`  Wrote ${displayJoin(opts.updatePackDest, name)} (${pack.updates.length} update${pack.updates.length === 1 ? '' : 's'}).`);
	}
	say(`The connect phase completed. Take ${opts.updatePackDest} to the service connection point and run ${TOOL_NAME} -import -updatepacksrc <folder>.`);
	log.writeTo(destReal);
}
