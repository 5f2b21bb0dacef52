// Syntax trees for the language a runbook uses: expressions with PowerShell's precedence, argument-mode commands,
// statements, script blocks and functions. Trees are compared in the compact form of show.ts.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {CommandAst, ExpressionAst, PipelineAst, ScriptBlockAst, StatementAst} from '../../src/language/ast.ts';
import {parse} from '../../src/language/parser.ts';
import {show, showAny} from './show.ts';

function trees(cases: [string, string][]): void {
	for (const [source, tree] of cases) {
		it(JSON.stringify(source), () => {
			assert.equal(show(source), tree);
		});
	}
}

/** The only statement of a script that must parse cleanly. */
function statement(source: string): StatementAst {
	const {ast, errors} = parse(source);
	assert.deepEqual(errors, []);
	assert.equal(ast.end?.statements.length, 1);
	return ast.end!.statements[0]!;
}

function expression(source: string): ExpressionAst {
	const pipeline = statement(source) as PipelineAst;
	assert.equal(pipeline.kind, 'Pipeline');
	const element = pipeline.elements[0]!;
	assert.equal(element.kind, 'CommandExpression');
	return element.expression;
}

function command(source: string): CommandAst {
	const pipeline = statement(source) as PipelineAst;
	assert.equal(pipeline.kind, 'Pipeline');
	return pipeline.elements[0] as CommandAst;
}

describe('operator precedence', () => {
	trees([
		['1 + 2 * 3', '(+ 1 (* 2 3))'],
		['1 * 2 + 3', '(+ (* 1 2) 3)'],
		['1 - 2 - 3', '(- (- 1 2) 3)'],
		['8 / 4 / 2', '(/ (/ 8 4) 2)'],
		['7 % 3 * 2', '(* (% 7 3) 2)'],
		// `..` binds tighter than `*` and `+`.
		['1..3 * 2', '(* (.. 1 3) 2)'],
		['2 * 1..3', '(* 2 (.. 1 3))'],
		['1 + 1..3', '(+ 1 (.. 1 3))'],
		// `-f` binds tighter than `*` but looser than `..`.
		["'{0}' -f 1 * 2", "(* (f '{0}' 1) 2)"],
		["'{0}{1}' -f 1..2", "(f '{0}{1}' (.. 1 2))"],
		// The comma operator binds tighter than every binary operator.
		['1,2,3 -contains 2', '(contains (array 1 2 3) 2)'],
		['1,2 + 3,4', '(+ (array 1 2) (array 3 4))'],
		['1,2..4', '(.. (array 1 2) 4)'],
		// Comparison operators share one level, left to right.
		['1 -eq 1 -eq $true', '(eq (eq 1 1) $true)'],
		['$a -like "x*" -replace "x", "y"', '(replace (like $a "x*") (array "x" "y"))'],
		// -and / -or / -xor share one level, below comparison.
		['$a -or $b -and $c', '(and (or $a $b) $c)'],
		['$a -eq 1 -and $b -ne 2', '(and (eq $a 1) (ne $b 2))'],
		['$a -xor $b -or $c', '(or (xor $a $b) $c)'],
		// Bitwise operators sit between comparison and logical (as in pwsh's token.cs); -shl/-shr are comparison-level.
		['1 -band 3 -eq 1', '(band 1 (eq 3 1))'],
		['1 -shl 2 -eq 4', '(eq (shl 1 2) 4)'],
		['$a -band 1 -or $b', '(or (band $a 1) $b)'],
		// `??` binds tighter than comparison and looser than `+`.
		['$a ?? 1 + 2', '(?? $a (+ 1 2))'],
		['$a ?? $b -eq 2', '(eq (?? $a $b) 2)'],
		['$a ?? $b ?? $c', '(?? (?? $a $b) $c)'],
		// The ternary operator is loosest and nests to the right.
		['$a -gt 1 ? "big" : "small"', '(? (gt $a 1) "big" "small")'],
		['$a ? 1 : $b ? 2 : 3', '(? $a 1 (? $b 2 3))'],
		['$a ? 1 + 2 : 3 * 4', '(? $a (+ 1 2) (* 3 4))'],
		['$x = $a ? 1 : 2', '(= $x (? $a 1 2))'],
		['-not $a -and $b', '(and (not $a) $b)'],
		['!$a -or !$b', '(or (! $a) (! $b))'],
		['(1 + 2) * 3', '(* (paren (+ 1 2)) 3)'],
	]);
});

describe('operators are case-insensitive and normalised', () => {
	trees([
		['1 -EQ 1', '(eq 1 1)'],
		["'a' -Like 'A'", "(like 'a' 'A')"],
		["'a' -CEQ 'A'", "(ceq 'a' 'A')"],
		["'a' -ieq 'A'", "(ieq 'a' 'A')"],
		["'a' -cLike 'A'", "(clike 'a' 'A')"],
		["'a' -NotMatch 'b'", "(notmatch 'a' 'b')"],
		["'aXb' -csplit 'X'", "(csplit 'aXb' 'X')"],
		["'ab' -creplace 'a', 'b'", "(creplace 'ab' (array 'a' 'b'))"],
		['1 -In 1, 2', '(in 1 (array 1 2))'],
		['1 -notin 1, 2', '(notin 1 (array 1 2))'],
		['$a -IS [int]', '(is $a [int])'],
		['$a -isnot [string]', '(isnot $a [string])'],
		["'5' -as [int]", "(as '5' [int])"],
		['1 -bor 2 -bxor 3', '(bxor (bor 1 2) 3)'],
		['-bnot 5', '(bnot 5)'],
		['4 -shr 1', '(shr 4 1)'],
	]);

	it('keeps the extent of the operator token', () => {
		const binary = expression('1 -EQ 2');
		assert.equal(binary.kind, 'Binary');
		assert.deepEqual(binary.kind === 'Binary' && binary.operatorExtent, {start: 2, end: 5});
	});

	it('reads typographic dashes as dashes (text pasted from documents)', () => {
		assert.equal(show('1 \u2013eq 1'), '(eq 1 1)');
		assert.equal(show('Get-Thing \u2013Name x'), '(cmd Get-Thing -Name x)');
	});
});

