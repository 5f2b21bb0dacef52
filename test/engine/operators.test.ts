import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {binaryOperator, unaryOperator, equals, compare, compareStrict, range, rangeValues} from '../../src/engine/operators.ts';
import {convertTo, formatNumber, toBool, toStr} from '../../src/engine/convert.ts';
import {PSError} from '../../src/engine/errors.ts';
import {PSDateTime, PSHashtable, PSObject, PSTimeSpan} from '../../src/engine/values.ts';
import {PSType} from '../../src/engine/types.ts';
import {PSRegex} from '../../src/engine/regex.ts';

/** An operator context that records what `-match` stores in `$Matches`. */
function matches(): {ctx: {setMatches(m: PSHashtable | null): void}; last: () => PSHashtable | null | undefined} {
	let last: PSHashtable | null | undefined;
	return {ctx: {setMatches: m => void (last = m)}, last: () => last};
}

const op = (name: string, left: unknown, right: unknown): unknown => binaryOperator(name, left, right);

function error(fn: () => unknown): PSError {
	try {
		fn();
	} catch (caught) {
		if (caught instanceof PSError) return caught;
		throw caught;
	}
	throw new assert.AssertionError({message: 'expected a PSError'});
}

const table = (entries: [unknown, unknown][], ordered = false): PSHashtable => {
	const t = new PSHashtable(ordered);
	for (const [k, v] of entries) t.set(k, v);
	return t;
};

