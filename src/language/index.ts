// The language package: syntax tree types, the parser, and the tokenizer for colouring and completion.

export type * from './ast.ts';
export {parse, type ParseError, type ParseResult} from './parser.ts';
export {tokenize, type SyntaxToken, type SyntaxTokenKind} from './tokenize.ts';
export {createLexer, type Lexer} from './lexer.ts';
export type {LexMode, Token, TokenKind} from './tokens.ts';
