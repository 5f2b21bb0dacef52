// Pipelines and commands: assignments, `a && b || c` chains, `expr | cmd | cmd`, argument-mode command elements
// (parameters, bare words, `a,b,c` arrays, splats), redirections (PipelineChainRule ... CommandRule in Parser.cs).

import type {
	CommandAst,
	CommandElementAst,
	CommandExpressionAst,
	ExpressionAst,
	PipelineAst,
	RedirectionAst,
	StatementAst,
} from './ast.ts';
import {bareWord, errorExpression, errorStatement, span} from './nodes.ts';
import {isIdentifierStart} from './chars.ts';
import type {ParseContext} from './parser-context.ts';
import {parseExpression, parsePrimary} from './parse-expressions.ts';
import {parseStatement} from './parse-statements.ts';
import {parseExpandableString} from './parse-strings.ts';
import {assignmentOperators, LexFlags, type Token} from './tokens.ts';

/** An assignment, or pipelines joined by `&&` / `||`. Undefined when nothing here starts a pipeline. */
export function parsePipelineChain(p: ParseContext): StatementAst | undefined {
	const expression = startsExpression(p) ? parseExpression(p) : undefined;
	if (expression) {
		const operator = p.peek('expression');
		if (assignmentOperators.has(operator.kind)) {
			return parseAssignment(p, expression, operator);
		}
	}

	let chain: StatementAst | undefined;
	let pending: Token | undefined;
	let start = expression;
	for (;;) {
		const first = p.peek('command');
		const pipeline = parsePipeline(p, start);
		start = undefined;
		if (!pipeline) {
			if (!pending) {
				return undefined;
			}

			if (first.kind === 'EndOfInput') {
				p.incomplete('EmptyPipelineChainElement', pending.end, pending.end);
			} else if (first.kind !== '.' && first.kind !== '&') {
				p.error('EmptyPipelineChainElement', pending.start, first.end);
			}

			return chain;
		}

		const combined: StatementAst = chain && pending
			? {kind: 'PipelineChain', extent: span(chain, pipeline), left: chain, operator: pending.kind as '&&' | '||', right: pipeline}
			: pipeline;
		const next = p.peek('command');
		if (next.kind === '&&' || next.kind === '||') {
			p.take(next);
			p.skipNewlines();
			chain = combined;
			pending = next;
			continue;
		}

		if (next.kind === '&') {
			// `cmd &` starts a background job in pwsh 7; the simulated shell has no jobs.
			p.take(next);
			p.error('BackgroundOperatorNotSupported', next.start, next.end);
		}

		return combined;
	}
}

function parseAssignment(p: ParseContext, target: ExpressionAst, operator: Token): StatementAst {
	p.take(operator);
	p.skipNewlines();
	let value = parseStatement(p);
	if (!value || value.kind === 'Trap') {
		p.incomplete('ExpectedValueExpression', operator.end, operator.end, [operator.kind]);
		value = errorStatement(operator.end, operator.end);
	}

	if (!isAssignable(target)) {
		p.error('InvalidLeftHandSide', target.extent.start, target.extent.end);
	}

	return {
		kind: 'Assignment',
		extent: span(target, value),
		target,
		operator: operator.kind as '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '??=',
		value,
	};
}

/** Whether the next token can start an expression; most statements are commands, which skip the attempt. */
function startsExpression(p: ParseContext): boolean {
	// A word starting with a letter is never an expression; the argument-mode scan is already cached, so the
	// expression-mode scan is skipped for most statements.
	const word = p.peek('command');
	if ((word.kind === 'Generic' || word.kind === 'Identifier' || word.kind === 'Keyword') && isIdentifierStart(p.source.charCodeAt(word.start))) {
		return false;
	}

	const token = p.peek('expression', LexFlags.signedNumbers);
	switch (token.kind) {
		case 'Identifier':
		case 'Generic':
		case 'Keyword':
		case 'Parameter':
		case 'NewLine':
		case 'EndOfInput':
		case '.':
		case '&':
		case ';':
		case ')':
		case '}':
		case '|':
			return false;
		default:
			return true;
	}
}

