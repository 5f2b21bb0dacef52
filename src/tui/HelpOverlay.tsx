// F1: every key binding, from the same table as the footer. Esc or F1 closes it.

import {memo} from 'react';
import {Box, Text} from 'ink';
import {bindings} from './key-bindings.ts';
import {theme} from './theme.ts';

export const HelpOverlay = memo(function HelpOverlay({rows}: {rows: number}) {
	const keyWidth = Math.max(...bindings.map(b => b.keys.length)) + 2;
	const shown = bindings.slice(0, Math.max(1, rows - 3));
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.accent} paddingX={1}>
			<Text bold color={theme.accent}>
				Keys (Esc or F1 closes)
			</Text>
			{shown.map(b => (
				<Text key={b.id} wrap="truncate">
					<Text color={theme.accent}>{b.keys.padEnd(keyWidth)}</Text>
					{b.help}
				</Text>
			))}
			{shown.length < bindings.length ? <Text color={theme.dim}>… make the terminal taller to see {bindings.length - shown.length} more</Text> : null}
		</Box>
	);
});

export const helpHeight = (rows: number): number => Math.min(bindings.length + 3, Math.max(4, rows));
