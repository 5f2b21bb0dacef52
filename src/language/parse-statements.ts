// Statements that start with a keyword (if, switch, foreach, for, while, do, function, try, trap, return, throw,
// exit, break, continue), labelled loops, and statement blocks (StatementRule and its helpers in pwsh's Parser.cs).
// Anything else is a pipeline (parse-pipeline.ts).

import type {
	CatchClauseAst,
	DoLoopAst,
	ExpressionAst,
	ForAst,
	ForeachAst,
	FunctionDefinitionAst,
	IfAst,
	ParameterAst,
	StatementAst,
	StatementBlockAst,
	SwitchAst,
	SwitchClauseAst,
	TrapAst,
	TryAst,
	TypeNameAst,
	VariableAst,
	WhileAst,
} from './ast.ts';
import {errorStatement} from './nodes.ts';
import type {ParseContext} from './parser-context.ts';
import {parseUnary} from './parse-expressions.ts';
import {parseCommandArgument, parsePipelineChain} from './parse-pipeline.ts';
import {parseParameterList, parseScriptBlock, parseStatementList} from './parse-script.ts';
import {parseAttribute} from './parse-types.ts';
import {LexFlags, unsupportedStatementKeywords, type LexMode, type Token} from './tokens.ts';

/** One statement, or undefined at the end of the input or before a closing `)` / `}`. */
export function parseStatement(p: ParseContext): StatementAst | TrapAst | undefined {
	const token = p.peek('command');
	if (token.kind === 'EndOfInput') {
		return undefined;
	}

	if (!p.enter(token.start)) {
		p.leave();
		return undefined;
	}

	try {
		if (token.kind === 'Label') {
			return parseLabelledStatement(p, token);
		}

		if (token.kind === 'Keyword') {
			const statement = parseKeywordStatement(p, token, undefined);
			if (statement) {
				return statement;
			}
		}

		return parsePipelineChain(p);
	} finally {
		p.leave();
	}
}

function parseKeywordStatement(p: ParseContext, token: Token, label: Token | undefined): StatementAst | TrapAst | undefined {
	switch (token.value) {
		case 'if':
			p.take(token);
			return parseIf(p, token);
		case 'switch':
			p.take(token);
			return parseSwitch(p, token, label);
		case 'foreach':
			p.take(token);
			return parseForeach(p, token, label);
		case 'for':
			p.take(token);
			return parseFor(p, token, label);
		case 'while':
			p.take(token);
			return parseWhile(p, token, label);
		case 'do':
			p.take(token);
			return parseDo(p, token, label);
		case 'function':
		case 'filter':
			p.take(token);
			return parseFunction(p, token);
		case 'return':
		case 'throw':
		case 'exit': {
			p.take(token);
			const value = parsePipelineChain(p);
			const kind = token.value === 'return' ? 'Return' : token.value === 'throw' ? 'Throw' : 'Exit';
			return {kind, extent: {start: token.start, end: value?.extent.end ?? token.end}, ...(value ? {value} : {})};
		}

		case 'break':
		case 'continue':
			p.take(token);
			return parseBreakOrContinue(p, token);
		case 'try':
			p.take(token);
			return parseTry(p, token);
		case 'trap':
			p.take(token);
			return parseTrap(p, token);
		default:
			if (unsupportedStatementKeywords.has(token.value)) {
				p.take(token);
				p.error('ReservedKeywordNotAllowed', token.start, token.end, [token.value]);
				skipUnsupportedStatement(p);
				return errorStatement(token.start, p.pos);
			}

			// `else`, `until`, `param`, `begin`... out of place: parsed as a command (which will not be found).
			return undefined;
	}
}

function parseLabelledStatement(p: ParseContext, label: Token): StatementAst | TrapAst | undefined {
	const mark = p.mark();
	p.take(label);
	p.skipNewlines();
	const keyword = p.peek('command');
	if (keyword.kind === 'Keyword' && ['switch', 'foreach', 'for', 'while', 'do'].includes(keyword.value)) {
		return parseKeywordStatement(p, keyword, label);
	}

	// Not a loop after all: `:name` is then read as a command name.
	p.reset(mark);
	return parsePipelineChain(p);
}

