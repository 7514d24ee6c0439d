// :erlang.term_to_binary/1,2, binary_to_term/1,2 and external_size/1,2 over the external term
// format of ../terms/external.ts, and the checksums and digests learners reach for
// (:erlang.md5/1, crc32/1,2, adler32/1,2, :crypto.hash/2), all written out here because natives
// must run the same in a browser and in Node.
import { ErlangError, registerBif } from './registry.ts';
import { Atom, atom, Bin, Cons, EMPTY_LIST, Fun, type Term } from '../terms/types.ts';
import { BadExternal, decode, encode, setExportFunMaker, type EncodeOptions } from '../terms/external.ts';
import type { CallSite } from '../compiler/code.ts';
import { badarg, iolistBytes, listArg } from './util.ts';

const def = (name: string, arity: number, fn: (args: Term[]) => Term): void => registerBif('erlang', name, arity, fn);

setExportFunMaker((module, name, arity) => {
  const site: CallSite = { module, name, arity, version: -1, fn: null, bif: null, folded: false, protocol: undefined };
  return new Fun(arity, site, [], { kind: 'external', module, name });
});

const A_COMPRESSED = atom('compressed');
const A_MINOR_VERSION = atom('minor_version');
const A_DETERMINISTIC = atom('deterministic');
const A_SAFE = atom('safe');
const A_USED = atom('used');

/** term_to_binary/2's options. Compression is accepted and not applied (see ../terms/external.ts). */
function encodeOptions(t: Term): EncodeOptions {
  const opts: EncodeOptions = { minorVersion: 1 };
  if (t !== EMPTY_LIST && !(t instanceof Cons)) badarg();
  for (const o of listArg(t)) {
    if (o === A_COMPRESSED || o === A_DETERMINISTIC) continue;
    if (Array.isArray(o) && o.length === 2 && o[0] === A_COMPRESSED && typeof o[1] === 'number' && o[1] >= 0 && o[1] <= 9) continue;
    if (Array.isArray(o) && o.length === 2 && o[0] === A_MINOR_VERSION && (o[1] === 0 || o[1] === 1 || o[1] === 2)) {
      opts.minorVersion = o[1];
      continue;
    }
    badarg();
  }
  return opts;
}

function termToBinary(t: Term, opts?: EncodeOptions): Bin {
  try {
    return Bin.fromBytes(encode(t, opts));
  } catch (e) {
    if (e instanceof BadExternal) badarg();
    throw e;
  }
}

def('term_to_binary', 1, ([t]) => termToBinary(t));
def('term_to_binary', 2, ([t, o]) => termToBinary(t, encodeOptions(o)));
def('external_size', 1, ([t]) => termToBinary(t).byteSize);
def('external_size', 2, ([t, o]) => termToBinary(t, encodeOptions(o)).byteSize);

function binaryToTerm(b: Term, used: boolean): Term {
  if (!(b instanceof Bin)) badarg();
  try {
    const r = decode(b.bytes);
    // Bytes after the term are ignored, as on the BEAM.
    return used ? [r.term, r.used] : r.term;
  } catch (e) {
    if (e instanceof BadExternal) badarg();
    throw e;
  }
}

def('binary_to_term', 1, ([b]) => binaryToTerm(b, false));
def('binary_to_term', 2, ([b, o]) => {
  const opts = o === EMPTY_LIST || o instanceof Cons ? listArg(o) : badarg();
  if (opts.some((x) => x !== A_SAFE && x !== A_USED)) badarg();
  return binaryToTerm(b, opts.includes(A_USED));
});

// ---------------------------------------------------------------------------------------------
// Checksums and digests

function iodata(t: Term): Uint8Array {
  if (t instanceof Bin) return t.bytes;
  return iolistBytes(t) ?? badarg();
}

