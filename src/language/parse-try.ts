// Error handling statements: `try {…} catch [T1], [T2] {…} finally {…}` and `trap [T] {…}`.

import type {CatchClauseAst, StatementAst, StatementBlockAst, TrapAst, TryAst, TypeNameAst} from './ast.ts';
import {errorStatement} from './nodes.ts';
import type {ParseContext} from './parser-context.ts';
import {parseStatementBlock} from './parse-statements.ts';
import {parseAttribute} from './parse-types.ts';
import type {Token} from './tokens.ts';

export function parseTry(p: ParseContext, tryToken: Token): StatementAst {
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

export function parseTrap(p: ParseContext, trapToken: Token): TrapAst | StatementAst {
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

