// Get-SiteSystem: the site system servers and their roles (the service connection point is "SMS Dmp Connector").

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeServerNames, completeSiteCodes} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Get-SiteSystem',
	synopsis: 'Gets the site system servers of the hierarchy and their roles.',
	description:
		'Get-SiteSystem gets the site system servers: the ServerName, the SiteCode, the Roles the server holds (such as ' +
		'SMS Site Server, SMS Site System, SMS Component Server, and SMS Dmp Connector for the service connection point), ' +
		'its Site System Installation Account (InstallationAccount) and its proxy.\n\n' +
		'A server remote from its site server needs an installation account for the site server to reach it; for the ' +
		'service connection point, distribution manager uses it to transfer downloaded updates. Set it with Set-SiteSystem.',
	parameters: [
		{
			name: 'ServerName',
			type: 'string',
			position: 0,
			aliases: ['SiteSystemServerName', 'Name'],
			acceptsWildcards: true,
			complete: completeServerNames,
			help: 'The server to get, for example CM01.contoso.com. Wildcards are allowed. By default all servers.',
		},
		{
			name: 'SiteCode',
			type: 'string',
			complete: completeSiteCodes,
			help: 'Gets only the servers of this site.',
		},
	],
	outputs: ['Scpsh.SiteSystem'],
	examples: [
		{
			title: 'The servers of the default site',
			code: 'Get-SiteSystem | Select-Object ServerName, SiteCode',
			remarks: 'In the default scenario the site server also hosts the service connection point.',
			expect: ['CM01.contoso.com'],
		},
		{
			title: 'Where is the service connection point?',
			code: "Get-SiteSystem | Where-Object { $_.Roles -contains 'SMS Dmp Connector' } | Select-Object -ExpandProperty ServerName",
			remarks: 'The role\'s name in the site is SMS Dmp Connector.',
			expect: ['CM01.contoso.com'],
		},
	],
	related: ['Set-SiteSystem', 'Get-Site', 'Add-ScpRole'],
	process(ctx) {
		const site = siteOf(ctx);
		const systems = callSite(ctx, () => site.getSiteSystems({serverName: ctx.params.ServerName ?? null, siteCode: ctx.params.SiteCode ?? null}));
		for (const s of systems) ctx.write(toPSObject('Scpsh.SiteSystem', s));
	},
};

export default def;
