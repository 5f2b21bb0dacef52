// -Confirm's question, as pwsh asks it:
//   Confirm
//   Are you sure you want to perform this action?
//   Performing the operation "Set-ScpMode" on target "PS1".
//   [Y] Yes  [A] Yes to All  [N] No  [L] No to All  (default is "Y"):
// Y, A, N or L answers; Enter takes the default; Ctrl+C answers No to All and stops the command.

import {Box, Text} from 'ink';
import type {ConfirmChoice} from '../host/host.ts';
import type {KeyPress} from './decode-key.ts';
import {Priority} from './key-dispatcher.ts';
import {useKeyHandler} from './key-context.ts';
import {is} from './key-bindings.ts';
import type {OutputStore} from './output-store.ts';
import {theme} from './theme.ts';

export const CHOICES_LINE = '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  (default is "Y"): ';

const byLetter: Record<string, ConfirmChoice> = {y: 'Yes', a: 'YesToAll', n: 'No', l: 'NoToAll'};
const letterOf: Record<ConfirmChoice, string> = {Yes: 'Y', YesToAll: 'A', No: 'N', NoToAll: 'L'};

export interface ConfirmDialogProps {
	caption: string;
	message: string;
	output: OutputStore;
	answer(choice: ConfirmChoice): void;
	onCancel(): void;
}

export function ConfirmDialog({caption, message, output, answer, onCancel}: ConfirmDialogProps) {
	const finish = (choice: ConfirmChoice) => {
		for (const line of [caption, ...message.split('\n')].filter(Boolean)) output.line(line);
		output.line(CHOICES_LINE + letterOf[choice]);
		answer(choice);
	};
	useKeyHandler(Priority.dialog, (k: KeyPress) => {
		if (k.name === 'text' && byLetter[k.text.toLowerCase()]) finish(byLetter[k.text.toLowerCase()]!);
		else if (is('submit', k)) finish('Yes');
		else if (is('cancel', k)) {
			finish('NoToAll');
			onCancel();
		} else return k.name === 'f1' || k.name === 'f2' ? false : true;
		return true;
	});
	return (
		<Box flexDirection="column">
			<Text bold>{caption}</Text>
			{message.split('\n').map((line, i) => (
				<Text key={i}>{line}</Text>
			))}
			<Text>
				<Text color={theme.warning}>[Y] Yes</Text>
				{'  [A] Yes to All  [N] No  [L] No to All  (default is "Y"): '}
				<Text inverse> </Text>
			</Text>
		</Box>
	);
}
