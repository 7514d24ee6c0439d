// Bitstrings whose size is not whole bytes: building and matching random segment lists against
// a model that spells every value out as a string of '0' and '1' characters, the term order
// (bit by bit, then the shorter first), and the :erlang natives that turn them into lists.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Bin, BitString, Float, bitstring, list, listToArray, type Term } from '../../../src/runtime/terms/types.ts';
import { compareTerms, exactEquals } from '../../../src/runtime/terms/compare.ts';
import { hashTerm } from '../../../src/runtime/terms/hash.ts';
import { inspect } from '../../../src/runtime/terms/inspect.ts';
import { binBuild, binMatch, bitstringToList, listToBitstring } from '../../../src/runtime/vm/binary.ts';
import type { SegmentSpec } from '../../../src/runtime/compiler/code.ts';

/** The bits of a binary or bitstring as '0'/'1' characters. */
function bitsText(t: Bin | BitString): string {
  const n = t instanceof Bin ? t.bytes.length * 8 : t.bitSize;
  let out = '';
  for (const b of t.bytes) out += b.toString(2).padStart(8, '0');
  return out.slice(0, n);
}

/** The bitstring spelled by '0'/'1' characters. */
function fromText(bits: string): Bin | BitString {
  const bytes = new Uint8Array(Math.ceil(bits.length / 8));
  for (let i = 0; i < bits.length; i++) if (bits[i] === '1') bytes[i >> 3] |= 0x80 >> (i & 7);
  return bitstring(bytes, bits.length);
}

const bitsArb: fc.Arbitrary<string> = fc.array(fc.constantFrom('0', '1'), { maxLength: 40 }).map((a) => a.join(''));

interface Segment {
  spec: SegmentSpec;
  value: Term;
  /** What the segment writes, in the model. */
  bits: string;
  /** What matching the same segment gives back. */
  matched: Term;
}

function spec(type: SegmentSpec['type'], size: number, unit: number, signed = false, little = false): SegmentSpec {
  return { type, size, sizeReg: -1, unit, signed, little };
}

/** An integer's low `size` bits; little-endian as Erlang defines it: whole bytes least significant first, then the high rest. */
function integerBits(v: bigint, size: number, little: boolean): string {
  const u = BigInt.asUintN(size, v);
  if (!little) return size === 0 ? '' : u.toString(2).padStart(size, '0');
  let out = '';
  for (let i = 0; i < Math.floor(size / 8); i++) out += ((u >> BigInt(8 * i)) & 0xffn).toString(2).padStart(8, '0');
  const rest = size % 8;
  if (rest > 0) out += (u >> BigInt(size - rest)).toString(2).padStart(rest, '0');
  return out;
}

const num = (x: bigint): Term => (x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);

const integerSeg: fc.Arbitrary<Segment> = fc
  .record({
    size: fc.integer({ min: 0, max: 24 }),
    unit: fc.constantFrom(1, 1, 3, 8),
    value: fc.oneof(fc.integer({ min: -300, max: 300 }).map(BigInt), fc.bigInt({ min: -(2n ** 90n), max: 2n ** 90n })),
    signed: fc.boolean(),
    little: fc.boolean(),
  })
  .map(({ size, unit, value, signed, little }) => {
    const bits = size * unit;
    const back = bits === 0 ? 0n : signed ? BigInt.asIntN(bits, value) : BigInt.asUintN(bits, value);
    return { spec: spec('integer', size, unit, signed, little), value: num(value), bits: integerBits(value, bits, little), matched: num(back) };
  });

const bitstringSeg: fc.Arbitrary<Segment> = fc
  .tuple(bitsArb, fc.boolean())
  .chain(([bits, whole]) =>
    fc.integer({ min: 0, max: bits.length }).map((take) => {
      const value = fromText(bits);
      // Either the whole value (no size) or its first `take` bits (bits-size(take)).
      const written = whole ? bits : bits.slice(0, take);
      return { spec: spec('bitstring', whole ? -1 : take, 1), value, bits: written, matched: fromText(written) };
    }),
  );

const binarySeg: fc.Arbitrary<Segment> = fc.uint8Array({ maxLength: 5 }).chain((bytes) =>
  fc.integer({ min: 0, max: bytes.length }).map((take) => {
    const value = Bin.fromBytes(bytes);
    const written = bitsText(value).slice(0, take * 8);
    return { spec: spec('binary', take, 8), value, bits: written, matched: fromText(written) };
  }),
);

