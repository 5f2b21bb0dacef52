// Statement dispatch (StatementRule in pwsh's Parser.cs): keyword statements are handed to parse-if.ts,
// parse-switch.ts, parse-loops.ts, parse-function.ts and parse-try.ts; labelled loops, flow statements (return, throw,
// exit, break, continue), statement blocks and the shared `( condition )` helper live here. Anything else is a pipeline
// (parse-pipeline.ts).

import type {ExpressionAst, StatementAst, StatementBlockAst, TrapAst} from './ast.ts';
import {errorStatement} from './nodes.ts';
import type {ParseContext} from './parser-context.ts';
import {parseUnary} from './parse-expressions.ts';
import {parseFunction} from './parse-function.ts';
import {parseIf} from './parse-if.ts';
import {parseDo, parseFor, parseForeach, parseWhile} from './parse-loops.ts';
import {parsePipelineChain} from './parse-pipeline.ts';
import {parseStatementList} from './parse-script.ts';
import {parseSwitch} from './parse-switch.ts';
import {parseTrap, parseTry} from './parse-try.ts';
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
export function parseCondition(
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
