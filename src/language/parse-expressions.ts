// Expressions, from the ternary down to primaries (ExpressionRule ... PrimaryExpressionRule in pwsh's Parser.cs).
// Precedence, loosest first: `? :`; -and -or -xor; -band -bor -bxor; comparison (-eq ... -replace -split -join -is
// -as -shl -shr); `??`; `+ -`; `* / %`; `-f`; `..`; then the comma operator (array literals), then unary operators
// and casts, then primaries with member access, indexing and calls.

import type {
	ArrayLiteralAst,
	ConvertAst,
	ExpressionAst,
	HashtableAst,
	IndexAst,
	InvokeMemberAst,
	MemberAst,
	NumberConstantAst,
	StatementAst,
	StringConstantAst,
	UnaryAst,
	VariableAst,
} from './ast.ts';
import {errorExpression, errorStatement, span} from './nodes.ts';
import type {ParseContext} from './parser-context.ts';
import {parseHashtable} from './parse-hashtable.ts';
import {parsePipelineChain} from './parse-pipeline.ts';
import {parseScriptBlockExpression, parseStatementList} from './parse-script.ts';
import {parseExpandableString} from './parse-strings.ts';
import {parseAttributeList, type TypeConstraint} from './parse-types.ts';
import {binaryPrecedence, isUnaryOperator, LexFlags, type LexMode, type Token} from './tokens.ts';

/** expression: a binary expression, optionally `? then : else`. */
export function parseExpression(p: ParseContext, ternaryEndsNumber = false): ExpressionAst | undefined {
	const condition = parseBinary(p, ternaryEndsNumber);
	if (!condition) {
		return undefined;
	}

	const question = p.peek('expression');
	if (question.kind !== '?') {
		return condition;
	}

	p.take(question);
	p.skipNewlines();
	let ifTrue = parseExpression(p, true);
	if (!ifTrue) {
		p.incomplete('ExpectedValueExpression', question.end, question.end, ['?']);
		ifTrue = errorExpression(question.end, question.end);
	}

	p.skipNewlines();
	const colon = p.peek('expression');
	if (colon.kind !== ':') {
		if (ifTrue.kind !== 'ErrorExpression') {
			p.incomplete('MissingColonInTernaryExpression', colon.start, colon.end, [], colon.start);
		}

		return errorExpression(condition.extent.start, ifTrue.extent.end);
	}

	p.take(colon);
	p.skipNewlines();
	let ifFalse = parseExpression(p, true);
	if (!ifFalse) {
		p.incomplete('ExpectedValueExpression', colon.end, colon.end, [':']);
		ifFalse = errorExpression(colon.end, colon.end);
	}

	return {kind: 'Ternary', extent: span(condition, ifFalse), condition, then: ifTrue, else: ifFalse};
}

/** Binary operators by precedence (an operator stack, so long chains do not recurse); all left-associative. */
function parseBinary(p: ParseContext, ternaryEndsNumber: boolean): ExpressionAst | undefined {
	const first = parseArrayLiteral(p, ternaryEndsNumber);
	if (!first) {
		return undefined;
	}

	let operator = p.peek('expression');
	if (binaryPrecedence(operator) === 0) {
		return recoverFromParameter(p, first, operator);
	}

	const operands: ExpressionAst[] = [first];
	const operators: Token[] = [];
	for (;;) {
		p.take(operator);
		const precedence = binaryPrecedence(operator);
		while (operators.length > 0 && precedence <= binaryPrecedence(operators[operators.length - 1]!)) {
			reduce(operands, operators);
		}

		operators.push(operator);
		p.skipNewlines();
		let operand = parseArrayLiteral(p, true);
		if (!operand) {
			p.incomplete('ExpectedValueExpression', operator.end, operator.end, [p.text(operator)]);
			operand = errorExpression(operator.end, operator.end);
		}

		operands.push(operand);
		operator = p.peek('expression');
		if (binaryPrecedence(operator) === 0) {
			break;
		}
	}

	while (operators.length > 0) {
		reduce(operands, operators);
	}

	return recoverFromParameter(p, operands[0]!, operator);
}

