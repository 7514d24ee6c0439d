// Elixir's Base: hex and Base64 (standard and URL-safe) encodings with Elixir's options
// (case:, padding:, ignore: :whitespace) and the ArgumentError messages of the bang variants.
import { registerBif } from './registry.ts';
import { Atom, atom, Bin, EMPTY_LIST, FALSE, type Term } from '../terms/types.ts';
import { functionClause, properList, raise } from './util.ts';

const def = (name: string, arities: number[], fn: (data: Bin, opts: Map<string, Term>) => Term): void => {
  for (const arity of arities) {
    registerBif('Elixir.Base', name, arity, ([data, opts]) => {
      if (!(data instanceof Bin)) functionClause();
      const map = new Map<string, Term>();
      for (const o of arity === 2 ? (properList(opts ?? EMPTY_LIST) ?? functionClause()) : []) {
        if (Array.isArray(o) && o.length === 2 && o[0] instanceof Atom) map.set(o[0].name, o[1]);
      }
      return fn(data, map);
    });
  }
};

const HEX_UPPER = '0123456789ABCDEF';
const HEX_LOWER = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Thrown inside a decoder; the non-bang variants answer :error instead. */
class DecodeError extends Error {}

function nonAlphabet(byte: number): never {
  const shown = byte < 0x80 ? JSON.stringify(String.fromCharCode(byte)) : `<<${byte}>>`;
  throw new DecodeError(`non-alphabet character found: ${shown} (byte ${byte})`);
}

function encode16(data: Bin, opts: Map<string, Term>): Term {
  const digits = opts.get('case') === atom('lower') ? HEX_LOWER : HEX_UPPER;
  let out = '';
  for (const b of data.bytes) out += digits[b >> 4] + digits[b & 15];
  return Bin.fromString(out);
}

function decode16(data: Bin, opts: Map<string, Term>): Bin {
  const bytes = data.bytes;
  if (bytes.length % 2 !== 0)
    throw new DecodeError(`string given to decode has wrong length. An even number of bytes was expected, got: ${bytes.length}. Double check your string for unwanted characters or pad it accordingly`);
  const mode = opts.get('case') ?? atom('upper');
  const digit = (c: number): number => {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 65 && c <= 70 && mode !== atom('lower')) return c - 55;
    if (c >= 97 && c <= 102 && mode !== atom('upper')) return c - 87;
    return nonAlphabet(c);
  };
  const out = new Uint8Array(bytes.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = (digit(bytes[2 * i]) << 4) | digit(bytes[2 * i + 1]);
  return Bin.fromBytes(out);
}

function encode64(alphabet: string, data: Bin, opts: Map<string, Term>): Term {
  const b = data.bytes;
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((b.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += alphabet[(n >> (18 - 6 * k)) & 63];
    if (opts.get('padding') !== FALSE) out += '='.repeat(4 - chars);
  }
  return Bin.fromString(out);
}

function decode64(alphabet: string, data: Bin, opts: Map<string, Term>): Bin {
  let bytes = Array.from(data.bytes);
  if (opts.get('ignore') === atom('whitespace')) bytes = bytes.filter((c) => ![32, 9, 10, 11, 12, 13].includes(c));
  const padding = opts.get('padding') !== FALSE;
  if (padding) {
    if (bytes.length % 4 !== 0) throw new DecodeError('incorrect padding');
    let pad = 0;
    while (pad < 2 && bytes.length > 0 && bytes[bytes.length - 1] === 61) {
      bytes.pop();
      pad++;
    }
  } else if (bytes.length % 4 === 1) throw new DecodeError('incorrect padding');
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of bytes) {
    const v = alphabet.indexOf(String.fromCharCode(c));
    if (v < 0 || c === 61) nonAlphabet(c);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return Bin.fromBytes(Uint8Array.from(out));
}

function variants(name: string, decode: (data: Bin, opts: Map<string, Term>) => Bin): void {
  def(name, [1, 2], (data, opts) => {
    try {
      return [atom('ok'), decode(data, opts)];
    } catch (e) {
      if (e instanceof DecodeError) return atom('error');
      throw e;
    }
  });
  def(`${name}!`, [1, 2], (data, opts) => {
    try {
      return decode(data, opts);
    } catch (e) {
      if (e instanceof DecodeError) raise('ArgumentError', e.message);
      throw e;
    }
  });
}

def('encode16', [1, 2], encode16);
def('encode64', [1, 2], (d, o) => encode64(B64, d, o));
def('url_encode64', [1, 2], (d, o) => encode64(B64URL, d, o));
variants('decode16', decode16);
variants('decode64', (d, o) => decode64(B64, d, o));
variants('url_decode64', (d, o) => decode64(B64URL, d, o));
