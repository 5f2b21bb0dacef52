// Get-CMComponentStatusMessage: status messages of a component since a start time (SMS_StatusMessage), with the
// quirk the reference documents: -Severity All, or no -Severity, returns nothing.

import type {CmdletDef} from '../../src/engine/command.ts';
import {PSDateTime} from '../../src/engine/values.ts';
import {checkWildcardSwitches, nameFilter, requireSiteDrive, statusMessageObject, wildcardParameters} from '../_lib/cm-objects.ts';
import {topSiteCode} from '../_lib/cm-session.ts';
import {siteOf} from '../_lib/site.ts';
import {completeComponentNames, completeServerNames, completeSiteCodes} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Get-CMComponentStatusMessage',
	synopsis: 'Gets the status messages of a site component since a given time.',
	description:
		'Get-CMComponentStatusMessage gets the status messages that site components wrote since -StartTime (required; ' +
		'alias -ViewingPeriod), as IResultObject#SMS_StatusMessage objects: Component, MachineName, MessageID, Severity ' +
		'(1073741824 Information, -2147483648 Warning, -1073741824 Error, the class\'s values), SiteCode, Time. Filter ' +
		'by -ComponentName, -ComputerName and -Severity; without -SiteCode the site of the current drive is searched.\n\n' +
		'The reference documents that -Severity All does not work and that omitting -Severity returns nothing; the ' +
		'simulation behaves the same, so a runbook that forgets -Severity fails here as it would on a real site (use ' +
		'Get-CMSiteStatusMessage, or name a severity). Run it from a Configuration Manager drive.\n\n' +
		'Simulated: the messages are the simulated site\'s, with real message ids where they are known (11488, 5035, ...). ' +
		'Simulation addition: Description, the message text.',
	parameters: [
		{
			name: 'ComponentName',
			type: 'string',
			aliases: ['Component'],
			acceptsWildcards: true,
			complete: completeComponentNames,
			help: 'The component whose messages to get, such as SMS_SERVICE_CONNECTOR.',
		},
		{
			name: 'ComputerName',
			type: 'string',
			aliases: ['MachineName'],
			complete: completeServerNames,
			help: 'The server (FQDN) the messages come from.',
		},
		{
			name: 'Severity',
			type: 'string',
			validateSet: ['All', 'Error', 'Warning', 'Information'],
			help: 'Error, Warning or Information. As documented for the real cmdlet, All (and no -Severity) returns nothing.',
		},
		{
			name: 'SiteCode',
			type: 'string',
			complete: completeSiteCodes,
			help: 'The site code of the site whose messages to get. By default, the site of the current drive.',
		},
		{
			name: 'StartTime',
			type: 'datetime',
			mandatory: true,
			aliases: ['ViewingPeriod'],
			help: 'Messages at or after this time are returned, for example (Get-Date).AddDays(-1).',
		},
		...wildcardParameters,
	],
	outputs: ['IResultObject#SMS_StatusMessage'],
	examples: [
		{
			title: 'Errors of the service connector after a network failure',
			code: '$since = Get-Date\nSet-SimNetwork -Internet Disconnected\nStep-SimClock 1d\n' +
				'Get-CMComponentStatusMessage -ComponentName SMS_SERVICE_CONNECTOR -Severity Error -StartTime $since |\n\tWhere-Object MessageID -eq 11488 | Select-Object -First 1 MessageID, Component',
			remarks: 'The failed update check raised message 11488 on SMS_SERVICE_CONNECTOR.',
			expect: ['11488', 'SMS_SERVICE_CONNECTOR'],
		},
		{
			title: 'Without -Severity nothing comes back',
			code: '@(Get-CMComponentStatusMessage -StartTime (Get-Date).AddDays(-7)).Count',
			remarks: 'The documented quirk of the real cmdlet, kept so runbooks behave as they would on a site.',
			expect: ['0'],
		},
	],
	related: ['Get-CMSiteStatusMessage', 'Get-StatusMessage', 'Get-CMSiteComponent'],
	process(ctx) {
		const drive = requireSiteDrive(ctx);
		if (!drive) return;
		checkWildcardSwitches(ctx);
		const p = ctx.params;
		const severity: string | undefined = p.Severity;
		if (!severity || severity === 'All') {
			ctx.writeVerbose('No messages: -Severity All, or no -Severity, returns nothing (as documented for the real cmdlet). Name Error, Warning or Information.');
			return;
		}
		const site = siteOf(ctx);
		const code: string = p.SiteCode ?? drive.siteCode;
		const byComponent = nameFilter(ctx, p.ComponentName, true);
		const computer: string | undefined = p.ComputerName;
		const since = (p.StartTime as PSDateTime).ms;
		const top = topSiteCode(site) ?? code;
		const msgs = site.getStatusMessages({since, severity}).filter((m) =>
			m.SiteCode.toLowerCase() === code.toLowerCase() && byComponent(m.Component) &&
			(!computer || m.MachineName.toLowerCase() === computer.trim().toLowerCase()));
		ctx.writeAll(msgs.map((m) => statusMessageObject(m, top)));
	},
};

export default def;
