// Building and matching bitstrings segment by segment (`<<a::3, rest::bits>>`). A segment's size
// counts units of `unit` bits, as in Erlang (the compiler resolves each type's default unit).
// A result of whole bytes is a Bin, anything else a BitString (see ../terms/types.ts). Segments
// that start on a byte boundary, the common case, go byte by byte as before; only values that
// are not byte-aligned take the bit-level paths.
// https://www.erlang.org/doc/reference_manual/expressions.html#bit_syntax
import { Bin, BitString, Cons, EMPTY_LIST, Float, atom, bitstring, isInteger, list, normalizeInteger, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { ErlangError } from '../bifs/registry.ts';
import { exactEquals } from '../terms/compare.ts';
import type { SegmentSpec } from '../compiler/code.ts';

/**
 * Bits appended one segment after another into a buffer sized for the whole result where that
 * can be foreseen (it grows otherwise); whole bytes are stored as they are while the end is
 * aligned. Unwritten bytes are zero, so bits are ORed in.
 */
class BitWriter {
  buf: Uint8Array;
  bits = 0;

  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity);
  }

  /** Room for n more bytes after the last one begun. */
  room(n: number): void {
    const need = ((this.bits + 7) >> 3) + n;
    if (need > this.buf.length) {
      const grown = new Uint8Array(Math.max(need, this.buf.length * 2));
      grown.set(this.buf);
      this.buf = grown;
    }
  }

  /** The low n (0..8) bits of v. */
  small(v: number, n: number): void {
    this.room(1);
    const i = this.bits >> 3;
    const used = this.bits & 7;
    if (used === 0) this.buf[i] = (v << (8 - n)) & 0xff;
    else {
      const free = 8 - used;
      if (n <= free) this.buf[i] |= (v << (free - n)) & 0xff;
      else {
        this.buf[i] |= (v >> (n - free)) & 0xff;
        this.buf[i + 1] = (v << (8 - (n - free))) & 0xff;
      }
    }
    this.bits += n;
  }

  byte(b: number): void {
    if ((this.bits & 7) === 0) {
      this.room(1);
      this.buf[this.bits >> 3] = b;
      this.bits += 8;
    } else this.small(b, 8);
  }

  /** The first n bits of a binary or bitstring. */
  copy(v: Bin | BitString, n: number): void {
    const src = v.sourceBytes();
    const start = v.sourceStart();
    const whole = n >> 3;
    const rest = n & 7;
    if ((start & 7) !== 0) {
      for (let i = 0; i < whole; i++) this.byte(readUint(src, start + 8 * i, 8) as number);
      if (rest !== 0) this.small(readUint(src, start + 8 * whole, rest) as number, rest);
      return;
    }
    const from = start >> 3;
    if ((this.bits & 7) === 0) {
      this.room(whole);
      this.buf.set(src.subarray(from, from + whole), this.bits >> 3);
      this.bits += whole * 8;
    } else for (let i = 0; i < whole; i++) this.small(src[from + i], 8);
    if (rest !== 0) this.small(src[from + whole] >> (8 - rest), rest);
  }

  result(): Bin | BitString {
    return bitstring(this.buf, this.bits);
  }
}

/** The bits of a bitstring, most significant first, read from `at` (a bit offset). */
function readUint(bytes: Uint8Array, at: number, n: number): number | bigint {
  if (n <= 48) {
    let x = 0;
    if ((at & 7) === 0 && (n & 7) === 0) {
      const from = at >> 3;
      for (let i = 0; i < n >> 3; i++) x = x * 256 + bytes[from + i];
      return x;
    }
    let pos = at;
    let left = n;
    while (left > 0) {
      const off = pos & 7;
      const take = Math.min(8 - off, left);
      x = x * (1 << take) + ((bytes[pos >> 3] >> (8 - off - take)) & ((1 << take) - 1));
      pos += take;
      left -= take;
    }
    return x;
  }
  let x = 0n;
  for (let pos = at; pos < at + n; pos += 48) x = (x << BigInt(Math.min(48, at + n - pos))) | BigInt(readUint(bytes, pos, Math.min(48, at + n - pos)));
  return x;
}

