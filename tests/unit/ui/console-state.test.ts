// The console's state, compiled by Vite with the project's Svelte plugin and fed Worker
// messages as the page feeds it: the transcript IEx would print, the prompt held in front of
// the input line until input is read after it, a clear screen, the busy count, and a history
// that walks with Up/Down, keeps the line being typed, and survives a new page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { PageCommand, WorkerMessage } from '../../../src/worker/protocol.ts';

let vite: ViteDevServer;

beforeAll(async () => {
  vite = await createServer({
    configFile: false,
    logLevel: 'silent',
    plugins: [svelte({ compilerOptions: { dev: false } })],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  // Compiled once here, under the hook's long timeout: the first test must not pay for it.
  await vite.ssrLoadModule('/src/ui/console/console-state.svelte.ts');
}, 60_000);

afterAll(async () => {
  await vite?.close();
});

interface Console {
  segments: { kind: string; text: string }[];
  prompt: string;
  status: string;
  running: number;
  busy: boolean;
  history: string[];
  handle(m: WorkerMessage): void;
  submit(text: string): void;
  evaluate(source: string, origin?: 'console' | 'editor'): number;
  recall(direction: -1 | 1, current: string): string | null;
  restarting(): void;
  clear(): void;
  setColumns(columns: number): void;
}

function memoryStorage(): { getItem(k: string): string | null; setItem(k: string, v: string): void; data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

async function make(storage = memoryStorage()): Promise<{ c: Console; sent: PageCommand[] }> {
  const { ConsoleState } = await vite.ssrLoadModule('/src/ui/console/console-state.svelte.ts');
  const sent: PageCommand[] = [];
  const c = new ConsoleState((cmd: PageCommand) => sent.push(cmd), storage) as Console;
  return { c, sent };
}

const out = (stream: 'stdout' | 'stderr' | 'prompt' | 'result' | 'input', text: string, evalId: number | null = null): WorkerMessage => ({
  type: 'output',
  stream,
  text,
  evalId,
});
const transcript = (c: Console) => c.segments.map((s) => s.text).join('');

describe('ConsoleState', () => {
  it('holds the newest prompt before the input line and writes it into the transcript with the input', async () => {
    const { c } = await make();
    c.handle({ type: 'ready', elixirVersion: '1.14.0', otpRelease: '25' });
    c.handle(out('stdout', 'Interactive Elixir (1.14.0)\n'));
    c.handle(out('prompt', 'iex(1)> '));
    expect(c.status).toBe('ready');
    expect(transcript(c)).toBe('Interactive Elixir (1.14.0)\n');
    expect(c.prompt).toBe('iex(1)> ');
    // Another process prints while the shell waits: above the prompt, as a terminal redraws it.
    c.handle(out('stdout', 'tick\n'));
    expect(transcript(c)).toBe('Interactive Elixir (1.14.0)\ntick\n');
    c.handle(out('input', '1 + 1\n', 1));
    c.handle(out('result', '2\n', 1));
    c.handle(out('prompt', 'iex(2)> ', 1));
    expect(transcript(c)).toBe('Interactive Elixir (1.14.0)\ntick\niex(1)> 1 + 1\n2\n');
    expect(c.segments.map((s) => s.kind)).toEqual(['stdout', 'prompt', 'input', 'result']);
    expect(c.prompt).toBe('iex(2)> ');
  });

  it('keeps a prompt left unanswered (an abandoned continuation) in the transcript', async () => {
    const { c } = await make();
    c.handle(out('prompt', 'iex(1)> '));
    c.handle(out('input', 'foo(\n'));
    c.handle(out('prompt', '...(1)> '));
    c.handle(out('prompt', '...(1)> '));
    c.handle(out('input', '#iex:break\n'));
    c.handle(out('stderr', '** (TokenMissingError) iex:1: incomplete expression\n\n'));
    c.handle(out('prompt', 'iex(1)> '));
    expect(transcript(c)).toBe('iex(1)> foo(\n...(1)> \n...(1)> #iex:break\n** (TokenMissingError) iex:1: incomplete expression\n\n');
  });

  it('clears the screen on the ANSI sequence clear() prints', async () => {
    const { c } = await make();
    c.handle(out('stdout', 'old output\n'));
    c.handle(out('stdout', '\x1b[H\x1b[2J'));
    expect(c.segments).toEqual([]);
  });

  it('clears the screen on Ctrl+L, keeping the prompt, the history, and what comes next', async () => {
    const { c } = await make();
    c.handle(out('prompt', 'iex(1)> '));
    c.submit('1 + 1');
    c.handle(out('input', '1 + 1\n', 1));
    c.handle(out('result', '2\n', 1));
    c.handle(out('prompt', 'iex(2)> ', 1));
    c.clear();
    expect(c.segments).toEqual([]);
    expect(c.prompt).toBe('iex(2)> ');
    expect(c.recall(-1, '')).toBe('1 + 1');
    c.handle(out('stdout', 'later\n'));
    expect(transcript(c)).toBe('later\n');
  });

  it('keeps a bounded scrollback when a process prints without end, cutting at line starts', async () => {
    const { c } = await make();
    const { CHARS_MAX } = await vite.ssrLoadModule('/src/ui/console/console-state.svelte.ts');
    const line = 'tick 0123456789\n';
    let total = 0;
    for (let i = 0; total < CHARS_MAX * 3; i++) {
      const chunk = `${i}:`.padEnd(4) + line.repeat(40);
      c.handle(out('stdout', chunk));
      total += chunk.length;
    }
    const text = transcript(c);
    expect(text.length).toBeLessThanOrEqual(CHARS_MAX);
    expect(text.length).toBeGreaterThan(CHARS_MAX / 2);
    expect(text.endsWith(line)).toBe(true);
    expect(/^(\d+: {0,2})?tick 0123456789\n/.test(text)).toBe(true);
  });

  it('tells the runtime the console’s columns when they change, and again to each new runtime', async () => {
    const { c, sent } = await make();
    c.setColumns(61.7);
    c.setColumns(61.2);
    expect(sent).toEqual([{ type: 'columns', columns: 61 }]);
    c.setColumns(0);
    c.setColumns(Number.NaN);
    expect(sent).toHaveLength(1);
    c.setColumns(90);
    expect(sent.at(-1)).toEqual({ type: 'columns', columns: 90 });
    c.restarting();
    c.handle({ type: 'ready', elixirVersion: '1.14.0', otpRelease: '25' });
    expect(sent.at(-1)).toEqual({ type: 'columns', columns: 90 });
  });

  it('counts evaluations until each is done, and says when the runtime restarts or fails', async () => {
    const { c, sent } = await make();
    const a = c.evaluate('1', 'console');
    const b = c.evaluate('2', 'editor');
    expect(sent).toEqual([
      { type: 'eval', id: a, source: '1', origin: 'console' },
      { type: 'eval', id: b, source: '2', origin: 'editor' },
    ]);
    expect(c.running).toBe(2);
    c.handle({ type: 'evalDone', id: a, status: 'ok' });
    expect(c.busy).toBe(true);
    c.restarting();
    expect(c.running).toBe(0);
    expect(c.status).toBe('booting');
    expect(transcript(c)).toContain('Runtime stopped. Starting a fresh one…');
    c.handle({ type: 'workerError', message: 'boom' });
    expect(c.status).toBe('failed');
    expect(transcript(c)).toContain('The runtime stopped working: boom');
  });

  it('walks the history with Up and Down, keeps the line being typed, and saves it for the next page', async () => {
    const storage = memoryStorage();
    const { c } = await make(storage);
    c.submit('a = 1');
    c.submit('a + 1');
    c.submit('a + 1'); // a repeat is not stored twice
    c.submit('   '); // nor a blank line
    expect(c.history).toEqual(['a = 1', 'a + 1']);
    expect(c.recall(-1, 'draft')).toBe('a + 1');
    expect(c.recall(-1, 'a + 1')).toBe('a = 1');
    expect(c.recall(-1, 'a = 1')).toBeNull();
    expect(c.recall(1, 'a = 1')).toBe('a + 1');
    expect(c.recall(1, 'a + 1')).toBe('draft');
    expect(c.recall(1, 'draft')).toBeNull();
    const { c: next } = await make(storage);
    expect(next.history).toEqual(['a = 1', 'a + 1']);
  });
});
