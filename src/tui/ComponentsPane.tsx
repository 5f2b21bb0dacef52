// The Components pane: the key components first, each with its state and status; "… N more" when they do not fit.

import {memo} from 'react';
import {Box, Text} from 'ink';
import type {ComponentRowView} from './site-view.ts';
import {ComponentRow} from './ComponentRow.tsx';
import {Pane} from './Pane.tsx';
import {theme} from './theme.ts';

export const ComponentsPane = memo(function ComponentsPane({rows, list}: {rows: number; list: readonly ComponentRowView[]}) {
	const fits = list.length <= rows ? list : list.slice(0, rows - 1);
	const nameWidth = Math.min(26, Math.max(8, ...fits.map(c => c.name.length)));
	const servers = new Set(list.map(c => c.server));
	return (
		<Pane title="Components" rows={rows}>
			<Box flexDirection="column">
				{fits.map(c => (
					<ComponentRow key={c.key} name={c.name} server={c.server} state={c.state} status={c.status} nameWidth={nameWidth} showServer={servers.size > 1} />
				))}
				{fits.length < list.length ? <Text color={theme.dim}>… {list.length - fits.length} more (Get-Component)</Text> : null}
				{list.length === 0 ? <Text color={theme.dim}>no components</Text> : null}
			</Box>
		</Pane>
	);
});
