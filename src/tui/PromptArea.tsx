// The prompt and what hangs under it: the completion menu (Ctrl+Space) or the reverse-search line (Ctrl+R).

import {memo} from 'react';
import {Box} from 'ink';
import type {PromptState} from './prompt-keys.ts';
import {PromptLine} from './PromptLine.tsx';
import {CompletionMenu, MENU_ROWS} from './CompletionMenu.tsx';
import {matchText} from './reverse-search.ts';
import {promptText} from './prompt-text.ts';

interface Props {
	state: PromptState;
	location: string;
	history: readonly string[];
	columns: number;
	maxLines: number;
}

/** Terminal rows the prompt area takes (wrapped lines included). */
export function promptAreaRows(state: PromptState, location: string, history: readonly string[], columns: number, maxLines: number): number {
	const value = state.search ? matchText(history, state.search) || state.search.original : state.editor.value;
	const lines = value.split('\n');
	let rows = 0;
	lines.forEach((line, i) => {
		const width = (i === 0 ? promptText(location).length : 3) + line.length + 1;
		rows += Math.max(1, Math.ceil(width / Math.max(1, columns)));
	});
	rows = Math.min(rows, maxLines);
	if (state.search) rows += 1;
	if (state.cycle?.menu) rows += Math.min(MENU_ROWS, state.cycle.result.candidates.length) + 1;
	return rows;
}

export const PromptArea = memo(function PromptArea({state, location, history, columns, maxLines}: Props) {
	const search = state.search;
	const value = search ? matchText(history, search) || search.original : state.editor.value;
	const cursor = search ? value.length : state.editor.cursor;
	return (
		<Box flexDirection="column">
			<PromptLine location={location} value={value} cursor={cursor} maxLines={maxLines} search={search ? {query: search.query, found: search.match >= 0 && search.query !== '' ? true : search.query === ''} : null} />
			{state.cycle?.menu ? <CompletionMenu candidates={state.cycle.result.candidates} selected={state.cycle.index} columns={columns} /> : null}
		</Box>
	);
});
