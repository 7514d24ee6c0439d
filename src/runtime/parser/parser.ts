// The Elixir parser: tokens to Elixir's quoted AST, as terms, identical to
// `Code.string_to_quoted!(source, columns: true)` in Elixir 1.14. A Pratt parser over the
// operator table of lib/elixir/src/elixir_parser.yrl (precedences copied below). What the LALR
// grammar encodes in its "matched", "unmatched" (ends in a do block) and "no parens" (a call
// taking several arguments without parentheses) expressions is kept here as a context (may a
// `do` block attach here, what does a comma mean) and as a class recorded per parsed node,
// checked where the grammar would reject it: containers, nested calls, clause heads.
// tests/fixtures/parser holds the snippets and random programs that pin it to real Elixir.
import { atom, list, Atom, Bin, Cons, Float, EMPTY_LIST, NIL, TRUE, type Term } from '../terms/types.ts';
import { ElixirSyntaxError } from './errors.ts';
import { tokenize, OP_KIND, RAW_BYTE, type Token, type TokenType, type StringPart } from './tokenizer.ts';

// ---------------------------------------------------------------------------------------------
// Operator table (elixir_parser.yrl). Higher binds tighter.

const BINARY_PREC: Record<string, number> = {
  in_match_op: 40, when_op: 50, type_op: 60, pipe_op: 70, assoc_op: 80, match_op: 100,
  or_op: 120, and_op: 130, comp_op: 140, rel_op: 150, arrow_op: 160, in_op: 170, xor_op: 180,
  ternary_op: 190, concat_op: 200, range_op: 200, dual_op: 210, mult_op: 220, power_op: 230,
};
const RIGHT_ASSOC = new Set(['when_op', 'type_op', 'pipe_op', 'assoc_op', 'match_op', 'ternary_op', 'concat_op', 'range_op']);
const UNARY_PREC: Record<string, number> = { '&': 90, '@': 320, '-': 300, '+': 300, '!': 300, '^': 300, not: 300, '~~~': 300 };
const MAX_DEPTH = 1000;

// ---------------------------------------------------------------------------------------------
// Term helpers.

const LINE = atom('line');
const COLUMN = atom('column');
const DOT = atom('.');
const ALIASES = atom('__aliases__');
const BLOCK = atom('__block__');
const KERNEL = atom('Elixir.Kernel');
const TO_STRING = atom('to_string');
const BINARY_CONS = atom('<<>>');

type Meta = Term;

function meta(t: { line: number; col: number }, ...extra: [string, Term][]): Meta {
  const items: Term[] = extra.map(([k, v]) => [atom(k), v]);
  items.push([LINE, t.line], [COLUMN, t.col]);
  return list(items);
}

function call(name: Term, m: Meta, args: Term): Term {
  return [name, m, args];
}

const ACCESS = atom('Elixir.Access');
// Heads of nodes that are operators or literals rather than names or calls.
const NOT_BARE_ENTRY = new Set([
  ...Object.keys(OP_KIND), '..//', '{}', '%{}', '%', '<<>>', 'fn', '__aliases__', '__block__', '..', '.',
]);
const NOT = atom('not');
const PIPE = atom('|');
const BANG = atom('!');
const UNQUOTE_SPLICING = atom('unquote_splicing');

/** A single `not x`, `!x` or `unquote_splicing(x)` stays wrapped (build_block in elixir_parser.yrl). */
function block(exprs: Term[], m: Meta = EMPTY_LIST): Term {
  if (exprs.length === 1) {
    const e = exprs[0];
    if (!(Array.isArray(e) && e.length === 3 && (e[0] === NOT || e[0] === BANG || e[0] === UNQUOTE_SPLICING) && isSingleton(e[2]))) return e;
  }
  return [BLOCK, m, list(exprs)];
}

function isSingleton(l: Term): boolean {
  return l instanceof Cons && l.tail === EMPTY_LIST;
}

function isCall(t: Term, name: Atom): t is [Atom, Term, Term] {
  return Array.isArray(t) && t.length === 3 && t[0] === name;
}

function charlist(s: string): Term {
  return list(Array.from(s, (ch) => {
    const c = ch.codePointAt(0) as number;
    return c >= RAW_BYTE + 0x80 && c <= RAW_BYTE + 0xff ? c - RAW_BYTE : c;
  }));
}

// ---------------------------------------------------------------------------------------------

/** Where an expression stands, which decides what a comma after a call without parentheses means. */
type Mode =
  /** A statement, or the only argument in parentheses: `foo a, b` takes both. */
  | 'stmt'
  /** A later argument of another call: `foo a, bar b, c` is ambiguous unless a do block follows. */
  | 'args'
  /** An element of a list, tuple, map or binary: checked by `container` once parsed. */
  | 'container';

interface Ctx {
  /** A `do` block here belongs to an enclosing no-parens call, not to this expression. */
  noDo: boolean;
  mode: Mode;
}

const STMT: Ctx = { noDo: false, mode: 'stmt' };
const CONTAINER: Ctx = { noDo: false, mode: 'container' };

const BLOCK_KEYWORDS = new Set<TokenType>(['else', 'after', 'rescue', 'catch']);

export interface ParseOptions {
  file?: string;
  line?: number;
}

export function parse(source: string, opts: ParseOptions = {}): Term {
  const file = opts.file ?? 'nofile';
  const firstLine = opts.line ?? 1;
  const lines = source.split('\n');
  try {
    const tokens = tokenize(source, { file, line: firstLine });
    return new Parser(tokens, file, lines, firstLine).program();
  } catch (e) {
    // The depth limits keep recursion well inside the JS stack; this is the backstop for hosts
    // with a smaller stack. Input this deep is reported as a syntax error, never as a crash.
    if (e instanceof RangeError) {
      throw new ElixirSyntaxError('SyntaxError', file, firstLine, 1, 'expression is nested too deeply', null);
    }
    throw e;
  }
}

class Parser {
  private pos = 0;
  private depth = 0;
  /** Token index just after the `end` of the last `do` block parsed. */
  private blockEnd = -1;
  /** Token index where the first entry of the innermost map being parsed starts, else -1. */
  private updateEntryStart = -1;
  /**
   * The grammar's expression classes, which Elixir's LALR grammar tracks and a Pratt parser does
   * not: 'block' for an expression ending in a do block (unmatched_expr), 'no_parens' for one
   * whose last call takes several arguments without parentheses (no_parens_expr). Other
   * expressions are absent. `at` is the call to blame in an ambiguity error.
   */
  private readonly classes = new WeakMap<object, { kind: 'block' | 'no_parens'; at: Token }>();

  constructor(
    private tokens: Token[],
    private readonly file: string,
    private readonly lines: string[],
    private readonly firstLine: number,
  ) {}

  // -- token access ----------------------------------------------------------------------------

  private peek(k = 0): Token {
    const i = this.pos + k;
    return i < this.tokens.length ? this.tokens[i] : this.tokens[this.tokens.length - 1];
  }

