// Feeds stdin to the key dispatcher. It listens to Ink's parsed input events directly (not `useInput`) so that
// function keys and pastes reach the decoder intact; raw mode is asked for only where the terminal supports it.

import {useEffect} from 'react';
import {useStdin} from 'ink';
import type {KeyDispatcher} from './key-dispatcher.ts';

export function KeyInput({dispatcher}: {dispatcher: KeyDispatcher}) {
	const {internal_eventEmitter: events, setRawMode, isRawModeSupported} = useStdin();
	useEffect(() => {
		if (!isRawModeSupported) return;
		setRawMode(true);
		return () => setRawMode(false);
	}, [isRawModeSupported, setRawMode]);
	useEffect(() => {
		const onInput = (data: string) => dispatcher.feed(data);
		events.on('input', onInput);
		return () => {
			events.off('input', onInput);
		};
	}, [events, dispatcher]);
	return null;
}
