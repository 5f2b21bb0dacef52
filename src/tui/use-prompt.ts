// The prompt's state in React: the reducer of prompt-keys.ts behind the key dispatcher. State lives in a ref as
// well as in React state, so several keys decoded from one input event each see the previous key's result.
// While the completion menu or the reverse search is open the same reducer also listens at overlay priority,
// above anything else on the prompt's level.

import {useCallback, useRef, useState} from 'react';
import type {KeyPress} from './decode-key.ts';
import {Priority} from './key-dispatcher.ts';
import {useKeyHandler} from './key-context.ts';
import {initialPrompt, promptKey} from './prompt-keys.ts';
import type {PromptEffect, PromptEnv, PromptState} from './prompt-keys.ts';

export function usePrompt(env: PromptEnv, onEffect: (effect: PromptEffect) => void, active: boolean): PromptState {
	const ref = useRef<PromptState>(initialPrompt);
	const [state, setState] = useState<PromptState>(initialPrompt);
	const envRef = useRef(env);
	envRef.current = env;
	const handle = useCallback(
		(k: KeyPress): boolean => {
			const out = promptKey(ref.current, k, envRef.current);
			if (out.state !== ref.current) {
				ref.current = out.state;
				setState(out.state);
			}
			if (out.effect) onEffect(out.effect);
			return out.handled;
		},
		[onEffect],
	);
	const overlayOpen = state.search !== null || state.cycle?.menu === true;
	useKeyHandler(Priority.overlay, handle, active && overlayOpen);
	useKeyHandler(Priority.prompt, handle, active);
	return state;
}
