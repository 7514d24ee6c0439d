// :ets.i/0 prints a line per table. Real Elixir lists the system's own tables too, so the
// fixture keeps only the header and the lines of the tables the script made:
//   cd tests/fixtures/ets && elixir ets_i.exs | grep -E "^ id |^ -{10}|inventory|Odd Name|'end'" > ets_i.lines
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExs } from '../../../src/runtime/index.ts';

const dir = join(import.meta.dirname, '../../fixtures/ets');

describe(':ets.i/0', () => {
  it('prints the tables as real Elixir does, names quoted as Erlang quotes them', async () => {
    const run = await runExs(readFileSync(join(dir, 'ets_i.exs'), 'utf8'), 'ets_i.exs');
    const keep = /^ id |^ -{10}|inventory|Odd Name|'end'/;
    const lines = run.stdout.split('\n').filter((l) => keep.test(l));
    expect(lines.join('\n') + '\n').toBe(readFileSync(join(dir, 'ets_i.lines'), 'utf8'));
  }, 20_000);
});
