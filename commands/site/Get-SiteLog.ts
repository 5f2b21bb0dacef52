// Get-SiteLog: a site server log (dmpdownloader.log, hman.log, smsexec.log, ...) as lines of text in the SMS
// trace format, like Get-Content on the real file. -Wait follows it as simulated time passes.
//
// The rule for -Wait: it steps the clock from one scheduled event to the next and writes the lines each step
// adds. In the interactive shell it follows until Ctrl+C (or -Timeout); in a script, which nobody can interrupt,
// it follows for -Timeout of simulated time — one hour unless told — and returns. So a script never hangs, and
// its output is the same on every run.

import type {CmdletDef} from '../../src/engine/command.ts';
import {DAY, HOUR, type LogLine} from '../../src/site/index.ts';
import {siteOf} from '../_lib/site.ts';
import {callSite, completeLogNames, completeServerNames, completeSiteCodes, durationMs, validateDuration, waitForCondition} from '../_lib/site-cmdlet.ts';

/** How long a script follows a log when -Timeout is not given. */
const SCRIPT_FOLLOW = HOUR;
/** The interactive shell follows until Ctrl+C; this bound only keeps a jumping clock from running for ever. */
const INTERACTIVE_FOLLOW = 365 * DAY;

const def: CmdletDef = {
	name: 'Get-SiteLog',
	synopsis: 'Gets the lines of a site server log file, and can follow it as simulated time passes.',
	description:
		'Get-SiteLog gets the lines of one of the simulated site\'s log files, oldest first, as strings in the SMS trace ' +
		'format the real files use: the message, two spaces, then $$<COMPONENT><MM-DD-YYYY HH:MM:SS.mmm+000><thread=N (0xN)>. ' +
		'(The simulated clock is UTC, so the time zone bias is always +000.) CMUpdate.log lines start with INFO:, ' +
		'WARNING: or ERROR:, as in the product.\n\n' +
		'The logs: dmpdownloader.log (update checks and downloads), dmpuploader.log (usage data uploads) and ' +
		'EndpointConnectivityCheckWorker.log live on the server that hosts the service connection point; hman.log, ' +
		'smsexec.log, distmgr.log, smsbkup.log, sitecomp.log, CMUpdate.log, compsumm.log and statmgr.log on the site ' +
		'server. -ServerName or -SiteCode picks another server. Each file keeps its newest 1000 lines.\n\n' +
		'-Wait follows the log: after the existing lines it lets simulated time pass from one scheduled event to the next ' +
		'and writes each new line as it is written. In the interactive shell it follows until you press Ctrl+C (or until ' +
		'-Timeout has passed). In a script, which nobody can interrupt, it follows for -Timeout of simulated time, one ' +
		'hour unless you give one, and then returns: the clock has moved that far, and the output is the same on every run.',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			mandatory: true,
			position: 0,
			aliases: ['LogName', 'Path'],
			complete: completeLogNames,
			help: 'The log file, for example dmpdownloader.log (the .log extension may be left out).',
		},
		{
			name: 'Tail',
			type: 'int',
			aliases: ['Last'],
			validateRange: [0, 2147483647],
			help: 'Gets only the last N lines. With -Wait, -Tail 0 shows only the lines written from now on.',
		},
		{
			name: 'Wait',
			type: 'switch',
			help: 'Keeps following the log as simulated time passes, writing new lines as they come: until Ctrl+C in the interactive shell, for -Timeout in a script.',
		},
		{
			name: 'Timeout',
			type: 'string',
			validate: validateDuration,
			help: 'With -Wait: how much simulated time to follow the log for, as TimeSpan text (01:00:00, 1.00:00:00) or a short form (90m, 24h, 7d). In a script the default is one hour.',
		},
		{
			name: 'ServerName',
			type: 'string',
			aliases: ['SiteSystemServerName'],
			complete: completeServerNames,
			help: 'The server whose log to read. By default the service connection point\'s server for its logs, else the top-tier site server.',
		},
		{
			name: 'SiteCode',
			type: 'string',
			complete: completeSiteCodes,
			help: 'Reads the log on this site\'s site server (or its service connection point\'s server, for the SCP logs).',
		},
	],
	outputs: ['System.String'],
	examples: [
		{
			title: 'The last lines of the downloader\'s log',
			code: 'Invoke-ScpUpdateCheck\nGet-SiteLog -Name dmpdownloader.log -Tail 5',
			remarks: 'After a check for updates, the downloader\'s lines in the SMS trace format, as CMTrace shows them.',
			expect: ['$$<SMS_DMP_DOWNLOADER>'],
		},
		{
			title: 'See a mode change in the log',
			code: 'Set-ScpMode Offline -WarningAction SilentlyContinue\nRestart-Component SMS_DMP_DOWNLOADER\nGet-SiteLog dmpdownloader.log -Tail 3',
			remarks: 'SMS_DMP_DOWNLOADER logs the mode it runs with when it starts.',
			expect: ['Service connection point mode changed from Online to Offline.'],
		},
		{
			title: 'Follow a log through a day',
			code: 'Get-SiteLog dmpdownloader.log -Tail 0 -Wait -Timeout 1d',
			remarks:
				'Writes the lines of the next day as they come: the daily update check, and the download of what it finds. In a ' +
				'script the clock has moved a day when it returns; in the interactive shell Ctrl+C stops following.',
			expect: ['Checking for updates for site version 5.00.9132.1000'],
		},
	],
	related: ['Get-StatusMessage', 'Get-Component', 'about_SimClock'],
	async process(ctx) {
		const site = siteOf(ctx);
		const p = ctx.params;
		const where = {serverName: p.ServerName ?? null, siteCode: p.SiteCode ?? null};
		const lines: LogLine[] = callSite(ctx, () => site.getLog(p.Name, {...where, tail: p.Tail ?? null}));
		for (const l of lines) ctx.write(l.Line);
		if (!p.Wait) return;
		const all = site.getLog(p.Name, where);
		let lastSeq = all.length ? all[all.length - 1]!.Seq : -1;
		const follow = p.Timeout !== undefined && p.Timeout !== null ? durationMs(p.Timeout) : ctx.host.interactive ? INTERACTIVE_FOLLOW : SCRIPT_FOLLOW;
		await waitForCondition(ctx, site, () => false, site.now + follow, () => {
			for (const l of site.getLog(p.Name, {...where, afterSeq: lastSeq})) {
				ctx.write(l.Line);
				lastSeq = l.Seq;
			}
		});
	},
};

export default def;