describe('unary operators and the comma operator', () => {
	trees([
		['-5', '-5'],
		['- 5', '(- 5)'],
		['-$x', '(- $x)'],
		['+$x', '(+ $x)'],
		["+ '123'", "(+ '123')"],
		['3 -5', '(- 3 5)'],
		['3 - -5', '(- 3 -5)'],
		['-1..5', '(.. -1 5)'],
		['-not $true', '(not $true)'],
		['-NOT $true', '(not $true)'],
		['!$x', '(! $x)'],
		['!!$x', '(! (! $x))'],
		[',1', '(array 1)'],
		[',,1', '(array (array 1))'],
		[', 1, 2', '(array (array 1) 2)'],
		['-join "a", "b"', '(array (join "a") "b")'],
		['-join ("a", "b")', '(join (paren (array "a" "b")))'],
		['-split "a b"', '(split "a b")'],
		['-isplit "a b"', '(split "a b")'],
		['-split "a b", "c d"', '(array (split "a b") "c d")'],
		['++$i', '(++ $i)'],
		['--$i', '(-- $i)'],
		['$i++', '(post++ $i)'],
		['$i--', '(post-- $i)'],
		['$a.Count++', '(post++ (. $a Count))'],
		['$a[0]++', '(post++ ([] $a 0))'],
		['-$x.Length', '(- (. $x Length))'],
		['-not $x -eq 1', '(eq (not $x) 1)'],
	]);
});

describe('numbers', () => {
	const cases: [string, number, boolean, boolean?][] = [
		['10', 10, false],
		['0', 0, false],
		['3.5', 3.5, true],
		['.5', 0.5, true],
		['1.', 1, true],
		['1e3', 1000, true],
		['1.5e-2', 0.015, true],
		['0xFF', 255, false],
		['0x1F', 31, false],
		['0xFFFFFFFF', -1, false],
		['0x80000000', -2147483648, false],
		['0x7FFFFFFF', 2147483647, false],
		['0xFFFFFFFFu', 4294967295, false],
		['0b101', 5, false],
		['1kb', 1024, false],
		['2MB', 2 * 1024 * 1024, false],
		['1gb', 1024 ** 3, false],
		['1tb', 1024 ** 4, false],
		['1pb', 1024 ** 5, false],
		['1.5kb', 1536, true],
		['10l', 10, false, true],
		['10d', 10, true],
		['-3', -3, false],
		['-0x10', -16, false],
	];
	for (const [source, value, isDouble, isLong] of cases) {
		it(source, () => {
			const number = expression(source);
			assert.equal(number.kind, 'NumberConstant');
			if (number.kind === 'NumberConstant') {
				assert.equal(number.value, value);
				assert.equal(number.isDouble, isDouble);
				assert.equal(number.isLong ?? false, isLong ?? false);
			}
		});
	}

	trees([
		['1..10', '(.. 1 10)'],
		['1 .. 10', '(.. 1 10)'],
		['$a[1..2]', '([] $a (.. 1 2))'],
		['1+2', '(+ 1 2)'],
		['1-2', '(- 1 2)'],
		['10kb/1kb', '(/ 10240 1024)'],
	]);
});

describe('strings', () => {
	trees([
		["'single $x'", "'single $x'"],
		["'it''s'", "'it's'"],
		['"plain"', '"plain"'],
		['"say ""hi"""', '"say "hi""'],
		['"tab`there"', '"tab\there"'],
		['"$x"', '(expand $x)'],
		['"a $x b"', '(expand "a " $x " b")'],
		['"$x.Name"', '(expand $x ".Name")'],
		['"$x[0]"', '(expand $x "[0]")'],
		['"$($x.Name)"', '(expand ($ (. $x Name)))'],
		['"${my var}!"', '(expand $my var "!")'],
		['"$env:USERNAME"', '(expand $env:USERNAME)'],
		['"$global:a $script:b $using:c"', '(expand $global:a " " $script:b " " $using:c)'],
		['"$_ $$ $? $^"', '(expand $_ " " $$ " " $? " " $^)'],
		['"costs $ 5"', '"costs $ 5"'],
		['"`$x is literal"', '"$x is literal"'],
		['"$(1; 2)"', '(expand ($ 1; 2))'],
		['"$(Get-Date | Select -First 1)"', '(expand ($ (| (cmd Get-Date) (cmd Select -First 1))))'],
		['"hashtable: $(@{ key = \'value\' })"', "(expand \"hashtable: \" ($ (hash key='value')))"],
		// A quoted `)` inside $(...) does not end it (pwsh only counts parentheses there).
		['"$(\')\')"', "(expand ($ ')'))"],
		['"$("(")"', '(expand ($ "("))'],
		['"outer $("inner $("deep")")"', '(expand "outer " ($ (expand "inner " ($ "deep"))))'],
		['"a $x$y b"', '(expand "a " $x $y " b")'],
		['"$x$"', '(expand $x "$")'],
	]);

	it('applies every backtick escape', () => {
		const value = (source: string): string => {
			const node = expression(source);
			assert.equal(node.kind, 'StringConstant');
			return node.kind === 'StringConstant' ? node.value : '';
		};

		assert.equal(value('"`0`a`b`e`f`n`r`t`v"'), '\0\x07\b\x1b\f\n\r\t\v');
		assert.equal(value('"`\'`"`$``"'), '\'"$`');
		assert.equal(value('"`u{263A}"'), '\u263a');
		assert.equal(value('"`u{1F600}"'), '\u{1f600}');
		assert.equal(value('"`q`?"'), 'q?');
		assert.equal(value("'`n'"), '`n');
	});

	it('marks quotes: single, double, bare', () => {
		const single = expression("'a'");
		const double = expression('"a"');
		assert.equal(single.kind === 'StringConstant' && single.quote, 'single');
		assert.equal(double.kind === 'StringConstant' && double.quote, 'double');
		const word = command('Write-Output a').elements[0]!;
		assert.equal(word.kind === 'StringConstant' && word.quote, 'bare');
	});

	it('reads typographic quotes as quotes', () => {
		// Like pwsh, a doubled quote keeps its second character.
		assert.equal(show('\u2018it\u2019\u2019s\u2019'), "'it\u2019s'");
		assert.equal(show('\u201chi $x\u201d'), '(expand "hi " $x)');
	});

	describe('here-strings', () => {
		trees([
			["@'\nline $x\n'@", "@'line $x'"],
			['@"\nline $x\n"@', '(expand "line " $x)'],
			['@"\nFor help, type "Get-Help"\n"@', '@"For help, type "Get-Help""'],
			["@'\n'@", "@''"],
			["@'\n\n'@", "@''"],
			["@'\na\n\nb\n'@", "@'a\n\nb'"],
			["@'\n  '@ not the end\n'@", "@'  '@ not the end'"],
			["@'   \nwhitespace after the header is allowed\n'@", "@'whitespace after the header is allowed'"],
			['@"\n$(1 + 2)\nNext\n"@', '(expand ($ (+ 1 2)) "\\nNext")'],
			['$x = @"\nA\n"@; $x', '(= $x @"A"); $x'],
		]);

		it('keeps CRLF line ends inside the value but not before the closer', () => {
			const node = expression("@'\r\na\r\nb\r\n'@");
			assert.equal(node.kind === 'StringConstant' && node.value, 'a\r\nb');
		});

		it('flags here-strings', () => {
			const node = expression("@'\na\n'@");
			assert.equal(node.kind === 'StringConstant' && node.hereString, true);
			const expandable = expression('@"\n$a\n"@');
			assert.equal(expandable.kind === 'ExpandableString' && expandable.hereString, true);
		});
	});
});

