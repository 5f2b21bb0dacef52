// The ConfigurationManager module's side of the simulation: the WMI-shaped result objects its cmdlets return
// (`IResultObject#SMS_SCI_SysResUse` and friends, built from the site's records), the rule that its cmdlets run
// only from a CMSite drive, its wildcard switches, and reading -InputObject values.
//
// Property names and values follow the SMS Provider classes as far as domain.md knows them; values marked
// [guess] in comments are plausible but unverified. Each object also carries a few "simulation additions"
// (ServerName, Mode, State, Status...) that the real class keeps elsewhere (embedded properties, the component
// summarizer); they are appended after the class's own properties and named in each cmdlet's help.

import type {CmdletContext, ParameterDef} from '../../src/engine/command.ts';
import {dotNetObject} from '../../src/engine/types.ts';
import {PSDateTime, PSObject} from '../../src/engine/values.ts';
import {escapeWildcard, wildcardMatcher} from '../../src/engine/wildcard.ts';
import type {Component, MaintenanceTask, ScpStatus, SiteRecord, SiteSystem, StatusMessage, Update} from '../../src/site/index.ts';
import {currentSiteDrive, type CmDrive} from './cm-session.ts';

export const resultType = (wmiClass: string): string => `IResultObject#${wmiClass}`;

export const SCP_ROLE = 'SMS Dmp Connector';
export const SITE_SYSTEM_ROLE = 'SMS Site System';

/** A result object: the typed PSObject the module's cmdlets write. Times become [datetime]. */
export function resultObject(wmiClass: string, props: Record<string, unknown>): PSObject {
	const obj = new PSObject(resultType(wmiClass));
	for (const [name, value] of Object.entries(props)) obj.set(name, value === undefined ? null : value);
	return obj;
}

const date = (ms: number | null): PSDateTime | null => (ms === null ? null : new PSDateTime(ms));

/** An entry of a result object's Props list (SMS_EmbeddedProperty); in a list it prints as its property name. */
export const embeddedProperty = (name: string, value: number, value1 = '', value2 = ''): PSObject =>
	dotNetObject(resultType('SMS_EmbeddedProperty'), {PropertyName: name, Value: value, Value1: value1, Value2: value2}, () => name);

// ---- the CMSite drive rule ----------------------------------------------------------------------------------

/**
 * The module refuses to run anywhere but on a CMSite drive (the console's `PS1:\`): undefined, after writing the
 * error (non-terminating, so -ErrorAction governs it), when the location is elsewhere.
 */
export function requireSiteDrive(ctx: CmdletContext): CmDrive | undefined {
	const drive = currentSiteDrive(ctx.session);
	if (!drive) {
		ctx.writeError({
			message: 'This command cannot be run from the current drive. To run this command you must first connect to a Configuration Manager drive.',
			category: 'InvalidOperation',
			id: 'NotConnectedToSiteDrive',
			target: ctx.session.location,
			exceptionType: 'InvalidOperationException',
		});
	}
	return drive;
}

/**
 * The site a query is limited to: -SiteCode when given, nothing with -AllSite, else the site of the drive the
 * command runs from (the module's cmdlets work on the connected site unless told otherwise).
 */
export function scopeSite(ctx: CmdletContext, drive: CmDrive): string | undefined {
	if (ctx.params.SiteCode) return String(ctx.params.SiteCode);
	if (ctx.params.AllSite) return undefined;
	return drive.siteCode;
}

// ---- wildcards --------------------------------------------------------------------------------------------

/** The two switches almost every ConfigurationManager cmdlet has. */
export const wildcardParameters: ParameterDef[] = [
	{
		name: 'DisableWildcardHandling',
		type: 'switch',
		help: 'Treats wildcard characters as literal characters. You can\'t combine it with ForceWildcardHandling.',
	},
	{
		name: 'ForceWildcardHandling',
		type: 'switch',
		help: 'Processes wildcard characters, even in parameters that do not usually take them (not recommended). You can\'t combine it with DisableWildcardHandling.',
	},
];

/** Fails when both wildcard switches are given, as the module does. */
export function checkWildcardSwitches(ctx: CmdletContext): void {
	if (ctx.params.DisableWildcardHandling && ctx.params.ForceWildcardHandling) {
		ctx.fail({
			message: 'DisableWildcardHandling and ForceWildcardHandling cannot be used together. Use one of them.',
			category: 'InvalidArgument',
			id: 'WildcardSwitchesConflict',
			exceptionType: 'ArgumentException',
		});
	}
}