/** A class, enum, using or DSC statement: skip it whole (to the end of its `{ }` body, or of the line). */
function skipUnsupportedStatement(p: ParseContext): void {
	let depth = 0;
	for (;;) {
		const token = p.peek('command');
		if (token.kind === 'EndOfInput' || (depth === 0 && (token.kind === 'NewLine' || token.kind === ';' || token.kind === ')' || token.kind === '}'))) {
			return;
		}

		p.take(token);
		if (token.kind === '{' || token.kind === '(' || token.kind === '@{' || token.kind === '@(' || token.kind === '$(') {
			depth++;
		} else if ((token.kind === '}' || token.kind === ')') && --depth === 0 && token.kind === '}') {
			return;
		}
	}
}

/** `{ statements }`; undefined (nothing consumed) when the next token is not `{`. */
export function parseStatementBlock(p: ParseContext): StatementBlockAst | undefined {
	p.skipNewlines();
	const open = p.peek('command');
	if (open.kind !== '{') {
		return undefined;
	}

	p.take(open);
	const {statements, traps} = parseStatementList(p);
	const close = p.peek('command');
	let end: number;
	if (close.kind === '}') {
		p.take(close);
		end = close.end;
	} else {
		p.incomplete('MissingEndCurlyBrace', open.start, open.end, [], close.start);
		end = statements.length > 0 ? statements[statements.length - 1]!.extent.end : open.end;
	}

	return {kind: 'StatementBlock', extent: {start: open.start, end}, statements, ...(traps.length > 0 ? {traps} : {})};
}

/** `( pipeline )` after a keyword; reports its own errors and returns undefined when it cannot continue. */
function parseCondition(
	p: ParseContext,
	keyword: Token,
	missingOpen: string,
	missingCondition: string,
): {condition: StatementAst; close: Token} | undefined {
	p.skipNewlines();
	const open = p.peek('command');
	const name = p.text(keyword);
	if (open.kind !== '(') {
		p.incomplete(missingOpen, keyword.end, keyword.end, [name]);
		return undefined;
	}

	p.take(open);
	p.skipNewlines();
	let condition = parsePipelineChain(p);
	const missing = !condition;
	if (!condition) {
		p.incomplete(missingCondition, open.end, open.end, [name]);
		condition = errorStatement(open.end, open.end);
	}

	p.skipNewlines();
	const close = p.peek('command');
	if (close.kind !== ')') {
		if (!missing) {
			p.incomplete('MissingEndParenthesisAfterStatement', close.start, close.end, [name], close.start);
		}

		return undefined;
	}

	p.take(close);
	return {condition, close};
}

function parseIf(p: ParseContext, ifToken: Token): StatementAst {
	const clauses: IfAst['clauses'] = [];
	let keyword = ifToken;
	let elseBlock: StatementBlockAst | undefined;
	for (;;) {
		const parsed = parseCondition(p, keyword, 'MissingOpenParenthesisInIfStatement', 'IfStatementMissingCondition');
		if (!parsed) {
			return partialIf(ifToken, clauses, p.pos);
		}

		const {condition, close} = parsed;
		const body = parseStatementBlock(p);
		if (!body) {
			p.incomplete('MissingStatementBlock', close.start, close.end, [p.text(keyword)]);
			return partialIf(ifToken, clauses, close.end);
		}

		clauses.push({condition, body});
		// `elseif`/`else` may follow on a later line; if neither does, the newlines stay for the statement list.
		const mark = p.mark();
		p.skipNewlines();
		const next = p.peek('command');
		if (next.kind === 'Keyword' && next.value === 'elseif') {
			p.take(next);
			keyword = next;
			continue;
		}

		if (next.kind === 'Keyword' && next.value === 'else') {
			p.take(next);
			elseBlock = parseStatementBlock(p);
			if (!elseBlock) {
				p.incomplete('MissingStatementBlockAfterElse', next.end, next.end);
			}

			break;
		}

		p.reset(mark);
		break;
	}

	const end = (elseBlock ?? clauses[clauses.length - 1]!.body).extent.end;
	return {kind: 'If', extent: {start: ifToken.start, end}, clauses, ...(elseBlock ? {else: elseBlock} : {})};
}

function partialIf(ifToken: Token, clauses: IfAst['clauses'], end: number): StatementAst {
	if (clauses.length === 0) {
		return errorStatement(ifToken.start, Math.max(ifToken.end, end));
	}

	return {kind: 'If', extent: {start: ifToken.start, end: clauses[clauses.length - 1]!.body.extent.end}, clauses};
}

const switchFlags = ['regex', 'wildcard', 'exact', 'casesensitive', 'parallel', 'file'] as const;

