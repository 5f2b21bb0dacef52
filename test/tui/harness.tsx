// Mounts the whole TUI with ink-testing-library over fakes: a session whose `run` the test controls, a FakeSite,
// an in-memory history. Waits are real but short (ink-testing-library drops input written before Ink listens).

import {render} from 'ink-testing-library';
import {App} from '../../src/tui/App.tsx';
import {OutputStore} from '../../src/tui/output-store.ts';
import {DialogStore} from '../../src/tui/dialog-store.ts';
import {ValueStore} from '../../src/tui/value-store.ts';
import {Shell} from '../../src/tui/shell.ts';
import type {ShellSession} from '../../src/tui/shell.ts';
import {ThrottledSite} from '../../src/tui/throttled-site.ts';
import {HistoryStore} from '../../src/store/history.ts';
import {complete} from '../../src/engine/completion.ts';
import {completionSession} from './harness-session.ts';
import type {ProgressRecord} from '../../src/host/host.ts';
import {stripAnsi} from '../../src/format/width.ts';
import {FakeSite} from './fake-site.ts';
import {sameDisplay} from '../../src/tui/site-view.ts';

export const keys = {
	enter: '\r',
	up: '\x1b[A',
	down: '\x1b[B',
	right: '\x1b[C',
	left: '\x1b[D',
	home: '\x1b[H',
	end: '\x1b[F',
	backspace: '\x7f',
	delete: '\x1b[3~',
	tab: '\t',
	shiftTab: '\x1b[Z',
	escape: '\x1b',
	ctrlA: '\x01',
	ctrlC: '\x03',
	ctrlD: '\x04',
	ctrlE: '\x05',
	ctrlK: '\x0b',
	ctrlL: '\x0c',
	ctrlR: '\x12',
	ctrlU: '\x15',
	ctrlW: '\x17',
	ctrlSpace: '\x00',
	f1: '\x1bOP',
	f2: '\x1bOQ',
	pasteStart: '\x1b[200~',
	pasteEnd: '\x1b[201~',
};

export const tick = (ms = 30) => new Promise(r => setTimeout(r, ms));

export interface Harness {
	stdin: {write(s: string): void};
	frame(): string;
	type(s: string): Promise<void>;
	ran: string[];
	exits: number[];
	clears: number;
	output: OutputStore;
	dialogs: DialogStore;
	progress: ValueStore<ProgressRecord | null>;
	site: FakeSite;
	history: HistoryStore;
	shell: Shell;
	unmount(): void;
	/** Set by the test: what `run` does. */
	runImpl: (text: string, signal: AbortSignal) => Promise<{exitCode?: number}>;
}

export async function mount(opts: {rows?: number; columns?: number; history?: string[]; site?: boolean; panes?: boolean} = {}): Promise<Harness> {
	const output = new OutputStore();
	const dialogs = new DialogStore();
	const progress = new ValueStore<ProgressRecord | null>(null);
	const site = new FakeSite();
	const data: Record<string, unknown> = {entries: opts.history ?? []};
	const history = new HistoryStore({get: k => data[k], set: (k, v) => void (data[k] = v)});
	const h = {ran: [] as string[], exits: [] as number[], clears: 0} as Harness;
	h.runImpl = async text => (text.trim() === 'exit' ? {exitCode: 0} : {});
	const session: ShellSession = {
		location: 'PS1:\\',
		history: [],
		run: (text, o) => {
			h.ran.push(text);
			return h.runImpl(text, o.signal);
		},
	};
	const shell = new Shell(session, output, history, code => h.exits.push(code));
	const r = render(
		<App
			shell={shell}
			output={output}
			dialogs={dialogs}
			progress={progress}
			site={opts.site === false ? null : new ThrottledSite(site, 0, undefined, sameDisplay)}
			complete={(line, cursor) => complete(completionSession, line, cursor)}
			isIncomplete={text => /[{(|]\s*$/.test(text) || (text.split("'").length - 1) % 2 === 1}
			onExit={code => h.exits.push(code)}
			onClearScreen={() => h.clears++}
			initialPanes={opts.panes ?? true}
			fallbackSize={{columns: opts.columns ?? 100, rows: opts.rows ?? 40}}
		/>,
	);
	Object.assign(h, {
		stdin: r.stdin,
		frame: () => stripAnsi(r.lastFrame() ?? ''),
		type: async (s: string) => {
			r.stdin.write(s);
			await tick();
		},
		output,
		dialogs,
		progress,
		site,
		history,
		shell,
		unmount: () => r.unmount(),
	});
	await tick();
	// The panes mount one frame after the prompt (see LiveRegion); wait until they listen to the site, so a test's
	// first change is not made before anyone is watching.
	if (opts.site !== false && opts.panes !== false && (opts.rows ?? 40) >= 20) {
		for (let i = 0; i < 100 && site.listenerCount === 0; i++) await tick(10);
	}
	return h;
}

/** The last line of the frame that holds the prompt. */
export const promptLine = (frame: string): string => frame.split('\n').reverse().find(l => l.startsWith('PS PS1:\\>')) ?? '';
