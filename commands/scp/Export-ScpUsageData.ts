// Export-ScpUsageData: the Service Connection Tool's prepare phase (-prepare -usagedatadest) as a cmdlet. It
// writes a real file at the path given, in our own format (src/site/offline.ts; documented in the help).

import {statSync, writeFileSync} from 'node:fs';
import {basename} from 'node:path';
import type {CmdletDef} from '../../src/engine/command.ts';
import {PSObject} from '../../src/engine/values.ts';
import {siteOf} from '../_lib/site.ts';
import {callSite, parentExists, parentNotFound, resolvePath, scpTarget} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Export-ScpUsageData',
	synopsis: 'Writes the hierarchy\'s usage data to a file, for an offline service connection point.',
	description:
		'Export-ScpUsageData does what the Service Connection Tool\'s prepare phase does on the server that hosts an offline ' +
		'service connection point: it writes the hierarchy\'s usage data to a file that you carry to a computer with ' +
		'internet access. There the tool\'s connect phase (ServiceConnectionTool.exe -connect) reads it and downloads the ' +
		'updates that apply; Import-ScpUpdatePack brings them back in.\n\n' +
		'The role must run in offline mode (EffectiveMode Offline); in online mode the role uploads the data itself every ' +
		'week and the export is refused.\n\n' +
		'FILE FORMAT\n' +
		'The real tool writes a .cab file; scpsh writes UTF-8 JSON (whatever the file\'s extension) with these fields: ' +
		'"format": "scpsh-usage-data", "formatVersion": 1, "hierarchyId" (a GUID), "siteVersion" (5.00.<build>.<revision>), ' +
		'"productVersion" (such as 2409), "installedHotfixes" (KB numbers), "level" (Basic, Enhanced or Full), ' +
		'"generatedAt" (ISO 8601, simulated time) and "data", which holds a "basic" section and, by level, "enhanced" ' +
		'and "full" sections (Set-ScpUsageDataLevel). No section holds site codes, server, site or user names.\n\n' +
		'The path is a file path; a relative path is resolved against the current directory of the scpsh process. An ' +
		'existing file is overwritten; the folder must exist.',
	parameters: [
		{
			name: 'Path',
			type: 'string',
			mandatory: true,
			position: 0,
			aliases: ['UsageDataDest', 'FilePath'],
			help: 'The file to write, for example D:\\USB\\UsageData.cab or ./UsageData.json. Relative paths start at the current directory.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes an object for the file written (Name, FullName, Length).',
		},
	],
	outputs: ['None', 'System.IO.FileInfo (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	examples: [
		{
			title: 'Export the usage data of an offline site',
			code:
				'Set-ScpMode Offline -WarningAction SilentlyContinue\nRestart-Component SMS_DMP_DOWNLOADER\n' +
				'Export-ScpUsageData -Path /tmp/UsageData.json -PassThru | Select-Object Name',
			remarks:
				'The file holds the usage data at the hierarchy\'s level (Enhanced by default), ready for the connect phase. On ' +
				'Windows you would write it to removable media, as in D:\\USB\\UsageData.cab.',
			expect: ['UsageData.json'],
		},
		{
			title: 'An online role refuses the export',
			code: "try { Export-ScpUsageData -Path /tmp/UsageData.json -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
			remarks: 'In online mode the role uploads the data itself; the export needs offline mode.',
			expect: ['ScpNotOffline,Export-ScpUsageData'],
		},
	],
	related: ['Import-ScpUpdatePack', 'Set-ScpUsageDataLevel', 'Set-ScpMode', 'about_ScpModes'],
	async process(ctx) {
		const site = siteOf(ctx);
		const given: string = ctx.params.Path;
		const path = resolvePath(given);
		let isDir = false;
		try {
			isDir = statSync(path).isDirectory();
		} catch {
			// Not there yet: the usual case.
		}
		if (isDir) {
			ctx.fail({
				message: `Access to the path '${path}' is denied: it is a folder. Give a file path, for example ${path}/UsageData.cab.`,
				category: 'PermissionDenied',
				id: 'PathIsFolder',
				target: path,
				exceptionType: 'UnauthorizedAccessException',
			});
		}
		if (!parentExists(path)) ctx.fail(parentNotFound(path));
		if (!(await ctx.shouldProcess(path, `Export the usage data of the ${scpTarget(site).toLowerCase()}`))) return;
		const text = callSite(ctx, () => site.exportUsageData());
		try {
			writeFileSync(path, text + '\n', 'utf8');
		} catch (e) {
			ctx.fail({message: `Cannot write '${path}': ${(e as Error).message}`, category: 'WriteError', id: 'FileWriteError', target: path, exceptionType: 'IOException'});
		}
		ctx.writeVerbose(`Wrote the usage data to ${path}.`);
		if (ctx.params.PassThru) {
			ctx.write(new PSObject('System.IO.FileInfo', {Name: basename(path), FullName: path, Length: Buffer.byteLength(text + '\n', 'utf8')}));
		}
	},
};

export default def;
