// The order in which the BEAM (OTP 25, 64-bit) lists the keys of a map with more than 32 keys.
// Such maps are hash tries keyed by erts' make_internal_hash/2 (erts/emulator/beam/utils.c),
// and :maps.to_list/1 walks them so that keys come in descending order of their hash read
// four bits at a time from the lowest. Maps of up to 32 keys are sorted by term order instead.
//
// The hash depends only on a key's contents for integers, floats, binaries, and lists and tuples
// of those. Atoms (and pids, references, funs, maps) hash by where the VM happened to store them,
// which no other VM can know; a map with such a key keeps term order (see ./map.ts).
import { Bin, Cons, EMPTY_LIST, Float, type Term } from './types.ts';

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