/**
 * The n bits at `at` as a Bin or BitString. Anything longer than a few words is a view that
 * copies its bits only if they are ever needed whole, so that taking a bitstring apart a few
 * bits at a time costs the bits taken, not the rest; a short byte-aligned binary shares the bytes.
 */
function sliceBits(bytes: Uint8Array, at: number, n: number): Bin | BitString {
  const start = at >> 3;
  const len = (n + 7) >> 3;
  // A view is lighter than a subarray too, so a long byte-aligned rest is one as well.
  if (n > 256) return (n & 7) === 0 ? Bin.fromBitView(bytes, at, n >> 3) : BitString.fromBitView(bytes, at, n);
  if ((at & 7) === 0 && (n & 7) === 0) return Bin.fromBytes(bytes.subarray(start, start + len));
  if ((at & 7) === 0) {
    return bitstring(bytes.slice(start, start + len), n);
  }
  const off = at & 7;
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) out[i] = ((bytes[start + i] << off) | ((bytes[start + i + 1] ?? 0) >> (8 - off))) & 0xff;
  return bitstring(out, n);
}

function bitsOf(v: Bin | BitString): number {
  return v instanceof Bin ? v.byteSize * 8 : v.bitSize;
}

// ---------------------------------------------------------------------------------------------
// Integers and floats as bits

/** The low `bits` bits of integer v; little-endian puts the low bytes first, then the high rest. */
function writeInteger(w: BitWriter, v: number | bigint, bits: number, little: boolean): void {
  if (typeof v === 'number' && bits <= 32) {
    let x = v % 2 ** bits;
    if (x < 0) x += 2 ** bits;
    if ((w.bits & 7) === 0 && (bits & 7) === 0) {
      // Whole bytes onto a byte boundary, the usual case: straight into the buffer.
      const n = bits >> 3;
      w.room(n);
      let at = w.bits >> 3;
      if (little) for (let i = 0; i < n; i++) w.buf[at++] = (x >>> (8 * i)) & 0xff;
      else for (let i = n - 1; i >= 0; i--) w.buf[at++] = (x >>> (8 * i)) & 0xff;
      w.bits += bits;
      return;
    }
    if (little) {
      for (let i = 0; i < bits >> 3; i++) {
        w.byte(x % 256);
        x = Math.floor(x / 256);
      }
      if ((bits & 7) !== 0) w.small(x, bits & 7);
    } else {
      for (let s = bits; s > 0; ) {
        const take = s % 8 || 8;
        s -= take;
        w.small(Math.floor(x / 2 ** s) & ((1 << take) - 1), take);
      }
    }
    return;
  }
  let x = BigInt.asUintN(bits, BigInt(v));
  if (little) {
    for (let i = 0; i < bits >> 3; i++) {
      w.byte(Number(x & 0xffn));
      x >>= 8n;
    }
    if ((bits & 7) !== 0) w.small(Number(x), bits & 7);
  } else {
    for (let s = bits; s > 0; ) {
      const take = s % 8 || 8;
      s -= take;
      w.small(Number((x >> BigInt(s)) & 0xffn) & ((1 << take) - 1), take);
    }
  }
}

