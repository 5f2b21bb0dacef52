// Set-ScpUsageDataLevel: the hierarchy's diagnostic and usage data level (Set-CMHierarchySetting -TelemetryLevel
// in the real module). It decides what the weekly upload and the offline export hold.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Set-ScpUsageDataLevel',
	synopsis: 'Sets the level of diagnostic and usage data the hierarchy sends to Microsoft: Basic, Enhanced or Full.',
	description:
		'Set-ScpUsageDataLevel sets the hierarchy\'s diagnostic and usage data level. The service connection point uploads ' +
		'this data once a week in online mode (SMS_DMP_UPLOADER), and Export-ScpUsageData writes it to a file in offline ' +
		'mode; the data also decides which updates apply to the hierarchy.\n\n' +
		'Basic holds the hierarchy data needed to pick applicable updates and improve setup and upgrades. Enhanced (the ' +
		'default after setup) adds feature usage and client settings data. Full adds update compliance, Endpoint ' +
		'Protection and software update data. No level holds site codes, names of sites, users or computers, or addresses.\n\n' +
		'The level is a hierarchy setting: it can be set with or without a service connection point.',
	parameters: [
		{
			name: 'Level',
			type: 'string',
			mandatory: true,
			position: 0,
			aliases: ['TelemetryLevel', 'DiagnosticLevel'],
			validateSet: ['Basic', 'Enhanced', 'Full'],
			help: 'The level: Basic, Enhanced (the default after setup) or Full.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the service connection point (Scpsh.ScpStatus) after the change, when one is installed.',
		},
	],
	outputs: ['None', 'Scpsh.ScpStatus (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	examples: [
		{
			title: 'Send only basic data',
			code: 'Set-ScpUsageDataLevel -Level Basic\n(Get-ScpStatus).UsageDataLevel',
			remarks: 'The next weekly upload, or the next export, holds only the Basic data.',
			expect: ['Basic'],
		},
		{
			title: 'Set the level and see the role',
			code: 'Set-ScpUsageDataLevel Full -PassThru | Format-List UsageDataLevel',
			remarks: 'With -PassThru the service connection point is written after the change.',
			expect: ['Full'],
		},
	],
	related: ['Export-ScpUsageData', 'Get-ScpStatus', 'about_ServiceConnectionPoint'],
	async process(ctx) {
		const site = siteOf(ctx);
		const level: string = ctx.params.Level;
		if (!(await ctx.shouldProcess('Hierarchy settings', `Set the usage data level to ${level}`))) return;
		callSite(ctx, () => site.setUsageDataLevel(level));
		const status = site.getScpStatus();
		if (ctx.params.PassThru && status) ctx.write(toPSObject('Scpsh.ScpStatus', status));
	},
};

export default def;
