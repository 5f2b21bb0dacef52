// Default views of the simulated site's records (DESIGN.md's object contract).
// Tables leave widths to the data, so a column is as wide as its longest value; lists show everything.

import type {ViewDef} from '../views.ts';

export const scpshViews: ViewDef[] = [
	{
		typeName: 'Scpsh.ScpStatus',
		kind: 'list',
		columns: [
			{label: 'SiteCode'},
			{label: 'ServerName'},
			{label: 'Mode'},
			{label: 'EffectiveMode'},
			{label: 'RestartRequired'},
			{label: 'IntuneSubscription'},
			{label: 'OnPremisesMdm'},
			{label: 'UsageDataLevel'},
			{label: 'ProxyServer'},
			{label: 'LastUpdateCheck'},
			{label: 'NextUpdateCheck'},
			{label: 'SiteVersion'},
		],
	},
	{
		typeName: 'Scpsh.Component',
		kind: 'table',
		columns: [{label: 'Name'}, {label: 'SiteCode'}, {label: 'State'}, {label: 'Status'}, {label: 'Type'}],
	},
	{
		typeName: 'Scpsh.Site',
		kind: 'table',
		columns: [{label: 'SiteCode'}, {label: 'Type'}, {label: 'ParentSiteCode'}, {label: 'ServerName'}, {label: 'Version'}],
	},
	{
		typeName: 'Scpsh.SiteSystem',
		kind: 'table',
		columns: [{label: 'ServerName'}, {label: 'SiteCode'}, {label: 'Roles'}, {label: 'InstallationAccount'}],
	},
	{
		typeName: 'Scpsh.Update',
		kind: 'table',
		columns: [{label: 'Name'}, {label: 'Version'}, {label: 'Kind'}, {label: 'State'}, {label: 'PercentComplete', align: 'right'}],
	},
	{
		typeName: 'Scpsh.StatusMessage',
		kind: 'table',
		columns: [
			{label: 'Time'},
			{label: 'Severity'},
			{label: 'MessageId', align: 'right'},
			{label: 'Component'},
			{label: 'Description'},
		],
	},
	{
		typeName: 'Scpsh.Connectivity',
		kind: 'table',
		columns: [
			{label: 'Endpoint'},
			{label: 'Port', align: 'right'},
			{label: 'Feature'},
			{label: 'Reachable'},
			{label: 'Route'},
			{label: 'Error'},
		],
	},
	{
		typeName: 'Scpsh.MaintenanceTask',
		kind: 'table',
		columns: [
			{label: 'Name'},
			{label: 'SiteCode'},
			{label: 'Enabled'},
			{label: 'DaysOfWeek'},
			{label: 'BeginTime'},
			{label: 'NextRun'},
		],
	},
	{
		typeName: 'Scpsh.SimClock',
		kind: 'table',
		columns: [{label: 'Now'}, {label: 'Rate', align: 'right'}, {label: 'Paused'}],
	},
];
