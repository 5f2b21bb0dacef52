// The Status messages pane: the newest few, newest first.

import {memo} from 'react';
import {Box, Text} from 'ink';
import type {MessageRowView} from './site-view.ts';
import {MessageRow} from './MessageRow.tsx';
import {Pane} from './Pane.tsx';
import {theme} from './theme.ts';

export const MessagesPane = memo(function MessagesPane({rows, list}: {rows: number; list: readonly MessageRowView[]}) {
	return (
		<Pane title="Status messages" rows={rows}>
			<Box flexDirection="column">
				{list.slice(0, rows).map(m => (
					<MessageRow key={m.key} time={m.time} severity={m.severity} id={m.id} component={m.component} text={m.text} />
				))}
				{list.length === 0 ? <Text color={theme.dim}>no status messages</Text> : null}
			</Box>
		</Pane>
	);
});