/**
 * A matcher for a name filter. `wildcards` says whether the parameter takes wildcards by default;
 * -DisableWildcardHandling makes it literal, -ForceWildcardHandling makes it a pattern.
 */
export function nameFilter(ctx: CmdletContext, pattern: string | null | undefined, wildcards: boolean): (name: string) => boolean {
	if (pattern === null || pattern === undefined || pattern === '') return () => true;
	const useWildcards = ctx.params.ForceWildcardHandling ? true : ctx.params.DisableWildcardHandling ? false : wildcards;
	const m = wildcardMatcher(useWildcards ? pattern : escapeWildcard(pattern));
	return (name) => m.test(name);
}

// ---- -InputObject ---------------------------------------------------------------------------------------------

const isResult = (v: unknown): v is PSObject => v instanceof PSObject && v.typeName.startsWith('IResultObject#');

/** pwsh's conversion error for a value that is not a result object. */
function notResultObject(ctx: CmdletContext, param: string, value: unknown): never {
	const type = typeof value === 'string' ? 'System.String' : value instanceof PSObject ? value.typeName : typeof value === 'number' ? 'System.Int32' : 'System.Object';
	ctx.fail({
		message: `Cannot bind parameter '${param}'. Cannot convert the "${String(value instanceof PSObject ? `@{${value.names().join('; ')}}` : value)}" value of type "${type}" to type "Microsoft.ConfigurationManagement.ManagementProvider.IResultObject".`,
		category: 'InvalidArgument',
		id: 'CannotConvertArgumentNoMessage',
		target: value,
		exceptionType: 'ParameterBindingException',
	});
}

/** The result object bound to -InputObject, checked to be of one of the WMI classes the cmdlet takes. */
export function inputResult(ctx: CmdletContext, value: unknown, classes: readonly string[], param = 'InputObject'): PSObject {
	const v = Array.isArray(value) && value.length === 1 ? value[0] : value;
	if (!isResult(v)) notResultObject(ctx, param, v);
	const cls = v.typeName.slice('IResultObject#'.length);
	if (!classes.includes(cls)) {
		ctx.fail({
			message: `The input object is an ${cls} object; ${ctx.commandName} takes ${classes.join(' or ')} objects (${param}).`,
			category: 'InvalidArgument',
			id: 'InputObjectWrongClass',
			target: v,
			exceptionType: 'ArgumentException',
		});
	}
	return v;
}

/** The server a SMS_SCI_SysResUse object names: its NetworkOSPath without the leading `\\`. */
export function serverOf(obj: PSObject): string {
	const path = String(obj.get('NetworkOSPath') ?? obj.get('ServerName') ?? '');
	return path.replace(/^\\\\/, '').replace(/\\$/, '');
}

// ---- SMS_SCI_SysResUse: site systems and their roles ---------------------------------------------------------

const nalPath = (server: string, siteCode: string): string => `["Display=\\\\${server}\\"]MSWNET:["SMS_SITE=${siteCode}"]\\\\${server}\\`;

function sysResUse(server: string, siteCode: string, role: string, props: PSObject[], extra: Record<string, unknown>): PSObject {
	return resultObject('SMS_SCI_SysResUse', {
		FileType: 2,
		ItemName: `${nalPath(server, siteCode)},${role}`,
		ItemType: 'System Resource Usage',
		NALPath: nalPath(server, siteCode),
		NALType: 'Windows NT Server',
		NetworkOSPath: `\\\\${server}`,
		PropLists: [],
		Props: props,
		RoleName: role,
		SiteCode: siteCode,
		SslState: 0,
		...extra,
	});
}

/**
 * The service connection point (RoleName `SMS Dmp Connector`). Its one embedded property is OfflineMode
 * (Value 0 = online, 1 = offline: the configured mode), as scripts such as ConfigMgrCBDsc read it.
 * Simulation additions: ServerName, Mode, EffectiveMode, RestartRequired.
 */
export function scpObject(s: ScpStatus): PSObject {
	return sysResUse(s.ServerName, s.SiteCode, SCP_ROLE, [embeddedProperty('OfflineMode', s.Mode === 'Offline' ? 1 : 0)], {
		ServerName: s.ServerName,
		Mode: s.Mode,
		EffectiveMode: s.EffectiveMode,
		RestartRequired: s.RestartRequired,
	});
}

