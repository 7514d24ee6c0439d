// Syntax errors as Elixir 1.14 reports them. The tokenizer and the parser throw these; the shell
// reads `incomplete` to decide between an error banner and its `...(N)>` continuation prompt.
// Mirrors SyntaxError / TokenMissingError in lib/elixir/lib/exception.ex (1.14): the message is
// `file:line:column: description`, followed by a snippet of the offending line when Elixir has one.

// UnicodeConversionError is not a syntax error in Elixir, but it escapes the parser all the same
// (a charlist literal that is not UTF-8, like '\xFF'), and is reported like one: without position.
export type SyntaxErrorKind = 'SyntaxError' | 'TokenMissingError' | 'MismatchedDelimiterError' | 'UnicodeConversionError';

export class ElixirSyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly description: string,
    /** The source line shown under the message, or null when Elixir shows none. */
    readonly snippet: string | null,
    /** Stacktrace lines Elixir prints under the banner (its parser's frames), if any. */
    readonly stacktrace: readonly string[] = [],
  ) {
    super(description);
    this.name = kind;
  }

  /** True when more input could still make the source valid (what IEx continues on). */
  get incomplete(): boolean {
    return this.kind === 'TokenMissingError';
  }

  /** Exception.message/1 of the Elixir exception. */
  elixirMessage(): string {
    if (this.kind === 'UnicodeConversionError') return this.description;
    let msg = `${this.file}:${this.line}:${this.column}: ${this.description}`;
    if (this.snippet !== null) {
      const gutter = ' ' + String(this.line).padStart(2, ' ');
      const blank = ' '.repeat(gutter.length);
      msg +=
        `\n${blank} |` +
        `\n${gutter} | ${this.snippet}` +
        `\n${blank} | ${' '.repeat(this.column - 1)}^`;
    }
    return msg;
  }

  /** The banner real Elixir prints: `** (SyntaxError) iex:3:5: syntax error before: ')'`. */
  format(): string {
    return `** (${this.kind}) ${this.elixirMessage()}` + this.stacktrace.map((l) => '\n    ' + l).join('');
  }
}
