import {test} from 'node:test';
import assert from 'node:assert/strict';
import {decodeInput} from '../../src/tui/decode-key.ts';
import {KeyDispatcher, Priority} from '../../src/tui/key-dispatcher.ts';
import {bindingFor, bindings, footerItems} from '../../src/tui/key-bindings.ts';
import type {KeyPress} from '../../src/tui/decode-key.ts';

const names = (raw: string) => decodeInput(raw).map(k => (k.name === 'text' ? `text:${k.text}` : `${k.ctrl ? 'C-' : ''}${k.meta ? 'M-' : ''}${k.shift ? 'S-' : ''}${k.name}`));

test('decodes text, controls and escape sequences', () => {
	assert.deepEqual(names('abc'), ['text:abc']);
	assert.deepEqual(names('\r'), ['return']);
	assert.deepEqual(names('\x7f'), ['backspace'], 'DEL is Backspace, unlike ink 6');
	assert.deepEqual(names('\x1b[3~'), ['delete']);
	assert.deepEqual(names('\x01'), ['C-a']);
	assert.deepEqual(names('\x00'), ['C-space']);
	assert.deepEqual(names('\x1b[A'), ['up']);
	assert.deepEqual(names('\x1bOP'), ['f1']);
	assert.deepEqual(names('\x1bOQ'), ['f2']);
	assert.deepEqual(names('\x1b[12~'), ['f2']);
	assert.deepEqual(names('\x1b[Z'), ['S-tab']);
	assert.deepEqual(names('\x1b[1;5D'), ['C-left']);
	assert.deepEqual(names('\x1b[H'), ['home']);
	assert.deepEqual(names('\x1b[4~'), ['end']);
	assert.deepEqual(names('\x1bb'), ['M-b']);
	assert.deepEqual(names('\x1b\x7f'), ['M-backspace']);
	assert.deepEqual(names('\x1b'), ['escape']);
	assert.deepEqual(names('\x1b\x15'), ['escape', 'C-u'], 'Esc then Ctrl+U read together');
});

test('a burst of typed keys keeps its Enter', () => {
	assert.deepEqual(names('Get-ScpStatus\r'), ['text:Get-ScpStatus', 'return']);
	assert.deepEqual(names('a\r\nb'), ['text:a', 'return', 'text:b']);
	assert.deepEqual(names('ab\tc'), ['text:ab', 'tab', 'text:c']);
});

test('the dispatcher gives a key to the highest priority that takes it', () => {
	const d = new KeyDispatcher();
	const seen: string[] = [];
	d.register(Priority.panes, k => (seen.push(`panes:${k.name}`), true));
	const off = d.register(Priority.dialog, k => (seen.push(`dialog:${k.name}`), k.name === 'return'));
	d.register(Priority.prompt, k => (seen.push(`prompt:${k.name}`), k.name === 'text'));
	d.feed('\r');
	d.feed('x');
	d.feed('\x1bOQ');
	assert.deepEqual(seen, ['dialog:return', 'dialog:text', 'prompt:text', 'dialog:f2', 'prompt:f2', 'panes:f2']);
	off();
	seen.length = 0;
	d.feed('\r');
	assert.deepEqual(seen, ['prompt:return', 'panes:return']);
});

test('a bracketed paste arrives as one key, newlines and all', () => {
	const d = new KeyDispatcher();
	const got: KeyPress[] = [];
	d.register(1, k => (got.push(k), true));
	d.feed('\x1b[200~');
	d.feed('Get-ScpStatus\rSet-ScpMode Offline\r');
	d.feed('\x1b[201~');
	assert.equal(got.length, 1);
	assert.equal(got[0]!.name, 'paste');
	assert.equal(got[0]!.text, 'Get-ScpStatus\rSet-ScpMode Offline\r');
});

test('one binding table drives the footer and help', () => {
	assert.ok(footerItems().includes('Tab complete'));
	assert.ok(footerItems().includes('F2 panes'));
	assert.equal(new Set(bindings.map(b => b.id)).size, bindings.length);
	assert.equal(bindingFor(decodeInput('\x12')[0]!), 'reverseSearch');
	assert.equal(bindingFor(decodeInput('\x17')[0]!), 'killWordBack');
	assert.equal(bindingFor(decodeInput('\x1bOP')[0]!), 'help');
});
