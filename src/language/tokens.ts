// Token kinds and the keyword and operator tables shared by the lexer and the parser.
// Modelled on PowerShell's tokenizer.cs / token.cs, which keep these as data.

/**
 * PowerShell tokenizes the same text differently depending on what the parser expects:
 * `command` (argument mode: `-Name` is a parameter, `a.b` a bare word), `expression`
 * (`-eq` is an operator, `a` an identifier), `typename` (inside `[...]`).
 */
export type LexMode = 'command' | 'expression' | 'typename';

/** Scan flags the parser passes along with the mode. */
export const LexFlags = {
	none: 0,
	/** In unary position `-5` and `+5` are numbers, not operators. */
	signedNumbers: 1,
	/** After `?` or `:` of a ternary, `1?` and `1:` end the number instead of making a bare word. */
	ternaryEndsNumber: 2,
	/** Member names, hash keys and labels: a plain identifier, never a keyword or a longer bare word. */
	simpleName: 4,
} as const;

export type Punctuator =
	| '('
	| ')'
	| '{'
	| '}'
	| '['
	| ']'
	| '@('
	| '@{'
	| '$('
	| ';'
	| ','
	| '.'
	| '..'
	| '::'
	| ':'
	| '?'
	| '??'
	| '?.'
	| '?['
	| '&'
	| '&&'
	| '|'
	| '||'
	| '!'
	| '+'
	| '-'
	| '*'
	| '/'
	| '%'
	| '++'
	| '--'
	| '='
	| '+='
	| '-='
	| '*='
	| '/='
	| '%='
	| '??='
	| '<';

export type TokenKind =
	| 'EndOfInput'
	| 'NewLine'
	| 'Comment'
	| 'Number'
	| 'Variable'
	| 'SplattedVariable'
	| 'Parameter'
	| 'Label'
	| 'Identifier'
	| 'Generic'
	| 'StringLiteral'
	| 'StringExpandable'
	| 'Keyword'
	/** A dash operator such as `-eq`; `value` holds its lowercased name without the dash. */
	| 'Operator'
	| 'Redirection'
	| 'Unknown'
	| Punctuator;

/** A `$name` or `$(...)` found inside a double-quoted string or a bare word. */
export interface VariablePart {
	kind: 'Variable';
	start: number;
	end: number;
	name: string;
	scope?: string;
}

export interface SubExpressionPart {
	kind: 'SubExpression';
	/** Offset of the `$`. */
	start: number;
	/** After the closing `)` (or where the text ended when it is missing). */
	end: number;
	/** Offset of the closing `)`: the statements live between `start + 2` and here. */
	bodyEnd: number;
}

/** Literal text (escapes applied) or an embedded expression, in source order. */
export type StringPart = string | VariablePart | SubExpressionPart;

export interface LexError {
	id: string;
	args?: string[];
	start: number;
	end: number;
	/** The problem is that the input ended (an unterminated string or comment). */
	incomplete: boolean;
}

export interface Token {
	kind: TokenKind;
	/** Offset of the first character (after whitespace and comments). */
	start: number;
	/** Offset after the last character. */
	end: number;
	/**
	 * The kind-specific text: the word for Identifier and Generic (backtick escapes applied), the lowercased
	 * keyword or operator name, the name of a Parameter, Label or Variable, the value of a string.
	 */
	value: string;
	/** Number tokens. */
	number?: number;
	isDouble?: boolean;
	isLong?: boolean;
	/** Variable tokens: the lowercased scope or drive (`env`, `global`, ...). */
	scope?: string;
	/** Parameter tokens written `-Name:`. */
	colon?: boolean;
	/** Expandable strings and bare words holding `$var` or `$(...)`. */
	parts?: StringPart[];
	hereString?: boolean;
	/** Redirection tokens: the stream (`1`..`6`, `*`), `>>`, and the stream merged into (`2>&1`). */
	from?: string;
	append?: boolean;
	mergeTo?: string;
	errors?: LexError[];
}

