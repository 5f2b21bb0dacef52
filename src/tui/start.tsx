// The interactive shell's entry point, loaded by cli/main.ts with a dynamic import only when stdin and stdout are
// terminals: builds the host, runtime, live clock and history, mounts Ink once, and resolves with the exit code.

import {render} from 'ink';
import type {LaunchOptions} from '../cli/args.ts';
import {createRuntime} from '../cli/create-runtime.ts';
import {VERSION} from '../cli/version.ts';
import {complete} from '../engine/completion.ts';
import {parse} from '../language/parser.ts';
import type {ProgressRecord} from '../host/host.ts';
import {openHistoryStore} from '../store/history.ts';
import {App} from './App.tsx';
import {bannerLines} from './banner.ts';
import {DeferredHistory} from './deferred-history.ts';
import {DialogStore} from './dialog-store.ts';
import {LiveClock} from './live-clock.ts';
import {OutputStore} from './output-store.ts';
import {Shell} from './shell.ts';
import {sameDisplay} from './site-view.ts';
import type {SiteSource} from './site-view.ts';
import {ThrottledSite} from './throttled-site.ts';
import {FollowingSite} from './following-site.ts';
import {TuiHost} from './tui-host.ts';
import {ValueStore} from './value-store.ts';

const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

/** The runtime's site, when it has what the panes and the live clock need. */
function asSiteSource(site: unknown): SiteSource | null {
	const s = site as Partial<SiteSource> | null | undefined;
	return s && typeof s.snapshot === 'function' && typeof s.onChange === 'function' && typeof s.advance === 'function' ? (s as SiteSource) : null;
}

/** An unfinished statement (open brace or quote, trailing pipe) continues on a `>> ` line. */
export function isIncomplete(text: string): boolean {
	return parse(text).errors.some((e: {incomplete?: boolean}) => e.incomplete === true);
}

export async function startTui(opts: LaunchOptions): Promise<number> {
	const stdout = process.stdout;
	const output = new OutputStore();
	const dialogs = new DialogStore();
	const progress = new ValueStore<ProgressRecord | null>(null);
	// Clear-Host: bound by the live region once Ink is mounted (see use-clear-screen.ts).
	let clearScreen = () => output.clear();
	const host = new TuiHost({output, dialogs, progress, columns: () => stdout.columns || 100, onClear: () => clearScreen()});
	const rt = await createRuntime({opts, host});
	// Cmdlet modules load on first use in scripts; Tab completion wants every definition from the first key.
	await rt.loadCommands();
	// The panes and the live clock follow the runtime's site, also after Reset-SimSite replaces it.
	const site = asSiteSource(rt.site) ? new FollowingSite(rt) : null;
	const clock = new LiveClock({site});
	rt.clock = clock;
	const history = new DeferredHistory();
	if (!opts.noLogo) for (const line of bannerLines(VERSION)) output.line(line);

	let exitCode = 0;
	let leave: () => void = () => {};
	const shell = new Shell(rt, output, history, code => {
		exitCode = code;
		leave();
	});
	stdout.write(BRACKETED_PASTE_ON);
	const instance = render(
		<App
			shell={shell}
			output={output}
			dialogs={dialogs}
			progress={progress}
			site={site ? new ThrottledSite(site, 100, undefined, sameDisplay) : null}
			complete={(line, cursor) => complete(rt, line, cursor)}
			isIncomplete={isIncomplete}
			onExit={code => {
				exitCode = code;
				leave();
			}}
			bindClearScreen={clear => {
				clearScreen = clear;
			}}
			initialPanes={true}
		/>,
		// Ctrl+C belongs to the shell (cancel / clear the line); the engine never writes to the console; 60 fps
		// caps only how often a frame may be drawn, so a keystroke echoes at once.
		{exitOnCtrlC: false, patchConsole: false, maxFps: 60},
	);
	leave = () => instance.unmount();
	void history.load(openHistoryStore());
	clock.start();
	try {
		await instance.waitUntilExit();
	} finally {
		clock.stop();
		stdout.write(BRACKETED_PASTE_OFF);
	}
	return exitCode;
}