describe('variables', () => {
	const cases: [string, string, string | undefined][] = [
		['$x', 'x', undefined],
		['$_', '_', undefined],
		['$PSItem', 'PSItem', undefined],
		['$true', 'true', undefined],
		['$null', 'null', undefined],
		['$?', '?', undefined],
		['$$', '$', undefined],
		['$^', '^', undefined],
		['$env:Path', 'Path', 'env'],
		['$ENV:Path', 'Path', 'env'],
		['$global:count', 'count', 'global'],
		['$script:x', 'x', 'script'],
		['$local:x', 'x', 'local'],
		['$using:x', 'x', 'using'],
		['${any name here}', 'any name here', undefined],
		['${env:ProgramFiles(x86)}', 'ProgramFiles(x86)', 'env'],
		['${a`}b}', 'a}b', undefined],
		['$a1_b2', 'a1_b2', undefined],
		['$café', 'café', undefined],
	];
	for (const [source, name, scope] of cases) {
		it(source, () => {
			const node = expression(source);
			assert.equal(node.kind, 'Variable');
			if (node.kind === 'Variable') {
				assert.equal(node.name, name);
				assert.equal(node.scope, scope);
				assert.equal(node.splatted, undefined);
			}
		});
	}

	it('`?` belongs to unbraced names, so null-conditional access needs braces', () => {
		assert.equal(show('$x?.Name'), '(. $x? Name)');
		assert.equal(show('${x}?.Name'), '(?. $x Name)');
		assert.equal(show('${x}?[0]'), '(?[] $x 0)');
		assert.equal(show('$a.b?.c'), '(?. (. $a b) c)');
	});

	it('`@name` in argument position is a splat', () => {
		const splat = command('Get-Thing @params').elements[0]!;
		assert.equal(splat.kind, 'Variable');
		assert.equal(splat.kind === 'Variable' && splat.splatted, true);
		assert.equal(splat.kind === 'Variable' && splat.name, 'params');
	});
});

describe('member access, indexing and method calls', () => {
	trees([
		['$x.Name', '(. $x Name)'],
		['$x.Name.Length', '(. (. $x Name) Length)'],
		['$x[0]', '([] $x 0)'],
		['$x[0][1]', '([] ([] $x 0) 1)'],
		['$x[-1]', '([] $x -1)'],
		['$x[0, 2]', '([] $x (array 0 2))'],
		['$x[$i + 1]', '([] $x (+ $i 1))'],
		['$h["key"]', '([] $h "key")'],
		['$x.Method()', '(.call $x Method)'],
		['$x.Method(1, "a")', '(.call $x Method 1 "a")'],
		['$x.Method((1, 2))', '(.call $x Method (paren (array 1 2)))'],
		['$x.Method(1).Other[0]', '([] (. (.call $x Method 1) Other) 0)'],
		['$x.Where{ $_ }', '(.call $x Where {$_})'],
		['$x.ForEach({ $_ * 2 })', '(.call $x ForEach {(* $_ 2)})'],
		['$x.$name', '(. $x $name)'],
		['$x."Display Name"', '(. $x Display Name)'],
		["$x.'a b'", '(. $x a b)'],
		['$x.($a + $b)', '(. $x (paren (+ $a $b)))'],
		['$x.end', '(. $x end)'],
		['$x.foreach', '(. $x foreach)'],
		['[Math]::Round(2.5)', '(::call [Math] Round 2.5)'],
		['[Math]::PI', '(:: [Math] PI)'],
		['[int]::MaxValue', '(:: [int] MaxValue)'],
		['[string]::Join(",", $a)', '(::call [string] Join "," $a)'],
		['[datetime]::Now.Year', '(. (:: [datetime] Now) Year)'],
		['$a::b', '(:: $a b)'],
		['(Get-Date).Year', '(. (paren (cmd Get-Date)) Year)'],
		['@(1, 2).Count', '(. (@ (array 1 2)) Count)'],
		['@{a = 1}.a', '(. (hash a=1) a)'],
		["'abc'.Length", "(. 'abc' Length)"],
		['"abc".ToUpper()', '(.call "abc" ToUpper)'],
		['$x.\n  Foo()', '(.call $x Foo)'],
		['$x.Method(\n  1,\n  2\n)', '(.call $x Method 1 2)'],
	]);

	it('wants no whitespace before `(`, `[` and `.`', () => {
		assert.equal(parse('$x [0]').errors[0]?.message, "Unexpected token '[0]' in expression or statement.");
		assert.equal(parse('$x .Name').errors[0]?.message, "Unexpected token '.Name' in expression or statement.");
		assert.equal(showAny('$x.Method (1)'), '(. $x Method); (paren 1)');
	});

	it('allows block comments between an expression and its member access', () => {
		assert.equal(show('$x<# why #>.Name'), '(. $x Name)');
	});
});

