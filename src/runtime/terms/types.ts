// The shapes of Erlang/Elixir terms in our runtime. Every other part of the runtime (parser,
// compiler, VM, built-ins, inspect) speaks in these types, so they are deliberately small and
// fixed. Terms are immutable: a message is shared by reference between processes, never copied.
//
//   Elixir            JavaScript
//   42, -7            number (always an integer; safe-integer range)
//   2 ** 80           bigint (only outside the safe-integer range; see normalizeInteger)
//   1.0               Float (boxed so that 1 and 1.0 stay distinct)
//   :ok, true, nil    Atom (interned: compare with ===)
//   "héllo", <<1,2>>  Bin (a binary: bytes, with the UTF-8 text cached when it is valid)
//   <<1::3>>          BitString (only when the size is not a whole number of bytes)
//   [1, 2], 'ab'      Cons cells ending in EMPTY_LIST (improper lists end in another term)
//   {1, 2}            a plain JS array (Tuple); never used for anything else in term space
//   %{a: 1}           MapTerm (structural keys; implemented in ./map.ts)
//   #PID<0.5.0>       Pid
//   #Reference<...>   Ref
//   fn x -> x end     Fun (the VM owns what `code` means)

export class Atom {
  /** Use atom(name) instead: atoms are interned so that === is atom equality. */
  constructor(readonly name: string) {}
}

const atomTable = new Map<string, Atom>();

export function atom(name: string): Atom {
  let a = atomTable.get(name);
  if (a === undefined) {
    a = new Atom(name);
    atomTable.set(name, a);
  }
  return a;
}

export const TRUE = atom('true');
export const FALSE = atom('false');
export const NIL = atom('nil');
export const OK = atom('ok');
export const ERROR = atom('error');

export function bool(b: boolean): Atom {
  return b ? TRUE : FALSE;
}

export class Float {
  constructor(readonly value: number) {}
}

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Bits of another bitstring not copied out yet: what matching leaves as the rest when it does
 * not start on a byte boundary, so that walking a bitstring a few bits at a time stays linear.
 */
interface BitView {
  readonly src: Uint8Array;
  /** The first bit's offset in src. */
  readonly start: number;
  readonly bits: number;
}

/** The view's bits as bytes of their own, most significant first, unused low bits zero. */
function copyBits(v: BitView): Uint8Array {
  const len = (v.bits + 7) >> 3;
  const from = v.start >> 3;
  const off = v.start & 7;
  const out = new Uint8Array(len);
  if (off === 0) out.set(v.src.subarray(from, from + len));
  else for (let i = 0; i < len; i++) out[i] = ((v.src[from + i] << off) | ((v.src[from + i + 1] ?? 0) >> (8 - off))) & 0xff;
  const tail = v.bits & 7;
  if (tail !== 0) out[len - 1] &= (0xff << (8 - tail)) & 0xff;
  return out;
}

/**
 * A binary. Holds the bytes, the JS string, or both; each is computed from the other on demand
 * (or the bytes from a view into another bitstring, see fromBitView).
 */
export class Bin {
  private _bytes: Uint8Array | undefined;
  private _text: string | null | undefined; // null: known not to be valid UTF-8
  private _view: BitView | undefined;

  private constructor(bytes: Uint8Array | undefined, text: string | undefined, view: BitView | undefined) {
    this._bytes = bytes;
    this._text = text;
    this._view = view;
  }

  static fromString(text: string): Bin {
    return new Bin(undefined, text, undefined);
  }

  /** The array is taken, not copied: do not mutate it afterwards. */
  static fromBytes(bytes: Uint8Array): Bin {
    return new Bin(bytes, undefined, undefined);
  }

  /** byteLen bytes of src starting at bit `start` (any offset), copied out when first needed. */
  static fromBitView(src: Uint8Array, start: number, byteLen: number): Bin {
    return new Bin(undefined, undefined, { src, start, bits: byteLen * 8 });
  }

  get bytes(): Uint8Array {
    if (this._bytes === undefined) {
      const v = this._view;
      if (v !== undefined) {
        // On a byte boundary the bytes are shared, as a subarray (natives reading a rest in a
        // loop stay O(1) per step); elsewhere they have to be shifted into place.
        this._bytes = (v.start & 7) === 0 ? v.src.subarray(v.start >> 3, (v.start >> 3) + (v.bits >> 3)) : copyBits(v);
        this._view = undefined;
      } else this._bytes = encoder.encode(this._text as string);
    }
    return this._bytes;
  }

  /** The array the bits are read from: bytes, or those of the bitstring this is a view into. */
  sourceBytes(): Uint8Array {
    return this._bytes ?? this._view?.src ?? this.bytes;
  }

  /** The offset in bits of the first bit in sourceBytes(). */
  sourceStart(): number {
    return this._bytes === undefined && this._view !== undefined ? this._view.start : 0;
  }

  get byteSize(): number {
    if (this._bytes === undefined) {
      if (this._view !== undefined) return this._view.bits >> 3;
      const t = this._text as string;
      // Fast path for ASCII, which is most strings.
      let ascii = true;
      for (let i = 0; i < t.length; i++) {
        if (t.charCodeAt(i) > 0x7f) {
          ascii = false;
          break;
        }
      }
      if (ascii) return t.length;
    }
    return this.bytes.length;
  }

  /** The text if the bytes are valid UTF-8 (what Elixir calls String.valid?), else null. */
  get text(): string | null {
    if (this._text === undefined) {
      try {
        this._text = strictDecoder.decode(this.bytes);
      } catch {
        this._text = null;
      }
    }
    return this._text;
  }

