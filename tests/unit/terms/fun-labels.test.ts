// Closures print as real Elixir prints them in the shell and at a script's top level
// (tests/fixtures/terms/funs.json, from gen_scalars.exs).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Fun } from '../../../src/runtime/terms/types.ts';
import { scriptFunLabel, shellFunLabel } from '../../../src/runtime/terms/fun_label.ts';
import { inspect } from '../../../src/runtime/terms/inspect.ts';

const funs = JSON.parse(readFileSync(new URL('../../fixtures/terms/funs.json', import.meta.url), 'utf8')) as {
  shell: [number, string][];
  script: string[];
};

describe('closure labels', () => {
  it.each(funs.shell)('a shell fn of arity %i', (arity, expected) => {
    expect(inspect(new Fun(arity, null, [], shellFunLabel(arity)))).toBe(expected);
  });

  it('script fns, numbered from 0 and named after the file', () => {
    const uniq = Number(/\.(\d+) in/.exec(funs.script[0])![1]);
    const printed = funs.script.map((_, i) => inspect(new Fun(i, null, [], scriptFunLabel('sub/script.exs', i, uniq))));
    expect(printed).toEqual(funs.script);
  });
});
