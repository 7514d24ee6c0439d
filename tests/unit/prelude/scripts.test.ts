// Whole scripts that use the stdlib (IO.warn's stacktrace, IO.inspect's layout with a label,
// struct/2 from a module's defaults) print what real `elixir` printed for them
// (tests/fixtures/stdlib/scripts, made by gen_scripts.exs).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runExs } from '../../../src/runtime/index.ts';

const dir = fileURLToPath(new URL('../../fixtures/stdlib/scripts/', import.meta.url));

describe('stdlib scripts print what elixir prints', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.exs'))) {
    it(file, async () => {
      const base = dir + file.replace(/\.exs$/, '');
      const r = await runExs(readFileSync(dir + file, 'utf8'), file);
      expect(r.stdout).toBe(readFileSync(base + '.stdout', 'utf8'));
      expect(r.stderr).toBe(readFileSync(base + '.stderr', 'utf8'));
      expect(r.status).toBe(0);
    });
  }
});
