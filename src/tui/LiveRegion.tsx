// Everything under the scrollback that redraws: panes, progress, a dialog or the prompt, help, the footer. It
// works out how many rows each part takes so the whole stays shorter than the terminal (see layout.ts).

import {useCallback, useEffect, useState, useSyncExternalStore} from 'react';
import {Box} from 'ink';
import type {CompletionResult} from '../engine/completion.ts';
import type {ProgressRecord} from '../host/host.ts';
import type {Shell} from './shell.ts';
import type {DialogStore} from './dialog-store.ts';
import type {OutputStore} from './output-store.ts';
import type {ValueStore} from './value-store.ts';
import {useStore} from './value-store.ts';
import type {ThrottledSite} from './throttled-site.ts';
import type {PromptEffect} from './prompt-keys.ts';
import {usePrompt} from './use-prompt.ts';
import {useGlobalKeys} from './use-global-keys.ts';
import {useTerminalSize} from './use-terminal-size.ts';
import {useClearScreen} from './use-clear-screen.ts';
import type {TerminalSize} from './use-terminal-size.ts';
import {paneLayout, promptBudget} from './layout.ts';
import {menuLayout} from './CompletionMenu.tsx';
import {PromptArea, promptAreaRows} from './PromptArea.tsx';
import {DialogArea, dialogRows} from './DialogArea.tsx';
import {Panes} from './Panes.tsx';
import {ProgressLine} from './ProgressLine.tsx';
import {HelpOverlay, helpHeight} from './HelpOverlay.tsx';
import {Footer} from './Footer.tsx';

export interface LiveRegionProps {
	shell: Shell;
	output: OutputStore;
	dialogs: DialogStore;
	progress: ValueStore<ProgressRecord | null>;
	site: ThrottledSite | null;
	complete(line: string, cursor: number): CompletionResult;
	isIncomplete(text: string): boolean;
	onExit(code: number): void;
	/** Told after Ctrl+L cleared the screen. */
	onClearScreen?(): void;
	/** Receives the function that clears the screen, for the host's Clear-Host. */
	bindClearScreen?(clear: () => void): void;
	initialPanes: boolean;
	fallbackSize?: TerminalSize;
}

export function LiveRegion(props: LiveRegionProps) {
	const {shell, output, dialogs, progress, site} = props;
	const {busy, location} = useStore(shell.state);
	const dialog = useStore(dialogs);
	const progressRecord = useStore(progress);
	const history = useSyncExternalStore(shell.state.subscribe, () => shell.history.entries());
	const {columns, rows} = useTerminalSize(props.fallbackSize);
	const {panes, help} = useGlobalKeys({busy, onCancel: () => shell.cancel(), initialPanes: props.initialPanes});
	const clearScreen = useClearScreen(output);
	// The first frame is the prompt alone; the panes (most of the layout work) follow a moment later, so the
	// prompt shows as soon as a bare Ink program's would.
	const [panesReady, setPanesReady] = useState(false);
	useEffect(() => {
		const t = setImmediate(() => setPanesReady(true));
		return () => clearImmediate(t);
	}, []);
	// Clear-Host, from the engine's host, clears the same way.
	useEffect(() => props.bindClearScreen?.(clearScreen), [clearScreen, props.bindClearScreen]);

	const onEffect = useCallback(
		(effect: PromptEffect) => {
			if (effect.kind === 'submit') void shell.submit(effect.text);
			else if (effect.kind === 'exit') props.onExit(0);
			else if (effect.kind === 'clearScreen') {
				clearScreen();
				props.onClearScreen?.();
			} else if (effect.kind === 'cancelLine') shell.echo(effect.text, '\x1b[90m^C\x1b[39m');
		},
		[shell, clearScreen, props.onExit, props.onClearScreen],
	);
	const promptActive = !busy && dialog === null;
	const env = {
		history,
		complete: props.complete,
		isIncomplete: props.isIncomplete,
		menuColumns: 1,
	};
	const state = usePrompt(env, onEffect, promptActive);
	if (state.cycle?.menu) env.menuColumns = menuLayout(state.cycle.result.candidates, columns).perRow;

	const footerRows = 1;
	const maxPromptLines = promptBudget(rows, footerRows + 2);
	const promptRows = promptActive ? promptAreaRows(state, location, history, columns, maxPromptLines) : 0;
	const helpRows = help ? helpHeight(rows - footerRows - promptRows - 2) : 0;
	const reserved = footerRows + promptRows + dialogRows(dialog) + (progressRecord ? 1 : 0) + helpRows;
	const layout = paneLayout(rows, columns, reserved, panes && panesReady && site !== null && !help);
	const hiddenBecause = !panes ? 'user' : !layout.show && site && !help && panesReady ? 'small' : null;

	return (
		<Box flexDirection="column" width={columns}>
			{layout.show && site ? <Panes site={site} layout={layout} /> : null}
			{help ? <HelpOverlay rows={helpRows} /> : null}
			{progressRecord ? <ProgressLine record={progressRecord} /> : null}
			{dialog ? <DialogArea dialog={dialog} output={output} onCancel={() => shell.cancel()} /> : null}
			{promptActive ? <PromptArea state={state} location={location} history={history} columns={columns} maxLines={maxPromptLines} /> : null}
			<Footer busy={busy} panesHidden={hiddenBecause} />
		</Box>
	);
}