/** Variables, members, indexes, `[type]$var`, and arrays of those (`$a, $b = 1, 2`) accept assignment. */
function isAssignable(target: ExpressionAst): boolean {
	switch (target.kind) {
		case 'Variable':
			return !target.splatted;
		case 'Member':
		case 'Index':
		case 'ErrorExpression':
			return true;
		case 'Convert':
			return isAssignable(target.operand);
		case 'ArrayLiteral':
			return target.elements.every(element => isAssignable(element));
		case 'Paren':
			return target.statement.kind === 'Pipeline'
				&& target.statement.elements.length === 1
				&& target.statement.elements[0]!.kind === 'CommandExpression'
				&& isAssignable(target.statement.elements[0]!.expression);
		default:
			return false;
	}
}

/** `element | element | ...`; only the first element may be an expression. */
function parsePipeline(p: ParseContext, start: ExpressionAst | undefined): PipelineAst | undefined {
	const elements: (CommandAst | CommandExpressionAst)[] = [];
	let pipe: Token | undefined;
	let expression = start;
	for (;;) {
		if (!expression && startsExpression(p)) {
			expression = parseExpression(p);
		}

		let element: CommandAst | CommandExpressionAst | undefined;
		if (expression) {
			if (elements.length > 0) {
				p.error('ExpressionsMustBeFirstInPipeline', expression.extent.start, expression.extent.end);
			}

			const redirections: RedirectionAst[] = [];
			for (let token = p.peek('command'); token.kind === 'Redirection' || token.kind === '<'; token = p.peek('command')) {
				parseRedirection(p, token, redirections);
			}

			const extent = redirections.length > 0 ? span(expression, redirections[redirections.length - 1]!) : expression.extent;
			element = {kind: 'CommandExpression', extent, expression, redirections};
		} else {
			element = parseCommand(p);
		}

		expression = undefined;
		if (element) {
			elements.push(element);
		} else if (elements.length > 0 || p.peek('command').kind === '|') {
			const at = pipe ? pipe.end : p.peek('command').start;
			p.incomplete('EmptyPipeElement', at, pipe ? at : p.peek('command').end);
		}

		let next = p.peek('command');
		// pwsh 7: a line that starts with `|` continues the pipeline of the line before.
		if (next.kind === 'NewLine' && elements.length > 0 && p.lexer.isPipeContinuation(next.end)) {
			p.skipNewlines();
			next = p.peek('command');
		}

		if (next.kind === '|') {
			p.take(next);
			p.skipNewlines();
			pipe = next;
			if (p.peek('command').kind === 'EndOfInput') {
				p.incomplete('EmptyPipeElement', next.end, next.end);
				break;
			}

			continue;
		}

		if (
			next.kind !== ';' && next.kind !== 'NewLine' && next.kind !== ')' && next.kind !== '}' && next.kind !== 'EndOfInput'
			&& next.kind !== '&&' && next.kind !== '||' && next.kind !== '&'
		) {
			p.error('UnexpectedToken', next.start, next.end, [p.text(next)]);
		}

		break;
	}

	if (elements.length === 0) {
		return undefined;
	}

	// A one-element pipeline shares its element's extent object (one allocation fewer per statement).
	const extent = elements.length === 1 ? elements[0]!.extent : span(elements[0]!, elements[elements.length - 1]!);
	return {kind: 'Pipeline', extent, elements};
}

/** Tokens that end a command (and cannot be an argument). */
function endsCommand(token: Token): boolean {
	switch (token.kind) {
		case '|':
		case '}':
		case ')':
		case 'EndOfInput':
		case 'NewLine':
		case ';':
		case '&&':
		case '||':
		case '&':
			return true;
		default:
			return false;
	}
}

/** A command being parsed: its name (the first element), the elements after it, and where it ends so far. */
interface CommandParts {
	name?: ExpressionAst;
	elements: CommandElementAst[];
	end: number;
}

function addElement(parts: CommandParts, element: CommandElementAst): void {
	if (parts.name) {
		parts.elements.push(element);
	} else {
		parts.name = element as ExpressionAst;
	}

	if (element.extent.end > parts.end) {
		parts.end = element.extent.end;
	}
}

