// Regex on JavaScript's RegExp. A %Regex{} keeps Elixir's fields (source, opts, re_pattern,
// re_version); the JS RegExp is compiled from source and opts on demand and cached. PCRE
// syntax that JS lacks is rewritten (\A, \z, \Z, \h, (?P<name>...), the x modifier); what
// cannot be rewritten is a compile error. Offsets returned with return: :index are UTF-8
// byte offsets, as Erlang's :re gives them.
// https://hexdocs.pm/elixir/1.14/Regex.html
import { registerBif, ErlangError, type Bif } from './registry.ts';
import { atom, Atom, Bin, bool, EMPTY_LIST, ERROR, FALSE, NIL, OK, TRUE, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { badarg, charlist, exception, fromArray, functionClause, properList } from './util.ts';

const def = (name: string, arity: number, fn: Bif): void => registerBif('Elixir.Regex', name, arity, fn);

const A_STRUCT = atom('__struct__');
const A_REGEX = atom('Elixir.Regex');

function translate(source: string, opts: string): { pattern: string; flags: string } {
  let pattern = source;
  if (opts.includes('x')) pattern = stripExtended(pattern);
  pattern = pattern
    .replace(/\(\?P<([A-Za-z_][A-Za-z0-9_]*)>/g, '(?<$1>')
    .replace(/\(\?P=([A-Za-z_][A-Za-z0-9_]*)\)/g, '\\k<$1>')
    .replace(/\\g\{(\d+)\}/g, '\\$1')
    .replace(/(^|[^\\])((?:\\\\)*)\\A/g, '$1$2(?<![\\s\\S])')
    .replace(/(^|[^\\])((?:\\\\)*)\\z/g, '$1$2(?![\\s\\S])')
    .replace(/(^|[^\\])((?:\\\\)*)\\Z/g, '$1$2(?=\\n?(?![\\s\\S]))')
    .replace(/(^|[^\\])((?:\\\\)*)\\h/g, '$1$2[ \\t]');
  let flags = 'gd';
  if (opts.includes('i')) flags += 'i';
  if (opts.includes('m')) flags += 'm';
  if (opts.includes('s')) flags += 's';
  if (opts.includes('u')) flags += 'u';
  return { pattern, flags };
}

/** The x modifier: whitespace and # comments outside character classes are not pattern. */
function stripExtended(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (!/\s/.test(c)) out += c;
  }
  return out;
}

const cache = new Map<string, RegExp>();

function jsRegex(source: string, opts: string): RegExp {
  const key = opts + '/' + source;
  let re = cache.get(key);
  if (re === undefined) {
    const { pattern, flags } = translate(source, opts);
    re = new RegExp(pattern, flags);
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

function textOf(t: Term): string {
  if (!(t instanceof Bin)) functionClause();
  const s = t.text;
  if (s === null) badarg();
  return s;
}

interface Compiled {
  re: RegExp;
  source: string;
  opts: string;
  names: string[];
}

function regexArg(t: Term): Compiled {
  if (!(t instanceof MapTerm) || t.get(A_STRUCT) !== A_REGEX) functionClause();
  const source = textOf(t.get(atom('source')) as Term);
  const optsTerm = t.get(atom('opts'));
  const opts = optsTerm instanceof Bin ? (optsTerm.text ?? '') : '';
  const re = jsRegex(source, opts);
  return { re, source, opts, names: groupNames(re) };
}

export function isRegex(t: Term): t is MapTerm {
  return t instanceof MapTerm && t.get(A_STRUCT) === A_REGEX;
}

function groupNames(re: RegExp): string[] {
  const names: string[] = [];
  const rx = /\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = rx.exec(re.source)) !== null) names.push(m[1]);
  return names.sort();
}

function groupCount(re: RegExp): number {
  return new RegExp(re.source + '|', re.flags.replace('g', '')).exec('')!.length - 1;
}

function makeRegex(source: string, opts: string): MapTerm {
  const re = jsRegex(source, opts);
  return MapTerm.fromEntries([
    [A_STRUCT, A_REGEX],
    [atom('opts'), Bin.fromString(opts)],
    [atom('re_pattern'), [atom('re_pattern'), groupCount(re), 0, 0, Bin.fromString('')]],
    [atom('re_version'), [Bin.fromString('8.44 2020-02-12'), atom('little')]],
    [atom('source'), Bin.fromString(source)],
  ]);
}

function optsText(t: Term | undefined): string {
  if (t === undefined) return '';
  if (t instanceof Bin) {
    const s = t.text ?? '';
    for (const c of s) if (!'imsxufU'.includes(c)) throw new ErlangError([atom('invalid_option'), Bin.fromString(c)]);
    return s;
  }
  const list = properList(t);
  if (list === null) badarg();
  const letters: Record<string, string> = { caseless: 'i', multiline: 'm', dotall: 's', extended: 'x', unicode: 'u', ungreedy: 'U', firstline: 'f' };
  return list.map((o) => (o instanceof Atom && o.name in letters ? letters[o.name] : '')).join('');
}

/** PCRE's wording for JS's syntax errors, and whether PCRE reports them at the end. */
const PCRE_MESSAGES: Record<string, [string, boolean]> = {
  'Unterminated group': ['missing )', true],
  'Unterminated character class': ['missing terminating ] for character class', true],
  "Unmatched ')'": ['unmatched closing parenthesis', false],
  'Nothing to repeat': ['quantifier does not follow a repeatable item', false],
  '\\ at end of pattern': ['\\ at end of pattern', true],
};

function compile(source: Term, opts: Term | undefined): Term {
  const src = textOf(source);
  let o: string;
  try {
    o = optsText(opts);
  } catch (e) {
    if (e instanceof ErlangError) return [ERROR, e.reason];
    throw e;
  }
  try {
    return [OK, makeRegex(src, o)];
  } catch (e) {
    const message = (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
    const [pcre, atEnd] = PCRE_MESSAGES[message] ?? [message, false];
    return [ERROR, [charlist(pcre), atEnd ? byteLen(src) : 0]];
  }
}

def('compile', 1, ([s]) => compile(s, undefined));
def('compile', 2, ([s, o]) => compile(s, o));

function compileBang(s: Term, o: Term | undefined): Term {
  const r = compile(s, o) as Term[];
  if (r[0] === OK) return r[1];
  const reason = r[1] as Term[];
  const detail = Array.isArray(reason) && reason.length === 2 ? reason : null;
  const message = detail ? `${charlistToString(detail[0])} at position ${String(detail[1])}` : 'invalid option';
  throw new ErlangError(exception('Regex.CompileError', { message: Bin.fromString(message) }));
}

function charlistToString(t: Term): string {
  const items = properList(t) ?? [];
  return items.map((c) => String.fromCodePoint(c as number)).join('');
}

def('compile!', 1, ([s]) => compileBang(s, undefined));
def('compile!', 2, ([s, o]) => compileBang(s, o));
def('regex?', 1, ([t]) => bool(isRegex(t)));
def('source', 1, ([r]) => Bin.fromString(regexArg(r).source));
def('opts', 1, ([r]) => Bin.fromString(regexArg(r).opts));
def('names', 1, ([r]) => fromArray(regexArg(r).names.map((n) => Bin.fromString(n))));
def('version', 0, () => [Bin.fromString('8.44 2020-02-12'), atom('little')]);
def('escape', 1, ([s]) => Bin.fromString(textOf(s).replace(/[.^$*+?()[\]{}|\\\-#\s]/g, (c) => (c === ' ' ? '\\ ' : c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : c === '\f' ? '\\f' : c === '\v' ? '\\v' : '\\' + c))));

// ---------------------------------------------------------------------------------------------
// Matching

const encoder = new TextEncoder();
const byteLen = (s: string): number => encoder.encode(s).length;

interface Match {
  /** [start, end) in UTF-16 units for the whole match and each group; null when unset. */
  spans: ([number, number] | null)[];
  groups: Record<string, string | undefined> | undefined;
}

function execAt(re: RegExp, text: string, from: number): Match | null {
  re.lastIndex = from;
  const m = re.exec(text) as (RegExpExecArray & { indices?: [number, number][] }) | null;
  if (m === null) return null;
  const spans = (m.indices ?? []).map((x) => (x === undefined ? null : ([x[0], x[1]] as [number, number])));
  return { spans, groups: m.groups };
}

/** Every non-overlapping match; an empty match moves on by one character. */
function allMatches(re: RegExp, text: string, from = 0): Match[] {
  const out: Match[] = [];
  let at = from;
  while (at <= text.length) {
    const m = execAt(re, text, at);
    if (m === null) break;
    out.push(m);
    const [s, e] = m.spans[0]!;
    at = e > s ? e : e + (text.codePointAt(e)! > 0xffff ? 2 : 1);
  }
  return out;
}

type Capture = 'all' | 'first' | 'all_but_first' | 'none' | 'all_names' | string[];

interface RunOpts {
  capture: Capture;
  index: boolean;
  offset: number;
  global: boolean;
}

function runOpts(t: Term | undefined): RunOpts {
  const o: RunOpts = { capture: 'all', index: false, offset: 0, global: true };
  if (t === undefined) return o;
  for (const x of properList(t) ?? badarg()) {
    if (!Array.isArray(x) || x.length !== 2) continue;
    const [k, v] = x as [Atom, Term];
    if (k.name === 'return') o.index = v === atom('index');
    else if (k.name === 'offset' && typeof v === 'number') o.offset = v;
    else if (k.name === 'global') o.global = v !== FALSE;
    else if (k.name === 'capture') {
      if (v instanceof Atom) o.capture = v.name as Capture;
      else o.capture = (properList(v) ?? []).map((n) => (n instanceof Bin ? (n.text ?? '') : n instanceof Atom ? n.name : ''));
    }
  }
  return o;
}

/** A byte offset in the UTF-8 text for a UTF-16 index. */
function byteOffset(text: string, index: number): number {
  return byteLen(text.slice(0, index));
}

function capturePart(text: string, span: [number, number] | null, index: boolean): Term {
  if (index) {
    if (span === null) return [-1, 0];
    const start = byteOffset(text, span[0]);
    return [start, byteLen(text.slice(span[0], span[1]))];
  }
  return Bin.fromString(span === null ? '' : text.slice(span[0], span[1]));
}

/** The captures :re returns: unset groups at the end are left out, inner ones are "". */
function captures(c: Compiled, text: string, m: Match, o: RunOpts): Term {
  let spans = m.spans;
  let last = spans.length - 1;
  while (last > 0 && spans[last] === null) last--;
  spans = spans.slice(0, last + 1);
  let chosen: ([number, number] | null)[];
  switch (o.capture) {
    case 'all':
      chosen = spans;
      break;
    case 'first':
      chosen = spans.slice(0, 1);
      break;
    case 'all_but_first':
      chosen = spans.slice(1);
      break;
    case 'none':
      chosen = [];
      break;
    case 'all_names':
      chosen = c.names.map((n) => namedSpan(c, m, n));
      break;
    default:
      chosen = (o.capture as string[]).map((n) => namedSpan(c, m, n));
  }
  return fromArray(chosen.map((s) => capturePart(text, s, o.index)));
}

function namedSpan(c: Compiled, m: Match, name: string): [number, number] | null {
  // Group numbers of named groups: their order of appearance in the source.
  const order: string[] = [];
  const rx = /\((\?<([A-Za-z_][A-Za-z0-9_]*)>|\?[:=!]|\?<[=!])?/g;
  let n = 0;
  let mm: RegExpExecArray | null;
  const src = c.re.source.replace(/\\./g, '__');
  while ((mm = rx.exec(src)) !== null) {
    if (mm[1] === undefined || mm[2] !== undefined) {
      n++;
      if (mm[2] !== undefined) order[n] = mm[2];
    }
  }
  const i = order.indexOf(name);
  return i < 0 ? null : (m.spans[i] ?? null);
}

function toUtf16Offset(text: string, byteOff: number): number {
  let bytes = 0;
  let i = 0;
  while (i < text.length && bytes < byteOff) {
    const cp = text.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function run(r: Term, s: Term, opts: Term | undefined): Term {
  const c = regexArg(r);
  const text = textOf(s);
  const o = runOpts(opts);
  const m = execAt(c.re, text, toUtf16Offset(text, o.offset));
  if (m === null) return NIL;
  if (o.capture === 'none') return EMPTY_LIST;
  return captures(c, text, m, o);
}
def('run', 2, ([r, s]) => run(r, s, undefined));
def('run', 3, ([r, s, o]) => run(r, s, o));

function scan(r: Term, s: Term, opts: Term | undefined): Term {
  const c = regexArg(r);
  const text = textOf(s);
  const o = runOpts(opts);
  return fromArray(allMatches(c.re, text, toUtf16Offset(text, o.offset)).map((m) => captures(c, text, m, o)));
}
def('scan', 2, ([r, s]) => scan(r, s, undefined));
def('scan', 3, ([r, s, o]) => scan(r, s, o));

export function regexMatch(r: Term, s: Term): boolean {
  return execAt(regexArg(r).re, textOf(s), 0) !== null;
}
def('match?', 2, ([r, s]) => bool(regexMatch(r, s)));

function namedCaptures(r: Term, s: Term): Term {
  const c = regexArg(r);
  const text = textOf(s);
  const m = execAt(c.re, text, 0);
  if (m === null) return NIL;
  return MapTerm.fromEntries(c.names.map((n) => [Bin.fromString(n), capturePart(text, namedSpan(c, m, n), false)] as const));
}
def('named_captures', 2, ([r, s]) => namedCaptures(r, s));
def('named_captures', 3, ([r, s]) => namedCaptures(r, s));

export function regexSplit(r: Term, s: Term, opts: Term | undefined): Term {
  const c = regexArg(r);
  const text = textOf(s);
  let parts = Infinity;
  let trim = false;
  let includeCaptures = false;
  for (const x of properList(opts ?? EMPTY_LIST) ?? badarg()) {
    if (!Array.isArray(x) || x.length !== 2) continue;
    const [k, v] = x as [Atom, Term];
    if (k.name === 'parts' && typeof v === 'number') parts = v;
    else if (k.name === 'trim') trim = v === TRUE;
    else if (k.name === 'include_captures') includeCaptures = v === TRUE;
  }
  if (text === '') return trim ? EMPTY_LIST : fromArray([Bin.fromString('')]);
  const out: string[] = [];
  let offset = 0;
  let counter = parts;
  for (const m of allMatches(c.re, text)) {
    if (counter === 1) break;
    const [ms, me] = m.spans[0]!;
    if (ms < offset) continue;
    const piece = text.slice(offset, ms);
    offset = me;
    if (trim && piece === '') continue;
    out.push(piece);
    if (includeCaptures) out.push(text.slice(ms, me));
    counter--;
  }
  const rest = text.slice(offset);
  if (!(trim && rest === '')) out.push(rest);
  return fromArray(out.map((p) => Bin.fromString(p)));
}
def('split', 2, ([r, s]) => regexSplit(r, s, undefined));
def('split', 3, ([r, s, o]) => regexSplit(r, s, o));

/** \\N, \\g{N} and \\0 in a replacement refer to groups; \\\\ is a backslash. */
function expand(replacement: string, text: string, m: Match): string {
  return replacement.replace(/\\\\|\\g\{(\d+)\}|\\(\d)/g, (all, g1: string | undefined, g2: string | undefined) => {
    if (all === '\\\\') return '\\';
    const n = Number(g1 ?? g2);
    const span = m.spans[n];
    return span ? text.slice(span[0], span[1]) : '';
  });
}

export function regexReplace(r: Term, s: Term, rep: Term, global: boolean): Term {
  const c = regexArg(r);
  const text = textOf(s);
  const replacement = textOf(rep);
  const ms = global ? allMatches(c.re, text) : [execAt(c.re, text, 0)].filter((m): m is Match => m !== null);
  let out = '';
  let at = 0;
  for (const m of ms) {
    const [ms0, me] = m.spans[0]!;
    out += text.slice(at, ms0) + expand(replacement, text, m);
    at = me;
  }
  return Bin.fromString(out + text.slice(at));
}

/** The matches as lists of {byte_offset, byte_length}, for replacements computed in Elixir. */
registerBif('elixir_regex', 'matches', 3, ([r, s, g]) => {
  const c = regexArg(r);
  const text = textOf(s);
  const ms = g === FALSE ? [execAt(c.re, text, 0)].filter((m): m is Match => m !== null) : allMatches(c.re, text);
  return fromArray(ms.map((m) => captures(c, text, m, { capture: 'all', index: true, offset: 0, global: true })));
});
registerBif('elixir_regex', 'replace', 4, ([r, s, rep, g]) => regexReplace(r, s, rep, g !== FALSE));
