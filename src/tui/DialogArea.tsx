// Whichever question the engine is asking now, if any.

import type {Dialog} from './dialog-store.ts';
import type {OutputStore} from './output-store.ts';
import {PromptDialog} from './PromptDialog.tsx';
import {ConfirmDialog} from './ConfirmDialog.tsx';

export function DialogArea({dialog, output, onCancel}: {dialog: Dialog; output: OutputStore; onCancel(): void}) {
	if (dialog.kind === 'prompt') return <PromptDialog key={dialog.field + dialog.caption} caption={dialog.caption} message={dialog.message} field={dialog.field} output={output} answer={dialog.answer} />;
	return <ConfirmDialog caption={dialog.caption} message={dialog.message} output={output} answer={dialog.answer} onCancel={onCancel} />;
}

export const dialogRows = (dialog: Dialog | null): number => (dialog ? dialog.message.split('\n').length + 2 : 0);
