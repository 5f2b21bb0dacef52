// Script blocks: the whole script and every `{ ... }` body. An optional param block (with `[CmdletBinding()]`
// before it), then either named blocks (begin / process / end) or a statement list (ScriptBlockRule in Parser.cs).

import type {
	AttributeAst,
	ExpressionAst,
	ParamBlockAst,
	ParameterAst,
	ScriptBlockAst,
	ScriptBlockExpressionAst,
	StatementAst,
	StatementBlockAst,
	TrapAst,
	TypeNameAst,
} from './ast.ts';
import {errorExpression} from './nodes.ts';
import type {ParseContext} from './parser-context.ts';
import {parseExpression} from './parse-expressions.ts';
import {parseStatement, parseStatementBlock} from './parse-statements.ts';
import {parseAttributeList} from './parse-types.ts';
import {blockNames, type Token} from './tokens.ts';

/** The whole input as a script block. */
export function parseScript(p: ParseContext): ScriptBlockAst {
	return parseScriptBlock(p, undefined, false);
}

export function parseScriptBlockExpression(p: ParseContext, open: Token): ScriptBlockExpressionAst {
	const noComma = p.noComma;
	p.noComma = false;
	try {
		const block = parseScriptBlock(p, open, false);
		return {kind: 'ScriptBlockExpression', extent: block.extent, block};
	} finally {
		p.noComma = noComma;
	}
}

/**
 * The body of a script block whose `{` (already consumed) is `open`, or of the whole script when `open` is
 * undefined. A filter's unnamed body is its process block.
 */
export function parseScriptBlock(p: ParseContext, open: Token | undefined, isFilter: boolean): ScriptBlockAst {
	const bodyStart = open ? open.end : 0;
	p.skipNewlines();
	let param: {block?: ParamBlockAst; attributes: AttributeAst[]} = {attributes: []};
	if (mayStartParamBlock(p)) {
		const mark = p.mark();
		param = parseParamBlock(p);
		if (!param.block) {
			// The attributes were a cast or a type literal of the first statement after all: parse them again as such.
			p.reset(mark);
		}
	}

	p.skipNewlinesAndSemicolons();
	const block: ScriptBlockAst = {kind: 'ScriptBlock', extent: {start: open ? open.start : 0, end: 0}, attributes: param.attributes, text: ''};
	if (param.block) {
		block.param = param.block;
	}

	const first = p.peek('command');
	let bodyEnd: number;
	if (first.kind === 'Keyword' && blockNames.has(first.value)) {
		bodyEnd = parseNamedBlocks(p, block);
	} else {
		const {statements, traps, end} = parseBody(p, open);
		const statementBlock: StatementBlockAst = {
			kind: 'StatementBlock',
			extent: statements.length > 0 ? {start: statements[0]!.extent.start, end} : {start: param.block?.extent.end ?? bodyStart, end: param.block?.extent.end ?? bodyStart},
			statements,
			...(traps.length > 0 ? {traps} : {}),
		};
		if (isFilter) {
			block.process = statementBlock;
		} else {
			block.end = statementBlock;
		}

		bodyEnd = end;
	}

	if (!open) {
		// Whatever follows named blocks at the top level is an error; take it so every token is seen.
		for (let token = p.peek('command'); token.kind !== 'EndOfInput'; token = p.peek('command')) {
			p.error('UnexpectedToken', token.start, token.end, [p.text(token)]);
			skipToEnd(p);
		}

		p.take(p.peek('command'));
		block.extent = {start: 0, end: p.source.length};
		block.text = p.source;
		return block;
	}

	const close = p.peek('command');
	if (close.kind === '}') {
		p.take(close);
		block.extent.end = close.end;
		block.text = p.source.slice(open.end, close.start);
	} else {
		p.incomplete('MissingEndCurlyBrace', open.start, open.end, [], close.start);
		block.extent.end = Math.max(open.end, bodyEnd);
		block.text = p.source.slice(open.end, block.extent.end);
	}

	return block;
}

function skipToEnd(p: ParseContext): void {
	for (let token = p.peek('command'); token.kind !== 'EndOfInput'; token = p.peek('command')) {
		p.take(token);
	}
}

/**
 * An unnamed body: statements up to the `}` (inside braces) or to the end of the input (a script, where a stray
 * `)` or `}` is reported and skipped so the rest is still parsed).
 */
function parseBody(p: ParseContext, open: Token | undefined): {statements: StatementAst[]; traps: TrapAst[]; end: number} {
	const statements: StatementAst[] = [];
	const traps: TrapAst[] = [];
	let end = open ? open.end : 0;
	for (;;) {
		const list = parseStatementList(p);
		statements.push(...list.statements);
		traps.push(...list.traps);
		if (list.statements.length > 0) {
			end = list.statements[list.statements.length - 1]!.extent.end;
		}

		const next = p.peek('command');
		if (open || next.kind === 'EndOfInput') {
			return {statements, traps, end};
		}

		p.take(next);
		p.error('UnexpectedToken', next.start, next.end, [p.text(next)]);
	}
}

/** `begin { } process { } end { }` (and `dynamicparam`, which is refused). Returns the end of the last block. */
function parseNamedBlocks(p: ParseContext, block: ScriptBlockAst): number {
	let end = p.pos;
	for (;;) {
		const name = p.peek('command');
		if (name.kind !== 'Keyword' || !blockNames.has(name.value)) {
			return end;
		}

		p.take(name, 'Keyword');
		end = name.end;
		let body = parseStatementBlock(p);
		if (!body) {
			p.incomplete('MissingNamedStatementBlock', name.end, name.end, [name.value]);
			body = {kind: 'StatementBlock', extent: {start: name.start, end: name.end}, statements: []};
		} else {
			end = body.extent.end;
		}

		const key = name.value as 'begin' | 'process' | 'end' | 'dynamicparam';
		if (key === 'dynamicparam') {
			p.error('ReservedKeywordNotAllowed', name.start, name.end, [name.value]);
		} else if (block[key]) {
			p.error('DuplicateScriptCommandClause', name.start, end, [name.value]);
		} else {
			block[key] = body;
		}

		p.skipNewlinesAndSemicolons();
	}
}

