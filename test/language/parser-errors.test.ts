// Parse errors: pwsh's ids and texts, their extents, and whether they only mean "the input ended" (a REPL then
// shows a `>> ` continuation line). The parser recovers, so later errors are still found and a tree is returned.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parse} from '../../src/language/parser.ts';
import {showAny} from './show.ts';

/** Errors as `Id@start-end`, with `+` when the error is only that the input ended. */
function errors(source: string): string {
	return parse(source)
		.errors.map(error => `${error.id}@${error.extent.start}-${error.extent.end}${error.incomplete ? '+' : ''}`)
		.join(' ');
}

function messages(source: string): string[] {
	return parse(source).errors.map(error => error.message);
}

describe('error ids, extents and incompleteness', () => {
	const cases: [string, string][] = [
	['if ($x) {', 'MissingEndCurlyBrace@8-9+'],
	['{', 'MissingEndCurlyBrace@0-1+'],
	['function f {', 'MissingEndCurlyBrace@11-12+'],
	['@{ a = 1', 'IncompleteHashLiteral@0-2+'],
	['$x = (1', 'MissingEndParenthesisInExpression@7-7+'],
	['$a[1', 'MissingEndSquareBracket@4-4+'],
	['$x.Go(1', 'MissingEndParenthesisInMethodCall@7-7+'],
	['"abc', 'TerminatorExpectedAtEndOfString@0-4+'],
	['\'abc', 'TerminatorExpectedAtEndOfString@0-4+'],
	['@"\nabc', 'TerminatorExpectedAtEndOfString@0-6+'],
	['@\'\nabc', 'TerminatorExpectedAtEndOfString@0-6+'],
	['@"\n  "@', 'WhitespaceBeforeHereStringFooter@5-7+'],
	['<# abc', 'MissingTerminatorMultiLineComment@0-6+'],
	['${abc', 'IncompleteDollarVariableReference@0-5+'],
	['"$(1 + 2"', 'IncompleteDollarSubexpressionReference@1-9+ TerminatorExpectedAtEndOfString@0-9+ ExpectedValueExpression@6-6 UnexpectedToken@7-9 TerminatorExpectedAtEndOfString@8-9+'],
	['Get-Thing |', 'EmptyPipeElement@11-11+'],
	['1 +', 'ExpectedValueExpression@3-3+'],
	['1 -eq', 'ExpectedValueExpression@5-5+'],
	['1,', 'MissingExpressionAfterToken@2-2+'],
	['-not', 'MissingExpressionAfterOperator@4-4+'],
	['!', 'MissingExpressionAfterOperator@1-1+'],
	['$x =', 'ExpectedValueExpression@4-4+'],
	['$x +=', 'ExpectedValueExpression@5-5+'],
	['a &&', 'EmptyPipelineChainElement@4-4+'],
	['a ||', 'EmptyPipelineChainElement@4-4+'],
	['foo `', 'IncompleteString@4-5+'],
	['[int', 'EndSquareBracketExpectedAtEndOfAttribute@4-4+'],
	['[System.Collections.Generic.List[', 'MissingTypename@33-33+ EndSquareBracketExpectedAtEndOfAttribute@32-32+'],
	['$x.', 'MissingPropertyName@3-3+'],
	['if (', 'IfStatementMissingCondition@4-4+'],
	['if ($x)', 'MissingStatementBlock@6-7+'],
	['if ($x) { } else', 'MissingStatementBlockAfterElse@16-16+'],
	['if ($x) { } elseif', 'MissingOpenParenthesisInIfStatement@18-18+'],
	['while (', 'MissingExpressionAfterKeyword@7-7+'],
	['while ($x)', 'MissingLoopStatement@10-10+'],
	['while ($x', 'MissingEndParenthesisAfterStatement@9-9+'],
	['do { }', 'MissingWhileOrUntilInDoWhile@6-6+'],
	['do { } while (', 'MissingExpressionAfterKeyword@14-14+'],
	['for (', 'MissingEndParenthesisAfterStatement@5-5+'],
	['for ($i = 0; $i -lt 3; $i++)', 'MissingLoopStatement@28-28+'],
	['foreach (', 'MissingVariableNameAfterForeach@9-9+'],
	['foreach ($x', 'MissingInInForeach@11-11+'],
	['foreach ($x in', 'MissingForeachExpression@14-14+'],
	['foreach ($x in $y', 'MissingEndParenthesisAfterForeach@17-17+'],
	['foreach ($x in $y)', 'MissingForeachStatement@18-18+'],
	['switch ($x)', 'MissingCurlyBraceInSwitchStatement@11-11+'],
	['switch ($x) {', 'MissingSwitchConditionExpression@13-13+'],
	['switch ($x) { 1', 'MissingSwitchStatementClause@15-15+'],
	['switch', 'PipelineValueRequired@6-6+'],
	['function', 'MissingNameAfterKeyword@8-8+'],
	['function f', 'MissingFunctionBody@10-10+'],
	['function f(', 'MissingEndParenthesisInFunctionParameterList@11-11+'],
	['try', 'MissingTryStatementBlock@3-3+'],
	['try { }', 'MissingCatchOrFinally@7-7+'],
	['try { } catch', 'MissingCatchHandlerBlock@13-13+'],
	['try { } finally', 'MissingFinallyStatementBlock@15-15+'],
	['trap', 'MissingTrapStatement@4-4+'],
	['param(', 'MissingEndParenthesisInFunctionParameterList@6-6+'],
	['param($a,', 'MissingExpressionAfterToken@9-9+ MissingEndParenthesisInFunctionParameterList@8-8+'],
	['{ param(', 'MissingEndParenthesisInFunctionParameterList@8-8+ MissingEndCurlyBrace@0-1+'],
	['{ begin', 'MissingNamedStatementBlock@7-7+ MissingEndCurlyBrace@0-1+'],
	['1 ? 2', 'MissingColonInTernaryExpression@5-5+'],
	['1 ? 2 :', 'ExpectedValueExpression@7-7+'],
	['(', 'ExpectedExpression@1-1+ MissingEndParenthesisInExpression@1-1+'],
	['$(', 'MissingEndParenthesisInSubexpression@2-2+'],
	['@(', 'MissingEndParenthesisInSubexpression@2-2+'],
	['Get-Thing -Name:', 'ParameterRequiresArgument@16-16'],
	['& ', 'MissingExpression@0-1'],
	['Get-Thing > ', 'MissingFileSpecification@11-11'],
	['1 + 2)', 'UnexpectedToken@5-6'],
	['}', 'UnexpectedToken@0-1'],
	[')', 'UnexpectedToken@0-1'],
	['1 ]', 'UnexpectedToken@2-3'],
	['$x $y', 'UnexpectedToken@3-5'],
	['Get-Thing | 1', 'ExpressionsMustBeFirstInPipeline@12-13'],
	['| Get-Thing', 'EmptyPipeElement@0-1'],
	['a | | b', 'EmptyPipeElement@3-3'],
	['a && | b', 'EmptyPipeElement@5-6'],
	['@{ a }', 'MissingEqualsInHashLiteral@4-4'],
	['@{ a = }', 'MissingStatementInHashLiteral@6-6'],
	['@{ a = 1 b = 2 }', 'UnexpectedToken@9-10 IncompleteHashLiteral@0-2 UnexpectedToken@15-16'],
	['$x = 1 = 2', 'InvalidLeftHandSide@5-6'],
	['"$x:"', 'InvalidVariableReferenceWithDrive@1-4'],
	['"`u{}"', 'InvalidUnicodeEscapeSequence@1-5'],
	['"`u{110000}"', 'InvalidUnicodeEscapeSequenceValue@4-10'],
	['"`u{1234567}"', 'TooManyDigitsInUnicodeEscapeSequence@10-11'],
	['"`u{12G}"', 'InvalidUnicodeEscapeSequence@6-7'],
	['"${}"', 'EmptyVariableReference@3-4'],
	['$x -foo 1', 'UnexpectedToken@3-7 UnexpectedToken@8-9'],
	['$x[]', 'MissingArrayIndexExpression@3-3'],
	['$x.Go(1,)', 'MissingExpressionAfterToken@8-8'],
	['[int]::', 'MissingPropertyName@7-7+'],
	['class Foo { }', 'ReservedKeywordNotAllowed@0-5'],
	['using namespace System', 'ReservedKeywordNotAllowed@0-5'],
	['enum Color { Red }', 'ReservedKeywordNotAllowed@0-4'],
	['workflow W { }', 'ReservedKeywordNotAllowed@0-8'],
	['{ begin {} begin {} }', 'DuplicateScriptCommandClause@11-19'],
	['{ dynamicparam {} }', 'ReservedKeywordNotAllowed@2-14'],
	['function f { } }', 'UnexpectedToken@15-16'],
	['Get-Thing 2>&2', 'RedirectionNotSupported@10-14'],
	['Get-Thing 1>&2', 'RedirectionNotSupported@10-14'],
	['Get-Thing > a > b', 'StreamAlreadyRedirected@14-17'],
	['Get-Thing < file', 'RedirectionNotSupported@10-11'],
	['a &', 'BackgroundOperatorNotSupported@2-3'],
	['a & && b', 'BackgroundOperatorNotSupported@2-3 UnexpectedToken@4-6'],
	['switch -bogus ($x) { }', 'InvalidSwitchFlag@7-13 MissingSwitchConditionExpression@20-20'],
	['switch ($x) { default {} default {} }', 'MultipleSwitchDefaultClauses@25-32'],
	['foreach -parallel ($x in $y) { }', 'InvalidForeachFlag@8-17'],
	['break $x', 'DynamicLabelNotSupported@6-8'],
	['[ValidateNotNull()]$x = 1', 'AttributeNotSupported@0-19'],
	['[int] param($x)', 'TypeNotAllowedBeforeParam@0-5'],
	['param([int])', 'InvalidFunctionParameter@11-11'],
	['@\'abc\n\'@', 'UnexpectedCharactersAfterHereStringHeader@2-3 TerminatorExpectedAtEndOfString@6-8+'],
	['"`', 'TerminatorExpectedAtEndOfString@0-2+'],
	['Get-Thing -Name a,', 'MissingExpression@18-18+'],
	['Get-Thing a,,b', 'MissingExpression@12-12 MissingArgument@12-13'],
	[',', 'MissingExpressionAfterOperator@1-1+'],
	['@{ a = 1; a = 2 }', 'DuplicateKeyInHashLiteral@10-11'],
	['1 = 2', 'InvalidLeftHandSide@0-1'],
	['@x', 'SplattingNotPermitted@0-2'],
	['Write-Output @a, @b', 'SplattingNotPermittedInArgumentList@13-15 SplattingNotPermittedInArgumentList@17-19'],	];
	for (const [source, expected] of cases) {
		it(JSON.stringify(source), () => {
			assert.equal(errors(source), expected);
		});
	}
});