/** Combine the last two operands with the last operator. */
function reduce(operands: ExpressionAst[], operators: Token[]): void {
	const right = operands.pop()!;
	const left = operands.pop()!;
	const op = operators.pop()!;
	operands.push({
		kind: 'Binary',
		extent: span(left, right),
		operator: operatorName(op),
		left,
		right,
		operatorExtent: {start: op.start, end: op.end},
	});
}

/** `$a -foo $b`: an unknown dash word is most likely a mistyped operator; report it and take it. */
function recoverFromParameter(p: ParseContext, expression: ExpressionAst, next: Token): ExpressionAst {
	if (next.kind !== 'Parameter') {
		return expression;
	}

	p.error('UnexpectedToken', next.start, next.end, [p.text(next)]);
	p.take(next);
	return errorExpression(expression.extent.start, next.end);
}

function operatorName(token: Token): string {
	return token.kind === 'Operator' ? token.value : token.kind;
}

/** `a, b, c`: binds tighter than every binary operator (`1,2,3 -contains 2`). */
function parseArrayLiteral(p: ParseContext, ternaryEndsNumber: boolean): ExpressionAst | undefined {
	const first = parseUnary(p, ternaryEndsNumber);
	if (!first) {
		return undefined;
	}

	let comma = p.peek('expression');
	if (comma.kind !== ',' || p.noComma) {
		return first;
	}

	const elements: ExpressionAst[] = [first];
	while (comma.kind === ',') {
		p.take(comma);
		p.skipNewlines();
		const element = parseUnary(p, true);
		if (!element) {
			p.incomplete('MissingExpressionAfterToken', comma.end, comma.end, [',']);
			elements.push(errorExpression(comma.start, comma.end));
			break;
		}

		elements.push(element);
		comma = p.peek('expression');
	}

	return {kind: 'ArrayLiteral', extent: span(first, elements[elements.length - 1]!), elements};
}

function unaryOperatorName(token: Token): string {
	if (token.kind !== 'Operator') {
		return token.kind;
	}

	return token.value === 'isplit' || token.value === 'csplit' ? 'split' : token.value;
}

/** Unary operators, casts and type literals, then a primary; postfix `++`/`--`. */
export function parseUnary(p: ParseContext, ternaryEndsNumber = false): ExpressionAst | undefined {
	const flags = LexFlags.signedNumbers | (ternaryEndsNumber ? LexFlags.ternaryEndsNumber : 0);
	const token = p.peek('expression', flags);
	if (!p.enter(token.start)) {
		p.leave();
		return errorExpression(token.start, token.start);
	}

	try {
		let expression: ExpressionAst | undefined;
		if (isUnaryOperator(token)) {
			if (p.noComma && token.kind === ',') {
				return undefined;
			}

			p.take(token);
			p.skipNewlines();
			const operand = parseUnary(p, true);
			if (!operand) {
				p.incomplete('MissingExpressionAfterOperator', token.end, token.end, [p.text(token)]);
				return errorExpression(token.start, token.end);
			}

			const extent = {start: token.start, end: operand.extent.end};
			if (token.kind === ',') {
				expression = {kind: 'ArrayLiteral', extent, elements: [operand]} satisfies ArrayLiteralAst;
			} else {
				expression = {kind: 'Unary', extent, operator: unaryOperatorName(token), operand} satisfies UnaryAst;
				checkIncrementTarget(p, expression);
			}
		} else if (token.kind === '[') {
			expression = parseTypeOrCast(p);
		} else {
			expression = parsePrimary(p, token, 'expression');
		}

		if (expression) {
			const postfix = p.peek('expression');
			if (postfix.kind === '++' || postfix.kind === '--') {
				p.take(postfix);
				expression = {
					kind: 'Unary',
					extent: {start: expression.extent.start, end: postfix.end},
					operator: `post${postfix.kind}`,
					operand: expression,
				} satisfies UnaryAst;
				checkIncrementTarget(p, expression);
			}
		}

		return expression;
	} finally {
		p.leave();
	}
}

