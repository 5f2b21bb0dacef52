// The simulated Configuration Manager site: one deterministic state machine over a virtual clock.
//
// API overview (for the cmdlet layer)
// -----------------------------------
// Create / persist
//   createSite(scenario = 'default'): Site         listScenarios(): {Name, Description}[]
//   Site.load(lab) / Site.fromJSON(text)           site.toJSON(): Lab (a deep copy; JSON-serializable, has schemaVersion)
//   site.lab: the live state (read only!)           site.scenario, site.revision
// Clock (times are ms since the epoch, UTC, simulated)
//   site.now; getClock(): SimClock; advance(ms); advanceTo(time); step('1.00:00:00' | '90m'); nextEventAt()
//   setRate(rate); pause(); resume()  — stored only; the TUI's driver calls advance()
//   parseDuration(text) → ms (exported function; SiteError InvalidDuration on bad text); formatDuration(ms)
// Hierarchy
//   getSites({siteCode?}); getSite(code); getSiteSystems({serverName?, siteCode?});
//   addSite({siteCode, type: 'Primary'|'Secondary', parentSiteCode, serverName, siteName?});
//   addCentralAdministrationSite({siteCode, serverName, siteName?}); setInstallationAccount(serverName, account | null)
// Components (Service Manager)
//   getComponents({name? (wildcards * ?), siteCode?, serverName?}); getComponent(name, where?)
//   stop/start/restart/pause/resumeComponent(name, where?) → {component, settlesAt}: returns at once; the change
//   completes at `settlesAt` (advanceTo it to wait). componentSettlesAt(name, where?) answers the same later.
//   `where` = {siteCode?, serverName?}; without it the top-tier site is searched (its site server first).
//   resetComponentStatus(name, where?) clears the summarizer counts (Clear-CMComponentStatusMessageCount).
// Service connection point
//   getScpStatus(): ScpStatus | null; addScp({siteCode?, serverName, mode?, installationAccount?}); removeScp(serverName?)
//   setScpMode(mode); addIntuneSubscription(tenantId); removeIntuneSubscription(); setOnPremisesMdm(bool);
//   setUsageDataLevel(level); setProxy({server, port?, account?} | null)
//   Mutators that can leave something pending return {status, warnings: string[]}: print the warnings.
// Network
//   getNetwork(); setNetwork({block?, allow?, internet?: 'Connected'|'Disconnected'|bool, proxyRequiresAuthentication?});
//   testConnectivity(feature?) → Connectivity[] (one per endpoint; Intune endpoints only with a subscription)
// Updates
//   getUpdates({name?}); checkForUpdates() → CheckResult; startUpdateDownload(name); runPrerequisiteCheck(name);
//   installUpdate(name, {prerequisiteOnly?}); exportUsageData() → text; importUpdatePack(text) → {Imported, Skipped};
//   connectUpdatePack(usageText, {selection?, at?}) → text (exported function: the Service Connection Tool's
//   connect phase, runnable in another process); setFaults({updateInstall}) injects an installation failure.
// Status and logs
//   getStatusMessages({component?, severity?, messageId?, siteCode?, since?, afterSeq?, newest?}) oldest first;
//   getLogNames(); getLog(name, {serverName?, siteCode?, tail?, afterSeq?}) → LogLine[] (Line = SMS trace text)
// Maintenance
//   getMaintenanceTasks({name?, siteCode?}); setMaintenanceTask(name, {enabled?, daysOfWeek?, beginTime?}, siteCode?);
//   startMaintenanceTask(name, siteCode?)  — name 'Backup Site Server' or 'Backup SMS Site Server'
// Events
//   onChange(listener) → unsubscribe; called once after each mutating call or advance with {revision, now, kinds}.
//   snapshot(): a deeply frozen view for panes; the same object until something changes.
// Errors: every refusal throws SiteError {message, category (PowerShell ErrorCategory name), id, target}, and on
// any SiteError the lab is exactly as it was before the call.
// Records: ScpStatus, Component, SiteRecord (= Scpsh.Site), SiteSystem, Update, StatusMessage, Connectivity,
// MaintenanceTask, SimClock carry the contract property names of DESIGN.md, plus extras (SettlesAt, FullVersion,
// NextStepAt, Seq ...). Times in them are numbers (ms) or null; the cmdlet layer turns them into [datetime].

export {
	Site, createSite,
	type ComponentChange, type ComponentWhere, type ImportResult, type MessageFilter, type NetworkChanges, type ScpChange, type SiteChange,
} from './site.ts';
export {SiteError} from './errors.ts';
export {parseDuration, formatDuration} from './duration.ts';
export {listScenarios, SCENARIO_START, type ScenarioInfo} from './scenarios.ts';
export {buildUsageData, connectUpdatePack, parseUsageData, parseUpdatePack, type PackSelection, type UpdatePackDoc, type UsageDataDoc} from './offline.ts';
export {CATALOG} from './catalog.ts';
export {LOGS} from './logs.ts';
export {ENDPOINTS, FEATURES} from './network.ts';
export {SCHEMA_VERSION} from './state.ts';
export {DAY, HOUR, MINUTE, SECOND, WEEK, isoTime} from './time.ts';
export type {Lab} from './state.ts';
export type {SiteSnapshot} from './snapshot.ts';
export type {CheckResult} from './updates.ts';
export type {ChangeKind} from './context.ts';
export type {
	Component, Connectivity, LogLine, MaintenanceTask, Network, ScpStatus, SimClock, Site as SiteRecord, SiteSystem, StatusMessage, Update,
} from './views.ts';

