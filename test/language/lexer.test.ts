// The tokenizer on its own: the same text scanned in argument mode, expression mode and type-name mode.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createLexer} from '../../src/language/lexer.ts';
import {LexFlags, type LexMode, type Token} from '../../src/language/tokens.ts';

/** Every token of `source` scanned in one mode, as `Kind:value`. */
function scan(source: string, mode: LexMode, flags = 0): string[] {
	return tokens(source, mode, flags).map(token => `${token.kind}:${token.value}`);
}

function tokens(source: string, mode: LexMode, flags = 0): Token[] {
	const lexer = createLexer(source);
	const result: Token[] = [];
	for (let pos = 0; ;) {
		const token = lexer.scan(pos, mode, flags);
		if (token.kind === 'EndOfInput') {
			return result;
		}

		result.push(token);
		assert.ok(token.end > pos, `no progress at ${pos}`);
		pos = token.end;
	}
}

function first(source: string, mode: LexMode, flags = 0): Token {
	return createLexer(source).scan(0, mode, flags);
}

describe('argument mode and expression mode', () => {
	it('reads a command line as words and parameters', () => {
		assert.deepEqual(scan('Get-Process -Name foo', 'command'), ['Generic:Get-Process', 'Parameter:Name', 'Identifier:foo']);
		assert.deepEqual(scan('Get-Process -Name foo', 'expression'), [
			'Identifier:Get',
			'Parameter:Process',
			'Parameter:Name',
			'Identifier:foo',
		]);
	});

	it('reads dash words as operators only in expression mode', () => {
		assert.deepEqual(scan('-eq -EQ -cLike -NotIn -f -bnot', 'expression'), [
			'Operator:eq',
			'Operator:eq',
			'Operator:clike',
			'Operator:notin',
			'Operator:f',
			'Operator:bnot',
		]);
		assert.deepEqual(scan('-eq -f', 'command'), ['Parameter:eq', 'Parameter:f']);
		assert.equal(first('-nope', 'expression').kind, 'Parameter');
	});

	it('ends a dash word at the first non-letter in expression mode', () => {
		assert.deepEqual(scan('-eq5', 'expression'), ['Operator:eq', 'Number:5']);
	});

	it('reads `-Name:` with its colon in argument mode only', () => {
		const parameter = first('-Name:value', 'command');
		assert.equal(parameter.kind, 'Parameter');
		assert.equal(parameter.value, 'Name');
		assert.equal(parameter.colon, true);
		assert.equal(parameter.end, 6);
		assert.deepEqual(scan('-Name:value', 'command'), ['Parameter:Name', 'Identifier:value']);
		const expression = first('-eq:', 'expression');
		assert.equal(expression.end, 3);
	});

	it('takes other characters into a parameter in argument mode', () => {
		assert.deepEqual(scan('-? -a1 -x_y', 'command'), ['Parameter:?', 'Parameter:a1', 'Parameter:x_y']);
		assert.deepEqual(scan('-foo"bar"', 'command'), ['Generic:-foobar']);
	});

	it('recognises keywords in argument mode only, and only as whole words', () => {
		assert.deepEqual(scan('if else foreach IN', 'command'), ['Keyword:if', 'Keyword:else', 'Keyword:foreach', 'Keyword:in']);
		assert.deepEqual(scan('if foreach', 'expression'), ['Identifier:if', 'Identifier:foreach']);
		assert.deepEqual(scan('foreach-object if.exe', 'command'), ['Generic:foreach-object', 'Generic:if.exe']);
		assert.deepEqual(scan('if(', 'command'), ['Keyword:if', '(:(']);
		assert.equal(first('foreach', 'command', LexFlags.simpleName).kind, 'Identifier');
	});

	it('glues operator characters to text into one bare word in argument mode', () => {
		assert.deepEqual(scan('*.log +x =y %z a=b', 'command'), ['Generic:*.log', 'Generic:+x', 'Generic:=y', 'Generic:%z', 'Generic:a=b']);
		assert.deepEqual(scan('* + = %', 'command'), ['*:*', '+:+', '=:=', '%:%']);
		assert.deepEqual(scan('a+b', 'expression'), ['Identifier:a', '+:+', 'Identifier:b']);
	});

	it('reads paths and odd words as bare words', () => {
		assert.deepEqual(scan('C:\\path\\file.txt PS1:\\ .\\x.ps1 ..\\y ~/z [abc] a#b', 'command'), [
			'Generic:C:\\path\\file.txt',
			'Generic:PS1:\\',
			'Generic:.\\x.ps1',
			'Generic:..\\y',
			'Generic:~/z',
			'Generic:[abc]',
			'Generic:a#b',
		]);
	});

	it('ends bare words at whitespace and `& ( ) , ; { | }` only', () => {
		assert.deepEqual(scan('a,b;c|d&e(f)g{h}', 'command'), [
			'Identifier:a',
			',:,',
			'Identifier:b',
			';:;',
			'Identifier:c',
			'|:|',
			'Identifier:d',
			'&:&',
			'Identifier:e',
			'(:(',
			'Identifier:f',
			'):)',
			'Identifier:g',
			'{:{',
			'Identifier:h',
			'}:}',
		]);
		assert.deepEqual(scan('a>b.txt', 'command'), ['Generic:a>b.txt']);
	});

	it('unquotes quoted pieces and applies escapes inside bare words', () => {
		assert.deepEqual(scan('--name="a b" key=\'x y\' e`tf `$x', 'command'), ['Generic:--name=a b', 'Generic:key=x y', 'Generic:e\tf', 'Generic:$x']);
	});

	it('keeps `$var` and `$(...)` in bare words as parts', () => {
		const word = first('$env:TEMP\\x.txt', 'command');
		assert.equal(word.kind, 'Generic');
		assert.equal(word.value, '$env:TEMP\\x.txt');
		assert.deepEqual(word.parts, [{kind: 'Variable', start: 0, end: 9, name: 'TEMP', scope: 'env'}, '\\x.txt']);
		const sub = first('a$(1)b', 'command');
		assert.deepEqual(sub.parts, ['a', {kind: 'SubExpression', start: 1, end: 5, bodyEnd: 4}, 'b']);
	});

	it('reads `[` as a bracket unless a word follows it in argument mode', () => {
		assert.equal(first('[int]', 'expression').kind, '[');
		assert.equal(first('[int]', 'command').kind, 'Generic');
		assert.equal(first('[ int', 'command').kind, '[');
	});

	it('reads type names whole in type-name mode', () => {
		assert.deepEqual(scan('System.Collections.Generic.List[string]', 'typename'), [
			'Identifier:System.Collections.Generic.List',
			'[:[',
			'Identifier:string',
			']:]',
		]);
		assert.deepEqual(scan('Outer+Inner', 'typename'), ['Identifier:Outer+Inner']);
	});

	it('reads `.` according to what follows', () => {
		assert.deepEqual(scan('. .\\x', 'command'), ['.:.', 'Generic:.\\x']);
		assert.deepEqual(scan('.5 .$x', 'command'), ['Number:.5', '.:.', 'Variable:x']);
		assert.deepEqual(scan('1..10', 'expression'), ['Number:1', '..:..', 'Number:10']);
		assert.deepEqual(scan('..', 'command'), ['..:..']);
		assert.deepEqual(scan('..x', 'command'), ['Generic:..x']);
	});

	it('reads labels in argument mode and colons in expression mode', () => {
		assert.deepEqual(scan(':outer', 'command'), ['Label:outer']);
		assert.deepEqual(scan(':outer', 'expression'), [':::', 'Identifier:outer']);
		assert.deepEqual(scan(':a.b', 'command'), ['Generic::a.b']);
		assert.deepEqual(scan('::', 'expression'), ['::' + ':' + '::']);
	});

	it('reads `?` as an operator in expression mode and a word in argument mode', () => {
		assert.deepEqual(scan('? ?? ??=', 'expression'), ['?:?', '??:??', '??=:??=']);
		assert.deepEqual(scan('?', 'command'), ['Generic:?']);
	});

	it('reads `!` as an operator before an expression', () => {
		assert.deepEqual(scan('!$x !(1)', 'expression'), ['!:!', 'Variable:x', '!:!', '(:(', 'Number:1', '):)']);
		assert.deepEqual(scan('!x', 'command'), ['Generic:!x']);
		assert.deepEqual(scan('!x', 'expression'), ['Generic:!x']);
	});

	it('reads every symbol', () => {
		assert.deepEqual(
			scan('( ) { } [ ] @( @{ $( ; , && || | & ++ -- += -= *= /= %= = + - * / % < ..', 'expression').map(token => token.split(':')[0]),
			['(', ')', '{', '}', '[', ']', '@(', '@{', '$(', ';', ',', '&&', '||', '|', '&', '++', '--', '+=', '-=', '*=', '/=', '%=', '=', '+', '-', '*', '/', '%', '<', '..'],
		);
	});
});

