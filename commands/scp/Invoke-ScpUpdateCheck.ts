// Invoke-ScpUpdateCheck: the console's "Check for Updates". Online (effective) only; offline mode is refused
// with the site's pointer to the Service Connection Tool.

import type {CmdletDef} from '../../src/engine/command.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, scpTarget} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Invoke-ScpUpdateCheck',
	synopsis: 'Checks the Microsoft cloud service for updates now.',
	description:
		'Invoke-ScpUpdateCheck makes the service connection point check for updates now, as the console\'s Check for ' +
		'Updates does, instead of waiting for the check it makes every 24 hours in online mode. The check downloads the ' +
		'update manifest, finds the updates that apply to the site\'s version and starts downloading them; the cmdlet ' +
		'writes the updates it found new (Scpsh.Update). LastUpdateCheck and NextUpdateCheck in Get-ScpStatus move.\n\n' +
		'The check works only while SMS_DMP_DOWNLOADER runs in online mode. In offline mode (the effective mode) it is ' +
		'refused: use the Service Connection Tool (Export-ScpUsageData, Import-ScpUpdatePack). While SMS_DMP_DOWNLOADER is ' +
		'stopped the check is queued: it runs when the thread starts, and the cmdlet warns.\n\n' +
		'When the role cannot reach its endpoints the check fails: SMS_SERVICE_CONNECTOR writes status message 11488 ' +
		'(Error), dmpdownloader.log records the failure, and the cmdlet writes a ConnectionError.',
	parameters: [],
	outputs: ['Scpsh.Update'],
	supportsShouldProcess: true,
	confirmImpact: 'Low',
	examples: [
		{
			title: 'Check now',
			code: 'Invoke-ScpUpdateCheck\n(Get-ScpStatus).LastUpdateCheck -eq (Get-Date)',
			remarks: 'The last check is now; the next one is 24 hours later.',
			expect: ['True'],
		},
		{
			title: 'See a check fail',
			code:
				'Set-SimNetwork -Block go.microsoft.com\ntry { Invoke-ScpUpdateCheck -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }\n' +
				'Get-StatusMessage -MessageId 11488 | Select-Object -ExpandProperty Severity',
			remarks: 'The check cannot reach go.microsoft.com on TCP 443; SMS_SERVICE_CONNECTOR writes status message 11488.',
			expect: ['UpdateCheckFailed,Invoke-ScpUpdateCheck', 'Error'],
		},
		{
			title: 'Offline mode is refused',
			code:
				'Set-ScpMode Offline -WarningAction SilentlyContinue\nRestart-Component SMS_DMP_DOWNLOADER\n' +
				'try { Invoke-ScpUpdateCheck -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }',
			remarks: 'An offline service connection point never contacts the cloud; the error points to the Service Connection Tool.',
			expect: ['ScpOfflineRefused,Invoke-ScpUpdateCheck'],
		},
	],
	related: ['Get-ScpUpdate', 'Get-ScpStatus', 'Test-ScpConnectivity', 'Get-SiteLog', 'about_ScpModes'],
	async process(ctx) {
		const site = siteOf(ctx);
		if (!(await ctx.shouldProcess(scpTarget(site), 'Check for updates'))) return;
		const result = callSite(ctx, () => site.checkForUpdates());
		if (result.Pending) {
			ctx.writeWarning('SMS_DMP_DOWNLOADER is not running, so the check is queued: it runs when the thread starts (Start-Component -Name SMS_DMP_DOWNLOADER).');
			return;
		}
		if (!result.Succeeded) {
			ctx.writeError({
				message: `The check for updates failed: ${result.Error}. SMS_SERVICE_CONNECTOR wrote status message 11488; see dmpdownloader.log (Get-SiteLog dmpdownloader.log) and Test-ScpConnectivity.`,
				category: 'ConnectionError',
				id: 'UpdateCheckFailed',
				target: result.Error,
				exceptionType: 'WebException',
			});
			return;
		}
		if (!result.NewUpdates.length) ctx.writeVerbose('The check found no new updates for this site.');
		const found = new Set(result.NewUpdates);
		for (const u of site.getUpdates()) if (found.has(u.Name)) ctx.write(toPSObject('Scpsh.Update', u));
	},
};

export default def;
