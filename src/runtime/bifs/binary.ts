// The :binary natives (byte-level search, split, copy) and the :unicode conversions between
// chardata, binaries and charlists. Elixir's String.split/replace sit on these.
// https://www.erlang.org/doc/man/binary.html https://www.erlang.org/doc/man/unicode.html
import { registerBif, type Bif } from './registry.ts';
import { atom, Bin, ERROR, type Term } from '../terms/types.ts';
import { badarg, binArg, charlist, chardataText, fromArray, properList } from './util.ts';
import { binaryPart } from './erlang.ts';

const def = (name: string, arity: number, fn: Bif): void => registerBif('binary', name, arity, fn);
const NOMATCH = atom('nomatch');

function patternsArg(p: Term): Uint8Array[] {
  const list = p instanceof Bin ? [p] : properList(p);
  if (list === null || list.length === 0) badarg();
  return list.map((x) => {
    const b = binArg(x).bytes;
    if (b.length === 0) badarg();
    return b;
  });
}

function matchesAt(hay: Uint8Array, at: number, needle: Uint8Array): boolean {
  if (at + needle.length > hay.length) return false;
  for (let i = 0; i < needle.length; i++) if (hay[at + i] !== needle[i]) return false;
  return true;
}

/** The leftmost match at or after `from`, the longest pattern winning at one position. */
function findMatch(hay: Uint8Array, patterns: Uint8Array[], from: number): [number, number] | null {
  for (let at = from; at < hay.length; at++) {
    let best = -1;
    for (const p of patterns) if (p.length > best && matchesAt(hay, at, p)) best = p.length;
    if (best > 0) return [at, best];
  }
  return null;
}

function allMatches(hay: Uint8Array, patterns: Uint8Array[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    const m = findMatch(hay, patterns, from);
    if (m === null) return out;
    out.push(m);
    from = m[0] + m[1];
  }
}

const slice = (b: Uint8Array, s: number, e: number): Bin => Bin.fromBytes(b.slice(s, e));

function optionsArg(o: Term): Set<string> {
  const list = properList(o);
  if (list === null) badarg();
  const out = new Set<string>();
  for (const x of list) {
    if (x === atom('global') || x === atom('trim') || x === atom('trim_all')) out.add((x as { name: string }).name);
    else badarg();
  }
  return out;
}

export function split(subject: Term, pattern: Term, options: Term): Term {
  const hay = binArg(subject).bytes;
  const pats = patternsArg(pattern);
  const opts = optionsArg(options);
  const ms = opts.has('global') ? allMatches(hay, pats) : (() => {
    const m = findMatch(hay, pats, 0);
    return m === null ? [] : [m];
  })();
  let parts: Bin[] = [];
  let start = 0;
  for (const [at, len] of ms) {
    parts.push(slice(hay, start, at));
    start = at + len;
  }
  parts.push(slice(hay, start, hay.length));
  if (opts.has('trim_all')) parts = parts.filter((p) => p.byteSize > 0);
  else if (opts.has('trim')) while (parts.length > 0 && parts[parts.length - 1].byteSize === 0) parts.pop();
  return fromArray(parts);
}

def('split', 2, ([s, p]) => split(s, p, fromArray([])));
def('split', 3, ([s, p, o]) => split(s, p, o));
def('match', 2, ([s, p]) => {
  const m = findMatch(binArg(s).bytes, patternsArg(p), 0);
  return m === null ? NOMATCH : m;
});
def('matches', 2, ([s, p]) => fromArray(allMatches(binArg(s).bytes, patternsArg(p))));
def('part', 3, ([b, p, l]) => binaryPart(b, p, l));
def('part', 2, ([b, pl]) => {
  if (!Array.isArray(pl) || pl.length !== 2) badarg();
  return binaryPart(b, pl[0], pl[1]);
});
def('copy', 1, ([b]) => Bin.fromBytes(binArg(b).bytes.slice()));
def('copy', 2, ([b, n]) => {
  const bytes = binArg(b).bytes;
  if (typeof n !== 'number' || n < 0) badarg();
  const out = new Uint8Array(bytes.length * n);
  for (let i = 0; i < n; i++) out.set(bytes, i * bytes.length);
  return Bin.fromBytes(out);
});
def('first', 1, ([b]) => {
  const bytes = binArg(b).bytes;
  if (bytes.length === 0) badarg();
  return bytes[0];
});
def('last', 1, ([b]) => {
  const bytes = binArg(b).bytes;
  if (bytes.length === 0) badarg();
  return bytes[bytes.length - 1];
});
def('at', 2, ([b, i]) => {
  const bytes = binArg(b).bytes;
  if (typeof i !== 'number' || i < 0 || i >= bytes.length) badarg();
  return bytes[i];
});
def('bin_to_list', 1, ([b]) => fromArray(Array.from(binArg(b).bytes)));

function replace(subject: Term, pattern: Term, replacement: Term, options: Term): Bin {
  const hay = binArg(subject).bytes;
  const pats = patternsArg(pattern);
  const rep = binArg(replacement).bytes;
  const opts = properList(options);
  if (opts === null) badarg();
  const global = opts.includes(atom('global'));
  const ms = global ? allMatches(hay, pats) : [findMatch(hay, pats, 0)].filter((m) => m !== null);
  const out: number[] = [];
  let start = 0;
  for (const [at, len] of ms as [number, number][]) {
    for (let i = start; i < at; i++) out.push(hay[i]);
    for (const b of rep) out.push(b);
    start = at + len;
  }
  for (let i = start; i < hay.length; i++) out.push(hay[i]);
  return Bin.fromBytes(Uint8Array.from(out));
}
def('replace', 3, ([s, p, r]) => replace(s, p, r, fromArray([])));
def('replace', 4, ([s, p, r, o]) => replace(s, p, r, o));

// :unicode. Invalid data in a list is badarg here; the BEAM returns {error, ...} tuples for
// some invalid binaries, which we return for a binary that is not UTF-8.
registerBif('unicode', 'characters_to_binary', 1, ([d]) => {
  const text = chardataText(d);
  if (text !== null) return Bin.fromString(text);
  if (d instanceof Bin) return [ERROR, Bin.fromBytes(new Uint8Array()), d];
  const items = properList(d);
  if (items === null) badarg();
  // A flat list: convert the valid prefix and hand back the rest from the first bad element.
  let i = 0;
  while (i < items.length && chardataText(fromArray([items[i]])) !== null) i++;
  const prefix = chardataText(fromArray(items.slice(0, i))) as string;
  const bad = items[i];
  if (typeof bad !== 'number') badarg();
  return [ERROR, Bin.fromString(prefix), fromArray(items.slice(i))];
});
registerBif('unicode', 'characters_to_list', 1, ([d]) => {
  const text = chardataText(d);
  if (text === null) badarg();
  return charlist(text);
});