/**
 * A site system server (RoleName `SMS Site System`). Embedded properties [guess]: UseMachineAccount (1 when the
 * site server's computer account installs it) and UserName (Value2 = the Site System Installation Account).
 * Simulation additions: ServerName, Roles, InstallationAccount.
 */
export function siteSystemObject(s: SiteSystem): PSObject {
	return sysResUse(s.ServerName, s.SiteCode, SITE_SYSTEM_ROLE, [
		embeddedProperty('UseMachineAccount', s.InstallationAccount ? 0 : 1),
		embeddedProperty('UserName', 0, '', s.InstallationAccount ?? ''),
	], {ServerName: s.ServerName, Roles: [...s.Roles], InstallationAccount: s.InstallationAccount});
}

/** One role of a site system (Get-CMSiteRole); the SCP's role carries its OfflineMode property. */
export function roleObject(s: SiteSystem, role: string, scp: ScpStatus | null): PSObject {
	if (role === SCP_ROLE && scp) return scpObject(scp);
	if (role === SITE_SYSTEM_ROLE) return siteSystemObject(s);
	return sysResUse(s.ServerName, s.SiteCode, role, [], {ServerName: s.ServerName});
}

// ---- SMS_Site ---------------------------------------------------------------------------------------------------

const SITE_TYPE = {Secondary: 1, Primary: 2, CentralAdministrationSite: 4} as const;

/** A site: Type 1 secondary, 2 primary, 4 CAS; ReportingSiteCode is the parent ('' at the top). Status 1 = active. */
export function siteObject(s: SiteRecord): PSObject {
	return resultObject('SMS_Site', {
		BuildNumber: s.BuildNumber,
		InstallDir: 'C:\\Program Files\\Microsoft Configuration Manager',
		Mode: 0,
		ReportingSiteCode: s.ParentSiteCode ?? '',
		ServerName: s.ServerName,
		SiteCode: s.SiteCode,
		SiteName: s.SiteName,
		Status: 1,
		Type: SITE_TYPE[s.Type],
		Version: s.Version,
		// Simulation additions.
		FullVersion: s.FullVersion,
		ProductVersion: s.ProductVersion,
	});
}

// ---- SMS_SCI_Component ------------------------------------------------------------------------------------------

/**
 * A component of a site server (its site control entry). The real class holds configuration only; the
 * simulation adds what Service Manager and the component status node show: ServerName, State, Status, Type,
 * LastStarted.
 */
export function componentObject(c: Component): PSObject {
	return resultObject('SMS_SCI_Component', {
		ComponentName: c.Name,
		FileType: 2,
		ItemName: `${c.Name}|${c.ServerName.toUpperCase()}`,
		ItemType: 'Component',
		PropLists: [],
		Props: [],
		SiteCode: c.SiteCode,
		ServerName: c.ServerName,
		State: c.State,
		Status: c.Status,
		Type: c.Type,
		LastStarted: date(c.LastStarted),
	});
}

// ---- SMS_StatusMessage ------------------------------------------------------------------------------------------

/** The Severity values of SMS_StatusMessage (0x40000000, 0x80000000, 0xC0000000 as Int32). */
export const SEVERITY_VALUE = {Information: 1073741824, Warning: -2147483648, Error: -1073741824} as const;

/** A status message. Simulation addition: Description (the message text; the real class keeps insertion strings). */
export function statusMessageObject(m: StatusMessage, topSiteCode: string): PSObject {
	return resultObject('SMS_StatusMessage', {
		Component: m.Component,
		MachineName: m.MachineName,
		MessageID: m.MessageId,
		MessageType: 256,
		ModuleName: 'SMS Server',
		RecordID: m.Seq,
		Severity: SEVERITY_VALUE[m.Severity],
		SiteCode: m.SiteCode,
		Time: new PSDateTime(m.Time),
		TopLevelSiteCode: topSiteCode,
		Win32Error: 0,
		Description: m.Description,
	});
}

// ---- SMS_CM_UpdatePackages ---------------------------------------------------------------------------------------