  private next(): Token {
    const t = this.tokens[this.pos];
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  private isOp(t: Token, op?: string): boolean {
    return t.type === 'op' && (op === undefined || t.value === op);
  }

  private skipEol(): void {
    while (this.peek().type === 'eol') this.pos++;
  }

  private skipSeparators(): void {
    while (this.peek().type === 'eol' || this.peek().type === ';') this.pos++;
  }

  private expect(type: TokenType): Token {
    const t = this.peek();
    if (t.type !== type) throw this.unexpected(t);
    return this.next();
  }

  // -- errors ----------------------------------------------------------------------------------

  // Elixir shows no snippet for a blank line (String.trim/1 leaves nothing).
  private error(t: { line: number; col: number }, description: string, snippet = true): ElixirSyntaxError {
    const text = this.lines[t.line - this.firstLine];
    const snip = snippet && text !== undefined && text.trim() !== '' ? text : null;
    return new ElixirSyntaxError('SyntaxError', this.file, t.line, t.col, description, snip);
  }

  /** yecc's "syntax error before: <token>", with Elixir's rewrites of it (elixir_errors.erl). */
  unexpected(t: Token): ElixirSyntaxError {
    if (t.type === 'eof') {
      // Like yecc at the end of input: reported at the last token (a trailing newline counts).
      const where = this.tokens.length >= 2 ? this.tokens[this.tokens.length - 2] : t;
      const text = this.lines[where.line - this.firstLine];
      return new ElixirSyntaxError('TokenMissingError', this.file, where.line, where.col,
        'syntax error: expression is incomplete', text !== undefined && text.trim() !== '' ? text : null);
    }
    switch (t.type) {
      case 'do':
        return this.error(t, 'syntax error before: do');
      case 'fn': case 'else': case 'catch': case 'rescue': case 'after': case 'end':
        return this.error(t, `syntax error before: ${t.type}. "${t.type}" is a reserved word in Elixir and therefore its usage is limited. For instance, it can't be used as a variable or be defined nor invoked as a regular function`, false);
      case 'eol':
        return this.error(t, 'unexpectedly reached end of line. The current expression is invalid or incomplete');
      case 'int': case 'float': case 'char':
        return this.error(t, `syntax error before: "${t.text ?? String(t.value)}"`);
      case 'ident':
        return this.error(t, `syntax error before: ${erlAtom(String(t.value))}`);
      case 'alias':
        return this.error(t, `syntax error before: '${String(t.value)}'`);
      case 'atom':
        return this.error(t, `syntax error before: ${erlAtom(String(t.value))}`);
      case 'kw':
        return this.error(t, `syntax error before: '${String(t.value)}:'`);
      case 'kw_quoted':
        // Without interpolation a quoted key is a plain one to Elixir's parser.
        if (this.isPlain(t.parts ?? [])) return this.error(t, `syntax error before: '${(t.parts ?? []).join('')}:'`);
        return this.error(t, `syntax error before: "${typeof t.parts?.[0] === 'string' ? t.parts[0] : ''}"`, false);
      case 'bin_string': case 'list_string': case 'bin_heredoc': case 'list_heredoc': case 'atom_quoted': case 'kw_quoted': {
        const first = t.parts?.[0];
        return this.error(t, `syntax error before: "${typeof first === 'string' ? first : ''}"`, false);
      }
      case 'sigil': {
        const first = t.parts?.[0];
        return this.error(t, `syntax error before: sigil ~${t.sigil} starting with content '${typeof first === 'string' ? first : ''}'`, false);
      }
      case 'true': case 'false': case 'nil':
        return this.error(t, `syntax error before: ${t.type}. "${t.type}" is a reserved word in Elixir and therefore its usage is limited. For instance, it can't be used as a variable or be defined nor invoked as a regular function`, false);
      case 'op': {
        const v = String(t.value);
        if (v === 'not' || v === 'and' || v === 'or' || v === 'when' || v === 'in' || v === 'not in') {
          return this.error(t, `syntax error before: ${v}. "${v}" is a reserved word in Elixir and therefore its usage is limited. For instance, it can't be used as a variable or be defined nor invoked as a regular function`, false);
        }
        // Quoted as an Erlang atom, so the backslashes of `\\` are escaped.
        return this.error(t, `syntax error before: '${v.replace(/\\/g, '\\\\')}'`);
      }
      case '%{}':
        return this.error(t, `syntax error before: '%{}'`);
      default:
        return this.error(t, `syntax error before: '${t.type}'`);
    }
  }

  /** A key where no keyword list may start: `foo: 1` at the top, `{a: 1}`. */
  private keyNotHere(t: Token): ElixirSyntaxError {
    const parts = t.parts ?? [];
    if (t.type === 'kw_quoted' && !this.isPlain(parts)) {
      return this.error(t, `syntax error before: "${typeof parts[0] === 'string' ? parts[0] : ''}"`, false);
    }
    return this.error(t, `syntax error before: ${erlAtom(t.type === 'kw' ? String(t.value) : parts.join(''))}`);
  }

  private enter(t: Token): void {
    if (++this.depth > MAX_DEPTH) throw this.error(t, 'expression is nested too deeply');
  }

  // -- program and blocks --------------------------------------------------------------------

  program(): Term {
    const exprs = this.exprList(['eof']);
    if (this.peek().type !== 'eof') throw this.unexpected(this.peek());
    if (exprs.length === 0) {
      // A source of only newlines and `;` takes the position of the first of them (the
      // grammar's `grammar -> eoe` rule); a newline after a comment is placed at the `#`.
      const first = this.tokens[0];
      if (first.type === ';' && first.line === this.firstLine) return [BLOCK, meta(first), EMPTY_LIST];
      if (this.lines.length > 1) {
        const text = Array.from(this.lines[0].replace(/\r$/, ''));
        const hash = text.indexOf('#');
        return [BLOCK, meta({ line: this.firstLine, col: (hash >= 0 ? hash : text.length) + 1 }), EMPTY_LIST];
      }
      return [BLOCK, first.type === ';' ? meta(first) : EMPTY_LIST, EMPTY_LIST];
    }
    return block(exprs);
  }

  /** Expressions separated by newlines or `;` up to one of `ends` (not consumed). */
  private exprList(ends: TokenType[]): Term[] {
    const exprs: Term[] = [];
    for (;;) {
      this.skipSeparators();
      const t = this.peek();
      if (ends.includes(t.type)) return exprs;
      exprs.push(this.expr(STMT));
      const after = this.peek();
      if (after.type === 'eol' || after.type === ';') continue;
      if (ends.includes(after.type)) return exprs;
      throw this.unexpected(after);
    }
  }

  /**
   * The inside of `fn`, `do`, `(`: either plain expressions or `->` clauses. `callParen` is the
   * `(` of `foo (...)`, where a comma means the space before the parenthesis was a mistake.
   */
  private stabOrBlock(ends: TokenType[], callParen?: Token): { stab: Term[] } | { exprs: Term[] } {
    const clauses: { head: Term[]; arrow: Token; body: Term[] }[] = [];
    const exprs: Term[] = [];
    for (;;) {
      this.skipSeparators();
      let t = this.peek();
      if (ends.includes(t.type)) break;
      let head: Term[] | null = null;
      let parenHead = false;
      if (this.isOp(t, '->')) {
        head = [];
      } else if (t.type === '(' && this.parenHead()) {
        parenHead = true;
        head = this.callArgs();
        if (this.isOp(this.peek(), 'when')) {
          const w = this.next();
          this.skipEol();
          const guard = this.expr(STMT);
          head = [call(atom('when'), meta(w), list([...head, guard]))];
        }
      } else if (t.type === 'kw' || t.type === 'kw_quoted') {
        // Keywords open a clause (`catch kind: r -> ...` has the head [[kind: r]]), nothing else.
        head = [this.keywordList(STMT)];
        this.afterNoParensKeywords();
        if (!this.isOp(this.peek(), '->')) throw this.unexpected(this.peek());
      } else {
        const items = [this.expr(STMT)];
        while (this.peek().type === ',') {
          this.next();
          this.skipEol();
          if (this.peek().type === 'kw' || this.peek().type === 'kw_quoted') {
            items.push(this.keywordList(STMT));
            break;
          }
          items.push(this.expr({ noDo: false, mode: 'args' }));
        }
        t = this.peek();
        if (this.isOp(t, '->')) {
          head = items;
          if (head.length > 1) {
            const last = head[head.length - 1];
            if (isCall(last, atom('when'))) {
              const [, wm, wargs] = last;
              head = [call(atom('when'), wm, list([...head.slice(0, -1), ...listItems(wargs)]))];
            }
          }
        } else {
          if (items.length > 1) {
            if (callParen !== undefined) {
              throw this.error(callParen, "unexpected parentheses. If you are making a function call, do not insert spaces between the function name and the opening parentheses. Syntax error before: '('");
            }
            throw this.unexpected(t);
          }
          if (clauses.length > 0) clauses[clauses.length - 1].body.push(items[0]);
          else exprs.push(items[0]);
          t = this.peek();
          if (t.type === 'eol' || t.type === ';' || ends.includes(t.type)) continue;
          throw this.unexpected(t);
        }
      }
      const arrow = this.next();
      if (exprs.length > 0) throw this.error(arrow, `syntax error before: '->'`);
      // A clause needs a body before the next one starts, and a head cannot hold a do block.
      if (clauses.length > 0 && clauses[clauses.length - 1].body.length === 0) throw this.unexpected(arrow);
      if (!parenHead && head.some((h) => this.classes.get(h as object)?.kind === 'block')) throw this.unexpected(arrow);
      clauses.push({ head, arrow, body: [] });
      t = this.peek();
      if (!(t.type === 'eol' || t.type === ';' || ends.includes(t.type))) {
        clauses[clauses.length - 1].body.push(this.expr(STMT));
        t = this.peek();
        if (!(t.type === 'eol' || t.type === ';' || this.isOp(t, '->') || ends.includes(t.type))) throw this.unexpected(t);
        if (this.isOp(t, '->')) throw this.unexpected(t);
      }
    }
    if (clauses.length === 0) return { exprs };
    return {
      stab: clauses.map((c) =>
        call(atom('->'), meta(c.arrow), list([list(c.head), c.body.length === 0 ? NIL : block(c.body)])),
      ),
    };
  }

  /** At `(`: does its matching `)` come before `->` or `when` (a parenthesized clause head)? */
  private parenHead(): boolean {
    let depth = 0;
    for (let i = this.pos; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      if (t.type === '(' || t.type === '[' || t.type === '{' || t.type === '<<' || t.type === 'do' || t.type === 'fn') depth++;
      else if (t.type === ')' || t.type === ']' || t.type === '}' || t.type === '>>' || t.type === 'end') {
        depth--;
        if (depth === 0) {
          const n = this.tokens[i + 1];
          return n !== undefined && n.type === 'op' && (n.value === '->' || n.value === 'when');
        }
      }
    }
    return false;
  }

  // -- expressions ---------------------------------------------------------------------------

  private expr(ctx: Ctx): Term {
    return this.binary(0, ctx);
  }

  private binary(minPrec: number, ctx: Ctx): Term {
    const start = this.peek();
    this.enter(start);
    const left = this.binaryRest(this.unary(ctx), minPrec, ctx);
    this.depth--;
    return left;
  }

  /** The binary operators (of precedence minPrec or more) that follow `left`. */
  private binaryRest(left: Term, minPrec: number, ctx: Ctx): Term {
    for (;;) {
      const t = this.peek();
      if (t.type !== 'op') break;
      const op = String(t.value);
      const kind = OP_KIND[op];
      const prec = BINARY_PREC[kind];
      if (prec === undefined || prec < minPrec) break;
      // `=>` ends an expression: map entries (mapEntries) split on it, and a stray one is
      // reported by whoever meets it.
      if (op === '=>') break;
      this.next();
      this.skipEol();
      const right = this.binary(RIGHT_ASSOC.has(kind) ? prec : prec + 1, ctx);
      left = this.inherit(this.binaryNode(t, op, left, right), left, right);
    }
    return left;
  }

  /**
   * A unary operator whose operand ends with a `do` block takes the operators that follow too:
   * `-if x do 1 end + 2` is `-(if(...) + 2)` (the grammar's `unmatched_expr -> unary_op expr`).
   */
  private absorbAfterBlock(operand: Term, ctx: Ctx): Term {
    return this.pos === this.blockEnd ? this.binaryRest(operand, 0, ctx) : operand;
  }

  private binaryNode(t: Token, op: string, left: Term, right: Term): Term {
    if (op === '//') {
      if (isCall(left, atom('..')) && listItems(left[2]).length === 2) {
        const [a, b] = listItems(left[2]);
        return call(atom('..//'), left[1], list([a, b, right]));
      }
      throw this.error(t, 'the range step operator (//) must immediately follow the range definition operator (..), for example: 1..9//2. If you wanted to define a default argument, use (\\\\) instead. Syntax error before: \'//\'');
    }
    if (op === 'not in') {
      return call(NOT, meta(t), list([call(atom('in'), meta(t), list([left, right]))]));
    }
    if (op === 'in' && Array.isArray(left) && left.length === 3 && (left[0] === NOT || left[0] === BANG) && isSingleton(left[2])) {
      // `not x in y` is read as `not(x in y)` (deprecated, but still accepted).
      const m = meta(t);
      return call(left[0], m, list([call(atom('in'), m, list([(left[2] as Cons).head, right]))]));
    }
    return call(atom(op), meta(t), list([left, right]));
  }

  private unary(ctx: Ctx): Term {
    const t = this.peek();
    if (t.type === 'op') {
      const op = String(t.value);
      if (op === '&' && this.peek(1).type === 'int' && !this.peek(1).sp) {
        this.next();
        const n = this.next();
        return this.postfix(call(atom('&'), meta(t), list([n.value as number])), ctx);
      }
      if (op === '@') {
        // at_op (320) binds tighter than `.` and `[` (310): `@foo.bar` is `(@foo).bar`.
        this.next();
        this.skipEol();
        const next = this.peek();
        if (next.type === 'op' && UNARY_PREC[String(next.value)] !== undefined) {
          const inner = this.absorbAfterBlock(this.unary(ctx), ctx);
          return this.inherit(call(atom('@'), meta(t), list([inner])), null, inner, t);
        }
        const operand = this.primary(ctx);
        if (this.pos === this.blockEnd) {
          const inner = this.absorbAfterBlock(operand, ctx);
          return this.inherit(call(atom('@'), meta(t), list([inner])), null, inner, t);
        }
        return this.postfix(this.inherit(call(atom('@'), meta(t), list([operand])), null, operand, t), ctx);
      }
      const prec = UNARY_PREC[op];
      if (prec !== undefined) {
        this.next();
        this.skipEol();
        const operand = this.absorbAfterBlock(this.binary(prec, ctx), ctx);
        return this.inherit(call(atom(op), meta(t), list([operand])), null, operand, t);
      }
      if (op === '..') {
        this.next();
        return call(atom('..'), meta(t), EMPTY_LIST);
      }
    }
    return this.postfix(this.primary(ctx), ctx);
  }

  private primary(ctx: Ctx): Term {
    const t = this.peek();
    switch (t.type) {
      case 'int':
      case 'char':
        this.next();
        return t.value as number | bigint;
      case 'float':
        this.next();
        return new Float(t.value as number);
      case 'true':
      case 'false':
      case 'nil':
        this.next();
        return atom(t.type);
      case 'atom':
        this.next();
        return atom(String(t.value));
      case 'atom_quoted':
        this.next();
        return this.quotedAtom(t, meta(t));
      case 'bin_string':
      case 'bin_heredoc':
        this.next();
        return this.binString(t);
      case 'list_string':
      case 'list_heredoc':
        this.next();
        return this.listString(t);
      case 'sigil':
        this.next();
        return this.sigil(t);
      case 'alias':
        this.next();
        return [ALIASES, meta(t), list([atom(String(t.value))])];
      case 'ident':
        return this.identifier(ctx);
      case '(':
        return this.parens(this.tokens[this.pos - 1]?.type === 'ident' && t.sp);
      case '[':
        return this.listLiteral();
      case '{':
        return this.tuple();
      case '%{}':
        return this.map();
      case '%':
        return this.struct();
      case '<<':
        return this.bitstring();
      case 'fn':
        return this.fn();
      case 'kw':
      case 'kw_quoted': {
        // Outside call arguments and containers, a keyword list only follows `|` (`%{m | a: 1}`)
        // and `when` (`@spec f(a) :: a when a: term`), or opens an access (`x[a: 1]`).
        let back = this.pos - 1;
        while (back > 0 && this.tokens[back].type === 'eol') back--;
        const prev = this.tokens[back];
        const afterBar = prev !== undefined && prev.type === 'op' && prev.value === '|';
        if (prev === undefined || !((afterBar && this.inMapUpdate(back)) || (prev.type === 'op' && prev.value === 'when') || prev.type === '[')) {
          throw this.keyNotHere(t);
        }
        return this.keywordList(ctx);
      }
      default:
        throw this.unexpected(t);
    }
  }

  private postfix(left: Term, ctx: Ctx): Term {
    for (;;) {
      const t = this.peek();
      // A call with a do block cannot be the target of a dot or an access: `if x do 1 end.foo`.
      if (this.pos === this.blockEnd && (t.type === '.' || (t.type === '[' && !t.sp))) throw this.unexpected(t);
      if (t.type === '.') {
        left = this.dot(left, ctx);
      } else if (t.type === '[' && !t.sp) {
        this.next();
        this.skipEol();
        const key = this.container(this.expr(CONTAINER));
        this.skipEol();
        this.expect(']');
        const m = meta(t);
        left = call(call(DOT, m, list([atom('Elixir.Access'), atom('get')])), m, list([left, key]));
      } else {
        return left;
      }
    }
  }

  private dot(left: Term, ctx: Ctx): Term {
    const dot = this.next();
    this.skipEol();
    const t = this.peek();
    const dm = meta(dot);
    switch (t.type) {
      case 'alias': {
        this.next();
        const name = atom(String(t.value));
        if (isCall(left, ALIASES)) return [ALIASES, left[1], list([...listItems(left[2]), name])];
        return [ALIASES, dm, list([left, name])];
      }
      case '(': {
        const args = this.callArgs();
        const withDo = this.peek().type === 'do' && !ctx.noDo;
        return this.classify(this.maybeDo(call(call(DOT, dm, list([left])), dm, list(args)), args, ctx), args, dot, withDo, false);
      }
      case '{': {
        this.next();
        this.skipEol();
        const items = this.sequence('}', CONTAINER);
        return call(call(DOT, dm, list([left, atom('{}')])), dm, list(items));
      }
      case 'ident':
      case 'op':
      case 'do': case 'end': case 'fn': case 'else': case 'catch': case 'rescue': case 'after':
      case 'true': case 'false': case 'nil': {
        this.next();
        const name = t.type === 'ident' || t.type === 'op' ? String(t.value) : t.type;
        return this.callRest(call(DOT, dm, list([left, atom(name)])), t, ctx, true);
      }
      case 'bin_string':
      case 'list_string': {
        this.next();
        const name = (t.parts ?? []).join('');
        return this.callRest(call(DOT, dm, list([left, atom(name)])), t, ctx, true);
      }
      default:
        throw this.unexpected(t);
    }
  }

  /**
   * After a call name (`foo` or `Mod.foo`): parenthesized arguments, no-parens arguments, or
   * none; then an optional `do` block.
   */
  private callRest(target: Term, nameTok: Token, ctx: Ctx, remote: boolean): Term {
    const n = this.peek();
    if (n.type === '(' && !n.sp) {
      let args = this.callArgs();
      let node = call(target, meta(nameTok), list(args));
      if (this.peek().type === '(' && !this.peek().sp) {
        // `unquote(name)(args)`: a call whose target is itself a call.
        args = this.callArgs();
        node = call(node, meta(nameTok), list(args));
      }
      const withDo = this.peek().type === 'do' && !ctx.noDo;
      return this.classify(this.maybeDo(node, args, ctx), args, nameTok, withDo, false);
    }
    if (this.startsNoParensArg(n)) {
      const ambiguous = n.type === 'op' && (n.value === '-' || n.value === '+');
      const args = this.noParensArgs(nameTok, ctx);
      const withDo = this.peek().type === 'do' && !ctx.noDo;
      const m = ambiguous && !remote && args.length === 1 && !withDo ? meta(nameTok, ['ambiguous_op', NIL]) : meta(nameTok);
      return this.classify(this.maybeDo(call(target, m, list(args)), args, ctx), args, nameTok, withDo, true);
    }
    if (n.type === 'do' && !ctx.noDo) {
      if (n.nl === true) throw this.unexpected(n);
      return this.classify(call(target, meta(nameTok), list([this.doBlock()])), [], nameTok, true, false);
    }
    if (remote) return call(target, meta(nameTok, ['no_parens', TRUE]), EMPTY_LIST);
    return call(target, meta(nameTok), NIL);
  }

  private maybeDo(node: Term, args: Term[], ctx: Ctx): Term {
    if (this.peek().type !== 'do' || ctx.noDo) return node;
    const [target, m] = node as Term[];
    return call(target, m, list([...args, this.doBlock()]));
  }

  private identifier(ctx: Ctx): Term {
    const t = this.next();
    const name = String(t.value);
    const node = this.callRest(atom(name), t, ctx, false);
    return node;
  }

  /** Can `t`, after a name and a space, start the first argument of a no-parens call? */
  private startsNoParensArg(t: Token): boolean {
    // Only `(`, `[` and the signs care about the space: `foo"x"` and `foo%{}` are calls too.
    if (!t.sp && (t.type === '(' || t.type === '[' || (t.type === 'op' && (t.value === '-' || t.value === '+')))) {
      return false;
    }
    switch (t.type) {
      case 'int': case 'float': case 'char': case 'atom': case 'atom_quoted': case 'kw': case 'kw_quoted':
      case 'ident': case 'alias': case 'bin_string': case 'list_string': case 'bin_heredoc': case 'list_heredoc':
      case 'sigil': case 'true': case 'false': case 'nil': case '(': case '[': case '{': case '%{}': case '%':
      case '<<': case 'fn':
        return true;
      case 'op': {
        const v = String(t.value);
        if (v === '-' || v === '+') {
          // `foo -1` is a call, `foo - 1` and `foo -(1)` are not: elixir_tokenizer's
          // handle_space_sensitive_tokens, which excludes a sign glued to a container, an operator
          // or an atom.
          const n = this.peek(1);
          if (n.sp || n.type === 'eol' || n.type === 'eof') return false;
          if (n.type === '(' || n.type === '[' || n.type === '{' || n.type === '<<' || n.type === '%{}' || n.type === '%' ||
            n.type === 'atom' || n.type === 'atom_quoted') return false;
          return !(n.type === 'op' && /^[+\-/><:]/.test(String(n.value)));
        }
        return v === '!' || v === '^' || v === 'not' || v === '~~~' || v === '&' || v === '@';
      }
      default:
        return false;
    }
  }

  /**
   * The arguments of a call without parentheses. Its first argument is read greedily, so that in
   * `foo bar 1, 2` the comma goes to `bar` (the grammar's "ambiguous" call, which is then only
   * legal at statement level or before a `do` block: see `container`). As a later argument of
   * another such call (`foo a, bar b, c`) a comma is an error.
   */
  private noParensArgs(nameTok: Token, ctx: Ctx): Term[] {
    const args: Term[] = [];
    // Keyword values may take several arguments themselves (`foo a, b: bar 1, 2`).
    const kwCtx: Ctx = { noDo: true, mode: ctx.mode === 'args' ? 'stmt' : ctx.mode };
    if (this.peek().type === 'kw' || this.peek().type === 'kw_quoted') {
      args.push(this.keywordList(kwCtx));
      this.afterNoParensKeywords();
    } else {
      const first = this.expr({ noDo: true, mode: ctx.mode === 'container' ? 'container' : 'stmt' });
      args.push(first);
      // A first argument that took commas itself stopped at a keyword list: nothing may follow.
      if (this.peek().type === ',' && this.classes.get(first as object)?.kind === 'no_parens') {
        throw this.unexpected(this.peek(1));
      }
      while (this.peek().type === ',') {
        this.next();
        this.skipEol();
        if (this.peek().type === 'kw' || this.peek().type === 'kw_quoted') {
          args.push(this.keywordList(kwCtx));
          this.afterNoParensKeywords();
          break;
        }
        args.push(this.expr({ noDo: true, mode: 'args' }));
      }
    }
    // As a later argument of another call, several arguments are only fine before a do block.
    if (ctx.mode === 'args' && !(this.peek().type === 'do' && !ctx.noDo)) {
      if (args.length > 1) throw this.nestedComma(nameTok);
      const inner = this.classes.get(args[0] as object);
      if (inner?.kind === 'no_parens') throw this.nestedComma(inner.at);
    }
    return args;
  }

  /**
   * A comma after the keywords ending a call without parentheses (call_args_no_parens_kw) must
   * be followed by another key: at the end of input more may come (`import Foo, only: [a: 1],`
   * continues on the next line in the shell), and an expression there is a keyword not last.
   */
  private afterNoParensKeywords(): void {
    if (this.peek().type !== ',') return;
    const next = this.peek(1);
    if (next.type === 'eof') throw this.unexpected(next);
    const startsExpr = next.type === 'op' ? UNARY_PREC[String(next.value)] !== undefined || next.value === '...'
      : !['do', 'end', 'else', 'after', 'catch', 'rescue', ')', ']', '}', '>>', ',', ';', '.', 'eol'].includes(next.type);
    this.next();
    if (startsExpr) throw this.keywordNotLast(next, true);
    throw this.unexpected(next);
  }

  /**
   * An element of a list, tuple, map, binary or keyword list in one: a call without parentheses
   * taking several arguments is ambiguous there (`[foo 1, 2]`), unless a `do` block closes it.
   */
  private container(t: Term, inMap = false): Term {
    const c = this.classes.get(t as object);
    // In a map entry, a unary operator makes such a call unambiguous (`%{a => -foo 1, 2}`):
    // the grammar's `unmatched_expr -> unary_op expr` in `assoc_expr`.
    if (inMap && isUnaryNode(t)) return t;
    if (c !== undefined && c.kind === 'no_parens') {
      if (this.isOp(this.peek(), '=>')) throw this.unexpected(this.peek());
      // Elixir blames the element itself: in `[a < b c, d]` that is the `<`, not the call `b`.
      throw this.ambiguousComma(metaPos(t) ?? c.at);
    }
    return t;
  }

  /** Records the grammar class of a call node built from a no-parens or do-block call. */
  private classify(node: Term, args: Term[], nameTok: Token, withDo: boolean, noParens: boolean): Term {
    if (withDo) this.classes.set(node as object, { kind: 'block', at: nameTok });
    else if (noParens && args.length > 1) this.classes.set(node as object, { kind: 'no_parens', at: nameTok });
    else if (noParens) {
      for (const a of args) {
        const inner = this.classes.get(a as object);
        if (inner?.kind === 'no_parens') {
          this.classes.set(node as object, inner);
          break;
        }
      }
    }
    return node;
  }

  /** An operator node takes the class of its operands (`x = foo a, b` is still ambiguous). */
  private inherit(node: Term, left: Term | null, right: Term, unaryOp?: Token): Term {
    const l = left === null ? undefined : this.classes.get(left as object);
    const r = this.classes.get(right as object);
    if (l?.kind === 'block') this.classes.set(node as object, l);
    // An ambiguity under a unary operator is blamed on the operator, as Elixir does.
    else if (r !== undefined) this.classes.set(node as object, unaryOp !== undefined && r.kind === 'no_parens' ? { kind: r.kind, at: unaryOp } : r);
    return node;
  }

  private nestedComma(at: Token): ElixirSyntaxError {
    return this.error(at,
      'unexpected comma. Parentheses are required to solve ambiguity in nested calls.\n\n' +
      'This error happens when you have nested function calls without parentheses. For example:\n\n    one a, two b, c, d\n\n' +
      'In the example above, we don\'t know if the parameters "c" and "d" apply to the function "one" or "two". You can solve this by explicitly adding parentheses:\n\n' +
      '    one a, two(b, c, d)\n\nOr by adding commas (in case a nested call is not intended):\n\n    one, a, two, b, c, d\n\n' +
      'Elixir cannot compile otherwise. Syntax error before: \',\'');
  }

  private ambiguousComma(at: { line: number; col: number }): ElixirSyntaxError {
    return this.error(at,
      'unexpected comma. Parentheses are required to solve ambiguity inside containers.\n\n' +
      'This error may happen when you forget a comma in a list or other container:\n\n    [a, b c, d]\n\n' +
      'Or when you have ambiguous calls:\n\n    [one, two three, four, five]\n\n' +
      'In the example above, we don\'t know if the parameters "four" and "five" belongs to the list or the function "two". You can solve this by explicitly adding parentheses:\n\n' +
      '    [one, two(three, four), five]\n\nElixir cannot compile otherwise. Syntax error before: \',\'');
  }

  /** `(args)` of a call, from the `(`. A keyword tail becomes one list argument. */
  private callArgs(): Term[] {
    this.next();
    this.skipEol();
    if (this.peek().type === ')') {
      this.next();
      return [];
    }
    const args: Term[] = [];
    let first = true;
    for (;;) {
      const t = this.peek();
      if (t.type === 'kw' || t.type === 'kw_quoted') {
        args.push(this.container(this.keywordList(CONTAINER)));
        if (this.peek().type === ',') {
          this.next();
          this.skipEol();
          if (this.peek().type === ',') throw this.unexpected(this.peek());
          if (this.peek().type !== ')') throw this.keywordNotLast(this.peek(), true);
        }
        break;
      }
      const arg = this.expr(first ? STMT : { noDo: false, mode: 'args' });
      args.push(arg);
      first = false;
      // `foo(bar 1, a: 2, 3)`: the inner call took the commas up to its keywords; nothing may follow.
      if (this.peek().type === ',' && this.classes.get(arg as object)?.kind === 'no_parens') {
        this.next();
        throw this.keywordNotLast(this.peek(), true);
      }
      // A newline ends the argument: only `)` may follow it (`foo(1\n, 2)` is an error, as the
      // grammar has eol before a closing delimiter and after a comma, never before a comma).
      if (this.peek().type === ',') {
        this.next();
        this.skipEol();
        if (this.peek().type === ')') throw this.unexpected(this.peek());
        continue;
      }
      break;
    }
    this.skipEol();
    this.expect(')');
    return args;
  }

  /** The token to blame after a keyword list: the comma of `[a: 1\n, b: 2]`, else the next one. */
  private afterEolComma(): Token {
    let k = 0;
    while (this.peek(k).type === 'eol') k++;
    return k > 0 && this.peek(k).type === ',' ? this.peek(k) : this.peek();
  }

  private keywordNotLast(t: Token, inCall = false): ElixirSyntaxError {
    const prev = this.tokens[this.pos - 1];
    const at = prev !== undefined && prev.type === ',' ? prev : t;
    if (inCall) {
      return this.error(at,
        'unexpected expression after keyword list. Keyword lists must always come as the last argument. Therefore, this is not allowed:\n\n' +
        '    function_call(1, some: :option, 2)\n\nInstead, wrap the keyword in brackets:\n\n    function_call(1, [some: :option], 2)\n\n' +
        'Syntax error after: \',\'');
    }
    return this.error(at,
      'unexpected expression after keyword list. Keyword lists must always come last in lists and maps. Therefore, this is not allowed:\n\n' +
      '    [some: :value, :another]\n    %{some: :value, another => value}\n\n' +
      'Instead, reorder it to be the last entry:\n\n    [:another, some: :value]\n    %{another => value, some: :value}\n\n' +
      'Syntax error after: \',\'');
  }

  /** `a: 1, b: 2` as a list of pairs; stops before a token that is not a key after a comma. */
  private keywordList(ctx: Ctx): Term {
    const pairs = this.keywordPairs(ctx);
    const kw = list(pairs);
    for (const p of pairs) {
      const c = this.classes.get((p as Term[])[1] as object);
      if (c?.kind === 'no_parens') {
        this.classes.set(kw as object, c);
        break;
      }
    }
    return kw;
  }

  private keywordPairs(ctx: Ctx): Term[] {
    const pairs: Term[] = [];
    for (;;) {
      const k = this.next();
      const key = k.type === 'kw' ? atom(String(k.value)) : this.quotedAtom(k, meta(k));
      this.skipEol();
      const value = this.expr({ noDo: ctx.noDo, mode: ctx.mode });
      pairs.push([key, value]);
      const n = this.peek();
      if (n.type === ',' && (this.peek(1).type === 'kw' || this.peek(1).type === 'kw_quoted' ||
        (this.peek(1).type === 'eol' && (this.peek(2).type === 'kw' || this.peek(2).type === 'kw_quoted')))) {
        this.next();
        this.skipEol();
        continue;
      }
      return pairs;
    }
  }

  /** Comma-separated items up to `close` (consumed), a keyword tail flattened into pairs. */
  private sequence(close: TokenType, ctx: Ctx, kwAsList = false, kwFirst = true): Term[] {
    const items: Term[] = [];
    for (;;) {
      this.skipEol();
      const t = this.peek();
      if (t.type === close) break;
      if (t.type === 'kw' || t.type === 'kw_quoted') {
        // Tuples and binaries cannot start with a keyword list: `{a: 1}` is an error.
        if (!kwFirst && items.length === 0) {
          throw this.keyNotHere(t);
        }
        const pairs = this.keywordPairs(ctx);
        for (const p of pairs) this.container((p as Term[])[1]);
        if (kwAsList) items.push(list(pairs));
        else items.push(...pairs);
        if (this.peek().type === ',') {
          this.next();
          this.skipEol();
        }
        if (this.peek().type !== close) {
          if (this.tokens[this.pos - 1].type !== ',') throw this.unexpected(this.afterEolComma());
          // `[a: 1,, b: 2]`: the doubled comma is the error, not what follows it.
          if (this.peek().type === ',') throw this.unexpected(this.peek());
          throw this.keywordNotLast(this.peek());
        }
        break;
      }
      items.push(this.container(this.expr(ctx)));
      // `[1, 2\n, 3]` is an error: the newline ends the item, and only the closing delimiter
      // may follow it.
      if (this.peek().type === ',') {
        this.next();
        continue;
      }
      break;
    }
    this.skipEol();
    this.expect(close);
    return items;
  }

  // -- containers ----------------------------------------------------------------------------

  /** `( ... )`; `callParen` when it follows a call name and a space (`foo (1)`). */
  private parens(callParen = false): Term {
    const open = this.next();
    const body = this.stabOrBlock([')'], callParen ? open : undefined);
    this.expect(')');
    if ('stab' in body) return list(body.stab);
    if (body.exprs.length === 0) return [BLOCK, EMPTY_LIST, EMPTY_LIST];
    const only = body.exprs.length === 1 ? body.exprs[0] : undefined;
    if (only !== undefined && isCall(only, BLOCK)) {
      // `((a; b))`: the outer parentheses add their position to the inner block's.
      return [BLOCK, list([...listItems(only[1]), ...listItems(meta(open))]), only[2]];
    }
    const result = block(body.exprs, meta(open));
    // Parentheses make any expression a plain one again: `[(foo a, b)]` is fine.
    this.classes.delete(result as object);
    return result;
  }

  private listLiteral(): Term {
    this.next();
    return list(this.sequence(']', CONTAINER));
  }

  private tuple(): Term {
    const open = this.next();
    const items = this.sequence('}', CONTAINER, true, false);
    if (items.length === 2) return [items[0], items[1]];
    return call(atom('{}'), meta(open), list(items));
  }

  /**
   * Is the `|` at token `bar` the one of a map update (`%{m | a: 1}`): in the first entry of a
   * map, outside any bracket? Keywords follow `|` nowhere else (`[h | a: 1]` is an error).
   */
  private inMapUpdate(bar: number): boolean {
    if (this.updateEntryStart < 0) return false;
    let depth = 0;
    for (let i = this.updateEntryStart; i < bar; i++) {
      const t = this.tokens[i].type;
      if (t === '(' || t === '[' || t === '{' || t === '<<' || t === 'do' || t === 'fn') depth++;
      else if (t === ')' || t === ']' || t === '}' || t === '>>' || t === 'end') depth--;
    }
    return depth === 0;
  }

  /**
   * The entries of `%{...}`. `=>` binds loosest of all inside a map (`%{a :: b => c | d}` is
   * one pair), and a first entry `base | ...` makes it an update: `%{m | a => 1}`, `%{m | a: 1}`.
   */
  private mapEntries(close: TokenType): Term[] {
    const items: Term[] = [];
    let update: { m: Meta; base: Term } | null = null;
    for (;;) {
      this.skipEol();
      const t = this.peek();
      if (t.type === close) break;
      if (t.type === 'kw' || t.type === 'kw_quoted') {
        const pairs = this.keywordPairs(CONTAINER);
        for (const p of pairs) this.container((p as Term[])[1]);
        items.push(...pairs);
        if (this.peek().type === ',') {
          this.next();
          this.skipEol();
        }
        if (this.peek().type !== close) {
          if (this.tokens[this.pos - 1].type !== ',') throw this.unexpected(this.afterEolComma());
          // `[a: 1,, b: 2]`: the doubled comma is the error, not what follows it.
          if (this.peek().type === ',') throw this.unexpected(this.peek());
          throw this.keywordNotLast(this.peek());
        }
        break;
      }
      const first = items.length === 0 && update === null;
      const outer = this.updateEntryStart;
      this.updateEntryStart = first ? this.pos : -1;
      let key: Term;
      try {
        key = this.expr(CONTAINER);
      } finally {
        this.updateEntryStart = outer;
      }
      if (this.isOp(this.peek(), '=>')) {
        this.container(key, true);
        this.next();
        this.skipEol();
        const value = this.container(this.expr(CONTAINER), true);
        if (first && isCall(key, PIPE)) {
          const [base, k] = listItems(key[2]);
          update = { m: key[1], base };
          items.push([k, value]);
        } else {
          items.push([key, value]);
        }
      } else if (first && isCall(key, PIPE)) {
        const [base, rest] = listItems(key[2]);
        update = { m: key[1], base };
        if (rest instanceof Cons) {
          for (const pair of listItems(rest)) {
            if (Array.isArray(pair) && pair.length === 2) this.container(pair[1]);
            items.push(pair);
          }
        } else {
          items.push(rest);
        }
      } else {
        this.container(key);
        if (!this.isBareMapEntry(key)) throw this.unexpected(this.peek());
        items.push(key);
      }
      if (this.peek().type === ',') {
        this.next();
        continue;
      }
      break;
    }
    this.skipEol();
    this.expect(close);
    return update === null ? items : [call(PIPE, update.m, list([update.base, list(items)]))];
  }

  /**
   * An entry without `=>` is only allowed when it is a name or a call (`%{foo}`, `%{foo()}`,
   * `%{a.b}`: the grammar's assoc_expr), which quoted code relies on; `%{1}` is an error.
   */
  private isBareMapEntry(t: Term): boolean {
    if (!Array.isArray(t) || t.length !== 3) return false;
    if (this.classes.has(t)) return false;
    const [name, , args] = t as Term[];
    if (Array.isArray(name)) {
      const target = listItems((name as Term[])[2])[0];
      return (name as Term[])[0] === DOT && target !== ACCESS;
    }
    return name instanceof Atom && !NOT_BARE_ENTRY.has(name.name) && !name.name.startsWith('sigil_') &&
      (args === NIL || args instanceof Cons || args === EMPTY_LIST);
  }

  private map(): Term {
    this.next();
    const open = this.expect('{');
    return call(atom('%{}'), meta(open), list(this.mapEntries('}')));
  }

  private struct(): Term {
    const pct = this.next();
    const name = this.structName();
    const open = this.expect('{');
    return call(atom('%'), meta(pct), list([name, call(atom('%{}'), meta(open), list(this.mapEntries('}')))]));
  }

  /**
   * What may name a struct between `%` and `{`: an alias, a variable, a call with parentheses,
   * a remote name, or one of these under `@` or another unary operator (`%@mod{}`, `%^m{}`).
   */
  private structName(): Term {
    const t = this.next();
    if (t.type === 'op' && (t.value === '@' || UNARY_PREC[String(t.value)] === 300)) {
      return call(atom(String(t.value)), meta(t), list([this.structName()]));
    }
    let name: Term;
    switch (t.type) {
      case 'alias':
        name = [ALIASES, meta(t), list([atom(String(t.value))])];
        break;
      case 'atom':
        name = atom(String(t.value));
        break;
      case 'atom_quoted':
        name = this.quotedAtom(t, meta(t));
        break;
      case 'ident':
        name = this.peek().type === '(' && !this.peek().sp
          ? call(atom(String(t.value)), meta(t), list(this.callArgs()))
          : call(atom(String(t.value)), meta(t), NIL);
        break;
      case '(':
      case '[':
        throw this.error(this.tokens[this.pos - 2], `expected %{ to define a map, got: %${t.type}`);
      default:
        // A literal reads as a name, then fails where Elixir fails: at the `{` (or at the end of
        // input, where more could come).
        if (t.type === 'eof' || t.type === 'eol' || t.type === '{') throw this.unexpected(t);
        this.pos--;
        this.primary(STMT);
        throw this.unexpected(this.peek());
    }
    while (this.peek().type === '.') {
      const dot = this.peek();
      const n = this.peek(1);
      if (n.type === 'alias') {
        this.pos += 2;
        const seg = atom(String(n.value));
        name = isCall(name, ALIASES) ? [ALIASES, name[1], list([...listItems(name[2]), seg])] : [ALIASES, meta(dot), list([name, seg])];
      } else if (n.type === 'ident') {
        this.pos += 2;
        const target = call(DOT, meta(dot), list([name, atom(String(n.value))]));
        name = this.peek().type === '(' && !this.peek().sp
          ? call(target, meta(n), list(this.callArgs()))
          : call(target, meta(n, ['no_parens', TRUE]), EMPTY_LIST);
      } else {
        break;
      }
    }
    return name;
  }

  private bitstring(): Term {
    const open = this.next();
    return call(BINARY_CONS, meta(open), list(this.sequence('>>', CONTAINER, true, false)));
  }

  private fn(): Term {
    const fnTok = this.next();
    this.skipEol();
    const body = this.stabOrBlock(['end']);
    this.expect('end');
    if (!('stab' in body)) throw this.error(fnTok, "expected anonymous functions to be defined with -> inside: 'fn'");
    return call(atom('fn'), meta(fnTok), list(body.stab));
  }

  /** `do ... end` with its `else`/`rescue`/`catch`/`after` sections, as a keyword list. */
  private doBlock(): Term {
    this.next();
    const ends: TokenType[] = ['end', 'else', 'after', 'rescue', 'catch'];
    const sections: Term[] = [];
    let name = 'do';
    for (;;) {
      const body = this.stabOrBlock(ends);
      sections.push([atom(name), 'stab' in body ? list(body.stab) : body.exprs.length === 0 ? [BLOCK, EMPTY_LIST, EMPTY_LIST] : block(body.exprs)]);
      const t = this.next();
      if (t.type === 'end') {
        this.blockEnd = this.pos;
        break;
      }
      if (!BLOCK_KEYWORDS.has(t.type)) throw this.unexpected(t);
      name = t.type;
    }
    return list(sections);
  }

  // -- strings ---------------------------------------------------------------------------------

  /** The parts of a string as `<<>>` arguments: text, and `Kernel.to_string(expr) :: binary`. */
  private binaryParts(parts: StringPart[]): Term[] {
    return parts.map((p) => {
      if (typeof p === 'string') return p;
      const m = meta(p);
      const expr = this.interpolation(p.tokens);
      return call(atom('::'), m, list([
        call(call(DOT, m, list([KERNEL, TO_STRING])), m, list([expr])),
        call(atom('binary'), m, NIL),
      ]));
    }).map((p) => (typeof p === 'string' ? binText(p) : p));
  }

  private interpolation(tokens: Token[]): Term {
    const sub = new Parser(tokens, this.file, this.lines, this.firstLine);
    sub.depth = this.depth;
    const exprs = sub.exprList(['eof']);
    if (exprs.length === 0) return [BLOCK, EMPTY_LIST, EMPTY_LIST];
    return block(exprs);
  }

  private isPlain(parts: StringPart[]): boolean {
    return parts.every((p) => typeof p === 'string');
  }

  private binString(t: Token): Term {
    const parts = t.parts ?? [];
    if (this.isPlain(parts)) return binText(parts.join(''));
    return call(BINARY_CONS, meta(t), list(this.binaryParts(parts)));
  }

  private listString(t: Token): Term {
    const parts = t.parts ?? [];
    if (this.isPlain(parts)) {
      const text = parts.join('');
      if (hasRawBytes(text)) {
        this.checkUtf8(text, t.type === 'list_heredoc');
        return charlist(new TextDecoder().decode((binText(text) as Bin).bytes));
      }
      return charlist(text);
    }
    const m = meta(t);
    const items = parts.map((p) => {
      if (typeof p === 'string') return binText(p);
      const pm = meta(p);
      return call(call(DOT, pm, list([KERNEL, TO_STRING])), pm, list([this.interpolation(p.tokens)]));
    });
    return call(call(DOT, m, list([atom('Elixir.List'), atom('to_charlist')])), m, list([list(items)]));
  }

  /**
   * A charlist literal is built with unicode:characters_to_list, so byte escapes must make UTF-8:
   * '\xC3\xA9' is 'é', '\xFF' raises UnicodeConversionError from inside Elixir's parser.
   */
  private checkUtf8(text: string, heredoc: boolean): void {
    const bytes = (binText(text) as Bin).bytes;
    const bad = utf8Problem(bytes);
    if (bad === null) return;
    const rest = Array.from(bytes.subarray(bad.at));
    const shown = rest.length > 50 ? rest.slice(0, 50).join(', ') + ', ...' : rest.join(', ');
    throw new ElixirSyntaxError('UnicodeConversionError', this.file, 0, 0,
      `${bad.incomplete ? 'incomplete' : 'invalid'} encoding starting at <<${shown}>>`, null, [
        '(elixir 1.14.0) src/elixir_utils.erl:132: :elixir_utils.conversion_error/3',
        '(elixir 1.14.0) lib/elixir/src/elixir_parser.yrl:977: :elixir_parser.build_list_string/2',
        heredoc ? '(elixir 1.14.0) lib/elixir/src/elixir_parser.yrl:277: :elixir_parser.yeccpars2_64/7'
          : '(elixir 1.14.0) lib/elixir/src/elixir_parser.yrl:275: :elixir_parser.yeccpars2_65/7',
        '(elixir 1.14.0) /usr/lib/erlang/lib/parsetools-2.3.2/include/yeccpre.hrl:57: :elixir_parser.yeccpars0/5',
      ]);
  }

  private quotedAtom(t: Token, m: Meta): Term {
    const parts = t.parts ?? [];
    if (this.isPlain(parts)) return atom(parts.join(''));
    return call(call(DOT, m, list([atom('erlang'), atom('binary_to_atom')])), m,
      list([call(BINARY_CONS, meta(t), list(this.binaryParts(parts))), atom('utf8')]));
  }

  private sigil(t: Token): Term {
    // An empty sigil still holds one empty string: `~w()` is sigil_w(<<"">>, []).
    const parts = t.parts !== undefined && t.parts.length > 0 ? t.parts : [''];
    const inner = t.indentation !== undefined ? meta(t, ['indentation', t.indentation]) : meta(t);
    const content = call(BINARY_CONS, inner, list(this.binaryParts(parts)));
    return call(atom('sigil_' + t.sigil), meta(t, ['delimiter', binText(t.delimiter ?? '')]),
      list([content, charlist(t.modifiers ?? '')]));
  }
}

const UNARY_NAMES = new Set(['-', '+', '!', '^', 'not', '~~~', '@', '&']);

function isUnaryNode(t: Term): boolean {
  return Array.isArray(t) && t.length === 3 && t[0] instanceof Atom && UNARY_NAMES.has(t[0].name) && isSingleton(t[2]);
}

function binText(s: string): Term {
  if (!hasRawBytes(s)) return Bin.fromString(s);
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c >= RAW_BYTE + 0x80 && c <= RAW_BYTE + 0xff) bytes.push(c - RAW_BYTE);
    else bytes.push(...encoder.encode(ch));
  }
  return Bin.fromBytes(Uint8Array.from(bytes));
}

