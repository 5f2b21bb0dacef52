// What each key does at the prompt: one pure reducer over the line, the history position, a completion cycle or
// menu, and a reverse search. It returns the new state, an effect for the shell to carry out (run the line,
// leave, clear the screen) and whether it used the key; keys it does not use fall through to the panes.

import type {CompletionResult} from '../engine/completion.ts';
import type {KeyPress} from './decode-key.ts';
import {is} from './key-bindings.ts';
import * as ed from './line-editor.ts';
import type {EditorState} from './line-editor.ts';
import {composing, following, previous} from './history-navigator.ts';
import type {HistoryNav} from './history-navigator.ts';
import {matchText, searchOlder, setQuery, startSearch} from './reverse-search.ts';
import type {SearchState} from './reverse-search.ts';
import {applyCandidate, step} from './completion-cycle.ts';
import type {CompletionCycle} from './completion-cycle.ts';

export interface PromptState {
	editor: EditorState;
	nav: HistoryNav;
	cycle: CompletionCycle | null;
	search: SearchState | null;
}

export const initialPrompt: PromptState = {editor: ed.emptyEditor, nav: composing, cycle: null, search: null};

export interface PromptEnv {
	/** Oldest first. */
	history: readonly string[];
	complete(line: string, cursor: number): CompletionResult;
	/** The text is an unfinished statement (open brace or quote, trailing pipe): Enter continues it. */
	isIncomplete(text: string): boolean;
	/** Candidates per row of the Ctrl+Space menu, so Up/Down move a row (see CompletionMenu). */
	menuColumns?: number;
}

export type PromptEffect = {kind: 'submit'; text: string} | {kind: 'exit'} | {kind: 'clearScreen'} | {kind: 'cancelLine'; text: string};

export interface PromptOutcome {
	state: PromptState;
	effect?: PromptEffect;
	handled: boolean;
}

const done = (state: PromptState, effect?: PromptEffect): PromptOutcome => ({state, effect, handled: true});

export function promptKey(state: PromptState, k: KeyPress, env: PromptEnv): PromptOutcome {
	if (state.search) {
		const out = searchKey(state, state.search, k, env);
		if (out) return out;
		// Any other key accepts the match into the line and then acts on it, as in PSReadLine.
		state = {...state, search: null, editor: ed.editorAt(matchText(env.history, state.search) || state.search.original)};
	}
	if (state.cycle) {
		const out = cycleKey(state, state.cycle, k, env);
		if (out) return out;
		state = {...state, cycle: null};
	}
	return editKey(state, k, env);
}

function searchKey(state: PromptState, s: SearchState, k: KeyPress, env: PromptEnv): PromptOutcome | undefined {
	const h = env.history;
	if (k.name === 'text' || k.name === 'paste') return done({...state, search: setQuery(h, s, s.query + k.text.replace(/\n/g, ' '))});
	if (is('backspace', k)) return done({...state, search: setQuery(h, s, s.query.slice(0, -1))});
	if (is('reverseSearch', k)) return done({...state, search: searchOlder(h, s)});
	if (is('escape', k) || (k.ctrl && k.name === 'g')) return done({...state, search: null, editor: ed.editorAt(s.original)});
	if (is('cancel', k)) return done({...initialPrompt}, s.original ? {kind: 'cancelLine', text: s.original} : undefined);
	if (is('submit', k)) {
		const text = matchText(h, s) || s.original;
		return submit({...state, search: null, editor: ed.editorAt(text)}, env);
	}
	return undefined;
}

function cycleKey(state: PromptState, c: CompletionCycle, k: KeyPress, env: PromptEnv): PromptOutcome | undefined {
	const columns = env.menuColumns ?? 1;
	const move = (by: number): PromptOutcome => {
		const next = step(c, by);
		return done({...state, cycle: next, editor: applyCandidate(next, next.index)});
	};
	if (is('escape', k)) return done({...state, cycle: null, editor: c.original});
	if (is('complete', k)) return move(1);
	if (is('completePrevious', k)) return move(-1);
	if (is('menuComplete', k)) return done({...state, cycle: {...c, menu: true}});
	if (c.menu) {
		if (k.name === 'right' || k.name === 'down') return move(k.name === 'down' ? columns : 1);
		if (k.name === 'left' || k.name === 'up') return move(k.name === 'up' ? -columns : -1);
		// Enter takes the selection without running the line (PSReadLine's MenuComplete).
		if (is('submit', k)) return done({...state, cycle: null});
	}
	return undefined;
}