describe('messages', () => {
	const cases: [string, string][] = [
		['if ($x) {', "Missing closing '}' in statement block or type definition."],
		['"abc', 'The string is missing the terminator: ".'],
		["'abc", "The string is missing the terminator: '."],
		["@'\nabc", "The string is missing the terminator: '@."],
		['@"\nabc', 'The string is missing the terminator: "@.'],
		['$x = (1', "Missing closing ')' in expression."],
		['$x + 1 2', "Unexpected token '2' in expression or statement."],
		['1 +', "You must provide a value expression following the '+' operator."],
		['1 -eq', "You must provide a value expression following the '-eq' operator."],
		['1 -EQ', "You must provide a value expression following the '-EQ' operator."],
		['-not', "Missing expression after unary operator '-not'."],
		['if (', "Missing condition in if statement after 'if ('."],
		['If (', "Missing condition in if statement after 'If ('."],
		['if ($x)', 'Missing statement block after if ( condition ).'],
		['if ($x) {} elseif ($y)', 'Missing statement block after elseif ( condition ).'],
		['Get-Thing |', 'An empty pipe element is not allowed.'],
		['Get-Thing | 1', 'Expressions are only allowed as the first element of a pipeline.'],
		['$a[1', "Missing ']' after array index expression."],
		['[int', 'Missing ] at end of attribute or type literal.'],
		['@{ a = 1', 'The hash literal was incomplete.'],
		['@{ a }', "Missing '=' operator after key in hash literal."],
		['try { }', 'The Try statement is missing its Catch or Finally block.'],
		['}', "Unexpected token '}' in expression or statement."],
		['a &&', 'A pipeline chain operator must be followed by a pipeline.'],
		['1 ? 2', "Missing ':' in the ternary expression."],
		['foreach ($x in $y)', 'Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}'],
		['while ($x)', 'Missing statement body in while loop.'],
		['function', 'Missing name after function keyword.'],
		['function f', 'Missing function body in function declaration.'],
		['& ', "Missing expression after '&' in pipeline element."],
		['Get-Thing -Name:', 'Parameter -Name: requires an argument.'],
		['Get-Thing > ', 'Missing file specification after redirection operator.'],
		['Get-Thing 1>&2', "The '1>&2' operator is reserved for future use."],
		['Get-Thing > a > b', 'The output stream for this command is already redirected.'],
		['Get-Thing 2> a 2> b', 'The error stream for this command is already redirected.'],
		['"$x:"', "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name."],
		['"${}"', 'An empty ${} variable reference was found. A name is required inside the braces.'],
		['${abc', "${variable} reference starting is missing the closing '}'."],
		['"$(1"', "$(subexpression) is missing the closing ')'."],
		['<# abc', "The terminator '#>' is missing from the multiline comment."],
		["@'abc\nx\n'@", 'No characters are allowed after a here-string header but before the end of the line.'],
		['class Foo { }', "The 'class' keyword is not supported in this version of the language."],
		['switch ($x) { default {} default {} }', 'A switch statement can have only one default clause.'],
		['$x = 1 = 2', 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.'],
	];
	for (const [source, message] of cases) {
		it(JSON.stringify(source), () => {
			assert.equal(messages(source)[0], message);
		});
	}
});

describe('incomplete input (what a REPL continues)', () => {
	const incomplete = [
		'if ($x) {',
		'{',
		'function f {\n  param($a)\n',
		'foreach ($x in $list) {\n  $x',
		'@{\n  a = 1',
		'@(\n  1',
		'$(',
		'(1 +',
		'"open',
		"'open",
		'@"\nhere',
		"@'\nhere",
		'<# open comment',
		'Get-Thing |',
		'Get-Thing |   # a comment after the pipe',
		'1 +',
		'$a -and',
		'1,',
		'Get-Thing -Name a,',
		'$x =',
		'a &&',
		'try {\n  1\n}',
		'if ($x)',
		'switch ($x) {',
		'$x = [int',
		'Get-Thing `',
	];
	for (const source of incomplete) {
		it(`continues ${JSON.stringify(source)}`, () => {
			const {errors} = parse(source);
			assert.notEqual(errors.length, 0);
			assert.equal(errors.every(error => error.incomplete), true, JSON.stringify(errors));
		});
	}

	const complete = ['if ($x) {)', '1 + )', '"a" "b', 'Get-Thing | | x', '$x = }', 'try { } $x', 'if ($x) $y', '@{ a }', '1 ]'];
	for (const source of complete) {
		it(`does not continue ${JSON.stringify(source)}`, () => {
			const {errors} = parse(source);
			assert.notEqual(errors.length, 0);
			assert.equal(errors.some(error => !error.incomplete), true, JSON.stringify(errors));
		});
	}
});

describe('recovery', () => {
	it('reports several errors in one pass and keeps the statements after them', () => {
		const {ast, errors} = parse('$a = 1 +\n}\nGet-Thing -Name x\n$b = (2');
		assert.deepEqual(errors.map(error => error.id), ['ExpectedValueExpression', 'UnexpectedToken', 'MissingEndParenthesisInExpression']);
		assert.equal(showAny('$a = 1 +\n}\nGet-Thing -Name x\n$b = (2'), '(= $a (+ 1 <error>)); (cmd Get-Thing -Name x); (= $b (paren 2))');
		assert.equal(ast.end?.statements.length, 3);
	});

	it('puts an error expression where an operand is missing', () => {
		assert.equal(showAny('1 + * 2'), '(+ 1 (* <error> 2))');
		assert.equal(showAny('$x.'), '(. $x <error>)');
		assert.equal(showAny('$a[]'), '([] $a <error>)');
	});

	it('keeps parsing after an unclosed block in a function', () => {
		const {ast, errors} = parse('function f {\n  if ($x) {\n    1\n}\nGet-Thing');
		assert.equal(errors.length, 1);
		assert.equal(errors[0]!.id, 'MissingEndCurlyBrace');
		assert.equal(ast.end?.statements[0]?.kind, 'FunctionDefinition');
	});

	it('reports each error once even when a rule is parsed again', () => {
		assert.equal(parse('[int]"abc').errors.length, 1);
		assert.equal(parse('{ [CmdletBinding( }').errors.length > 0, true);
	});

	it('skips unsupported class and enum definitions whole', () => {
		const {ast, errors} = parse('class Foo {\n  [string]$Name\n  [void] Go() { }\n}\nGet-Thing');
		assert.deepEqual(errors.map(error => error.id), ['ReservedKeywordNotAllowed']);
		assert.equal(showAny('class Foo {\n  [string]$Name\n  [void] Go() { }\n}\nGet-Thing').endsWith('(cmd Get-Thing)'), true);
		assert.equal(ast.end?.statements.length, 2);
	});
});
