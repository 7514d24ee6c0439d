// Scripts run by runExs print exactly what `elixir file.exs` printed (goldens generated with
// real Elixir 1.14 in tests/fixtures/vm: NAME.exs, NAME.stdout, NAME.stderr, NAME.status).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runExs } from '../../../src/runtime/index.ts';

const dir = join(import.meta.dirname, '../../fixtures/vm');

describe('scripts behave as elixir file.exs', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.exs'))) {
    const base = file.slice(0, -4);
    it(base, async () => {
      const r = await runExs(readFileSync(join(dir, file), 'utf8'), file, { clock: 'virtual' });
      expect(r.stdout).toBe(readFileSync(join(dir, base + '.stdout'), 'utf8'));
      expect(r.stderr).toBe(readFileSync(join(dir, base + '.stderr'), 'utf8'));
      expect(r.status).toBe(Number(readFileSync(join(dir, base + '.status'), 'utf8').trim()));
    });
  }
});
