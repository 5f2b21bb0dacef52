// Type literals and attributes: `[int]`, `[string[]]`, `[System.Collections.Generic.List[string]]`,
// `[Parameter(Mandatory, Position = 0)]` (AttributeRule and TypeNameRule in pwsh's Parser.cs).

import type {AttributeAst, ExpressionAst, Extent, TypeNameAst} from './ast.ts';
import {errorExpression} from './nodes.ts';
import type {ParseContext} from './parser-context.ts';
import {parseExpression} from './parse-expressions.ts';
import {LexFlags, type Token} from './tokens.ts';

/** `[type]` with no argument list: a cast, a type literal or a parameter's type constraint. */
export interface TypeConstraint {
	kind: 'TypeConstraint';
	type: TypeNameAst;
	extent: Extent;
}

export type AttributeOrType = AttributeAst | TypeConstraint;

/** Consecutive `[...]` attributes and type constraints, newlines allowed between them. */
export function parseAttributeList(p: ParseContext): AttributeOrType[] {
	const list: AttributeOrType[] = [];
	for (let attribute = parseAttribute(p); attribute; attribute = parseAttribute(p)) {
		list.push(attribute);
		if (attribute.kind === 'Attribute') {
			p.skipNewlines();
		}
	}

	return list;
}

/** One `[type]` or `[Attribute(args)]`; undefined (nothing consumed) when the next token is not `[` + type name. */
export function parseAttribute(p: ParseContext): AttributeOrType | undefined {
	const open = p.peek('expression');
	if (open.kind !== '[') {
		return undefined;
	}

	const mark = p.mark();
	p.take(open);
	p.skipNewlines();
	const type = parseTypeName(p);
	if (!type) {
		// Leave the `[` for whoever comes next (it may be a command argument or an error of its own).
		p.reset(mark);
		p.incomplete('MissingTypename', open.end, open.end);
		return undefined;
	}

	const next = p.peek('expression');
	if (next.kind === '(') {
		p.take(next);
		return finishAttribute(p, open, type, next);
	}

	if (next.kind === ']') {
		p.take(next);
		return {kind: 'TypeConstraint', type, extent: {start: open.start, end: next.end}};
	}

	p.incomplete('EndSquareBracketExpectedAtEndOfAttribute', type.extent.end, type.extent.end, [], next.start);
	return {kind: 'TypeConstraint', type, extent: {start: open.start, end: type.extent.end}};
}

function finishAttribute(p: ParseContext, open: Token, type: TypeNameAst, paren: Token): AttributeAst {
	const attribute: AttributeAst = {kind: 'Attribute', extent: {start: open.start, end: paren.end}, name: type.name, positional: [], named: []};
	let last = paren.end;
	const noComma = p.noComma;
	p.noComma = true;
	try {
		p.skipNewlines();
		last = parseAttributeArguments(p, attribute, last);
	} finally {
		p.noComma = noComma;
	}

	p.skipNewlines();
	const close = p.peek('expression');
	let closed = false;
	if (close.kind === ')') {
		p.take(close);
		last = close.end;
		closed = true;
	} else {
		p.incomplete('MissingEndParenthesisInExpression', last, last, [], close.start);
	}

	p.skipNewlines();
	const bracket = p.peek('expression');
	if (bracket.kind === ']') {
		p.take(bracket);
		last = bracket.end;
	} else if (closed) {
		p.incomplete('EndSquareBracketExpectedAtEndOfAttribute', last, last, [], bracket.start);
	}

	attribute.extent.end = last;
	return attribute;
}

/** `Mandatory`, `Position = 0`, `'a', 'b'`: named arguments (a bare name means $true) and positional ones. */
function parseAttributeArguments(p: ParseContext, attribute: AttributeAst, start: number): number {
	let last = start;
	let comma: Token | undefined;
	const names = new Set<string>();
	for (;;) {
		p.skipNewlines();
		const word = p.peek('expression', LexFlags.simpleName);
		if (word.kind === 'Identifier') {
			p.take(word, 'Member');
			const equals = p.peek('expression');
			let value: ExpressionAst | undefined;
			if (equals.kind === '=') {
				p.take(equals);
				p.skipNewlines();
				value = parseExpression(p);
				if (!value) {
					p.incomplete('MissingExpressionInNamedArgument', equals.end, equals.end);
					value = errorExpression(equals.end, equals.end);
				}
			}

			last = value ? value.extent.end : word.end;
			const key = word.value.toLowerCase();
			if (names.has(key)) {
				p.error('DuplicateNamedArgument', word.start, word.end, [word.value]);
			} else {
				names.add(key);
				attribute.named.push({name: word.value, ...(value ? {value} : {}), extent: {start: word.start, end: last}});
			}
		} else {
			const value = parseExpression(p);
			if (value) {
				attribute.positional.push(value);
				last = value.extent.end;
			} else if (comma) {
				p.incomplete('MissingExpressionAfterToken', comma.end, comma.end, [',']);
				attribute.positional.push(errorExpression(comma.end, comma.end));
				last = comma.end;
			}
		}

		p.skipNewlines();
		const next = p.peek('expression');
		if (next.kind !== ',') {
			return last;
		}

		comma = p.take(next);
		last = next.end;
	}
}