const floatSeg: fc.Arbitrary<Segment> = fc
  .record({ size: fc.constantFrom(32, 64), x: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 }), little: fc.boolean() })
  .map(({ size, x, little }) => {
    const dv = new DataView(new ArrayBuffer(size / 8));
    if (size === 64) dv.setFloat64(0, x, little);
    else dv.setFloat32(0, x, little);
    let bits = '';
    for (let i = 0; i < size / 8; i++) bits += dv.getUint8(i).toString(2).padStart(8, '0');
    const back = size === 64 ? x : Math.fround(x);
    return { spec: spec('float', size, 1, false, little), value: new Float(x), bits, matched: new Float(back) };
  });

const utf8Seg: fc.Arbitrary<Segment> = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((cp) => cp < 0xd800 || cp > 0xdfff)
  .map((cp) => {
    let bits = '';
    for (const b of new TextEncoder().encode(String.fromCodePoint(cp))) bits += b.toString(2).padStart(8, '0');
    return { spec: spec('utf8', -1, 1), value: cp, bits, matched: cp };
  });

const segment = fc.oneof(integerSeg, integerSeg, bitstringSeg, binarySeg, floatSeg, utf8Seg);

function build(segs: Segment[]): Term {
  return binBuild(
    segs.map((s) => s.spec),
    segs.map((s) => s.value),
    [],
    0,
  );
}

function match(specs: SegmentSpec[], v: Term): Term[] | null {
  const regs: Term[] = new Array(specs.length);
  return binMatch(specs, v, regs, 0, 0) ? regs : null;
}

describe('building a bitstring', () => {
  it('writes each segment bit after bit, as the model spells it', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segs) => {
        const built = build(segs);
        const expected = segs.map((s) => s.bits).join('');
        expect(built instanceof Bin || built instanceof BitString).toBe(true);
        expect(bitsText(built as Bin | BitString)).toBe(expected);
        // Whole bytes are always a Bin: is_binary/1 is `instanceof Bin`.
        expect(built instanceof Bin).toBe(expected.length % 8 === 0);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back every segment value when matched with the same segments', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segs) => {
        // What was written, matched with sizes that take exactly that many bits.
        const specs = segs.map((s) =>
          s.spec.type === 'bitstring' || s.spec.type === 'binary' ? spec('bitstring', s.bits.length, 1) : s.spec,
        );
        const got = match(specs, build(segs));
        expect(got).not.toBeNull();
        segs.forEach((s, i) => expect(exactEquals(got![i], s.matched), `${inspect(got![i])} vs ${inspect(s.matched)}`).toBe(true));
      }),
      { numRuns: 500 },
    );
  });

  it('fails to match when bits are left over or missing', () => {
    fc.assert(
      fc.property(fc.array(integerSeg, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 9 }), (segs, extra) => {
        const specs = segs.map((s) => s.spec);
        const longer = fromText(segs.map((s) => s.bits).join('') + '1'.repeat(extra));
        expect(match(specs, longer)).toBeNull();
        const total = segs.reduce((n, s) => n + s.bits.length, 0);
        if (total > 0) expect(match(specs, fromText(segs.map((s) => s.bits).join('').slice(0, total - 1)))).toBeNull();
      }),
    );
  });
});

describe('matching a bitstring', () => {
  it('splits anywhere with bits-size(n) and a bits tail', () => {
    fc.assert(
      fc.property(bitsArb, fc.nat(40), (bits, n) => {
        const got = match([spec('bitstring', n, 1), spec('bitstring', -1, 1)], fromText(bits));
        if (n > bits.length) {
          expect(got).toBeNull();
          return;
        }
        expect(got).not.toBeNull();
        expect(bitsText(got![0] as Bin | BitString)).toBe(bits.slice(0, n));
        expect(bitsText(got![1] as Bin | BitString)).toBe(bits.slice(n));
      }),
      { numRuns: 500 },
    );
  });

  it('takes a binary tail only when whole bytes are left', () => {
    fc.assert(
      fc.property(bitsArb, fc.nat(12), (bits, n) => {
        const got = match([spec('integer', n, 1), spec('binary', -1, 8)], fromText(bits));
        expect(got !== null).toBe(n <= bits.length && (bits.length - n) % 8 === 0);
      }),
    );
  });
});

const longBits: fc.Arbitrary<string> = fc.array(fc.constantFrom('0', '1'), { minLength: 200, maxLength: 1200 }).map((a) => a.join(''));