function parseSwitch(p: ParseContext, switchToken: Token, label: Token | undefined): StatementAst {
	const start = (label ?? switchToken).start;
	const flags: SwitchAst['flags'] = {regex: false, wildcard: false, exact: false, caseSensitive: false};
	p.skipNewlines();
	let lastEnd = switchToken.end;
	let sawFile = false;
	for (let token = p.peek('command'); token.kind === 'Parameter'; token = p.peek('command')) {
		p.take(token);
		lastEnd = token.end;
		// Like pwsh, any prefix of a flag names it (`-r`, `-Wild`).
		const written = token.value.toLowerCase();
		const flag = written.length > 0 ? switchFlags.find(name => name.startsWith(written)) : undefined;
		if (flag === 'regex') {
			flags.regex = true;
			flags.wildcard = false;
		} else if (flag === 'wildcard') {
			flags.wildcard = true;
			flags.regex = false;
		} else if (flag === 'exact') {
			flags.exact = true;
			flags.regex = false;
			flags.wildcard = false;
		} else if (flag === 'casesensitive') {
			flags.caseSensitive = true;
		} else if (flag === 'file') {
			sawFile = true;
			p.error('SwitchFileNotSupported', token.start, token.end);
			p.skipNewlines();
			lastEnd = parseCommandArgument(p, 'file')?.extent.end ?? lastEnd;
		} else {
			p.error('InvalidSwitchFlag', token.start, token.end, [token.value]);
		}
	}

	let value: StatementAst | undefined;
	// Like pwsh, once the input is known to have ended, later "missing" errors of the same switch are not repeated.
	let ended = false;
	const open = p.peek('command');
	if (open.kind === '(') {
		p.take(open);
		p.skipNewlines();
		value = parsePipelineChain(p);
		if (!value) {
			p.incomplete('PipelineValueRequired', open.end, open.end);
			ended = p.lexer.onlyTriviaAfter(open.end);
		}

		p.skipNewlines();
		const close = p.peek('command');
		if (close.kind === ')') {
			p.take(close);
			lastEnd = close.end;
		} else if (value) {
			p.incomplete('MissingEndParenthesisInSwitchStatement', value.extent.end, value.extent.end, [], close.start);
		}
	} else if (!sawFile) {
		p.incomplete('PipelineValueRequired', lastEnd, lastEnd, [], open.start);
		ended = p.lexer.onlyTriviaAfter(open.start);
	}

	value ??= errorStatement(lastEnd, lastEnd);
	p.skipNewlines();
	const brace = p.peek('command');
	if (brace.kind !== '{') {
		if (!ended) {
			p.incomplete('MissingCurlyBraceInSwitchStatement', lastEnd, lastEnd, [], brace.start);
		}

		return errorStatement(start, lastEnd);
	}

	p.take(brace);
	p.skipNewlines();
	const clauses: SwitchClauseAst[] = [];
	let defaultBlock: SwitchAst['default'];
	let end = brace.end;
	for (;;) {
		const before = p.pos;
		const pattern = parseCommandArgument(p, 'switch');
		if (!pattern) {
			p.incomplete('MissingSwitchConditionExpression', end, end, [], p.peek('command').start);
			const close = p.peek('command');
			if (close.kind === '}') {
				p.take(close);
				end = close.end;
			}

			break;
		}

		end = pattern.extent.end;
		const body = parseStatementBlock(p);
		if (!body) {
			p.incomplete('MissingSwitchStatementClause', end, end, [], p.peek('command').start);
			ended ||= p.lexer.onlyTriviaAfter(p.peek('command').start);
		} else {
			end = body.extent.end;
			if (pattern.kind === 'StringConstant' && pattern.quote === 'bare' && pattern.value.toLowerCase() === 'default') {
				if (defaultBlock) {
					p.error('MultipleSwitchDefaultClauses', pattern.extent.start, pattern.extent.end);
				}

				defaultBlock = body;
			} else {
				clauses.push({pattern, body});
			}
		}

		p.skipNewlinesAndSemicolons();
		const next = p.peek('command');
		if (next.kind === '}') {
			p.take(next);
			end = next.end;
			break;
		}

		if (next.kind === 'EndOfInput' || p.pos === before) {
			if (!ended) {
				p.incomplete('MissingEndCurlyBrace', brace.start, brace.end, [], next.start);
			}

			break;
		}
	}

	return {
		kind: 'Switch',
		extent: {start, end},
		...(label ? {label: label.value} : {}),
		flags,
		value,
		clauses,
		...(defaultBlock ? {default: defaultBlock} : {}),
	};
}