describe('conformance rows (operators called as the evaluator calls them)', () => {
	it('arith-03 "!" * 3', () => assert.equal(op('*', '!', 3), '!!!'));
	it('arith-04 7 % 2', () => assert.equal(op('%', 7, 2), 1));
	it('arith-05 3+6/3*4', () => assert.equal(op('+', 3, op('*', op('/', 6, 3), 4)), 11));
	it('arith-06 3+6/(3*4)', () => assert.equal(formatNumber(op('+', 3, op('/', 6, op('*', 3, 4))) as number), '3.5'));
	it('arith-12 $array * 2', () => assert.deepEqual(op('*', [1, 2, 3], 2), [1, 2, 3, 1, 2, 3]));
	it("arith-13 + '123'", () => assert.equal(unaryOperator('+', '123'), 123));
	it('arith-15 1 / [int]1.9', () => assert.equal(op('/', 1, convertTo(1.9, 'int')), 0.5));
	it('arith-16 $a + $b', () => assert.deepEqual(op('+', [1, 2, 3], ['A', 'B', 'C']), [1, 2, 3, 'A', 'B', 'C']));
	it('arr-03 5..8', () => assert.deepEqual(op('..', 5, 8), [5, 6, 7, 8]));
	it("arr-13 'a'..'f'", () => assert.deepEqual(op('..', 'a', 'f'), ['a', 'b', 'c', 'd', 'e', 'f']));
	it('arr-08 2..-2 (index range)', () => assert.deepEqual(op('..', 2, -2), [2, 1, 0, -1, -2]));
	it('bool-03 [int]0 is false', () => assert.equal(toBool(convertTo(0, 'int')), false));
	it("bool-04 [bool]'False'", () => assert.equal(convertTo('False', 'bool'), true));
	it('cmp-cont-03 contains with an array on the right', () => assert.equal(op('contains', ['abc', 'def', 'ghi'], ['abc', 'def']), false));
	it('cmp-cont-06 -in', () => {
		const servers = ['ContosoDC1', 'ContosoDC2', 'ContosoFileServer', 'ContosoDNS', 'ContosoDHCP', 'ContosoWSUS'];
		assert.equal(op('in', 'ContosoDC2', servers), true);
	});
	it('cmp-eq-01 2 -eq 2', () => assert.equal(op('eq', 2, 2), true));
	it("cmp-eq-03 'abc' -eq 'abc', 'def'", () => assert.equal(op('eq', 'abc', ['abc', 'def']), false));
	it("cmp-eq-04 'abc' -ne 'abc', 'def'", () => assert.equal(op('ne', 'abc', ['abc', 'def']), true));
	it("cmp-eq-06 'abc', 'def' -ne 'abc'", () => assert.deepEqual(op('ne', ['abc', 'def'], 'abc'), ['def']));
	it("cmp-eq-07 'zzz', 'def', 'zzz' -eq 'zzz'", () => assert.deepEqual(op('eq', ['zzz', 'def', 'zzz'], 'zzz'), ['zzz', 'zzz']));
	it("cmp-like-02 -notlike '*shell'", () => assert.equal(op('notlike', 'PowerShell', '*shell'), false));
	it('cmp-like-05 collection -like', () => assert.deepEqual(op('like', ['PowerShell', 'Server'], '*shell'), ['PowerShell']));
	it("cmp-like-07 'for' -like 'f??'", () => assert.equal(op('like', 'for', 'f??'), true));
	it("cmp-like-09 'f??' -like 'f`?`?'", () => assert.equal(op('like', 'f??', 'f`?`?'), true));
	it("cmp-match-01 'PowerShell' -match 'shell'", () => assert.equal(op('match', 'PowerShell', 'shell'), true));
	it("cmp-match-03 -match '^Power\\w+'", () => assert.equal(op('match', 'PowerShell', '^Power\\w+'), true));
	it('cmp-match-08 named groups in $Matches', () => {
		const m = matches();
		const result = binaryOperator('match', 'The last logged on user was CONTOSO\\jsmith', 'was (?<domain>.+)\\\\(?<user>.+)', m.ctx);
		assert.equal(result, true);
		assert.equal(m.last()?.get('domain'), 'CONTOSO');
		assert.equal(m.last()?.get('user'), 'jsmith');
		assert.equal(m.last()?.get(0), 'was CONTOSO\\jsmith');
	});
	it('cmp-rel-01 $a -gt 7', () => assert.deepEqual(op('gt', [5, 6, 7, 8, 9], 7), [8, 9]));
	it('cmp-rel-02 $a -ge 7', () => assert.deepEqual(op('ge', [5, 6, 7, 8, 9], 7), [7, 8, 9]));
	it('cmp-rel-04 8 -le 8', () => assert.equal(op('le', 8, 8), true));
	it("cmp-repl-02 'book' -creplace 'B', 'C'", () => assert.equal(op('creplace', 'book', ['B', 'C']), 'book'));
	it('cmp-repl-04 replacement already expanded by the string', () => assert.equal(op('replace', 'Hello World', ['(\\w+) \\w+', 'Goodbye Universe']), 'Goodbye Universe'));
	it('cmp-repl-07 collection -replace', () => assert.deepEqual(op('replace', ['B1', 'B2', 'B3', 'B4', 'B5'], ['B', 'a']), ['a1', 'a2', 'a3', 'a4', 'a5']));
	it("derived-02 'Running' -eq 'RUNNING'", () => assert.equal(op('eq', 'Running', 'RUNNING'), true));
	it("derived-03 'Running' -ceq 'RUNNING'", () => assert.equal(op('ceq', 'Running', 'RUNNING'), false));
	it('derived-04 $_ -gt 7 over 1..10', () => assert.deepEqual(range(1, 10).filter(n => toBool(op('gt', n, 7))), [8, 9, 10]));
	it("derived-15 ('a,b,c' -split ',') -join '|'", () => assert.equal(op('join', op('split', 'a,b,c', ','), '|'), 'a|b|c'));
	it('fmt-02 {{0}} escapes', () => assert.equal(op('f', '{0} vs. {{0}}', 'foo'), 'foo vs. {0}'));
	it('join-01 unary -join', () => assert.equal(unaryOperator('join', ['Windows', 'PowerShell', '2.0']), 'WindowsPowerShell2.0'));
	it('join-04 -join "a" then the comma', () => assert.deepEqual([unaryOperator('join', 'a'), 'b', 'c'], ['a', 'b', 'c']));
	it('logic-02 (1 -eq 1) -or (1 -eq 2)', () => assert.equal(op('or', op('eq', 1, 1), op('eq', 1, 2)), true));
	it('logic-05 !(1 -eq 1)', () => assert.equal(unaryOperator('!', op('eq', 1, 1)), false));
	it('null-01 $null ?? 100', () => assert.equal(op('??', null, 100), 100));
	it('pipe-04 $_/1024', () => assert.deepEqual([30000, 56798, 12432].map(n => formatNumber(op('/', n, 1024) as number)), ['29.296875', '55.466796875', '12.140625']));
	it('pipe-08 sort keys $_ % 3 (stable)', () => {
		const sorted = range(1, 20).map((n, i) => ({n: n as number, key: op('%', n, 3), i})).sort((a, b) => compare(a.key, b.key) || a.i - b.i).map(x => x.n);
		assert.deepEqual(sorted, [3, 6, 9, 12, 15, 18, 1, 4, 7, 10, 13, 16, 19, 2, 5, 8, 11, 14, 17, 20]);
	});
	it('pipe-10 ($PSItem % 2) -eq 0', () => assert.deepEqual([1, 2, 3].filter(n => op('eq', op('%', n, 2), 0)), [2]));
	it('quote-13 a hashtable in a string', () => assert.equal(`hashtable: ${toStr(table([['key', 'value']]))}`, 'hashtable: System.Collections.Hashtable'));
	it('split-02 captures are kept', () => assert.deepEqual(op('split', 'Lastname:FirstName:Address', '(:)'), ['Lastname', ':', 'FirstName', ':', 'Address']));
	it("split-06 -split 'er'", () => {
		assert.deepEqual(op('split', 'Mercury,Venus,Earth,Mars,Jupiter,Saturn,Uranus,Neptune', 'er'), ['M', 'cury,Venus,Earth,Mars,Jupit', ',Saturn,Uranus,Neptune']);
	});
	it('switch-01 value equality', () => assert.deepEqual([1, 2, 3, 4].filter(c => equals(3, c)), [3]));
	it("switch-04 'fo*' is not a wildcard without -Wildcard", () => assert.equal(equals('fourteen', 'fo*'), false));
	it("switch-05 -Wildcard 'fo*'", () => assert.equal(op('like', 'fourteen', 'fo*'), true));
});

