// Invoke-CMSiteUpdateCheck: the console's "Check for Updates". The real cmdlet only asks the site to check; the
// simulated check happens at once, and the cmdlet warns when it could not run or failed.

import type {CmdletDef} from '../../src/engine/command.ts';
import {requireSiteDrive, wildcardParameters} from '../_lib/cm-objects.ts';
import {siteOf} from '../_lib/site.ts';
import {scpTarget, trySite} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Invoke-CMSiteUpdateCheck',
	synopsis: 'Checks the Microsoft cloud service for Configuration Manager updates now.',
	description:
		'Invoke-CMSiteUpdateCheck makes the service connection point check for updates now, as the console\'s Check for ' +
		'Updates button does, instead of waiting for the check it makes every 24 hours in online mode. Updates that apply ' +
		'to the site\'s version appear in Get-CMSiteUpdate and start downloading. Like the real cmdlet it writes no output.\n\n' +
		'In offline mode (the effective mode: what SMS_DMP_DOWNLOADER runs with) the check is refused with an error that ' +
		'points to the Service Connection Tool. Run it from a Configuration Manager drive.\n\n' +
		'Simulated: the check happens at once in the simulated site. When SMS_DMP_DOWNLOADER is stopped the check is ' +
		'queued and the cmdlet warns; when the endpoints cannot be reached it warns too, and the site records status ' +
		'message 11488 from SMS_SERVICE_CONNECTOR, as the product does (the real cmdlet returns before the check runs).',
	parameters: [...wildcardParameters],
	outputs: ['None'],
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	examples: [
		{
			title: 'Check now and list what is new',
			code: 'Step-SimClock 21d\nInvoke-CMSiteUpdateCheck\nGet-CMSiteUpdate -Fast -Name \'Configuration Manager 2503\' | Select-Object Name, StateName',
			remarks: 'Release 2503 reached the cloud during those three weeks; the check finds it and starts its download.',
			expect: ['Configuration Manager 2503'],
		},
		{
			title: 'Offline mode is refused',
			code: 'Reset-SimSite -Scenario offline -Force\nInvoke-CMSiteUpdateCheck -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId',
			remarks: 'An offline service connection point never contacts the cloud; use ServiceConnectionTool.exe.',
			expect: ['ScpOfflineRefused,Invoke-CMSiteUpdateCheck'],
		},
	],
	related: ['Get-CMSiteUpdate', 'Invoke-CMSiteUpdateDownload', 'Invoke-ScpUpdateCheck', 'ServiceConnectionTool.exe'],
	async process(ctx) {
		if (!requireSiteDrive(ctx)) return;
		const site = siteOf(ctx);
		if (!(await ctx.shouldProcess(scpTarget(site), 'Invoke-CMSiteUpdateCheck'))) return;
		const result = trySite(ctx, () => site.checkForUpdates());
		if (!result) return;
		if (result.Pending) {
			ctx.writeWarning('SMS_DMP_DOWNLOADER is not running, so the check is queued: it runs when the thread starts.');
		} else if (!result.Succeeded) {
			ctx.writeWarning(`The check for updates failed: ${result.Error}. SMS_SERVICE_CONNECTOR raised status message 11488 (Get-CMSiteStatusMessage -MessageId 11488).`);
		} else if (result.NewUpdates.length) {
			ctx.writeVerbose(`New updates: ${result.NewUpdates.join(', ')}.`);
		}
	},
};

export default def;
