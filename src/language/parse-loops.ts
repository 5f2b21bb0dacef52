// Loops: `foreach ($x in …) {…}`, `for (init; cond; iter) {…}`, `while (…) {…}`, `do {…} while|until (…)`.

import type {DoLoopAst, ForAst, ForeachAst, StatementAst, VariableAst, WhileAst} from './ast.ts';
import {errorStatement} from './nodes.ts';
import type {ParseContext} from './parser-context.ts';
import {parsePipelineChain} from './parse-pipeline.ts';
import {parseCondition, parseStatementBlock} from './parse-statements.ts';
import type {Token} from './tokens.ts';

export function parseForeach(p: ParseContext, foreachToken: Token, label: Token | undefined): StatementAst {
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

export function parseFor(p: ParseContext, forToken: Token, label: Token | undefined): StatementAst {
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

export function parseWhile(p: ParseContext, whileToken: Token, label: Token | undefined): StatementAst {
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

export function parseDo(p: ParseContext, doToken: Token, label: Token | undefined): StatementAst {
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