describe('numbers', () => {
	const cases: [string, number, boolean, boolean][] = [
		['42', 42, false, false],
		['3.25', 3.25, true, false],
		['.5', 0.5, true, false],
		['1e3', 1000, true, false],
		['1E-2', 0.01, true, false],
		['2.5e+1', 25, true, false],
		['0x1F', 31, false, false],
		['0XFF', 255, false, false],
		['0xFFFFFFFF', -1, false, false],
		['0xFFFFFFFFFFFFFFFF', -1, false, false],
		['0x0FFFFFFFF', 4294967295, false, false],
		['0xFFl', 255, false, true],
		['0b1010', 10, false, false],
		['10l', 10, false, true],
		['10L', 10, false, true],
		['10d', 10, true, false],
		['10ul', 10, false, true],
		['5u', 5, false, false],
		['5y', 5, false, false],
		['5n', 5, false, false],
		['1kb', 1024, false, false],
		['1KB', 1024, false, false],
		['3mb', 3 * 1024 ** 2, false, false],
		['2gb', 2 * 1024 ** 3, false, false],
		['1tb', 1024 ** 4, false, false],
		['1pb', 1024 ** 5, false, false],
		['1.5kb', 1536, true, false],
		['1lkb', 1024, false, true],
	];
	for (const [source, value, isDouble, isLong] of cases) {
		it(source, () => {
			const token = first(source, 'expression');
			assert.equal(token.kind, 'Number');
			assert.equal(token.end, source.length);
			assert.equal(token.number, value);
			assert.equal(token.isDouble, isDouble);
			assert.equal(token.isLong, isLong);
		});
	}

	it('reads a sign only in unary position and in argument mode', () => {
		assert.deepEqual(scan('-5', 'expression'), ['-:-', 'Number:5']);
		assert.equal(first('-5', 'expression', LexFlags.signedNumbers).number, -5);
		assert.equal(first('+5', 'expression', LexFlags.signedNumbers).number, 5);
		assert.equal(first('-5', 'command').number, -5);
		assert.equal(first('-.5', 'command').number, -0.5);
		assert.equal(first('\u20135', 'command').number, -5);
	});

	it('ends at operators in expression mode but not in argument mode', () => {
		assert.deepEqual(scan('1+2', 'expression'), ['Number:1', '+:+', 'Number:2']);
		assert.deepEqual(scan('1+2', 'command'), ['Generic:1+2']);
		assert.deepEqual(scan('1..10', 'command'), ['Generic:1..10']);
		assert.deepEqual(scan('1,2', 'command'), ['Number:1', ',:,', 'Number:2']);
		assert.deepEqual(scan('(1)', 'command'), ['(:(', 'Number:1', '):)']);
	});

	it('is a bare word when letters follow', () => {
		assert.deepEqual(scan('7zip.exe 1abc 1.2.3 1e 0x 1k', 'command'), [
			'Generic:7zip.exe',
			'Generic:1abc',
			'Generic:1.2.3',
			'Generic:1e',
			'Generic:0x',
			'Generic:1k',
		]);
		assert.equal(first('7zip', 'expression').kind, 'Generic');
	});

	it('ends at `?` and `:` after a ternary `?`', () => {
		assert.deepEqual(scan('1:', 'expression', LexFlags.ternaryEndsNumber), ['Number:1', ':::']);
	});

	it('reports a hex literal too large for 64 bits', () => {
		const token = first('0x1FFFFFFFFFFFFFFFF', 'expression');
		assert.equal(token.errors?.[0]?.id, 'BadNumericConstant');
		assert.equal(first('0x1FFFFFFFFFFFFFFFF', 'command').kind, 'Generic');
	});
});

