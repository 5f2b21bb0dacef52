// Parameters the ConfigurationManager cmdlets share, with the real module's names, aliases and positions
// (domain.md 2).

import type {ParameterDef, Session} from '../../src/engine/command.ts';
import type {Site} from '../../src/site/index.ts';
import {completeServerNames, completeSiteCodes, completeUpdateNames} from './site-cmdlet.ts';

/** -SiteSystemServerName: position 0, aliases Name and ServerName. */
export function serverNameParam(opts: {sets?: string[]; mandatory?: boolean; wildcards?: boolean; help: string}): ParameterDef {
	return {
		name: 'SiteSystemServerName',
		type: 'string',
		position: 0,
		aliases: ['Name', 'ServerName'],
		mandatory: opts.mandatory,
		sets: opts.sets,
		acceptsWildcards: opts.wildcards,
		complete: completeServerNames,
		help: opts.help,
	};
}

export function siteCodeParam(help: string, sets?: string[]): ParameterDef {
	return {name: 'SiteCode', type: 'string', sets, complete: completeSiteCodes, help};
}

export const allSiteParam: ParameterDef = {
	name: 'AllSite',
	type: 'switch',
	aliases: ['AllSites'],
	help: 'Searches every site of the hierarchy, not only the site of the drive the command runs from.',
};

export function inputObjectParam(opts: {sets: string[]; aliases?: string[]; help: string; mandatory?: boolean}): ParameterDef {
	return {
		name: 'InputObject',
		type: 'object',
		mandatory: opts.mandatory ?? true,
		sets: opts.sets,
		aliases: opts.aliases,
		valueFromPipeline: true,
		help: opts.help,
	};
}

export const passThruParam = (what: string): ParameterDef => ({
	name: 'PassThru',
	type: 'switch',
	help: `Returns ${what}. By default this cmdlet writes no output.`,
});

export const forceParam = (what: string): ParameterDef => ({name: 'Force', type: 'switch', help: `${what} without asking for confirmation.`});

/** -Mode of the SCP cmdlets: the ServiceConnectionPointMode enum. */
export const modeParam = (mandatory: boolean, help: string): ParameterDef => ({
	name: 'Mode',
	type: 'string',
	mandatory,
	validateSet: ['Online', 'Offline'],
	help,
});

/** -Name of the site update cmdlets. */
export const updateNameParam = (sets: string[], help: string): ParameterDef => ({
	name: 'Name',
	type: 'string',
	mandatory: true,
	sets,
	complete: (session: Session) => completeUpdateNames(session).filter((n) => !isInstalled(session, n)),
	help,
});

function isInstalled(session: Session, name: string): boolean {
	return ((session.site as Site | null)?.getUpdates().find((u) => u.Name === name)?.State ?? '') === 'Installed';
}

/** -InputObject of the site update cmdlets: an SMS_CM_UpdatePackages object from Get-CMSiteUpdate. */
export const updateInputParam = (sets: string[]): ParameterDef => ({
	name: 'InputObject',
	type: 'object',
	mandatory: true,
	sets,
	valueFromPipeline: true,
	help: 'The update (an SMS_CM_UpdatePackages object from Get-CMSiteUpdate).',
});

/** -Name of the maintenance task cmdlets. */
export const TASK_NAME_ALIASES = ['ItemName', 'MaintenanceTaskName', 'TaskName'];

/** The MaintenanceTask enum of Set-CMSiteMaintenanceTask [guess for all but BackupSiteServer, the one simulated]. */
export const MAINTENANCE_TASKS = [
	'BackupSiteServer', 'CheckApplicationTitleWithInventoryInformation', 'ClearInstallFlag', 'DeleteAgedApplicationRequestData',
	'DeleteAgedClientOperations', 'DeleteAgedCollectedFiles', 'DeleteAgedComputerAssociationData', 'DeleteAgedDeleteDetectionData',
	'DeleteAgedDeviceWipeRecord', 'DeleteAgedDevicesManagedByTheExchangeServerConnector', 'DeleteAgedDiscoveryData',
	'DeleteAgedDistributionPointUsageData', 'DeleteAgedEndpointProtectionHealthStatusHistoryData', 'DeleteAgedEnrolledDevices',
	'DeleteAgedInventoryHistory', 'DeleteAgedLogData', 'DeleteAgedNotificationTaskHistory', 'DeleteAgedReplicationSummaryData',
	'DeleteAgedReplicationTrackingData', 'DeleteAgedStatusMessages', 'DeleteAgedThreatData', 'DeleteAgedUnknownComputers',
	'DeleteAgedUserDeviceAffinityData', 'DeleteExpiredMdmBulkEnrollmentPackageRecords', 'DeleteInactiveClientDiscoveryData',
	'DeleteObsoleteAlerts', 'DeleteObsoleteClientDiscoveryData', 'DeleteObsoleteForestDiscoverySitesAndSubnets',
	'DeleteOrphanedClientDeploymentStateRecords', 'EvaluateCollectionMembership', 'MonitorKeys', 'RebuildIndexes',
	'SummarizeInstalledSoftwareData', 'SummarizeSoftwareMeteringFileUsageData', 'SummarizeSoftwareMeteringMonthlyUsageData',
	'UpdateApplicationAvailableTargeting',
] as const;
