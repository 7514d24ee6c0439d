// Rebuilds terms from the JSON encoding that tests/fixtures/terms/gen_inspect.exs writes.
import { Bin, Float, Fun, Pid, atom, bitstring, list, normalizeInteger, type Term } from '../../../src/runtime/terms/types.ts';
import { MapTerm } from '../../../src/runtime/terms/map.ts';

export type Encoded =
  | { int: string }
  | { float: string }
  | { atom: string }
  | { str: string }
  | { bytes: string[] }
  /** A bitstring: its size in bits, then its bytes (the last one padded with zero bits). */
  | { bits: string[] }
  | { list: Encoded[]; tail?: Encoded }
  | { tuple: Encoded[] }
  | { map: [Encoded, Encoded][] }
  | { pid: [string, string] }
  | { fun: string[] };

export function decodeTerm(e: Encoded): Term {
  if ('int' in e) return normalizeInteger(BigInt(e.int));
  if ('float' in e) {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, BigInt('0x' + e.float));
    return new Float(view.getFloat64(0));
  }
  if ('atom' in e) return atom(e.atom);
  if ('str' in e) return Bin.fromString(e.str);
  if ('bytes' in e) return Bin.fromBytes(Uint8Array.from(e.bytes.map(Number)));
  if ('bits' in e) return bitstring(Uint8Array.from(e.bits.slice(1).map(Number)), Number(e.bits[0]));
  if ('list' in e) return list(e.list.map(decodeTerm), e.tail === undefined ? undefined : decodeTerm(e.tail));
  if ('tuple' in e) return e.tuple.map(decodeTerm);
  if ('map' in e) return MapTerm.fromEntries(e.map.map(([k, v]) => [decodeTerm(k), decodeTerm(v)] as const));
  if ('pid' in e) return new Pid(Number(e.pid[0]), Number(e.pid[1]));
  if ('fun' in e) {
    const f = e.fun;
    if (f[0] === 'external') {
      return new Fun(Number(f[3]), null, [], { kind: 'external', module: atom(f[1]), name: atom(f[2]) });
    }
    return new Fun(Number(f[6]), null, [], {
      kind: 'local',
      module: atom(f[1]),
      owner: atom(f[2]),
      ownerArity: Number(f[3]),
      index: Number(f[4]),
      uniq: Number(f[5]),
    });
  }
  throw new Error('unknown encoding ' + JSON.stringify(e));
}
