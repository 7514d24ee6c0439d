// The Elixir tokenizer: source text to a flat token array, following lib/elixir/src/elixir_tokenizer.erl
// (Elixir 1.14). Positions are 1-based lines and columns counted in code points, like Elixir's.
// Interpolations (`#{...}`) are tokenized in place, so every token inside a string keeps its real
// position. The tokenizer also tracks open terminators (`(`, `do`...`end`) so that unbalanced
// input is reported the way Elixir reports it, before parsing starts.
import { ElixirSyntaxError } from './errors.ts';

const ALIAS_CALL_HELP = 'Function names and identifiers in Elixir start with lowercase characters or underscore. For example:\n\n' +
  '    hello_world()\n    _starting_with_underscore()\n    numb3rs_are_allowed()\n    may_finish_with_question_mark?()\n    may_finish_with_exclamation_mark!()\n\n' +
  'Unexpected token: (';

export type TokenType =
  | 'int' | 'float' | 'char'
  | 'atom' | 'atom_quoted' | 'kw' | 'kw_quoted'
  | 'ident' | 'alias'
  | 'bin_string' | 'list_string' | 'bin_heredoc' | 'list_heredoc' | 'sigil'
  | 'op'
  | 'true' | 'false' | 'nil'
  | 'do' | 'end' | 'fn' | 'else' | 'catch' | 'rescue' | 'after'
  | '(' | ')' | '[' | ']' | '{' | '}' | '<<' | '>>' | '%{}' | '%'
  | ',' | ';' | '.' | 'eol' | 'eof';

/** A `#{...}` inside a string: the tokens of the code it holds. `line`/`col` are those of `#`. */
export interface Interpolation {
  line: number;
  col: number;
  tokens: Token[];
}
export type StringPart = string | Interpolation;

export interface Token {
  type: TokenType;
  line: number;
  col: number;
  /** Horizontal space directly before the token (decides `foo (1)` vs `foo(1)`, `foo -1`...). */
  sp: boolean;
  /** ident/alias/atom/kw names, op text, number values, char code. */
  value?: string | number | bigint;
  /** Strings, quoted atoms and keys, sigils. */
  parts?: StringPart[];
  /** Sigil letter(s), delimiter and modifiers; heredoc indentation. */
  sigil?: string;
  delimiter?: string;
  modifiers?: string;
  indentation?: number;
  /** For numbers, the source text (used in "syntax error before" messages). */
  text?: string;
  /** A `do` that starts its line (only a call with arguments may take it). */
  nl?: boolean;
  /** Where the token ends (the position just after it), for editors that highlight ranges. */
  endLine?: number;
  endCol?: number;
}

/** Operator text -> grammar class, as in elixir_tokenizer.erl. */
export const OP_KIND: Record<string, string> = {
  '=': 'match_op',
  '+': 'dual_op', '-': 'dual_op',
  '*': 'mult_op', '/': 'mult_op',
  '**': 'power_op',
  '++': 'concat_op', '--': 'concat_op', '+++': 'concat_op', '---': 'concat_op', '<>': 'concat_op',
  '..': 'range_op',
  '//': 'ternary_op',
  '|>': 'arrow_op', '<<<': 'arrow_op', '>>>': 'arrow_op', '<<~': 'arrow_op', '~>>': 'arrow_op',
  '<~': 'arrow_op', '~>': 'arrow_op', '<~>': 'arrow_op', '<|>': 'arrow_op',
  '==': 'comp_op', '!=': 'comp_op', '=~': 'comp_op', '===': 'comp_op', '!==': 'comp_op',
  '<': 'rel_op', '>': 'rel_op', '<=': 'rel_op', '>=': 'rel_op',
  '&&': 'and_op', '&&&': 'and_op', 'and': 'and_op',
  '||': 'or_op', '|||': 'or_op', 'or': 'or_op',
  '!': 'unary_op', '^': 'unary_op', '~~~': 'unary_op', 'not': 'unary_op',
  'in': 'in_op', 'not in': 'in_op',
  '^^^': 'xor_op',
  '<-': 'in_match_op', '\\\\': 'in_match_op',
  '::': 'type_op',
  'when': 'when_op',
  '|': 'pipe_op',
  '->': 'stab_op',
  '&': 'capture_op',
  '@': 'at_op',
  '=>': 'assoc_op',
};

// Longest first, so that `===` wins over `==` and `<<<` over `<<`.
const SYMBOL_OPS = Object.keys(OP_KIND)
  .filter((op) => !/^[a-z]/.test(op))
  .concat(['...'])
  .sort((a, b) => b.length - a.length);

// Operators (and the special forms' names) that can be written as keyword keys, longest first.
const KEY_OPS = [...SYMBOL_OPS.filter((op) => op !== '::'), '%{}', '{}', '<<>>', '%', '.', '..//']
  .sort((a, b) => b.length - a.length);

