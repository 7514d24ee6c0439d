// Helpers shared by the natives: raising Erlang errors with their exact reasons, reading
// arguments of a given Erlang type, and converting between lists, charlists and binaries.
import { ErlangError } from './registry.ts';
import {
  atom,
  Atom,
  Bin,
  Cons,
  EMPTY_LIST,
  Float,
  Fun,
  isInteger,
  normalizeInteger,
  str,
  TRUE,
  type Term,
} from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';

export const BADARG = atom('badarg');
export const BADARITH = atom('badarith');
export const FUNCTION_CLAUSE = atom('function_clause');

export function badarg(): never {
  throw new ErlangError(BADARG);
}

export function badarith(): never {
  throw new ErlangError(BADARITH);
}

export function functionClause(): never {
  throw new ErlangError(FUNCTION_CLAUSE);
}

export function badmap(m: Term): never {
  throw new ErlangError([atom('badmap'), m]);
}

export function badkey(k: Term): never {
  throw new ErlangError([atom('badkey'), k]);
}

/** An Elixir exception struct, e.g. exception('ArgumentError', {message: ...}). */
export function exception(name: string, fields: Record<string, Term>): MapTerm {
  const entries: [Term, Term][] = [
    [atom('__struct__'), atom('Elixir.' + name)],
    [atom('__exception__'), TRUE],
  ];
  for (const [k, v] of Object.entries(fields)) entries.push([atom(k), v]);
  return MapTerm.fromEntries(entries);
}

/** Raise an Elixir exception with a message, as `raise Name, message` does. */
export function raise(name: string, message: string): never {
  throw new ErlangError(exception(name, { message: str(message) }));
}

export function isNumber(t: Term): t is number | bigint | Float {
  return typeof t === 'number' || typeof t === 'bigint' || t instanceof Float;
}

/** The numeric value of an integer or a float, as a JS number (bigints rounded). */
export function toJsNumber(t: number | bigint | Float): number {
  if (t instanceof Float) return t.value;
  return Number(t);
}

export function toBig(t: number | bigint): bigint {
  return typeof t === 'bigint' ? t : BigInt(t);
}

/** A float result: Erlang has no infinities or NaN, so an overflow is badarith. */
export function mkFloat(x: number): Float {
  if (!Number.isFinite(x)) badarith();
  return new Float(x);
}

export function intArg(t: Term): number | bigint {
  if (!isInteger(t)) badarg();
  return t;
}

/** A small non-negative (or any, when allowNegative) integer that fits a JS number. */
export function smallInt(t: Term): number {
  if (typeof t !== 'number') badarg();
  return t;
}

export function binArg(t: Term): Bin {
  if (!(t instanceof Bin)) badarg();
  return t;
}

export function atomArg(t: Term): Atom {
  if (!(t instanceof Atom)) badarg();
  return t;
}

export function mapArg(t: Term): MapTerm {
  if (!(t instanceof MapTerm)) badmap(t);
  return t;
}

export function isList(t: Term): t is Cons | typeof EMPTY_LIST {
  return t instanceof Cons || t === EMPTY_LIST;
}

/** The elements of a proper list, or null when the term is not one. */
export function properList(t: Term): Term[] | null {
  const out: Term[] = [];
  while (t instanceof Cons) {
    out.push(t.head);
    t = t.tail;
  }
  return t === EMPTY_LIST ? out : null;
}

export function listArg(t: Term): Term[] {
  const l = properList(t);
  if (l === null) badarg();
  return l;
}

export function fromArray(items: readonly Term[], tail: Term = EMPTY_LIST): Term {
  let l: Term = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

export function isFun(t: Term): t is Fun {
  return t instanceof Fun;
}

export function intResult(n: bigint): number | bigint {
  return normalizeInteger(n);
}

/** A charlist from a JS string, one element per Unicode code point. */
export function charlist(text: string): Term {
  const cps: Term[] = [];
  for (const ch of text) cps.push(ch.codePointAt(0) as number);
  return fromArray(cps);
}

/** A JS string from a proper list of code points; null when it is not one. */
export function charlistText(t: Term): string | null {
  let out = '';
  while (t instanceof Cons) {
    const c = t.head;
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return null;
    out += String.fromCodePoint(c);
    t = t.tail;
  }
  return t === EMPTY_LIST ? out : null;
}

/** The bytes of an iolist (bytes, binaries, nested lists, binary tail); null when it is not one. */
export function iolistBytes(t: Term): Uint8Array | null {
  if (t instanceof Bin) return t.bytes;
  const out: number[] = [];
  const visit = (x: Term): boolean => {
    while (x instanceof Cons) {
      const h = x.head;
      if (typeof h === 'number') {
        if (h < 0 || h > 255) return false;
        out.push(h);
      } else if (h instanceof Bin) {
        for (const b of h.bytes) out.push(b);
      } else if (h instanceof Cons || h === EMPTY_LIST) {
        if (!visit(h)) return false;
      } else {
        return false;
      }
      x = x.tail;
    }
    if (x instanceof Bin) {
      for (const b of x.bytes) out.push(b);
      return true;
    }
    return x === EMPTY_LIST;
  };
  return visit(t) ? Uint8Array.from(out) : null;
}

const utf8 = new TextEncoder();

export function utf8Bytes(text: string): Uint8Array {
  return utf8.encode(text);
}

/** Unicode chardata (code points, binaries, nested lists) to text; null when it is not chardata. */
export function chardataText(t: Term): string | null {
  if (t instanceof Bin) return t.text;
  let out = '';
  const visit = (x: Term): boolean => {
    while (x instanceof Cons) {
      const h = x.head;
      if (typeof h === 'number') {
        if (h < 0 || h > 0x10ffff || (h >= 0xd800 && h <= 0xdfff)) return false;
        out += String.fromCodePoint(h);
      } else if (h instanceof Bin) {
        const s = h.text;
        if (s === null) return false;
        out += s;
      } else if (h instanceof Cons || h === EMPTY_LIST) {
        if (!visit(h)) return false;
      } else {
        return false;
      }
      x = x.tail;
    }
    if (x instanceof Bin) {
      const s = x.text;
      if (s === null) return false;
      out += s;
      return true;
    }
    return x === EMPTY_LIST;
  };
  return visit(t) ? out : null;
}
