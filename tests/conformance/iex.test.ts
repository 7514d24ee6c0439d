// The golden IEx sessions: every iex/<name>.iex is typed into our shell the way
// `cat <name>.iex | iex` typed it into real IEx 1.14, and the transcript must equal iex/<name>.out
// once normalize.ts has renamed pids and references and dropped stacktrace frames.
// iex/PENDING names the sessions that need what the runtime does not have yet (GenServer,
// Supervisor, Agent, Task): each of those must still fail, so the list shrinks as they land.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTranscript } from '../../src/runtime/iex/transcript.ts';
import { conformanceRoot, discoverIexSessions } from './cases.ts';
import { normalizeOutput } from './normalize.ts';

const SESSION_TIMEOUT_MS = 60_000;

function readPending(): Set<string> {
  const path = join(conformanceRoot, 'iex', 'PENDING');
  if (!existsSync(path)) return new Set();
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter((l) => l !== ''),
  );
}

const sessions = discoverIexSessions();
const pending = readPending();

describe('IEx sessions match real IEx', () => {
  it('PENDING names only sessions that exist', () => {
    const names = new Set(sessions.map((s) => s.name));
    expect([...pending].filter((p) => !names.has(p))).toEqual([]);
  });

  for (const s of sessions) {
    const isPending = pending.has(s.name);
    it(
      isPending ? `${s.name} (pending: must still differ)` : s.name,
      async () => {
        const expected = normalizeOutput(s.transcript);
        const actual = normalizeOutput(await runTranscript(s.input));
        if (isPending) expect(actual, `${s.name} passes now: remove it from iex/PENDING`).not.toBe(expected);
        else expect(actual).toBe(expected);
      },
      SESSION_TIMEOUT_MS,
    );
  }
});