  /** The text; throws if the binary is not valid UTF-8. */
  get string(): string {
    const t = this.text;
    if (t === null) throw new Error('binary is not valid UTF-8');
    return t;
  }
}

/**
 * A bitstring whose size in bits is not a multiple of 8, such as <<1::3>>. Every whole-byte
 * value is a Bin, so `instanceof Bin` is exactly is_binary/1 and the code that takes binaries
 * never meets one of these; build them with bitstring(), which keeps that invariant.
 */
export class BitString {
  private _bytes: Uint8Array | undefined;
  private _view: BitView | undefined;

  /**
   * bytes holds ceil(bitSize / 8) bytes, the bits most significant first; the unused low bits
   * of the last byte are zero, so that two equal bitstrings have equal bytes.
   */
  constructor(
    bytes: Uint8Array,
    readonly bitSize: number,
  ) {
    this._bytes = bytes;
    this._view = undefined;
  }

  /** bitSize bits of src starting at bit `start`, copied out when first needed. */
  static fromBitView(src: Uint8Array, start: number, bitSize: number): BitString {
    const b = new BitString(src, bitSize);
    b._bytes = undefined;
    b._view = { src, start, bits: bitSize };
    return b;
  }

  get bytes(): Uint8Array {
    if (this._bytes === undefined) {
      this._bytes = copyBits(this._view as BitView);
      this._view = undefined;
    }
    return this._bytes;
  }

  /** The array the bits are read from: bytes, or those of the bitstring this is a view into. */
  sourceBytes(): Uint8Array {
    return this._bytes ?? (this._view as BitView).src;
  }

  /** The offset in bits of the first bit in sourceBytes(). */
  sourceStart(): number {
    return this._bytes === undefined ? (this._view as BitView).start : 0;
  }

  /** The bits after the last whole byte (1..7). */
  get tailBits(): number {
    return this.bitSize & 7;
  }
}

/**
 * The bitstring of the first bitSize bits of bytes: a Bin when that is whole bytes. The array is
 * taken, not copied; its bits past bitSize are cleared.
 */
export function bitstring(bytes: Uint8Array, bitSize: number): Bin | BitString {
  const tail = bitSize & 7;
  const n = (bitSize + 7) >> 3;
  if (tail === 0) return Bin.fromBytes(bytes.length === n ? bytes : bytes.subarray(0, n));
  const own = bytes.length === n ? bytes : bytes.slice(0, n);
  own[n - 1] &= (0xff << (8 - tail)) & 0xff;
  return new BitString(own, bitSize);
}

/** is_bitstring/1: a binary or a bitstring. */
export function isBitstring(t: Term): t is Bin | BitString {
  return t instanceof Bin || t instanceof BitString;
}

/** bit_size/1 of a binary or bitstring. */
export function bitSizeOf(t: Bin | BitString): number {
  return t instanceof Bin ? t.byteSize * 8 : t.bitSize;
}

/** The empty list []. A singleton: compare with ===. */
export class EmptyList {
  private constructor() {}
  static readonly instance = new EmptyList();
}
export const EMPTY_LIST = EmptyList.instance;

export class Cons {
  constructor(
    readonly head: Term,
    readonly tail: Term,
  ) {}
}

export type List = Cons | EmptyList;

/** A tuple is a plain array; treat it as read-only. */
export type Tuple = readonly Term[];

export class Pid {
  /** Inspects as #PID<0.id.serial>. */
  constructor(
    readonly id: number,
    readonly serial: number = 0,
  ) {}
}

export class Ref {
  /** Inspects as #Reference<0.a.b.c>, the numbers derived from id by inspect. */
  constructor(readonly id: number) {}
}

/** How a function value is printed by inspect. */
export type FunLabel =
  /** &Mod.fun/2, a capture of a named remote function. */
  | { kind: 'external'; module: Atom; name: Atom }
  /**
   * #Function<index.uniq/arity in Mod.owner/ownerArity> (owner: the enclosing function name).
   * `nth` numbers the fun within its owner, as its name -owner/arity-fun-nth- does (the index
   * counts the module's funs); without it the two are the same.
   */
  | { kind: 'local'; module: Atom; owner: Atom; ownerArity: number; index: number; uniq: number; nth?: number };

export class Fun {
  constructor(
    readonly arity: number,
    /** Compiled code; its shape belongs to the VM. */
    readonly code: unknown,
    /** Captured variables, in the order the code expects them. */
    readonly env: readonly Term[],
    readonly label: FunLabel,
  ) {}
}

// MapTerm is implemented in ./map.ts; it is declared here as an interface-less class import to
// keep the Term union in one place.
import type { MapTerm } from './map.ts';
export type { MapTerm };

export type Term =
  | number
  | bigint
  | Float
  | Atom
  | Bin
  | BitString
  | EmptyList
  | Cons
  | Tuple
  | MapTerm
  | Pid
  | Ref
  | Fun;

/** Integers live as numbers while safe, as bigints beyond: every integer result goes through here. */
export function normalizeInteger(n: bigint): number | bigint {
  if (n >= -9007199254740991n && n <= 9007199254740991n) return Number(n);
  return n;
}

export function isInteger(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}

export function isTuple(t: Term): t is Tuple {
  return Array.isArray(t);
}

/** Build a proper list from an array. */
export function list(items: readonly Term[], tail: Term = EMPTY_LIST): Term {
  let l: Term = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

/** The elements of a proper list; throws on an improper list. */
export function listToArray(l: Term): Term[] {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  if (l !== EMPTY_LIST) throw new Error('improper list');
  return out;
}

export function str(text: string): Bin {
  return Bin.fromString(text);
}
