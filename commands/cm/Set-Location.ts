// Set-Location: moves the prompt between the Configuration Manager site drive (PS1:\), where the module's
// cmdlets run, and folders of the file system.
//
// A folder location is the session's own: scpsh does not change the process's working directory (pwsh does not
// either), but relative paths of ServiceConnectionTool.exe start there, as a native program started from that
// location would.

import {existsSync, statSync} from 'node:fs';
import {homedir, tmpdir} from 'node:os';
import {resolve} from 'node:path';
import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import type {ErrorRecordInit} from '../../src/engine/errors.ts';
import {currentSiteDrive, driveOf, fsLocation, getCmDrive, moveTo, popLocation} from '../_lib/cm-session.ts';
import {pathObject} from '../_lib/shell-objects.ts';

const SHELL_DRIVES = ['Alias', 'Env', 'Function', 'Variable'];

/** A location that does not exist: pwsh writes it as a non-terminating error, so -ErrorAction governs it. */
class NotFound {
	constructor(readonly error: ErrorRecordInit) {}
}

function pathNotFound(_ctx: CmdletContext, shown: string): never {
	throw new NotFound({message: `Cannot find path '${shown}' because it does not exist.`, category: 'ObjectNotFound', id: 'PathNotFound', target: shown, exceptionType: 'ItemNotFoundException'});
}

function driveNotFound(_ctx: CmdletContext, name: string): never {
	throw new NotFound({
		message: `Cannot find drive. A drive with the name '${name}' does not exist.`,
		category: 'ObjectNotFound',
		id: 'DriveNotFound',
		target: name,
		exceptionType: 'DriveNotFoundException',
	});
}

/** A location on a drive: only the root of the CMSite and shell drives exists here. */
function onDrive(ctx: CmdletContext, drive: string, rest: string): {location: string; fs?: string} {
	const cm = getCmDrive(ctx.session, drive);
	const shell = SHELL_DRIVES.find((d) => d.toLowerCase() === drive.toLowerCase());
	if (drive.toLowerCase() === 'temp') return inFileSystem(ctx, resolve(tmpdir(), ...rest.split(/[\\/]+/).filter(Boolean)), `Temp:${rest}`);
	if (!cm && !shell) driveNotFound(ctx, drive);
	const name = cm ? cm.name : shell!;
	const parts = rest.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
	if (parts.some((p) => p !== '..')) pathNotFound(ctx, `${name}:\\${parts.join('\\')}`);
	return {location: `${name}:\\`};
}

function inFileSystem(ctx: CmdletContext, full: string, shown: string): {location: string; fs: string} {
	if (!existsSync(full) || !statSync(full).isDirectory()) pathNotFound(ctx, shown);
	return {location: full, fs: full};
}

/** Where a path leads from the current location. */
function target(ctx: CmdletContext, path: string): {location: string; fs?: string} {
	const p = path.replace(/^Microsoft\.PowerShell\.Core\\FileSystem::|^FileSystem::/i, '');
	const drive = /^([^:\\/]+):(.*)$/s.exec(p);
	if (drive) return onDrive(ctx, drive[1]!, drive[2]!);
	if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) {
		return inFileSystem(ctx, resolve(homedir(), ...p.slice(1).split(/[\\/]+/).filter(Boolean)), p);
	}
	if (p.startsWith('/')) return inFileSystem(ctx, resolve(p.replace(/\\/g, '/')), p);
	// Relative: within the current drive.
	const here = driveOf(ctx.session.location);
	if (here && !ctx.session.location.startsWith('/')) return onDrive(ctx, here, p);
	return inFileSystem(ctx, resolve(ctx.session.location || fsLocation(ctx.session), ...p.split(/[\\/]+/).filter(Boolean)), p);
}