describe('arithmetic', () => {
	it('the left operand decides: text concatenates, numbers add', () => {
		assert.equal(op('+', '1', 2), '12');
		assert.equal(op('+', 2, '1'), 3);
		assert.equal(op('+', 'a', null), 'a');
		assert.equal(op('+', 1, true), 2);
		assert.equal(op('+', true, true), 2);
		assert.equal(op('+', 'x', [1, 2]), 'x1 2');
	});
	it('$null is the identity for +, 0 for - and /, and null for *', () => {
		assert.equal(op('+', null, 1), 1);
		assert.equal(op('+', null, 'a'), 'a');
		assert.equal(op('-', null, 1), -1);
		assert.equal(op('*', null, 5), null);
		assert.equal(op('-', 5, null), 5);
	});
	it('text on the left of - / % is read as a number', () => {
		assert.equal(op('-', '10', 4), 6);
		assert.equal(op('/', '0x10', 2), 8);
		assert.equal(op('-', ' 12 ', '1e1'), 2);
		assert.equal(op('-', '', 3), -3);
		assert.equal(op('*', 2, '1kb'), 2048);
	});
	it('/ gives a double only when the division is not exact', () => {
		assert.equal(op('/', 7, 2), 3.5);
		assert.equal(op('/', 6, 3), 2);
		assert.equal(formatNumber(op('/', 1, 3) as number), '0.333333333333333');
	});
	it('Int32 overflow becomes a double', () => assert.equal(op('+', 2147483647, 1), 2147483648));
	it('never produces negative zero', () => {
		assert.ok(Object.is(op('*', 0, -1), 0));
		assert.ok(Object.is(unaryOperator('-', 0), 0));
		assert.ok(Object.is(op('%', -4, 2), 0));
	});
	it('integer division by zero is an error', () => {
		const e = error(() => op('/', 1, 0));
		assert.equal(e.message, 'Attempted to divide by zero.');
		assert.equal(e.record.errorId, 'RuntimeException');
		assert.equal(e.record.category, 'NotSpecified');
		assert.equal(error(() => op('%', 5, 0)).message, 'Attempted to divide by zero.');
		assert.equal(op('/', 1.5, 0), Infinity);
	});
	it('text that is not a number is a conversion error', () => {
		const e = error(() => op('+', 1, 'abc'));
		assert.equal(e.message, 'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."');
		assert.equal(e.record.errorId, 'InvalidCastFromStringToInteger');
		assert.equal(e.record.category, 'InvalidOperation');
		assert.equal(error(() => op('-', 'a', 'b')).record.errorId, 'InvalidCastFromStringToInteger');
		assert.equal(error(() => unaryOperator('-', 'a')).record.errorId, 'InvalidCastFromStringToInteger');
	});
	it('collections and objects have no numeric operators', () => {
		assert.equal(error(() => op('+', 3, [1, 2])).message, "Method invocation failed because [System.Object[]] does not contain a method named 'op_Addition'.");
		assert.equal(error(() => op('-', [1, 2], 1)).message, "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'.");
		assert.equal(error(() => unaryOperator('-', [1])).message, "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'.");
		assert.equal(error(() => op('+', new PSObject(), 1)).record.errorId, 'MethodNotFound');
	});
	it('arrays append and concatenate into new arrays', () => {
		const a = [1, 2];
		const b = op('+', a, 3) as unknown[];
		assert.deepEqual(b, [1, 2, 3]);
		assert.notEqual(b, a);
		assert.deepEqual(op('+', [1], null), [1, null]);
		assert.deepEqual(op('+', [1], [[2, 3]]), [1, [2, 3]]);
	});
	it('hashtables merge; a shared key is an error', () => {
		const merged = op('+', table([['a', 1]]), table([['b', 2]])) as PSHashtable;
		assert.deepEqual(merged.entries(), [['a', 1], ['b', 2]]);
		const e = error(() => op('+', table([['a', 1]]), table([['A', 2]])));
		assert.equal(e.message, "Item has already been added. Key in dictionary: 'a'  Key being added: 'A'");
		assert.equal(error(() => op('+', table([]), 1)).message, 'A hash table can only be added to another hash table.');
		assert.equal((op('+', table([], true), table([['x', 1]])) as PSHashtable).ordered, true);
	});
	it('* repeats text and arrays (counts round half to even)', () => {
		assert.equal(op('*', 'ab', 2.5), 'abab');
		assert.equal(op('*', 'ab', '2'), 'abab');
		assert.deepEqual(op('*', [1], 3), [1, 1, 1]);
		assert.match(error(() => op('*', 'ab', -1)).message, /times \('-1'\) must be a non-negative value/);
		assert.match(error(() => op('*', [1], -1)).message, /System\.UInt32/);
	});
	it('dates and time spans', () => {
		const day = new PSDateTime(Date.UTC(2024, 0, 1));
		const later = op('+', day, PSTimeSpan.from(1)) as PSDateTime;
		assert.equal(later.ms, Date.UTC(2024, 0, 2));
		assert.equal((op('-', later, day) as PSTimeSpan).ms, 86_400_000);
		assert.equal((op('-', later, PSTimeSpan.from(1)) as PSDateTime).ms, day.ms);
		assert.equal((op('+', PSTimeSpan.from(0, 1), PSTimeSpan.from(0, 2)) as PSTimeSpan).ms, 3 * 3_600_000);
		assert.equal((unaryOperator('-', PSTimeSpan.from(0, 1)) as PSTimeSpan).ms, -3_600_000);
	});
});