/**
 * Where UTF-8 decoding fails as unicode:characters_to_list sees it: `incomplete` when the bytes
 * end inside a sequence that was valid so far, else invalid (a bad lead or continuation byte,
 * an overlong form, a surrogate or a code point beyond U+10FFFF). Null when it all decodes.
 */
function utf8Problem(b: Uint8Array): { at: number; incomplete: boolean } | null {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n === 0) return { at: i, incomplete: false };
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < n; k++) {
      if (i + k >= b.length) return { at: i, incomplete: true };
      const d = b[i + k];
      if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return { at: i, incomplete: false };
    }
    i += n;
  }
  return null;
}

/** The line and column in a node's metadata, if it has them. */
function metaPos(t: Term): { line: number; col: number } | null {
  if (!Array.isArray(t) || t.length !== 3) return null;
  let line: number | null = null;
  let col: number | null = null;
  for (const pair of listItems(t[1])) {
    if (!Array.isArray(pair) || pair.length !== 2) continue;
    if (pair[0] === LINE && typeof pair[1] === 'number') line = pair[1];
    if (pair[0] === COLUMN && typeof pair[1] === 'number') col = pair[1];
  }
  return line !== null && col !== null ? { line, col } : null;
}

function hasRawBytes(s: string): boolean {
  // RAW_BYTE placeholders are astral, so they show up as a high surrogate of U+DBFF.
  return s.includes('\udbff');
}

function listItems(l: Term): Term[] {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  return out;
}

/** How Erlang writes an atom: bare when it is a plain lowercase word, else in single quotes. */
function erlAtom(name: string): string {
  return /^[a-z][a-zA-Z0-9_@]*$/.test(name) ? name : `'${name}'`;
}
