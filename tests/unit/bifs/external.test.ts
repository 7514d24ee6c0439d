// The external term format beyond what the golden scripts print: very long and deeply nested
// terms, every integer width boundary, and bytes that are not a term.
import { describe, expect, it } from 'vitest';
import { BadExternal, decode, encode } from '../../../src/runtime/terms/external.ts';
import { atom, Bin, Cons, EMPTY_LIST, Float, type Term } from '../../../src/runtime/terms/types.ts';
import { exactlyEqual } from '../../../src/runtime/bifs/order.ts';

const roundTrip = (t: Term): Term => decode(encode(t)).term;

describe('term_to_binary / binary_to_term', () => {
  it('round-trips a list of 200,000 elements and a 50,000-deep nesting without exhausting the stack', () => {
    let long: Term = EMPTY_LIST;
    for (let i = 0; i < 200_000; i++) long = new Cons(i, long);
    expect(exactlyEqual(roundTrip(long), long)).toBe(true);
    let deep: Term = atom('leaf');
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(() => encode(deep)).not.toThrow();
  });

  it('chooses the integer encoding by width: small, 32-bit, small big, large big', () => {
    expect(encode(255)[1]).toBe(97);
    expect(encode(256)[1]).toBe(98);
    expect(encode(-(2 ** 31))[1]).toBe(98);
    expect(encode(2 ** 31)[1]).toBe(110);
    expect(encode(2n ** 2040n - 1n)[1]).toBe(110);
    expect(encode(2n ** 2040n)[1]).toBe(111);
    for (const n of [0, 255, 256, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53 - 1, -(2n ** 64n), 2n ** 3000n]) expect(roundTrip(n)).toEqual(n);
  });

  it('reads a float back to the same bits and keeps binaries that are not UTF-8', () => {
    const f = roundTrip(new Float(0.1 + 0.2));
    expect(f instanceof Float && f.value).toBe(0.1 + 0.2);
    const raw = Bin.fromBytes(Uint8Array.from([0xff, 0x00, 0xc3]));
    expect(exactlyEqual(roundTrip(raw), raw)).toBe(true);
  });

  it('refuses bytes without the version, with an unknown tag, or cut short', () => {
    for (const bytes of [[], [130, 97, 1], [131, 255], [131, 98, 0, 0], [131, 108, 0, 0, 0, 2, 97, 1]]) {
      expect(() => decode(Uint8Array.from(bytes)), String(bytes)).toThrow(BadExternal);
    }
  });
});