describe('bitwise operators', () => {
	it('band bor bxor bnot', () => {
		assert.equal(op('band', 12, 10), 8);
		assert.equal(op('bor', 12, 10), 14);
		assert.equal(op('bxor', 12, 10), 6);
		assert.equal(unaryOperator('bnot', 0), -1);
		assert.equal(unaryOperator('bnot', 1.5), -3);
		assert.equal(op('band', '6', 3), 2);
		assert.equal(op('bor', 0x100000000, 1), 0x100000001);
		assert.equal(unaryOperator('bnot', 2147483648), -2147483649);
	});
	it('shifts mask their count by the width', () => {
		assert.equal(op('shl', 1, 4), 16);
		assert.equal(op('shr', -16, 2), -4);
		assert.equal(op('shl', 1, 32), 1);
		assert.equal(op('shl', 1, 31), -2147483648);
		assert.equal(op('shl', 4294967296, 1), 8589934592);
	});
	it('values beyond 64 bits are an error', () => {
		assert.equal(error(() => unaryOperator('bnot', 1e20)).record.errorId, 'ConvertToFinalInvalidCastException');
	});
});

describe('comparison', () => {
	it('is case-insensitive unless c-prefixed; i is explicit', () => {
		assert.equal(op('eq', 'abc', 'ABC'), true);
		assert.equal(op('ieq', 'abc', 'ABC'), true);
		assert.equal(op('ceq', 'abc', 'ABC'), false);
		assert.equal(op('cne', 'abc', 'ABC'), true);
		assert.equal(op('lt', 'a', 'B'), true);
		assert.equal(op('clt', 'a', 'A'), true);
	});
	it('converts the right value to the left one’s type', () => {
		assert.equal(op('eq', 1, '1.0'), true);
		assert.equal(op('eq', '1.0', 1), false);
		assert.equal(op('eq', 1, '0x1'), true);
		assert.equal(op('eq', 1, 'abc'), false);
		assert.equal(op('eq', true, 'false'), true);
		assert.equal(op('eq', false, ''), true);
		assert.equal(op('eq', 1, true), true);
		assert.equal(op('eq', 'True', true), true);
		assert.equal(op('gt', 10, '9'), true);
		assert.equal(op('gt', '10', 9), false);
	});
	it('$null', () => {
		assert.equal(op('eq', null, null), true);
		assert.equal(op('eq', null, 0), false);
		assert.equal(op('eq', 0, null), false);
		assert.equal(op('eq', '', null), false);
		assert.equal(op('eq', null, []), false);
		assert.equal(op('lt', null, 1), true);
		assert.equal(op('lt', null, -1), false);
		assert.equal(op('gt', 0, null), true);
		assert.equal(op('gt', 'a', null), true);
	});
	it('a collection on the left filters (and can come back empty)', () => {
		assert.deepEqual(op('eq', [1, 2, 1], 1), [1, 1]);
		assert.deepEqual(op('eq', [1, 2], 3), []);
		assert.deepEqual(op('lt', ['b', 'A', 'c'], 'b'), ['A']);
		assert.deepEqual(op('eq', [null, 1], null), [null]);
		assert.deepEqual(op('ne', [], 1), []);
	});
	it('dates and spans compare with text converted to them', () => {
		const day = new PSDateTime(Date.UTC(2024, 10, 26));
		assert.equal(op('eq', day, '2024-11-26'), true);
		assert.equal(op('lt', day, '2024-11-27'), true);
		assert.equal(op('gt', PSTimeSpan.from(0, 2), '01:00:00'), true);
		assert.equal(op('eq', day, 'not a date'), false);
		assert.match(error(() => op('lt', day, 'nope')).message, /^Could not compare "11\/26\/2024 00:00:00" to "nope"/);
	});
	it('objects equal only themselves and do not order', () => {
		const o = new PSObject(undefined, {a: 1});
		assert.equal(op('eq', o, o), true);
		assert.equal(op('eq', o, new PSObject(undefined, {a: 1})), false);
		const e = error(() => op('lt', table([]), table([])));
		assert.equal(e.message, 'Cannot compare "System.Collections.Hashtable" because it is not IComparable.');
		assert.equal(e.record.errorId, 'NotIcomparable');
	});
	it('ordering errors for text that is not a number', () => {
		assert.equal(error(() => op('lt', 1, 'a')).record.errorId, 'InvalidCastFromStringToInteger');
		assert.equal(error(() => op('lt', 1.5, 'a')).record.errorId, 'InvalidCastFromStringToDoubleOrSingle');
		assert.equal(error(() => op('lt', 1, [2])).record.errorId, 'ComparisonFailure');
	});
	it('compare() for sorting never throws and falls back to text', () => {
		assert.equal(compare(1, 'a') < 0, true);
		assert.equal(compare(2, 10) < 0, true);
		assert.equal(compare('2', '10') > 0, true);
		assert.equal(compare('apple', 'Banana') < 0, true);
		assert.equal(compare(null, 'x') < 0, true);
		assert.equal(Math.sign(compareStrict(5, 3)), 1);
	});
	it('equals() is the -eq of switch and -contains', () => {
		assert.equal(equals('a', 'A'), true);
		assert.equal(equals('a', 'A', true), false);
		assert.equal(equals(3, '3'), true);
		assert.equal(equals(new PSType('System.Int32'), 'int'), true);
	});
});