/** A type name after `[`: `int`, `string[]`, `int[,]`, `List[string]`, `Dictionary[string,int]`. */
export function parseTypeName(p: ParseContext): TypeNameAst | undefined {
	const name = p.peek('typename');
	if (name.kind !== 'Identifier') {
		return undefined;
	}

	p.take(name, 'Type');
	return finishTypeName(p, name);
}

function finishTypeName(p: ParseContext, nameToken: Token): TypeNameAst {
	const type: TypeNameAst = {kind: 'TypeName', extent: {start: nameToken.start, end: nameToken.end}, name: nameToken.value};
	if (!p.enter(nameToken.start)) {
		p.leave();
		return type;
	}

	try {
		const open = p.peek('typename');
		if (open.kind !== '[') {
			return type;
		}

		p.take(open);
		p.skipNewlines();
		const first = p.peek('typename');
		if (first.kind === ']' || first.kind === ',') {
			return finishArrayType(p, type, first);
		}

		if (first.kind === 'Identifier' || first.kind === '[') {
			return finishGenericType(p, type, first);
		}

		if (first.kind === 'EndOfInput') {
			p.incomplete('MissingTypename', open.end, open.end);
		} else {
			p.error('UnexpectedToken', first.start, first.end, [p.text(first)]);
			syncToCloseBracket(p);
		}

		return type;
	} finally {
		p.leave();
	}
}

/** `[]`, `[,]` (two dimensions), and jagged `[][]`; `first` is the token after the `[`. */
function finishArrayType(p: ParseContext, type: TypeNameAst, first: Token): TypeNameAst {
	let token = first;
	for (;;) {
		let rank = '';
		while (token.kind === ',') {
			p.take(token);
			rank += ',';
			token = p.peek('typename');
		}

		if (token.kind === ']') {
			p.take(token);
			type.extent.end = token.end;
		} else {
			p.incomplete('EndSquareBracketExpectedAtEndOfAttribute', type.extent.end, type.extent.end, [], token.start);
		}

		type.name += `[${rank}]`;
		const again = p.peek('typename');
		if (again.kind !== '[') {
			return type;
		}

		p.take(again);
		token = p.peek('typename');
		if (token.kind !== ']' && token.kind !== ',') {
			p.error('UnexpectedToken', token.start, token.end, [p.text(token)]);
			syncToCloseBracket(p);
			return type;
		}
	}
}

function finishGenericType(p: ParseContext, type: TypeNameAst, first: Token): TypeNameAst {
	const args: string[] = [genericArgument(p, first)];
	let end = type.extent.end;
	for (;;) {
		p.skipNewlines();
		const token = p.peek('typename');
		if (token.kind !== ',') {
			if (token.kind === ']') {
				p.take(token);
				end = token.end;
			} else {
				p.incomplete('EndSquareBracketExpectedAtEndOfAttribute', token.start, token.start, [], token.start);
			}

			break;
		}

		p.take(token);
		p.skipNewlines();
		const next = p.peek('typename');
		if (next.kind === 'Identifier' || next.kind === '[') {
			args.push(genericArgument(p, next));
		} else {
			p.incomplete('MissingTypename', token.end, token.end, [], next.start);
		}
	}

	type.name += `[${args.join(',')}]`;
	type.extent.end = end;
	const array = p.peek('typename');
	if (array.kind === '[') {
		p.take(array);
		const next = p.peek('typename');
		if (next.kind === ']' || next.kind === ',') {
			return finishArrayType(p, type, next);
		}

		p.error('UnexpectedToken', next.start, next.end, [p.text(next)]);
		syncToCloseBracket(p);
	}

	return type;
}

/** One generic argument: `string`, `List[int]`, or bracketed `[string]`. */
function genericArgument(p: ParseContext, first: Token): string {
	p.take(first, first.kind === 'Identifier' ? 'Type' : undefined);
	if (first.kind === 'Identifier') {
		return finishTypeName(p, first).name;
	}

	const name = p.peek('typename');
	if (name.kind !== 'Identifier') {
		p.incomplete('MissingTypename', first.end, first.end, [], name.start);
		return '';
	}

	p.take(name, 'Type');
	const type = finishTypeName(p, name);
	const close = p.peek('typename');
	if (close.kind === ']') {
		p.take(close);
	} else {
		p.incomplete('EndSquareBracketExpectedAtEndOfType', close.start, close.start, [], close.start);
	}

	return type.name;
}

/** Error recovery inside a type name: skip to the `]` that closes it (or the end of the line). */
function syncToCloseBracket(p: ParseContext): void {
	let depth = 1;
	for (;;) {
		const token = p.peek('typename');
		if (token.kind === 'EndOfInput' || token.kind === 'NewLine') {
			return;
		}

		p.take(token);
		if (token.kind === '[') {
			depth++;
		} else if (token.kind === ']' && --depth === 0) {
			return;
		}
	}
}
