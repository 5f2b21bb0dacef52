// Get-Component: the Configuration Manager Service Manager's Query — components with their state, and the
// component status summarizer's status.

import type {CmdletDef} from '../../src/engine/command.ts';
import type {Component} from '../../src/site/index.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeComponentNames, completeServerNames, completeSiteCodes, isWildcard, trySite} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Get-Component',
	synopsis: 'Gets the SMS_EXECUTIVE service and the components of the site servers, with their state and status.',
	description:
		'Get-Component gets the components of the simulated hierarchy, as the Configuration Manager Service Manager and the ' +
		'Component Status node show them: SMS_EXECUTIVE and its threads (such as SMS_HIERARCHY_MANAGER, ' +
		'SMS_DISTRIBUTION_MANAGER and, on the service connection point\'s server, SMS_DMP_DOWNLOADER, SMS_DMP_UPLOADER and ' +
		'SMS_SERVICE_CONNECTOR), and the separate services (SMS_SITE_COMPONENT_MANAGER, SMS_SITE_BACKUP, ' +
		'SMS_SITE_VSS_WRITER, CONFIGURATION_MANAGER_UPDATE).\n\n' +
		'Each has a State (Running, Stopping, Stopped, Starting, or Paused) and a Status (OK, Warning or Critical) that ' +
		'the component status summarizer computes from the status messages the component wrote since the start of the ' +
		'day, against its thresholds.\n\n' +
		'Without parameters the cmdlet gets every component of every site, site by site from the top. A name without ' +
		'wildcards that matches nothing is an error that suggests near names.',
	parameters: [
		{
			name: 'Name',
			type: 'string[]',
			position: 0,
			aliases: ['ComponentName'],
			acceptsWildcards: true,
			complete: completeComponentNames,
			help: 'The names of the components to get, for example SMS_DMP_DOWNLOADER. Wildcards are allowed (SMS_DMP_*). By default all components.',
		},
		{
			name: 'SiteCode',
			type: 'string',
			complete: completeSiteCodes,
			help: 'Gets only the components of this site.',
		},
		{
			name: 'ServerName',
			type: 'string',
			aliases: ['SiteSystemServerName'],
			complete: completeServerNames,
			help: 'Gets only the components of this server.',
		},
	],
	outputs: ['Scpsh.Component'],
	examples: [
		{
			title: 'The service connection point\'s threads',
			code: 'Get-Component -Name SMS_DMP_*',
			remarks: 'SMS_DMP_DOWNLOADER and SMS_DMP_UPLOADER run on the server that hosts the service connection point.',
			expect: ['SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER', 'Running'],
		},
		{
			title: 'Components that are not OK',
			code: 'Set-SimNetwork -Block go.microsoft.com\nStep-SimClock 24h\nGet-Component | Where-Object Status -ne OK | Select-Object Name, Status',
			remarks: 'Failed update checks write status message 11488; SMS_SERVICE_CONNECTOR\'s status turns Critical.',
			expect: ['SMS_SERVICE_CONNECTOR', 'Critical'],
		},
		{
			title: 'Count the components of a site',
			code: '(Get-Component -SiteCode PS1).Count -gt 40',
			remarks: 'A primary site server runs a realistic set of more than forty components.',
			expect: ['True'],
		},
	],
	related: ['Restart-Component', 'Stop-Component', 'Start-Component', 'Get-StatusMessage'],
	process(ctx) {
		const site = siteOf(ctx);
		const siteCode: string | null = ctx.params.SiteCode ?? null;
		const serverName: string | null = ctx.params.ServerName ?? null;
		const names: (string | null)[] = ctx.params.Name?.length ? ctx.params.Name : [null];
		const seen = new Set<string>();
		for (const name of names) {
			let found: Component[] | undefined;
			if (name === null || isWildcard(name)) {
				// An unknown site or server is a terminating mistake; a pattern that matches nothing is just nothing.
				found = callSite(ctx, () => site.getComponents({name, siteCode, serverName}));
			} else {
				found = trySite(ctx, () => site.getComponents({name, siteCode, serverName}));
				if (found && !found.length) {
					// The site's own lookup says why, with near matches.
					trySite(ctx, () => site.getComponent(name, {siteCode, serverName}));
					continue;
				}
			}
			for (const c of found ?? []) {
				const k = `${c.ServerName.toLowerCase()}|${c.Name}`;
				if (seen.has(k)) continue;
				seen.add(k);
				ctx.write(toPSObject('Scpsh.Component', c));
			}
		}
	},
};

export default def;