describe('strings', () => {
	it("reads single quotes verbatim, '' as one quote", () => {
		const token = first("'a ''b'' $x `n'", 'command');
		assert.equal(token.kind, 'StringLiteral');
		assert.equal(token.value, "a 'b' $x `n");
		assert.equal(token.parts, undefined);
	});

	it('reads double quotes with escapes, "" and expansions', () => {
		const token = first('"a ""b"" `t $x $(1) `$y"', 'command');
		assert.equal(token.kind, 'StringExpandable');
		assert.deepEqual(token.parts, [
			'a "b" \t ',
			{kind: 'Variable', start: 12, end: 14, name: 'x', scope: undefined},
			' ',
			{kind: 'SubExpression', start: 15, end: 19, bodyEnd: 18},
			' $y',
		]);
	});

	it('expands `$name` but not `.member` or `[index]`', () => {
		const token = first('"$a.b $c[0] $d:e ${f g}"', 'command');
		const names = token.parts!.map(part => (typeof part === 'string' ? part : part.kind === 'Variable' ? `$${part.name}` : '$(...)'));
		assert.deepEqual(names, ['$a', '.b ', '$c', '[0] ', '$e', ' ', '$f g']);
	});

	it('leaves a `$` without a name as text', () => {
		assert.deepEqual(first('"$ $+ $"', 'command').parts, ['$ $+ $']);
	});

	it('reports an unterminated string as incomplete input', () => {
		for (const [source, terminator] of [["'abc", "'"], ['"abc', '"']] as const) {
			const token = first(source, 'command');
			assert.equal(token.end, source.length);
			assert.deepEqual(token.errors, [{id: 'TerminatorExpectedAtEndOfString', args: [terminator], start: 0, end: source.length, incomplete: true}]);
		}
	});

	it('reads here-strings', () => {
		const literal = first("@'\nline 1\n  '@\nline 3\n'@ trailing", 'command');
		assert.equal(literal.kind, 'StringLiteral');
		assert.equal(literal.hereString, true);
		assert.equal(literal.value, "line 1\n  '@\nline 3");
		assert.equal(literal.end, 24);
		const expandable = first('@"\n$x and "quotes"\n"@', 'command');
		assert.equal(expandable.kind, 'StringExpandable');
		assert.deepEqual(expandable.parts, [{kind: 'Variable', start: 3, end: 5, name: 'x', scope: undefined}, ' and "quotes"']);
	});

	it('explains a here-string footer indented by mistake', () => {
		const token = first('@"\nabc\n  "@', 'command');
		assert.equal(token.errors?.[0]?.id, 'WhitespaceBeforeHereStringFooter');
		assert.equal(token.errors?.[0]?.incomplete, true);
	});

	it('finds the end of `$(...)` past quoted parentheses and comments', () => {
		const token = first('"$(\')\' + ")" <# ) #> # )\n)"', 'command');
		assert.equal(token.end, 27);
		assert.equal((token.parts![0] as {bodyEnd: number}).bodyEnd, 25);
	});

	it('reads typographic quotes', () => {
		assert.equal(first('\u2018a\u2019', 'command').value, 'a');
		assert.equal(first('\u201ca\u201d', 'command').kind, 'StringExpandable');
	});
});