describe('types, casts and type literals', () => {
	trees([
		['[int]', '[int]'],
		['[int]$x', '([int] $x)'],
		['[int] $x', '([int] $x)'],
		["[int]'5'", "([int] '5')"],
		['[int]-5', '([int] -5)'],
		['[int](1.5 + 1)', '([int] (paren (+ 1.5 1)))'],
		['[string[]]$list', '([string[]] $list)'],
		['[int[,]]$grid', '([int[,]] $grid)'],
		['[byte[][]]$jagged', '([byte[][]] $jagged)'],
		['[System.Collections.Generic.List[string]]::new()', '(::call [System.Collections.Generic.List[string]] new)'],
		['[System.Collections.Generic.Dictionary[string, int]]', '[System.Collections.Generic.Dictionary[string,int]]'],
		['[Collections.Generic.List[Collections.Generic.List[int]]]', '[Collections.Generic.List[Collections.Generic.List[int]]]'],
		['[Dictionary[[string], [int]]]', '[Dictionary[string,int]]'],
		['[List[int][]]', '[List[int][]]'],
		["[datetime]'2024-01-01'", "([datetime] '2024-01-01')"],
		['[ordered]@{a = 1}', '([ordered] (hash a=1))'],
		['[pscustomobject]@{Name = "x"}', '([pscustomobject] (hash Name="x"))'],
		['[int][string]5', '([int] ([string] 5))'],
		['[void](Get-Thing)', '([void] (paren (cmd Get-Thing)))'],
		['$x -is [int]', '(is $x [int])'],
		['$x -as [int[]]', '(as $x [int[]])'],
		['[int], [string]', '(array [int] [string])'],
		['([int])', '(paren [int])'],
		['[Microsoft.PowerShell.Commands.GetDateCommand+Nested]', '[Microsoft.PowerShell.Commands.GetDateCommand+Nested]'],
		['[ int ]', '[int]'],
	]);

	it('a type followed by a newline stands alone', () => {
		assert.equal(show('[int]\n$x'), '[int]; $x');
	});

	it('refuses [ordered] on anything but a hash literal', () => {
		const {errors} = parse('[ordered]$h = @{}');
		assert.equal(errors[0]?.id, 'OrderedAttributeOnlyOnHashLiteralNode');
		assert.equal(errors[0]?.message, 'The ordered attribute can be specified only on a hash literal node.');
		assert.deepEqual(errors[0]?.extent, {start: 0, end: 9});
	});
});

describe('hashtables, arrays and subexpressions', () => {
	trees([
		['@{}', '(hash)'],
		['@{ a = 1 }', '(hash a=1)'],
		['@{ a = 1; b = 2 }', '(hash a=1 b=2)'],
		['@{ a = 1\n b = 2\n\n c = 3 }', '(hash a=1 b=2 c=3)'],
		["@{ 'quoted' = 1; \"dq\" = 2; 3 = 'three' }", "(hash 'quoted'=1 \"dq\"=2 3='three')"],
		['@{ $key = 1; (1 + 1) = 2; -1 = 3 }', '(hash $key=1 (paren (+ 1 1))=2 -1=3)'],
		['@{ a = Get-Thing -Name x | Sort }', '(hash a=(| (cmd Get-Thing -Name x) (cmd Sort)))'],
		['@{ a = 1, 2, 3 }', '(hash a=(array 1 2 3))'],
		['@{ a = if ($x) { 1 } else { 2 }\n b = 2 }', '(hash a=(if $x {1} else {2}) b=2)'],
		['@{ Name = "n"; Expression = { $_.Length } }', '(hash Name="n" Expression={(. $_ Length)})'],
		['@{\n  a = @{\n    b = 1\n  }\n}', '(hash a=(hash b=1))'],
		['@{ if = 1; function = 2 }', '(hash if=1 function=2)'],
		['@()', '(@ )'],
		['@(1)', '(@ 1)'],
		['@(1, 2)', '(@ (array 1 2))'],
		['@(\n  1\n  2\n)', '(@ 1; 2)'],
		['@(Get-Thing)', '(@ (cmd Get-Thing))'],
		['$()', '($ )'],
		['$(1; 2)', '($ 1; 2)'],
		['$(if ($a) { 1 })', '($ (if $a {1}))'],
		['(1)', '(paren 1)'],
		['(1, 2)', '(paren (array 1 2))'],
		['($x = 5)', '(paren (= $x 5))'],
		['(a && b)', '(paren (&& (cmd a) (cmd b)))'],
		['(Get-Thing | Sort)', '(paren (| (cmd Get-Thing) (cmd Sort)))'],
		['(\n  1 +\n  2\n)', '(paren (+ 1 2))'],
		['1,\n2,\n3', '(array 1 2 3)'],
	]);

	it('refuses duplicate keys (case-insensitively) but not 1 and "1"', () => {
		assert.equal(parse('@{ a = 1; A = 2 }').errors[0]?.message, "Duplicate keys 'A' are not allowed in hash literals.");
		assert.deepEqual(parse("@{ 1 = 1; '1' = 2 }").errors, []);
	});
});

describe('script blocks', () => {
	trees([
		['{}', '{}'],
		['{ $_ }', '{$_}'],
		['{ param($a, $b) $a + $b }', '{(param $a $b); (+ $a $b)}'],
		['{ param() }', '{(param)}'],
		['{\n  param(\n    $a\n  )\n  $a\n}', '{(param $a); $a}'],
		['{ begin { 1 } process { 2 } end { 3 } }', '{begin {1}; process {2}; end {3}}'],
		['{ process { $_ } }', '{process {$_}}'],
		['{ param($x) begin {} end {} }', '{(param $x); begin {}; end {}}'],
		['{ [CmdletBinding()] param() }', '{[CmdletBinding()]; (param)}'],
		['{ [int]$x = 5; $x }', '{(= ([int] $x) 5); $x}'],
		['{ [int] }', '{[int]}'],
		['{ 1, 2 }', '{(array 1 2)}'],
		['{ param }', '{(cmd param)}'],
	]);

	it('keeps the source text without the braces', () => {
		const block = expression('{ $_ * 2 }');
		assert.equal(block.kind === 'ScriptBlockExpression' && block.block.text, ' $_ * 2 ');
		assert.equal(parse('Get-Thing\n$x').ast.text, 'Get-Thing\n$x');
	});

	it('gives the extents of the block, braces included', () => {
		const block = expression('{ 1 }');
		assert.deepEqual(block.extent, {start: 0, end: 5});
		assert.deepEqual(block.kind === 'ScriptBlockExpression' && block.block.extent, {start: 0, end: 5});
	});

	it('parses a script with a param block and named blocks', () => {
		const script = [
			'[CmdletBinding(SupportsShouldProcess)]',
			'param(',
			'  [Parameter(Mandatory, Position = 0, ValueFromPipeline = $true)]',
			"  [ValidateSet('Online', 'Offline')]",
			"  [Alias('m')]",
			"  [string]$Mode = 'Online',",
			'  [switch]$Force',
			')',
			'begin { $count = 0 }',
			'process { $count++ }',
			'end { "done: $count" }',
		].join('\n');
		assert.equal(
			show(script),
			"[CmdletBinding(SupportsShouldProcess)]; (param [Parameter(Mandatory,Position=0,ValueFromPipeline=$true)][ValidateSet('Online','Offline')][Alias('m')][string]$Mode='Online' [switch]$Force); begin {(= $count 0)}; process {(post++ $count)}; end {(expand \"done: \" $count)}",
		);
		const {ast} = parse(script);
		const mode = ast.param!.parameters[0]!;
		assert.equal(mode.name, 'Mode');
		assert.equal(mode.type?.name, 'string');
		assert.deepEqual(mode.attributes.map(attribute => attribute.name), ['Parameter', 'ValidateSet', 'Alias']);
		const parameter = mode.attributes[0]!;
		assert.deepEqual(parameter.named.map(named => [named.name, named.value?.kind]), [
			['Mandatory', undefined],
			['Position', 'NumberConstant'],
			['ValueFromPipeline', 'Variable'],
		]);
		assert.deepEqual(ast.attributes.map(attribute => attribute.name), ['CmdletBinding']);
	});

	it('takes more attribute forms', () => {
		assert.equal(
			show('param([ValidateRange(1, 10)][int]$n, [ValidateScript({ $_ -gt 0 })]$s, [ValidatePattern("^\\d+$")]$p, [OutputType([string])]$o)'),
			'(param [ValidateRange(1,10)][int]$n [ValidateScript({(gt $_ 0)})]$s [ValidatePattern("^\\d+$")]$p [OutputType([string])]$o)',
		);
	});
});

