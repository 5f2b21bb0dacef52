// Hash literals: `@{ a = 1; 'b' = 2 <newline> c = Get-Thing }`. Keys are bare words (strings), numbers, strings or
// unary expressions; values are whole statements (HashExpressionRule in pwsh's Parser.cs).

import type {ExpressionAst, HashtableAst, StatementAst} from './ast.ts';
import {errorStatement} from './nodes.ts';
import type {ParseContext} from './parser-context.ts';
import {parseLabelOrKey, parseStatement} from './parse-statements.ts';
import type {Token} from './tokens.ts';

export function parseHashtable(p: ParseContext, open: Token): HashtableAst {
	const entries: {key: ExpressionAst; value: StatementAst}[] = [];
	const keys = new Set<string>();
	p.skipNewlines();
	for (;;) {
		const before = p.pos;
		const entry = parseEntry(p);
		if (!entry) {
			break;
		}

		entries.push(entry);
		checkDuplicate(p, entry.key, keys);
		const separator = p.peek('command');
		if (separator.kind !== 'NewLine' && separator.kind !== ';') {
			break;
		}

		p.skipNewlinesAndSemicolons();
		if (p.pos === before) {
			break;
		}
	}

	const close = p.peek('command');
	let end = entries.length > 0 ? entries[entries.length - 1]!.value.extent.end : open.end;
	if (close.kind === '}') {
		p.take(close);
		end = close.end;
	} else {
		p.incomplete('IncompleteHashLiteral', open.start, open.end, [], close.start);
	}

	return {kind: 'Hashtable', extent: {start: open.start, end}, entries};
}

function parseEntry(p: ParseContext): {key: ExpressionAst; value: StatementAst} | undefined {
	const key = parseLabelOrKey(p, 'expression');
	if (!key) {
		return undefined;
	}

	const equals = p.peek('expression');
	if (equals.kind !== '=') {
		p.error('MissingEqualsInHashLiteral', key.extent.end, key.extent.end);
		syncToEntryEnd(p);
		return {key, value: errorStatement(key.extent.end, key.extent.end)};
	}

	p.take(equals);
	p.skipNewlines();
	const value = parseStatement(p);
	if (!value || value.kind === 'Trap') {
		p.incomplete('MissingStatementInHashLiteral', equals.end, equals.end);
		return {key, value: errorStatement(equals.end, equals.end)};
	}

	return {key, value};
}

/** After a broken entry: skip to the `;`, newline or `}` that ends it, stepping over nested brackets. */
function syncToEntryEnd(p: ParseContext): void {
	let depth = 0;
	for (;;) {
		const token = p.peek('command');
		if (token.kind === 'EndOfInput' || (depth === 0 && (token.kind === '}' || token.kind === ';' || token.kind === 'NewLine'))) {
			return;
		}

		p.take(token);
		if (token.kind === '(' || token.kind === '{' || token.kind === '@(' || token.kind === '@{' || token.kind === '$(') {
			depth++;
		} else if ((token.kind === ')' || token.kind === '}') && depth > 0) {
			depth--;
		}
	}
}

/** pwsh rejects duplicate constant keys at parse time (keys are case-insensitive). */
function checkDuplicate(p: ParseContext, key: ExpressionAst, keys: Set<string>): void {
	if (key.kind !== 'StringConstant' && key.kind !== 'NumberConstant') {
		return;
	}

	const shown = String(key.value);
	// The number 1 and the string '1' are different keys.
	const text = key.kind === 'StringConstant' ? `s${shown.toLowerCase()}` : `n${shown}`;
	if (keys.has(text)) {
		p.error('DuplicateKeyInHashLiteral', key.extent.start, key.extent.end, [shown]);
	} else {
		keys.add(text);
	}
}
