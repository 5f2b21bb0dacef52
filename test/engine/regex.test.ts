import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
	PSRegex, RegexSyntaxError, compileRegex, escapeRegex, execAt, matchesTable, regexErrorDetail, regexOptionFlags, replaceAll,
	splitRegex, unescapeRegex,
} from '../../src/engine/regex.ts';

const test = (pattern: string, input: string, flags = ''): boolean => execAt(compileRegex(pattern, flags), input) !== null;

function syntaxError(pattern: string): RegexSyntaxError {
	try {
		compileRegex(pattern);
	} catch (error) {
		if (error instanceof RegexSyntaxError) return error;
		throw error;
	}
	throw new assert.AssertionError({message: `expected ${pattern} to be refused`});
}

describe('.NET regex on JS', () => {
	it('$ matches before a final newline; \\z does not; \\A and \\Z', () => {
		assert.equal(test('c$', 'abc\n'), true);
		assert.equal(test('c$', 'abc\nx'), false);
		assert.equal(test('abc\\z', 'abc\n'), false);
		assert.equal(test('abc\\Z', 'abc\n'), true);
		assert.equal(test('\\Aabc', 'abc'), true);
		assert.equal(test('\\Ab', 'a\nb', 'm'), false);
	});
	it('. matches everything but \\n (unless Singleline)', () => {
		assert.equal(test('a.b', 'a\rb'), true);
		assert.equal(test('a.b', 'a\nb'), false);
		assert.equal(test('a.b', 'a\nb', 's'), true);
	});
	it('Multiline ^ and $ work at \\n only', () => {
		assert.deepEqual(splitRegex(compileRegex('^', 'm'), 'a\nb'), ['', 'a\n', 'b']);
		assert.equal(test('^b$', 'a\nb\nc', 'm'), true);
		assert.equal(test('^b$', 'a\rb\rc', 'm'), false);
	});
	it('inline options at the start become flags', () => {
		assert.equal(test('(?i)abc', 'ABC'), true);
		assert.equal(test('(?x) a b # comment\n c', 'abc'), true);
		assert.equal(test('(?s)a.b', 'a\nb'), true);
		assert.equal(test('(?i)a(?i:b)', 'AB'), true);
	});
	it('\\w is Unicode; classes next to a dash keep the dash literal', () => {
		assert.equal(test('^\\w+$', 'José'), true);
		assert.equal(test('^[\\w-.]+$', 'a-b.c'), true);
		assert.equal(test('^[\\d-]+$', '1-2'), true);
		assert.equal(test('\\W', 'é'), false);
	});
	it('braces that are not quantifiers, ] first in a class, identity escapes', () => {
		assert.equal(test('^a{b}$', 'a{b}'), true);
		assert.equal(test('^a{2}$', 'aa'), true);
		assert.equal(test('x{,2}', 'x{,2}'), true);
		assert.equal(test('[]a]', ']'), true);
		assert.equal(test('\\:\\@\\#', ':@#'), true);
		assert.equal(test('\\x41\\u0042\\101', 'ABA'), true);
	});
	it('atomic groups do not give back', () => {
		assert.equal(test('(?>a+)b', 'aaab'), true);
		assert.equal(test('^(?>a+)a$', 'aaa'), false);
	});
	it('groups are numbered as in .NET: unnamed first, then named', () => {
		const compiled = compileRegex('(?<n>a)(b)(c)');
		assert.deepEqual(compiled.groups.map(g => g.name ?? g.number), [0, 1, 2, 'n']);
		const found = execAt(compiled, 'abc')!;
		assert.deepEqual(matchesTable(compiled, found).entries(), [[0, 'abc'], [1, 'b'], [2, 'c'], ['n', 'a']]);
		assert.equal(test('(?<a>x)(y)\\1', 'xyy'), true);
		assert.equal(test('(?<a>x)(y)\\2', 'xyx'), true);
		assert.equal(test("(?'q'x)\\k'q'", 'xx'), true);
		assert.equal(test('(?n)(a)(b)', 'ab') && compileRegex('(?n)(a)(?<x>b)').groups.length, 2);
	});
	it('refuses what .NET refuses, with .NET’s wording', () => {
		assert.equal(syntaxError('[').detail, 'Unterminated [] set.');
		assert.equal(syntaxError('(a').detail, "Not enough )'s.");
		assert.equal(syntaxError('a)').detail, "Too many )'s.");
		assert.equal(syntaxError('*a').detail, "Quantifier '*' following nothing.");
		assert.equal(syntaxError('\\q').detail, 'Unrecognized escape sequence \\q.');
		assert.equal(syntaxError('(a)\\2').detail, 'Reference to undefined group number 2.');
		assert.equal(regexErrorDetail('[', syntaxError('[')), "Invalid pattern '[' at offset 1. Unterminated [] set.");
	});
	it('refuses constructs it cannot honour instead of matching differently', () => {
		assert.match(syntaxError('\\Ga').detail, /not supported/);
		assert.match(syntaxError('(?(x)a|b)').detail, /not supported/);
		assert.match(syntaxError('[a-z-[aeiou]]').detail, /not supported/);
		assert.match(syntaxError('a(?i)b').detail, /start of the pattern/);
	});
	it('replacement: $n, ${name}, $$, $&, $`, $\', $+, $_, longest valid group number', () => {
		const compiled = compileRegex('(\\w+) (?<last>\\w+)');
		assert.equal(replaceAll(compiled, 'John Smith', '${last}, $1'), 'Smith, John');
		assert.equal(replaceAll(compileRegex('b'), 'abc', '[$`|$\'|$&|$_]'), 'a[a|c|b|abc]c');
		assert.equal(replaceAll(compileRegex('(a)(b)'), 'ab', '$+'), 'b');
		assert.equal(replaceAll(compileRegex('(a)'), 'a', '$10'), 'a0');
		assert.equal(replaceAll(compileRegex('(a)'), 'a', '$2'), '$2');
		assert.equal(replaceAll(compileRegex('(a)'), 'a', '${nope}'), '${nope}');
		assert.equal(replaceAll(compileRegex('x*'), 'abc', '-'), '-a-b-c-');
	});
	it('split: captures included, counts, right-to-left, empty matches', () => {
		assert.deepEqual(splitRegex(compileRegex('(:)'), 'a:b'), ['a', ':', 'b']);
		assert.deepEqual(splitRegex(compileRegex(','), 'a,b,c', 2), ['a', 'b,c']);
		assert.deepEqual(splitRegex(compileRegex(','), 'a,b,c', -2), ['a,b', 'c']);
		assert.deepEqual(splitRegex(compileRegex(','), 'a,b,c', 1), ['a,b,c']);
		assert.deepEqual(splitRegex(compileRegex(''), 'ab'), ['', 'a', 'b', '']);
		assert.deepEqual(splitRegex(compileRegex('(a)|(b)'), 'xaybz'), ['x', 'a', 'y', 'b', 'z']);
	});
	it('Escape, Unescape, options, the cache, PSRegex', () => {
		assert.equal(escapeRegex('a.b*c d#'), 'a\\.b\\*c\\ d\\#');
		assert.equal(unescapeRegex('a\\.b\\n'), 'a.b\n');
		assert.equal(regexOptionFlags('IgnoreCase, Multiline'), 'im');
		assert.equal(regexOptionFlags(1 | 16), 'is');
		assert.equal(compileRegex('abc'), compileRegex('abc'));
		assert.notEqual(compileRegex('abc'), compileRegex('abc', 'i'));
		const regex = new PSRegex('x', 'i');
		assert.equal(regex.options, 'IgnoreCase');
		assert.equal(String(regex), 'x');
	});
});
