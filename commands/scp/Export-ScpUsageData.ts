// Export-ScpUsageData: the Service Connection Tool's prepare phase (-prepare -usagedatadest) as a cmdlet. It
// writes a real file at the path given, in our own format (src/site/offline.ts; documented in the help).

import {mkdirSync, statSync, writeFileSync} from 'node:fs';
import {basename, dirname} from 'node:path';
import type {CmdletDef} from '../../src/engine/command.ts';
import {PSObject} from '../../src/engine/values.ts';
import {siteOf} from '../_lib/site.ts';
import {callSite, parentExists, parentNotFound, scpTarget, userPath} from '../_lib/site-cmdlet.ts';

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
		'PATHS\n' +
		'The path names a file. A relative path starts at the current location (the directory scpsh was started in, until ' +
		'Set-Location moves it). A Windows drive path such as D:\\USB\\UsageData.cab maps, on any computer, to a folder under ' +
		'$SCPSH_DRIVE_ROOT (by default ~/.scpsh/drives, so D:\\USB is ~/.scpsh/drives/D/USB), as ServiceConnectionTool.exe ' +
		'maps it: both ends of the offline path meet in the same folder. Folders on such a drive are created as needed; ' +
		'elsewhere the folder must exist. An existing file is overwritten.',
	parameters: [
		{
			name: 'Path',
			type: 'string',
			mandatory: true,
			position: 0,
			aliases: ['UsageDataDest', 'FilePath'],
			help: 'The file to write, for example D:\\USB\\UsageData.cab (a simulated drive, see PATHS) or ./UsageData.json. Relative paths start at the current location.',
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
		const {real, shown, onDrive} = userPath(ctx.session, String(ctx.params.Path));
		if (statSync(real, {throwIfNoEntry: false})?.isDirectory()) {
			ctx.fail({
				message: `Access to the path '${shown}' is denied: it is a folder. Give a file path, such as ${shown.replace(/[\\/]+$/, '')}${shown.includes('\\') ? '\\' : '/'}UsageData.cab.`,
				category: 'PermissionDenied',
				id: 'PathIsFolder',
				target: shown,
				exceptionType: 'UnauthorizedAccessException',
			});
		}
		// A simulated drive (D:\USB) is always there, so its folders are made as needed; elsewhere the folder must exist.
		if (!onDrive && !parentExists(real)) ctx.fail(parentNotFound(shown));
		if (!(await ctx.shouldProcess(shown, `Export the usage data of the ${scpTarget(site).toLowerCase()}`))) return;
		const text = callSite(ctx, () => site.exportUsageData()) + '\n';
		try {
			if (onDrive) mkdirSync(dirname(real), {recursive: true});
			writeFileSync(real, text, 'utf8');
		} catch (e) {
			ctx.fail({message: `Cannot write '${shown}': ${(e as Error).message}`, category: 'WriteError', id: 'FileWriteError', target: shown, exceptionType: 'IOException'});
		}
		ctx.writeVerbose(`Wrote the usage data to ${shown}.`);
		if (ctx.params.PassThru) {
			ctx.write(new PSObject('System.IO.FileInfo', {Name: basename(real), FullName: shown, Length: Buffer.byteLength(text, 'utf8')}));
		}
	},
};

export default def;
