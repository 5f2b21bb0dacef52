// ServiceConnectionTool.exe: the Service Connection Tool of an offline service connection point (domain.md 3),
// with the real tool's arguments. -prepare, -import and -export work on the simulated site, in this process;
// -connect runs as a separate program (dist/service-connection-tool.js), as it runs on an internet-connected
// computer in Microsoft's procedure, and its output is relayed line by line. Like a native program it writes
// lines of text and sets $LASTEXITCODE (0 done, 1 failed).

import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {PipelineStoppedSignal} from '../../src/engine/errors.ts';
import {parseUpdatePack, parseUsageData, type Site, type UpdatePackDoc} from '../../src/site/index.ts';
import {fsLocation} from '../_lib/cm-session.ts';
import {displayJoin, displayParent, LOG_NAME, PACK_PREFIX, SctLog, TOOL_NAME} from '../_lib/sct.ts';
import {runTool} from '../_lib/sct-process.ts';
import {siteOf} from '../_lib/site.ts';
import {isSiteError, siteErrorRecord} from '../_lib/site-cmdlet.ts';
import {defaultDriveRoot, mapPath, type PathBase} from '../_lib/win-paths.ts';

const USAGE = [
	'Usage:',
	`  ${TOOL_NAME} -prepare -usagedatadest <file.cab>`,
	`  ${TOOL_NAME} -connect -usagedatasrc <folder|file.cab> -updatepackdest <folder> [-proxyserveruri <uri> [-proxyusername <user>]] [-downloadall | -downloadhotfix | -downloadsiteversion]`,
	`  ${TOOL_NAME} -import -updatepacksrc <folder>`,
	`  ${TOOL_NAME} -export -dest <file.csv>`,
];

/** A failure of the tool: written as an error (stopping nothing, as a native program's does) and exit code 1. */
class ToolFailure extends Error {
	constructor(message: string, readonly id: string, readonly category: 'InvalidData' | 'ObjectNotFound' | 'WriteError' | 'InvalidOperation' = 'InvalidOperation') {
		super(message);
	}
}

const base = (ctx: CmdletContext): PathBase => ({cwd: fsLocation(ctx.session), driveRoot: defaultDriveRoot()});

function writeText(real: string, typed: string, text: string): void {
	try {
		mkdirSync(dirname(real), {recursive: true});
		if (existsSync(real) && statSync(real).isDirectory()) throw new ToolFailure(`'${typed}' is a folder; give a file name.`, 'DestinationIsFolder', 'WriteError');
		writeFileSync(real, text);
	} catch (e) {
		if (e instanceof ToolFailure) throw e;
		throw new ToolFailure(`Cannot write '${typed}': ${(e as Error).message}`, 'WriteFailed', 'WriteError');
	}
}

// ---- -prepare --------------------------------------------------------------------------------------------

function prepare(ctx: CmdletContext, site: Site, say: (line: string) => void, log: SctLog): void {
	const typed = String(ctx.params.UsageDataDest);
	const text = site.exportUsageData();
	const usage = parseUsageData(text);
	const scp = site.getScpStatus()!;
	say(`${TOOL_NAME} -prepare: exporting usage data from the service connection point on ${scp.ServerName} (site ${scp.SiteCode}).`);
	say(`Usage data for hierarchy ${usage.hierarchyId}: site version ${usage.siteVersion} (${usage.productVersion}), level ${usage.level}.`);
	writeText(mapPath(typed, base(ctx)), typed, text + '\n');
	say(`Wrote ${typed}.`);
	say(`Take it to a computer with internet access and run ${TOOL_NAME} -connect -usagedatasrc ${displayParent(typed)} -updatepackdest <folder>.`);
	log.writeTo(dirname(mapPath(typed, base(ctx))));
}

// ---- -export ---------------------------------------------------------------------------------------------

const csvCell = (v: unknown): string => `"${String(v ?? '').replace(/"/g, '""')}"`;

