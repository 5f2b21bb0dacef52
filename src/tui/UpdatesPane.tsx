// The Updates pane.

import {memo} from 'react';
import {Box, Text} from 'ink';
import type {UpdateRowView} from './site-view.ts';
import {Pane} from './Pane.tsx';
import {UpdateRow} from './UpdateRow.tsx';
import {theme} from './theme.ts';

export const UpdatesPane = memo(function UpdatesPane({rows, list}: {rows: number; list: readonly UpdateRowView[]}) {
	const fits = list.length <= rows ? list : list.slice(0, rows - 1);
	return (
		<Pane title="Updates" rows={rows}>
			<Box flexDirection="column">
				{fits.map(u => (
					<UpdateRow key={u.key} name={u.name} state={u.state} percent={u.percent} />
				))}
				{fits.length < list.length ? <Text color={theme.dim}>… {list.length - fits.length} more (Get-ScpUpdate)</Text> : null}
				{list.length === 0 ? <Text color={theme.dim}>no updates yet</Text> : null}
			</Box>
		</Pane>
	);
});
