// `if (…) {…} elseif (…) {…} else {…}` (IfStatementRule in pwsh's Parser.cs).

import type {IfAst, StatementAst, StatementBlockAst} from './ast.ts';
import {errorStatement} from './nodes.ts';
import type {ParseContext} from './parser-context.ts';
import {parseCondition, parseStatementBlock} from './parse-statements.ts';
import type {Token} from './tokens.ts';

export function parseIf(p: ParseContext, ifToken: Token): StatementAst {
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