/** Usage data as rows of Section, Name, Value: nested sections flattened with dots. */
function usageCsv(text: string): string {
	const usage = parseUsageData(text);
	const rows: [string, string, unknown][] = [
		['Header', 'HierarchyId', usage.hierarchyId],
		['Header', 'SiteVersion', usage.siteVersion],
		['Header', 'ProductVersion', usage.productVersion],
		['Header', 'InstalledHotfixes', usage.installedHotfixes.join(' ')],
		['Header', 'Level', usage.level],
		['Header', 'GeneratedAt', usage.generatedAt],
	];
	const walk = (section: string, prefix: string, value: unknown): void => {
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			for (const [k, v] of Object.entries(value)) walk(section, prefix ? `${prefix}.${k}` : k, v);
		} else rows.push([section, prefix, Array.isArray(value) ? value.join(' ') : value]);
	};
	for (const [section, data] of Object.entries(usage.data)) walk(section[0]!.toUpperCase() + section.slice(1), '', data);
	return [['Section', 'Name', 'Value'], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function exportCsv(ctx: CmdletContext, site: Site, say: (line: string) => void, log: SctLog): void {
	const typed = String(ctx.params.Dest);
	const text = site.exportUsageData();
	const usage = parseUsageData(text);
	writeText(mapPath(typed, base(ctx)), typed, usageCsv(text));
	say(`${TOOL_NAME} -export: wrote the usage data of hierarchy ${usage.hierarchyId} (level ${usage.level}) to ${typed} for review.`);
	log.writeTo(dirname(mapPath(typed, base(ctx))));
}

// ---- -import ---------------------------------------------------------------------------------------------

interface PackFile {
	typed: string;
	doc: UpdatePackDoc;
}

/** The update packs in a folder (or the one file named), in name order; other files are passed over. */
function readPacks(typed: string, real: string): PackFile[] {
	if (!existsSync(real)) throw new ToolFailure(`The update pack source '${typed}' does not exist.`, 'UpdatePackSourceNotFound', 'ObjectNotFound');
	const isDir = statSync(real).isDirectory();
	const files = isDir
		? readdirSync(real, {withFileTypes: true}).filter((f) => f.isFile() && f.name !== LOG_NAME).map((f) => f.name).sort((a, b) => a.localeCompare(b, 'en'))
			.map((n) => ({typed: displayJoin(typed, n), real: join(real, n)}))
		: [{typed, real}];
	const packs: PackFile[] = [];
	for (const f of files) {
		try {
			packs.push({typed: f.typed, doc: parseUpdatePack(readFileSync(f.real, 'utf8'))});
		} catch (e) {
			if (!isSiteError(e)) throw e;
			// Not an update pack: usage data, notes... The tool takes only its own files.
			if (!isDir) throw new ToolFailure(`'${f.typed}' is not an update pack from ${TOOL_NAME} -connect: ${e.message}`, 'InvalidUpdatePack', 'InvalidData');
		}
	}
	if (!packs.length) {
		throw new ToolFailure(`No update packs (${PACK_PREFIX}<hierarchy>.json) were found in '${typed}'. Run ${TOOL_NAME} -connect with this site's usage data first.`,
			'UpdatePackNotFound', 'ObjectNotFound');
	}
	return packs;
}

function importPacks(ctx: CmdletContext, site: Site, say: (line: string) => void, log: SctLog): void {
	const typed = String(ctx.params.UpdatePackSrc);
	const real = mapPath(typed, base(ctx));
	const packs = readPacks(typed, real);
	const hierarchy = site.lab.hierarchyId.toLowerCase();
	const mine = packs.filter((p) => p.doc.hierarchyId.toLowerCase() === hierarchy);
	say(`${TOOL_NAME} -import: importing the update packs of hierarchy ${site.lab.hierarchyId} from ${typed}.`);
	for (const p of packs) if (!mine.includes(p)) say(`Skipped ${p.typed}: it was made for hierarchy ${p.doc.hierarchyId}, not this one.`);
	if (!mine.length) {
		throw new ToolFailure(`None of the update packs in '${typed}' was made for this hierarchy (${site.lab.hierarchyId}). ` +
			`Run -prepare here, then -connect with that usage data.`, 'UpdatePackWrongHierarchy', 'InvalidData');
	}
	// One import of all this hierarchy's updates, so the site changes once or not at all.
	const merged: UpdatePackDoc = {...mine[0]!.doc, updates: []};
	for (const p of mine) {
		say(`Reading ${p.typed} (${p.doc.updates.length} update${p.doc.updates.length === 1 ? '' : 's'}).`);
		for (const u of p.doc.updates) if (!merged.updates.some((x) => x.id === u.id)) merged.updates.push(u);
	}
	const result = site.importUpdatePack(JSON.stringify(merged));
	for (const u of result.Imported) say(`Imported ${u.Name} (${u.Version}): ${u.State}.`);
	for (const s of result.Skipped) say(`Skipped ${s.Id}: ${s.Reason}`);
	if (result.Imported.length) log.add('Successfully Dropped the state message 4');
	say(result.Imported.length
		? `The import completed: ${result.Imported.length} update${result.Imported.length === 1 ? '' : 's'} now in Updates and Servicing (Get-CMSiteUpdate, Get-ScpUpdate).`
		: 'The import completed: no new updates.');
	log.writeTo(existsSync(real) && statSync(real).isDirectory() ? real : dirname(real));
}

// ---- -connect (another process) ----------------------------------------------------------------------------

async function connect(ctx: CmdletContext): Promise<number> {
	const p = ctx.params;
	const args = ['-connect', '-usagedatasrc', String(p.UsageDataSrc), '-updatepackdest', String(p.UpdatePackDest)];
	if (p.ProxyServerUri) args.push('-proxyserveruri', String(p.ProxyServerUri));
	if (p.ProxyUserName) args.push('-proxyusername', String(p.ProxyUserName));
	if (p.DownloadAll) args.push('-downloadall');
	if (p.DownloadHotfix) args.push('-downloadhotfix');
	if (p.DownloadSiteVersion) args.push('-downloadsiteversion');
	const b = base(ctx);
	let run;
	try {
		run = await runTool(args, {cwd: b.cwd, env: {...process.env, SCPSH_DRIVE_ROOT: b.driveRoot}, signal: ctx.signal, onLine: (line) => ctx.write(line)});
	} catch (e) {
		if ((e as Error).name === 'AbortError') throw new PipelineStoppedSignal();
		throw new ToolFailure(`${TOOL_NAME} -connect could not be started: ${(e as Error).message}`, 'ToolNotStarted');
	}
	if (run.code !== 0) {
		const message = run.stderr.trim().replace(new RegExp(`^${TOOL_NAME.replace('.', '\\.')}: `), '') || `${TOOL_NAME} -connect failed (exit code ${run.code}).`;
		throw new ToolFailure(message, 'ConnectFailed', 'InvalidData');
	}
	return 0;
}

// ---- the cmdlet ------------------------------------------------------------------------------------------------

const PREPARE = 'Prepare';
const CONNECT = 'Connect';
const IMPORT = 'Import';
const EXPORT = 'Export';

const def: CmdletDef = {
	name: 'ServiceConnectionTool.exe',
	aliases: ['ServiceConnectionTool', '.\\ServiceConnectionTool.exe', './ServiceConnectionTool.exe'],
	synopsis: 'The Service Connection Tool: moves usage data out of, and updates into, an offline site.',
	description:
		'ServiceConnectionTool.exe is how a site whose service connection point is in offline mode gets Configuration ' +
		'Manager updates. It has the real tool\'s arguments and works in three phases:\n' +
		'  1. -prepare -usagedatadest D:\\USB\\UsageData.cab, on the service connection point: exports the usage data ' +
		'(the site version, and what the usage data level allows) to a file to carry away.\n' +
		'  2. -connect -usagedatasrc D:\\USB -updatepackdest D:\\USB\\UpdatePacks, on a computer with internet access: ' +
		'uploads the usage data and downloads the updates that apply. -usagedatasrc is a folder of *.cab files (several ' +
		'hierarchies may share one) or one file. By default only the latest release that applies is downloaded; ' +
		'-downloadall takes every update and hotfix, -downloadhotfix every hotfix, -downloadsiteversion the updates and ' +
		'hotfixes newer than the site version. -proxyserveruri and -proxyusername name a proxy.\n' +
		'  3. -import -updatepacksrc D:\\USB\\UpdatePacks, on the service connection point: imports the updates made for ' +
		'this hierarchy; they appear in Updates and Servicing, ready to install.\n' +
		'-export -dest <file.csv> writes the usage data as CSV for review. The service connection point must run in ' +
		'offline mode (EffectiveMode Offline) for -prepare, -import and -export.\n\n' +
		'The connect phase runs as a separate program, as it runs on another computer: scpsh starts ' +
		'dist/service-connection-tool.js (also installed as the command ServiceConnectionTool) and relays its output. ' +
		'Run that program on its own to do the connect phase anywhere. At the prompt the tool also answers to ' +
		'.\\ServiceConnectionTool.exe and ServiceConnectionTool, as typed in the tool\'s folder.\n\n' +
		'FILES AND PATHS\nThe tool reads and writes real files. Paths written the Windows way map to folders: a drive ' +
		'letter is a folder under the drive root, $SCPSH_DRIVE_ROOT or else ~/.scpsh/drives, so D:\\USB\\UsageData.cab is ' +
		'~/.scpsh/drives/D/USB/UsageData.cab; a UNC path \\\\server\\share\\x is <drive root>/UNC/server/share/x; other ' +
		'paths are relative to the current folder location (the last folder Set-Location went to, else the directory ' +
		'scpsh started in), with \\ read as /. Folders are created as needed. The files are ours, not Microsoft\'s: the ' +
		'usage data ".cab" is JSON text (format scpsh-usage-data), and -connect writes one UpdatePack-<hierarchy id>.json ' +
		'(format scpsh-update-pack) per hierarchy; see Export-ScpUsageData and Import-ScpUpdatePack for the fields. Each ' +
		'phase writes ServiceConnectionTool.log (CMTrace format) into the folder it works with, replacing the last one.\n\n' +
		'OUTPUT\nLike a native program, the tool writes lines of text and sets $LASTEXITCODE: 0 when the phase completed, ' +
		'1 when it failed. A failure is also written as an error (which -ErrorAction Stop turns into a terminating one); ' +
		'nothing is imported or written then.',
	defaultParameterSet: 'Usage',
	parameters: [
		{name: 'Prepare', type: 'switch', mandatory: true, sets: [PREPARE], help: 'Phase 1, on the service connection point: export the usage data.'},
		{name: 'UsageDataDest', type: 'string', mandatory: true, sets: [PREPARE], help: 'The usage data file to write, such as D:\\USB\\UsageData.cab.'},
		{name: 'Connect', type: 'switch', mandatory: true, sets: [CONNECT], help: 'Phase 2, on a computer with internet access: upload the usage data, download the updates.'},
		{name: 'UsageDataSrc', type: 'string', mandatory: true, sets: [CONNECT], help: 'The usage data: a folder of .cab files (such as D:\\USB) or one file.'},
		{name: 'UpdatePackDest', type: 'string', mandatory: true, sets: [CONNECT], help: 'The folder to download the updates into, such as D:\\USB\\UpdatePacks.'},
		{name: 'ProxyServerUri', type: 'string', sets: [CONNECT], help: 'A proxy server for the connect phase, such as http://proxy.contoso.com:8080.'},
		{name: 'ProxyUserName', type: 'string', sets: [CONNECT], help: 'The user for the proxy (basic authentication only); needs -proxyserveruri.'},
		{name: 'DownloadAll', type: 'switch', sets: [CONNECT], help: 'Downloads every update and hotfix, whatever the site version.'},
		{name: 'DownloadHotfix', type: 'switch', sets: [CONNECT], help: 'Downloads every hotfix, whatever the site version.'},
		{name: 'DownloadSiteVersion', type: 'switch', sets: [CONNECT], help: 'Downloads the updates and hotfixes newer than the site version.'},
		{name: 'Import', type: 'switch', mandatory: true, sets: [IMPORT], help: 'Phase 3, on the service connection point: import the downloaded updates.'},
		{name: 'UpdatePackSrc', type: 'string', mandatory: true, sets: [IMPORT], help: 'The folder the connect phase downloaded into, such as D:\\USB\\UpdatePacks.'},
		{name: 'Export', type: 'switch', mandatory: true, sets: [EXPORT], help: 'Writes the usage data as CSV, to review what would be sent.'},
		{name: 'Dest', type: 'string', mandatory: true, sets: [EXPORT], help: 'The CSV file to write, such as D:\\USB\\UsageData.csv.'},
		{name: 'Help', type: 'switch', sets: ['Usage'], aliases: ['h'], help: 'Shows the tool\'s usage (as running it without arguments does).'},
	],
	outputs: ['System.String'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'The offline servicing procedure, end to end',
			code: 'Reset-SimSite -Scenario offline -Force\nStep-SimClock 25d\nSet-Location Temp:\n$usb = "scpsh-example-$PID\\USB"\n' +
				'ServiceConnectionTool.exe -prepare -usagedatadest "$usb\\UsageData.cab"\n' +
				'ServiceConnectionTool.exe -connect -usagedatasrc $usb -updatepackdest "$usb\\UpdatePacks"\n' +
				'ServiceConnectionTool.exe -import -updatepacksrc "$usb\\UpdatePacks"\n' +
				'Set-Location PS1:\nGet-CMSiteUpdate -Fast -Name \'Configuration Manager 2503\' | Select-Object Name, StateName',
			remarks: 'The transfer folder is made under the temporary folder (Temp:). Release 2503 reached the cloud during those 25 days; the connect phase (a separate program) downloads it and the import makes it ready to install.',
			expect: ['Imported Configuration Manager 2503', 'Ready to install'],
		},
		{
			title: 'Prepare is refused in online mode',
			code: 'ServiceConnectionTool.exe -prepare -usagedatadest UsageData.cab -ErrorAction SilentlyContinue\n$LASTEXITCODE\n$Error[0].FullyQualifiedErrorId',
			remarks: 'The tool works with an offline service connection point; the default scenario\'s is online.',
			expect: ['1', 'ScpNotOffline,ServiceConnectionTool.exe'],
		},
		{
			title: 'The tool\'s usage',
			code: 'ServiceConnectionTool.exe',
			remarks: 'Without a phase the tool shows how to run it.',
			expect: ['ServiceConnectionTool.exe -prepare -usagedatadest <file.cab>'],
		},
	],
	related: ['Export-ScpUsageData', 'Import-ScpUpdatePack', 'Set-CMServiceConnectionPoint', 'Get-CMSiteUpdate', 'about_ScpModes'],
	async process(ctx) {
		const set = ctx.parameterSet;
		if (set === 'Usage') {
			ctx.writeAll(USAGE);
			ctx.session.setVariable('global:LASTEXITCODE', 0);
			return;
		}
		const target = set === PREPARE ? ctx.params.UsageDataDest : set === CONNECT ? ctx.params.UpdatePackDest : set === IMPORT ? ctx.params.UpdatePackSrc : ctx.params.Dest;
		if (!(await ctx.shouldProcess(String(target), `${TOOL_NAME} -${set.toLowerCase()}`))) return;
		let code = 0;
		try {
			if (set === CONNECT) {
				code = await connect(ctx);
			} else {
				const site = siteOf(ctx);
				const log = new SctLog(site.now);
				const say = (line: string): void => {
					ctx.write(line);
					log.add(line);
				};
				if (set === PREPARE) prepare(ctx, site, say, log);
				else if (set === IMPORT) importPacks(ctx, site, say, log);
				else exportCsv(ctx, site, say, log);
			}
		} catch (e) {
			code = 1;
			// $LASTEXITCODE first: with -ErrorAction Stop the error ends the command.
			ctx.session.setVariable('global:LASTEXITCODE', 1);
			if (isSiteError(e)) ctx.writeError(siteErrorRecord(e));
			else if (e instanceof ToolFailure) {
				ctx.writeError({message: e.message, category: e.category, id: e.id, target: String(target), exceptionType: 'InvalidOperationException'});
			} else {
				throw e;
			}
		}
		ctx.session.setVariable('global:LASTEXITCODE', code);
	},
};

export default def;
