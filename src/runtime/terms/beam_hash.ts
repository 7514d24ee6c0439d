// The order in which the BEAM (OTP 25, 64-bit) lists the keys of a map with more than 32 keys.
// Such maps are hash tries keyed by erts' make_internal_hash/2 (erts/emulator/beam/utils.c),
// and :maps.to_list/1 walks them so that keys come in descending order of their hash read
// four bits at a time from the lowest. Maps of up to 32 keys are sorted by term order instead.
//
// The hash depends only on a key's contents for integers, floats, binaries, and lists and tuples
// of those. Atoms (and pids, references, funs, maps) hash by where the VM happened to store them,
// which no other VM can know; a map with such a key keeps term order (see ./map.ts).
import { Atom, Bin, Cons, EMPTY_LIST, Float, type Term } from './types.ts';
import { MapTerm } from './map.ts';

const HCONST = 0x9e3779b9;
const HCONST_4 = 0x78dde6e4;
const HCONST_9 = 0x8ff34781;
const HCONST_10 = 0x2e2ac13a;
const HCONST_11 = 0xcc623af3;
const HCONST_12 = 0x6a99b4ac;
const HCONST_13 = 0x08d12e65;
const HCONST_17 = 0x81af1549;
const HCONST_18 = 0x1fe68f02;
const HCONST_22 = 0x98c475e6;
const INTERNAL_HASH_SALT = 3432918353;

/** Bob Jenkins' 96-bit mix, as erts' MIX(a, b, c); returns the new c. */
function mix(a: number, b: number, c: number): number {
  a = (a - b - c) | 0;
  a ^= c >>> 13;
  b = (b - c - a) | 0;
  b ^= a << 8;
  c = (c - a - b) | 0;
  c ^= b >>> 13;
  a = (a - b - c) | 0;
  a ^= c >>> 12;
  b = (b - c - a) | 0;
  b ^= a << 16;
  c = (c - a - b) | 0;
  c ^= b >>> 5;
  a = (a - b - c) | 0;
  a ^= c >>> 3;
  b = (b - c - a) | 0;
  b ^= a << 10;
  c = (c - a - b) | 0;
  c ^= b >>> 15;
  return c | 0;
}

/** UINT32_HASH_2(x, y, k) on the running hash h. */
function hash2(h: number, x: number, y: number, k: number): number {
  return mix((k + x) | 0, (k + y) | 0, h);
}

/** The running hash after an immediate term word (64 bits, as two halves). */
function immediate(h: number, word: bigint): number {
  return hash2(h, Number(word & 0xffffffffn), Number((word >> 32n) & 0xffffffffn), HCONST);
}

const SMALL_MIN = -(2n ** 59n);
const SMALL_MAX = 2n ** 59n - 1n;
const NIL_WORD = 0x3bn; // [] on OTP 25 (an immediate whose payload bits are all zero)

function blockHash(bytes: Uint8Array, initval: number): number {
  let a = HCONST | 0;
  let b = HCONST | 0;
  let c = initval | 0;
  const len = bytes.length;
  const word = (i: number) => (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) | 0;
  let k = 0;
  for (; len - k >= 12; k += 12) {
    a = (a + word(k)) | 0;
    b = (b + word(k + 4)) | 0;
    c = (c + word(k + 8)) | 0;
    // MIX updates all three; only c is carried out of mix(), so it is inlined here.
    [a, b, c] = mixAll(a, b, c);
  }
  c = (c + len) | 0;
  const rest = len - k;
  const at = (i: number) => bytes[k + i];
  if (rest >= 11) c = (c + (at(10) << 24)) | 0;
  if (rest >= 10) c = (c + (at(9) << 16)) | 0;
  if (rest >= 9) c = (c + (at(8) << 8)) | 0;
  if (rest >= 8) b = (b + (at(7) << 24)) | 0;
  if (rest >= 7) b = (b + (at(6) << 16)) | 0;
  if (rest >= 6) b = (b + (at(5) << 8)) | 0;
  if (rest >= 5) b = (b + at(4)) | 0;
  if (rest >= 4) a = (a + (at(3) << 24)) | 0;
  if (rest >= 3) a = (a + (at(2) << 16)) | 0;
  if (rest >= 2) a = (a + (at(1) << 8)) | 0;
  if (rest >= 1) a = (a + at(0)) | 0;
  return mix(a, b, c);
}

