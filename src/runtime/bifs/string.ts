// Elixir's String module as natives: JS does graphemes (Intl.Segmenter), case mapping and
// normalization better than Elixir code run on our VM would. Each function keeps Elixir 1.14's
// contract, including which arguments fail and how: a non-binary argument fails with
// function_clause as Elixir's `when is_binary(...)` guards do.
// https://hexdocs.pm/elixir/1.14/String.html
import { registerBif, type Bif } from './registry.ts';
import { atom, Atom, Bin, BitString, bool, Cons, EMPTY_LIST, FALSE, Float, isInteger, NIL, TRUE, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { badarg, charlist, exception, fromArray, functionClause, properList, raise } from './util.ts';
import { integerToText } from './erlang.ts';
import { formatFloatShortest } from './float_format.ts';
import { ErlangError } from './registry.ts';
import { isRegex, regexMatch, regexReplace, regexSplit } from './regex.ts';
import { ChardataError, ProtocolUndefined, toStringBin } from '../terms/to_string.ts';

const def = (name: string, arity: number, fn: Bif): void => registerBif('Elixir.String', name, arity, fn);

function binArgFc(t: Term): Bin {
  if (!(t instanceof Bin)) functionClause();
  return t;
}

// ---------------------------------------------------------------------------------------------
// Graphemes and code points. A binary that is not UTF-8 is walked byte by byte through its
// invalid parts, as Elixir does.

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Valid runs as text, invalid bytes one at a time. */
function chunks(b: Bin): (string | number)[] {
  const text = b.text;
  if (text !== null) return [text];
  const bytes = b.bytes;
  const out: (string | number)[] = [];
  let i = 0;
  let run = '';
  const dec = new TextDecoder('utf-8', { fatal: true });
  while (i < bytes.length) {
    const lead = bytes[i];
    const len = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    let cp: string | null = null;
    if (len > 0 && i + len <= bytes.length) {
      try {
        cp = dec.decode(bytes.subarray(i, i + len));
      } catch {
        cp = null;
      }
    }
    if (cp === null) {
      if (run !== '') out.push(run);
      run = '';
      out.push(lead);
      i++;
    } else {
      run += cp;
      i += len;
    }
  }
  if (run !== '') out.push(run);
  return out;
}

export function graphemes(b: Bin): Bin[] {
  const out: Bin[] = [];
  for (const c of chunks(b)) {
    if (typeof c === 'number') out.push(Bin.fromBytes(Uint8Array.of(c)));
    else for (const s of segmenter.segment(c)) out.push(Bin.fromString(s.segment));
  }
  return out;
}

function codepoints(b: Bin): Bin[] {
  const out: Bin[] = [];
  for (const c of chunks(b)) {
    if (typeof c === 'number') out.push(Bin.fromBytes(Uint8Array.of(c)));
    else for (const ch of c) out.push(Bin.fromString(ch));
  }
  return out;
}

function concat(parts: Bin[]): Bin {
  if (parts.every((p) => p.text !== null)) return Bin.fromString(parts.map((p) => p.text).join(''));
  const size = parts.reduce((n, p) => n + p.byteSize, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p.bytes, at);
    at += p.byteSize;
  }
  return Bin.fromBytes(out);
}

def('length', 1, ([s]) => graphemes(binArgFc(s)).length);
def('graphemes', 1, ([s]) => fromArray(graphemes(binArgFc(s))));
def('codepoints', 1, ([s]) => fromArray(codepoints(binArgFc(s))));
def('reverse', 1, ([s]) => concat(graphemes(binArgFc(s)).reverse()));
def('first', 1, ([s]) => graphemes(binArgFc(s))[0] ?? NIL);
def('last', 1, ([s]) => graphemes(binArgFc(s)).at(-1) ?? NIL);
def('valid?', 1, ([s]) => bool(s instanceof Bin && s.text !== null));
def('next_grapheme', 1, ([s]) => {
  const gs = graphemes(binArgFc(s));
  if (gs.length === 0) return NIL;
  return [gs[0], concat(gs.slice(1))];
});
def('next_codepoint', 1, ([s]) => {
  const cs = codepoints(binArgFc(s));
  if (cs.length === 0) return NIL;
  return [cs[0], concat(cs.slice(1))];
});
def('to_charlist', 1, ([s]) => {
  const text = binArgFc(s).text;
  if (text === null) badarg();
  return charlist(text);
});

