// Expandable strings: "text $name $(statements)" and bare words such as `$site:\` become ExpandableString nodes
// whose `$(...)` parts are parsed in place, so every nested node has its real offsets in the source.

import type {ExpandableStringAst, ExpressionAst, StatementAst, StringConstantAst, VariableAst} from './ast.ts';
import type {ParseContext} from './parser-context.ts';
import {parseStatementList} from './parse-script.ts';
import type {Token} from './tokens.ts';

export function parseExpandableString(p: ParseContext, token: Token, quote: 'double' | 'bare'): StringConstantAst | ExpandableStringAst {
	const extent = {start: token.start, end: token.end};
	const parts = token.parts;
	if (!parts || parts.every(part => typeof part === 'string')) {
		const constant: StringConstantAst = {kind: 'StringConstant', extent, value: token.value, quote};
		if (token.hereString) {
			constant.hereString = true;
		}

		return constant;
	}

	const result: (string | ExpressionAst)[] = [];
	for (const part of parts) {
		if (typeof part === 'string') {
			result.push(part);
		} else if (part.kind === 'Variable') {
			p.record({kind: 'Variable', start: part.start, end: part.end, value: part.name});
			const variable: VariableAst = {kind: 'Variable', extent: {start: part.start, end: part.end}, name: part.name};
			if (part.scope !== undefined) {
				variable.scope = part.scope;
			}

			result.push(variable);
		} else {
			p.record({kind: '$(', start: part.start, end: part.start + 2, value: '$('});
			const statements = p.region(part.start + 2, part.bodyEnd, () => parseRegion(p));
			if (part.bodyEnd < part.end) {
				p.record({kind: ')', start: part.bodyEnd, end: part.end, value: ')'});
			}

			result.push({kind: 'SubExpression', extent: {start: part.start, end: part.end}, statements});
		}
	}

	const expandable: ExpandableStringAst = {kind: 'ExpandableString', extent, parts: result, quote};
	if (token.hereString) {
		expandable.hereString = true;
	}

	return expandable;
}

/** The statements of a `$(...)` inside a string; anything left over (a stray `}`) is reported and skipped. */
function parseRegion(p: ParseContext): StatementAst[] {
	const statements: StatementAst[] = [];
	for (;;) {
		statements.push(...parseStatementList(p).statements);
		const token = p.peek('command');
		p.take(token);
		if (token.kind === 'EndOfInput') {
			return statements;
		}

		p.error('UnexpectedToken', token.start, token.end, [p.text(token)]);
	}
}