function mixAll(a: number, b: number, c: number): [number, number, number] {
  a = (a - b - c) | 0;
  a ^= c >>> 13;
  b = (b - c - a) | 0;
  b ^= a << 8;
  c = (c - a - b) | 0;
  c ^= b >>> 13;
  a = (a - b - c) | 0;
  a ^= c >>> 12;
  b = (b - c - a) | 0;
  b ^= a << 16;
  c = (c - a - b) | 0;
  c ^= b >>> 5;
  a = (a - b - c) | 0;
  a ^= c >>> 3;
  b = (b - c - a) | 0;
  b ^= a << 10;
  c = (c - a - b) | 0;
  c ^= b >>> 15;
  return [a, b, c];
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

const CDR_MARK = Symbol('cdr');

/**
 * make_internal_hash(Key, 0), or null when the key holds a term whose hash is not determined by
 * its contents (an atom, pid, reference, fun or map).
 */
export function beamMapHash(key: Term): number | null {
  let h = INTERNAL_HASH_SALT | 0;
  const stack: (Term | typeof CDR_MARK)[] = [key];
  while (stack.length > 0) {
    const t = stack.pop() as Term | typeof CDR_MARK;
    if (t === CDR_MARK) {
      h ^= HCONST_18;
      h = (h << 17) ^ (h >>> 15);
      continue;
    }
    if (typeof t === 'number' && Math.abs(t) < 2 ** 48) {
      // The small-integer word n * 16 + 15 in two 32-bit halves, without going through BigInt.
      const word = t * 16 + 15;
      const hi = Math.floor(word / 4294967296);
      h = hash2(h, word - hi * 4294967296, hi >>> 0, HCONST);
    } else if (typeof t === 'number' || typeof t === 'bigint') {
      const n = BigInt(t);
      if (n >= SMALL_MIN && n <= SMALL_MAX) {
        h = immediate(h, BigInt.asUintN(64, (n << 4n) | 0xfn));
      } else {
        // A bignum: its magnitude in 64-bit digits, least significant first.
        const k = n < 0n ? HCONST_10 : HCONST_11;
        let m = n < 0n ? -n : n;
        do {
          h = hash2(h, Number(m & 0xffffffffn), Number((m >> 32n) & 0xffffffffn), k);
          m >>= 64n;
        } while (m > 0n);
      }
    } else if (t instanceof Float) {
      f64[0] = t.value === 0 ? 0 : t.value;
      h = hash2(h, u32[0], u32[1], HCONST_12);
    } else if (t instanceof Bin) {
      const con = (HCONST_13 + h) | 0;
      h = t.byteSize === 0 ? con : blockHash(t.bytes, con);
    } else if (t === EMPTY_LIST) {
      h = immediate(h, NIL_WORD);
    } else if (t instanceof Cons) {
      // Leading bytes (0..255) are hashed four at a time, as erts does for strings.
      let l: Term = t;
      let c = 0;
      let sh = 0;
      while (l instanceof Cons && typeof l.head === 'number' && l.head >= 0 && l.head <= 255) {
        sh = ((sh << 8) + l.head) | 0;
        if (c === 3) {
          h = hash2(h, sh, 0, HCONST_4);
          c = sh = 0;
        } else c++;
        l = l.tail;
      }
      if (c > 0) h = hash2(h, sh, c, HCONST_22);
      if (l instanceof Cons) {
        h ^= HCONST_17;
        h = (h << 17) ^ (h >>> 15);
        stack.push(l.tail);
        if (!(l.tail instanceof Cons)) stack.push(CDR_MARK);
        stack.push(l.head);
      } else stack.push(l);
    } else if (Array.isArray(t)) {
      h = hash2(h, t.length, 0, HCONST_9);
      for (let i = t.length - 1; i >= 0; i--) stack.push(t[i]);
    } else {
      return null;
    }
  }
  return h >>> 0;
}

/** The hash read four bits at a time from the lowest, as a number that sorts that way. */
function nibblesReversed(h: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) r = r * 16 + ((h >>> (4 * i)) & 15);
  return r;
}

