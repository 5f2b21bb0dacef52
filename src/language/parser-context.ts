// The parser's state shared by the grammar files: a position in the source, one-token lookahead in the lexer mode
// each rule asks for, recorded diagnostics, a nesting guard, and (for syntax colouring) the tokens consumed.

import type {Extent} from './ast.ts';
import {formatMessage} from './diagnostics.ts';
import {createLexer, type Lexer} from './lexer.ts';
import type {LexMode, Token} from './tokens.ts';

export interface ParseError {
	message: string;
	id: string;
	extent: Extent;
	/**
	 * True when the error is only that input ended early (open brace/paren/quote/here-string, trailing pipe or
	 * operator): a REPL shows a `>> ` continuation line instead of an error.
	 */
	incomplete: boolean;
}

/** How deeply rules may recurse before the parser gives up (the evaluator recurses as deeply, so keep it modest). */
export const maxNesting = 500;

/** What a consumed token turned out to be, for syntax colouring and completion. */
export type TokenRole = 'Command' | 'Member' | 'Type' | 'Generic' | 'Keyword';

export interface Mark {
	pos: number;
	errors: number;
	tokens: number;
	tooDeep: boolean;
}

export interface ParseContext {
	readonly source: string;
	readonly lexer: Lexer;
	/** Offset after the last consumed token. */
	pos: number;
	readonly errors: ParseError[];
	/** Consumed tokens, when recording for `tokenize`. */
	readonly tokens: Token[] | undefined;
	readonly roles: Map<Token, TokenRole>;
	/** Inside attribute arguments, method arguments, parameter defaults and keys, `,` separates instead of building arrays. */
	noComma: boolean;
	/** Nesting went past `maxNesting`: the rest of the input is treated as ended. */
	tooDeep: boolean;
	peek(mode: LexMode, flags?: number): Token;
	next(mode: LexMode, flags?: number): Token;
	/** Consume a token that `peek` returned at the current position. */
	take(token: Token, role?: TokenRole): Token;
	/** Record a token that is not scanned at the current position (a `$name` inside a string). */
	record(token: Token, role?: TokenRole): void;
	memberAccess(mode: LexMode, allowBracket: boolean): Token | undefined;
	invokeOpen(): Token | undefined;
	skipNewlines(): void;
	skipNewlinesAndSemicolons(): void;
	mark(): Mark;
	reset(mark: Mark): void;
	text(token: Token): string;
	error(id: string, start: number, end: number, args?: string[]): void;
	/** An error that only means "the input ended" when nothing but whitespace and comments follows `detectedAt`. */
	incomplete(id: string, start: number, end: number, args?: string[], detectedAt?: number): void;
	/** Enter a nested rule; false (and one error) once nesting passes `maxNesting`. Always pair with `leave`. */
	enter(at: number): boolean;
	leave(): void;
	/** Parse the text between `start` and `end` (a `$(...)` inside a string) as if it were the whole input. */
	region<T>(start: number, end: number, parse: () => T): T;
}

/** Tokens scanned the same in every mode (ParseModeInvariant in pwsh's token.cs): one scan serves all modes. */
const modeInvariant: ReadonlySet<string> = new Set([
	'EndOfInput',
	'NewLine',
	'StringLiteral',
	'StringExpandable',
	'(',
	')',
	'{',
	'}',
	']',
	'@(',
	'@{',
	'$(',
	';',
	',',
	'&',
	'&&',
	'|',
	'||',
	'<',
]);

