// Building and matching binaries segment by segment (`<<a::8, rest::binary>>`). Sizes are in
// bits times unit as in Erlang; only whole-byte binaries are supported (no bitstrings).
// https://www.erlang.org/doc/reference_manual/expressions.html#bit_syntax
import { Bin, Float, isInteger, normalizeInteger, type Term } from '../terms/types.ts';
import { ErlangError } from '../bifs/registry.ts';
import { atom } from '../terms/types.ts';
import { exactEquals } from '../terms/compare.ts';
import type { SegmentSpec } from '../compiler/code.ts';

const BADARG = atom('badarg');

function sizeOf(spec: SegmentSpec, regs: Term[], bp: number, absolute = false): number {
  if (spec.sizeReg >= 0) {
    const v = regs[absolute ? spec.sizeReg : bp + spec.sizeReg];
    if (typeof v !== 'number' || v < 0) throw new ErlangError(BADARG);
    return v;
  }
  return spec.size;
}

export function binBuild(specs: SegmentSpec[], vals: Term[], regs: Term[], bp: number): Bin {
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
  const out: number[] = [];
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const v = vals[i];
    switch (spec.type) {
      case 'binary':
      case 'bitstring': {
        if (!(v instanceof Bin)) throw new ErlangError(BADARG);
        const bytes = v.bytes;
        const size = sizeOf(spec, regs, bp);
        const n = size === -1 ? bytes.length : (size * (spec.unit === 1 && spec.type === 'binary' ? 8 : spec.unit)) / 8;
        if (n > bytes.length) throw new ErlangError(BADARG);
        for (let j = 0; j < n; j++) out.push(bytes[j]);
        break;
      }
      case 'integer': {
        if (!isInteger(v)) throw new ErlangError(BADARG);
        const size = sizeOf(spec, regs, bp);
        const bits = (size === -1 ? 8 : size) * spec.unit;
        if (bits % 8 !== 0) throw new ErlangError(BADARG);
        const n = bits / 8;
        let x = BigInt(v);
        const bytes: number[] = [];
        for (let j = 0; j < n; j++) {
          bytes.push(Number(BigInt.asUintN(8, x)));
          x >>= 8n;
        }
        if (!spec.little) bytes.reverse();
        out.push(...bytes);
        break;
      }
      case 'float': {
        const size = sizeOf(spec, regs, bp);
        const bits = size === -1 ? 64 : size;
        const x = v instanceof Float ? v.value : isInteger(v) ? Number(v) : NaN;
        if (Number.isNaN(x)) throw new ErlangError(BADARG);
        const buf = new DataView(new ArrayBuffer(bits / 8));
        if (bits === 64) buf.setFloat64(0, x, spec.little);
        else buf.setFloat32(0, x, spec.little);
        for (let j = 0; j < bits / 8; j++) out.push(buf.getUint8(j));
        break;
      }
      case 'utf8': {
        if (typeof v !== 'number' || v < 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) throw new ErlangError(BADARG);
        out.push(...new TextEncoder().encode(String.fromCodePoint(v)));
        break;
      }
      default:
        throw new ErlangError(BADARG);
    }
  }
  return Bin.fromBytes(Uint8Array.from(out));
}

/** Match v against the segments; each non-literal segment's value goes to regs[base + i]. */
export function binMatch(specs: SegmentSpec[], v: Term, regs: Term[], bp: number, base: number): boolean {
  if (!(v instanceof Bin)) return false;
  const bytes = v.bytes;
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    let value: Term;
    switch (spec.type) {
      case 'binary':
      case 'bitstring': {
        const size = spec.sizeReg >= 0 ? (regs[bp + spec.sizeReg] as number) : spec.size;
        if (size === -1) {
          if (i !== specs.length - 1) return false;
          value = Bin.fromBytes(bytes.subarray(at));
          at = bytes.length;
        } else {
          const n = spec.type === 'binary' ? size * (spec.unit === 1 ? 1 : spec.unit / 8) : size / 8;
          if (typeof n !== 'number' || at + n > bytes.length) return false;
          value = Bin.fromBytes(bytes.subarray(at, at + n));
          at += n;
        }
        break;
      }
      case 'integer': {
        const size = spec.sizeReg >= 0 ? (regs[bp + spec.sizeReg] as number) : spec.size;
        const bits = (size === -1 ? 8 : size) * spec.unit;
        if (bits % 8 !== 0) return false;
        const n = bits / 8;
        if (at + n > bytes.length) return false;
        let x = 0n;
        for (let j = 0; j < n; j++) {
          const byte = spec.little ? bytes[at + n - 1 - j] : bytes[at + j];
          x = (x << 8n) | BigInt(byte);
        }
        if (spec.signed) x = BigInt.asIntN(bits, x);
        value = normalizeInteger(x);
        at += n;
        break;
      }
      case 'float': {
        const bits = spec.size === -1 ? 64 : spec.size;
        const n = bits / 8;
        if (at + n > bytes.length) return false;
        const dv = new DataView(bytes.buffer, bytes.byteOffset + at, n);
        value = new Float(bits === 64 ? dv.getFloat64(0, spec.little) : dv.getFloat32(0, spec.little));
        at += n;
        break;
      }
      case 'utf8': {
        const b0 = bytes[at];
        if (b0 === undefined) return false;
        const len = b0 < 0x80 ? 1 : b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc0 ? 2 : 0;
        if (len === 0 || at + len > bytes.length) return false;
        let cp = len === 1 ? b0 : b0 & (0xff >> (len + 1));
        for (let j = 1; j < len; j++) {
          const c = bytes[at + j];
          if ((c & 0xc0) !== 0x80) return false;
          cp = (cp << 6) | (c & 0x3f);
        }
        value = cp;
        at += len;
        break;
      }
      default:
        return false;
    }
    if (spec.literal !== undefined) {
      if (!exactEquals(value, spec.literal)) return false;
    } else regs[base + i] = value;
  }
  void bp;
  return at === bytes.length;
}