function checkIncrementTarget(p: ParseContext, unary: UnaryAst): void {
	const operator = unary.operator.replace('post', '');
	if (operator !== '++' && operator !== '--') {
		return;
	}

	const {kind} = unary.operand;
	if (kind !== 'Variable' && kind !== 'Member' && kind !== 'Index' && kind !== 'ErrorExpression') {
		p.error('OperatorRequiresVariableOrProperty', unary.extent.start, unary.extent.end, [operator]);
	}
}

/** `[type]` alone is a type literal; followed by an operand it is a cast; followed by `::` or `.` a static access. */
function parseTypeOrCast(p: ParseContext): ExpressionAst | undefined {
	const attributes = parseAttributeList(p);
	if (attributes.length === 0) {
		return undefined;
	}

	const last = attributes[attributes.length - 1]!;
	let expression: ExpressionAst | undefined;
	if (last.kind === 'Attribute') {
		p.skipNewlines();
		const operand = parseUnary(p, true);
		if (!operand) {
			p.incomplete('UnexpectedAttribute', last.extent.start, last.extent.end, [last.name]);
			return errorExpression(attributes[0]!.extent.start, last.extent.end);
		}

		// Attributes on a variable (`[ValidateRange(1,5)]$x = 3`) constrain future assignments; not supported.
		p.error('AttributeNotSupported', last.extent.start, last.extent.end, [last.name]);
		expression = operand;
	} else {
		const access = p.memberAccess('expression', false);
		if (access) {
			expression = parsePostfixOperators(p, typeLiteral(last), 'expression', access);
		} else {
			const next = p.peek('expression', LexFlags.signedNumbers | LexFlags.ternaryEndsNumber);
			if (next.kind !== 'NewLine' && next.kind !== ',') {
				const operand = parseUnary(p, true);
				if (operand) {
					expression = convert(p, last, operand);
				}
			}
		}

		expression ??= typeLiteral(last);
	}

	for (let i = attributes.length - 2; i >= 0; i--) {
		const attribute = attributes[i]!;
		if (attribute.kind === 'TypeConstraint') {
			expression = convert(p, attribute, expression);
		} else {
			p.error('AttributeNotSupported', attribute.extent.start, attribute.extent.end, [attribute.name]);
		}
	}

	return expression;
}

/** A type literal spans its brackets (`[int]`), as pwsh's TypeExpressionAst does. */
function typeLiteral(constraint: TypeConstraint): ExpressionAst {
	return {kind: 'TypeLiteral', extent: constraint.extent, type: constraint.type};
}

function convert(p: ParseContext, constraint: TypeConstraint, operand: ExpressionAst): ConvertAst {
	const node: ConvertAst = {kind: 'Convert', extent: span(constraint, operand), type: constraint.type, operand};
	if (constraint.type.name.toLowerCase() === 'ordered' && operand.kind !== 'Hashtable') {
		p.error('OrderedAttributeOnlyOnHashLiteralNode', constraint.extent.start, constraint.extent.end, [constraint.type.name]);
	}

	return node;
}

export interface PrimaryOptions {
	/** `@name` is allowed (as a command argument). */
	allowSplat?: boolean;
	/** Parse `.member`, `[index]` and `.method()` after the value. */
	withMemberAccess?: boolean;
}

/**
 * A primary expression starting with `token` (already peeked): a variable, number, string, `( )`, `$( )`, `@( )`,
 * `@{ }` or `{ }`, followed by member access, indexing and calls. Undefined when the token starts none of these.
 */
