// The process limit: spawning past it fails with :system_limit (SystemLimitError in Elixir) and
// the emulator's "Too many processes" log, and room comes back as processes end. The BEAM's
// limit is 262,144; the script runs against a limit of 1024 on both runtimes (real Elixir with
// `elixir --erl "+P 1024" process_limit.exs` printed the fixture).
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Runtime, loadPreludeSources } from '../../../src/runtime/index.ts';
import { normalizeRun } from '../../conformance/normalize.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'process_limit');
const read = (ext: string): string => readFileSync(join(dir, `process_limit${ext}`), 'utf8');

describe('process limit', () => {
  it('is 262,144 by default, as on the BEAM', async () => {
    const rt = new Runtime({ prelude: await loadPreludeSources() });
    expect(rt.node.processLimit).toBe(262_144);
  });

  it('fails spawns past the limit with :system_limit as the BEAM does, then frees room', async () => {
    let stdout = '';
    let stderr = '';
    const rt = new Runtime({
      output: (d, t) => (d === 'stdout' ? (stdout += t) : (stderr += t)),
      // (the script sleeps: a virtual clock lets it run to its end here)
      clock: 'virtual',
      prelude: await loadPreludeSources(),
    });
    rt.node.processLimit = 1024;
    rt.load(read('.exs'), 'process_limit.exs');
    const expected = { stdout: read('.stdout'), stderr: read('.stderr'), status: Number(read('.status').trim()) };
    expect(normalizeRun({ stdout, stderr, status: 0 })).toEqual(normalizeRun(expected));
  }, 60_000);
});
