// Import-ScpUpdatePack: the Service Connection Tool's import phase (-import -updatepacksrc). It reads real files:
// one update pack, or every update pack in a folder, as the tool's connect phase leaves them.

import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {parseUpdatePack, type Site} from '../../src/site/index.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, isSiteError, pathNotFound, scpTarget, trySite, userPath} from '../_lib/site-cmdlet.ts';

/** Is this text an update pack (of any hierarchy)? Other files in the folder (logs, usage data) are passed over. */
function isUpdatePack(text: string): boolean {
	try {
		parseUpdatePack(text);
		return true;
	} catch (e) {
		if (isSiteError(e)) return false;
		throw e;
	}
}

function importText(ctx: CmdletContext, site: Site, text: string, many: boolean): void {
	const result = many ? trySite(ctx, () => site.importUpdatePack(text)) : callSite(ctx, () => site.importUpdatePack(text));
	if (!result) return;
	for (const s of result.Skipped) ctx.writeWarning(`Skipped ${s.Id}: ${s.Reason}`);
	for (const u of result.Imported) ctx.write(toPSObject('Scpsh.Update', u));
}

const def: CmdletDef = {
	name: 'Import-ScpUpdatePack',
	synopsis: 'Imports updates downloaded by the Service Connection Tool into an offline site.',
	description:
		'Import-ScpUpdatePack does what the Service Connection Tool\'s import phase does on the server that hosts an ' +
		'offline service connection point: it reads the update packs that the connect phase downloaded on a computer ' +
		'with internet access and makes their updates Ready to install. It writes the updates it imported ' +
		'(Scpsh.Update) and warns about the ones it skipped (already present, or not applicable to the site\'s version).\n\n' +
		'The role must run in offline mode (EffectiveMode Offline), and a pack must have been made from this hierarchy\'s ' +
		'usage data (Export-ScpUsageData); a pack of another hierarchy is refused.\n\n' +
		'FILE FORMAT\n' +
		'-Path names an update pack file, or a folder: then every update pack file in it (not in subfolders) is imported, ' +
		'in name order, and other files are passed over. An update pack is UTF-8 JSON with these fields: ' +
		'"format": "scpsh-update-pack", "formatVersion": 1, "hierarchyId" (the GUID from the usage data), "createdAt" ' +
		'(ISO 8601), "selection" (latest, all, hotfix or siteversion: what the connect phase was asked for), and "updates", ' +
		'a list of {"id", "name", "kind", "productVersion", "version", "kb", "packageGuid", "sizeMB"}; "id" (such as CM2503 ' +
		'or KB30385346) is what the import goes by.\n\n' +
		'PATHS\n' +
		'A relative path starts at the current location (the directory scpsh was started in, until Set-Location moves ' +
		'it). A Windows drive path such as D:\\USB\\UpdatePacks maps to a folder under $SCPSH_DRIVE_ROOT (by default ' +
		'~/.scpsh/drives), as ServiceConnectionTool.exe maps it, so the packs its connect phase wrote are found there.',
	parameters: [
		{
			name: 'Path',
			type: 'string',
			mandatory: true,
			position: 0,
			aliases: ['UpdatePackSrc', 'FilePath'],
			help: 'An update pack file, or a folder of them (the connect phase\'s -updatepackdest), for example D:\\USB\\UpdatePacks. Relative paths start at the current location.',
		},
	],
	outputs: ['Scpsh.Update'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'A path that does not exist',
			code: "try { Import-ScpUpdatePack -Path ./NoSuchFolder -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId }",
			remarks: 'The error is pwsh\'s: Cannot find path ... because it does not exist.',
			expect: ['ObjectNotFound', 'PathNotFound,Import-ScpUpdatePack'],
		},
	],
	related: ['Export-ScpUsageData', 'Install-ScpUpdate', 'Get-ScpUpdate', 'Set-ScpMode', 'about_ScpModes'],
	async process(ctx: CmdletContext) {
		const site = siteOf(ctx);
		const {real, shown} = userPath(ctx.session, String(ctx.params.Path));
		const stat = statSync(real, {throwIfNoEntry: false});
		if (!stat) ctx.fail(pathNotFound(shown));
		if (!(await ctx.shouldProcess(shown, `Import update packs into the ${scpTarget(site).toLowerCase()}`))) return;
		if (!stat.isDirectory()) {
			importText(ctx, site, readFileSync(real, 'utf8'), false);
			return;
		}
		const packs = readdirSync(real, {withFileTypes: true})
			.filter((f) => f.isFile())
			.map((f) => f.name)
			.sort((a, b) => a.localeCompare(b, 'en'))
			.map((name) => ({name, text: readFileSync(join(real, name), 'utf8')}))
			.filter((f) => isUpdatePack(f.text));
		if (!packs.length) {
			ctx.fail({
				message: `No update pack was found in '${shown}'. Run the connect phase (ServiceConnectionTool.exe -connect) with this site's usage data first.`,
				category: 'ObjectNotFound',
				id: 'UpdatePackNotFound',
				target: shown,
				exceptionType: 'ItemNotFoundException',
			});
		}
		for (const p of packs) {
			ctx.writeVerbose(`Importing ${p.name} from ${shown}.`);
			importText(ctx, site, p.text, packs.length > 1);
		}
	},
};

export default def;