export function parsePrimary(p: ParseContext, token: Token, mode: LexMode, options: PrimaryOptions = {}): ExpressionAst | undefined {
	let expression: ExpressionAst;
	switch (token.kind) {
		case 'Variable':
		case 'SplattedVariable':
			p.take(token);
			expression = variable(token);
			if (token.kind === 'SplattedVariable' && !options.allowSplat) {
				p.error('SplattingNotPermitted', token.start, token.end, [token.value]);
			}

			break;
		case 'Number': {
			p.take(token);
			const number: NumberConstantAst = {
				kind: 'NumberConstant',
				extent: {start: token.start, end: token.end},
				value: token.number ?? 0,
				isDouble: token.isDouble ?? false,
			};
			if (token.isLong) {
				number.isLong = true;
			}

			expression = number;
			break;
		}

		case 'StringLiteral': {
			p.take(token);
			const string: StringConstantAst = {kind: 'StringConstant', extent: {start: token.start, end: token.end}, value: token.value, quote: 'single'};
			if (token.hereString) {
				string.hereString = true;
			}

			expression = string;
			break;
		}

		case 'StringExpandable':
			p.take(token);
			expression = parseExpandableString(p, token, 'double');
			break;
		case '(':
			p.take(token);
			expression = parseParenthesized(p, token);
			break;
		case '$(':
		case '@(':
			p.take(token);
			expression = parseSubExpression(p, token);
			break;
		case '@{':
			p.take(token);
			expression = parseHashtable(p, token) satisfies HashtableAst;
			break;
		case '{':
			p.take(token);
			expression = parseScriptBlockExpression(p, token);
			break;
		default:
			return undefined;
	}

	if (options.withMemberAccess === false) {
		return expression;
	}

	return parsePostfixOperators(p, expression, mode, p.memberAccess(mode, true));
}

function variable(token: Token): VariableAst {
	const node: VariableAst = {kind: 'Variable', extent: {start: token.start, end: token.end}, name: token.value};
	if (token.scope !== undefined) {
		node.scope = token.scope;
	}

	if (token.kind === 'SplattedVariable') {
		node.splatted = true;
	}

	return node;
}

/** Member access (`.x`, `::x`, `?.x`), calls (`.x()`), and indexing (`[i]`, `?[i]`), written with no space before. */
export function parsePostfixOperators(p: ParseContext, target: ExpressionAst, mode: LexMode, first: Token | undefined): ExpressionAst {
	let expression = target;
	for (let operator = first; operator; operator = p.memberAccess(mode, true)) {
		p.take(operator);
		// Fluent style: a member name may go on the next line after the operator.
		p.skipNewlines();
		expression = operator.kind === '[' || operator.kind === '?['
			? parseIndex(p, expression, operator)
			: parseMemberAccess(p, expression, operator, mode);
	}

	return expression;
}

function parseMemberAccess(p: ParseContext, target: ExpressionAst, operator: Token, mode: LexMode): ExpressionAst {
	const isStatic = operator.kind === '::';
	const nullConditional = operator.kind === '?.';
	const member = parseMemberName(p, mode);
	if (!member) {
		p.incomplete('MissingPropertyName', operator.end, operator.end);
		return {
			kind: 'Member',
			extent: span(target, operator),
			target,
			member: errorExpression(operator.end, operator.end),
			static: isStatic,
			nullConditional,
		} satisfies MemberAst;
	}

	const name = member.value;
	const open = p.invokeOpen();
	if (!open) {
		return {kind: 'Member', extent: {start: target.extent.start, end: member.end}, target, member: name, static: isStatic, nullConditional};
	}

	p.take(open);
	let args: ExpressionAst[];
	let end: number;
	if (open.kind === '{') {
		// `$list.ForEach{ ... }` passes the script block as the only argument.
		const block = parseScriptBlockExpression(p, open);
		args = [block];
		end = block.extent.end;
	} else {
		({args, end} = parseArguments(p, open));
	}

	return {
		kind: 'InvokeMember',
		extent: {start: target.extent.start, end},
		target,
		member: name,
		arguments: args,
		static: isStatic,
		nullConditional,
	} satisfies InvokeMemberAst;
}

/** A member name: a plain word, or a string, variable or parenthesized expression (`$o.$name`, `$o.'a b'`). */
function parseMemberName(p: ParseContext, mode: LexMode): {value: string | ExpressionAst; end: number} | undefined {
	const token = p.peek(mode, LexFlags.simpleName);
	if (token.kind === 'Identifier') {
		p.take(token, 'Member');
		return {value: token.value, end: token.end};
	}

	const plain = p.peek(mode);
	const expression = isUnaryOperator(plain) || plain.kind === '['
		? parseUnary(p)
		: parsePrimary(p, plain, mode, {withMemberAccess: false});
	if (!expression) {
		return undefined;
	}

	const value = expression.kind === 'StringConstant' ? expression.value : expression;
	return {value, end: expression.extent.end};
}