describe('variables', () => {
	const cases: [string, string, string | undefined, number][] = [
		['$x', 'x', undefined, 2],
		['$_', '_', undefined, 2],
		['$x1_y?', 'x1_y?', undefined, 6],
		['$env:Path', 'Path', 'env', 9],
		['$Global:X', 'X', 'global', 9],
		['$$', '$', undefined, 2],
		['$?', '?', undefined, 2],
		['$^', '^', undefined, 2],
		['${a b}', 'a b', undefined, 6],
		['${env:a b}', 'a b', 'env', 10],
		['${a`}b}', 'a}b', undefined, 7],
		['$a::b', 'a', undefined, 2],
		['$a.b', 'a', undefined, 2],
		['$a[0]', 'a', undefined, 2],
		['$a=1', 'a', undefined, 2],
	];
	for (const [source, name, scope, end] of cases) {
		it(source, () => {
			const token = first(source, 'expression');
			assert.equal(token.kind, 'Variable');
			assert.equal(token.value, name);
			assert.equal(token.scope, scope);
			assert.equal(token.end, end);
		});
	}

	it('reads `@name` as a splat', () => {
		const token = first('@params', 'command');
		assert.equal(token.kind, 'SplattedVariable');
		assert.equal(token.value, 'params');
	});

	it('makes a bare word of a variable glued to other text in argument mode', () => {
		assert.equal(first('$x/y', 'command').kind, 'Generic');
		assert.equal(first('$x/y', 'expression').kind, 'Variable');
		assert.equal(first('${x}y', 'command').kind, 'Generic');
		assert.equal(first('$x.y', 'command').kind, 'Variable');
	});

	it('reports a scope with no name', () => {
		assert.equal(first('$env: x', 'expression').errors?.[0]?.id, 'InvalidVariableReferenceWithDrive');
		assert.equal(first('${}', 'expression').errors?.[0]?.id, 'EmptyVariableReference');
		assert.equal(first('${abc', 'expression').errors?.[0]?.id, 'IncompleteDollarVariableReference');
		assert.equal(first('${a{b}', 'expression').errors?.[0]?.id, 'OpenBraceNeedsToBeBackTickedInVariableName');
	});

	it('reads a lone `$` as a word', () => {
		assert.deepEqual(scan('$ $+', 'command'), ['Generic:$', 'Generic:$+']);
	});
});