describe('functions', () => {
	trees([
		['function f { 1 }', '(function f {1})'],
		['function Get-Thing { param([string]$Name) "Hi $Name" }', '(function Get-Thing {(param [string]$Name); (expand "Hi " $Name)})'],
		['function f($a, $b = 2) { $a + $b }', '(function f ($a $b=2) {(+ $a $b)})'],
		['function f([int]$a) { }', '(function f ([int]$a) {})'],
		['function f\n{\n 1\n}', '(function f {1})'],
		['function global:Do-It { }', '(function global:Do-It {})'],
		['function Verb-Noun.Sub { }', '(function Verb-Noun.Sub {})'],
		['function end { }', '(function end {})'],
		['function f { begin {} process { $_ } }', '(function f {begin {}; process {$_}})'],
		['filter Double { $_ * 2 }', '(filter Double {process {(* $_ 2)}})'],
		['function f { [CmdletBinding()] param($x) $x }', '(function f {[CmdletBinding()]; (param $x); $x})'],
	]);

	it('refuses two parameter lists', () => {
		assert.equal(parse('function f($a) { param($b) }').errors[0]?.id, 'OnlyOneParameterListAllowed');
	});

	it('refuses duplicate parameters', () => {
		assert.equal(parse('function f($a, $A) { }').errors[0]?.message, 'Duplicate parameter $A in parameter list.');
	});
});

describe('commands and argument mode', () => {
	trees([
		['Get-Process', '(cmd Get-Process)'],
		['Get-Process -Name foo', '(cmd Get-Process -Name foo)'],
		['ServiceConnectionTool.exe -prepare -usagedatadest D:\\USB\\UsageData.cab', '(cmd ServiceConnectionTool.exe -prepare -usagedatadest D:\\USB\\UsageData.cab)'],
		['ServiceConnectionTool.exe -connect -usagedatasrc D:\\USB -updatepackdest D:\\USB\\UpdatePacks', '(cmd ServiceConnectionTool.exe -connect -usagedatasrc D:\\USB -updatepackdest D:\\USB\\UpdatePacks)'],
		['Restart-Component -Name SMS_DMP_DOWNLOADER', '(cmd Restart-Component -Name SMS_DMP_DOWNLOADER)'],
		['Set-Location PS1:\\', '(cmd Set-Location PS1:\\)'],
		['Set-Location PS1:', '(cmd Set-Location PS1:)'],
		['Import-Module ConfigurationManager', '(cmd Import-Module ConfigurationManager)'],
		['Get-ChildItem C:\\Windows\\*.log -Recurse', '(cmd Get-ChildItem C:\\Windows\\*.log -Recurse)'],
		['Get-Thing *.log 1.2.3 ./rel ../up ~/home a/b', '(cmd Get-Thing *.log 1.2.3 ./rel ../up ~/home a/b)'],
		['Write-Output 10 1kb 0x1F 2.5 -5', '(cmd Write-Output 10 1024 31 2.5 -5)'],
		['Write-Output 1..10', '(cmd Write-Output 1..10)'],
		['Write-Output 7zip.exe 1abc', '(cmd Write-Output 7zip.exe 1abc)'],
		['Write-Output a,b,c', '(cmd Write-Output (array a b c))'],
		['Write-Output a, b,\n  c', '(cmd Write-Output (array a b c))'],
		['Write-Output 1,2 3', '(cmd Write-Output (array 1 2) 3)'],
		['Write-Output $x $x.Name $x[0] $x.Go()', '(cmd Write-Output $x (. $x Name) ([] $x 0) (.call $x Go))'],
		['Write-Output (1 + 2) $(3) @(4) @{a = 1} { 5 }', '(cmd Write-Output (paren (+ 1 2)) ($ 3) (@ 4) (hash a=1) {5})'],
		["Write-Output 'single' \"double $x\"", "(cmd Write-Output 'single' (expand \"double \" $x))"],
		// As in pwsh, a type in argument mode is text: `[int]::MaxValue` needs parentheses to be evaluated.
		['Write-Output [int] [int]::MaxValue', '(cmd Write-Output [int] [int]::MaxValue)'],
		['Add-Member -Value [int]$x', '(cmd Add-Member -Value (word "[int]" $x))'],
		['Write-Output ([int]::MaxValue)', '(cmd Write-Output (paren (:: [int] MaxValue)))'],
		['Write-Output if else foreach', '(cmd Write-Output if else foreach)'],
		['Write-Output a#b # a comment', '(cmd Write-Output a#b)'],
		['Write-Output a=b a:b x::y', '(cmd Write-Output a=b a:b x::y)'],
		['Write-Output !x ?x %x *x +x =x', '(cmd Write-Output !x ?x %x *x +x =x)'],
		['Write-Output + - * / %', '(cmd Write-Output + - * / %)'],
		['Write-Output e`t c``d', '(cmd Write-Output e\t c`d)'],
		['Write-Output --name="a b" key=\'x y\'', '(cmd Write-Output --name=a b key=x y)'],
		['Write-Output \'a\'b', "(cmd Write-Output 'a' b)"],
		['Write-Output $env:TEMP\\log.txt', '(cmd Write-Output (word $env:TEMP "\\\\log.txt"))'],
		['Write-Output ${env:TEMP}\\log.txt', '(cmd Write-Output (word $env:TEMP "\\\\log.txt"))'],
		['Write-Output abc$x def$($y)ghi', '(cmd Write-Output (word "abc" $x) (word "def" ($ $y) "ghi"))'],
		['Write-Output $x:y', '(cmd Write-Output $x:y)'],
		['Get-Thing -Name:$false -Force:$true', '(cmd Get-Thing -Name:$false -Force:$true)'],
		['Get-Thing -Name: value', '(cmd Get-Thing -Name:value)'],
		['Get-Thing -Name:a,b', '(cmd Get-Thing -Name:(array a b))'],
		['Get-Thing -? -_x', '(cmd Get-Thing -? -_x)'],
		['Get-Thing @splat -Other 1 @more', '(cmd Get-Thing @splat -Other 1 @more)'],
		['Get-Thing -- -NotAParameter', '(cmd Get-Thing -NotAParameter)'],
		['Get-Thing -- -- x', '(cmd Get-Thing -- x)'],
		['Get-Thing --% -a b "c" | Sort', '(| (cmd Get-Thing --% -a b "c" ) (cmd Sort))'],
		['& $scriptBlock 1 2', '(cmd & $scriptBlock 1 2)'],
		['& "C:\\Program Files\\tool.exe" /q', '(cmd & "C:\\Program Files\\tool.exe" /q)'],
		["& 'name with spaces'", "(cmd & 'name with spaces')"],
		['& { param($a) $a } 5', '(cmd & {(param $a); $a} 5)'],
		['& $cmd.Path', '(cmd & (. $cmd Path))'],
		['& Get-Thing', '(cmd & Get-Thing)'],
		['& $dir\\tool.exe', '(cmd & (word $dir "\\\\tool.exe"))'],
		['. .\\helpers.ps1', '(cmd . .\\helpers.ps1)'],
		['. $PSScriptRoot\\helpers.ps1', '(cmd . (word $PSScriptRoot "\\\\helpers.ps1"))'],
		['.\\script.ps1 -Param 1', '(cmd .\\script.ps1 -Param 1)'],
		['..\\script.ps1', '(cmd ..\\script.ps1)'],
		['% { $_ }', '(cmd % {$_})'],
		['? { $_ }', '(cmd ? {$_})'],
		['-foo', '(cmd -foo)'],
	]);

	it('keeps a command name literal (no expansion without & or .)', () => {
		const name = command('foo$x bar').name;
		assert.equal(name.kind, 'StringConstant');
		assert.equal(name.kind === 'StringConstant' && name.value, 'foo$x');
	});

	it('gives parameters their argument only with a colon', () => {
		const {elements} = command('Get-Thing -Name x -Force:$false');
		assert.deepEqual(
			elements.map(element => (element.kind === 'CommandParameter' ? [element.name, element.argument?.kind] : [element.kind])),
			[['Name', undefined], ['StringConstant'], ['Force', 'Variable']],
		);
	});
});