describe('containment', () => {
	it('contains, notcontains, in, notin are always Boolean', () => {
		assert.equal(op('contains', [1, 2, 3], 2), true);
		assert.equal(op('contains', [1, 2, 3], '2'), true);
		assert.equal(op('notcontains', [1, 2, 3], 4), true);
		assert.equal(op('contains', 'abc', 'ABC'), true);
		assert.equal(op('ccontains', ['abc'], 'ABC'), false);
		assert.equal(op('in', 'b', ['a', 'b']), true);
		assert.equal(op('notin', 'z', ['a', 'b']), true);
		assert.equal(op('contains', table([['key', 1]]), 'key'), false);
		assert.equal(op('contains', [], null), false);
	});
});

describe('-like and -match', () => {
	it('-like on a collection returns the matching elements as text', () => {
		assert.deepEqual(op('like', [1, 12, 3], '1*'), ['1', '12']);
		assert.equal(op('like', null, '*'), true);
		assert.equal(op('clike', 'ABC', 'a*'), false);
		assert.deepEqual(op('notlike', ['ab', 'cd'], 'a*'), ['cd']);
	});
	it('an invalid wildcard is an error', () => {
		assert.equal(error(() => op('like', 'a', '[a')).message, 'The specified wildcard character pattern is not valid: [a');
	});
	it('-match on a single value sets $Matches only when it matches', () => {
		const m = matches();
		assert.equal(binaryOperator('match', 'abc', 'x', m.ctx), false);
		assert.equal(m.last(), undefined);
		assert.equal(binaryOperator('match', 'abc', '(b)(c)?', m.ctx), true);
		assert.deepEqual(m.last()?.entries(), [[0, 'bc'], [1, 'b'], [2, 'c']]);
		assert.equal(binaryOperator('notmatch', 'abc', 'b', m.ctx), false);
		assert.deepEqual(m.last()?.entries(), [[0, 'b']]);
	});
	it('-match leaves groups that did not take part out of $Matches', () => {
		const m = matches();
		binaryOperator('match', 'a', '(a)|(b)', m.ctx);
		assert.deepEqual(m.last()?.keys(), [0, 1]);
	});
	it('-match on a collection filters and leaves $Matches alone', () => {
		const m = matches();
		assert.deepEqual(binaryOperator('match', ['a1', 'b', 'c2', 5], '\\d', m.ctx), ['a1', 'c2', 5]);
		assert.equal(m.last(), undefined);
	});
	it('-cmatch is case-sensitive; a [regex] operand keeps its own options', () => {
		assert.equal(op('cmatch', 'ABC', 'abc'), false);
		assert.equal(op('match', 'ABC', 'abc'), true);
		assert.equal(op('match', 'ABC', new PSRegex('abc')), false);
	});
	it('-match reports a bad pattern as .NET does', () => {
		const e = error(() => op('match', 'abc', '['));
		assert.equal(e.message, "Invalid pattern '[' at offset 1. Unterminated [] set.");
		assert.equal(e.record.errorId, 'System.Text.RegularExpressions.RegexParseException');
	});
});

