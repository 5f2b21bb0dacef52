// Ctrl+Space's menu: the candidates in a grid under the prompt, the selected one inverse, and its description.

import {memo} from 'react';
import {Box, Text} from 'ink';
import type {CompletionCandidate} from '../engine/completion.ts';
import {theme} from './theme.ts';

export const MENU_ROWS = 6;

/** How many candidates fit on a row of `columns` cells. */
export function menuLayout(candidates: readonly CompletionCandidate[], columns: number): {perRow: number; cell: number} {
	const cell = Math.min(40, Math.max(...candidates.map(c => c.text.length), 4) + 2);
	return {perRow: Math.max(1, Math.floor((columns - 1) / cell)), cell};
}

export const CompletionMenu = memo(function CompletionMenu({candidates, selected, columns}: {candidates: readonly CompletionCandidate[]; selected: number; columns: number}) {
	const {perRow, cell} = menuLayout(candidates, columns);
	const totalRows = Math.ceil(candidates.length / perRow);
	const selRow = Math.max(0, Math.floor(selected / perRow));
	const firstRow = Math.max(0, Math.min(selRow - MENU_ROWS + 1, totalRows - MENU_ROWS));
	const rows: CompletionCandidate[][] = [];
	for (let r = firstRow; r < Math.min(totalRows, firstRow + MENU_ROWS); r++) rows.push(candidates.slice(r * perRow, (r + 1) * perRow));
	const current = candidates[selected];
	return (
		<Box flexDirection="column">
			{rows.map((row, i) => (
				<Text key={firstRow + i} wrap="truncate">
					{row.map((c, j) => {
						const index = (firstRow + i) * perRow + j;
						const text = c.text.length > cell - 2 ? c.text.slice(0, cell - 3) + '…' : c.text;
						return (
							<Text key={index} inverse={index === selected} color={index === selected ? undefined : theme.accent}>
								{text.padEnd(cell)}
							</Text>
						);
					})}
				</Text>
			))}
			<Text color={theme.dim} wrap="truncate">
				{current?.description ? `${current.kind}: ${current.description}` : (current?.kind ?? '')}
				{totalRows > MENU_ROWS ? `  (${selected + 1}/${candidates.length})` : ''}
			</Text>
		</Box>
	);
});