describe('pipelines and chains', () => {
	trees([
		['Get-Thing | Sort-Object Name', '(| (cmd Get-Thing) (cmd Sort-Object Name))'],
		['1..10 | Where-Object { $_ -gt 7 }', '(| (.. 1 10) (cmd Where-Object {(gt $_ 7)}))'],
		['$x | foreach { $_ }', '(| $x (cmd foreach {$_}))'],
		['1..3 | foreach { $_ } | where { $_ } | ? Name -eq x | % Name', '(| (.. 1 3) (cmd foreach {$_}) (cmd where {$_}) (cmd ? Name -eq x) (cmd % Name))'],
		['Get-Thing |\n  Sort-Object', '(| (cmd Get-Thing) (cmd Sort-Object))'],
		['Get-Thing |\n\n  Sort-Object', '(| (cmd Get-Thing) (cmd Sort-Object))'],
		['Get-Thing\n  | Sort-Object\n  | Select-Object -First 1', '(| (cmd Get-Thing) (cmd Sort-Object) (cmd Select-Object -First 1))'],
		['Get-Thing\n  # why\n  | Sort-Object', '(| (cmd Get-Thing) (cmd Sort-Object))'],
		['Get-Thing `\n  -Name x `\n  -Force', '(cmd Get-Thing -Name x -Force)'],
		['a && b', '(&& (cmd a) (cmd b))'],
		['a || b', '(|| (cmd a) (cmd b))'],
		['a && b || c', '(|| (&& (cmd a) (cmd b)) (cmd c))'],
		['a | b && c | d', '(&& (| (cmd a) (cmd b)) (| (cmd c) (cmd d)))'],
		['a &&\n  b', '(&& (cmd a) (cmd b))'],
		['$x = a && b', '(= $x (&& (cmd a) (cmd b)))'],
		['Test-Path x && "yes"', '(&& (cmd Test-Path x) "yes")'],
		['a; b', '(cmd a); (cmd b)'],
		['a\nb', '(cmd a); (cmd b)'],
		['a;;; b\n\n;c', '(cmd a); (cmd b); (cmd c)'],
	]);

	it('a blank line ends a pipeline before a leading `|`', () => {
		assert.equal(parse('Get-Thing\n\n| Sort').errors[0]?.id, 'EmptyPipeElement');
	});
});

describe('redirections', () => {
	trees([
		['Get-Thing > out.txt', '(cmd Get-Thing 1> out.txt)'],
		['Get-Thing >> out.txt', '(cmd Get-Thing 1>> out.txt)'],
		['Get-Thing 2> err.txt', '(cmd Get-Thing 2> err.txt)'],
		['Get-Thing 2>$null', '(cmd Get-Thing 2> $null)'],
		['Get-Thing >$null', '(cmd Get-Thing 1> $null)'],
		['Get-Thing 2>&1', '(cmd Get-Thing 2>&1)'],
		['Get-Thing *> all.log', '(cmd Get-Thing *> all.log)'],
		['Get-Thing *>&1', '(cmd Get-Thing *>&1)'],
		['Get-Thing 3>&1 4>> v.log', '(cmd Get-Thing 3>&1 4>> v.log)'],
		['Get-Thing -Name x 2>&1 | Out-Null', '(| (cmd Get-Thing -Name x 2>&1) (cmd Out-Null))'],
		['Get-Thing > "$env:TEMP\\x.txt"', '(cmd Get-Thing 1> (expand $env:TEMP "\\\\x.txt"))'],
		['$x > out.txt', '($x 1> out.txt)'],
		['"text" >> log.txt', '("text" 1>> log.txt)'],
	]);

	it('records streams and targets', () => {
		const {redirections} = command('Get-Thing 2>&1 > out.txt');
		assert.deepEqual(redirections.map(r => [r.from, r.append, r.target.kind]), [
			['2', false, 'Stream'],
			['1', false, 'StringConstant'],
		]);
	});
});

