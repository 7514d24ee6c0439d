// The Erlang external term format (erts/emulator/beam/external.c), as :erlang.term_to_binary/1,2
// writes it on OTP 25 and :erlang.binary_to_term/1,2 reads it. Encoding is byte for byte the
// BEAM's for numbers, atoms, binaries, lists, tuples, maps, pids, references and &Mod.fun/N of
// a node that is not distributed (nonode@nohost, creation 0). An anonymous function cannot be
// rebuilt from bytes here, so it is written with a key into this runtime's table of encoded
// funs and read back as the same fun; the compressed format is neither written nor read.
import { Atom, atom, Bin, Cons, EMPTY_LIST, Float, Fun, normalizeInteger, Pid, Ref, type Term } from './types.ts';
import { MapTerm } from './map.ts';

const VERSION = 131;
const NEW_FLOAT_EXT = 70;
const BIT_BINARY_EXT = 77;
const NEW_PID_EXT = 88;
const NEWER_REFERENCE_EXT = 90;
const SMALL_INTEGER_EXT = 97;
const INTEGER_EXT = 98;
const FLOAT_EXT = 99;
const ATOM_EXT = 100;
const REFERENCE_EXT = 101;
const PID_EXT = 103;
const SMALL_TUPLE_EXT = 104;
const LARGE_TUPLE_EXT = 105;
const NIL_EXT = 106;
const STRING_EXT = 107;
const LIST_EXT = 108;
const BINARY_EXT = 109;
const SMALL_BIG_EXT = 110;
const LARGE_BIG_EXT = 111;
const NEW_FUN_EXT = 112;
const EXPORT_EXT = 113;
const NEW_REFERENCE_EXT = 114;
const SMALL_ATOM_EXT = 115;
const MAP_EXT = 116;
const ATOM_UTF8_EXT = 118;
const SMALL_ATOM_UTF8_EXT = 119;

const NODE = atom('nonode@nohost');

export interface EncodeOptions {
  /** 0: floats as 31-byte text (FLOAT_EXT); 1 (default): NEW_FLOAT_EXT; 2: also UTF-8 atoms always. */
  minorVersion: 0 | 1 | 2;
}

/** Thrown by decode for bytes that are not a term in the external format (badarg). */
export class BadExternal extends Error {}

/** Funs written by this runtime, so that reading them back gives the same fun. */
const encodedFuns: Fun[] = [];
const funKeys = new WeakMap<Fun, number>();

class Writer {
  private buf = new Uint8Array(64);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  u8(x: number): void {
    this.room(1);
    this.buf[this.length++] = x;
  }

  u16(x: number): void {
    this.u8((x >>> 8) & 0xff);
    this.u8(x & 0xff);
  }

