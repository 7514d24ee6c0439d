// The golden IEx sessions: every iex/<name>.iex is typed into our shell the way
// `cat <name>.iex | iex` typed it into real IEx 1.14, and the transcript must equal iex/<name>.out
// once normalize.ts has renamed pids and references and dropped stacktrace frames.
// iex/PENDING names the sessions the runtime does not pass yet, each with the reason: each of
// those must still fail, so the list shrinks as fixes land.
import { describe, expect, it } from 'vitest';
import { runTranscript } from '../../src/runtime/iex/transcript.ts';
import { discoverIexSessions, readPending } from './cases.ts';
import { normalizeOutput } from './normalize.ts';

const SESSION_TIMEOUT_MS = 60_000;

const sessions = discoverIexSessions();
const pending = readPending('iex');

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