function startCompletion(state: PromptState, env: PromptEnv, dir: 1 | -1, menu: boolean): PromptOutcome {
	const {value, cursor} = state.editor;
	let result = env.complete(value, cursor);
	if (!menu) {
		// Tab cycles through what starts with the typed word, as PSReadLine does; the fuzzy matches the engine adds
		// after those are for when nothing starts with it (and for the menu, which shows them all).
		const typed = value.slice(result.replaceStart, cursor).toLowerCase();
		const prefixed = result.candidates.filter(c => c.text.toLowerCase().startsWith(typed));
		if (prefixed.length > 0) result = {...result, candidates: prefixed};
	}
	const n = result.candidates.length;
	if (n === 0) return done(state);
	const cycle: CompletionCycle = {result, original: state.editor, index: dir > 0 ? 0 : n - 1, menu};
	if (n === 1) return done({...state, cycle: null, editor: applyCandidate(cycle, 0)});
	return done({...state, cycle, editor: applyCandidate(cycle, cycle.index)});
}

function submit(state: PromptState, env: PromptEnv): PromptOutcome {
	const text = state.editor.value;
	if (text.trim() !== '' && env.isIncomplete(text)) {
		return done({...state, editor: ed.insert(ed.editorAt(text), '\n')});
	}
	return done({...initialPrompt}, {kind: 'submit', text});
}

function editKey(state: PromptState, k: KeyPress, env: PromptEnv): PromptOutcome {
	const e = state.editor;
	const edit = (next: EditorState): PromptOutcome => done({...state, editor: next});
	if (k.name === 'text') return edit(ed.insert(e, k.text));
	if (k.name === 'paste') return edit(ed.insert(e, ed.normalizePaste(k.text)));
	if (is('submit', k)) return submit(state, env);
	if (is('complete', k)) return startCompletion(state, env, 1, false);
	if (is('completePrevious', k)) return startCompletion(state, env, -1, false);
	if (is('menuComplete', k)) return startCompletion(state, env, 1, true);
	if (is('historyPrevious', k)) {
		if (!ed.onFirstLine(e)) return edit(ed.lineUpDown(e, -1));
		const r = previous(state.nav, env.history, e.value);
		return r ? done({...state, nav: r.nav, editor: ed.editorAt(r.value)}) : done(state);
	}
	if (is('historyNext', k)) {
		if (!ed.onLastLine(e)) return edit(ed.lineUpDown(e, 1));
		const r = following(state.nav, env.history);
		return r ? done({...state, nav: r.nav, editor: ed.editorAt(r.value)}) : done(state);
	}
	if (is('reverseSearch', k)) return done({...state, search: startSearch(env.history, e.value)});
	if (is('cancel', k)) return done({...initialPrompt}, e.value ? {kind: 'cancelLine', text: e.value} : undefined);
	if (is('exit', k)) return e.value === '' ? done(state, {kind: 'exit'}) : edit(ed.deleteForward(e));
	if (is('clearScreen', k)) return done(state, {kind: 'clearScreen'});
	if (is('left', k)) return edit(ed.left(e));
	if (is('right', k)) return edit(ed.right(e));
	if (is('wordLeft', k)) return edit(ed.wordLeft(e));
	if (is('wordRight', k)) return edit(ed.wordRight(e));
	if (is('home', k)) return edit(ed.home(e));
	if (is('end', k)) return edit(ed.end(e));
	if (is('killWordBack', k)) return edit(ed.killWordBack(e));
	if (is('backspace', k)) return edit(ed.backspace(e));
	if (is('deleteForward', k)) return edit(ed.deleteForward(e));
	if (is('killToEnd', k)) return edit(ed.killToEnd(e));
	if (is('killToStart', k)) return edit(ed.killToStart(e));
	return {state, handled: false};
}