  u32(x: number): void {
    this.u16((x >>> 16) & 0xffff);
    this.u16(x & 0xffff);
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

const utf8 = new TextEncoder();

/** The atom's name in Latin-1, or null when a character is above U+00FF. */
function latin1(name: string): Uint8Array | null {
  const out = new Uint8Array(name.length);
  let n = 0;
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    if (c > 0xff) return null;
    out[n++] = c;
  }
  return out.subarray(0, n);
}

function writeAtom(w: Writer, a: Atom, opts: EncodeOptions): void {
  // OTP 25 writes ATOM_EXT whenever the name fits Latin-1, unless asked for minor_version 2.
  const l1 = opts.minorVersion < 2 ? latin1(a.name) : null;
  if (l1 !== null) {
    w.u8(ATOM_EXT);
    w.u16(l1.length);
    w.bytes(l1);
    return;
  }
  const b = utf8.encode(a.name);
  if (b.length < 256) {
    w.u8(SMALL_ATOM_UTF8_EXT);
    w.u8(b.length);
  } else {
    w.u8(ATOM_UTF8_EXT);
    w.u16(b.length);
  }
  w.bytes(b);
}

function writeInteger(w: Writer, n: number | bigint): void {
  if (typeof n === 'number' && n >= 0 && n <= 255) {
    w.u8(SMALL_INTEGER_EXT);
    w.u8(n);
    return;
  }
  if (typeof n === 'number' && n >= -(2 ** 31) && n < 2 ** 31) {
    w.u8(INTEGER_EXT);
    w.u32(n >>> 0);
    return;
  }
  let m = BigInt(n);
  const negative = m < 0n;
  if (negative) m = -m;
  const digits: number[] = [];
  while (m > 0n) {
    digits.push(Number(m & 0xffn));
    m >>= 8n;
  }
  if (digits.length < 256) {
    w.u8(SMALL_BIG_EXT);
    w.u8(digits.length);
  } else {
    w.u8(LARGE_BIG_EXT);
    w.u32(digits.length);
  }
  w.u8(negative ? 1 : 0);
  w.bytes(Uint8Array.from(digits));
}

/** printf's "%.20e": 21 significant digits and an exponent of at least two digits. */
function floatText(x: number): string {
  const [mant, exp] = x.toExponential(20).split('e');
  const sign = exp[0];
  const digits = exp.slice(1).padStart(2, '0');
  return `${mant}e${sign}${digits}`;
}

function writeFloat(w: Writer, x: number, opts: EncodeOptions): void {
  if (opts.minorVersion === 0) {
    w.u8(FLOAT_EXT);
    const text = utf8.encode(floatText(x));
    const field = new Uint8Array(31);
    field.set(text.subarray(0, 31));
    w.bytes(field);
    return;
  }
  w.u8(NEW_FLOAT_EXT);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  w.bytes(new Uint8Array(view.buffer));
}

/** The three words of a reference as the BEAM writes them, from our #Reference<0.A.B.C>. */
function refWords(r: Ref): number[] {
  const low = 90000 + (r.id % 0x40000);
  const high = Math.floor(r.id / 0x40000);
  return [low, 307232770 + (high % 7), 775007265 + (high % 200000000)];
}

function refFromWords(words: number[]): Ref {
  const low = (words[0] ?? 0) - 90000;
  const high = words.length >= 3 ? words[2] - 775007265 : 0;
  if (low < 0 || low >= 0x40000 || high < 0) return new Ref(words[0] ?? 0);
  return new Ref(high * 0x40000 + low);
}

function isBits(t: Term): t is Term & { bytes: Uint8Array; bitSize: number } {
  return typeof t === 'object' && t !== null && 'bitSize' in t && (t as { bytes?: unknown }).bytes instanceof Uint8Array;
}

function write(w: Writer, root: Term, opts: EncodeOptions): void {
  // A work list rather than recursion: long lists and deep nesting must not exhaust the JS stack.
  const work: Term[] = [root];
  while (work.length > 0) {
    const t = work.pop() as Term;
    if (typeof t === 'number' || typeof t === 'bigint') writeInteger(w, t);
    else if (t instanceof Atom) writeAtom(w, t, opts);
    else if (t instanceof Float) writeFloat(w, t.value, opts);
    else if (t instanceof Bin) {
      w.u8(BINARY_EXT);
      w.u32(t.byteSize);
      w.bytes(t.bytes);
    } else if (t === EMPTY_LIST) w.u8(NIL_EXT);
    else if (t instanceof Cons) {
      const items: Term[] = [];
      let l: Term = t;
      let bytesOnly = true;
      while (l instanceof Cons) {
        const h = l.head;
        if (!(typeof h === 'number' && h >= 0 && h <= 255)) bytesOnly = false;
        items.push(h);
        l = l.tail;
      }
      if (bytesOnly && l === EMPTY_LIST && items.length < 65536) {
        w.u8(STRING_EXT);
        w.u16(items.length);
        w.bytes(Uint8Array.from(items as number[]));
        continue;
      }
      w.u8(LIST_EXT);
      w.u32(items.length);
      work.push(l);
      for (let i = items.length - 1; i >= 0; i--) work.push(items[i]);
    } else if (Array.isArray(t)) {
      if (t.length < 256) {
        w.u8(SMALL_TUPLE_EXT);
        w.u8(t.length);
      } else {
        w.u8(LARGE_TUPLE_EXT);
        w.u32(t.length);
      }
      for (let i = t.length - 1; i >= 0; i--) work.push(t[i]);
    } else if (t instanceof MapTerm) {
      w.u8(MAP_EXT);
      w.u32(t.size);
      const entries = t.entries();
      for (let i = entries.length - 1; i >= 0; i--) work.push(entries[i][1], entries[i][0]);
    } else if (t instanceof Pid) {
      w.u8(NEW_PID_EXT);
      writeAtom(w, NODE, opts);
      w.u32(t.id);
      w.u32(t.serial);
      w.u32(0);
    } else if (t instanceof Ref) {
      const words = refWords(t);
      w.u8(NEWER_REFERENCE_EXT);
      w.u16(words.length);
      writeAtom(w, NODE, opts);
      w.u32(0);
      for (const x of words) w.u32(x);
    } else if (t instanceof Fun) writeFun(w, t, opts);
    else if (isBits(t)) {
      const tail = t.bitSize & 7;
      w.u8(BIT_BINARY_EXT);
      w.u32(t.bytes.length);
      w.u8(tail === 0 ? 8 : tail);
      w.bytes(t.bytes);
    } else throw new BadExternal('not a term');
  }
}

function writeFun(w: Writer, f: Fun, opts: EncodeOptions): void {
  const label = f.label;
  if (label.kind === 'external') {
    w.u8(EXPORT_EXT);
    writeAtom(w, label.module, opts);
    writeAtom(w, label.name, opts);
    writeInteger(w, f.arity);
    return;
  }
  let key = funKeys.get(f);
  if (key === undefined) {
    key = encodedFuns.push(f) - 1;
    funKeys.set(f, key);
  }
  // NEW_FUN_EXT's layout; the 16 bytes of the module's MD5 carry the key instead.
  const body = new Writer();
  body.u8(f.arity);
  const uniq = new Uint8Array(16);
  new DataView(uniq.buffer).setUint32(12, key);
  body.bytes(uniq);
  body.u32(label.index);
  body.u32(f.env.length);
  writeAtom(body, label.module, opts);
  writeInteger(body, label.index);
  writeInteger(body, label.uniq);
  write(body, new Pid(0, 0), opts);
  for (const v of f.env) write(body, v, opts);
  const bytes = body.result();
  w.u8(NEW_FUN_EXT);
  w.u32(bytes.length + 4);
  w.bytes(bytes);
}

export function encode(t: Term, opts: EncodeOptions = { minorVersion: 1 }): Uint8Array {
  const w = new Writer();
  w.u8(VERSION);
  write(w, t, opts);
  return w.result();
}

// ---------------------------------------------------------------------------------------------

class Reader {
  pos = 0;
  constructor(readonly b: Uint8Array) {}

