// inspect/2 as Elixir 1.14 writes it: each term becomes an algebra document the way the
// Inspect protocol implementations in elixir/lib/inspect.ex build it (container_doc with
// flex breaks for tuples and simple lists, strict breaks for keywords and maps, the limit
// decremented per element), and ./algebra.ts lays it out. Atoms quote and escape as
// Macro.inspect_atom/2 does, floats print as io_lib_format:fwrite_g/1.
//
//   Kernel.inspect(x)      inspect(x)                      one line (width :infinity)
//   IO.inspect(x)          ioInspect(x)                    width 80
//   IEx results            inspect(x, { pretty: true })    width 80
import {
  Atom,
  Bin,
  BitString,
  Cons,
  EMPTY_LIST,
  Float,
  Fun,
  NIL,
  Pid,
  Ref,
  atom,
  list,
  type Term,
} from './types.ts';
import { MapTerm } from './map.ts';
import {
  concat,
  concatAll,
  DOC_NIL,
  flexGlue,
  foldDoc,
  format,
  glue,
  group,
  isSimple,
  nest,
  type Doc,
} from './algebra.ts';
import { formatFloat } from './float.ts';

export interface InspectOptions {
  /** Items shown in a collection before `...` (default 50; Infinity for no limit). */
  limit?: number;
  /** Characters shown of a string or charlist before `<> ...` / `++ ...` (default 4096). */
  printableLimit?: number;
  /** Line width (default 80): inspect() uses it only when pretty, ioInspect() always. */
  width?: number;
  pretty?: boolean;
  charlists?: 'infer' | 'as_lists' | 'as_charlists';
  binaries?: 'infer' | 'as_strings' | 'as_binaries';
  /** false: print structs as the maps they are. */
  structs?: boolean;
  base?: 'decimal' | 'binary' | 'octal' | 'hex';
  /**
   * The fields of a struct module in definition order (what `%Mod{}` prints), or null when the
   * module defines no struct (the term then prints as a map). undefined: unknown, so the fields
   * print sorted.
   */
  structFieldOrder?: (module: Atom) => readonly Atom[] | null | undefined;
  /** Kept for custom inspect implementations; the built-in ones ignore it. */
  customOptions?: ReadonlyMap<string, Term>;
  /**
   * What a user's `defimpl Inspect` made of each struct inside the term (keyed by the struct
   * itself): the natives cannot call that code, so it runs first and its text is spliced in.
   */
  customDocs?: ReadonlyMap<Term, Doc>;
}

/** Options after defaults: what each to_doc step sees (limit shrinks as containers nest). */
export interface Opts {
  readonly limit: number;
  readonly printableLimit: number;
  readonly width: number;
  readonly charlists: 'infer' | 'as_lists' | 'as_charlists';
  readonly binaries: 'infer' | 'as_strings' | 'as_binaries';
  readonly structs: boolean;
  readonly base: 'decimal' | 'binary' | 'octal' | 'hex';
  readonly structFieldOrder: ((module: Atom) => readonly Atom[] | null | undefined) | undefined;
  readonly customDocs: ReadonlyMap<Term, Doc> | undefined;
}

/**
 * kernel: Kernel.inspect/2, which lays out at the width only when pretty (else on one line);
 * io: IO.inspect/2, which always lays out at the width.
 */
export function resolveOptions(o: InspectOptions = {}, mode: 'kernel' | 'io' = 'kernel'): Opts {
  return {
    limit: o.limit ?? 50,
    printableLimit: o.printableLimit ?? 4096,
    width: mode === 'io' || o.pretty ? (o.width ?? 80) : Infinity,
    charlists: o.charlists ?? 'infer',
    binaries: o.binaries ?? 'infer',
    structs: o.structs ?? true,
    base: o.base ?? 'decimal',
    structFieldOrder: o.structFieldOrder,
    customDocs: o.customDocs,
  };
}

/** The text of a term as Kernel.inspect/2 gives it (one line unless pretty: true). */
export function inspect(term: Term, options: InspectOptions = {}): string {
  const opts = resolveOptions(options, 'kernel');
  return format(group(toDoc(term, opts)), opts.width);
}

/** The text IO.inspect/2 prints (without its newline): laid out at width 80 by default. */
export function ioInspect(term: Term, options: InspectOptions = {}): string {
  const opts = resolveOptions(options, 'io');
  return format(group(toDoc(term, opts)), opts.width);
}

