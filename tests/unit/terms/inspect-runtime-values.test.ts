// What inspect does with values that only our runtime can produce, where real Elixir has no
// single answer to compare with: references (BEAM numbers are per node and per boot), and
// structs whose definition order the VM may or may not know.
import { describe, expect, it } from 'vitest';
import { Fun, Ref, atom, list, str, type Atom, type Term } from '../../../src/runtime/terms/types.ts';
import { MapTerm } from '../../../src/runtime/terms/map.ts';
import { inspect, ioInspect } from '../../../src/runtime/terms/inspect.ts';

function struct(module: string, fields: [string, Term][]): MapTerm {
  return MapTerm.fromEntries([[atom('__struct__'), atom(module)], ...fields.map(([k, v]) => [atom(k), v] as const)]);
}

describe('references', () => {
  it('print as four numbers, like the BEAM shows a local reference', () => {
    for (const id of [0, 1, 42, 262_143, 262_144, 10_000_000]) {
      expect(inspect(new Ref(id))).toMatch(/^#Reference<0\.\d+\.\d+\.\d+>$/);
    }
  });

  it('tell different references apart', () => {
    const seen = new Set<string>();
    for (let id = 0; id < 300_000; id += 997) seen.add(inspect(new Ref(id)));
    expect(seen.size).toBe(Math.ceil(300_000 / 997));
  });
});

describe('functions', () => {
  it('print a closure with its defining function, whatever it captured', () => {
    const f = new Fun(2, null, [1, str('captured')], {
      kind: 'local',
      module: atom('erl_eval'),
      owner: atom('expr'),
      ownerArity: 6,
      index: 42,
      uniq: 3316493,
    });
    // The form IEx shows for `fn a, b -> ... end`.
    expect(inspect(f)).toBe('#Function<42.3316493/2 in :erl_eval.expr/6>');
  });
});

describe('structs', () => {
  const point = struct('Elixir.Point', [
    ['y', 2],
    ['x', 1],
  ]);
  const order = (fields: string[] | null) => (m: Atom) => (m.name === 'Elixir.Point' ? fields?.map(atom) ?? null : undefined);

  it('follow the definition order the VM gives', () => {
    expect(inspect(point, { structFieldOrder: order(['y', 'x']) })).toBe('%Point{y: 2, x: 1}');
  });

  it('fall back to sorted fields when the definition is unknown', () => {
    expect(inspect(point)).toBe('%Point{x: 1, y: 2}');
  });

  it('print as maps when the module defines no struct or other fields', () => {
    expect(inspect(point, { structFieldOrder: order(null) })).toBe('%{__struct__: Point, x: 1, y: 2}');
    expect(inspect(point, { structFieldOrder: order(['x', 'y', 'z']) })).toBe('%{__struct__: Point, x: 1, y: 2}');
  });

  it('leave __exception__ out of exceptions', () => {
    const e = MapTerm.fromEntries([
      [atom('__struct__'), atom('Elixir.RuntimeError')],
      [atom('__exception__'), atom('true')],
      [atom('message'), str('boom')],
    ]);
    expect(inspect(e)).toBe('%RuntimeError{message: "boom"}');
    expect(inspect(e, { structFieldOrder: () => [atom('__exception__'), atom('message')] })).toBe(
      '%RuntimeError{message: "boom"}',
    );
  });

  it('lay out like maps when pretty', () => {
    const wide = struct('Elixir.Point', [
      ['x', list(Array.from({ length: 30 }, (_, i) => i))],
      ['y', str('y'.repeat(30))],
    ]);
    expect(ioInspect(wide).split('\n')[0]).toBe('%Point{');
  });
});
