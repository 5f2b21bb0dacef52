import {test} from 'node:test';
import assert from 'node:assert/strict';
import {initialPrompt, promptKey} from '../../src/tui/prompt-keys.ts';
import type {PromptEffect, PromptEnv, PromptState} from '../../src/tui/prompt-keys.ts';
import {decodeInput} from '../../src/tui/decode-key.ts';
import type {KeyPress} from '../../src/tui/decode-key.ts';
import {complete} from '../../src/engine/completion.ts';
import {completionSession} from './harness-session.ts';

const env = (history: string[] = []): PromptEnv => ({
	history,
	complete: (line, cursor) => complete(completionSession, line, cursor),
	isIncomplete: text => text.split('{').length > text.split('}').length || /\|\s*$/.test(text),
});

function run(input: (string | KeyPress)[], e = env(), from: PromptState = initialPrompt) {
	let state = from;
	const effects: PromptEffect[] = [];
	for (const item of input) {
		for (const k of typeof item === 'string' ? decodeInput(item) : [item]) {
			const out = promptKey(state, k, e);
			state = out.state;
			if (out.effect) effects.push(out.effect);
		}
	}
	return {state, effects, value: state.editor.value};
}

test('typing and Enter submits and clears', () => {
	const r = run(['Get-ScpStatus', '\r']);
	assert.deepEqual(r.effects, [{kind: 'submit', text: 'Get-ScpStatus'}]);
	assert.equal(r.value, '');
});

test('an unfinished statement continues instead of running', () => {
	const r = run(['if ($true) {', '\r', 'Get-ScpStatus', '\r', '}']);
	assert.equal(r.value, 'if ($true) {\nGet-ScpStatus\n}');
	assert.deepEqual(r.effects, []);
	assert.deepEqual(run(['\r'], env(), r.state).effects, [{kind: 'submit', text: 'if ($true) {\nGet-ScpStatus\n}'}]);
});

test('Tab completes and cycles; Shift+Tab goes back; Esc restores', () => {
	assert.equal(run(['Get-Sc', '\t']).value, 'Get-ScpStatus');
	assert.equal(run(['Get-Sc', '\t', '\t']).value, 'Get-ScpUpdate');
	assert.equal(run(['Get-Sc', '\t', '\t', '\t']).value, 'Get-ScpStatus');
	assert.equal(run(['Get-Sc', '\t', '\x1b[Z']).value, 'Get-ScpUpdate');
	assert.equal(run(['Get-Sc', '\t', '\x1b']).value, 'Get-Sc');
	// Typing after a completion keeps it and goes on.
	assert.equal(run(['Set-ScpMode -Mo', '\t', ' Of', '\t']).value, 'Set-ScpMode -Mode Offline');
	// A single candidate is applied without a cycle.
	assert.equal(run(['Set-ScpMode -Mode Of', '\t']).state.cycle, null);
	// Nothing to complete: nothing changes.
	assert.equal(run(['zzz', '\t']).value, 'zzz');
});

test('Ctrl+Space opens a menu; arrows move; Enter takes without running', () => {
	const open = run(['Get-Sc', '\x00']);
	assert.equal(open.state.cycle?.menu, true);
	assert.equal(open.value, 'Get-ScpStatus');
	const moved = run(['\x1b[C'], env(), open.state);
	assert.equal(moved.value, 'Get-ScpUpdate');
	const taken = run(['\r'], env(), moved.state);
	assert.equal(taken.state.cycle, null);
	assert.deepEqual(taken.effects, []);
	assert.equal(taken.value, 'Get-ScpUpdate');
});

test('Up/Down walk history and keep the unsent line', () => {
	const e = env(['one', 'two', 'three']);
	let r = run(['draft', '\x1b[A'], e);
	assert.equal(r.value, 'three');
	r = run(['\x1b[A', '\x1b[A', '\x1b[A'], e, r.state);
	assert.equal(r.value, 'one', 'stops at the oldest');
	r = run(['\x1b[B'], e, r.state);
	assert.equal(r.value, 'two');
	r = run(['\x1b[B', '\x1b[B'], e, r.state);
	assert.equal(r.value, 'draft');
	assert.equal(r.state.editor.cursor, 5);
	assert.equal(run(['\x1b[B'], e, r.state).value, 'draft');
});

test('Ctrl+R searches backwards; Ctrl+R again goes older; Enter runs the match; Esc restores', () => {
	const e = env(['Get-ScpStatus', 'Set-ScpMode Offline', 'Get-Component', 'Set-ScpMode Online']);
	let r = run(['typed', '\x12', 'ScpMode'], e);
	assert.equal(r.state.search?.match, 3);
	r = run(['\x12'], e, r.state);
	assert.equal(r.state.search?.match, 1);
	assert.deepEqual(run(['\r'], e, r.state).effects, [{kind: 'submit', text: 'Set-ScpMode Offline'}]);
	assert.equal(run(['\x1b'], e, r.state).value, 'typed');
	// Another key accepts the match for editing.
	const edited = run(['\x1b[D'], e, r.state);
	assert.equal(edited.state.search, null);
	assert.equal(edited.value, 'Set-ScpMode Offline');
	assert.equal(edited.state.editor.cursor, 'Set-ScpMode Offline'.length - 1);
	// Backspace shortens the query.
	assert.equal(run(['\x7f'], e, run(['\x12', 'Compx'], e).state).state.search?.match, 2);
});

test('Ctrl+C clears the line; Ctrl+D leaves on an empty line, deletes otherwise; Ctrl+L clears the screen', () => {
	const c = run(['abc', '\x03']);
	assert.equal(c.value, '');
	assert.deepEqual(c.effects, [{kind: 'cancelLine', text: 'abc'}]);
	assert.deepEqual(run(['\x03']).effects, []);
	assert.deepEqual(run(['\x04']).effects, [{kind: 'exit'}]);
	assert.equal(run(['abc', '\x01', '\x04']).value, 'bc');
	assert.deepEqual(run(['\x0c']).effects, [{kind: 'clearScreen'}]);
});

test('a paste lands whole, multi-line included, without running', () => {
	const r = run([{name: 'paste', text: 'Get-ScpStatus\r\nSet-ScpMode Offline\r\n', ctrl: false, meta: false, shift: false}]);
	assert.equal(r.value, 'Get-ScpStatus\nSet-ScpMode Offline');
	assert.deepEqual(r.effects, []);
});

test('keys the prompt does not use fall through', () => {
	const out = promptKey(initialPrompt, decodeInput('\x1bOQ')[0]!, env());
	assert.equal(out.handled, false);
});