const DO_AFTER_COMMA =
  'unexpected reserved word: do. In case you wanted to write a "do" expression, you must either use do-blocks or separate the keyword argument with comma. For example, you should either write:\n\n' +
  '    if some_condition? do\n      :this\n    else\n      :that\n    end\n\nor the equivalent construct:\n\n' +
  '    if(some_condition?, do: :this, else: :that)\n\nwhere "some_condition?" is the first argument and the second argument is a keyword list.\n\n' +
  'You may see this error if you forget a trailing comma before the "do" in a "do" block';

const KEY_OP_STARTS = new Set(KEY_OPS.map((op) => op.charCodeAt(0)));

const KEYWORDS = new Set(['do', 'end', 'fn', 'else', 'catch', 'rescue', 'after', 'true', 'false', 'nil']);
const WORD_OPS = new Set(['and', 'or', 'not', 'in', 'when']);
const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<<': '>>', do: 'end', fn: 'end' };
const MAX_INTERPOLATION_DEPTH = 200;
const OPENER: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>>': '<<', end: 'do' };
const SIGIL_CLOSE: Record<string, string> = {
  '(': ')', '[': ']', '{': '}', '<': '>', '/': '/', '|': '|', '"': '"', "'": "'",
};

// Operators that, starting a line, continue the previous expression: Elixir drops the newline
// before them (add_token_with_eol); unary and dual operators start a new expression instead.
function stripsEolBefore(op: string): boolean {
  const kind = OP_KIND[op];
  return kind !== undefined && kind !== 'unary_op' && kind !== 'dual_op' && kind !== 'capture_op' && kind !== 'at_op';
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isIdentStart = (c: number) =>
  (c >= 97 && c <= 122) || c === 95 || (c > 127 && /[\p{Ll}\p{Lo}\p{Lm}\p{Nl}]/u.test(String.fromCodePoint(c)));
/** A non-ASCII uppercase letter: it may start an atom (`:Ólá`) or a keyword key, nothing else. */
const isUnicodeUpper = (c: number) => c > 127 && /[\p{Lu}\p{Lt}]/u.test(String.fromCodePoint(c));
const isIdentCont = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 ||
  (c > 127 && /[\p{L}\p{N}\p{Mn}\p{Mc}]/u.test(String.fromCodePoint(c)));
const isSpace = (c: number) => c === 32 || c === 9 || c === 13;
// Erlang's ~4.16.0B: four hex digits, and stars when the number does not fit.
const hex = (n: number) => (n > 0xffff ? '****' : n.toString(16).toUpperCase().padStart(4, '0'));

interface LineStart {
  /** Index of the string part the line starts in, and the offset in it. */
  part: number;
  pos: number;
  /** Blanks at the start of the raw line. */
  blanks: number;
}

interface Open {
  text: string;
  line: number;
  col: number;
}

export interface TokenizeOptions {
  file?: string;
  line?: number;
}

export function tokenize(source: string, opts: TokenizeOptions = {}): Token[] {
  return new Tokenizer(source, opts.file ?? 'nofile', opts.line ?? 1).run();
}

class Tokenizer {
  private readonly cs: number[];
  private i = 0;
  private line: number;
  private lineStart = 0;
  /**
   * elixir_tokenizer does not advance its column over a comment, so the newline or end of input
   * after one is placed where the comment starts (which is where Elixir reports an error there).
   */
  private commentWidth = 0;
  private readonly lines: string[];
  /**
   * elixir_tokenizer's mismatch hints, most recent first: keyed by a closer (`end` closing an
   * opener indented differently) or by an opener (`do` opened at the indentation of the `do`
   * it is nested in, which then probably lacks its `end`).
   */
  private readonly hints: { key: string; line: number }[] = [];
  private interpolationDepth = 0;

  private readonly bmp: boolean;

  constructor(
    private readonly source: string,
    private readonly file: string,
    firstLine: number,
  ) {
    this.cs = Array.from(source, (ch) => ch.codePointAt(0) as number);
    this.bmp = this.cs.length === source.length;
    this.line = firstLine;
    this.firstLine = firstLine;
    this.lines = source.split('\n');
  }
  private readonly firstLine: number;

  get col(): number {
    return this.i - this.lineStart + 1 - this.commentWidth;
  }

  private peek(k = 0): number {
    return this.i + k < this.cs.length ? this.cs[this.i + k] : -1;
  }

  private startsWith(s: string, at = this.i): boolean {
    for (let k = 0; k < s.length; k++) if (this.cs[at + k] !== s.charCodeAt(k)) return false;
    return true;
  }

  private text(from: number, to: number): string {
    // Without astral characters, code point indices are string indices.
    if (this.bmp) return this.source.slice(from, to);
    return String.fromCodePoint(...this.cs.slice(from, to));
  }

  error(line: number, col: number, description: string, snippet = true, kind: 'SyntaxError' | 'TokenMissingError' = 'SyntaxError'): ElixirSyntaxError {
    const lineText = this.lines[line - this.firstLine];
    const snip = snippet && lineText !== undefined && lineText.trim() !== '' ? lineText : null;
    return new ElixirSyntaxError(kind, this.file, line, col, description, snip);
  }

  private newline(): void {
    this.i++;
    this.line++;
    this.lineStart = this.i;
    this.commentWidth = 0;
  }

  run(): Token[] {
    const stack: Open[] = [];
    const tokens = this.tokens(stack, null);
    if (stack.length > 0) throw this.missingTerminator(stack);
    tokens.push({ type: 'eof', line: this.line, col: this.col, sp: false, endLine: this.line, endCol: this.col });
    return tokens;
  }

  /** The input ended with `stack` still open: the innermost opener is the one reported. */
  private missingTerminator(stack: Open[]): ElixirSyntaxError {
    const open = stack[stack.length - 1];
    const what = open.text === '%{}' ? '{' : open.text;
    const hint = this.hints.find((h) => h.key === what);
    const suffix = hint === undefined ? '' :
      `\n\n    HINT: it looks like the "${what}" on line ${hint.line} does not have a matching "${CLOSING[what]}"\n`;
    return this.error(this.line, this.col,
      `missing terminator: ${CLOSING[what]} (for "${what}" starting at line ${open.line})` + suffix, true, 'TokenMissingError');
  }

  /**
   * Tokens up to the end of input, or (inside an interpolation) up to the `}` that closes it.
   * `stack` holds the terminators opened so far.
   */
  private tokens(stack: Open[], interp: Open | null): Token[] {
    const out: Token[] = [];
    const base = stack.length;
    let sp = false;
    const push = (t: Token) => {
      t.endLine = this.line;
      t.endCol = this.col;
      out.push(t);
      sp = false;
    };
    for (;;) {
      const c = this.peek();
      if (c === -1) {
        // An interpolation is tokenized like a file of its own: a delimiter opened in it and
        // left open is what Elixir reports, before the interpolation itself.
        if (interp !== null && stack.length > base) throw this.missingTerminator(stack);
        if (interp !== null) {
          // interp.text says what the interpolation is in: "string starting at line 1".
          throw this.error(interp.line, interp.col, `missing interpolation terminator: "}" (for ${interp.text})`, true, 'TokenMissingError');
        }
        return out;
      }
      if (isSpace(c)) {
        this.i++;
        sp = true;
        continue;
      }
      if (c === 10) {
        this.addEol(out, this.line, this.col);
        this.newline();
        sp = false;
        continue;
      }
      if (c === 92 && this.peek(1) === 10) {
        // A backslash before a newline joins the lines.
        this.i++;
        this.newline();
        sp = true;
        continue;
      }
      if (c === 35) {
        const from = this.i;
        while (this.peek() !== -1 && this.peek() !== 10) this.i++;
        this.commentWidth += this.i - from;
        continue;
      }
      const line = this.line;
      const col = this.col;
      const start = this.i;

      if (interp !== null && c === 125 && stack.length === base) {
        // The `}` closing the interpolation.
        this.i++;
        return out;
      }

      if (isDigit(c)) {
        push(this.number(line, col, sp));
        continue;
      }

      if (isIdentStart(c) || isUpper(c) || isUnicodeUpper(c)) {
        const t = this.identifier(line, col, sp, out);
        if (t === null) continue;
        if (t.type === 'do' || t.type === 'fn') {
          const top = stack[stack.length - 1];
          if (top !== undefined && top.text === t.type && this.indentOf(top.line) === this.indentOf(line)) {
            this.hints.unshift({ key: t.type, line: top.line });
          }
          stack.push({ text: t.type, line, col });
        }
        else if (t.type === 'end') this.close(stack, base, 'end', line, col, interp);
        push(t);
        continue;
      }

      if (c === 34 || c === 39) {
        push(this.quoted(line, col, sp, stack));
        continue;
      }

      if (c === 58) {
        // `:` starts an atom, unless it is `::`.
        if (this.peek(1) !== 58 || this.startsWith(':::')) {
          const t = this.atom(line, col, sp, stack);
          if (t !== null) {
            push(t);
            continue;
          }
        }
      }

      if (c === 63) {
        push(this.char(line, col, sp));
        continue;
      }

      if (c === 126 && this.sigilStart()) {
        push(this.sigil(line, col, sp, stack));
        continue;
      }

      // An operator followed by `: ` is a keyword key: `[+: 1]`, `[%{}: 2]`.
      const opKey = this.operatorKey();
      if (opKey !== null) {
        this.i += opKey.length + 1;
        push({ type: 'kw', value: opKey, line, col, sp });
        continue;
      }

      // Brackets.
      if (c === 40 && out.length > 0 && out[out.length - 1].type === 'alias') {
        // `IO.Puts("x")`, `Foo (1)`: elixir_tokenizer refuses it before parsing (at the column
        // after the parenthesis), so it wins over any later error.
        throw this.error(line, col + 1, `unexpected ( after alias ${String(out[out.length - 1].value)}. ${ALIAS_CALL_HELP}`);
      }
      if (c === 40 || c === 91 || c === 123) {
        const text = String.fromCharCode(c);
        this.i++;
        stack.push({ text, line, col });
        push({ type: text as TokenType, line, col, sp });
        continue;
      }
      if (c === 41 || c === 93 || c === 125) {
        const text = String.fromCharCode(c);
        this.close(stack, base, text, line, col, interp);
        this.i++;
        this.dropEol(out);
        push({ type: text as TokenType, line, col, sp });
        continue;
      }
      if (this.startsWith('<<') && !this.startsWith('<<<') && !this.startsWith('<<~')) {
        this.i += 2;
        stack.push({ text: '<<', line, col });
        push({ type: '<<', line, col, sp });
        continue;
      }
      if (this.startsWith('>>') && !this.startsWith('>>>')) {
        this.close(stack, base, '>>', line, col, interp);
        this.i += 2;
        this.dropEol(out);
        push({ type: '>>', line, col, sp });
        continue;
      }
      if (c === 37) {
        if (this.peek(1) === 40 || this.peek(1) === 91) {
          throw this.error(line, col, `expected %{ to define a map, got: %${String.fromCharCode(this.peek(1))}`);
        }
        this.i++;
        if (this.peek() === 123) {
          push({ type: '%{}', line, col, sp });
        } else {
          push({ type: '%', line, col, sp });
        }
        continue;
      }
      if (c === 44) {
        this.i++;
        push({ type: ',', line, col, sp });
        continue;
      }
      if (c === 59) {
        this.i++;
        this.dropEol(out);
        // An empty expression between two `;` is refused by the tokenizer.
        if (out.length > 0 && out[out.length - 1].type === ';') {
          throw this.error(line, col, `unexpected token: ";" (column ${col}, code point U+003B)`);
        }
        push({ type: ';', line, col, sp });
        continue;
      }
      if (c === 46 && !this.startsWith('..')) {
        this.i++;
        this.dropEol(out);
        push({ type: '.', line, col, sp });
        continue;
      }
      if (c === 38 && isDigit(this.peek(1))) {
        // `&1`: the capture operator glued to an argument index.
        this.i++;
        push({ type: 'op', value: '&', line, col, sp });
        continue;
      }

      let op = SYMBOL_OPS.find((o) => this.startsWith(o));
      // `->` names no function: after a dot, `x.->y` is `x.-` and `>`.
      if (op === '->' && out.length > 0 && out[out.length - 1].type === '.') op = '-';
      if (op !== undefined) {
        this.i += op.length;
        if (op === '...') {
          push({ type: 'ident', value: '...', line, col, sp });
          continue;
        }
        // An operator followed by `/` is a name being captured (`&+/2`, `&&&/2`): handle_op.
        if (op !== '/' && op !== '//' && op !== '->' && this.slashFollows()) {
          push({ type: 'ident', value: op, line, col, sp });
          continue;
        }
        if (stripsEolBefore(op)) this.dropEol(out);
        push({ type: 'op', value: op, line, col, sp });
        continue;
      }

      const ch = String.fromCodePoint(c);
      throw this.error(line, col, `unexpected token: "${ch}" (column ${col}, code point U+${hex(c)})`);
      void start;
    }
  }

  private operatorKey(): string | null {
    if (!KEY_OP_STARTS.has(this.cs[this.i])) return null;
    const cs = this.cs;
    const i = this.i;
    if (cs[i + 1] !== 58 && cs[i + 2] !== 58 && cs[i + 3] !== 58 && cs[i + 4] !== 58) return null;
    for (const op of KEY_OPS) {
      if (this.startsWith(op) && this.cs[this.i + op.length] === 58) {
        const after = this.cs[this.i + op.length + 1];
        if (after === 32 || after === 9 || after === 10 || after === 13) return op;
      }
    }
    return null;
  }

  private slashFollows(): boolean {
    let k = this.i;
    while (this.cs[k] === 32 || this.cs[k] === 9) k++;
    return this.cs[k] === 47 && this.cs[k + 1] !== 47;
  }

  private addEol(out: Token[], line: number, col: number): void {
    const last = out[out.length - 1];
    if (last === undefined || last.type === 'eol' || last.type === ',' || last.type === ';') return;
    out.push({ type: 'eol', line, col, sp: false });
  }

  private dropEol(out: Token[]): void {
    if (out.length > 0 && out[out.length - 1].type === 'eol') out.pop();
  }

  /** Leading blanks of a line; the first line counts as 0, as Elixir only measures after a newline. */
  private indentOf(line: number): number {
    if (line === this.firstLine) return 0;
    const text = this.lines[line - this.firstLine] ?? '';
    let n = 0;
    while (text[n] === ' ' || text[n] === '\t') n++;
    return n;
  }

  private close(stack: Open[], base: number, text: string, line: number, col: number, interp: Open | null): void {
    if (stack.length === base) {
      // Like elixir_tokenizer's mismatch hints: point at an earlier closer whose indentation did
      // not match its opener's, which is usually the real culprit.
      const hint = this.hints.find((h) => h.key === text);
      const suffix = hint === undefined ? '' :
        `\n\n    HINT: it looks like the "${text}" on line ${hint.line} does not have a matching "${OPENER[text]}" defined before it\n`;
      if (text === 'end') throw this.error(line, col, 'unexpected reserved word: end' + suffix, false);
      void interp;
      throw this.error(line, col, `unexpected token: ${text}` + suffix, suffix === '');
    }
    const open = stack[stack.length - 1];
    const openText = open.text === '%{}' ? '{' : open.text;
    if (CLOSING[openText] !== text) {
      const expected = CLOSING[openText];
      if (text === 'end') {
        throw this.error(line, col, `unexpected reserved word: end. The "${openText}" at line ${open.line} is missing terminator "${expected}"`, false);
      }
      throw this.error(line, col, `unexpected token: ${text}. The "${openText}" at line ${open.line} is missing terminator "${expected}"`, false);
    }
    stack.pop();
    if (open.line !== line && this.indentOf(line) !== this.indentOf(open.line)) this.hints.unshift({ key: text, line });
  }

  private number(line: number, col: number, sp: boolean): Token {
    const start = this.i;
    const c1 = this.peek(1);
    let value: number | bigint;
    let type: TokenType = 'int';
    if (this.peek() === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
      const radix = c1 === 120 ? 16 : c1 === 111 ? 8 : 2;
      const valid = (c: number) => {
        const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : 99;
        return d < radix;
      };
      if (!valid(this.peek(2))) {
        this.i += 1;
        this.invalidAfterNumber(line, col, start);
      }
      this.i += 2;
      const digitsStart = this.i;
      while (valid(this.peek()) || (this.peek() === 95 && valid(this.peek(1)))) this.i++;
      const digits = this.text(digitsStart, this.i).replace(/_/g, '');
      value = normalize(BigInt((radix === 16 ? '0x' : radix === 8 ? '0o' : '0b') + digits));
    } else {
      this.digits();
      if (this.peek() === 46 && isDigit(this.peek(1))) {
        type = 'float';
        this.i++;
        this.digits();
        const e = this.peek();
        if ((e === 101 || e === 69) && (isDigit(this.peek(1)) || ((this.peek(1) === 43 || this.peek(1) === 45) && isDigit(this.peek(2))))) {
          this.i += 2;
          this.digits();
        }
      }
      const text = this.text(start, this.i).replace(/_/g, '');
      value = type === 'float' ? parseFloat(text) : normalize(BigInt(text));
    }
    const text = this.text(start, this.i);
    const next = this.peek();
    // Only decimal numbers check what follows them (tokenize_number); `0x1Fend` is 0x1FE, `nd`.
    if (next !== -1 && isIdentCont(next) && !/^0[xob]/.test(text)) {
      this.invalidAfterNumber(line, col, start);
    }
    return { type, value, line, col, sp, text };
  }

  private invalidAfterNumber(line: number, col: number, start: number): never {
    const numText = this.text(start, this.i);
    const ch = String.fromCodePoint(this.peek());
    throw this.error(line, col,
      `invalid character "${ch}" after number ${numText}. If you intended to write a number, make sure to separate the number from the character (using comma, space, etc). If you meant to write a function name or a variable, note that identifiers in Elixir cannot start with numbers. Unexpected token: ${ch}`);
  }

  private digits(): void {
    while (isDigit(this.peek()) || (this.peek() === 95 && isDigit(this.peek(1)))) this.i++;
  }

  /** Reads an identifier-shaped word; null when it merged into the previous token (`not in`). */
  private identifier(line: number, col: number, sp: boolean, out: Token[]): Token | null {
    const start = this.i;
    const alias = isUpper(this.peek());
    this.i++;
    while (isIdentCont(this.peek())) this.i++;
    // A trailing `?` or `!` always belongs to the name: `a!=b` is `a! = b`.
    if (this.peek() === 63 || this.peek() === 33) this.i++;
    if (this.peek() === 64) {
      while (isIdentCont(this.peek()) || this.peek() === 64) this.i++;
      throw this.error(line, col, `invalid character "@" (code point U+0040) in identifier: ${this.text(start, this.i)}`);
    }
    const name = this.text(start, this.i);
    // `name:` followed by space is a keyword key, even for reserved words.
    if (this.peek() === 58 && this.peek(1) !== 58 && (isSpace(this.peek(1)) || this.peek(1) === 10)) {
      this.i++;
      return { type: 'kw', value: name, line, col, sp };
    }
    const cp = this.text(start, start + 1).codePointAt(0) as number;
    if (isUnicodeUpper(cp)) {
      throw this.error(line, col, `unexpected token: "${String.fromCodePoint(cp)}" (column ${col}, code point U+${hex(cp)})`);
    }
    // Keys aside, an alias is plain ASCII: `Foo?`, `Bar!` and `Fooé` are refused here.
    const bad = alias ? /[^A-Za-z0-9_]/u.exec(name) : null;
    if (bad !== null) {
      const cp = bad[0].codePointAt(0) as number;
      throw this.error(line, col, `invalid character "${bad[0]}" (code point U+${hex(cp)}) in alias (only ASCII characters, without punctuation, are allowed): ${name}`);
    }
    if (this.peek() === 58 && this.peek(1) !== 58 && this.peek(1) !== -1) {
      throw this.error(line, col, `keyword argument must be followed by space after: ${name}:`);
    }
    if (this.peek() === 58 && this.peek(1) === -1) {
      throw this.error(this.line, this.col, `unexpected token: ":" (column ${this.col}, code point U+003A)`);
    }
    if (alias) return { type: 'alias', value: name, line, col, sp };
    const prev = out[out.length - 1];
    const afterDot = prev !== undefined && prev.type === '.';
    if (!afterDot) {
      if (KEYWORDS.has(name)) {
        if (name === 'do' && prev !== undefined && prev.type === ',') {
          throw this.error(line, col, DO_AFTER_COMMA, false);
        }
        // A `do` on its own line still opens the block of a call with arguments before it.
        if (name === 'do' && out.length > 0 && out[out.length - 1].type === 'eol') {
          this.dropEol(out);
          return { type: 'do', line, col, sp, nl: true };
        }
        return { type: name as TokenType, line, col, sp };
      }
      if (WORD_OPS.has(name)) {
        if (name === 'in' && prev !== undefined && prev.type === 'op' && prev.value === 'not') {
          // `not in` is a binary operator, so like the others it continues the previous line.
          prev.value = 'not in';
          if (out.length >= 2 && out[out.length - 2].type === 'eol') out.splice(out.length - 2, 1);
          return null;
        }
        if (name !== 'not') this.dropEol(out);
        return { type: 'op', value: name, line, col, sp };
      }
    }
    return { type: 'ident', value: name, line, col, sp };
  }

  private char(line: number, col: number, sp: boolean): Token {
    this.i++;
    const c = this.peek();
    if (c === -1 || c === 10 && false) throw this.error(line, col, `unexpected token: "?" (column ${col}, code point U+003F)`);
    if (c === 92) {
      // Only the one-letter escapes apply: `?\x41` is `?x` followed by 41.
      this.i++;
      const e = this.peek();
      if (e === -1) return { type: 'char', value: 92, line, col, sp, text: '?\\' };
      this.i++;
      const value = e in SIMPLE_ESCAPES ? SIMPLE_ESCAPES[e] : e;
      return { type: 'char', value, line, col, sp, text: '?' + this.text(this.i - 2, this.i) };
    }
    if (c === 10) {
      this.newline();
      return { type: 'char', value: 10, line, col, sp };
    }
    this.i++;
    return { type: 'char', value: c, line, col, sp, text: '?' + String.fromCodePoint(c) };
  }

  /** Reads one escape after a backslash (the backslash already consumed); returns the code point. */
  private escape(c: number, line: number, col: number): number {
    const simple = SIMPLE_ESCAPES;
    if (c === 120) {
      // \xH or \xHH
      this.i++;
      let digits = '';
      while (digits.length < 2 && /[0-9a-fA-F]/.test(String.fromCodePoint(this.peek()))) {
        digits += String.fromCodePoint(this.peek());
        this.i++;
      }
      if (digits === '') throw this.error(line, col, 'invalid hex escape character, expected \\xHH where H is a hexadecimal digit. Syntax error after: \\x');
      const byte = parseInt(digits, 16);
      // `\xHH` is a byte, not a code point: bytes above 0x7F travel as placeholders (see RAW_BYTE).
      return byte < 0x80 ? byte : RAW_BYTE + byte;
    }
    if (c === 117) {
      this.i++;
      let digits = '';
      const braced = this.peek() === 123;
      if (braced) {
        this.i++;
        while (this.peek() !== 125 && this.peek() !== -1 && digits.length < 7) {
          digits += String.fromCodePoint(this.peek());
          this.i++;
        }
        this.i++;
      } else {
        while (digits.length < 4 && /[0-9a-fA-F]/.test(String.fromCodePoint(this.peek()))) {
          digits += String.fromCodePoint(this.peek());
          this.i++;
        }
      }
      // Without braces it takes exactly four digits: `"\u12"` is an error, not U+0012.
      if (!/^[0-9a-fA-F]{1,6}$/.test(digits) || (!braced && digits.length !== 4)) {
        throw this.error(line, col, 'invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a hexadecimal digit. Syntax error after: \\u');
      }
      const cp = parseInt(digits, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        throw this.error(line, col, `invalid or reserved Unicode code point \\u{${digits}}. Syntax error after: \\u`);
      }
      return cp;
    }
    this.i++;
    if (c in simple) return simple[c];
    return c;
  }

  /** `~` and a letter start a sigil (one letter in Elixir 1.14), which needs a delimiter next. */
  private sigilStart(): boolean {
    const c1 = this.peek(1);
    if (!((c1 >= 97 && c1 <= 122) || isUpper(c1))) return false;
    const d = this.peek(2);
    if (d === -1) return false;
    if (SIGIL_CLOSE[String.fromCodePoint(d)] === undefined) {
      throw this.error(this.line, this.col,
        `invalid sigil delimiter: "${String.fromCodePoint(d)}" (column ${this.col + 2}, code point U+${hex(d)}). The available delimiters are: //, ||, "", '', (), [], {}, <>`);
    }
    return true;
  }

  private sigil(line: number, col: number, sp: boolean, stack: Open[]): Token {
    this.i++;
    const nameStart = this.i;
    this.i++;
    const name = this.text(nameStart, this.i);
    const interpolate = !isUpper(this.cs[nameStart]);
    const d = String.fromCodePoint(this.peek());
    let parts: StringPart[];
    let delimiter = d;
    let indentation: number | undefined;
    if ((d === '"' || d === "'") && this.startsWith(d.repeat(3))) {
      delimiter = d.repeat(3);
      const h = this.heredoc(line, col, d, interpolate ? 'sigil' : 'raw', stack);
      parts = h.parts;
      indentation = h.indentation;
    } else {
      this.i++;
      parts = this.content(line, col, SIGIL_CLOSE[d], interpolate ? 'sigil' : 'raw', stack,
        `sigil ~${name}${d} starting at line ${line}`);
    }
    const modStart = this.i;
    while ((this.peek() >= 97 && this.peek() <= 122) || isUpper(this.peek()) || isDigit(this.peek())) this.i++;
    const modifiers = this.text(modStart, this.i);
    return { type: 'sigil', line, col, sp, parts, sigil: name, delimiter, modifiers, indentation };
  }

  private quoted(line: number, col: number, sp: boolean, stack: Open[]): Token {
    const q = String.fromCodePoint(this.peek());
    const list = q === "'";
    if (this.startsWith(q.repeat(3))) {
      const h = this.heredoc(line, col, q, 'string', stack);
      return { type: list ? 'list_heredoc' : 'bin_heredoc', line, col, sp, parts: h.parts, indentation: h.indentation };
    }
    this.i++;
    const parts = this.content(line, col, q, 'string', stack, `string starting at line ${line}`);
    if (this.peek() === 58 && this.peek(1) !== 58 && (isSpace(this.peek(1)) || this.peek(1) === 10)) {
      this.i++;
      return { type: 'kw_quoted', line, col, sp, parts, delimiter: q };
    }
    return { type: list ? 'list_string' : 'bin_string', line, col, sp, parts, delimiter: q };
  }

  private atom(line: number, col: number, sp: boolean, stack: Open[]): Token | null {
    const c = this.peek(1);
    if (c === 34 || c === 39) {
      this.i++;
      const q = String.fromCodePoint(c);
      this.i++;
      const parts = this.content(line, col, q, 'string', stack, `atom starting at line ${line}`);
      return { type: 'atom_quoted', line, col, sp, parts, delimiter: q };
    }
    if (isIdentStart(c) || isUpper(c) || isUnicodeUpper(c)) {
      this.i++;
      const start = this.i;
      this.i++;
      while (isIdentCont(this.peek()) || this.peek() === 64) this.i++;
      if (this.peek() === 63 || this.peek() === 33) this.i++;
      if (this.peek() === 46 && isUpper(this.peek(1))) {
        // :Elixir.Enum is not the atom Elixir.Enum: Elixir stops there, pointing at the alias.
        throw this.error(line, col + (this.i - start) + 2, `atom cannot be followed by an alias. If the '.' was meant to be part of the atom's name, the atom name must be quoted. Syntax error before: '.'`);
      }
      return { type: 'atom', value: this.text(start, this.i), line, col, sp };
    }
    for (const special of ['%{}', '{}', '<<>>', '...', '%', '..//']) {
      if (this.startsWith(special, this.i + 1)) {
        this.i += 1 + special.length;
        return { type: 'atom', value: special, line, col, sp };
      }
    }
    const op = SYMBOL_OPS.find((o) => this.startsWith(o, this.i + 1));
    if (op !== undefined) {
      this.i += 1 + op.length;
      return { type: 'atom', value: op, line, col, sp };
    }
    if (this.peek(1) === 46) {
      this.i += 2;
      return { type: 'atom', value: '.', line, col, sp };
    }
    throw this.error(line, col, `unexpected token: ":" (column ${col}, code point U+003A)`);
  }

  /**
   * The body of a string, quoted atom or sigil up to `close` (consumed). `mode`: 'string' applies
   * escapes and interpolation, 'sigil' interpolates but keeps escapes for the sigil to apply,
   * 'raw' neither. With `lineStarts`, this is a heredoc body: it ends before a line made of blanks
   * and `close`, and where each raw line starts (and how many blanks it has) is recorded so that
   * the closing line's indentation can be stripped afterwards, as Elixir does on the raw text.
   */
  private content(line: number, col: number, close: string, mode: 'string' | 'sigil' | 'raw', stack: Open[],
    what: string, lineStarts?: LineStart[]): StringPart[] {
    const parts: StringPart[] = [];
    let buf = '';
    let emptyPart = false;
    const closeCp = close.codePointAt(0) as number;
    const heredoc = lineStarts !== undefined;
    const markLine = () => {
      if (!heredoc) return;
      let k = this.i;
      while (this.cs[k] === 32 || this.cs[k] === 9) k++;
      lineStarts.push({ part: parts.length, pos: buf.length, blanks: k - this.i });
    };
    markLine();
    for (;;) {
      const c = this.peek();
      if (c === -1) throw this.error(this.line, this.col, `missing terminator: ${close} (for ${what})`, true, 'TokenMissingError');
      if (!heredoc && c === closeCp && (close.length === 1 || this.startsWith(close))) {
        this.i += close.length;
        break;
      }
      if (heredoc && this.i === this.lineStart && this.atHeredocEnd(close)) break;
      if (c === 92) {
        const n = this.peek(1);
        if (n === -1) {
          this.i++;
          continue;
        }
        if (n === 35 && this.peek(2) === 123 && mode !== 'raw') {
          // An escaped `#{`. Elixir's column count advances by one for these three characters,
          // which shifts the positions of what follows on the line; so does ours.
          buf += mode === 'string' ? '#{' : '\\#{';
          this.i += 3;
          this.lineStart += 2;
          continue;
        }
        if (mode === 'string') {
          if (n === 10 || (n === 13 && this.peek(2) === 10)) {
            this.i += n === 10 ? 1 : 2;
            this.newline();
            markLine();
            // A continuation between interpolations still leaves a (empty) text part there.
            if (buf === '') emptyPart = true;
            continue;
          }
          // Elixir reports a bad escape at the token, not at the backslash: a string's text
          // starts after its quote, a heredoc or a quoted atom at its first character.
          const atToken = heredoc || what.startsWith('atom');
          this.i++;
          buf += String.fromCodePoint(this.escape(n, line, atToken ? col : col + 1));
          continue;
        }
        // Sigils keep escapes for the sigil itself, except an escaped terminator.
        if (n === closeCp && close.length === 1) {
          buf += close;
          this.i += 2;
          continue;
        }
        if (mode === 'sigil' || n === 92) {
          buf += '\\' + String.fromCodePoint(n);
          this.i += 2;
          if (n === 10) {
            this.line++;
            this.lineStart = this.i;
            markLine();
          }
          continue;
        }
        buf += '\\';
        this.i++;
        continue;
      }
      if (c === 35 && this.peek(1) === 123 && mode !== 'raw') {
        if (buf !== '' || emptyPart) parts.push(buf);
        buf = '';
        emptyPart = false;
        const iline = this.line;
        const icol = this.col;
        this.i += 2;
        if (++this.interpolationDepth > MAX_INTERPOLATION_DEPTH) throw this.error(iline, icol, 'interpolation is nested too deeply');
        const tokens = this.tokens(stack, { text: what, line: iline, col: icol });
        this.interpolationDepth--;
        tokens.push({ type: 'eof', line: this.line, col: this.col - 1, sp: false, endLine: this.line, endCol: this.col - 1 });
        parts.push({ line: iline, col: icol, tokens });
        continue;
      }
      if (c === 10) {
        buf += '\n';
        this.newline();
        markLine();
        continue;
      }
      buf += String.fromCodePoint(c);
      this.i++;
    }
    if (buf !== '' || emptyPart) parts.push(buf);
    return parts;
  }

  /** At a line start: is the line blanks followed by the closing `"""`? */
  private atHeredocEnd(close: string): boolean {
    let k = this.i;
    while (this.cs[k] === 32 || this.cs[k] === 9) k++;
    return this.startsWith(close, k);
  }

  private heredoc(line: number, col: number, q: string, mode: 'string' | 'sigil' | 'raw', stack: Open[]): { parts: StringPart[]; indentation: number } {
    const close = q.repeat(3);
    this.i += 3;
    while (isSpace(this.peek())) this.i++;
    if (this.peek() !== 10) {
      throw this.error(line, col, `heredoc allows only zero or more whitespace characters followed by a new line after ${close}`);
    }
    this.newline();
    const starts: LineStart[] = [];
    const parts = this.content(line, col, close, mode, stack, `heredoc starting at line ${line}`, starts);
    let indentation = 0;
    while (this.peek() === 32 || this.peek() === 9) {
      this.i++;
      indentation++;
    }
    this.i += 3;
    // Strip the closing line's indentation from every line, last first so positions stay valid.
    for (let k = starts.length - 1; k >= 0; k--) {
      const { part, pos, blanks } = starts[k];
      const strip = Math.min(blanks, indentation);
      const p = parts[part];
      if (strip > 0 && typeof p === 'string') parts[part] = p.slice(0, pos) + p.slice(pos + strip);
    }
    // A heredoc body always opens with a text part, empty if it starts with an interpolation.
    const kept = parts.filter((p, i) => i === 0 || p !== '');
    if (kept.length > 0 && typeof kept[0] !== 'string') kept.unshift('');
    if (kept.length === 1 && kept[0] === '') kept.pop();
    return { parts: kept, indentation };
  }


}

/**
 * `"\xFF"` is the single byte 255, which no JS string can hold as such: inside string parts it is
 * carried as the code point RAW_BYTE + 255 (in a private-use plane) and turned back into a byte
 * when the parser builds the binary or charlist.
 */
export const RAW_BYTE = 0x10ff00;

const SIMPLE_ESCAPES: Record<number, number> = {
  48: 0, 97: 7, 98: 8, 100: 127, 101: 27, 102: 12, 110: 10, 114: 13, 115: 32, 116: 9, 118: 11,
};


function normalize(n: bigint): number | bigint {
  if (n >= -9007199254740991n && n <= 9007199254740991n) return Number(n);
  return n;
}