// ---------------------------------------------------------------------------------------------
// Terms to documents

const A_STRUCT = atom('__struct__');
const A_EXCEPTION = atom('__exception__');
const A_RANGE = atom('Elixir.Range');
const A_MAPSET = atom('Elixir.MapSet');
const A_FIRST = atom('first');
const A_LAST = atom('last');
const A_STEP = atom('step');
const A_MAP = atom('map');
const A_REGEX = atom('Elixir.Regex');
const A_DATE = atom('Elixir.Date');
const A_TIME = atom('Elixir.Time');
const A_NAIVE = atom('Elixir.NaiveDateTime');
const A_DATETIME = atom('Elixir.DateTime');
const A_ISO = atom('Elixir.Calendar.ISO');
const A_URI = atom('Elixir.URI');
const A_AUTHORITY = atom('authority');

function decrement(limit: number): number {
  return limit === Infinity ? limit : limit - 1;
}

export function toDoc(term: Term, opts: Opts): Doc {
  if (typeof term === 'number' || typeof term === 'bigint') return inspectInteger(term, opts.base);
  if (term instanceof Atom) return inspectAtom(term);
  if (term instanceof Float) return formatFloat(term.value);
  if (term instanceof Bin) return inspectBinary(term, opts);
  if (term instanceof BitString) return inspectBitstring(term.bytes, opts, term.tailBits);
  if (term === EMPTY_LIST) return '[]';
  if (term instanceof Cons) return inspectList(term, opts);
  if (Array.isArray(term)) return containerDoc('{', term, '}', opts, toDoc, ',', 'flex');
  if (term instanceof MapTerm) return inspectMapOrStruct(term, opts);
  if (term instanceof Pid) return `#PID<0.${term.id}.${term.serial}>`;
  if (term instanceof Ref) return inspectRef(term);
  if (term instanceof Fun) return inspectFun(term);
  throw new TypeError('not a term: ' + String(term));
}

type ToDoc<T> = (item: T, opts: Opts) => Doc;

/**
 * Inspect.Algebra.container_doc/6. `items` may end in an improper tail (for lists), given as
 * `tail`. break: 'maybe' lays out with flex breaks when every element is plain text.
 */
function containerDoc<T>(
  left: Doc,
  items: readonly T[],
  right: Doc,
  opts: Opts,
  fun: ToDoc<T>,
  separator: string,
  breakMode: 'maybe' | 'flex' | 'strict',
  tail?: { term: Term; fun: ToDoc<Term> },
): Doc {
  if (items.length === 0 && tail === undefined) return concat(left, right);
  const docs: Doc[] = [];
  let simple = breakMode === 'maybe';
  let limit = opts.limit;
  let i = 0;
  for (; i < items.length; i++) {
    if (limit === 0) break;
    limit = decrement(limit);
    const inner = limit === opts.limit ? opts : { ...opts, limit };
    const isLast = i === items.length - 1;
    if (isLast && tail !== undefined) {
      const l = fun(items[i], inner);
      const r = tail.fun(tail.term, inner);
      simple = simple && isSimple(l) && isSimple(r);
      docs.push(join(l, r, simple, ' |'));
      break;
    }
    const doc = fun(items[i], inner);
    simple = simple && isSimple(doc);
    docs.push(doc);
  }
  if (i < items.length && limit === 0) docs.push('...');
  const flex = simple || breakMode === 'flex';
  const body = foldDoc(docs, (d, acc) => join(d, acc, flex, separator));
  if (flex) return group(concat(concat(left, nest(body, 1)), right));
  return group(glue(nest(glue(left, body, ''), 2), right, ''));
}

function join(left: Doc, right: Doc, flex: boolean, sep: string): Doc {
  if (left === DOC_NIL) return right;
  if (right === DOC_NIL) return left;
  return flex ? flexGlue(concat(left, sep), right) : glue(concat(left, sep), right);
}

// Integers --------------------------------------------------------------------------------------

const BASES = { binary: [2, '0b'], octal: [8, '0o'], decimal: [10, ''], hex: [16, '0x'] } as const;

function inspectInteger(n: number | bigint, base: Opts['base']): string {
  const [radix, prefix] = BASES[base];
  const text = n.toString(radix).toUpperCase();
  if (prefix === '') return text;
  return text.startsWith('-') ? '-' + prefix + text.slice(1) : prefix + text;
}