function charlist(s: string): Term {
  let l: Term = EMPTY_LIST;
  for (let i = s.length - 1; i >= 0; i--) l = new Cons(s.charCodeAt(i), l);
  return l;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, previous = 0): number {
  let c = (previous ^ 0xffffffff) >>> 0;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array, previous = 1): number {
  let a = previous & 0xffff;
  let b = (previous >>> 16) & 0xffff;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function checksumArg(t: Term): number {
  if (typeof t !== 'number' || t < 0 || t > 0xffffffff) badarg();
  return t;
}

def('crc32', 1, ([d]) => crc32(iodata(d)));
def('crc32', 2, ([c, d]) => crc32(iodata(d), checksumArg(c)));
def('adler32', 1, ([d]) => adler32(iodata(d)));
def('adler32', 2, ([c, d]) => adler32(iodata(d), checksumArg(c)));
def('md5', 1, ([d]) => Bin.fromBytes(md5(iodata(d))));

// MD5 (RFC 1321).
const MD5_S = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

function md5(input: Uint8Array): Uint8Array {
  const msg = padded(input, true);
  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  const view = new DataView(msg.buffer);
  const m = new Uint32Array(16);
  for (let off = 0; off < msg.length; off += 64) {
    for (let i = 0; i < 16; i++) m[i] = view.getUint32(off + i * 4, true);
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      f = (f + a + MD5_K[i] + m[g]) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + rotl(f, MD5_S[i])) | 0;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  const out = new Uint8Array(16);
  const ov = new DataView(out.buffer);
  [a0, b0, c0, d0].forEach((x, i) => ov.setUint32(i * 4, x >>> 0, true));
  return out;
}

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

/** The message padded to whole 64-byte blocks, its bit length last (little- or big-endian). */
function padded(input: Uint8Array, littleEndian: boolean): Uint8Array {
  const len = input.length;
  const total = Math.ceil((len + 9) / 64) * 64;
  const msg = new Uint8Array(total);
  msg.set(input);
  msg[len] = 0x80;
  const view = new DataView(msg.buffer);
  const bits = BigInt(len) * 8n;
  view.setBigUint64(total - 8, bits, littleEndian);
  return msg;
}

// SHA-1 and SHA-2 (FIPS 180-4), for :crypto.hash/2.
function sha1(input: Uint8Array): Uint8Array {
  const msg = padded(input, false);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Int32Array(80);
  const view = new DataView(msg.buffer);
  for (let off = 0; off < msg.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(off + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let [a, b, c, d, e] = h;
    for (let i = 0; i < 80; i++) {
      const [f, k] = i < 20 ? [(b & c) | (~b & d), 0x5a827999] : i < 40 ? [b ^ c ^ d, 0x6ed9eba1] : i < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc] : [b ^ c ^ d, 0xca62c1d6];
      const t = (rotl(a, 5) + f + e + k + w[i]) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
  }
  return words(h);
}

function words(h: number[]): Uint8Array {
  const out = new Uint8Array(h.length * 4);
  const v = new DataView(out.buffer);
  h.forEach((x, i) => v.setUint32(i * 4, x >>> 0));
  return out;
}

const SHA256_K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

function sha256(input: Uint8Array, init: number[], outWords: number): Uint8Array {
  const msg = padded(input, false);
  const h = init.slice();
  const w = new Int32Array(64);
  const view = new DataView(msg.buffer);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let off = 0; off < msg.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + SHA256_K[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = (h[i] + x) | 0));
  }
  return words(h.slice(0, outWords));
}

const SHA256_INIT = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const SHA224_INIT = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];

const DIGESTS: Record<string, (b: Uint8Array) => Uint8Array> = {
  md5,
  sha: sha1,
  sha224: (b) => sha256(b, SHA224_INIT, 7),
  sha256: (b) => sha256(b, SHA256_INIT, 8),
};

registerBif('crypto', 'hash', 2, ([type, data]) => {
  const digest = type instanceof Atom ? DIGESTS[type.name] : undefined;
  if (digest === undefined) throw new ErlangError([atom('badarg'), [charlist('hash.c'), 108], charlist('Bad digest type')]);
  return Bin.fromBytes(digest(iodata(data)));
});

registerBif('crypto', 'strong_rand_bytes', 1, ([n]) => {
  if (typeof n !== 'number' || n < 0) badarg();
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return Bin.fromBytes(out);
});

