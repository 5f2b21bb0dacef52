// Get-StatusMessage: the status messages components write (System Status > Status Message Queries), oldest
// first, from the site's bounded buffer.

import type {CmdletDef} from '../../src/engine/command.ts';
import {PSDateTime} from '../../src/engine/values.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeComponentNames, completeSiteCodes} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Get-StatusMessage',
	synopsis: 'Gets the status messages that site components wrote, oldest first.',
	description:
		'Get-StatusMessage gets the status messages of the simulated hierarchy, oldest first: the Time (simulated), the ' +
		'SiteCode, the Component that wrote it, the Severity (Information, Warning or Error), the MessageId and the ' +
		'Description. Ids follow the product where it documents them: 500 (a component started), 5035 (site backup ' +
		'completed), 11410, 11411 and 11412 (endpoint connectivity checks), 11488 (the service connection point cannot ' +
		'reach the Microsoft cloud service), 2391 (distribution manager could not connect to a remote site system).\n\n' +
		'The component status summarizer counts these messages per component since the start of the day and turns the ' +
		'component\'s Status (Get-Component) to Warning or Critical past its thresholds.\n\n' +
		'The site keeps the newest 5000 messages.',
	parameters: [
		{
			name: 'Component',
			type: 'string',
			position: 0,
			aliases: ['ComponentName'],
			acceptsWildcards: true,
			complete: completeComponentNames,
			help: 'Gets only the messages of these components, for example SMS_SERVICE_CONNECTOR. Wildcards are allowed.',
		},
		{
			name: 'Severity',
			type: 'string',
			validateSet: ['Information', 'Warning', 'Error', 'All'],
			help: 'Gets only the messages of this severity: Information, Warning, Error, or All (the default).',
		},
		{
			name: 'MessageId',
			type: 'int[]',
			aliases: ['Id'],
			help: 'Gets only the messages with these ids, for example 11488 or 5035.',
		},
		{
			name: 'Newest',
			type: 'int',
			validateRange: [1, 2147483647],
			help: 'Gets only the newest N of the messages that match the other filters (still oldest first).',
		},
		{
			name: 'SiteCode',
			type: 'string',
			complete: completeSiteCodes,
			help: 'Gets only the messages of this site.',
		},
		{
			name: 'StartTime',
			type: 'datetime',
			aliases: ['ViewingPeriod', 'StartDateTime', 'After'],
			help: 'Gets only the messages written at or after this (simulated) time, for example (Get-Date).AddHours(-1).',
		},
	],
	outputs: ['Scpsh.StatusMessage'],
	examples: [
		{
			title: 'A failed connection to the cloud',
			code: 'Set-SimNetwork -Internet Disconnected\nStep-SimClock 24h\nGet-StatusMessage -Component SMS_SERVICE_CONNECTOR -MessageId 11488',
			remarks: 'Each check that cannot reach the cloud writes 11488 (Error) from SMS_SERVICE_CONNECTOR.',
			expect: ['11488', 'SMS_SERVICE_CONNECTOR', 'Error'],
		},
		{
			title: 'The newest errors',
			code: 'Set-SimNetwork -Block go.microsoft.com\nStep-SimClock 48h\nGet-StatusMessage -Severity Error -Newest 2 | Select-Object MessageId, Component',
			remarks: 'The two newest Error messages, oldest of the two first.',
			expect: ['SMS_SERVICE_CONNECTOR'],
		},
		{
			title: 'The site backup finished',
			code: 'Start-MaintenanceTask -Name \'Backup Site Server\'\nGet-StatusMessage -MessageId 5035 | Select-Object -ExpandProperty Description',
			remarks: 'A backup run writes 5035 when it completes.',
			expect: ['Site Backup completed successfully with zero errors but still there could be some warnings.'],
		},
	],
	related: ['Get-Component', 'Get-SiteLog', 'Test-ScpConnectivity'],
	process(ctx) {
		const site = siteOf(ctx);
		const p = ctx.params;
		const messages = callSite(ctx, () => site.getStatusMessages({
			component: p.Component ?? null,
			severity: p.Severity ?? null,
			messageId: p.MessageId ?? null,
			siteCode: p.SiteCode ?? null,
			since: p.StartTime instanceof PSDateTime ? p.StartTime.ms : null,
			newest: p.Newest ?? null,
		}));
		for (const m of messages) ctx.write(toPSObject('Scpsh.StatusMessage', m));
	},
};

export default def;
