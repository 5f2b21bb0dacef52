// A bordered pane with its title in the top border and a fixed number of content rows, so the live region's
// height never depends on the data. Ink's borders cannot carry a title, so the top edge is drawn here from
// pieces, each cheap to lay out (Ink re-renders every character of the frame on each update).

import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import {theme} from './theme.ts';

export function Pane({title, rows, children}: {title: string; rows: number; children: ReactNode}) {
	return (
		<Box flexDirection="column" flexGrow={1} flexBasis={0} height={rows + 2}>
			<Box height={1}>
				<Box flexShrink={0}>
					<Text color={theme.border}>╭─</Text>
					<Text color={theme.accent} bold>{` ${title} `}</Text>
				</Box>
				{/* A box with only its top border is a rule exactly as wide as the space left. */}
				<Box flexGrow={1} flexShrink={1} height={1} borderStyle="round" borderColor={theme.border} borderBottom={false} borderLeft={false} borderRight={false} />
				<Box flexShrink={0}>
					<Text color={theme.border}>╮</Text>
				</Box>
			</Box>
			<Box flexDirection="column" borderStyle="round" borderTop={false} borderColor={theme.border} height={rows + 1} overflow="hidden" paddingX={1}>
				{children}
			</Box>
		</Box>
	);
}