/** Statements separated by newlines and `;`, up to a `)`, a `}` or the end of the input. */
export function parseStatementList(p: ParseContext): {statements: StatementAst[]; traps: TrapAst[]} {
	const statements: StatementAst[] = [];
	const traps: TrapAst[] = [];
	p.skipNewlinesAndSemicolons();
	for (;;) {
		const before = p.pos;
		const statement = parseStatement(p);
		if (!statement) {
			break;
		}

		if (statement.kind === 'Trap') {
			traps.push(statement);
		} else {
			statements.push(statement);
		}

		p.skipNewlinesAndSemicolons();
		const next = p.peek('command');
		if (next.kind === ')' || next.kind === '}') {
			break;
		}

		if (p.pos === before) {
			// Defensive: a statement must consume input, or the loop would never end.
			p.error('UnexpectedToken', next.start, next.end, [p.text(next)]);
			p.take(next);
		}
	}

	return {statements, traps};
}

function mayStartParamBlock(p: ParseContext): boolean {
	const token = p.peek('command');
	return (token.kind === 'Keyword' && token.value === 'param') || p.peek('expression').kind === '[';
}

/** `[CmdletBinding()] param(...)`: attributes, then `param` and its parameter list. */
function parseParamBlock(p: ParseContext): {block?: ParamBlockAst; attributes: AttributeAst[]} {
	const candidates = parseAttributeList(p);
	p.skipNewlines();
	const keyword = p.peek('command');
	if (keyword.kind !== 'Keyword' || keyword.value !== 'param') {
		return {attributes: []};
	}

	const mark = p.mark();
	p.take(keyword);
	p.skipNewlines();
	const open = p.peek('command');
	if (open.kind !== '(') {
		// `param` without `(` is a command named param.
		p.reset(mark);
		return {attributes: []};
	}

	p.take(open);
	const parameters = parseParameterList(p);
	p.skipNewlines();
	const close = p.peek('command');
	let end: number;
	if (close.kind === ')') {
		p.take(close);
		end = close.end;
	} else {
		end = parameters.length > 0 ? parameters[parameters.length - 1]!.extent.end : open.end;
		p.incomplete('MissingEndParenthesisInFunctionParameterList', end, end, [], close.start);
	}

	const attributes: AttributeAst[] = [];
	for (const candidate of candidates) {
		if (candidate.kind === 'Attribute') {
			attributes.push(candidate);
		} else {
			p.error('TypeNotAllowedBeforeParam', candidate.extent.start, candidate.extent.end, [candidate.type.name]);
		}
	}

	return {block: {kind: 'ParamBlock', extent: {start: keyword.start, end}, parameters}, attributes};
}

/** `$a, [int]$b = 5, [Parameter(Mandatory)][string]$c` inside `param( )` or `function f( )`. */
export function parseParameterList(p: ParseContext): ParameterAst[] {
	const parameters: ParameterAst[] = [];
	const names = new Set<string>();
	let comma: Token | undefined;
	for (;;) {
		const parameter = parseParameter(p);
		if (!parameter) {
			if (comma) {
				p.incomplete('MissingExpressionAfterToken', comma.end, comma.end, [',']);
			}

			return parameters;
		}

		const key = parameter.name.toLowerCase();
		if (names.has(key)) {
			p.error('DuplicateFormalParameter', parameter.extent.start, parameter.extent.end, [parameter.name]);
		}

		names.add(key);
		parameters.push(parameter);
		p.skipNewlines();
		const next = p.peek('expression');
		if (next.kind !== ',') {
			return parameters;
		}

		comma = p.take(next);
	}
}

function parseParameter(p: ParseContext): ParameterAst | undefined {
	const noComma = p.noComma;
	p.noComma = true;
	try {
		p.skipNewlines();
		const attributeList = parseAttributeList(p);
		p.skipNewlines();
		const variable = p.peek('expression');
		if (variable.kind !== 'Variable' && variable.kind !== 'SplattedVariable') {
			if (attributeList.length > 0) {
				const last = attributeList[attributeList.length - 1]!;
				p.incomplete('InvalidFunctionParameter', last.extent.end, last.extent.end, [], variable.start);
			}

			return undefined;
		}

		p.take(variable);
		let end = variable.end;
		let defaultValue: ExpressionAst | undefined;
		p.skipNewlines();
		const equals = p.peek('expression');
		if (equals.kind === '=') {
			p.take(equals);
			p.skipNewlines();
			defaultValue = parseExpression(p);
			if (!defaultValue) {
				p.incomplete('MissingExpressionAfterToken', equals.end, equals.end, ['=']);
				defaultValue = errorExpression(equals.end, equals.end);
			}

			end = defaultValue.extent.end;
		}

		const attributes: AttributeAst[] = [];
		let type: TypeNameAst | undefined;
		for (const attribute of attributeList) {
			if (attribute.kind === 'Attribute') {
				attributes.push(attribute);
			} else {
				type = attribute.type;
			}
		}

		const start = attributeList.length > 0 ? attributeList[0]!.extent.start : variable.start;
		return {
			kind: 'Parameter',
			extent: {start, end},
			name: variable.value,
			...(type ? {type} : {}),
			attributes,
			...(defaultValue ? {default: defaultValue} : {}),
		};
	} finally {
		p.noComma = noComma;
	}
}