export function createParseContext(source: string, options: {recordTokens?: boolean} = {}): ParseContext {
	const lexer = createLexer(source, {collectComments: options.recordTokens});
	const errors: ParseError[] = [];
	const errorKeys: string[] = [];
	const seen = new Set<string>();
	const tokens = options.recordTokens ? ([] as Token[]) : undefined;
	const roles = new Map<Token, TokenRole>();
	let depth = 0;

	// Rules often look at the same position in two or three modes (a statement is tried as an expression, then as
	// a command), so the scans at the current position are kept: up to four, in parallel arrays.
	const cachedTokens: Token[] = [];
	const cachedModes: LexMode[] = [];
	const cachedFlags: number[] = [];
	let cacheCount = 0;
	let cachePos = -1;
	let cacheLimit = -1;

	function save(id: string, start: number, end: number, args: string[] | undefined, incomplete: boolean): void {
		if (context.tooDeep && id !== 'ScriptTooDeeplyNested') {
			return;
		}

		// The same error found twice (a rule re-parsed after backtracking) is reported once.
		const key = `${id}\u0000${start}\u0000${end}`;
		if (seen.has(key)) {
			return;
		}

		seen.add(key);
		errorKeys.push(key);
		errors.push({message: formatMessage(id, args), id, extent: {start, end}, incomplete});
	}

	// Newlines are looked for without scanning the next token in any mode: in argument mode that token could be a
	// bare word running to the end of the input (`1+1+1...`), and scanning it at every operator would be quadratic.
	function separator(semicolons: boolean): Token | undefined {
		return context.tooDeep ? undefined : lexer.scanSeparator(context.pos, semicolons);
	}

	const context: ParseContext = {
		source,
		lexer,
		pos: 0,
		errors,
		tokens,
		roles,
		noComma: false,
		tooDeep: false,

		peek(mode, flags = 0) {
			if (context.tooDeep) {
				return {kind: 'EndOfInput', start: lexer.limit, end: lexer.limit, value: ''};
			}

			const {pos} = context;
			const limit = lexer.limit;
			if (cachePos !== pos || cacheLimit !== limit) {
				cacheCount = 0;
				cachePos = pos;
				cacheLimit = limit;
			}

			for (let i = 0; i < cacheCount; i++) {
				const token = cachedTokens[i]!;
				if ((cachedModes[i] === mode && cachedFlags[i] === flags) || modeInvariant.has(token.kind)) {
					return token;
				}
			}

			const token = lexer.scan(pos, mode, flags);
			cachedTokens[cacheCount] = token;
			cachedModes[cacheCount] = mode;
			cachedFlags[cacheCount] = flags;
			cacheCount++;
			return token;
		},

		next(mode, flags = 0) {
			return context.take(context.peek(mode, flags));
		},

		take(token, role) {
			context.pos = Math.max(context.pos, token.end);

			context.record(token, role);
			return token;
		},

		record(token, role) {
			if (token.errors) {
				for (const error of token.errors) {
					save(error.id, error.start, error.end, error.args, error.incomplete);
				}
			}

			if (tokens && token.kind !== 'EndOfInput') {
				tokens.push(token);
				if (role) {
					roles.set(token, role);
				}
			}
		},

		memberAccess(mode, allowBracket) {
			return context.tooDeep ? undefined : lexer.scanMemberAccess(context.pos, mode, allowBracket);
		},

		invokeOpen() {
			return context.tooDeep ? undefined : lexer.scanInvokeOpen(context.pos);
		},

		skipNewlines() {
			for (let token = separator(false); token; token = separator(false)) {
				context.take(token);
			}
		},

		skipNewlinesAndSemicolons() {
			for (let token = separator(true); token; token = separator(true)) {
				context.take(token);
			}
		},

		mark() {
			return {pos: context.pos, errors: errors.length, tokens: tokens?.length ?? 0, tooDeep: context.tooDeep};
		},

		reset(mark) {
			context.pos = mark.pos;
			// A rolled-back attempt that went too deep will go too deep again, and report it then.
			context.tooDeep = mark.tooDeep;
			if (errors.length > mark.errors) {
				for (const key of errorKeys.splice(mark.errors)) {
					seen.delete(key);
				}

				errors.length = mark.errors;
			}

			if (tokens && tokens.length > mark.tokens) {
				tokens.length = mark.tokens;
			}
		},

		text(token) {
			return source.slice(token.start, token.end);
		},

		error(id, start, end, args) {
			save(id, start, end, args, false);
		},

		incomplete(id, start, end, args, detectedAt = end) {
			save(id, start, end, args, lexer.onlyTriviaAfter(detectedAt));
		},

		enter(at) {
			depth++;
			if (depth > maxNesting && !context.tooDeep) {
				save('ScriptTooDeeplyNested', at, Math.min(at + 1, source.length), [String(maxNesting)], false);
				context.tooDeep = true;
			}

			return !context.tooDeep;
		},

		leave() {
			depth--;
		},

		region(start, end, parse) {
			const outerPos = context.pos;
			const outerLimit = lexer.limit;
			context.pos = start;
			lexer.limit = end;
			try {
				return parse();
			} finally {
				lexer.limit = outerLimit;
				context.pos = outerPos;
			}
		},
	};

	return context;
}
