// Tokens classified for syntax colouring and completion. Classification needs the parse (a word is a command name
// or an argument, `-eq` an operator or a parameter, depending on where it stands), so this runs the parser and
// records what it consumed. Tokens inside strings (`$name`, the tokens of `$(...)`) are nested in the string token.

import type {Extent} from './ast.ts';
import {createParseContext, type TokenRole} from './parser-context.ts';
import {run} from './parser.ts';
import type {Token} from './tokens.ts';

export type SyntaxTokenKind =
	| 'Command'
	| 'Parameter'
	| 'Variable'
	| 'String'
	| 'Number'
	| 'Operator'
	| 'Keyword'
	| 'Comment'
	| 'Type'
	| 'Member'
	/** A bare word used as an argument (`SMS_DMP_DOWNLOADER`, `C:\path`). */
	| 'Generic'
	| 'Label'
	| 'Punctuation'
	| 'NewLine'
	/** A character the tokenizer could not make sense of. */
	| 'Unknown';

export interface SyntaxToken {
	kind: SyntaxTokenKind;
	extent: Extent;
	/** The source text of the token. */
	text: string;
	/** Tokens inside an expandable string or bare word: its `$variables` and the tokens of its `$(...)`. */
	nested?: SyntaxToken[];
}

const punctuation = new Set(['(', ')', '{', '}', '[', ']', '@(', '@{', '$(', ';']);

function classify(token: Token, role: TokenRole | undefined): SyntaxTokenKind {
	if (role) {
		return role;
	}

	switch (token.kind) {
		case 'Keyword':
			return 'Keyword';
		case 'Parameter':
			return 'Parameter';
		case 'Variable':
		case 'SplattedVariable':
			return 'Variable';
		case 'StringLiteral':
		case 'StringExpandable':
			return 'String';
		case 'Number':
			return 'Number';
		case 'Comment':
			return 'Comment';
		case 'Label':
			return 'Label';
		case 'NewLine':
			return 'NewLine';
		case 'Identifier':
		case 'Generic':
			return 'Generic';
		case 'Unknown':
			return 'Unknown';
		default:
			return punctuation.has(token.kind) ? 'Punctuation' : 'Operator';
	}
}

/** Every token of `source` with its kind and extent, in source order; never throws. */
export function tokenize(source: string): SyntaxToken[] {
	const p = createParseContext(source, {recordTokens: true});
	run(p);
	const recorded = p.tokens ?? [];
	const all: {token: Token; kind: SyntaxTokenKind}[] = recorded.map(token => ({token, kind: classify(token, p.roles.get(token))}));
	for (const comment of p.lexer.comments?.values() ?? []) {
		all.push({token: comment, kind: 'Comment'});
	}

	all.sort((a, b) => a.token.start - b.token.start || b.token.end - a.token.end);
	const result: SyntaxToken[] = [];
	const containers: SyntaxToken[] = [];
	let lastEnd = -1;
	let lastStart = -1;
	// The end of the last plain (non-container) token: a "comment" under it was part of a word (`a#b`).
	let coveredTo = -1;
	for (const {token, kind} of all) {
		if ((token.start === lastStart && token.end === lastEnd) || (kind === 'Comment' && token.start < coveredTo)) {
			continue;
		}

		lastStart = token.start;
		lastEnd = token.end;
		const container = token.parts?.some(part => typeof part !== 'string') === true;
		if (!container && kind !== 'Comment') {
			coveredTo = Math.max(coveredTo, token.end);
		}

		while (containers.length > 0 && token.start >= containers[containers.length - 1]!.extent.end) {
			containers.pop();
		}

		const syntax: SyntaxToken = {kind, extent: {start: token.start, end: token.end}, text: source.slice(token.start, token.end)};
		const parent = containers[containers.length - 1];
		if (parent) {
			(parent.nested ??= []).push(syntax);
		} else {
			result.push(syntax);
		}

		if (container) {
			containers.push(syntax);
		}
	}

	return result;
}