describe('redirections', () => {
	const cases: [string, string, boolean, string | undefined][] = [
		['>', '1', false, undefined],
		['>>', '1', true, undefined],
		['2>', '2', false, undefined],
		['2>>', '2', true, undefined],
		['2>&1', '2', false, '1'],
		['6>&1', '6', false, '1'],
		['*>', '*', false, undefined],
		['*>>', '*', true, undefined],
		['*>&1', '*', false, '1'],
	];
	for (const [source, from, append, mergeTo] of cases) {
		it(source, () => {
			const token = first(source, 'command');
			assert.equal(token.kind, 'Redirection');
			assert.equal(token.end, source.length);
			assert.equal(token.from, from);
			assert.equal(token.append, append);
			assert.equal(token.mergeTo, mergeTo);
		});
	}

	it('reads a digit before `>` as a number in expression mode', () => {
		assert.deepEqual(scan('2>', 'expression'), ['Number:2', 'Redirection:>']);
	});
});

describe('whitespace, comments and newlines', () => {
	it('skips comments', () => {
		assert.deepEqual(scan('a # comment\nb <# block\n #> c', 'command'), ['Identifier:a', 'NewLine:\n', 'Identifier:b', 'Identifier:c']);
	});

	it('reads CR LF as one newline', () => {
		assert.deepEqual(scan('a\r\nb\rc', 'command'), ['Identifier:a', 'NewLine:\n', 'Identifier:b', 'NewLine:\n', 'Identifier:c']);
	});

	it('continues a line after a backtick at its end', () => {
		assert.deepEqual(scan('a `\nb `\r\nc', 'command'), ['Identifier:a', 'Identifier:b', 'Identifier:c']);
	});

	it('skips unusual whitespace and a byte order mark', () => {
		assert.deepEqual(scan('\ufeffa\u00a0b\u2003c\u0085d\tf\vg\fh', 'command'), [
			'Identifier:a',
			'Identifier:b',
			'Identifier:c',
			'Identifier:d',
			'Identifier:f',
			'Identifier:g',
			'Identifier:h',
		]);
	});

	it('reports an unterminated block comment on the end of input', () => {
		const token = first('<# never closed', 'command');
		assert.equal(token.kind, 'EndOfInput');
		assert.equal(token.errors?.[0]?.id, 'MissingTerminatorMultiLineComment');
		assert.equal(token.errors?.[0]?.incomplete, true);
	});

	it('reports a backtick at the very end', () => {
		const token = first('`', 'command');
		assert.equal(token.kind, 'EndOfInput');
		assert.equal(token.errors?.[0]?.id, 'IncompleteString');
	});

	it('collects comments for colouring when asked', () => {
		const lexer = createLexer('a # one\n<# two #>', {collectComments: true});
		lexer.scan(0, 'command');
		lexer.scan(1, 'command');
		lexer.scan(8, 'command');
		assert.deepEqual([...lexer.comments!.values()].map(token => [token.start, token.end]), [
			[2, 7],
			[8, 17],
		]);
	});
});