/**
 * The key by which :maps.to_list/1 orders a large map's keys (greatest first), or null when the
 * BEAM's hash of this key cannot be known here.
 */
export function beamMapOrderKey(key: Term): number | null {
  const h = beamMapHash(key);
  return h === null ? null : nibblesReversed(h);
}

// ---------------------------------------------------------------------------------------------
// erlang:phash2/1,2: make_hash2 of erts/emulator/beam/utils.c. Unlike the internal hash it is
// portable: atoms hash by their text, so every term made of numbers, atoms, binaries, lists,
// tuples and maps has the same value as on the BEAM.

const HCONST_2 = 0x3c6ef372;
const HCONST_3 = 0xdaa66d2b;
const HCONST_5 = 0x1715609d;
const HCONST_7 = 0x5384540f;
const HCONST_14 = 0xa708a81e;
const HCONST_16 = 0xe3779b90;
const HCONST_19 = 0xbe1e08bb;
const HCONST_20 = 0x5c558274;
const HCONST_21 = 0xfa8cfc2d;
const NIL_DEF = 2;
/** make_hash2 of [] on its own, a constant of erts. */
const NIL_ALONE = 3468870702;

/** The atom table's hash of a name: hashpjw over its UTF-8 bytes, Latin-1 letters as one byte. */
export function atomTextHash(name: string): number {
  const p = new TextEncoder().encode(name);
  let h = 0;
  for (let i = 0; i < p.length; i++) {
    let v = p[i];
    // erts keeps the hash of atoms made before UTF-8 atoms: a two-byte U+0080..U+00FF is its code.
    if (i + 1 < p.length && (v & 0xfe) === 0xc2 && (p[i + 1] & 0xc0) === 0x80) {
      v = ((v << 6) | (p[i + 1] & 0x3f)) & 0xff;
      i++;
    }
    h = ((h << 4) + v) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) {
      h ^= g >>> 24;
      h ^= g;
      h >>>= 0;
    }
  }
  return h;
}

/** Markers on make_hash2's stack, as erts pushes them between terms. */
const MAP_TAIL = Symbol('map tail');
const MAP_PAIR = Symbol('map pair');
type Hash2Item = Term | typeof MAP_TAIL | typeof MAP_PAIR | { savedHash: number; savedXor: number };

/** The pieces of a term make_hash2 needs beyond plain data (pids, references, funs). */
export interface Hash2Hooks {
  /** The number a pid or reference is hashed by, or null when the term is neither. */
  identity(t: Term): { kind: 'pid' | 'ref'; number: number } | null;
  /** A fun: &Mod.fun/arity, or a closure with the numbers erts would take from its entry. */
  fun(t: Term): { kind: 'export'; module: string; name: string; arity: number } | { kind: 'local'; module: string; index: number; uniq: number; env: readonly Term[] } | null;
}

