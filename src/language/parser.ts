// Entry point of the PowerShell parser: `parse(source)` always returns a tree and the errors found on the way;
// it never throws, whatever the input.

import type {ScriptBlockAst} from './ast.ts';
import {pruneTooDeep} from './depth-check.ts';
import {formatMessage} from './diagnostics.ts';
import {createParseContext, maxNesting, type ParseContext, type ParseError} from './parser-context.ts';
import {parseScript} from './parse-script.ts';

export type {ParseError} from './parser-context.ts';

export interface ParseResult {
	ast: ScriptBlockAst;
	errors: ParseError[];
}

/** Nodes deeper than this (counted from the root) are refused; twice the nesting limit, as a level spans several nodes. */
export const maxTreeDepth = 2 * maxNesting;

export function parse(source: string): ParseResult {
	const p = createParseContext(source);
	return {ast: run(p), errors: p.errors};
}

/** Parse with a prepared context (tokenize records tokens on the way). */
export function run(p: ParseContext): ScriptBlockAst {
	const {source} = p;
	let ast: ScriptBlockAst;
	try {
		ast = parseScript(p);
	} catch (error) {
		// A safety net: a parser bug or an exhausted stack must not take the shell down with it.
		const id = error instanceof RangeError ? 'ScriptTooDeeplyNested' : 'InternalParserError';
		p.errors.push({
			id,
			message: id === 'ScriptTooDeeplyNested' ? formatMessage(id, [String(maxNesting)]) : `The parser failed: ${String(error)}`,
			extent: {start: Math.min(p.pos, source.length), end: Math.min(p.pos + 1, source.length)},
			incomplete: false,
		});
		return emptyScript(source);
	}

	const deep = pruneTooDeep(ast, maxTreeDepth);
	if (deep && !p.errors.some(error => error.id === 'ScriptTooDeeplyNested')) {
		p.errors.push({
			id: 'ScriptTooDeeplyNested',
			message: formatMessage('ScriptTooDeeplyNested', [String(maxNesting)]),
			extent: deep,
			incomplete: false,
		});
	}

	return ast;
}

function emptyScript(source: string): ScriptBlockAst {
	return {
		kind: 'ScriptBlock',
		extent: {start: 0, end: source.length},
		attributes: [],
		end: {kind: 'StatementBlock', extent: {start: 0, end: 0}, statements: []},
		text: source,
	};
}
