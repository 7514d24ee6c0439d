// Structural hashing of terms, consistent with exact equality (=:=): terms that are exactly
// equal hash alike, so 1 and 1.0 may differ while 0.0 and -0.0 (equal on OTP 25) must not.
// Used by MapTerm's hash trie; the values are 32-bit and never shown to programs.
import { Atom, Bin, BitString, Cons, EMPTY_LIST, Float, Fun, Pid, Ref, type Term } from './types.ts';
import { MapTerm } from './map.ts';

// Atoms are interned, so their hash is computed once per atom.
const atomHashes = new WeakMap<Atom, number>();

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x5bd1e995);
  return (h ^ (h >>> 15)) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return finish(h);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function hashDouble(x: number, seed: number): number {
  f64[0] = x === 0 ? 0 : x; // -0.0 =:= 0.0 on OTP 25
  return finish(mix(mix(seed, u32[0]), u32[1]));
}

function hashInteger(n: number | bigint): number {
  if (typeof n === 'number') {
    if (n >= -0x80000000 && n <= 0x7fffffff) return finish(mix(0x1234567, n));
    return hashDouble(n, 0x1234567);
  }
  const small = n >= -9007199254740991n && n <= 9007199254740991n;
  if (small) return hashInteger(Number(n));
  return hashString(n.toString(16), 0x2468ace);
}

/**
 * The hash of a term. Containers are walked with an explicit stack, in a fixed pre-order
 * (a tag and size, then the elements), so neither long lists nor deep nesting use the JS stack.
 */
export function hashTerm(t: Term): number {
  if (!(t instanceof Cons) && !Array.isArray(t)) return hashScalar(t);
  let h = 0x5be0cd19;
  const stack: Term[] = [t];
  while (stack.length > 0) {
    const x = stack.pop() as Term;
    if (x instanceof Cons) {
      h = mix(h, 0x1c6ef372);
      stack.push(x.tail, x.head);
    } else if (Array.isArray(x)) {
      h = mix(mix(h, 0x428a2f98), x.length);
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]);
    } else {
      h = mix(h, hashScalar(x));
    }
  }
  return finish(h);
}

/** Every term but lists and tuples (maps cache their own order-independent hash). */
function hashScalar(t: Term): number {
  if (typeof t === 'number' || typeof t === 'bigint') return hashInteger(t);
  if (t instanceof Atom) {
    let h = atomHashes.get(t);
    if (h === undefined) {
      h = hashString(t.name, 0x3c6ef372);
      atomHashes.set(t, h);
    }
    return h;
  }
  if (t instanceof Float) return hashDouble(t.value, 0x6a09e667);
  if (t instanceof Bin) {
    const text = t.text;
    if (text !== null) return hashString(text, 0x510e527f);
    let h = 0x9b05688c;
    for (const b of t.bytes) h = Math.imul(h ^ b, 0x01000193);
    return finish(h);
  }
  if (t instanceof BitString) {
    let h = mix(0x3f84d5b5, t.bitSize);
    for (const b of t.bytes) h = Math.imul(h ^ b, 0x01000193);
    return finish(h);
  }
  if (t === EMPTY_LIST) return 0x1f83d9ab;
  if (t instanceof MapTerm) return t.hash();
  if (t instanceof Pid) return finish(mix(mix(0x71374491, t.id), t.serial));
  if (t instanceof Ref) return finish(mix(0xb5c0fbcf, t.id));
  if (t instanceof Fun) {
    const l = t.label;
    let h = mix(hashString(l.module.name, 0xe9b5dba5), t.arity);
    h = l.kind === 'external' ? mix(h, hashTerm(l.name)) : mix(mix(h, l.index), l.uniq);
    for (const e of t.env) h = mix(h, hashTerm(e));
    return finish(h);
  }
  throw new TypeError('not a term: ' + String(t));
}