function parseForeach(p: ParseContext, foreachToken: Token, label: Token | undefined): StatementAst {
	const start = (label ?? foreachToken).start;
	p.skipNewlines();
	for (let token = p.peek('command'); token.kind === 'Parameter'; token = p.peek('command')) {
		// `foreach -Parallel` belongs to workflows, which pwsh 7 does not run either.
		p.take(token);
		p.error('InvalidForeachFlag', token.start, token.end, [token.value]);
		p.skipNewlines();
	}

	const open = p.peek('command');
	if (open.kind !== '(') {
		p.incomplete('MissingOpenParenthesisAfterKeyword', foreachToken.end, foreachToken.end, [foreachToken.value]);
		return errorStatement(start, foreachToken.end);
	}

	p.take(open);
	p.skipNewlines();
	const variableToken = p.peek('command');
	if (variableToken.kind !== 'Variable' && variableToken.kind !== 'SplattedVariable') {
		p.incomplete('MissingVariableNameAfterForeach', open.end, open.end, [], variableToken.start);
		return errorStatement(start, open.end);
	}

	p.take(variableToken);
	const variable: VariableAst = {
		kind: 'Variable',
		extent: {start: variableToken.start, end: variableToken.end},
		name: variableToken.value,
		...(variableToken.scope === undefined ? {} : {scope: variableToken.scope}),
	};
	p.skipNewlines();
	const inToken = p.peek('command');
	if (inToken.kind !== 'Keyword' || inToken.value !== 'in') {
		p.incomplete('MissingInInForeach', variable.extent.end, variable.extent.end, [], inToken.start);
		return errorStatement(start, variable.extent.end);
	}

	p.take(inToken);
	p.skipNewlines();
	const iterable = parsePipelineChain(p);
	if (!iterable) {
		p.incomplete('MissingForeachExpression', inToken.end, inToken.end);
		return errorStatement(start, inToken.end);
	}

	p.skipNewlines();
	const close = p.peek('command');
	if (close.kind !== ')') {
		p.incomplete('MissingEndParenthesisAfterForeach', iterable.extent.end, iterable.extent.end, [], close.start);
		return errorStatement(start, iterable.extent.end);
	}

	p.take(close);
	const body = parseStatementBlock(p);
	if (!body) {
		p.incomplete('MissingForeachStatement', close.end, close.end);
		return errorStatement(start, close.end);
	}

	return {kind: 'Foreach', extent: {start, end: body.extent.end}, ...(label ? {label: label.value} : {}), variable, iterable, body} satisfies ForeachAst;
}

function parseFor(p: ParseContext, forToken: Token, label: Token | undefined): StatementAst {
	const start = (label ?? forToken).start;
	p.skipNewlines();
	const open = p.peek('command');
	if (open.kind !== '(') {
		p.incomplete('MissingOpenParenthesisAfterKeyword', forToken.end, forToken.end, [forToken.value]);
		return errorStatement(start, forToken.end);
	}

	p.take(open);
	let last = open.end;
	// Each part is optional and ends at `;` or a newline.
	const part = (): StatementAst | undefined => {
		p.skipNewlines();
		const statement = parsePipelineChain(p);
		if (statement) {
			last = statement.extent.end;
		}

		const semicolon = p.peek('command');
		if (semicolon.kind === ';') {
			p.take(semicolon);
			last = semicolon.end;
		}

		return statement;
	};

	const init = part();
	const condition = part();
	const iterator = part();
	p.skipNewlines();
	const close = p.peek('command');
	if (close.kind !== ')') {
		p.incomplete('MissingEndParenthesisAfterStatement', last, last, [forToken.value], close.start);
		return errorStatement(start, last);
	}

	p.take(close);
	const body = parseStatementBlock(p);
	if (!body) {
		p.incomplete('MissingLoopStatement', close.end, close.end, [forToken.value]);
		return errorStatement(start, close.end);
	}

	return {
		kind: 'For',
		extent: {start, end: body.extent.end},
		...(label ? {label: label.value} : {}),
		...(init ? {init} : {}),
		...(condition ? {condition} : {}),
		...(iterator ? {iterator} : {}),
		body,
	} satisfies ForAst;
}