describe('-replace', () => {
	it('uses .NET substitutions', () => {
		assert.equal(op('replace', 'John Smith', ['(\\w+) (\\w+)', '$2, $1']), 'Smith, John');
		assert.equal(op('replace', 'abc', ['(?<x>b)', '[${x}]']), 'a[b]c');
		assert.equal(op('replace', 'abc', ['b', '$$']), 'a$c');
		assert.equal(op('replace', 'abc', ['b', '<$&>']), 'a<b>c');
		assert.equal(op('replace', 'abc', ['b', '$0$0']), 'abbc');
		assert.equal(op('replace', 'abc', ['b', '$9']), 'a$9c');
	});
	it('a single pattern replaces with nothing; $null becomes empty text', () => {
		assert.equal(op('replace', 'a-b-c', '-'), 'abc');
		assert.equal(op('replace', null, ['a', 'b']), '');
		assert.equal(op('ireplace', 'ABC', ['b', 'x']), 'AxC');
	});
	it('errors: too many operands, bad pattern', () => {
		assert.match(error(() => op('replace', 'a', ['a', 'b', 'c'])).message, /only two elements/);
		const e = error(() => op('replace', 'abc', ['[', 'x']));
		assert.equal(e.message, 'The regular expression pattern [ is not valid.');
		assert.equal(e.record.errorId, 'InvalidRegularExpression');
	});
});