// Atoms -----------------------------------------------------------------------------------------

// Operators print bare as atoms (`:+`) and keys (`+: 1`); these few are quoted there.
const OPERATORS = new Set([
  '@', '.', '+', '-', '!', '^', 'not', '~~~', '*', '/', '**', '++', '--', '+++', '---', '..',
  '<>', '//', 'in', '|>', '<<<', '>>>', '<<~', '~>>', '<~', '~>', '<~>', '<|>', '<', '>', '<=',
  '>=', '==', '!=', '=~', '===', '!==', '&&', '&&&', 'and', '||', '|||', 'or', '=', '=>', '|',
  '::', 'when', '<-', '\\\\', '&', '^^^',
]);
// Operators that Elixir 1.14 still quotes as atoms and keys (though not as function names).
const QUOTED_OPERATOR_ATOMS = new Set(['::', '//', '<|>', '~~~', '^^^', '=>']);
/** Special forms that are not callable: bare as atoms and keys, quoted as function names. */
const NOT_CALLABLE = new Set(['%', '%{}', '{}', '<<>>', '...', '..', '.', '..//', '->']);

// Identifier characters follow Unicode's ID_Start/ID_Continue, as Elixir's tokenizer does.
const ID_START = /^[\p{ID_Start}_]$/u;
const ID_CONTINUE = /^[\p{ID_Continue}@]$/u;
const UPPER_START = /^[\p{Lu}\p{Lt}]$/u;

/**
 * 'identifier' for names such as ok, _x, olá, valid?; 'other' for names that are valid atoms
 * without quotes but not callable names (Foo, foo@host); null when the atom needs quotes.
 */
function classifyName(name: string): 'identifier' | 'other' | null {
  const chars = [...name];
  if (chars.length === 0) return null;
  let end = chars.length;
  if (chars[end - 1] === '?' || chars[end - 1] === '!') end--;
  if (end === 0) return null;
  const first = chars[0];
  let alias = false;
  // An uppercase start makes an atom that needs no quotes but is no callable name (:Foo, :Ólá);
  // Elixir's identifier rules refuse compatibility characters such as ℕ (NFKC: N).
  if ((first >= 'A' && first <= 'Z') || UPPER_START.test(first)) {
    if (first.normalize('NFKC') !== first) return null;
    alias = true;
  } else if (!ID_START.test(first)) return null;
  let at = false;
  for (let i = 1; i < end; i++) {
    const c = chars[i];
    if (!ID_CONTINUE.test(c)) return null;
    if (c === '@') at = true;
  }
  return alias || at ? 'other' : 'identifier';
}

function isAliasName(name: string): boolean {
  // "Elixir.Foo.Bar": each segment an ASCII alias.
  return /^Elixir(\.[A-Z][A-Za-z0-9_]*)+$/.test(name);
}

/** An atom as Elixir code writes it: :ok, :"with space", Foo.Bar, nil. */
export function inspectAtom(a: Atom): string {
  const name = a.name;
  if (name === 'nil' || name === 'true' || name === 'false' || name === 'Elixir') return name;
  if (name.startsWith('Elixir.')) {
    if (isAliasName(name)) return name === 'Elixir.Elixir' || name.startsWith('Elixir.Elixir.') ? name : name.slice(7);
    return ':' + quote(name);
  }
  if (OPERATORS.has(name)) return QUOTED_OPERATOR_ATOMS.has(name) ? ':' + quote(name) : ':' + name;
  if (NOT_CALLABLE.has(name) || classifyName(name) !== null) return ':' + name;
  return ':' + quote(name);
}

/** An atom as a keyword key: `ok:`, `"with space":`. */
export function inspectKey(a: Atom): string {
  const name = a.name;
  if (name === 'Elixir' || name.startsWith('Elixir.')) return quote(name) + ':';
  if (OPERATORS.has(name)) return (QUOTED_OPERATOR_ATOMS.has(name) ? quote(name) : name) + ':';
  if (NOT_CALLABLE.has(name) || classifyName(name) !== null) return name + ':';
  return quote(name) + ':';
}

