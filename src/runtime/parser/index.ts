// The Elixir parser: source text to Elixir's quoted AST (as terms), like
// `Code.string_to_quoted!(source, columns: true)` in Elixir 1.14, with Elixir's syntax errors.
export { parse, type ParseOptions } from './parser.ts';
export { tokenize, type Token, type TokenType, type StringPart, type Interpolation } from './tokenizer.ts';
export { ElixirSyntaxError, type SyntaxErrorKind } from './errors.ts';
