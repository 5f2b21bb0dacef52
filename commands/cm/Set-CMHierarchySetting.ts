// Set-CMHierarchySetting: the hierarchy's settings. The one the simulation keeps is the diagnostics and usage data
// level (-TelemetryLevel), which decides what the usage data the service connection point uploads holds.

import type {CmdletDef} from '../../src/engine/command.ts';
import {requireSiteDrive, siteDefinitionObject} from '../_lib/cm-objects.ts';
import {topSiteCode} from '../_lib/cm-session.ts';
import {forceParam, passThruParam} from '../_lib/cm-params.ts';
import {siteOf} from '../_lib/site.ts';
import {trySite, whatIfRequested} from '../_lib/site-cmdlet.ts';

/** Settings the module has that the simulated hierarchy does not keep (accepted so scripts run). */
const NOT_SIMULATED = ['AllowPrestage', 'ApprovalMethod', 'AutoResolveClientConflict', 'EnableAutoClientUpgrade', 'AutoUpgradeDays',
	'EnablePreProduction', 'EnablePrereleaseFeature', 'FallbackSiteCode', 'UseFallbackSite', 'PreferBoundaryGroupManagementPoint'];

const notSimulated = (name: string, type: 'bool' | 'int' | 'string' | 'switch', help: string, validateSet?: readonly string[]) =>
	({name, type, help: `${help} Accepted; not simulated.`, validateSet});

const def: CmdletDef = {
	name: 'Set-CMHierarchySetting',
	synopsis: 'Changes hierarchy settings, such as the level of diagnostics and usage data.',
	description:
		'Set-CMHierarchySetting changes settings that apply to the whole hierarchy (the console\'s Hierarchy Settings). ' +
		'-TelemetryLevel (alias -DiagnosticLevel) sets the level of diagnostics and usage data: Basic (what is needed to ' +
		'improve installs and upgrades and to decide which updates apply), Enhanced (the default: adds feature usage and ' +
		'client settings data) or Full (adds update compliance, software update and Endpoint Protection data). The level ' +
		'decides what the service connection point uploads weekly in online mode, and what ServiceConnectionTool.exe ' +
		'-prepare exports in offline mode. Run it from a Configuration Manager drive.\n\n' +
		'Simulated: only the usage data level is kept. The module\'s other settings (-AllowPrestage, -ApprovalMethod, ' +
		'-EnableAutoClientUpgrade, ...) are accepted and not kept; the verbose stream says so. -PassThru returns the ' +
		'top-tier site\'s IResultObject#SMS_SCI_SiteDefinition with the simulation addition TelemetryLevel.',
	parameters: [
		{
			name: 'TelemetryLevel',
			type: 'string',
			aliases: ['DiagnosticLevel'],
			validateSet: ['Basic', 'Enhanced', 'Full'],
			help: 'The level of diagnostics and usage data: Basic, Enhanced (the default) or Full.',
		},
		notSimulated('AllowPrestage', 'bool', 'Whether clients may use prestaged content.'),
		notSimulated('ApprovalMethod', 'string', 'How new computers are approved.',
			['AutomaticallyApproveComputersInTrustedDomains', 'ManuallyApproveEachComputer', 'AutomaticallyApproveAllComputers']),
		notSimulated('AutoResolveClientConflict', 'bool', 'Whether conflicting client records are resolved automatically.'),
		notSimulated('EnableAutoClientUpgrade', 'bool', 'Whether clients are upgraded automatically.'),
		notSimulated('AutoUpgradeDays', 'int', 'The days over which clients are upgraded.'),
		notSimulated('EnablePreProduction', 'bool', 'Whether a pre-production client is used.'),
		notSimulated('EnablePrereleaseFeature', 'switch', 'Consents to pre-release features.'),
		notSimulated('FallbackSiteCode', 'string', 'The fallback site for automatic site assignment.'),
		notSimulated('UseFallbackSite', 'bool', 'Whether a fallback site is used.'),
		notSimulated('PreferBoundaryGroupManagementPoint', 'bool', 'Whether clients prefer management points of their boundary group.'),
		forceParam('Changes the settings'),
		passThruParam('the site definition (IResultObject#SMS_SCI_SiteDefinition)'),
	],
	outputs: ['None', 'IResultObject#SMS_SCI_SiteDefinition (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Send only basic usage data',
			code: 'Set-CMHierarchySetting -TelemetryLevel Basic\n(Get-ScpStatus).UsageDataLevel',
			remarks: 'The service connection point\'s uploads, and the Service Connection Tool\'s exports, now hold basic data only.',
			expect: ['Basic'],
		},
		{
			title: 'With the alias and -PassThru',
			code: 'Set-CMHierarchySetting -DiagnosticLevel Full -PassThru | Select-Object SiteCode, TelemetryLevel',
			remarks: '-DiagnosticLevel is an alias of -TelemetryLevel.',
			expect: ['PS1', 'Full'],
		},
	],
	related: ['Set-ScpUsageDataLevel', 'Get-ScpStatus', 'ServiceConnectionTool.exe'],
	async process(ctx) {
		if (!requireSiteDrive(ctx)) return;
		const site = siteOf(ctx);
		for (const n of NOT_SIMULATED) if (ctx.isBound(n)) ctx.writeVerbose(`-${n} is not simulated; it was not kept.`);
		const top = topSiteCode(site) ?? '';
		const go = ctx.params.Force && !whatIfRequested(ctx) ? true : await ctx.shouldProcess(`Hierarchy settings (site ${top})`, 'Set-CMHierarchySetting');
		if (!go) return;
		let level = site.lab.settings.usageDataLevel;
		if (ctx.isBound('TelemetryLevel')) {
			const set = trySite(ctx, () => site.setUsageDataLevel(ctx.params.TelemetryLevel));
			if (!set) return;
			level = set as typeof level;
		}
		if (ctx.params.PassThru) ctx.write(siteDefinitionObject(site.getSite(top), level));
	},
};

export default def;