/** A command in argument mode: `[& | .] name elements...`. */
function parseCommand(p: ParseContext): CommandAst | undefined {
	const first = p.peek('command');
	let invocation: '&' | '.' | undefined;
	if (first.kind === '&' || first.kind === '.') {
		p.take(first);
		invocation = first.kind;
	}

	const parts: CommandParts = {elements: [], end: invocation ? first.end : first.start};
	const redirections: RedirectionAst[] = [];
	let sawDashDash = false;
	for (;;) {
		const token = p.peek('command');
		if (endsCommand(token)) {
			break;
		}

		const before = p.pos;
		switch (token.kind) {
			case '--':
				p.take(token);
				if (!parts.name || sawDashDash) {
					addElement(parts, bareWord('--', token.start, token.end));
				} else {
					// The first `--` ends parameter parsing: every later `-word` is an argument.
					sawDashDash = true;
					parts.end = token.end;
				}

				break;
			case ',':
				p.take(token);
				parts.end = token.end;
				p.error('MissingArgument', token.start, token.end);
				p.skipNewlines();
				break;
			case 'Parameter':
				if (!parts.name || sawDashDash) {
					p.take(token, parts.name ? 'Generic' : 'Command');
					addElement(parts, bareWord(p.text(token), token.start, token.end));
				} else {
					addElement(parts, parseParameter(p, token));
				}

				break;
			case 'Redirection':
			case '<':
				if (parts.name) {
					parts.end = Math.max(parts.end, parseRedirection(p, token, redirections));
				} else {
					p.take(token, 'Command');
					addElement(parts, bareWord(p.text(token), token.start, token.end));
				}

				break;
			default: {
				const argument = parseCommandArgument(p, parts.name ? 'argument' : invocation ? 'invoked' : 'name')!;
				const isArgument = parts.name !== undefined;
				addElement(parts, argument);
				if (isArgument && argument.kind === 'StringConstant' && argument.quote === 'bare' && argument.value === '--%') {
					// Everything after `--%` up to the end of the line (or a `|`) is passed as written.
					const verbatim = p.lexer.scanVerbatim(p.pos);
					p.take(verbatim, 'Generic');
					if (verbatim.end > verbatim.start) {
						addElement(parts, bareWord(verbatim.value, verbatim.start, verbatim.end));
					}
				}
			}
		}

		if (p.pos === before) {
			// Defensive: never loop without consuming input.
			p.take(token);
		}
	}

	const {name} = parts;
	if (!name) {
		if (invocation) {
			p.error('MissingExpression', first.start, first.end, [invocation]);
		}

		return undefined;
	}

	const command: CommandAst = {kind: 'Command', extent: {start: first.start, end: parts.end}, name, elements: parts.elements, redirections};
	if (invocation) {
		command.invocation = invocation;
	}

	return command;
}

/** `-Name`, or `-Name:value` with its argument. */
function parseParameter(p: ParseContext, token: Token): CommandElementAst {
	p.take(token);
	const extent = {start: token.start, end: token.end};
	if (token.colon && p.peek('command').kind !== ',') {
		const argument = parseCommandArgument(p, 'argument');
		if (argument) {
			return {kind: 'CommandParameter', extent: {start: token.start, end: argument.extent.end}, name: token.value, argument};
		}

		p.error('ParameterRequiresArgument', token.end, token.end, [p.text(token)]);
	}

	return {kind: 'CommandParameter', extent, name: token.value};
}

type ArgumentContext = 'name' | 'invoked' | 'argument' | 'switch' | 'file';

/**
 * One command element in argument mode: a bare word, a number, a string, a variable or any primary expression;
 * as an argument, `a, b, c` (commas between) makes one array. Undefined when the next token cannot be one.
 */