function readInteger(bytes: Uint8Array, at: number, bits: number, little: boolean, signed: boolean): number | bigint {
  let x: number | bigint;
  if (!little || bits <= 8) x = readUint(bytes, at, bits);
  else {
    // Whole bytes, least significant first, then the remaining high bits.
    const whole = bits >> 3;
    const rest = bits & 7;
    let big = rest === 0 ? 0n : BigInt(readUint(bytes, at + whole * 8, rest));
    for (let i = whole - 1; i >= 0; i--) big = (big << 8n) | BigInt(readUint(bytes, at + i * 8, 8));
    x = bits <= 48 ? Number(big) : big;
  }
  if (!signed || bits === 0) return typeof x === 'bigint' ? normalizeInteger(x) : x;
  if (typeof x === 'number') return x >= 2 ** (bits - 1) ? x - 2 ** bits : x;
  return normalizeInteger(BigInt.asIntN(bits, x));
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

/** IEEE 754 binary16 bits of x, rounded to nearest even; too large becomes infinity, as on the BEAM. */
function halfBits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  x = Math.abs(x);
  if (x >= 65520) return sign | 0x7c00;
  if (x < 2 ** -14) return sign | roundHalfEven(x * 2 ** 24);
  let e = Math.floor(Math.log2(x));
  if (2 ** e > x) e--;
  else if (2 ** (e + 1) <= x) e++;
  let m = roundHalfEven((x / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  return sign | ((e + 15) << 10) | m;
}

function halfValue(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return NaN;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function writeFloat(w: BitWriter, x: number, bits: number, little: boolean): void {
  if (bits === 16) {
    writeInteger(w, halfBits(x), 16, little);
    return;
  }
  const dv = new DataView(new ArrayBuffer(bits / 8));
  if (bits === 64) dv.setFloat64(0, x, little);
  else dv.setFloat32(0, x, little);
  for (let j = 0; j < bits / 8; j++) w.byte(dv.getUint8(j));
}

/** A float segment's value; null for infinities and NaNs, which never match. */
function readFloat(bytes: Uint8Array, at: number, bits: number, little: boolean): number | null {
  let x: number;
  if (bits === 16) x = halfValue(readInteger(bytes, at, 16, little, false) as number);
  else {
    const n = bits / 8;
    const dv = new DataView(new ArrayBuffer(n));
    for (let j = 0; j < n; j++) dv.setUint8(j, readUint(bytes, at + j * 8, 8) as number);
    x = bits === 64 ? dv.getFloat64(0, little) : dv.getFloat32(0, little);
  }
  return Number.isFinite(x) ? x : null;
}

// ---------------------------------------------------------------------------------------------
// Unicode segments

function isCodePoint(v: Term): v is number {
  return typeof v === 'number' && v >= 0 && v <= 0x10ffff && !(v >= 0xd800 && v <= 0xdfff);
}

function writeCodePoint(w: BitWriter, type: SegmentSpec['type'], cp: number, little: boolean): void {
  if (type === 'utf8') {
    if (cp < 0x80) w.byte(cp);
    else if (cp < 0x800) {
      w.byte(0xc0 | (cp >> 6));
      w.byte(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      w.byte(0xe0 | (cp >> 12));
      w.byte(0x80 | ((cp >> 6) & 0x3f));
      w.byte(0x80 | (cp & 0x3f));
    } else {
      w.byte(0xf0 | (cp >> 18));
      w.byte(0x80 | ((cp >> 12) & 0x3f));
      w.byte(0x80 | ((cp >> 6) & 0x3f));
      w.byte(0x80 | (cp & 0x3f));
    }
  } else if (type === 'utf16') {
    if (cp < 0x10000) writeInteger(w, cp, 16, little);
    else {
      writeInteger(w, 0xd800 | ((cp - 0x10000) >> 10), 16, little);
      writeInteger(w, 0xdc00 | ((cp - 0x10000) & 0x3ff), 16, little);
    }
  } else writeInteger(w, cp, 32, little);
}

/** [code point, bits taken], or null when the bits at `at` are not one encoded code point. */
function readCodePoint(bytes: Uint8Array, at: number, len: number, type: SegmentSpec['type'], little: boolean): [number, number] | null {
  // The code unit of `bits` bits `off` bits in, or null past the end.
  const unit = (off: number, bits: number): number | null =>
    at + off + bits > len ? null : (readInteger(bytes, at + off, bits, little, false) as number);
  if (type === 'utf32') {
    const cp = unit(0, 32);
    return cp !== null && isCodePoint(cp) ? [cp, 32] : null;
  }
  if (type === 'utf16') {
    const hi = unit(0, 16);
    if (hi === null) return null;
    if (hi < 0xd800 || hi > 0xdfff) return [hi, 16];
    if (hi > 0xdbff) return null;
    const lo = unit(16, 16);
    if (lo === null || lo < 0xdc00 || lo > 0xdfff) return null;
    return [0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00), 32];
  }
  const b0 = unit(0, 8);
  if (b0 === null) return null;
  const n = b0 < 0x80 ? 1 : b0 >= 0xf8 ? 0 : b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc2 ? 2 : 0;
  if (n === 0) return null;
  let cp = n === 1 ? b0 : b0 & (0xff >> (n + 1));
  for (let j = 1; j < n; j++) {
    const c = unit(8 * j, 8);
    if (c === null || (c & 0xc0) !== 0x80) return null;
    cp = (cp << 6) | (c & 0x3f);
  }
  // Overlong forms and surrogates are not UTF-8.
  if ((n === 3 && cp < 0x800) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return [cp, 8 * n];
}

// ---------------------------------------------------------------------------------------------
// Construction

const A_BADARG = atom('badarg');
const A_CAUSE = atom('cause');
const A_FUNCTION = atom('function');
const A_MODULE = atom('module');
const A_FORMAT_BS_FAIL = atom('format_bs_fail');
const A_ERTS_ERRORS = atom('erl_erts_errors');

/**
 * A failed construction, as the BEAM raises it: badarg, with the cause in the frame's
 * error_info ({segment, type, error, value}) for erl_erts_errors:format_bs_fail/2 to explain.
 */
function constructionFailed(segment: number, spec: SegmentSpec, error: 'type' | 'unit' | 'short' | 'size' | 'invalid', value: Term): never {
  const type = atom(spec.type === 'bitstring' ? 'binary' : spec.type);
  const info = MapTerm.fromEntries([
    [A_CAUSE, [segment + 1, type, atom(error), value]],
    [A_FUNCTION, A_FORMAT_BS_FAIL],
    [A_MODULE, A_ERTS_ERRORS],
  ]);
  throw new ConstructionError(info, spec.unit);
}

class ConstructionError extends ErlangError {
  constructor(
    info: Term,
    /** The failing segment's unit, which the shell multiplies a size by. */
    readonly unit: number,
  ) {
    super(A_BADARG, info);
  }
}

/**
 * How the shell's erl_eval reports a failed construction of an input: like compiled code,
 * except for what it computes with :erlang calls of its own (a binary segment's bit_size/1, a
 * size times the unit), whose badarg names that call, and a value that is not a whole number of
 * units, which it refuses with no explanation. The frame to put on top, and the error_info
 * left to show.
 */
export function evaluatedConstructionFailure(e: ErlangError): { top: Term | null; info: Term | undefined } {
  const info = e.errorInfo;
  const cause = info instanceof MapTerm ? info.get(A_CAUSE) : undefined;
  if (!(e instanceof ConstructionError) || !Array.isArray(cause) || cause.length !== 4) return { top: null, info };
  const [, type, error, value] = cause as Term[];
  const erts = list([[atom('error_info'), MapTerm.fromEntries([[A_MODULE, A_ERTS_ERRORS]])]]);
  if (type === atom('binary') && error === atom('type')) return { top: [atom('erlang'), atom('bit_size'), list([value]), erts], info: undefined };
  if (error === atom('size') && !isInteger(value)) return { top: [atom('erlang'), atom('*'), list([value, e.unit]), erts], info: undefined };
  if (error === atom('unit')) return { top: null, info: undefined };
  return { top: null, info };
}

/** The segment's size in units, or -1 for the type's default. */
function sizeOf(spec: SegmentSpec, regs: Term[], bp: number, i: number): number {
  if (spec.sizeReg < 0) return spec.size;
  const v = regs[bp + spec.sizeReg];
  if (typeof v !== 'number' || v < 0) constructionFailed(i, spec, 'size', v);
  return v;
}

/** The result's size in bytes when the segments are what they should be (errors come later, in order). */
function estimateBytes(specs: SegmentSpec[], vals: Term[], regs: Term[], bp: number): number {
  let bits = 0;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const v = vals[i];
    const given = spec.sizeReg >= 0 ? regs[bp + spec.sizeReg] : spec.size;
    const size = typeof given === 'number' && given >= 0 ? given : -1;
    switch (spec.type) {
      case 'integer':
        bits += (size === -1 ? 8 : size) * spec.unit;
        break;
      case 'float':
        bits += size === -1 ? 64 : size * spec.unit;
        break;
      case 'binary':
      case 'bitstring':
        // (Never more than the value has: a size past it is an error, not memory to reserve.)
        if (v instanceof Bin || v instanceof BitString) bits += size === -1 ? bitsOf(v) : Math.min(size * spec.unit, bitsOf(v));
        break;
      default:
        bits += 32;
    }
  }
  // The buffer grows past this if it must; a wild size should fail, not reserve gigabytes first.
  return Math.min((bits + 7) >> 3, 1 << 24);
}

export function binBuild(specs: SegmentSpec[], vals: Term[], regs: Term[], bp: number): Bin | BitString {
  // Fast path: all binaries (string interpolation, <>).
  let allBins = true;
  for (let i = 0; i < specs.length; i++) {
    if (specs[i].type !== 'binary' || specs[i].size !== -1 || specs[i].sizeReg !== -1 || !(vals[i] instanceof Bin)) {
      allBins = false;
      break;
    }
  }
  if (allBins) {
    let text = '';
    let ok = true;
    for (const v of vals) {
      const t = (v as Bin).text;
      if (t === null) {
        ok = false;
        break;
      }
      text += t;
    }
    if (ok) return Bin.fromString(text);
  }
  const w = new BitWriter(estimateBytes(specs, vals, regs, bp));
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const v = vals[i];
    switch (spec.type) {
      case 'binary':
      case 'bitstring': {
        if (!(v instanceof Bin || v instanceof BitString)) constructionFailed(i, spec, 'type', v);
        const size = sizeOf(spec, regs, bp, i);
        const have = bitsOf(v);
        let n = have;
        if (size === -1) {
          if (have % spec.unit !== 0) constructionFailed(i, spec, 'unit', v);
        } else {
          n = size * spec.unit;
          if (n > have) constructionFailed(i, spec, 'short', v);
        }
        w.copy(v, n);
        break;
      }
      case 'integer': {
        if (!isInteger(v)) constructionFailed(i, spec, 'type', v);
        const size = sizeOf(spec, regs, bp, i);
        writeInteger(w, v, (size === -1 ? 8 : size) * spec.unit, spec.little);
        break;
      }
      case 'float': {
        const size = sizeOf(spec, regs, bp, i);
        const bits = size === -1 ? 64 : size * spec.unit;
        if (bits !== 16 && bits !== 32 && bits !== 64) constructionFailed(i, spec, 'invalid', bits);
        if (!(v instanceof Float) && !isInteger(v)) constructionFailed(i, spec, 'type', v);
        writeFloat(w, v instanceof Float ? v.value : Number(v), bits, spec.little);
        break;
      }
      default: {
        if (!isCodePoint(v)) constructionFailed(i, spec, 'type', v);
        writeCodePoint(w, spec.type, v, spec.little);
      }
    }
  }
  return w.result();
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Match v against the segments; each non-literal segment's value goes to regs[base + i]. */
export function binMatch(specs: SegmentSpec[], v: Term, regs: Term[], bp: number, base: number): boolean {
  if (!(v instanceof Bin || v instanceof BitString)) return false;
  // Positions are in bits from the start of the bytes read, which may be a larger bitstring's.
  const bytes = v.sourceBytes();
  let at = v.sourceStart();
  const len = at + bitsOf(v);
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    let size = spec.size;
    if (spec.sizeReg >= 0) {
      const s = regs[bp + spec.sizeReg];
      if (typeof s !== 'number' || s < 0) return false;
      size = s;
    }
    let value: Term;
    switch (spec.type) {
      case 'binary':
      case 'bitstring': {
        let n: number;
        if (size === -1) {
          n = len - at;
          if (n % spec.unit !== 0) return false;
        } else {
          n = size * spec.unit;
          if (at + n > len) return false;
        }
        value = sliceBits(bytes, at, n);
        at += n;
        break;
      }
      case 'integer': {
        const bits = (size === -1 ? 8 : size) * spec.unit;
        if (at + bits > len) return false;
        value = readInteger(bytes, at, bits, spec.little, spec.signed);
        at += bits;
        break;
      }
      case 'float': {
        const bits = size === -1 ? 64 : size * spec.unit;
        if ((bits !== 16 && bits !== 32 && bits !== 64) || at + bits > len) return false;
        const x = readFloat(bytes, at, bits, spec.little);
        if (x === null) return false;
        value = new Float(x);
        at += bits;
        break;
      }
      default: {
        const got = readCodePoint(bytes, at, len, spec.type, spec.little);
        if (got === null) return false;
        value = got[0];
        at += got[1];
      }
    }
    if (spec.literal !== undefined) {
      if (!exactEquals(value, spec.literal)) return false;
    } else regs[base + i] = value;
  }
  return at === len;
}

// ---------------------------------------------------------------------------------------------
// Natives over bitstrings

/** :erlang.list_to_bitstring/1: bytes, bitstrings and such lists, with a bitstring tail; null if not one. */
export function listToBitstring(l: Term): Bin | BitString | null {
  if (!(l instanceof Cons) && l !== EMPTY_LIST) return null;
  const w = new BitWriter(64);
  const stack: Term[] = [l];
  while (stack.length > 0) {
    let t = stack.pop() as Term;
    if (t instanceof Bin || t instanceof BitString) {
      w.copy(t, bitsOf(t));
      continue;
    }
    if (!(t instanceof Cons) && t !== EMPTY_LIST) return null;
    while (t instanceof Cons) {
      const h = t.head;
      if (typeof h === 'number') {
        if (h < 0 || h > 255) return null;
        w.byte(h);
      } else if (h instanceof Bin || h instanceof BitString) w.copy(h, bitsOf(h));
      else if (h instanceof Cons || h === EMPTY_LIST) {
        // The rest of this list waits under the nested one.
        stack.push(t.tail, h);
        t = EMPTY_LIST;
        break;
      } else return null;
      t = t.tail;
    }
    if (t !== EMPTY_LIST) {
      if (!(t instanceof Bin || t instanceof BitString)) return null;
      w.copy(t, bitsOf(t));
    }
  }
  return w.result();
}

/** :erlang.bitstring_to_list/1: the whole bytes, then a bitstring of the bits left over. */
export function bitstringToList(b: Bin | BitString): Term {
  const bytes = b.bytes;
  const whole = b instanceof Bin ? bytes.length : bytes.length - 1;
  let l: Term = b instanceof Bin ? EMPTY_LIST : new Cons(sliceBits(bytes, whole * 8, b.tailBits), EMPTY_LIST);
  for (let i = whole - 1; i >= 0; i--) l = new Cons(bytes[i], l);
  return l;
}

/** The bits of b from byte `from` on (split_binary/2's second half), a Bin or a BitString. */
export function bitsFromByte(b: Bin | BitString, from: number): Bin | BitString {
  return sliceBits(b.bytes, from * 8, bitsOf(b) - from * 8);
}
