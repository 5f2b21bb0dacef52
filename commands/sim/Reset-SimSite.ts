// Reset-SimSite: throws the session's site away and starts a fresh one from a scenario. Everything the site
// held — its clock, components, updates, messages, logs — starts over; the shell's variables and history stay.

import type {CmdletDef, Session} from '../../src/engine/command.ts';
import {createSite, listScenarios, type Site} from '../../src/site/index.ts';
import {currentSiteDrive, siteReplaced} from '../_lib/cm-session.ts';
import {siteOf} from '../_lib/site.ts';
import {callSite, whatIfRequested} from '../_lib/site-cmdlet.ts';
import {scenarioTime} from '../_lib/sim.ts';

/**
 * Puts the new site in the session. The engine's Session exposes `site` as a plain property; a front end that
 * watches the site (the TUI) may offer `replaceSite` to re-subscribe, and is used when it does.
 */
function swapSite(session: Session, site: Site): void {
	const s = session as Session & {replaceSite?: (site: Site) => void};
	if (typeof s.replaceSite === 'function') s.replaceSite(site);
	else s.site = site;
}

const def: CmdletDef = {
	name: 'Reset-SimSite',
	synopsis: 'Replaces the simulated site with a fresh one started from a scenario.',
	description:
		'Reset-SimSite discards the session\'s simulated site — its clock, hierarchy, components, service connection ' +
		'point, updates, status messages and logs — and starts a new one from -Scenario (by default the scenario the ' +
		'current site came from). Variables, functions and history of the shell are kept. When the prompt is on a ' +
		'Configuration Manager drive (PS1:\\), it moves to the new site\'s top-tier site drive if the old one does not ' +
		'exist there. In a saved lab the new site replaces the old one when the lab is next saved.\n\n' +
		'This cannot be undone, so the cmdlet asks for confirmation (High impact); -Force skips the question. In scripts, ' +
		'which cannot answer, give -Force (or -Confirm:$false). Get-SimScenario lists the scenarios.',
	parameters: [
		{
			name: 'Scenario',
			type: 'string',
			position: 0,
			complete: () => listScenarios().map((s) => s.Name),
			help: 'The scenario to start from: default, hierarchy, remote-scp, offline, intune or large. By default, the current site\'s scenario.',
		},
		{
			name: 'Force',
			type: 'switch',
			help: 'Replaces the site without asking for confirmation.',
		},
	],
	outputs: ['None'],
	supportsShouldProcess: true,
	confirmImpact: 'High',
	examples: [
		{
			title: 'Start over with the offline scenario',
			code: 'Reset-SimSite -Scenario offline -Force\n(Get-CMServiceConnectionPoint).Mode',
			remarks: 'The new site is air-gapped and its service connection point is in offline mode.',
			expect: ['Offline'],
		},
		{
			title: 'Undo everything done to a default site',
			code: 'Step-SimClock 30d\nReset-SimSite -Force\n(Get-SimClock).Now.ToString(\'yyyy-MM-dd\')',
			remarks: 'Without -Scenario the site restarts from its own scenario, at its starting time.',
			expect: [scenarioTime(0, 'yyyy-MM-dd')],
		},
		{
			title: 'See what would happen',
			code: 'Reset-SimSite -Scenario hierarchy -WhatIf',
			remarks: 'With -WhatIf the site is left as it is.',
			expect: ['What if: Performing the operation "Replace with a new site from scenario \'hierarchy\'" on target "Simulated site (scenario \'default\')".'],
		},
	],
	related: ['Get-SimScenario', 'Get-SimClock'],
	async process(ctx) {
		const old = siteOf(ctx);
		const scenario: string = ctx.params.Scenario ?? old.scenario;
		// Build first: an unknown scenario is refused (with near matches) before anything is asked or changed.
		const fresh = callSite(ctx, () => createSite(scenario));
		const target = `Simulated site (scenario '${old.scenario}')`;
		const action = `Replace with a new site from scenario '${fresh.scenario}'`;
		const go = ctx.params.Force && !whatIfRequested(ctx) ? true : await ctx.shouldProcess(target, action);
		if (!go) return;
		const wasOnSiteDrive = currentSiteDrive(ctx.session) !== undefined;
		swapSite(ctx.session, fresh);
		siteReplaced(ctx.session, wasOnSiteDrive);
	},
};

export default def;
