// Floats as inspect/1 and to_string/1 write them, and Kernel.to_string/1 on every kind of term,
// against real Elixir 1.14 (tests/fixtures/terms/gen_scalars.exs).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatFloat, formatFloatShortest } from '../../../src/runtime/terms/float.ts';
import { ChardataError, ProtocolUndefined, toString } from '../../../src/runtime/terms/to_string.ts';
import { exactEquals } from '../../../src/runtime/terms/compare.ts';
import { decodeTerm, type Encoded } from './fixture-terms.ts';

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL('../../fixtures/terms/' + name, import.meta.url), 'utf8')) as T;
}

function floatFromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

const floats = fixture<[string, string, string][]>('floats.json');

describe('floats print as on OTP 25', () => {
  it('covers hundreds of floats', () => expect(floats.length).toBeGreaterThan(500));

  it('inspect writes fixed notation below 1.0e16 and the shortest digits (io_lib_format:fwrite_g)', () => {
    const wrong = floats.filter(([bits, insp]) => formatFloat(floatFromBits(bits)) !== insp);
    expect(wrong).toEqual([]);
  });

  it('to_string writes the shorter of fixed and exponent form (float_to_binary short)', () => {
    const wrong = floats.filter(([bits, , str]) => formatFloatShortest(floatFromBits(bits)) !== str);
    expect(wrong).toEqual([]);
  });
});

interface ToStringCase {
  source: string;
  term: Encoded;
  result: { ok: string } | { error: string; message: string };
}

describe('to_string matches Kernel.to_string/1', () => {
  const cases = fixture<ToStringCase[]>('to_string.json');
  it.each(cases.map((c) => [c.source, c] as const))('to_string(%s)', (_source, c) => {
    const term = decodeTerm(c.term);
    const r = c.result;
    if ('ok' in r) {
      expect(toString(term)).toBe(r.ok);
      return;
    }
    let thrown: unknown;
    try {
      toString(term);
    } catch (e) {
      thrown = e;
    }
    if (r.error === 'Protocol.UndefinedError') {
      expect(thrown).toBeInstanceOf(ProtocolUndefined);
      expect(exactEquals((thrown as ProtocolUndefined).value, term)).toBe(true);
    } else {
      expect(thrown).toBeInstanceOf(ChardataError);
      expect((thrown as ChardataError).exception).toBe(r.error);
      expect((thrown as ChardataError).message).toBe(r.message);
    }
  });
});
