// Install-ScpUpdate: the console's Install Update Pack (or Run prerequisite check). It waits, in simulated time,
// for the installation to finish — prerequisite check, site reset with SMS_EXECUTIVE down, version change and
// SMS_EXECUTIVE back up — unless -NoWait.

import type {CmdletDef} from '../../src/engine/command.ts';
import {HOUR, type Site, type Update} from '../../src/site/index.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, completeUpdateNames, waitForCondition} from '../_lib/site-cmdlet.ts';

/** Far longer than any simulated installation takes (the prerequisite check and a release take under an hour). */
const WAIT_LIMIT = 12 * HOUR;

const FINISHED = new Set(['Installed', 'Failed', 'Prerequisite check failed']);

const current = (site: Site, id: string): Update | undefined => site.getUpdates({name: id}).find((u) => u.Id === id);

/** The top-tier site server's SMS_EXECUTIVE has settled (after the site reset it starts again). */
function executiveSettled(site: Site): boolean {
	const top = site.getSites().find((s) => s.ParentSiteCode === null);
	if (!top) return true;
	try {
		const at = site.componentSettlesAt('SMS_EXECUTIVE', {serverName: top.ServerName});
		return at === null || at <= site.now;
	} catch {
		return true;
	}
}

const def: CmdletDef = {
	name: 'Install-ScpUpdate',
	synopsis: 'Installs an update that is ready to install, or runs only its prerequisite check.',
	description:
		'Install-ScpUpdate installs a Configuration Manager update or hotfix whose state is Ready to install (or whose ' +
		'prerequisite check or installation failed, to retry). The installation runs as in the product: a prerequisite check ' +
		'(Checking prerequisites, then Prerequisite check passed or failed), then the installation (Installing), which stops ' +
		'SMS_EXECUTIVE on the site server for a site reset, changes the site\'s version and starts SMS_EXECUTIVE again ' +
		'(Installed). Child primary sites take the new version on their own an hour later.\n\n' +
		'By default the cmdlet waits, in simulated time, until the update is installed (or failed) and SMS_EXECUTIVE runs ' +
		'again; with -PrerequisiteCheckOnly it waits for the check alone. -NoWait returns at once and lets the ' +
		'installation go on as the clock moves. In the interactive shell the wait follows the live clock and Ctrl+C stops ' +
		'waiting (the installation goes on).\n\n' +
		'A failed prerequisite check or installation is written as an error with the reason.',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			mandatory: true,
			position: 0,
			valueFromPipelineByPropertyName: true,
			complete: completeUpdateNames,
			help: 'The name, ID (for example CM2503) or KB number of the update to install.',
		},
		{
			name: 'PrerequisiteCheckOnly',
			type: 'switch',
			help: 'Runs only the prerequisite check; the update stays ready to install.',
		},
		{
			name: 'NoWait',
			type: 'switch',
			help: 'Returns as soon as the installation has started, without waiting for it to finish.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the update (Scpsh.Update) when the cmdlet returns.',
		},
	],
	outputs: ['None', 'Scpsh.Update (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Install the update rollup',
			code: 'Step-SimClock 72h\nInstall-ScpUpdate -Name KB30385346\n(Get-ScpUpdate KB30385346).State\n(Get-Site PS1).FullVersion',
			remarks: 'The rollup arrives with the daily check and downloads; installing it takes simulated minutes and leaves the site on a new revision.',
			expect: ['Installed', '5.00.9132.1023'],
		},
		{
			title: 'Run only the prerequisite check',
			code: 'Step-SimClock 72h\nInstall-ScpUpdate KB30385346 -PrerequisiteCheckOnly -PassThru | Select-Object Name, State',
			remarks: 'The update stays ready; its state says the check passed.',
			expect: ['Prerequisite check passed'],
		},
		{
			title: 'Start the installation and watch it',
			code: 'Step-SimClock 72h\nInstall-ScpUpdate KB30385346 -NoWait\n(Get-ScpUpdate KB30385346).State\nStep-SimClock 30m\n(Get-ScpUpdate KB30385346).State',
			remarks: 'With -NoWait the cmdlet returns while the prerequisite check runs; the clock moves the installation on.',
			expect: ['Checking prerequisites', 'Installed'],
		},
	],
	related: ['Get-ScpUpdate', 'Start-ScpUpdateDownload', 'Get-Site', 'Get-SiteLog'],
	async process(ctx) {
		const site = siteOf(ctx);
		const name: string = ctx.params.Name;
		const only = ctx.params.PrerequisiteCheckOnly === true;
		if (!(await ctx.shouldProcess(name, only ? 'Run the prerequisite check' : 'Install the update'))) return;
		const started = callSite(ctx, () => site.installUpdate(name, {prerequisiteOnly: only}));
		const id = started.Id;
		if (!ctx.params.NoWait) {
			const activity = `${only ? 'Checking prerequisites of' : 'Installing'} ${started.Name}`;
			const done = (): boolean => {
				const u = current(site, id);
				if (!u) return true;
				const finished = FINISHED.has(u.State) || (only && u.State === 'Prerequisite check passed');
				return finished && executiveSettled(site);
			};
			const finishedInTime = await waitForCondition(ctx, site, done, site.now + WAIT_LIMIT, () => {
				const u = current(site, id);
				if (u) ctx.host.writeProgress({activity, status: u.State, percentComplete: -1});
			});
			ctx.host.writeProgress({activity, status: 'Done', percentComplete: 100, completed: true});
			const u = current(site, id);
			if (!finishedInTime && u) ctx.writeWarning(`${u.Name} is still ${u.State}; stopped waiting. Get-ScpUpdate shows how it goes on.`);
			if (u?.State === 'Prerequisite check failed' || u?.State === 'Failed') {
				ctx.writeError({
					message: `${u.State === 'Failed' ? 'The installation' : 'The prerequisite check'} of ${u.Name} failed: ${u.LastError ?? 'see CMUpdate.log'}`,
					category: 'InvalidResult',
					id: u.State === 'Failed' ? 'UpdateInstallFailed' : 'PrerequisiteCheckFailed',
					target: u.Name,
					exceptionType: 'InvalidOperationException',
				});
			}
		}
		const u = current(site, id);
		if (ctx.params.PassThru && u) ctx.write(toPSObject('Scpsh.Update', u));
	},
};

export default def;