/** A function name as in `&Mod.fun/1` and `#Function<... in Mod.fun/1>`. */
export function inspectFunctionName(a: Atom): string {
  const name = a.name;
  if (NOT_CALLABLE.has(name)) return quote(name);
  if (OPERATORS.has(name) && name !== '//' && name !== '=>') return name;
  if (classifyName(name) === 'identifier') return name;
  return quote(name);
}

function quote(text: string): string {
  return '"' + escape(text, '"', Infinity).escaped + '"';
}

// Strings and charlists -------------------------------------------------------------------------

const ESCAPES: Record<number, string> = {
  0x07: '\\a',
  0x08: '\\b',
  0x7f: '\\d',
  0x1b: '\\e',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
  0x5c: '\\\\',
};

function hex(n: number, digits: number): string {
  return n.toString(16).toUpperCase().padStart(digits, '0');
}

function isPrintableCodepoint(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

function escapeChar(c: number): string {
  const mapped = ESCAPES[c];
  if (mapped !== undefined) return mapped;
  return plainEscapeChar(c);
}

/** Code.Identifier.escape_char/1: what a character becomes when no escape sequence names it. */
function plainEscapeChar(c: number): string {
  if (c === 0) return '\\0';
  if (c === 0xfeff) return '\\uFEFF';
  if (isPrintableCodepoint(c)) return String.fromCodePoint(c);
  if (c < 0x100) return '\\x' + hex(c, 2);
  if (c < 0x10000) return '\\x{' + hex(c, 4) + '}';
  return '\\x{' + hex(c, 6) + '}';
}

/**
 * Code.Identifier.escape/3 over text: escapes the quote, `#{`, control characters and
 * non-printable code points; stops after `limit` characters, telling whether text was left.
 */
function escape(text: string, quoteChar: string, limit: number): { escaped: string; rest: boolean } {
  let out = '';
  let count = limit;
  let i = 0;
  while (i < text.length) {
    if (count === 0) return { escaped: out, rest: true };
    const c = text.codePointAt(i) as number;
    const width = c > 0xffff ? 2 : 1;
    if (text[i] === quoteChar) out += '\\' + quoteChar;
    else if (c === 0x23 && text[i + 1] === '{') {
      out += '\\#{';
      i++;
    } else out += escapeChar(c);
    i += width;
    count = decrement(count);
  }
  return { escaped: out, rest: false };
}

/** Escaping of binaries that are not valid UTF-8: bytes outside UTF-8 sequences become \xNN. */
function escapeBytes(bytes: Uint8Array, limit: number): { escaped: string; rest: boolean } {
  let out = '';
  let count = limit;
  let i = 0;
  while (i < bytes.length) {
    if (count === 0) return { escaped: out, rest: true };
    const [cp, len] = decodeUtf8At(bytes, i);
    if (cp < 0) {
      out += '\\x' + hex(bytes[i], 2);
      i++;
    } else {
      if (cp === 0x22) out += '\\"';
      else if (cp === 0x23 && bytes[i + 1] === 0x7b) {
        out += '\\#{';
        i++;
      } else out += escapeChar(cp);
      i += len;
    }
    count = decrement(count);
  }
  return { escaped: out, rest: false };
}

/** The code point at i and its length, or [-1, 1] where the bytes are not UTF-8. */
function decodeUtf8At(b: Uint8Array, i: number): [number, number] {
  const b0 = b[i];
  if (b0 < 0x80) return [b0, 1];
  let len: number;
  let cp: number;
  let min: number;
  if (b0 >= 0xc0 && b0 < 0xe0) [len, cp, min] = [2, b0 & 0x1f, 0x80];
  else if (b0 >= 0xe0 && b0 < 0xf0) [len, cp, min] = [3, b0 & 0x0f, 0x800];
  else if (b0 >= 0xf0 && b0 < 0xf8) [len, cp, min] = [4, b0 & 0x07, 0x10000];
  else return [-1, 1];
  if (i + len > b.length) return [-1, 1];
  for (let j = 1; j < len; j++) {
    const c = b[i + j];
    if ((c & 0xc0) !== 0x80) return [-1, 1];
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return [-1, 1];
  return [cp, len];
}

/** String.printable?/2: every character printable or a common escape, up to limit of them. */
function isPrintableText(text: string, limit: number): boolean {
  let count = limit;
  for (let i = 0; i < text.length; ) {
    if (count === 0) return true;
    const c = text.codePointAt(i) as number;
    if (!(isPrintableCodepoint(c) || (c >= 7 && c <= 13) || c === 0x1b || c === 0x7f)) return false;
    i += c > 0xffff ? 2 : 1;
    count = decrement(count);
  }
  return true;
}

function inspectBinary(bin: Bin, opts: Opts): Doc {
  const text = bin.text;
  if (
    opts.base === 'decimal' &&
    (opts.binaries === 'as_strings' ||
      (opts.binaries === 'infer' && text !== null && isPrintableText(text, opts.printableLimit)))
  ) {
    const { escaped, rest } =
      text !== null ? escape(text, '"', opts.printableLimit) : escapeBytes(bin.bytes, opts.printableLimit);
    return '"' + escaped + '"' + (rest ? ' <> ...' : '');
  }
  return inspectBitstring(bin.bytes, opts);
}

/**
 * <<1, 2, 3::size(4)>>: the whole bytes, then the tailBits bits held at the top of the last byte
 * (0 for a binary), as Inspect.BitString's each_bit/3 prints them.
 */
function inspectBitstring(bytes: Uint8Array, opts: Opts, tailBits = 0): Doc {
  if (bytes.length === 0) return '<<>>';
  // each_bit/3 builds the list from the front with the limit counting down; built here from
  // the back so that a long binary does not recurse. Every whole byte but a binary's last one
  // uses up the limit; what comes after it is printed only while some is left.
  let n = bytes.length - 1;
  let ellipsis = false;
  if (opts.limit !== Infinity && opts.limit <= n) {
    n = Math.max(opts.limit, 0);
    ellipsis = true;
  }
  let inner: Doc = ellipsis
    ? '...'
    : tailBits === 0
      ? inspectInteger(bytes[n], opts.base)
      : `${inspectInteger(bytes[n] >> (8 - tailBits), opts.base)}::size(${tailBits})`;
  for (let i = n - 1; i >= 0; i--) inner = flexGlue(concat(inspectInteger(bytes[i], opts.base), ','), inner);
  return group(concat(concat('<<', nest(inner, 2)), '>>'));
}

function isAsciiPrintableList(l: Term, limit: number): boolean {
  let count = limit;
  while (l instanceof Cons) {
    if (count === 0) return true;
    const c = l.head;
    if (typeof c !== 'number' || !((c >= 7 && c <= 13) || c === 27 || (c >= 32 && c <= 126))) return false;
    l = l.tail;
    count = decrement(count);
  }
  return l === EMPTY_LIST || count === 0;
}

/** The text of a charlist, or null when it holds something that is not a code point. */
function charlistText(l: Term): string | null {
  let out = '';
  while (l instanceof Cons) {
    const c = l.head;
    if (typeof c === 'number' && c >= 0 && c <= 0x10ffff) out += String.fromCodePoint(c);
    else if (c instanceof Bin && c.text !== null) out += c.text;
    else if (c instanceof Cons || c === EMPTY_LIST) {
      const inner = charlistText(c);
      if (inner === null) return null;
      out += inner;
    } else return null;
    l = l.tail;
  }
  return out;
}

function isKeywordList(l: Term): boolean {
  while (l instanceof Cons) {
    const item = l.head;
    if (!Array.isArray(item) || item.length !== 2) return false;
    const key = item[0];
    if (!(key instanceof Atom) || key.name.startsWith('Elixir.')) return false;
    l = l.tail;
  }
  return l === EMPTY_LIST;
}

function keywordEntry(pair: Term, opts: Opts): Doc {
  const [key, value] = pair as readonly [Atom, Term];
  return concat(inspectKey(key), concat(' ', toDoc(value, opts)));
}

function inspectList(cons: Cons, opts: Opts): Doc {
  if (
    opts.charlists === 'as_charlists' ||
    (opts.charlists === 'infer' && isAsciiPrintableList(cons, opts.printableLimit))
  ) {
    // Elixir raises on a list that is not chardata; printing it as a list is kinder.
    const text = charlistText(cons);
    if (text !== null) {
      const { escaped, rest } = escape(text, "'", opts.printableLimit);
      return "'" + escaped + "'" + (rest ? ' ++ ...' : '');
    }
  }
  const keyword = isKeywordList(cons);
  // Only the items up to the limit are ever shown, so only those are collected.
  const items: Term[] = [];
  let l: Term = cons;
  const max = opts.limit === Infinity ? Infinity : opts.limit + 1;
  while (l instanceof Cons && items.length < max) {
    items.push(l.head);
    l = l.tail;
  }
  if (l instanceof Cons || l === EMPTY_LIST) {
    if (keyword) return containerDoc('[', items, ']', opts, keywordEntry, ',', 'strict');
    return containerDoc('[', items, ']', opts, toDoc, ',', 'maybe');
  }
  return containerDoc('[', items, ']', opts, toDoc, ',', 'maybe', { term: l, fun: toDoc });
}

// Maps and structs ------------------------------------------------------------------------------

function mapEntry(pair: readonly [Term, Term], opts: Opts): Doc {
  return concat(concat(toDoc(pair[0], opts), ' => '), toDoc(pair[1], opts));
}

function inspectMap(entries: readonly (readonly [Term, Term])[], name: string, opts: Opts): Doc {
  const keyword = entries.every(([k]) => k instanceof Atom && !k.name.startsWith('Elixir.'));
  const open = '%' + name + '{';
  if (keyword) {
    // A [key, value] entry is also a 2-tuple term, which is what keywordEntry reads.
    return containerDoc(open, entries, '}', opts, (e, o) => keywordEntry(e as Term, o), ',', 'strict');
  }
  return containerDoc(open, entries, '}', opts, mapEntry, ',', 'strict');
}

function inspectMapOrStruct(map: MapTerm, opts: Opts): Doc {
  const module = map.get(A_STRUCT);
  if (!(module instanceof Atom) || !opts.structs) return inspectMap(map.entries(), '', opts);
  const custom = opts.customDocs?.get(map);
  if (custom !== undefined) return custom;
  const special = inspectKnownStruct(module, map, opts);
  if (special !== undefined) return special;
  const own = map.entries().filter(([k]) => k !== A_STRUCT && k !== A_EXCEPTION);
  const order = opts.structFieldOrder?.(module);
  if (order === null) return inspectMap(map.entries(), '', opts);
  if (order === undefined) return inspectMap(own, inspectAtom(module), opts);
  const fields = order.filter((f) => f !== A_STRUCT && f !== A_EXCEPTION);
  // A struct whose keys differ from its module's definition prints as a plain map.
  if (fields.length !== own.length || !fields.every((f) => map.has(f))) return inspectMap(map.entries(), '', opts);
  let entries = fields.map((f) => [f, map.get(f) as Term] as const);
  // URI's own Inspect leaves out its deprecated :authority when it is nil.
  if (module === A_URI && map.get(A_AUTHORITY) === NIL) entries = entries.filter(([f]) => f !== A_AUTHORITY);
  return inspectMap(entries, inspectAtom(module), opts);
}

/** Structs of the standard library with an Inspect implementation of their own. */
function inspectKnownStruct(module: Atom, map: MapTerm, opts: Opts): Doc | undefined {
  if (module === A_RANGE && map.size === 4) {
    const first = map.get(A_FIRST);
    const last = map.get(A_LAST);
    const step = map.get(A_STEP);
    if (first === undefined || last === undefined || step === undefined) return undefined;
    const base = concatAll([toDoc(first, opts), '..', toDoc(last, opts)]);
    if (step === 1 && isIntegerAtLeast(last, first)) return base;
    return concatAll([base, '//', toDoc(step, opts)]);
  }
  if (module === A_REGEX) return inspectRegex(map);
  if (module === A_DATE || module === A_TIME || module === A_NAIVE || module === A_DATETIME) {
    return inspectCalendar(module, map);
  }
  if (module === A_MAPSET) {
    const set = map.get(A_MAP);
    if (!(set instanceof MapTerm)) return undefined;
    const keys = list(set.keys());
    const items = keys instanceof Cons ? inspectList(keys, { ...opts, charlists: 'as_lists' }) : '[]';
    return concatAll(['MapSet.new(', items, ')']);
  }
  return undefined;
}

function field(map: MapTerm, name: string): Term | undefined {
  return map.get(atom(name));
}

/** ~r/source/opts: the source escaped as in a sigil, with / and control characters escaped. */
function inspectRegex(map: MapTerm): Doc | undefined {
  const source = field(map, 'source');
  const opts = field(map, 'opts');
  if (!(source instanceof Bin) || source.text === null || !(opts instanceof Bin) || opts.text === null) return undefined;
  const controls: Record<string, string> = { '\x07': '\\a', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
  let out = '';
  const text = source.text;
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(c);
    if (ch === '/') out += '\\/';
    else if (ch === '#' && text[i + 1] === '{') {
      out += '\\#{';
      i++;
    } else if (controls[ch] !== undefined) out += controls[ch];
    else out += plainEscapeChar(c);
    i += ch.length;
  }
  return '~r/' + out + '/' + opts.text;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function smallInts(map: MapTerm, names: string[]): number[] | undefined {
  const out: number[] = [];
  for (const n of names) {
    const v = field(map, n);
    if (typeof v !== 'number') return undefined;
    out.push(v);
  }
  return out;
}

/** The sigils of Calendar.ISO dates and times: ~D[...], ~T[...], ~N[...], ~U[...]. */
function inspectCalendar(module: Atom, map: MapTerm): Doc | undefined {
  if (field(map, 'calendar') !== A_ISO) return undefined;
  let date = '';
  if (module !== A_TIME) {
    const ymd = smallInts(map, ['year', 'month', 'day']);
    if (ymd === undefined) return undefined;
    const [y, m, d] = ymd;
    date = (y < 0 ? '-' : '') + pad(Math.abs(y), 4) + '-' + pad(m, 2) + '-' + pad(d, 2);
    if (module === A_DATE) return '~D[' + date + ']';
  }
  const hms = smallInts(map, ['hour', 'minute', 'second']);
  const micro = field(map, 'microsecond');
  if (hms === undefined || !Array.isArray(micro) || micro.length !== 2) return undefined;
  const [us, precision] = micro as readonly Term[];
  if (typeof us !== 'number' || typeof precision !== 'number') return undefined;
  const fraction = precision > 0 ? '.' + pad(us, 6).slice(0, precision) : '';
  const time = hms.map((n) => pad(n, 2)).join(':') + fraction;
  if (module === A_TIME) return '~T[' + time + ']';
  if (module === A_NAIVE) return '~N[' + date + ' ' + time + ']';
  const zone = field(map, 'time_zone');
  const abbr = field(map, 'zone_abbr');
  const offsets = smallInts(map, ['utc_offset', 'std_offset']);
  if (!(zone instanceof Bin) || !(abbr instanceof Bin) || offsets === undefined) return undefined;
  const offset = offsets[0] + offsets[1];
  if (zone.text === 'Etc/UTC' && offset === 0) return '~U[' + date + ' ' + time + 'Z]';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hhmm = pad(Math.floor(abs / 3600), 2) + ':' + pad(Math.floor((abs % 3600) / 60), 2);
  return `#DateTime<${date} ${time}${sign}${hhmm} ${abbr.text} ${zone.text}>`;
}

function isIntegerAtLeast(a: Term, b: Term): boolean {
  if ((typeof a !== 'number' && typeof a !== 'bigint') || (typeof b !== 'number' && typeof b !== 'bigint')) return false;
  return a >= b;
}

// Pids, references, functions -------------------------------------------------------------------

/**
 * Erlang shows a reference as four numbers; ours are derived from its id. Their widths follow
 * what a fresh IEx session shows (9, 9 and 5 digits, the last counting up), because the width
 * decides where pretty-printing wraps a {:DOWN, ref, ...} message at 80 columns.
 */
function inspectRef(ref: Ref): string {
  const id = ref.id;
  const low = 90000 + (id % 0x40000);
  const high = Math.floor(id / 0x40000);
  return `#Reference<0.${775007265 + (high % 200000000)}.${307232770 + (high % 7)}.${low}>`;
}

function inspectFun(fun: Fun): string {
  const label = fun.label;
  if (label.kind === 'external') {
    return `&${inspectAtom(label.module)}.${inspectFunctionName(label.name)}/${fun.arity}`;
  }
  // Top-level code of a script (see scriptFunLabel): the owner is the file.
  if (label.module.name.startsWith('elixir_compiler_')) {
    return `#Function<${label.index}.${label.uniq} in file:${label.owner.name}>`;
  }
  return (
    `#Function<${label.index}.${label.uniq}/${fun.arity} in ` +
    `${inspectAtom(label.module)}.${inspectFunctionName(label.owner)}/${label.ownerArity}>`
  );
}
