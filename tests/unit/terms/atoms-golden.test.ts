// Atoms quoted and escaped as Elixir 1.14 does in three places: as a literal (:ok, :"a b",
// Foo.Bar), as a keyword key (ok:, "a b":) and as a function name (&:m.ok/1, &:m."Foo"/1).
// Expected texts come from real Elixir (tests/fixtures/terms/gen_scalars.exs).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Fun, atom, list } from '../../../src/runtime/terms/types.ts';
import { inspect } from '../../../src/runtime/terms/inspect.ts';

const atoms = JSON.parse(
  readFileSync(new URL('../../fixtures/terms/atoms.json', import.meta.url), 'utf8'),
) as [string, string, string, string][];

describe('atoms print as in Elixir 1.14', () => {
  it.each(atoms)('%j', (name, literal, keyword, capture) => {
    const a = atom(name);
    expect(inspect(a)).toBe(literal);
    expect(inspect(list([[a, 1]]))).toBe(keyword);
    expect(inspect(new Fun(1, null, [], { kind: 'external', module: atom('m'), name: a }))).toBe(capture);
  });
});