function printableCp(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff) ||
    [0x0a, 0x0d, 0x09, 0x0b, 0x08, 0x0c, 0x1b, 0x7f, 0x07].includes(c)
  );
}
def('printable?', 1, ([s]) => {
  const text = binArgFc(s).text;
  if (text === null) return FALSE;
  for (const ch of text) if (!printableCp(ch.codePointAt(0) as number)) return FALSE;
  return TRUE;
});

// ---------------------------------------------------------------------------------------------
// Case. Elixir maps each code point on its own (no final-sigma rule unless :greek).

type CaseMode = 'default' | 'ascii' | 'greek' | 'turkic';

function modeArg(m: Term): CaseMode {
  if (m instanceof Atom && ['default', 'ascii', 'greek', 'turkic'].includes(m.name)) return m.name as CaseMode;
  return functionClause();
}

function upcase(text: string, mode: CaseMode): string {
  if (mode === 'ascii') return text.replace(/[a-z]+/g, (x) => x.toUpperCase());
  let out = '';
  for (const ch of text) {
    if (mode === 'turkic' && ch === 'i') out += 'İ';
    else out += ch.toUpperCase();
  }
  return out;
}

function downcase(text: string, mode: CaseMode): string {
  if (mode === 'ascii') return text.replace(/[A-Z]+/g, (x) => x.toLowerCase());
  if (mode === 'greek') return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    if (mode === 'turkic' && ch === 'İ') out += 'i';
    else if (mode === 'turkic' && ch === 'I') out += 'ı';
    else out += ch.toLowerCase();
  }
  return out;
}

/** Letters whose title case is not their upper case (Unicode's Titlecase_Mapping). */
const TITLE: Record<string, string> = {
  Ǆ: 'ǅ', ǅ: 'ǅ', ǆ: 'ǅ', Ǉ: 'ǈ', ǈ: 'ǈ', ǉ: 'ǈ', Ǌ: 'ǋ', ǋ: 'ǋ', ǌ: 'ǋ', Ǳ: 'ǲ', ǲ: 'ǲ', ǳ: 'ǲ',
  ß: 'Ss', ﬀ: 'Ff', ﬁ: 'Fi', ﬂ: 'Fl', ﬃ: 'Ffi', ﬄ: 'Ffl', ﬅ: 'St', ﬆ: 'St',
};

function caseFn(fn: (text: string, mode: CaseMode) => string) {
  return (s: Term, mode: CaseMode): Term => {
    const b = binArgFc(s);
    const text = b.text;
    if (text === null) return b;
    return Bin.fromString(fn(text, mode));
  };
}
const upcaseBif = caseFn(upcase);
const downcaseBif = caseFn(downcase);
// String.upcase/downcase/capitalize(string, mode \\ :default) are Elixir (lib/string.ex)
// around these, so a bad argument is reported against the /2 function as in Elixir.
registerBif('elixir_string', 'upcase', 2, ([s, m]) => upcaseBif(s, modeArg(m)));
registerBif('elixir_string', 'downcase', 2, ([s, m]) => downcaseBif(s, modeArg(m)));

function capitalize(text: string, mode: CaseMode): string {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
  if (text === '') return '';
  const rest = text.slice(first.length);
  const head = mode === 'ascii' ? upcase(first, 'ascii') : (TITLE[first] ?? upcase(first, mode));
  return head + downcase(rest, mode);
}
registerBif('elixir_string', 'capitalize', 2, ([s, m]) => caseFn(capitalize)(s, modeArg(m)));