/** `(a, b)` after a method name; the comma separates arguments. */
function parseArguments(p: ParseContext, open: Token): {args: ExpressionAst[]; end: number} {
	const args: ExpressionAst[] = [];
	const noComma = p.noComma;
	p.noComma = true;
	let end = open.end;
	let reported = false;
	try {
		let comma: Token | undefined;
		for (;;) {
			p.skipNewlines();
			const argument = parseExpression(p);
			if (!argument) {
				if (comma) {
					p.incomplete('MissingExpressionAfterToken', comma.end, comma.end, [',']);
					reported = true;
				}

				break;
			}

			args.push(argument);
			end = argument.extent.end;
			p.skipNewlines();
			const next = p.peek('expression');
			if (next.kind !== ',') {
				break;
			}

			comma = p.take(next);
			end = next.end;
		}

		p.skipNewlines();
		const close = p.peek('expression');
		if (close.kind === ')') {
			p.take(close);
			end = close.end;
		} else if (!reported) {
			p.incomplete('MissingEndParenthesisInMethodCall', end, end, [], close.start);
		}
	} finally {
		p.noComma = noComma;
	}

	return {args, end};
}

function parseIndex(p: ParseContext, target: ExpressionAst, open: Token): IndexAst {
	const noComma = p.noComma;
	p.noComma = false;
	let index: ExpressionAst | undefined;
	try {
		index = parseExpression(p);
	} finally {
		p.noComma = noComma;
	}

	if (!index) {
		p.incomplete('MissingArrayIndexExpression', open.end, open.end);
		index = errorExpression(open.start, open.end);
	}

	p.skipNewlines();
	const close = p.peek('expression');
	let end = index.extent.end;
	if (close.kind === ']') {
		p.take(close);
		end = close.end;
	} else if (index.kind !== 'ErrorExpression') {
		p.incomplete('MissingEndSquareBracket', end, end, [], close.start);
	}

	return {kind: 'Index', extent: {start: target.extent.start, end}, target, index, nullConditional: open.kind === '?['};
}

/** `( pipeline )`: one statement, which may be an assignment or a pipeline chain. */
function parseParenthesized(p: ParseContext, open: Token): ExpressionAst {
	const noComma = p.noComma;
	p.noComma = false;
	let statement: StatementAst | undefined;
	try {
		p.skipNewlines();
		statement = parsePipelineChain(p);
	} finally {
		p.noComma = noComma;
	}

	if (!statement) {
		p.incomplete('ExpectedExpression', open.end, open.end);
		statement = errorStatement(open.end, open.end);
	}

	p.skipNewlines();
	const close = p.peek('command');
	let end = statement.extent.end;
	if (close.kind === ')') {
		p.take(close);
		end = close.end;
	} else {
		p.incomplete('MissingEndParenthesisInExpression', end, end, [], close.start);
	}

	return {kind: 'Paren', extent: {start: open.start, end}, statement};
}

/** `$( statements )` and `@( statements )`. */
function parseSubExpression(p: ParseContext, open: Token): ExpressionAst {
	const noComma = p.noComma;
	p.noComma = false;
	let statements: StatementAst[];
	try {
		p.skipNewlines();
		statements = parseStatementList(p).statements;
	} finally {
		p.noComma = noComma;
	}

	p.skipNewlines();
	const close = p.peek('command');
	let end = statements.length > 0 ? statements[statements.length - 1]!.extent.end : open.end;
	if (close.kind === ')') {
		p.take(close);
		end = close.end;
	} else {
		p.incomplete('MissingEndParenthesisInSubexpression', close.start, close.end, [], close.start);
	}

	const extent = {start: open.start, end};
	return open.kind === '$(' ? {kind: 'SubExpression', extent, statements} : {kind: 'ArrayExpression', extent, statements};
}
