import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {escapeWildcard, hasWildcard, wildcardMatch, wildcardMatcher, wildcardToRegExp} from '../../src/engine/wildcard.ts';
import {PSError} from '../../src/engine/errors.ts';

describe('wildcards', () => {
	it('* ? and whole-string matching', () => {
		assert.equal(wildcardMatch('PowerShell', '*shell'), true);
		assert.equal(wildcardMatch('PowerShell', 'shell'), false);
		assert.equal(wildcardMatch('for', 'f??'), true);
		assert.equal(wildcardMatch('fo', 'f??'), false);
		assert.equal(wildcardMatch('', '*'), true);
		assert.equal(wildcardMatch('a\nb', 'a*b'), true);
		assert.equal(wildcardMatch('SMS_DMP_DOWNLOADER', 'sms_dmp_*'), true);
	});
	it('[abc] and [a-z] sets', () => {
		assert.equal(wildcardMatch('cat', '[bc]at'), true);
		assert.equal(wildcardMatch('rat', '[bc]at'), false);
		assert.equal(wildcardMatch('x5', 'x[0-9]'), true);
		assert.equal(wildcardMatch('a-', 'a[-]'), true);
		assert.equal(wildcardMatch('a.b', 'a[.]b'), true);
	});
	it('a backtick escapes a wildcard character', () => {
		assert.equal(wildcardMatch('f??', 'f`?`?'), true);
		assert.equal(wildcardMatch('fab', 'f`?`?'), false);
		assert.equal(wildcardMatch('a*', 'a`*'), true);
		assert.equal(wildcardMatch('a[1]', 'a`[1`]'), true);
	});
	it('is case-insensitive unless asked', () => {
		assert.equal(wildcardMatch('ABC', 'a*'), true);
		assert.equal(wildcardMatch('ABC', 'a*', true), false);
		assert.equal(wildcardMatch('ABC', 'abc'), true);
		assert.equal(wildcardMatch('ABC', 'abc', true), false);
	});
	it('regex specials in the pattern are literal', () => {
		assert.equal(wildcardMatch('a.c', 'a.c'), true);
		assert.equal(wildcardMatch('abc', 'a.c'), false);
		assert.equal(wildcardMatch('(x)+$', '(x)+$'), true);
	});
	it('an unclosed set is pwsh’s error', () => {
		assert.throws(() => wildcardMatch('a', '[a'), (e: unknown) => e instanceof PSError && e.message === 'The specified wildcard character pattern is not valid: [a');
	});
	it('hasWildcard and escapeWildcard', () => {
		assert.equal(hasWildcard('abc'), false);
		assert.equal(hasWildcard('a*'), true);
		assert.equal(hasWildcard('a`*'), false);
		assert.equal(hasWildcard('[ab]'), true);
		assert.equal(escapeWildcard('a*[b]'), 'a`*`[b`]');
		assert.equal(wildcardMatch('a*[b]', escapeWildcard('a*[b]')), true);
	});
	it('caches matchers and exposes a RegExp', () => {
		assert.equal(wildcardMatcher('x*'), wildcardMatcher('x*'));
		assert.notEqual(wildcardMatcher('x*'), wildcardMatcher('x*', true));
		assert.equal(wildcardToRegExp('a?c').test('abc'), true);
	});
});