describe('-split and -join', () => {
	it('splits on a regex, keeping captures and honouring a limit', () => {
		assert.deepEqual(op('split', 'a1b22c', '\\d+'), ['a', 'b', 'c']);
		assert.deepEqual(op('split', 'a,b,c,d', [',', 2]), ['a', 'b,c,d']);
		assert.deepEqual(op('split', 'a,b,c,d', [',', -2]), ['a,b,c', 'd']);
		assert.deepEqual(op('split', 'abc', ''), ['', 'a', 'b', 'c', '']);
		assert.deepEqual(op('split', ['a b', 'c'], ' '), ['a', 'b', 'c']);
		assert.deepEqual(op('split', null, ','), ['']);
	});
	it('is case-insensitive unless -csplit; options are accepted', () => {
		assert.deepEqual(op('split', 'aXbxc', 'x'), ['a', 'b', 'c']);
		assert.deepEqual(op('csplit', 'aXbxc', 'x'), ['aXb', 'c']);
		assert.deepEqual(op('split', 'a.b.c', ['.', 0, 'SimpleMatch']), ['a', 'b', 'c']);
		assert.deepEqual(op('csplit', 'aXbxc', ['x', 0, 'IgnoreCase']), ['a', 'b', 'c']);
		assert.deepEqual(op('split', 'a\nb', ['^', 0, 'Multiline']), ['', 'a\n', 'b']);
	});
	it('unary -split splits on white space, ignoring the ends', () => {
		assert.deepEqual(unaryOperator('split', '  a b\t c  '), ['a', 'b', 'c']);
		assert.deepEqual(unaryOperator('split', ''), ['']);
	});
	it('-join uses the separator; nested collections print as their type', () => {
		assert.equal(op('join', [1, 2, 3], ', '), '1, 2, 3');
		assert.equal(op('join', 'x', ','), 'x');
		assert.equal(op('join', null, ','), '');
		assert.equal(op('join', [1, [2, 3]], '-'), '1-System.Object[]');
		assert.equal(op('join', [1.5, true, null], '|'), '1.5|True|');
	});
});

describe('-f', () => {
	it('formats the right side as the argument list', () => {
		assert.equal(op('f', '{0:N2}', 1234.5), '1,234.50');
		assert.equal(op('f', '{0}-{1}', ['a', 'b']), 'a-b');
		assert.equal(op('f', '{0}', null), '');
	});
	it('reports pwsh’s format errors', () => {
		const e = error(() => op('f', '{1}', 'a'));
		assert.equal(e.message, 'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..');
		assert.equal(e.record.errorId, 'FormatError');
		assert.equal(error(() => op('f', '{0', 'a')).message, 'Error formatting a string: Input string was not in a correct format..');
	});
});

describe('type operators', () => {
	it('-is and -isnot take names, PSType values and {type}', () => {
		assert.equal(op('is', 5, 'int'), true);
		assert.equal(op('is', 5, new PSType('System.Int32')), true);
		assert.equal(op('is', 'x', {type: 'string'}), true);
		assert.equal(op('isnot', 5, 'string'), true);
		assert.equal(op('is', null, 'object'), false);
		assert.equal(op('is', PSObject.from('Scpsh.ScpStatus', {}), 'Scpsh.ScpStatus'), true);
		assert.equal(error(() => op('is', 1, 'nosuchtype')).message, 'Unable to find type [nosuchtype].');
	});
	it('-as converts or gives $null', () => {
		assert.equal(op('as', '42', 'int'), 42);
		assert.equal(op('as', 'abc', 'int'), null);
		assert.equal(op('as', '100y', 'int'), 100);
		assert.equal(op('as', '200y', 'int'), null);
		assert.equal(op('as', null, 'int'), 0);
	});
});

describe('range', () => {
	it('ascending, descending, from text, and characters', () => {
		assert.deepEqual(range(3, 1), [3, 2, 1]);
		assert.deepEqual(range('1', '3'), [1, 2, 3]);
		assert.deepEqual(range('0', '2'), [0, 1, 2]);
		assert.deepEqual(range('c', 'a'), ['c', 'b', 'a']);
		assert.deepEqual(range(1.5, 3), [2, 3]);
		assert.deepEqual([...rangeValues(1, 3)], [1, 2, 3]);
	});
	it('refuses ranges too large to build', () => {
		assert.match(error(() => range(1, 1e9)).message, /too large/);
		let count = 0;
		for (const _ of rangeValues(1, 1e9)) if (++count === 3) break;
		assert.equal(count, 3);
	});
});

describe('unary operators', () => {
	it('! and -not, comma, ++ and --', () => {
		assert.equal(unaryOperator('!', ''), true);
		assert.equal(unaryOperator('not', [0]), true);
		assert.deepEqual(unaryOperator(',', 7), [7]);
		assert.deepEqual(unaryOperator(',', [1]), [[1]]);
		assert.equal(unaryOperator('++', null), 1);
		assert.equal(unaryOperator('post--', 5), 4);
		assert.equal(unaryOperator('-', '5'), -5);
		assert.equal(unaryOperator('+', true), 1);
	});
});