/** make_hash2(term): the full 32 bits (phash2/1 keeps the low 27). */
export function makeHash2(term: Term, hooks: Hash2Hooks): number {
  let hash = 0;
  let xorPairs = 0;
  const u32hash2 = (x: number, y: number, k: number) => {
    hash = mix((k + x) | 0, (k + y) | 0, hash) >>> 0;
  };
  const u32hash = (x: number, k: number) => u32hash2(x, 0, k);
  const sint32 = (x: number) => {
    if (x < 0) u32hash(-x, HCONST);
    u32hash(x, HCONST);
  };
  const bignum = (n: bigint) => {
    const k = n < 0n ? HCONST_10 : HCONST_11;
    let m = n < 0n ? -n : n;
    do {
      u32hash2(Number(m & 0xffffffffn), Number((m >> 32n) & 0xffffffffn), k);
      m >>= 64n;
    } while (m > 0n);
  };
  const stack: Hash2Item[] = [term];
  while (stack.length > 0) {
    let t = stack.pop() as Hash2Item;
    if (t === MAP_PAIR) {
      xorPairs = (xorPairs ^ hash) >>> 0;
      hash = 0;
      continue;
    }
    if (t === MAP_TAIL) {
      const saved = stack.pop() as { savedHash: number; savedXor: number };
      const pairs = xorPairs;
      hash = saved.savedHash;
      u32hash(pairs, HCONST_19);
      xorPairs = saved.savedXor;
      continue;
    }
    t = t as Term;
    if (typeof t === 'number' && Number.isInteger(t) && t >= -(2 ** 27) && t < 2 ** 27) {
      sint32(t);
    } else if (typeof t === 'number' || typeof t === 'bigint') {
      bignum(BigInt(t));
    } else if (t instanceof Atom) {
      const v = atomTextHash(t.name);
      if (hash === 0) hash = v;
      else u32hash(v, HCONST_3);
    } else if (t === EMPTY_LIST) {
      if (hash === 0) hash = NIL_ALONE;
      else u32hash(NIL_DEF, HCONST_2);
    } else if (t instanceof Float) {
      f64[0] = t.value === 0 ? 0 : t.value;
      u32hash2(u32[1], u32[0], HCONST_12);
    } else if (t instanceof Bin) {
      const con = (HCONST_13 + hash) >>> 0;
      hash = t.byteSize === 0 ? con : blockHash(t.bytes, con) >>> 0;
    } else if (t instanceof Cons) {
      let c = 0;
      let sh = 0;
      let l: Term = t;
      while (l instanceof Cons && typeof l.head === 'number' && l.head >= 0 && l.head <= 255) {
        sh = ((sh << 8) + l.head) >>> 0;
        if (c === 3) {
          u32hash(sh, HCONST_4);
          c = sh = 0;
        } else c++;
        l = l.tail;
      }
      if (c > 0) u32hash(sh, HCONST_4);
      if (l instanceof Cons) {
        stack.push(l.tail);
        stack.push(l.head);
      } else stack.push(l);
    } else if (Array.isArray(t)) {
      u32hash(t.length, HCONST_9);
      for (let i = t.length - 1; i >= 0; i--) stack.push(t[i]);
    } else if (t instanceof MapTerm) {
      u32hash(t.size, HCONST_16);
      if (t.size === 0) continue;
      // Each pair is hashed from zero and the pair hashes are xor-ed: the order does not count.
      stack.push({ savedHash: hash, savedXor: xorPairs });
      stack.push(MAP_TAIL);
      for (const [k, v] of t.entries()) stack.push(MAP_PAIR, v, k);
      hash = 0;
      xorPairs = 0;
    } else if (isBits(t)) {
      const whole = t.bitSize >> 3;
      const bits = t.bitSize & 7;
      const con = (HCONST_13 + hash) >>> 0;
      hash = blockHash(t.bytes.subarray(0, whole), con) >>> 0;
      u32hash2(bits, t.bytes[whole] >> (8 - bits), HCONST_15);
    } else {
      const id = hooks.identity(t);
      if (id !== null) {
        u32hash(id.number, id.kind === 'pid' ? HCONST_5 : HCONST_7);
        continue;
      }
      const f = hooks.fun(t);
      if (f === null) continue;
      if (f.kind === 'export') {
        u32hash2(f.arity, atomTextHash(f.module), HCONST);
        u32hash(atomTextHash(f.name), HCONST_14);
      } else {
        u32hash2(f.env.length, atomTextHash(f.module), HCONST);
        u32hash2(f.index, f.uniq, HCONST);
        for (let i = f.env.length - 1; i >= 0; i--) stack.push(f.env[i]);
      }
    }
  }
  return hash >>> 0;
}

const HCONST_15 = 0x454021d7;

function isBits(t: Term): t is Term & { bytes: Uint8Array; bitSize: number } {
  return typeof t === 'object' && t !== null && 'bitSize' in t && (t as { bytes?: unknown }).bytes instanceof Uint8Array;
}

// erlang:phash/2: make_hash of utils.c, the older portable hash (bytes times large primes).
const FUNNY_NUMBER1 = 268440163;
const FUNNY_NUMBER2 = 268439161;
const FUNNY_NUMBER3 = 268435459;
const FUNNY_NUMBER4 = 268436141;
const FUNNY_NUMBER5 = 268438633;
const FUNNY_NUMBER6 = 268437017;
const FUNNY_NUMBER8 = 268437511;
const FUNNY_NUMBER9 = 268439627;
const FUNNY_NUMBER10 = 268440479;
const FUNNY_NUMBER11 = 268440577;
const FUNNY_NUMBER12 = 268440581;
const FUNNY_NUMBER13 = 268440593;
const FUNNY_NUMBER14 = 268440611;