const def: CmdletDef = {
	name: 'Set-Location',
	aliases: ['cd', 'sl', 'chdir'],
	synopsis: 'Sets the current location: the Configuration Manager site drive, or a folder.',
	description:
		'Set-Location moves the prompt. Set-Location PS1: (or "PS1:\\", as the console\'s preamble writes "$($SiteCode):\\") ' +
		'goes to the CMSite drive of site PS1, where the ConfigurationManager cmdlets run; a drive name that is no ' +
		'drive of the session gives pwsh\'s "Cannot find drive" error. A folder path (/tmp, ~, ../x, with / or \\ as ' +
		'separators) goes to that folder of the file system, which must exist. With no path it goes to the home folder; ' +
		'"Set-Location -" returns to the previous location. The drives Alias:, Env:, Function:, Variable: and Temp: exist ' +
		'too. Windows drive letters (C:, D:) are not drives here, as in pwsh on Linux.\n\n' +
		'The folder location belongs to the session: scpsh does not change the working directory of its process (pwsh ' +
		'does not either). Programs the session starts, such as ServiceConnectionTool.exe, resolve relative paths ' +
		'from the last folder location. The ConfigurationManager cmdlets refuse to run anywhere but on a site drive.',
	defaultParameterSet: 'Path',
	parameters: [
		{
			name: 'Path',
			type: 'string',
			position: 0,
			sets: ['Path'],
			valueFromPipeline: true,
			valueFromPipelineByPropertyName: true,
			complete: (session) => [`${currentSiteDrive(session)?.name ?? 'PS1'}:\\`, '~', '-'],
			help: 'Where to go: PS1:\\ (a site drive), a folder (/tmp, ~, ..), or - for the previous location. By default, the home folder.',
		},
		{
			name: 'LiteralPath',
			type: 'string',
			mandatory: true,
			sets: ['LiteralPath'],
			aliases: ['PSPath', 'LP'],
			valueFromPipelineByPropertyName: true,
			help: 'Where to go, taken literally.',
		},
		{name: 'PassThru', type: 'switch', help: 'Returns the new location (PathInfo). By default the cmdlet writes no output.'},
	],
	outputs: ['None', 'System.Management.Automation.PathInfo (with -PassThru)'],
	examples: [
		{
			title: 'Go to the site drive as the console\'s preamble does',
			code: '$SiteCode = \'PS1\'\nSet-Location "$($SiteCode):\\"\nGet-Location',
			remarks: 'The prompt is on the CMSite drive; the ConfigurationManager cmdlets run from here.',
			expect: ['PS1:\\'],
		},
		{
			title: 'Leave the drive and come back',
			code: 'Set-Location /\nGet-CMSite -ErrorAction SilentlyContinue\n$Error[0].Exception.Message\nSet-Location -\n(Get-Location).Path',
			remarks: 'Away from the site drive the module\'s cmdlets refuse to run; "Set-Location -" goes back.',
			expect: ['This command cannot be run from the current drive.', 'PS1:\\'],
		},
		{
			title: 'An unknown drive',
			code: 'Set-Location PS9: -ErrorAction SilentlyContinue\n$Error[0].Exception.Message',
			remarks: 'PS9 is not a site of this hierarchy, so there is no such drive.',
			expect: ['Cannot find drive. A drive with the name \'PS9\' does not exist.'],
		},
	],
	related: ['Get-Location', 'Get-PSDrive', 'New-PSDrive'],
	process(ctx) {
		const literal = ctx.parameterSet === 'LiteralPath';
		const raw: string | null = literal ? ctx.params.LiteralPath : ctx.params.Path ?? null;
		let to: {location: string; fs?: string};
		if (raw === null || raw === '') to = inFileSystem(ctx, homedir(), '~');
		else if (!literal && raw === '-') {
			const back = popLocation(ctx.session);
			if (back === undefined) {
				ctx.writeError({message: 'There is no location history left to navigate backwards.', category: 'InvalidOperation', id: 'InvalidOperation', exceptionType: 'InvalidOperationException'});
				return;
			}
			moveTo(ctx.session, back, back.startsWith('/') ? back : undefined, false);
			if (ctx.params.PassThru) ctx.write(pathObject(ctx.session, back));
			return;
		} else {
			try {
				to = target(ctx, String(raw));
			} catch (e) {
				if (!(e instanceof NotFound)) throw e;
				ctx.writeError(e.error);
				return;
			}
		}
		moveTo(ctx.session, to.location, to.fs);
		if (ctx.params.PassThru) ctx.write(pathObject(ctx.session, to.location));
	},
};

export default def;
