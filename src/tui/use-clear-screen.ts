// Ctrl+L and Clear-Host. The clearing sequence goes through Ink's own stdout writer, which erases the live frame,
// writes the sequence and draws the frame again; writing to the terminal behind Ink's back would leave the screen
// blank, because Ink skips a frame identical to the last one it drew. The scrollback then starts a new generation.

import {useCallback} from 'react';
import {useStdout} from 'ink';
import type {OutputStore} from './output-store.ts';

export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

export function useClearScreen(output: OutputStore): () => void {
	const {write} = useStdout();
	return useCallback(() => {
		write(CLEAR_SCREEN);
		output.clear();
	}, [write, output]);
}
