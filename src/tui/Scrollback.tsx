// Finished output in ONE always-mounted <Static>: printed once above the live region, then left to the terminal's
// own scrollback. The key changes only when the store starts a new generation (Clear-Host, Ctrl+L, the cap).

import {memo, useSyncExternalStore} from 'react';
import {Static, Text} from 'ink';
import type {OutputStore} from './output-store.ts';

export const Scrollback = memo(function Scrollback({store}: {store: OutputStore}) {
	const {items, generation} = useSyncExternalStore(store.subscribe, store.getSnapshot);
	return (
		<Static key={generation} items={items as {id: number; text: string}[]}>
			{item => <Text key={item.id}>{item.text}</Text>}
		</Static>
	);
});
