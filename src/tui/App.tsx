// The TUI's root: the key dispatcher, the scrollback, and the live region under it.

import {useMemo} from 'react';
import {Box} from 'ink';
import {KeyDispatcher} from './key-dispatcher.ts';
import {KeyDispatcherContext} from './key-context.ts';
import {KeyInput} from './KeyInput.tsx';
import {Scrollback} from './Scrollback.tsx';
import {LiveRegion} from './LiveRegion.tsx';
import type {LiveRegionProps} from './LiveRegion.tsx';

export type AppProps = LiveRegionProps & {dispatcher?: KeyDispatcher};

export function App({dispatcher, ...props}: AppProps) {
	const keys = useMemo(() => dispatcher ?? new KeyDispatcher(), [dispatcher]);
	return (
		<KeyDispatcherContext.Provider value={keys}>
			<KeyInput dispatcher={keys} />
			<Box flexDirection="column">
				<Scrollback store={props.output} />
				<LiveRegion {...props} />
			</Box>
		</KeyDispatcherContext.Provider>
	);
}