/** CM_UpdatePackages.State codes (domain.md 5.1) for the console's states. Ready to install = DOWNLOAD_SUCCESS [guess]. */
export function updateStateCode(u: Pick<Update, 'State' | 'FailurePhase'>): number {
	switch (u.State) {
		case 'Available to download': return 327682;
		case 'Downloading': return 262145;
		case 'Ready to install': return 262146;
		case 'Checking prerequisites': return 131073;
		case 'Prerequisite check passed': return 131074;
		case 'Prerequisite check failed': return 196607;
		case 'Installing': return 196609;
		case 'Installed': return 196612;
		case 'Failed': return u.FailurePhase === 'Download' ? 327679 : u.FailurePhase === 'Prerequisites' ? 196607 : 262143;
	}
}

/**
 * An update of Updates and Servicing. State is the numeric code scripts compare (196612 = installed).
 * UpdateType 0 = release, 1 = hotfix [guess]. Simulation additions: StateName (the console's words), Kind,
 * PercentComplete, KB.
 */
export function updatePackageObject(u: Update): PSObject {
	return resultObject('SMS_CM_UpdatePackages', {
		ClientVersion: u.Version,
		DateCreated: new PSDateTime(u.DetectedTime),
		DateReleased: new PSDateTime(u.DateReleased),
		Description: u.Description,
		FullVersion: u.Version,
		LastUpdateTime: new PSDateTime(u.InstalledTime ?? u.DetectedTime),
		Name: u.Name,
		PackageGuid: u.PackageGuid ?? '',
		State: updateStateCode(u),
		UpdateType: u.Kind === 'Release' ? 0 : 1,
		StateName: u.State,
		Kind: u.Kind,
		PercentComplete: u.PercentComplete,
		KB: u.KB,
	});
}

// ---- SMS_SCI_SQLTask ------------------------------------------------------------------------------------------------

const DAY_BITS: Record<string, number> = {Sunday: 1, Monday: 2, Tuesday: 4, Wednesday: 8, Thursday: 16, Friday: 32, Saturday: 64};

/** `02:00` → `00000000020000.000000+***`: a time of day as the WMI interval text the class stores. */
const wmiTime = (hhmm: string): string => `00000000${hhmm.replace(':', '')}00.000000+***`;

/**
 * A maintenance task. Only Backup SMS Site Server is simulated. DaysOfWeek is the class's bit mask
 * (Sunday 1 ... Saturday 64). Simulation additions: DisplayName, LastRun, NextRun, Running, LastResult.
 */
export function sqlTaskObject(t: MaintenanceTask): PSObject {
	return resultObject('SMS_SCI_SQLTask', {
		BeginTime: wmiTime(t.BeginTime),
		DaysOfWeek: t.DaysOfWeek.reduce((mask, d) => mask | (DAY_BITS[d] ?? 0), 0),
		DeleteOlderThan: 0,
		DeviceName: '',
		Enabled: t.Enabled,
		FileType: 2,
		ItemName: t.InternalName,
		ItemType: 'SQL Task',
		LatestBeginTime: wmiTime(t.LatestBeginTime),
		SiteCode: t.SiteCode,
		TaskName: t.InternalName,
		DisplayName: t.Name,
		LastRun: date(t.LastRun),
		NextRun: date(t.NextRun),
		Running: t.Running,
		LastResult: t.LastResult,
	});
}

// ---- SMS_SCI_SiteDefinition ----------------------------------------------------------------------------------------

const TELEMETRY_VALUE = {Basic: 1, Enhanced: 2, Full: 3} as const;

/** The top-tier site's definition, as Set-CMHierarchySetting -PassThru writes it. TelemetryLevel property [guess]. */
export function siteDefinitionObject(s: SiteRecord, level: 'Basic' | 'Enhanced' | 'Full'): PSObject {
	return resultObject('SMS_SCI_SiteDefinition', {
		FileType: 2,
		InstallDirectory: 'C:\\Program Files\\Microsoft Configuration Manager',
		ItemName: 'Site Definition',
		ItemType: 'Site Definition',
		ParentSiteCode: s.ParentSiteCode ?? '',
		Props: [embeddedProperty('TelemetryLevel', TELEMETRY_VALUE[level])],
		SiteCode: s.SiteCode,
		SiteName: s.SiteName,
		SiteServerName: s.ServerName,
		SiteType: SITE_TYPE[s.Type],
		TelemetryLevel: level,
	});
}
