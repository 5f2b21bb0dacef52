// The dispatcher as React context, and the hook components use to take keys at their priority.

import {createContext, useContext, useEffect, useRef} from 'react';
import {KeyDispatcher} from './key-dispatcher.ts';
import type {KeyHandler} from './key-dispatcher.ts';

export const KeyDispatcherContext = createContext<KeyDispatcher>(new KeyDispatcher());

/** Registers `handler` while `active`; the latest handler is always called without re-registering. */
export function useKeyHandler(priority: number, handler: KeyHandler, active = true): void {
	const dispatcher = useContext(KeyDispatcherContext);
	const ref = useRef(handler);
	ref.current = handler;
	useEffect(() => {
		if (!active) return;
		return dispatcher.register(priority, k => ref.current(k));
	}, [dispatcher, priority, active]);
}