describe('assignment', () => {
	trees([
		['$x = 1', '(= $x 1)'],
		['$x = 1, 2, 3', '(= $x (array 1 2 3))'],
		['$x = Get-Thing | Sort', '(= $x (| (cmd Get-Thing) (cmd Sort)))'],
		['$x = if ($a) { 1 } else { 2 }', '(= $x (if $a {1} else {2}))'],
		['$x = switch ($a) { 1 { "one" } }', '(= $x (switch $a 1 {"one"}))'],
		['$x = foreach ($i in 1..3) { $i }', '(= $x (foreach $i (.. 1 3) {$i}))'],
		['$x = try { 1 } catch { 2 }', '(= $x (try {1} catch {2}))'],
		['$x =\n  5', '(= $x 5)'],
		['$a = $b = 2', '(= $a (= $b 2))'],
		['$x += 1', '(+= $x 1)'],
		['$x -= 1', '(-= $x 1)'],
		['$x *= 2', '(*= $x 2)'],
		['$x /= 2', '(/= $x 2)'],
		['$x %= 2', '(%= $x 2)'],
		['$x ??= 2', '(??= $x 2)'],
		['$x.Name = "n"', '(= (. $x Name) "n")'],
		['$x[0] = 1', '(= ([] $x 0) 1)'],
		['$h["k"] += 1', '(+= ([] $h "k") 1)'],
		['[int]$x = "5"', '(= ([int] $x) "5")'],
		['$a, $b = 1, 2', '(= (array $a $b) (array 1 2))'],
		['$a, $b = $b, $a', '(= (array $a $b) (array $b $a))'],
		['$env:PATH = "x"', '(= $env:PATH "x")'],
		['${my var} = 1', '(= $my var 1)'],
		['$x=5', '(= $x 5)'],
		['$x = -1', '(= $x -1)'],
		['$x = [int]::MaxValue', '(= $x (:: [int] MaxValue))'],
		['$x = $null', '(= $x $null)'],
	]);

	it('refuses targets that cannot be assigned', () => {
		for (const source of ['1 = 2', '$x + 1 = 2', '"a" = 1', '$x.Go() = 1', '@x = 1']) {
			assert.equal(parse(source).errors.some(error => error.id === 'InvalidLeftHandSide'), true, source);
		}
	});

	it('refuses ++ and -- on anything but variables and members', () => {
		const {errors} = parse('5++');
		assert.equal(errors[0]?.id, 'OperatorRequiresVariableOrProperty');
		assert.equal(errors[0]?.message, "The '++' operator works only on variables or on properties.");
	});
});

describe('if, loops and switch', () => {
	trees([
		['if ($a) { 1 }', '(if $a {1})'],
		['if ($a) { 1 } else { 2 }', '(if $a {1} else {2})'],
		['if ($a) { 1 } elseif ($b) { 2 } elseif ($c) { 3 } else { 4 }', '(if $a {1} elseif $b {2} elseif $c {3} else {4})'],
		['if ($a) {\n  1\n}\nelseif ($b) {\n  2\n}\nelse {\n  3\n}', '(if $a {1} elseif $b {2} else {3})'],
		['if ($a) { 1 }\n\n# note\n\nelse { 2 }', '(if $a {1} else {2})'],
		['if ($a) { 1 }\n$b', '(if $a {1}); $b'],
		['if($a){1}else{2}', '(if $a {1} else {2})'],
		['IF ($a) { 1 } ELSE { 2 }', '(if $a {1} else {2})'],
		['if ($x = Get-Thing) { $x }', '(if (= $x (cmd Get-Thing)) {$x})'],
		['if (Test-Path x) { 1 }', '(if (cmd Test-Path x) {1})'],
		['if (-not (Test-Path x)) { 1 }', '(if (not (paren (cmd Test-Path x))) {1})'],
		['if (\n  $a -and\n  $b\n) { 1 }', '(if (and $a $b) {1})'],
		['if ($a) { 1 } $b', '(if $a {1}); $b'],
		['while ($i -lt 3) { $i++ }', '(while (lt $i 3) {(post++ $i)})'],
		['while ($true) { break }', '(while $true {(break)})'],
		['do { $i++ } while ($i -lt 3)', '(do {(post++ $i)} while (lt $i 3))'],
		['do { $i++ }\nuntil ($i -ge 3)', '(do {(post++ $i)} until (ge $i 3))'],
		['for ($i = 0; $i -lt 3; $i++) { $i }', '(for (= $i 0) (lt $i 3) (post++ $i) {$i})'],
		['for (;;) { break }', '(for _ _ _ {(break)})'],
		['for ($i = 0\n $i -lt 3\n $i++) { }', '(for (= $i 0) (lt $i 3) (post++ $i) {})'],
		['foreach ($x in 1..3) { $x }', '(foreach $x (.. 1 3) {$x})'],
		['foreach ($x in Get-Thing | Sort) { $x }', '(foreach $x (| (cmd Get-Thing) (cmd Sort)) {$x})'],
		['foreach ($x in $list) {}', '(foreach $x $list {})'],
		['foreach ($x in @(1, 2)) {}', '(foreach $x (@ (array 1 2)) {})'],
		[':outer foreach ($x in $a) { foreach ($y in $b) { continue outer } }', '(:outer foreach $x $a {(foreach $y $b {(continue outer)})})'],
		[':loop while ($true) { break loop }', '(:loop while $true {(break loop)})'],
		[':l\nfor (;;) { break l }', '(:l for _ _ _ {(break l)})'],
		[':l do { break l } while ($true)', '(:l do {(break l)} while $true)'],
		[':sw switch (1) { 1 { break sw } }', '(:sw switch 1 1 {(break sw)})'],
		["break 'outer'", '(break outer)'],
		['continue', '(continue)'],
		['switch ($x) { 1 { "one" } "two" { 2 } default { "other" } }', '(switch $x 1 {"one"} "two" {2} default {"other"})'],
		['switch ($x) { a { 1 } b { 2 } }', '(switch $x a {1} b {2})'],
		['switch ($x) { { $_ -gt 5 } { "big" } $y { "y" } (1 + 1) { "two" } }', '(switch $x {(gt $_ 5)} {"big"} $y {"y"} (paren (+ 1 1)) {"two"})'],
		['switch -Regex ($x) { "^a" { 1 } }', '(switch -regex $x "^a" {1})'],
		['switch -Wildcard -CaseSensitive ($x) { "a*" { 1 } }', '(switch -wildcard -caseSensitive $x "a*" {1})'],
		['switch -exact ($x) { a { 1 } }', '(switch -exact $x a {1})'],
		['switch -r -w ($x) { a { 1 } }', '(switch -wildcard $x a {1})'],
		['switch ($x)\n{\n  1 { "a" }; 2 { "b" }\n}', '(switch $x 1 {"a"} 2 {"b"})'],
		['switch (1, 2) { 1 { "one" } }', '(switch (array 1 2) 1 {"one"})'],
		['switch (Get-Thing) { default { $_ } }', '(switch (cmd Get-Thing) default {$_})'],
		['switch ($x) { 1.5 { 1 } -1 { 2 } \'q\' { 3 } }', "(switch $x 1.5 {1} -1 {2} 'q' {3})"],
	]);
});