/** make_hash(term), 32 bits. */
export function makeHash(term: Term, hooks: Hash2Hooks): number {
  let hash = 0;
  const step = (x: number, p: number) => {
    hash = (Math.imul(hash, p) + x) >>> 0;
  };
  const u32step = (x: number, p: number) => {
    step(x & 0xff, p);
    step((x >>> 8) & 0xff, p);
    step((x >>> 16) & 0xff, p);
    step(x >>> 24, p);
  };
  const go = (t: Term): void => {
    if (typeof t === 'number' || typeof t === 'bigint') {
      // The magnitude byte by byte, least significant first, in whole 32-bit words.
      const n = BigInt(t);
      let m = n < 0n ? -n : n;
      do {
        u32step(Number(m & 0xffffffffn), FUNNY_NUMBER2);
        m >>= 32n;
      } while (m > 0n);
      hash = Math.imul(hash, n < 0n ? FUNNY_NUMBER4 : FUNNY_NUMBER3) >>> 0;
    } else if (t instanceof Atom) step(atomTextHash(t.name), FUNNY_NUMBER1);
    else if (t === EMPTY_LIST) step(1, FUNNY_NUMBER3);
    else if (t instanceof Float) {
      f64[0] = t.value === 0 ? 0 : t.value;
      step((u32[0] ^ u32[1]) >>> 0, FUNNY_NUMBER6);
    } else if (t instanceof Bin) {
      for (const b of t.bytes) step(b, FUNNY_NUMBER1);
      step(t.byteSize, FUNNY_NUMBER4);
    } else if (isBits(t)) {
      const whole = t.bitSize >> 3;
      const bits = t.bitSize & 7;
      for (let i = 0; i < whole; i++) step(t.bytes[i], FUNNY_NUMBER1);
      step(t.bytes[whole] >> (8 - bits), FUNNY_NUMBER1);
      step(bits, FUNNY_NUMBER12);
      step(whole, FUNNY_NUMBER4);
    } else if (t instanceof Cons) {
      let l: Cons = t;
      for (;;) {
        while (typeof l.head === 'number' && l.head >= 0 && l.head <= 255) {
          step(l.head, FUNNY_NUMBER2);
          if (!(l.tail instanceof Cons)) {
            go(l.tail);
            hash = Math.imul(hash, FUNNY_NUMBER8) >>> 0;
            return;
          }
          l = l.tail;
        }
        const cdr = l.tail;
        go(l.head);
        if (!(cdr instanceof Cons)) {
          go(cdr);
          hash = Math.imul(hash, FUNNY_NUMBER8) >>> 0;
          return;
        }
        l = cdr;
      }
    } else if (Array.isArray(t)) {
      for (const e of t) go(e);
      step(t.length, FUNNY_NUMBER9);
    } else if (t instanceof MapTerm) {
      hash = (Math.imul(hash, FUNNY_NUMBER13) + FUNNY_NUMBER14 + makeHash2(t, hooks)) >>> 0;
    } else {
      const id = hooks.identity(t);
      if (id !== null) {
        u32step(id.number, id.kind === 'pid' ? FUNNY_NUMBER5 : FUNNY_NUMBER9);
        hash = Math.imul(hash, id.kind === 'pid' ? FUNNY_NUMBER6 : FUNNY_NUMBER10) >>> 0;
        return;
      }
      const f = hooks.fun(t);
      if (f === null) return;
      if (f.kind === 'export') {
        step(f.arity, FUNNY_NUMBER11);
        step(atomTextHash(f.module), FUNNY_NUMBER1);
        step(atomTextHash(f.name), FUNNY_NUMBER1);
      } else {
        step(f.env.length, FUNNY_NUMBER10);
        step(atomTextHash(f.module), FUNNY_NUMBER1);
        step(f.index, FUNNY_NUMBER2);
        step(f.uniq, FUNNY_NUMBER2);
        for (const e of f.env) go(e);
      }
    }
  };
  go(term);
  return hash;
}