function parseWhile(p: ParseContext, whileToken: Token, label: Token | undefined): StatementAst {
	const start = (label ?? whileToken).start;
	const parsed = parseCondition(p, whileToken, 'MissingOpenParenthesisAfterKeyword', 'MissingExpressionAfterKeyword');
	if (!parsed) {
		return errorStatement(start, p.pos);
	}

	const body = parseStatementBlock(p);
	if (!body) {
		p.incomplete('MissingLoopStatement', parsed.close.end, parsed.close.end, [whileToken.value]);
		return errorStatement(start, parsed.close.end);
	}

	const {condition} = parsed;
	return {kind: 'While', extent: {start, end: body.extent.end}, ...(label ? {label: label.value} : {}), condition, body} satisfies WhileAst;
}

function parseDo(p: ParseContext, doToken: Token, label: Token | undefined): StatementAst {
	const start = (label ?? doToken).start;
	const body = parseStatementBlock(p);
	if (!body) {
		p.incomplete('MissingLoopStatement', doToken.end, doToken.end, ['do']);
		return errorStatement(start, doToken.end);
	}

	const mark = p.mark();
	p.skipNewlines();
	const keyword = p.peek('command');
	if (keyword.kind !== 'Keyword' || (keyword.value !== 'while' && keyword.value !== 'until')) {
		p.reset(mark);
		p.incomplete('MissingWhileOrUntilInDoWhile', body.extent.end, body.extent.end, [], keyword.start);
		return errorStatement(start, body.extent.end);
	}

	p.take(keyword);
	const parsed = parseCondition(p, keyword, 'MissingOpenParenthesisAfterKeyword', 'MissingExpressionAfterKeyword');
	if (!parsed) {
		return errorStatement(start, p.pos);
	}

	const {condition, close} = parsed;
	return {
		kind: 'DoLoop',
		extent: {start, end: close.end},
		...(label ? {label: label.value} : {}),
		body,
		condition,
		until: keyword.value === 'until',
	} satisfies DoLoopAst;
}

const notFunctionNames = new Set<string>([
	'|',
	'(',
	'{',
	'@(',
	'@{',
	'}',
	')',
	'EndOfInput',
	';',
	'Redirection',
	'<',
	'&&',
	'||',
	'&',
	'Variable',
	'SplattedVariable',
	'StringLiteral',
	'StringExpandable',
]);

function parseFunction(p: ParseContext, functionToken: Token): StatementAst {
	p.skipNewlines();
	const nameToken = p.peek('command');
	if (notFunctionNames.has(nameToken.kind)) {
		p.incomplete('MissingNameAfterKeyword', functionToken.end, functionToken.end, [p.text(functionToken)], nameToken.start);
		return errorStatement(functionToken.start, functionToken.end);
	}

	p.take(nameToken, 'Command');
	const name = nameToken.kind === 'Generic' ? nameToken.value : p.text(nameToken);
	let end = nameToken.end;
	p.skipNewlines();
	let parameters: ParameterAst[] = [];
	const open = p.peek('command');
	if (open.kind === '(') {
		p.take(open);
		parameters = parseParameterList(p);
		p.skipNewlines();
		const close = p.peek('command');
		end = parameters.length > 0 ? parameters[parameters.length - 1]!.extent.end : open.end;
		if (close.kind !== ')') {
			p.incomplete('MissingEndParenthesisInFunctionParameterList', end, end, [], close.start);
			return errorStatement(functionToken.start, end);
		}

		p.take(close);
		end = close.end;
		p.skipNewlines();
	}

	const brace = p.peek('command');
	if (brace.kind !== '{') {
		p.incomplete('MissingFunctionBody', end, end, [], brace.start);
		return errorStatement(functionToken.start, end);
	}

	p.take(brace);
	const isFilter = functionToken.value === 'filter';
	const body = parseScriptBlock(p, brace, isFilter);
	if (parameters.length > 0 && body.param) {
		p.error('OnlyOneParameterListAllowed', body.param.extent.start, body.param.extent.end);
	}

	return {
		kind: 'FunctionDefinition',
		extent: {start: functionToken.start, end: body.extent.end},
		name,
		isFilter,
		parameters,
		body,
	} satisfies FunctionDefinitionAst;
}