export function parseCommandArgument(p: ParseContext, context: ArgumentContext): ExpressionAst | undefined {
	const items: ExpressionAst[] = [];
	let comma: Token | undefined;
	for (;;) {
		const token = p.peek('command');
		let item: ExpressionAst;
		switch (token.kind) {
			case '|':
			case '}':
			case ')':
			case 'EndOfInput':
			case 'NewLine':
			case ';':
			case 'Redirection':
			case '<':
			case '&&':
			case '||':
			case '&':
			case '--':
			case ',':
				if (!comma) {
					return undefined;
				}

				p.incomplete('MissingExpression', comma.end, comma.end, [','], token.start);
				return errorExpression(items[0]!.extent.start, comma.end);
			case 'Variable':
			case 'SplattedVariable':
			case 'Number':
			case 'StringLiteral':
			case 'StringExpandable':
			case '(':
			case '$(':
			case '@(':
			case '@{':
			case '{':
				item = parsePrimary(p, token, 'command', {allowSplat: context === 'argument'})!;
				break;
			case 'Generic':
				p.take(token, context === 'name' || context === 'invoked' ? 'Command' : 'Generic');
				// A command name is taken literally unless `&` or `.` invokes it.
				item = token.parts && context !== 'name'
					? parseExpandableString(p, token, 'bare')
					: bareWord(token.value, token.start, token.end);
				break;
			default:
				// Keywords, identifiers and operators glued to nothing are words here: `Write-Output if`, `%`, `?`.
				p.take(token, context === 'name' || context === 'invoked' ? 'Command' : 'Generic');
				item = bareWord(p.text(token), token.start, token.end);
		}

		if (context !== 'argument' || (item.kind === 'StringConstant' && item.value === '--%' && item.quote === 'bare')) {
			return item;
		}

		const next = p.peek('command');
		if (next.kind !== ',') {
			if (items.length === 0) {
				return item;
			}

			items.push(item);
			return arrayArgument(p, items);
		}

		items.push(item);
		comma = p.take(next);
		p.skipNewlines();
	}
}

function arrayArgument(p: ParseContext, items: ExpressionAst[]): ExpressionAst {
	for (const item of items) {
		if (item.kind === 'Variable' && item.splatted) {
			p.error('SplattingNotPermittedInArgumentList', item.extent.start, item.extent.end, [item.name]);
		}
	}

	return {kind: 'ArrayLiteral', extent: span(items[0]!, items[items.length - 1]!), elements: items};
}

const streamNames: Record<string, string> = {
	'*': '* stream',
	1: 'output stream',
	2: 'error stream',
	3: 'warning stream',
	4: 'verbose stream',
	5: 'debug stream',
	6: 'information stream',
};

/** `> file`, `>> file`, `2> file`, `2>&1`, `*> $null`; returns the end of the redirection. */
function parseRedirection(p: ParseContext, token: Token, redirections: RedirectionAst[]): number {
	p.take(token);
	if (token.kind === '<') {
		parseCommandArgument(p, 'file');
		p.error('RedirectionNotSupported', token.start, token.end, ['<']);
		return p.pos;
	}

	const from = token.from ?? '1';
	let redirection: RedirectionAst;
	if (token.mergeTo !== undefined) {
		if (token.mergeTo !== '1' || from === '1') {
			p.error('RedirectionNotSupported', token.start, token.end, [p.text(token)]);
		}

		redirection = {kind: 'Redirection', extent: {start: token.start, end: token.end}, from, append: false, target: {kind: 'Stream', stream: '1'}};
	} else {
		const next = p.peek('command');
		let target = next.kind === ',' || next.kind === 'EndOfInput' ? undefined : parseCommandArgument(p, 'file');
		if (!target) {
			p.error('MissingFileSpecification', token.end, token.end);
			target = errorExpression(token.start, token.end);
		}

		redirection = {kind: 'Redirection', extent: {start: token.start, end: Math.max(token.end, target.extent.end)}, from, append: token.append ?? false, target};
	}

	if (redirections.some(existing => existing.from === from)) {
		p.error('StreamAlreadyRedirected', redirection.extent.start, redirection.extent.end, [streamNames[from] ?? `${from} stream`]);
	} else {
		redirections.push(redirection);
	}

	return redirection.extent.end;
}
