// `switch [-Regex|-Wildcard|-Exact|-CaseSensitive] (value) { pattern {body} … default {body} }`
// (SwitchStatementRule in pwsh's Parser.cs).

import type {StatementAst, SwitchAst, SwitchClauseAst} from './ast.ts';
import {errorStatement} from './nodes.ts';
import type {ParseContext} from './parser-context.ts';
import {parseCommandArgument, parsePipelineChain} from './parse-pipeline.ts';
import {parseStatementBlock} from './parse-statements.ts';
import type {Token} from './tokens.ts';

const switchFlags = ['regex', 'wildcard', 'exact', 'casesensitive', 'parallel', 'file'] as const;

export function parseSwitch(p: ParseContext, switchToken: Token, label: Token | undefined): StatementAst {
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

