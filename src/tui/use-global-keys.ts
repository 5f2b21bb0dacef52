// Keys that act whatever the prompt is doing, at the lowest priority: F1 help, F2 panes, Esc closing help, and
// Ctrl+C while a command runs (the prompt is not listening then).

import {useState} from 'react';
import type {KeyPress} from './decode-key.ts';
import {Priority} from './key-dispatcher.ts';
import {useKeyHandler} from './key-context.ts';
import {is} from './key-bindings.ts';

export function useGlobalKeys({busy, onCancel, initialPanes}: {busy: boolean; onCancel(): void; initialPanes: boolean}) {
	const [panes, setPanes] = useState(initialPanes);
	const [help, setHelp] = useState(false);
	// While running, Ctrl+C stops the command; other keys are not typed ahead.
	useKeyHandler(
		Priority.prompt,
		(k: KeyPress) => {
			if (is('cancel', k)) onCancel();
			return !(is('help', k) || is('togglePanes', k));
		},
		busy,
	);
	useKeyHandler(Priority.overlay, (k: KeyPress) => {
		if (!is('escape', k)) return false;
		setHelp(false);
		return true;
	}, help);
	useKeyHandler(Priority.panes, (k: KeyPress) => {
		if (is('help', k)) setHelp(h => !h);
		else if (is('togglePanes', k)) setPanes(p => !p);
		else return false;
		return true;
	});
	return {panes, help};
}
