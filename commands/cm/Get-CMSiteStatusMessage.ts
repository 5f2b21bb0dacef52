// Get-CMSiteStatusMessage: the status messages of the hierarchy, filtered by component, computer, message id,
// severity, site and time; every filter is optional and takes several values.

import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {PSDateTime, PSHashtable} from '../../src/engine/values.ts';
import {wildcardMatcher} from '../../src/engine/wildcard.ts';
import {checkWildcardSwitches, requireSiteDrive, statusMessageObject, wildcardParameters} from '../_lib/cm-objects.ts';
import {topSiteCode} from '../_lib/cm-session.ts';
import {siteOf} from '../_lib/site.ts';
import {completeComponentNames, completeServerNames, completeSiteCodes} from '../_lib/site-cmdlet.ts';

const SEVERITIES = ['All', 'Error', 'Information', 'Warning'] as const;
const FILTER_KEYS = ['Component', 'ComputerName', 'MessageId', 'Module', 'Severity', 'SiteCode', 'StartDateTime'];

/** A filter value from the parameters, or from -FilterHashtable when the parameter is not given. */
function filterValue(ctx: CmdletContext, name: string): unknown {
	if (ctx.isBound(name)) return ctx.params[name];
	const table = ctx.params.FilterHashtable;
	return table instanceof PSHashtable && table.has(name) ? table.get(name) : null;
}

const list = (v: unknown): string[] => (v === null || v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => String(x)));

/** Several wildcard patterns: a name matches when any does (no patterns: everything matches). */
function anyOf(patterns: string[]): (name: string) => boolean {
	if (!patterns.length) return () => true;
	const ms = patterns.map((p) => wildcardMatcher(p));
	return (name) => ms.some((m) => m.test(name));
}

const def: CmdletDef = {
	name: 'Get-CMSiteStatusMessage',
	synopsis: 'Gets status messages of the hierarchy\'s sites.',
	description:
		'Get-CMSiteStatusMessage gets status messages as IResultObject#SMS_StatusMessage objects (Component, MachineName, ' +
		'MessageID, ModuleName, Severity as the class\'s numbers, SiteCode, Time). Every filter is optional and takes ' +
		'several values: -Component and -ComputerName (wildcards accepted), -MessageId, -Module (SMS Server), -Severity ' +
		'(All, Error, Information, Warning), -SiteCode and -StartDateTime (alias -ViewingPeriod). -FilterHashtable gives ' +
		'the same filters as a hashtable (keys Component, ComputerName, MessageId, Module, Severity, SiteCode, ' +
		'StartDateTime). Oldest messages come first. Run it from a Configuration Manager drive.\n\n' +
		'Simulated: the messages are the simulated site\'s (a bounded buffer of the newest). Simulation addition: ' +
		'Description, the message text. -PassThru is accepted for compatibility and changes nothing.',
	parameters: [
		{
			name: 'Component',
			type: 'string[]',
			aliases: ['ComponentName', 'Components', 'ComponentNames'],
			acceptsWildcards: true,
			complete: completeComponentNames,
			help: 'Components whose messages to get, such as SMS_SERVICE_CONNECTOR. Wildcards are accepted.',
		},
		{
			name: 'ComputerName',
			type: 'string[]',
			acceptsWildcards: true,
			complete: completeServerNames,
			help: 'Servers (FQDN) the messages come from. Wildcards are accepted.',
		},
		{
			name: 'FilterHashtable',
			type: 'hashtable',
			help: 'The filters as a hashtable, for example @{Component = \'SMS_SERVICE_CONNECTOR\'; Severity = \'Error\'}.',
		},
		{
			name: 'MessageId',
			type: 'int[]',
			help: 'Message ids to get, such as 11488 (cloud endpoints unreachable) or 5035 (site backup completed).',
		},
		{
			name: 'Module',
			type: 'string[]',
			help: 'The module that raised the messages; the site\'s components report as "SMS Server".',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Accepted for compatibility; the messages are always returned.',
		},
		{
			name: 'Severity',
			type: 'string[]',
			validateSet: SEVERITIES,
			help: 'Severities to get: Error, Warning, Information, or All.',
		},
		{
			name: 'SiteCode',
			type: 'string[]',
			complete: completeSiteCodes,
			help: 'Site codes of the sites whose messages to get.',
		},
		{
			name: 'StartDateTime',
			type: 'datetime',
			aliases: ['ViewingPeriod'],
			help: 'Messages at or after this time are returned.',
		},
		...wildcardParameters,
	],
	outputs: ['IResultObject#SMS_StatusMessage'],
	examples: [
		{
			title: 'Errors of the last day',
			code: 'Set-SimNetwork -Block go.microsoft.com\nStep-SimClock 1d\n' +
				'Get-CMSiteStatusMessage -Severity Error -MessageId 11488 -ViewingPeriod (Get-Date).AddDays(-1) | Select-Object -First 1 MessageID, Component',
			remarks: 'The update check could not reach go.microsoft.com: message 11488 from SMS_SERVICE_CONNECTOR.',
			expect: ['11488', 'SMS_SERVICE_CONNECTOR'],
		},
		{
			title: 'Filters as a hashtable',
			code: 'Start-MaintenanceTask -Name \'Backup Site Server\'\nStep-SimClock 1h\n' +
				'Get-CMSiteStatusMessage -FilterHashtable @{MessageId = 5035} | Select-Object -ExpandProperty Component',
			remarks: 'Message 5035 says the site backup completed.',
			expect: ['SMS_SITE_BACKUP'],
		},
	],
	related: ['Get-CMComponentStatusMessage', 'Get-StatusMessage'],
	process(ctx) {
		if (!requireSiteDrive(ctx)) return;
		checkWildcardSwitches(ctx);
		const table = ctx.params.FilterHashtable;
		if (table instanceof PSHashtable) {
			const bad = table.keys().map(String).filter((k) => !FILTER_KEYS.some((f) => f.toLowerCase() === k.toLowerCase()));
			if (bad.length) {
				ctx.fail({
					message: `The FilterHashtable key '${bad[0]}' is not valid. Valid keys: ${FILTER_KEYS.join(', ')}.`,
					category: 'InvalidArgument',
					id: 'InvalidFilterHashtableKey',
					target: bad[0],
					exceptionType: 'ArgumentException',
				});
			}
		}
		const site = siteOf(ctx);
		const byComponent = anyOf(list(filterValue(ctx, 'Component')));
		const byComputer = anyOf(list(filterValue(ctx, 'ComputerName')));
		const ids = list(filterValue(ctx, 'MessageId')).map(Number);
		const modules = list(filterValue(ctx, 'Module')).map((m) => m.toLowerCase());
		const severities = list(filterValue(ctx, 'Severity')).map((s) => s.toLowerCase());
		const sites = list(filterValue(ctx, 'SiteCode')).map((s) => s.toLowerCase());
		const start = filterValue(ctx, 'StartDateTime');
		const since = start instanceof PSDateTime ? start.ms : start === null ? null : Date.parse(String(start));
		const top = topSiteCode(site) ?? '';
		const msgs = site.getStatusMessages(since === null || Number.isNaN(since) ? {} : {since}).filter((m) =>
			byComponent(m.Component) && byComputer(m.MachineName) &&
			(!ids.length || ids.includes(m.MessageId)) &&
			(!modules.length || modules.includes('sms server')) &&
			(!severities.length || severities.includes('all') || severities.includes(m.Severity.toLowerCase())) &&
			(!sites.length || sites.includes(m.SiteCode.toLowerCase())));
		ctx.writeAll(msgs.map((m) => statusMessageObject(m, top)));
	},
};

export default def;