  need(n: number): void {
    if (this.pos + n > this.b.length) throw new BadExternal('truncated');
  }

  u8(): number {
    this.need(1);
    return this.b[this.pos++];
  }

  u16(): number {
    return (this.u8() << 8) | this.u8();
  }

  u32(): number {
    return ((this.u16() << 16) >>> 0) + this.u16();
  }

  bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.b.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

function readAtomText(r: Reader, tag: number): string {
  switch (tag) {
    case ATOM_EXT:
      return latin1Text(r.bytes(r.u16()));
    case SMALL_ATOM_EXT:
      return latin1Text(r.bytes(r.u8()));
    case ATOM_UTF8_EXT:
    case SMALL_ATOM_UTF8_EXT: {
      const b = r.bytes(tag === ATOM_UTF8_EXT ? r.u16() : r.u8());
      try {
        return utf8Decoder.decode(b);
      } catch {
        throw new BadExternal('bad atom');
      }
    }
  }
  throw new BadExternal('not an atom');
}

function latin1Text(b: Uint8Array): string {
  // TextDecoder's 'latin1' is windows-1252; map bytes one to one instead.
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
}

function readAtom(r: Reader): Atom {
  return atom(readAtomText(r, r.u8()));
}

function readBig(r: Reader, n: number): number | bigint {
  const negative = r.u8() !== 0;
  const digits = r.bytes(n);
  let m = 0n;
  for (let i = digits.length - 1; i >= 0; i--) m = (m << 8n) | BigInt(digits[i]);
  return normalizeInteger(negative ? -m : m);
}

function readTerm(r: Reader): Term {
  const tag = r.u8();
  switch (tag) {
    case SMALL_INTEGER_EXT:
      return r.u8();
    case INTEGER_EXT:
      return r.u32() | 0;
    case SMALL_BIG_EXT:
      return readBig(r, r.u8());
    case LARGE_BIG_EXT:
      return readBig(r, r.u32());
    case NEW_FLOAT_EXT: {
      const x = new DataView(r.bytes(8).buffer).getFloat64(0);
      if (!Number.isFinite(x)) throw new BadExternal('bad float');
      return new Float(x);
    }
    case FLOAT_EXT: {
      const text = latin1Text(r.bytes(31)).replace(/\0.*$/, '');
      const x = Number.parseFloat(text);
      if (!Number.isFinite(x)) throw new BadExternal('bad float');
      return new Float(x);
    }
    case ATOM_EXT:
    case SMALL_ATOM_EXT:
    case ATOM_UTF8_EXT:
    case SMALL_ATOM_UTF8_EXT:
      return atom(readAtomText(r, tag));
    case SMALL_TUPLE_EXT:
    case LARGE_TUPLE_EXT: {
      const n = tag === SMALL_TUPLE_EXT ? r.u8() : r.u32();
      const items: Term[] = [];
      for (let i = 0; i < n; i++) items.push(readTerm(r));
      return items;
    }
    case NIL_EXT:
      return EMPTY_LIST;
    case STRING_EXT: {
      const b = r.bytes(r.u16());
      let l: Term = EMPTY_LIST;
      for (let i = b.length - 1; i >= 0; i--) l = new Cons(b[i], l);
      return l;
    }
    case LIST_EXT: {
      const n = r.u32();
      const items: Term[] = [];
      for (let i = 0; i < n; i++) items.push(readTerm(r));
      let l = readTerm(r);
      for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
      return l;
    }
    case BINARY_EXT:
      return Bin.fromBytes(r.bytes(r.u32()));
    case BIT_BINARY_EXT: {
      const n = r.u32();
      const bits = r.u8();
      const b = r.bytes(n);
      // Only whole bytes are binaries here; a bitstring of fewer bits is not represented.
      if (bits !== 8 && n > 0) throw new BadExternal('bitstring');
      return Bin.fromBytes(b);
    }
    case MAP_EXT: {
      const n = r.u32();
      const entries: [Term, Term][] = [];
      for (let i = 0; i < n; i++) {
        const k = readTerm(r);
        entries.push([k, readTerm(r)]);
      }
      return MapTerm.fromEntries(entries);
    }
    case NEW_PID_EXT:
    case PID_EXT: {
      readAtom(r);
      const id = r.u32();
      const serial = r.u32();
      r.bytes(tag === NEW_PID_EXT ? 4 : 1);
      return new Pid(id, serial);
    }
    case NEWER_REFERENCE_EXT:
    case NEW_REFERENCE_EXT: {
      const n = r.u16();
      readAtom(r);
      r.bytes(tag === NEWER_REFERENCE_EXT ? 4 : 1);
      const words: number[] = [];
      for (let i = 0; i < n; i++) words.push(r.u32());
      return refFromWords(words);
    }
    case REFERENCE_EXT: {
      readAtom(r);
      const id = r.u32();
      r.u8();
      return refFromWords([id]);
    }
    case EXPORT_EXT: {
      const module = readAtom(r);
      const name = readAtom(r);
      const arity = readTerm(r);
      if (typeof arity !== 'number' || arity < 0 || arity > 255) throw new BadExternal('bad arity');
      return exportFun(module, name, arity);
    }
    case NEW_FUN_EXT: {
      const size = r.u32();
      const start = r.pos;
      r.u8();
      const uniq = r.bytes(16);
      const key = new DataView(uniq.buffer).getUint32(12);
      r.pos = start + size - 4;
      if (r.pos > r.b.length) throw new BadExternal('truncated');
      const f = encodedFuns[key];
      if (f === undefined) throw new BadExternal('unknown fun');
      return f;
    }
  }
  throw new BadExternal(`unknown tag ${tag}`);
}

/** Builds &Mod.fun/arity; set by the VM, which knows how a remote fun is made. */
let exportFun: (module: Atom, name: Atom, arity: number) => Term = () => {
  throw new BadExternal('external funs are not available');
};

export function setExportFunMaker(make: (module: Atom, name: Atom, arity: number) => Term): void {
  exportFun = make;
}

/** The term in bytes, and how many bytes it took (binary_to_term's `used`). */
export function decode(bytes: Uint8Array): { term: Term; used: number } {
  const r = new Reader(bytes);
  if (r.u8() !== VERSION) throw new BadExternal('bad version');
  const term = readTerm(r);
  return { term, used: r.pos };
}
