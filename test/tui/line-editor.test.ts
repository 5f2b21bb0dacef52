import {test} from 'node:test';
import assert from 'node:assert/strict';
import * as ed from '../../src/tui/line-editor.ts';

const at = (value: string, cursor = value.length) => ed.editorAt(value, cursor);

test('insert, move, delete', () => {
	let s = ed.insert(ed.emptyEditor, 'Get-Scp');
	assert.deepEqual(s, {value: 'Get-Scp', cursor: 7});
	s = ed.left(ed.left(s));
	s = ed.insert(s, 'X');
	assert.deepEqual(s, {value: 'Get-SXcp', cursor: 6});
	s = ed.backspace(s);
	assert.deepEqual(s, {value: 'Get-Scp', cursor: 5});
	s = ed.deleteForward(s);
	assert.deepEqual(s, {value: 'Get-Sp', cursor: 5});
	assert.deepEqual(ed.home(s).cursor, 0);
	assert.deepEqual(ed.end(ed.home(s)).cursor, 6);
	assert.deepEqual(ed.backspace(at('ab', 0)), at('ab', 0));
	assert.deepEqual(ed.deleteForward(at('ab')), at('ab'));
	assert.equal(ed.right(at('ab')).cursor, 2);
	assert.equal(ed.left(at('ab', 0)).cursor, 0);
});

test('kills: Ctrl+K, Ctrl+U, Ctrl+W', () => {
	assert.deepEqual(ed.killToEnd(at('Restart-Component -Name X', 17)), {value: 'Restart-Component', cursor: 17});
	assert.deepEqual(ed.killToStart(at('Restart-Component -Name X', 18)), {value: '-Name X', cursor: 0});
	assert.deepEqual(ed.killWordBack(at('Restart-Component -Name SMS_DMP')), {value: 'Restart-Component -Name ', cursor: 24});
	assert.deepEqual(ed.killWordBack(at('a b   ')), {value: 'a ', cursor: 2});
});

test('word motion', () => {
	const s = at('Set-ScpMode -Mode Offline');
	assert.equal(ed.wordLeft(s).cursor, 18);
	assert.equal(ed.wordRight(at(s.value, 0)).cursor, 3);
});

test('graphemes move and delete as one', () => {
	const s = at('a👍🏽b');
	assert.equal(ed.left(s).cursor, s.value.length - 1);
	const beforeB = ed.left(s);
	assert.equal(ed.left(beforeB).cursor, 1);
	assert.deepEqual(ed.backspace(beforeB), {value: 'ab', cursor: 1});
	assert.deepEqual(ed.deleteForward(at('名前', 0)), {value: '前', cursor: 0});
});

test('multi-line buffers: Home/End and kills act on the cursor line; Up/Down move lines', () => {
	const s = at('if ($true) {\n  Get-ScpStatus\n}', 20);
	assert.equal(ed.home(s).cursor, 13);
	assert.equal(ed.end(s).cursor, 28);
	assert.equal(ed.onFirstLine(s), false);
	assert.equal(ed.onLastLine(s), false);
	assert.equal(ed.lineUpDown(s, -1).cursor, 7);
	assert.equal(ed.lineUpDown(s, 1).cursor, 30);
	assert.deepEqual(ed.killToEnd(at('ab\ncd', 1)), {value: 'a\ncd', cursor: 1});
});

test('pastes are normalized', () => {
	assert.equal(ed.normalizePaste('a\r\nb\rc\n\n'), 'a\nb\nc');
	assert.equal(ed.normalizePaste('x\ty\x1b'), 'x    y');
});
