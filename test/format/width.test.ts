import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {displayWidth, fitCell, stripAnsi, truncateEnd, truncateStart, wrapText, firstLine, clip} from '../../src/format/width.ts';

describe('display width', () => {
	it('counts ASCII one cell a character', () => {
		assert.equal(displayWidth('Get-ScpStatus'), 13);
	});

	it('counts East Asian wide characters two cells', () => {
		assert.equal(displayWidth('日本語'), 6);
		assert.equal(displayWidth('ａｂ'), 4);
	});

	it('counts combining marks and ANSI sequences as nothing', () => {
		assert.equal(displayWidth('e\u0301'), 1);
		assert.equal(displayWidth('\x1b[32;1mName\x1b[0m'), 4);
		assert.equal(stripAnsi('\x1b[31;1mboom\x1b[0m'), 'boom');
	});
});

describe('truncation', () => {
	it('cuts the tail with an ellipsis', () => {
		assert.equal(truncateEnd('SMS_DMP_DOWNLOADER', 8), 'SMS_DMP…');
		assert.equal(truncateEnd('short', 8), 'short');
	});

	it('keeps the tail for right-aligned cells', () => {
		assert.equal(truncateStart('1234567890', 5), '…7890');
	});

	it('has no room for an ellipsis in one cell', () => {
		assert.equal(truncateEnd('abc', 1), 'a');
	});

	it('never splits a wide character', () => {
		assert.equal(truncateEnd('日本語', 4), '日…');
		assert.equal(displayWidth(truncateEnd('日本語', 4)), 3);
	});

	it('clips without an ellipsis', () => {
		assert.equal(clip('LongLabel', 4), 'Long');
	});

	it('shows the first line of a multi-line value with an ellipsis', () => {
		assert.equal(firstLine('one\ntwo'), 'one…');
	});
});

describe('cells', () => {
	it('pads left-aligned cells unless last', () => {
		assert.equal(fitCell('ab', 4, 'left', true), 'ab  ');
		assert.equal(fitCell('ab', 4, 'left', false), 'ab');
	});

	it('pads right-aligned cells on the left', () => {
		assert.equal(fitCell('7', 3, 'right', false), '  7');
	});

	it('centres', () => {
		assert.equal(fitCell('ab', 6, 'center', true), '  ab  ');
	});
});

describe('word wrap', () => {
	it('wraps on blanks, keeping the blank with the word', () => {
		assert.deepEqual(wrapText('the quick brown fox', 10), ['the quick ', 'brown fox']);
	});

	it('cuts a word wider than the line', () => {
		assert.deepEqual(wrapText('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
	});

	it('keeps lines that fit and honours newlines', () => {
		assert.deepEqual(wrapText('a\nb', 10), ['a', 'b']);
	});
});