/** PowerShell's keywords (case-insensitive). Reserved ones are recognised so the parser can refuse them clearly. */
export const keywords: ReadonlyMap<string, string> = new Map(
	[
		'begin',
		'break',
		'catch',
		'class',
		'configuration',
		'continue',
		'data',
		'define',
		'do',
		'dynamicparam',
		'else',
		'elseif',
		'end',
		'enum',
		'exit',
		'filter',
		'finally',
		'for',
		'foreach',
		'from',
		'function',
		'if',
		'in',
		'inlinescript',
		'parallel',
		'param',
		'process',
		'return',
		'sequence',
		'switch',
		'throw',
		'trap',
		'try',
		'until',
		'using',
		'var',
		'while',
		'workflow',
	].map(word => [word, word]),
);

/** Keywords that start a statement this shell does not implement (classes, DSC, workflows). */
export const unsupportedStatementKeywords: ReadonlySet<string> = new Set([
	'class',
	'configuration',
	'data',
	'define',
	'enum',
	'from',
	'inlinescript',
	'parallel',
	'sequence',
	'using',
	'var',
	'workflow',
]);

/** Keywords that name the blocks of a script block. */
export const blockNames: ReadonlySet<string> = new Set(['begin', 'process', 'end', 'dynamicparam']);

/** Binary precedence, from token.cs (TokenFlags.BinaryPrecedence*): higher binds tighter. */
export const Precedence = {
	logical: 1,
	bitwise: 2,
	comparison: 5,
	coalesce: 7,
	additive: 9,
	multiplicative: 10,
	format: 12,
	range: 13,
} as const;

interface DashOperator {
	binary?: number;
	unary?: boolean;
}

const comparison = {binary: Precedence.comparison};

/** Dash operators by lowercased name (with their `c`/`i` variants), as in tokenizer.cs `_operatorText`. */
export const dashOperators: ReadonlyMap<string, DashOperator> = new Map<string, DashOperator>([
	['not', {unary: true}],
	['bnot', {unary: true}],
	['and', {binary: Precedence.logical}],
	['or', {binary: Precedence.logical}],
	['xor', {binary: Precedence.logical}],
	['band', {binary: Precedence.bitwise}],
	['bor', {binary: Precedence.bitwise}],
	['bxor', {binary: Precedence.bitwise}],
	['join', {binary: Precedence.comparison, unary: true}],
	['is', comparison],
	['isnot', comparison],
	['as', comparison],
	['shl', comparison],
	['shr', comparison],
	['f', {binary: Precedence.format}],
	...(['eq', 'ne', 'ge', 'gt', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace', 'contains', 'notcontains', 'in', 'notin']
		.flatMap(name => [name, `i${name}`, `c${name}`])
		.map((name): [string, DashOperator] => [name, comparison])),
	['split', {binary: Precedence.comparison, unary: true}],
	['isplit', {binary: Precedence.comparison, unary: true}],
	['csplit', {binary: Precedence.comparison, unary: true}],
]);

/** Binary precedence of a symbolic operator token. */
export const symbolPrecedence: ReadonlyMap<TokenKind, number> = new Map<TokenKind, number>([
	['..', Precedence.range],
	['*', Precedence.multiplicative],
	['/', Precedence.multiplicative],
	['%', Precedence.multiplicative],
	['+', Precedence.additive],
	['-', Precedence.additive],
	['??', Precedence.coalesce],
]);

/** Binary precedence of a token, or 0 when it is not a binary operator. */
export function binaryPrecedence(token: Token): number {
	if (token.kind === 'Operator') {
		return dashOperators.get(token.value)?.binary ?? 0;
	}

	return symbolPrecedence.get(token.kind) ?? 0;
}

/** Tokens that start a unary expression: `, ! + - ++ --` and `-not -bnot -join -split`. */
export function isUnaryOperator(token: Token): boolean {
	switch (token.kind) {
		case ',':
		case '!':
		case '+':
		case '-':
		case '++':
		case '--':
			return true;
		case 'Operator':
			return dashOperators.get(token.value)?.unary === true;
		default:
			return false;
	}
}

export const assignmentOperators: ReadonlySet<TokenKind> = new Set<TokenKind>(['=', '+=', '-=', '*=', '/=', '%=', '??=']);