// ---------------------------------------------------------------------------------------------
// Whitespace and trimming. Whitespace is Unicode's White_Space; split/1 leaves out the
// non-breaking spaces.

const WS = '\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000';
const LEADING_WS = new RegExp(`^[${WS}]+`, 'u');
const TRAILING_WS = new RegExp(`[${WS}]+$`, 'u');
const BREAKING_WS = /[\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/u;

function textOf(b: Bin): string {
  // Trimming only looks at whitespace; invalid bytes are kept by treating them as Latin-1.
  return b.text ?? String.fromCharCode(...b.bytes);
}

function fromTextLike(b: Bin, text: string): Bin {
  if (b.text !== null) return Bin.fromString(text);
  return Bin.fromBytes(Uint8Array.from(text, (c) => c.charCodeAt(0)));
}

def('trim', 1, ([s]) => {
  const b = binArgFc(s);
  return fromTextLike(b, textOf(b).replace(LEADING_WS, '').replace(TRAILING_WS, ''));
});
def('trim_leading', 1, ([s]) => {
  const b = binArgFc(s);
  return fromTextLike(b, textOf(b).replace(LEADING_WS, ''));
});
def('trim_trailing', 1, ([s]) => {
  const b = binArgFc(s);
  return fromTextLike(b, textOf(b).replace(TRAILING_WS, ''));
});

function trimBytes(s: Term, t: Term, leading: boolean, trailing: boolean): Bin {
  const bytes = binArgFc(s).bytes;
  const pat = binArgFc(t).bytes;
  let start = 0;
  let end = bytes.length;
  const at = (i: number): boolean => pat.every((x, k) => bytes[i + k] === x);
  if (pat.length > 0) {
    if (leading) while (start + pat.length <= end && at(start)) start += pat.length;
    if (trailing) while (end - pat.length >= start && at(end - pat.length)) end -= pat.length;
  }
  return Bin.fromBytes(bytes.slice(start, end));
}
def('trim', 2, ([s, t]) => trimBytes(s, t, true, true));
def('trim_leading', 2, ([s, t]) => trimBytes(s, t, true, false));
def('trim_trailing', 2, ([s, t]) => trimBytes(s, t, false, true));

// ---------------------------------------------------------------------------------------------
// Splitting and replacing with string patterns.

function patternList(p: Term): Uint8Array[] {
  if (p instanceof Bin) return [p.bytes];
  const list = properList(p);
  if (list === null) badarg();
  return list.map((x) => {
    if (!(x instanceof Bin)) badarg();
    return x.bytes;
  });
}

/** Pieces of the subject between matches, as [start, end) byte offsets. */
function pieces(b: Bin, pats: Uint8Array[]): [number, number][] {
  const bytes = b.bytes;
  if (pats.length === 1 && pats[0].length === 0) {
    const out: [number, number][] = [[0, 0]];
    let at = 0;
    for (const g of graphemes(b)) {
      out.push([at, at + g.byteSize]);
      at += g.byteSize;
    }
    out.push([at, at]);
    return out;
  }
  const live = pats.filter((p) => p.length > 0);
  const out: [number, number][] = [];
  let start = 0;
  let i = 0;
  while (i < bytes.length && live.length > 0) {
    let best = 0;
    for (const p of live) if (p.length > best && p.every((x, k) => bytes[i + k] === x)) best = p.length;
    if (best > 0) {
      out.push([start, i]);
      i += best;
      start = i;
    } else i++;
  }
  out.push([start, bytes.length]);
  return out;
}

function split(s: Term, p: Term, opts: Term): Term {
  if (!(s instanceof Bin)) functionClause();
  if (isRegex(p)) return regexSplit(p, s, opts);
  const options = properList(opts) ?? badarg();
  let parts = 0;
  let trim = false;
  for (const o of options) {
    if (!Array.isArray(o) || o.length !== 2) badarg();
    if (o[0] === atom('parts')) {
      if (o[1] === atom('infinity')) parts = 0;
      else if (typeof o[1] === 'number' && o[1] > 0) parts = o[1];
      else functionClause();
    } else if (o[0] === atom('trim')) trim = o[1] === TRUE;
  }
  const bytes = s.bytes;
  const ps = pieces(s, patternList(p));
  const piece = (i: number): Bin => Bin.fromBytes(bytes.slice(ps[i][0], ps[i][1]));
  const out: Bin[] = [];
  let i = 0;
  let count = parts;
  for (;;) {
    if (count === 1) {
      if (i >= ps.length) break;
      const rest = Bin.fromBytes(bytes.slice(ps[i][0]));
      if (!(trim && rest.byteSize === 0)) out.push(rest);
      break;
    }
    if (trim) while (i < ps.length && ps[i][0] === ps[i][1]) i++;
    if (i >= ps.length) break;
    out.push(piece(i++));
    if (count > 0) count--;
  }
  return fromArray(out);
}

def('split', 1, ([s]) => {
  if (!(s instanceof Bin)) badarg();
  const text = textOf(s);
  return fromArray(
    text
      .split(BREAKING_WS)
      .filter((x) => x !== '')
      .map((x) => fromTextLike(s, x)),
  );
});
// String.split(string, pattern, options \\ []) is Elixir around this.
registerBif('elixir_string', 'split', 3, ([s, p, o]) => split(s, p, o));

function replace(s: Term, p: Term, r: Term, opts: Term): Term {
  const b = binArgFc(s);
  if (!(r instanceof Bin)) badarg();
  const options = properList(opts) ?? badarg();
  let global = true;
  for (const o of options) if (Array.isArray(o) && o[0] === atom('global')) global = o[1] !== FALSE;
  if (isRegex(p)) return regexReplace(p, b, r, global);
  const ps = pieces(b, patternList(p));
  const bytes = b.bytes;
  const out: Bin[] = [];
  // Pieces are what lies between matches; the replacement goes where a match was.
  const isEmptyPattern = p instanceof Bin && p.byteSize === 0;
  if (isEmptyPattern) {
    const gs = graphemes(b);
    if (!global) return concat([r, b]);
    for (const g of gs) out.push(r, g);
    out.push(r);
    return concat(out);
  }
  for (let i = 0; i < ps.length; i++) {
    if (!global && i === 1) {
      out.push(r, Bin.fromBytes(bytes.slice(ps[1][0])));
      return concat(out);
    }
    if (i > 0) out.push(r);
    out.push(Bin.fromBytes(bytes.slice(ps[i][0], ps[i][1])));
  }
  return concat(out);
}
// String.replace/3,4 itself is Elixir (lib/string.ex) so that the replacement may be a function.
registerBif('elixir_string', 'replace', 4, ([s, p, r, o]) => replace(s, p, r, o));
def('match?', 2, ([s, r]) => {
  binArgFc(s);
  if (!isRegex(r)) functionClause();
  return bool(regexMatch(r, s));
});

function anyPattern(s: Term, p: Term, test: (hay: Uint8Array, pat: Uint8Array) => boolean): Term {
  const hay = binArgFc(s).bytes;
  const pats = patternList(p);
  return bool(pats.some((pat) => test(hay, pat)));
}
const startsAt = (hay: Uint8Array, pat: Uint8Array, at: number): boolean =>
  at >= 0 && at + pat.length <= hay.length && pat.every((x, k) => hay[at + k] === x);
def('starts_with?', 2, ([s, p]) => anyPattern(s, p, (h, pat) => startsAt(h, pat, 0)));
def('ends_with?', 2, ([s, p]) => anyPattern(s, p, (h, pat) => startsAt(h, pat, h.length - pat.length)));
def('contains?', 2, ([s, p]) =>
  anyPattern(s, p, (h, pat) => {
    for (let i = 0; i + pat.length <= h.length; i++) if (startsAt(h, pat, i)) return true;
    return false;
  }),
);

// ---------------------------------------------------------------------------------------------
// Slicing and padding, all in graphemes.

function slice3(s: Term, start: Term, len: Term): Term {
  const b = binArgFc(s);
  if (typeof start !== 'number' || typeof len !== 'number' || len < 0) functionClause();
  const gs = graphemes(b);
  const from = start < 0 ? Math.max(gs.length + start, 0) : start;
  return concat(gs.slice(from, from + len));
}
def('slice', 3, ([s, start, len]) => slice3(s, start, len));

function rangeFields(r: Term): [number, number, number] | null {
  if (!(r instanceof MapTerm) || r.get(atom('__struct__')) !== atom('Elixir.Range')) return null;
  const f = r.get(atom('first'));
  const l = r.get(atom('last'));
  const st = r.get(atom('step'));
  if (typeof f !== 'number' || typeof l !== 'number' || typeof st !== 'number') return null;
  return [f, l, st];
}

def('slice', 2, ([s, range]) => {
  const b = binArgFc(s);
  const fields = rangeFields(range);
  if (fields === null) functionClause();
  let [first, last, step] = fields;
  if (step < 0) {
    if (step === -1 && first > last) step = 1;
    else raise('ArgumentError', `String.slice/2 does not accept ranges with negative steps, got: ${first}..${last}//${step}`);
  }
  const gs = graphemes(b);
  const n = gs.length;
  const from = first < 0 ? Math.max(n + first, 0) : first;
  const to = last < 0 ? n + last : last;
  if (from > to || from >= n) return Bin.fromString('');
  const out: Bin[] = [];
  for (let i = from; i <= Math.min(to, n - 1); i += step) out.push(gs[i]);
  return concat(out);
});

def('at', 2, ([s, i]) => {
  const gs = graphemes(binArgFc(s));
  if (typeof i !== 'number') functionClause();
  const k = i < 0 ? gs.length + i : i;
  return gs[k] ?? NIL;
});
def('split_at', 2, ([s, i]) => {
  const gs = graphemes(binArgFc(s));
  if (typeof i !== 'number') functionClause();
  const k = i < 0 ? Math.max(gs.length + i, 0) : i;
  return [concat(gs.slice(0, k)), concat(gs.slice(k))];
});

function pad(s: Term, count: Term, padding: Term, leading: boolean): Term {
  const b = binArgFc(s);
  if (typeof count !== 'number' || count < 0) functionClause();
  let fill: Bin[];
  if (padding instanceof Bin) fill = graphemes(padding);
  else {
    const list = properList(padding);
    if (list === null || !list.every((x) => x instanceof Bin)) functionClause();
    fill = list as Bin[];
  }
  if (fill.length === 0) functionClause();
  const missing = count - graphemes(b).length;
  if (missing <= 0) return b;
  const padParts: Bin[] = [];
  for (let i = 0; i < missing; i++) padParts.push(fill[i % fill.length]);
  return leading ? concat([...padParts, b]) : concat([b, ...padParts]);
}
// String.pad_leading/pad_trailing(string, count, padding \\ " ") are Elixir around these.
registerBif('elixir_string', 'pad_leading', 3, ([s, n, p]) => pad(s, n, p, true));
registerBif('elixir_string', 'pad_trailing', 3, ([s, n, p]) => pad(s, n, p, false));

def('duplicate', 2, ([s, n]) => {
  const b = binArgFc(s);
  if (typeof n !== 'number' || n < 0) functionClause();
  const out = new Uint8Array(b.byteSize * n);
  for (let i = 0; i < n; i++) out.set(b.bytes, i * b.byteSize);
  return Bin.fromBytes(out);
});

// ---------------------------------------------------------------------------------------------
// Conversions

function textArg(s: Term): string {
  if (!(s instanceof Bin)) badarg();
  const t = s.text;
  if (t === null) badarg();
  return t;
}

def('equivalent?', 2, ([a, b]) => bool(textArg(a).normalize('NFD') === textArg(b).normalize('NFD')));
def('normalize', 2, ([s, form]) => {
  const forms: Record<string, string> = { nfc: 'NFC', nfd: 'NFD', nfkc: 'NFKC', nfkd: 'NFKD' };
  if (!(form instanceof Atom) || !(form.name in forms)) functionClause();
  return Bin.fromString(textArg(s).normalize(forms[form.name]));
});

/**
 * String.bag_distance/2: 1 minus the larger of the two multiset differences of the strings'
 * graphemes over the longer length (1.0 for equal strings, 0.0 when either is empty).
 */
def('bag_distance', 2, ([a, b]) => {
  const x = graphemes(binArgFc(a)).map((g) => g.text ?? '');
  const y = graphemes(binArgFc(b)).map((g) => g.text ?? '');
  if (x.length === 0 || y.length === 0) return new Float(0.0);
  const bag = new Map<string, number>();
  for (const g of x) bag.set(g, (bag.get(g) ?? 0) + 1);
  for (const g of y) bag.set(g, (bag.get(g) ?? 0) - 1);
  let onlyX = 0;
  let onlyY = 0;
  for (const n of bag.values()) {
    if (n > 0) onlyX += n;
    else onlyY -= n;
  }
  return new Float(1 - Math.max(onlyX, onlyY) / Math.max(x.length, y.length));
});

/** Jaro distance over graphemes, as String.jaro_distance/2 computes it. */
def('jaro_distance', 2, ([a, b]) => {
  const x = graphemes(binArgFc(a)).map((g) => g.text ?? '');
  const y = graphemes(binArgFc(b)).map((g) => g.text ?? '');
  if (x.length === 0 && y.length === 0) return new Float(1.0);
  if (x.length === 0 || y.length === 0) return new Float(0.0);
  const window = Math.max(0, Math.floor(Math.max(x.length, y.length) / 2) - 1);
  const xm = new Array<boolean>(x.length).fill(false);
  const ym = new Array<boolean>(y.length).fill(false);
  let matches = 0;
  for (let i = 0; i < x.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(i + window + 1, y.length);
    for (let j = lo; j < hi; j++) {
      if (!ym[j] && x[i] === y[j]) {
        xm[i] = ym[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return new Float(0.0);
  let k = 0;
  let transpositions = 0;
  for (let i = 0; i < x.length; i++) {
    if (!xm[i]) continue;
    while (!ym[k]) k++;
    if (x[i] !== y[k]) transpositions++;
    k++;
  }
  const m = matches;
  return new Float((m / x.length + m / y.length + (m - transpositions / 2) / m) / 3);
});

// ---------------------------------------------------------------------------------------------
// String.Chars: Kernel.to_string/1 and interpolation for the built-in types. User structs
// with their own implementation are dispatched by the compiler before reaching here.

export function toStringTerm(t: Term): Bin {
  try {
    return toStringBin(t);
  } catch (e) {
    if (e instanceof ProtocolUndefined) {
      throw new ErlangError(
        exception('Protocol.UndefinedError', {
          protocol: atom('Elixir.String.Chars'),
          value: e.value,
          description: Bin.fromString(e.description),
        }),
      );
    }
    if (e instanceof ChardataError) {
      const fields: Record<string, Term> = { message: Bin.fromString(e.message) };
      if (e.exception === 'UnicodeConversionError') fields.encoded = Bin.fromString(e.encoded);
      throw new ErlangError(exception(e.exception, fields));
    }
    throw e;
  }
}

registerBif('Elixir.String.Chars', 'to_string', 1, ([t]) => toStringTerm(t));

// Atom: the two conversions, as natives.
// Elixir inlines both into :erlang.atom_to_binary/atom_to_list: a non-atom is their badarg.
registerBif('Elixir.Atom', 'to_string', 1, ([a]) => {
  if (!(a instanceof Atom)) badarg();
  return Bin.fromString(a.name);
});
registerBif('Elixir.Atom', 'to_charlist', 1, ([a]) => {
  if (!(a instanceof Atom)) badarg();
  return charlist(a.name);
});

// replace_prefix/suffix/leading/trailing: byte-level, as Elixir's.
function bytesStartWith(hay: Uint8Array, pat: Uint8Array, at: number): boolean {
  return startsAt(hay, pat, at);
}

def('replace_prefix', 3, ([s, m, r]) => {
  const b = binArgFc(s);
  const match = binArgFc(m).bytes;
  const rep = binArgFc(r);
  if (!bytesStartWith(b.bytes, match, 0)) return b;
  return concat([rep, Bin.fromBytes(b.bytes.slice(match.length))]);
});
def('replace_suffix', 3, ([s, m, r]) => {
  const b = binArgFc(s);
  const match = binArgFc(m).bytes;
  const rep = binArgFc(r);
  if (!bytesStartWith(b.bytes, match, b.bytes.length - match.length)) return b;
  return concat([Bin.fromBytes(b.bytes.slice(0, b.bytes.length - match.length)), rep]);
});

function replaceRepeated(s: Term, m: Term, r: Term, leading: boolean): Term {
  const b = binArgFc(s);
  const match = binArgFc(m).bytes;
  const rep = binArgFc(r);
  if (match.length === 0) raise('ArgumentError', `cannot use an empty string as the match to replace`);
  const bytes = b.bytes;
  let n = 0;
  if (leading) {
    while (bytesStartWith(bytes, match, n * match.length)) n++;
    return concat([...new Array<Bin>(n).fill(rep), Bin.fromBytes(bytes.slice(n * match.length))]);
  }
  while (bytesStartWith(bytes, match, bytes.length - (n + 1) * match.length)) n++;
  return concat([Bin.fromBytes(bytes.slice(0, bytes.length - n * match.length)), ...new Array<Bin>(n).fill(rep)]);
}
def('replace_leading', 3, ([s, m, r]) => replaceRepeated(s, m, r, true));
def('replace_trailing', 3, ([s, m, r]) => replaceRepeated(s, m, r, false));

// List.Chars: Kernel.to_charlist/1 for the built-in types.
registerBif('Elixir.List.Chars', 'to_charlist', 1, ([t]) => {
  if (t instanceof Cons || t === EMPTY_LIST) return t;
  let bin: Bin;
  try {
    bin = toStringBin(t);
  } catch (e) {
    // The types String.Chars refuses, List.Chars refuses too, under its own name.
    if (!(e instanceof ProtocolUndefined)) throw e;
    const description = e.value instanceof BitString ? 'cannot convert a bitstring to a charlist' : '';
    throw new ErlangError(exception('Protocol.UndefinedError', { protocol: atom('Elixir.List.Chars'), value: e.value, description: Bin.fromString(description) }));
  }
  const text = bin.text;
  if (text === null) badarg();
  return charlist(text);
});

// :string, the parts learners meet: case mapping of charlists and binaries.
function stringCase(upper: boolean) {
  return ([t]: Term[]): Term => {
    if (t instanceof Bin) {
      const text = t.text;
      if (text === null) badarg();
      return Bin.fromString(upper ? upcase(text, 'default') : downcase(text, 'default'));
    }
    const items = properList(t);
    if (items === null) badarg();
    return fromArray(
      items.map((c) => {
        if (typeof c !== 'number') return c;
        const mapped = upper ? String.fromCodePoint(c).toUpperCase() : String.fromCodePoint(c).toLowerCase();
        return [...mapped].length === 1 ? (mapped.codePointAt(0) as number) : c;
      }),
    );
  };
}
registerBif('string', 'to_upper', 1, stringCase(true));
registerBif('string', 'uppercase', 1, stringCase(true));
registerBif('string', 'to_lower', 1, stringCase(false));
registerBif('string', 'lowercase', 1, stringCase(false));
