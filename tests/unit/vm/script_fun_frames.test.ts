// The conformance suite drops stacktrace frames when it compares a script with real Elixir.
// These goldens are about the frames themselves (how a script's top-level funs and a raise's
// frame are named), so they are compared with their frames kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExs } from '../../../src/runtime/index.ts';
import { normalizeRun } from '../../conformance/normalize.ts';

const dir = join(import.meta.dirname, '../../conformance/exs/gaps');

describe('stack frames of scripts name funs as Elixir does', () => {
  for (const name of ['top_level_fun_raise', 'top_level_fun_spawn', 'fun_names', 'raise_error_info']) {
    it(name, async () => {
      const read = (ext: string): string => readFileSync(join(dir, `${name}.${ext}`), 'utf8');
      const expected = normalizeRun({ stdout: read('stdout'), stderr: read('stderr'), status: Number(read('status').trim()) }, { keepStacktraces: true });
      const actual = normalizeRun(await runExs(read('exs'), `${name}.exs`), { keepStacktraces: true });
      expect(actual).toEqual(expected);
    });
  }
});
