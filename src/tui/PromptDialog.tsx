// A missing mandatory parameter, asked for as pwsh does:
//   cmdlet Set-ScpMode at command pipeline position 1
//   Supply values for the following parameters:
//   Mode: _
// Enter answers; Esc or Ctrl+C cancels (the command then fails as in pwsh). The exchange stays in the scrollback.

import {useRef, useState} from 'react';
import {Box, Text} from 'ink';
import type {KeyPress} from './decode-key.ts';
import {Priority} from './key-dispatcher.ts';
import {useKeyHandler} from './key-context.ts';
import {is} from './key-bindings.ts';
import * as ed from './line-editor.ts';
import type {OutputStore} from './output-store.ts';
import {theme} from './theme.ts';

export interface PromptDialogProps {
	caption: string;
	message: string;
	field: string;
	output: OutputStore;
	answer(value: string | null): void;
}

export function PromptDialog({caption, message, field, output, answer}: PromptDialogProps) {
	const ref = useRef(ed.emptyEditor);
	const [editor, setEditor] = useState(ed.emptyEditor);
	const set = (next: ed.EditorState) => {
		ref.current = next;
		setEditor(next);
	};
	const finish = (value: string | null) => {
		for (const line of [caption, message].filter(Boolean)) output.line(line);
		output.line(`${field}: ${value ?? ''}`);
		answer(value);
	};
	useKeyHandler(Priority.dialog, (k: KeyPress) => {
		const e = ref.current;
		if (k.name === 'text') set(ed.insert(e, k.text));
		else if (k.name === 'paste') set(ed.insert(e, ed.normalizePaste(k.text).replace(/\n/g, ' ')));
		else if (is('submit', k)) finish(e.value);
		else if (is('cancel', k) || is('escape', k)) finish(null);
		else if (is('backspace', k)) set(ed.backspace(e));
		else if (is('deleteForward', k)) set(ed.deleteForward(e));
		else if (is('left', k)) set(ed.left(e));
		else if (is('right', k)) set(ed.right(e));
		else if (is('home', k)) set(ed.home(e));
		else if (is('end', k)) set(ed.end(e));
		else if (is('killToStart', k)) set(ed.killToStart(e));
		else if (is('killToEnd', k)) set(ed.killToEnd(e));
		else if (is('killWordBack', k)) set(ed.killWordBack(e));
		else return k.name === 'f1' || k.name === 'f2' ? false : true;
		return true;
	});
	const {value, cursor} = editor;
	return (
		<Box flexDirection="column">
			{caption ? <Text>{caption}</Text> : null}
			{message ? <Text>{message}</Text> : null}
			<Text>
				<Text color={theme.accent}>{field}: </Text>
				{value.slice(0, cursor)}
				<Text inverse>{value[cursor] ?? ' '}</Text>
				{value.slice(cursor + 1)}
			</Text>
		</Box>
	);
}
