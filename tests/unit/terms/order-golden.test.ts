// Term order and exact equality against real Elixir 1.14 / OTP 25 for every pair of a varied
// set of terms (tests/fixtures/terms/gen_order.exs).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareTerms, exactEquals, looseEquals } from '../../../src/runtime/terms/compare.ts';
import { hashTerm } from '../../../src/runtime/terms/hash.ts';
import { MapTerm } from '../../../src/runtime/terms/map.ts';
import { atom, type Term } from '../../../src/runtime/terms/types.ts';
import { inspect } from '../../../src/runtime/terms/inspect.ts';
import { decodeTerm, type Encoded } from './fixture-terms.ts';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/terms/order.json', import.meta.url), 'utf8'),
) as { terms: Encoded[]; matrix: string[]; sorted: Encoded[]; large_maps: Encoded[][] };

const terms = fixture.terms.map(decodeTerm);
const symbol = { '-1': '<', '0': '=', '1': '>' } as const;

describe('term order matches the BEAM', () => {
  it('orders every pair as Erlang does', () => {
    const wrong: string[] = [];
    terms.forEach((a, i) =>
      terms.forEach((b, j) => {
        const expected = fixture.matrix[i].slice(j * 2, j * 2 + 2);
        const got = symbol[String(compareTerms(a, b)) as '-1' | '0' | '1'] + (exactEquals(a, b) ? 'e' : 'n');
        if (got !== expected) wrong.push(`${inspect(a)} vs ${inspect(b)}: ${got} (BEAM ${expected})`);
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('== is equality in the term order', () => {
    for (const a of terms) for (const b of terms) expect(looseEquals(a, b)).toBe(compareTerms(a, b) === 0);
  });

  it('sorts stably as Enum.sort/1 does', () => {
    const sorted = [...terms].sort(compareTerms);
    expect(sorted.map((t) => inspect(t))).toEqual(fixture.sorted.map((e) => inspect(decodeTerm(e))));
  });

  it('hashes exactly equal terms alike', () => {
    for (const a of terms) for (const b of terms) if (exactEquals(a, b)) expect(hashTerm(a)).toBe(hashTerm(b));
  });
});

describe('maps of more than 32 keys list them in the BEAM\'s hash order', () => {
  it.each(fixture.large_maps.map((keys, i) => [i, keys.length, keys] as const))('map %i (%i keys)', (_i, _n, keys) => {
    const expected = keys.map(decodeTerm);
    // Built in term order, so only the hash order can produce the BEAM's.
    const map = MapTerm.fromEntries([...expected].sort(compareTerms).map((k, i) => [k, i] as const));
    expect(map.keys().map((k) => inspect(k))).toEqual(expected.map((k) => inspect(k)));
  });
});

describe('maps of more than 32 keys the BEAM hashes by memory address', () => {
  it('keep term order when a key is an atom, whose hash no other VM can know', () => {
    const keys = Array.from({ length: 40 }, (_, i): Term => (i % 2 === 0 ? i : atom('k' + i)));
    const map = MapTerm.fromEntries(keys.map((k) => [k, 0] as const));
    expect(map.keys().map((k) => inspect(k))).toEqual([...keys].sort(compareTerms).map((k) => inspect(k)));
  });
});
