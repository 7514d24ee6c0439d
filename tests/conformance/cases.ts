// Finds the golden cases on disk: scripts under exs/<group>/<name>.exs with the
// <name>.stdout, <name>.stderr and <name>.status that real `elixir <name>.exs` produced from
// inside the group folder, and IEx sessions under iex/<name>.iex with the <name>.out
// transcript of `cat <name>.iex | iex`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScriptRun } from './normalize.ts';

export const conformanceRoot = dirname(fileURLToPath(import.meta.url));

export interface ExsCase {
  /** `errors/match_error`: how the case is named in test output. */
  id: string;
  group: string;
  /** The file name Elixir saw (`match_error.exs`), to pass to `runExs` as it is. */
  file: string;
  path: string;
}

export function discoverExsCases(root = join(conformanceRoot, 'exs')): ExsCase[] {
  const cases: ExsCase[] = [];
  for (const group of readdirSync(root, { withFileTypes: true })) {
    if (!group.isDirectory()) continue;
    for (const entry of readdirSync(join(root, group.name)).sort()) {
      if (!entry.endsWith('.exs')) continue;
      const name = entry.slice(0, -'.exs'.length);
      cases.push({ id: `${group.name}/${name}`, group: group.name, file: entry, path: join(root, group.name, entry) });
    }
  }
  return cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function golden(c: ExsCase, ext: string): string {
  return c.path.slice(0, -'.exs'.length) + ext;
}

export function hasGoldenFiles(c: ExsCase): boolean {
  return ['.stdout', '.stderr', '.status'].every((ext) => existsSync(golden(c, ext)));
}

export function readSource(c: ExsCase): string {
  return readFileSync(c.path, 'utf8');
}

export function readExpected(c: ExsCase): ScriptRun {
  return {
    stdout: readFileSync(golden(c, '.stdout'), 'utf8'),
    stderr: readFileSync(golden(c, '.stderr'), 'utf8'),
    status: Number.parseInt(readFileSync(golden(c, '.status'), 'utf8').trim(), 10),
  };
}

export interface IexSession {
  name: string;
  /** What the learner types, one line per line. */
  input: string;
  /** The transcript real IEx printed: banner, prompts and answers (the input is not echoed). */
  transcript: string;
}

export function discoverIexSessions(root = join(conformanceRoot, 'iex')): IexSession[] {
  return readdirSync(root)
    .filter((f) => f.endsWith('.iex'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.iex'.length);
      const out = join(root, `${name}.out`);
      return {
        name,
        input: readFileSync(join(root, f), 'utf8'),
        transcript: existsSync(out) ? readFileSync(out, 'utf8') : '',
      };
    });
}

/**
 * The names in exs/PENDING or iex/PENDING: cases the runtime does not pass yet, one per line,
 * each under a comment saying why. The runners assert that each of them still fails.
 */
export function readPending(kind: 'exs' | 'iex'): Set<string> {
  const path = join(conformanceRoot, kind, 'PENDING');
  if (!existsSync(path)) return new Set();
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter((l) => l !== ''),
  );
}