function parseTry(p: ParseContext, tryToken: Token): StatementAst {
	const body = parseStatementBlock(p);
	if (!body) {
		p.incomplete('MissingTryStatementBlock', tryToken.end, tryToken.end);
		return errorStatement(tryToken.start, tryToken.end);
	}

	const catches: CatchClauseAst[] = [];
	let end = body.extent.end;
	let broken = false;
	for (;;) {
		const mark = p.mark();
		p.skipNewlines();
		const catchToken = p.peek('command');
		if (catchToken.kind !== 'Keyword' || catchToken.value !== 'catch') {
			p.reset(mark);
			break;
		}

		p.take(catchToken);
		const clause = parseCatch(p, catchToken);
		if (!clause) {
			broken = true;
			break;
		}

		if (catches.length > 0 && catches[catches.length - 1]!.types.length === 0) {
			p.error('EmptyCatchNotLast', catches[catches.length - 1]!.extent.start, catches[catches.length - 1]!.extent.end);
		}

		catches.push(clause);
		end = clause.extent.end;
	}

	let finallyBlock: StatementBlockAst | undefined;
	if (!broken) {
		const mark = p.mark();
		p.skipNewlines();
		const finallyToken = p.peek('command');
		if (finallyToken.kind === 'Keyword' && finallyToken.value === 'finally') {
			p.take(finallyToken);
			finallyBlock = parseStatementBlock(p);
			if (finallyBlock) {
				end = finallyBlock.extent.end;
			} else {
				p.incomplete('MissingFinallyStatementBlock', finallyToken.end, finallyToken.end, [finallyToken.value]);
				broken = true;
			}
		} else {
			p.reset(mark);
		}
	}

	if (!broken && catches.length === 0 && !finallyBlock) {
		p.incomplete('MissingCatchOrFinally', body.extent.end, body.extent.end);
	}

	return {kind: 'Try', extent: {start: tryToken.start, end}, body, catches, ...(finallyBlock ? {finally: finallyBlock} : {})} satisfies TryAst;
}

function parseCatch(p: ParseContext, catchToken: Token): CatchClauseAst | undefined {
	const types: TypeNameAst[] = [];
	let last = catchToken.end;
	let comma: Token | undefined;
	for (;;) {
		const mark = p.mark();
		p.skipNewlines();
		const type = parseAttribute(p);
		if (!type) {
			if (comma) {
				p.incomplete('MissingTypeLiteralToken', comma.end, comma.end);
			}

			break;
		}

		if (type.kind !== 'TypeConstraint') {
			// An attribute belongs to whatever follows the catch; leave it.
			p.reset(mark);
			break;
		}

		types.push(type.type);
		last = type.extent.end;
		p.skipNewlines();
		const next = p.peek('command');
		if (next.kind !== ',') {
			break;
		}

		comma = p.take(next);
	}

	const body = parseStatementBlock(p);
	if (!body) {
		p.incomplete('MissingCatchHandlerBlock', last, last);
		return undefined;
	}

	return {kind: 'CatchClause', extent: {start: catchToken.start, end: body.extent.end}, types, body};
}

function parseTrap(p: ParseContext, trapToken: Token): TrapAst | StatementAst {
	const mark = p.mark();
	p.skipNewlines();
	let type = parseAttribute(p);
	if (type && type.kind !== 'TypeConstraint') {
		p.reset(mark);
		type = undefined;
	}

	const body = parseStatementBlock(p);
	if (!body) {
		const end = type?.extent.end ?? trapToken.end;
		p.incomplete('MissingTrapStatement', end, end);
		return errorStatement(trapToken.start, end);
	}

	return {kind: 'Trap', extent: {start: trapToken.start, end: body.extent.end}, ...(type ? {type: type.type} : {}), body};
}

function parseBreakOrContinue(p: ParseContext, token: Token): StatementAst {
	const kind = token.value === 'break' ? 'Break' : 'Continue';
	const label = parseLabelOrKey(p, 'command');
	if (!label) {
		return {kind, extent: {start: token.start, end: token.end}};
	}

	if (label.kind !== 'StringConstant') {
		p.error('DynamicLabelNotSupported', label.extent.start, label.extent.end, [token.value]);
	}

	return {
		kind,
		extent: {start: token.start, end: label.extent.end},
		...(label.kind === 'StringConstant' ? {label: label.value} : {}),
	};
}

/** A loop label after break/continue, or a hash key: a plain word (a string), else a unary expression. */
export function parseLabelOrKey(p: ParseContext, mode: LexMode): ExpressionAst | undefined {
	const word = p.peek(mode, LexFlags.simpleName);
	if (word.kind === 'Identifier') {
		p.take(word, 'Member');
		return {kind: 'StringConstant', extent: {start: word.start, end: word.end}, value: word.value, quote: 'bare'};
	}

	const next = p.peek(mode);
	if (next.kind === 'NewLine' || next.kind === ';') {
		return undefined;
	}

	const noComma = p.noComma;
	p.noComma = true;
	try {
		return parseUnary(p) ?? undefined;
	} finally {
		p.noComma = noComma;
	}
}