describe('try, catch, finally, throw, trap, flow control', () => {
	trees([
		['try { 1 } catch { 2 }', '(try {1} catch {2})'],
		['try { 1 } finally { 2 }', '(try {1} finally {2})'],
		['try { 1 } catch [System.IO.IOException] { 2 } catch { 3 } finally { 4 }', '(try {1} catch [System.IO.IOException] {2} catch {3} finally {4})'],
		['try { 1 } catch [System.IO.IOException], [System.UnauthorizedAccessException] { 2 }', '(try {1} catch [System.IO.IOException], [System.UnauthorizedAccessException] {2})'],
		['try {\n  1\n}\ncatch {\n  "Caught: $_"\n}\nfinally {\n  "cleanup"\n}', '(try {1} catch {(expand "Caught: " $_)} finally {"cleanup"})'],
		['try { 1 } catch { 2 }\n$x', '(try {1} catch {2}); $x'],
		['throw', '(throw)'],
		['throw "boom"', '(throw "boom")'],
		['throw [System.InvalidOperationException]::new("x")', '(throw (::call [System.InvalidOperationException] new "x"))'],
		['return', '(return)'],
		['return $x', '(return $x)'],
		['return 1, 2', '(return (array 1 2))'],
		['return Get-Thing | Sort', '(return (| (cmd Get-Thing) (cmd Sort)))'],
		['exit', '(exit)'],
		['exit 3', '(exit 3)'],
		['exit $LASTEXITCODE', '(exit $LASTEXITCODE)'],
		['{ return }', '{(return)}'],
		['if ($a) { throw }', '(if $a {(throw)})'],
		['trap { continue }\n1', '(trap {(continue)}); 1'],
		['trap [System.Exception] { "trapped"; break }', '(trap [System.Exception] {"trapped"; (break)})'],
	]);

	it('keeps traps apart from the statements of their block', () => {
		const {ast} = parse('1\ntrap { 2 }\n3');
		assert.equal(ast.end?.statements.length, 2);
		assert.equal(ast.end?.traps?.length, 1);
	});

	it('refuses a catch-all before a typed catch', () => {
		assert.equal(parse('try { } catch { } catch [Exception] { }').errors[0]?.id, 'EmptyCatchNotLast');
	});
});

describe('keywords in command position', () => {
	trees([
		['1..3 | foreach { $_ }', '(| (.. 1 3) (cmd foreach {$_}))'],
		['$x | where Name -eq a', '(| $x (cmd where Name -eq a))'],
		['Get-Thing | foreach-object { $_ }', '(| (cmd Get-Thing) (cmd foreach-object {$_}))'],
		['foreach-object { $_ }', '(cmd foreach-object {$_})'],
		['ifconfig', '(cmd ifconfig)'],
		['if.exe', '(cmd if.exe)'],
		['Get-Thing -if 1', '(cmd Get-Thing -if 1)'],
	]);
});

describe('comments and line continuation', () => {
	trees([
		['# just a comment', ''],
		['1 # trailing', '1'],
		['<# block #> 1', '1'],
		['1 <# inline #> + 2', '(+ 1 2)'],
		['<#\n.SYNOPSIS\n  Help text.\n#>\nfunction f { }', '(function f {})'],
		['#requires -Version 7\nGet-Thing', '(cmd Get-Thing)'],
		['1 + `\n 2', '(+ 1 2)'],
		['Get-Thing -Name `\n  x', '(cmd Get-Thing -Name x)'],
		['"a#b" # c', '"a#b"'],
		['Get-Thing # comment | Sort', '(cmd Get-Thing)'],
	]);
});

describe('extents', () => {
	it('gives every node offsets into the source, end exclusive', () => {
		const source = 'Get-Thing -Name $x.Length | Sort-Object';
		const {ast} = parse(source);
		const pipeline = ast.end!.statements[0] as PipelineAst;
		const text = (extent: {start: number; end: number}): string => source.slice(extent.start, extent.end);
		assert.equal(text(pipeline.extent), source);
		const first = pipeline.elements[0] as CommandAst;
		assert.equal(text(first.extent), 'Get-Thing -Name $x.Length');
		assert.equal(text(first.name.extent), 'Get-Thing');
		assert.equal(text(first.elements[0]!.extent), '-Name');
		assert.equal(text(first.elements[1]!.extent), '$x.Length');
		assert.equal(text(pipeline.elements[1]!.extent), 'Sort-Object');
		assert.deepEqual(ast.extent, {start: 0, end: source.length});
	});

	it('spans whole statements', () => {
		const source = 'if ($a) { 1 } else { 2 }; while ($b) { }';
		const {ast} = parse(source);
		const [first, second] = ast.end!.statements;
		assert.equal(source.slice(first!.extent.start, first!.extent.end), 'if ($a) { 1 } else { 2 }');
		assert.equal(source.slice(second!.extent.start, second!.extent.end), 'while ($b) { }');
	});

	it('locates nodes inside strings at their real offsets', () => {
		const source = 'x; "a $($b + 1) c"';
		const string = (parse(source).ast.end!.statements[1] as PipelineAst).elements[0]!;
		assert.equal(string.kind, 'CommandExpression');
		const expandable = string.kind === 'CommandExpression' ? string.expression : undefined;
		assert.equal(expandable?.kind, 'ExpandableString');
		if (expandable?.kind === 'ExpandableString') {
			const sub = expandable.parts[1] as ExpressionAst;
			assert.equal(source.slice(sub.extent.start, sub.extent.end), '$($b + 1)');
			const statements = sub.kind === 'SubExpression' ? sub.statements : [];
			assert.equal(source.slice(statements[0]!.extent.start, statements[0]!.extent.end), '$b + 1');
		}
	});

	it('spans a parameter with its colon argument', () => {
		const source = 'Get-Thing -Force:$false';
		const parameter = command(source).elements[0]!;
		assert.deepEqual(parameter.extent, {start: 10, end: source.length});
	});

	it('gives every script block the text between its braces', () => {
		const {ast} = parse('function f { param($a) $a }');
		const definition = ast.end!.statements[0]!;
		assert.equal(definition.kind === 'FunctionDefinition' && (definition.body as ScriptBlockAst).text, ' param($a) $a ');
	});
});