describe('lexer services for the parser', () => {
	it('scans the same token for the same position, mode and flags', () => {
		const lexer = createLexer('Get-Thing -Name x');
		assert.deepEqual(lexer.scan(10, 'command'), lexer.scan(10, 'command'));
		assert.notDeepEqual(lexer.scan(0, 'command'), lexer.scan(0, 'expression'));
	});

	it('finds member access only right after an expression', () => {
		const lexer = createLexer('$x.a $x .a $x::b $x[0] $x?.a $x<#c#>.a');
		assert.equal(lexer.scanMemberAccess(2, 'expression', true)?.kind, '.');
		assert.equal(lexer.scanMemberAccess(7, 'expression', true), undefined);
		assert.equal(lexer.scanMemberAccess(13, 'expression', true)?.kind, '::');
		assert.equal(lexer.scanMemberAccess(19, 'expression', true)?.kind, '[');
		assert.equal(lexer.scanMemberAccess(19, 'expression', false), undefined);
		assert.equal(lexer.scanMemberAccess(25, 'expression', true)?.kind, '?.');
		assert.equal(lexer.scanMemberAccess(31, 'expression', true)?.kind, '.');
		assert.equal(createLexer('$x. ').scanMemberAccess(2, 'command', true), undefined);
	});

	it('knows when a line starting with `|` continues a pipeline', () => {
		const lexer = createLexer('a\n  | b\n\n| c\n# x\n| d');
		assert.equal(lexer.isPipeContinuation(2), true);
		assert.equal(lexer.isPipeContinuation(8), false);
		assert.equal(lexer.isPipeContinuation(13), true);
	});

	it('knows when only trivia is left', () => {
		const lexer = createLexer('a  # comment\n  <# block #>\n');
		assert.equal(lexer.onlyTriviaAfter(1), true);
		assert.equal(lexer.onlyTriviaAfter(0), false);
	});

	it('scans the verbatim rest of a line after --%', () => {
		const lexer = createLexer('--% a "b | c" d | e');
		assert.equal(lexer.scanVerbatim(3).value, 'a "b | c" d ');
	});

	it('stops at a narrowed limit', () => {
		const lexer = createLexer('1 + 2) tail');
		lexer.limit = 5;
		assert.deepEqual([lexer.scan(4, 'expression').kind, lexer.scan(5, 'expression').kind], ['Number', 'EndOfInput']);
	});
});
