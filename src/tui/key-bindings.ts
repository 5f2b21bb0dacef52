// Every key the shell answers to, in ONE table: the handlers match keys through it, the footer shows the entries
// marked for it, and F1 help lists them all. A key not in this table does nothing but type.

import type {KeyPress} from './decode-key.ts';

export type BindingId =
	| 'submit'
	| 'complete'
	| 'completePrevious'
	| 'menuComplete'
	| 'historyPrevious'
	| 'historyNext'
	| 'reverseSearch'
	| 'cancel'
	| 'exit'
	| 'clearScreen'
	| 'left'
	| 'right'
	| 'wordLeft'
	| 'wordRight'
	| 'home'
	| 'end'
	| 'backspace'
	| 'deleteForward'
	| 'killToEnd'
	| 'killToStart'
	| 'killWordBack'
	| 'escape'
	| 'help'
	| 'togglePanes';

export interface Binding {
	id: BindingId;
	/** How the keys are written in help. */
	keys: string;
	help: string;
	/** The short label in the footer; absent = help only. */
	footer?: string;
	match(k: KeyPress): boolean;
}

const plain = (k: KeyPress) => !k.ctrl && !k.meta;
const ctrl = (k: KeyPress, name: string) => k.ctrl && !k.meta && k.name === name;

export const bindings: readonly Binding[] = [
	{id: 'submit', keys: 'Enter', help: 'Run the line (an unfinished statement continues on a >> line)', match: k => k.name === 'return' && !k.meta},
	{id: 'complete', keys: 'Tab', help: 'Complete the word; Tab again cycles', footer: 'Tab complete', match: k => k.name === 'tab' && !k.shift},
	{id: 'completePrevious', keys: 'Shift+Tab', help: 'Cycle completions backwards', match: k => k.name === 'tab' && k.shift},
	{id: 'menuComplete', keys: 'Ctrl+Space', help: 'Show the completions as a menu', footer: 'Ctrl+Space menu', match: k => ctrl(k, 'space')},
	{id: 'historyPrevious', keys: 'Up', help: 'Previous history entry (the unsent line is kept)', footer: '↑↓ history', match: k => k.name === 'up' && plain(k)},
	{id: 'historyNext', keys: 'Down', help: 'Next history entry', match: k => k.name === 'down' && plain(k)},
	{id: 'reverseSearch', keys: 'Ctrl+R', help: 'Search the history backwards', footer: 'Ctrl+R search', match: k => ctrl(k, 'r')},
	{id: 'cancel', keys: 'Ctrl+C', help: 'Stop the running command, or clear the line', footer: 'Ctrl+C cancel', match: k => ctrl(k, 'c')},
	{id: 'exit', keys: 'Ctrl+D', help: 'Leave the shell (on an empty line)', footer: 'Ctrl+D exit', match: k => ctrl(k, 'd')},
	{id: 'clearScreen', keys: 'Ctrl+L', help: 'Clear the screen', match: k => ctrl(k, 'l')},
	{id: 'left', keys: 'Left / Ctrl+B', help: 'Cursor left', match: k => (k.name === 'left' && !k.ctrl && !k.meta) || ctrl(k, 'b')},
	{id: 'right', keys: 'Right / Ctrl+F', help: 'Cursor right', match: k => (k.name === 'right' && !k.ctrl && !k.meta) || ctrl(k, 'f')},
	{id: 'wordLeft', keys: 'Ctrl+Left / Alt+B', help: 'Cursor to the previous word', match: k => (k.name === 'left' && (k.ctrl || k.meta)) || (k.meta && k.name === 'b')},
	{id: 'wordRight', keys: 'Ctrl+Right / Alt+F', help: 'Cursor to the next word', match: k => (k.name === 'right' && (k.ctrl || k.meta)) || (k.meta && k.name === 'f')},
	{id: 'home', keys: 'Home / Ctrl+A', help: 'Start of the line', match: k => k.name === 'home' || ctrl(k, 'a')},
	{id: 'end', keys: 'End / Ctrl+E', help: 'End of the line', match: k => k.name === 'end' || ctrl(k, 'e')},
	{id: 'backspace', keys: 'Backspace', help: 'Delete the character before the cursor', match: k => k.name === 'backspace' && !k.meta},
	{id: 'deleteForward', keys: 'Delete', help: 'Delete the character under the cursor', match: k => k.name === 'delete'},
	{id: 'killToEnd', keys: 'Ctrl+K', help: 'Delete to the end of the line', match: k => ctrl(k, 'k')},
	{id: 'killToStart', keys: 'Ctrl+U', help: 'Delete to the start of the line', match: k => ctrl(k, 'u')},
	{id: 'killWordBack', keys: 'Ctrl+W / Alt+Backspace', help: 'Delete the word before the cursor', match: k => ctrl(k, 'w') || (k.name === 'backspace' && k.meta)},
	{id: 'escape', keys: 'Esc', help: 'Close the menu, search or help', match: k => k.name === 'escape'},
	{id: 'help', keys: 'F1', help: 'Show or hide this help', footer: 'F1 help', match: k => k.name === 'f1'},
	{id: 'togglePanes', keys: 'F2', help: 'Show or hide the live panes', footer: 'F2 panes', match: k => k.name === 'f2'},
];

const byId = new Map(bindings.map(b => [b.id, b]));

/** Whether `k` is bound to `id`. */
export const is = (id: BindingId, k: KeyPress): boolean => byId.get(id)!.match(k);

/** The first binding `k` triggers, in table order. */
export const bindingFor = (k: KeyPress): BindingId | undefined => bindings.find(b => b.match(k))?.id;

export const footerItems = (): string[] => bindings.filter(b => b.footer).map(b => b.footer!);
