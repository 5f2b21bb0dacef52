// The shell objects of the console's connection preamble: drives (PSDriveInfo), locations (PathInfo) and
// modules (PSModuleInfo), with their default views.
//
// The views are registered here, when the cmdlets that write these objects load, because they belong to these
// cmdlets alone; they follow pwsh's format data (Get-PSDrive's Name/Used/Free/Provider/Root/CurrentLocation
// table, Get-Location's Path column, Get-Module's ModuleType/Version/PreRelease/Name/ExportedCommands table).

import {tmpdir} from 'node:os';
import type {Session} from '../../src/engine/command.ts';
import {dotNetObject} from '../../src/engine/types.ts';
import type {PSObject} from '../../src/engine/values.ts';
import {registerView} from '../../src/format/views.ts';
import type {Site} from '../../src/site/index.ts';
import {CM_MODULE, CM_PROVIDER, fsLocation, isModuleLoaded, listCmDrives} from './cm-session.ts';

export const DRIVE_TYPE = 'System.Management.Automation.PSDriveInfo';
export const PATH_TYPE = 'System.Management.Automation.PathInfo';
export const MODULE_TYPE = 'System.Management.Automation.PSModuleInfo';

registerView({
	typeName: DRIVE_TYPE,
	kind: 'table',
	columns: [
		{label: 'Name'},
		{label: 'Used (GB)', expression: () => null, align: 'right'},
		{label: 'Free (GB)', expression: () => null, align: 'right'},
		{label: 'Provider'},
		{label: 'Root'},
		{label: 'CurrentLocation', align: 'right'},
	],
});
registerView({typeName: PATH_TYPE, kind: 'table', columns: [{label: 'Path'}]});
registerView({
	typeName: MODULE_TYPE,
	kind: 'table',
	columns: [{label: 'ModuleType'}, {label: 'Version'}, {label: 'PreRelease', expression: () => null}, {label: 'Name'}, {label: 'ExportedCommands'}],
});

// ---- drives -------------------------------------------------------------------------------------------------

export interface DriveInfo {
	Name: string;
	Provider: string;
	Root: string;
	CurrentLocation: string;
	Description: string;
}

/** A PSDriveInfo object; it prints as its name, as pwsh's does. */
export const driveObject = (d: DriveInfo): PSObject => dotNetObject(DRIVE_TYPE, {...d}, () => d.Name);

/** Every drive of the session, sorted by name as Get-PSDrive lists them: the shell's own and the CMSite drives. */
export function listDrives(session: Session): DriveInfo[] {
	const fs = fsLocation(session);
	const temp = tmpdir();
	const drives: DriveInfo[] = [
		{Name: '/', Provider: 'FileSystem', Root: '/', CurrentLocation: fs.replace(/^\//, ''), Description: ''},
		{Name: 'Alias', Provider: 'Alias', Root: '', CurrentLocation: '', Description: 'Drive containing a view of the aliases stored in session state.'},
		{Name: 'Env', Provider: 'Environment', Root: '', CurrentLocation: '', Description: 'Drive containing a view of the environment variables for the process.'},
		{Name: 'Function', Provider: 'Function', Root: '', CurrentLocation: '', Description: 'Drive containing a view of the functions stored in session state.'},
		{Name: 'Temp', Provider: 'FileSystem', Root: temp.endsWith('/') ? temp : `${temp}/`, CurrentLocation: '', Description: 'Drive that maps to the temporary directory path for the current user.'},
		{Name: 'Variable', Provider: 'Variable', Root: '', CurrentLocation: '', Description: 'Drive containing a view of those variables stored in session state.'},
		...listCmDrives(session).map((d) => ({Name: d.name, Provider: CM_PROVIDER, Root: d.root, CurrentLocation: '', Description: d.description})),
	];
	return drives.sort((a, b) => (a.Name.toLowerCase() < b.Name.toLowerCase() ? -1 : a.Name.toLowerCase() > b.Name.toLowerCase() ? 1 : 0));
}

/** The providers that exist: CMSite only while ConfigurationManager is imported. */
export function providerNames(session: Session): string[] {
	const names = ['Alias', 'Environment', 'FileSystem', 'Function', 'Variable'];
	if (isModuleLoaded(session, CM_MODULE)) names.push(CM_PROVIDER);
	return names;
}

// ---- locations ----------------------------------------------------------------------------------------------

/** A PathInfo for a location: `PS1:\` on the CMSite drive, or a folder on the FileSystem drive `/`. */
export function pathObject(session: Session, location: string): PSObject {
	const drive = /^([^:\\/]+):/.exec(location)?.[1];
	const cm = drive ? listCmDrives(session).find((d) => d.name.toLowerCase() === drive.toLowerCase()) : undefined;
	const provider = cm ? CM_PROVIDER : drive === 'Env' ? 'Environment' : drive && ['Alias', 'Function', 'Variable'].includes(drive) ? drive : 'FileSystem';
	return dotNetObject(PATH_TYPE, {
		Drive: drive ?? '/',
		Provider: provider,
		ProviderPath: cm ? '' : drive ? '' : location,
		Path: location,
	}, () => location);
}

// ---- modules ------------------------------------------------------------------------------------------------

export interface ModuleInfo {
	Name: string;
	ModuleType: 'Manifest' | 'Script' | 'Binary';
	Version: string;
	ExportedCommands: string[];
}

/** The shell's location cmdlets, which pwsh ships in Microsoft.PowerShell.Management. */
const MANAGEMENT = ['Get-Location', 'Get-PSDrive', 'New-PSDrive', 'Set-Location'];

const commandsFrom = (session: Session, source: string): string[] =>
	session.listCommands().filter((c) => c.commandType === 'Cmdlet' && c.source === source).map((c) => c.name);

/**
 * The modules scpsh knows: ConfigurationManager (version = the site's, a guess at the console's), pwsh's own two,
 * and scpsh's site and simulation cmdlets as modules of their own.
 */
export function knownModules(session: Session): ModuleInfo[] {
	const site = session.site as Site | null;
	const top = site?.getSites().find((s) => s.ParentSiteCode === null);
	const sorted = (names: string[]): string[] => [...new Set(names)].sort((a, b) => a.localeCompare(b, 'en'));
	const utility = commandsFrom(session, 'Microsoft.PowerShell.Utility');
	return [
		{Name: CM_MODULE, ModuleType: 'Manifest', Version: top?.FullVersion ?? '5.00.9132.1000', ExportedCommands: sorted(commandsFrom(session, 'ConfigurationManager'))},
		{Name: 'Microsoft.PowerShell.Management', ModuleType: 'Manifest', Version: '7.0.0.0', ExportedCommands: sorted(utility.filter((n) => MANAGEMENT.includes(n)))},
		{Name: 'Microsoft.PowerShell.Utility', ModuleType: 'Manifest', Version: '7.0.0.0', ExportedCommands: sorted(utility.filter((n) => !MANAGEMENT.includes(n)))},
		{Name: 'Scpsh.Simulation', ModuleType: 'Script', Version: '0.1.0', ExportedCommands: sorted(commandsFrom(session, 'Scpsh.Simulation'))},
		{Name: 'Scpsh.Site', ModuleType: 'Script', Version: '0.1.0', ExportedCommands: sorted(commandsFrom(session, 'Scpsh.Site'))},
	];
}

/** A PSModuleInfo object; it prints as its name. */
export const moduleObject = (m: ModuleInfo): PSObject =>
	dotNetObject(MODULE_TYPE, {ModuleType: m.ModuleType, Version: m.Version, Name: m.Name, ExportedCommands: m.ExportedCommands}, () => m.Name);