describe('the rest of a long bitstring', () => {
  it('is the same term whether it is read in place or copied out', () => {
    fc.assert(
      fc.property(longBits, fc.nat(300), fc.nat(300), (bits, i, j) => {
        // Two splits in a row: the second works on the rest the first one left.
        const first = match([spec('bitstring', i, 1), spec('bitstring', -1, 1)], fromText(bits));
        if (first === null) {
          expect(i).toBeGreaterThan(bits.length);
          return;
        }
        const second = match([spec('bitstring', j, 1), spec('bitstring', -1, 1)], first[1]);
        if (second === null) {
          expect(j).toBeGreaterThan(bits.length - i);
          return;
        }
        const rest = second[1];
        const fresh = fromText(bits.slice(i + j));
        // Written into a new bitstring after a few bits while still read in place...
        const built = binBuild([spec('integer', 3, 1), spec('bitstring', -1, 1)], [5, rest], [], 0);
        expect(bitsText(built as Bin | BitString)).toBe('101' + bits.slice(i + j));
        // ...then compared, hashed and printed, which copy it out.
        expect(rest instanceof Bin).toBe(fresh instanceof Bin);
        expect(compareTerms(rest, fresh)).toBe(0);
        expect(hashTerm(rest)).toBe(hashTerm(fresh));
        expect(exactEquals(rest, fresh)).toBe(true);
        expect(inspect(rest)).toBe(inspect(fresh));
      }),
      { numRuns: 300 },
    );
  });
});

describe('half-precision floats', () => {
  it('write back the same 16 bits they were read from', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), fc.boolean(), (h, little) => {
        const text = integerBits(BigInt(h), 16, little);
        const got = match([spec('float', 16, 1, false, little)], fromText(text));
        // Exponent 31 holds the infinities and NaNs, which never match.
        if (((h >> 10) & 0x1f) === 31) {
          expect(got).toBeNull();
          return;
        }
        const x = (got![0] as Float).value;
        const again = binBuild([spec('float', 16, 1, false, little)], [new Float(x)], [], 0);
        // -0.0 and 0.0 are both written as they are.
        expect(bitsText(again as Bin)).toBe(text);
      }),
    );
  });

  it('round to the nearest half, ties to even, and overflow to infinity', () => {
    const half = (x: number): number => Number(listToArray(bitstringToList(binBuild([spec('float', 16, 1)], [new Float(x)], [], 0) as Bin)).reduce((a, b) => (a as number) * 256 + (b as number), 0));
    expect(half(65504)).toBe(0x7bff);
    expect(half(65519.99)).toBe(0x7bff);
    expect(half(65520)).toBe(0x7c00);
    expect(half(0.1)).toBe(0x2e66);
    expect(half(3e-6)).toBe(0x0032);
    expect(half(1 + 2 ** -11)).toBe(0x3c00);
    expect(half(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(half(-2)).toBe(0xc000);
  });
});

describe('the term order of bitstrings', () => {
  it('compares bit by bit, then puts the shorter first', () => {
    fc.assert(
      fc.property(bitsArb, bitsArb, (a, b) => {
        // '0' < '1' and a prefix sorts first: plain string order of the spelled-out bits.
        const expected = a < b ? -1 : a > b ? 1 : 0;
        expect(compareTerms(fromText(a), fromText(b))).toBe(expected);
        expect(exactEquals(fromText(a), fromText(b))).toBe(a === b);
      }),
      { numRuns: 1000 },
    );
  });
});

describe(':erlang.bitstring_to_list/1 and list_to_bitstring/1', () => {
  it('round-trip every bitstring', () => {
    fc.assert(
      fc.property(bitsArb, (bits) => {
        const b = fromText(bits);
        const items = listToArray(bitstringToList(b));
        expect(items.length).toBe(Math.ceil(bits.length / 8));
        expect(exactEquals(listToBitstring(bitstringToList(b)) as Term, b)).toBe(true);
      }),
    );
  });

  it('concatenate nested lists of bitstrings in order', () => {
    fc.assert(
      fc.property(fc.array(bitsArb, { maxLength: 5 }), (parts) => {
        // [[p1], [[p2], [[p3]]]]: each part one level deeper than the one before.
        const nested = parts.reduceRight<Term>((tail, p) => list([list([fromText(p)]), tail]), list([]));
        expect(bitsText(listToBitstring(nested) as Bin | BitString)).toBe(parts.join(''));
      }),
    );
  });

  it('refuse what is not a bitstring list', () => {
    expect(listToBitstring(fromText('101'))).toBeNull();
    expect(listToBitstring(list([256]))).toBeNull();
    expect(listToBitstring(list([new Float(1)]))).toBeNull();
  });
});
