// The Worker's session driven in Node exactly as the Worker drives it: commands in, protocol
// messages out, yielding to the event loop between slices. Pins what the page relies on:
// echoed input and prompts in order, answers while a process loops forever, interrupt, kill,
// batched observer deltas, restarts, inspect, `:observer.start()` and editor diagnostics.
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerSession } from '../../../src/worker/session.ts';
import { preludeSources } from '../../../src/runtime/prelude/index.ts';
import type {
  EvalDoneEvent,
  InspectResultEvent,
  ObserverDeltaEvent,
  ObserverSnapshotEvent,
  PageCommand,
  WorkerMessage,
} from '../../../src/worker/protocol.ts';

interface Harness {
  session: WorkerSession;
  messages: WorkerMessage[];
  send(cmd: PageCommand): void;
  /** Evaluates and resolves with the evalDone, collecting output meanwhile. */
  evaluate(source: string, origin?: 'console' | 'editor'): Promise<EvalDoneEvent>;
  until<T extends WorkerMessage>(pred: (m: WorkerMessage) => m is T, timeoutMs?: number): Promise<T>;
  text(from?: number): string;
}

const sessions: WorkerSession[] = [];
let nextId = 1;

async function boot(): Promise<Harness> {
  const messages: WorkerMessage[] = [];
  const session = await WorkerSession.boot({
    post: (m) => messages.push(m),
    yieldNow: () => new Promise((r) => setImmediate(r)),
    prelude: preludeSources,
  });
  sessions.push(session);
  const until = async <T extends WorkerMessage>(pred: (m: WorkerMessage) => m is T, timeoutMs = 5000): Promise<T> => {
    const start = Date.now();
    for (let seen = 0; ; ) {
      for (; seen < messages.length; seen++) if (pred(messages[seen]!)) return messages[seen] as T;
      if (Date.now() - start > timeoutMs) throw new Error(`no such message within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 2));
    }
  };
  const h: Harness = {
    session,
    messages,
    send: (cmd) => session.handle(cmd),
    until,
    async evaluate(source, origin = 'console') {
      const id = nextId++;
      session.handle({ type: 'eval', id, source, origin });
      return until((m): m is EvalDoneEvent => m.type === 'evalDone' && m.id === id);
    },
    text(from = 0) {
      return messages
        .slice(from)
        .map((m) => (m.type === 'output' ? m.text : ''))
        .join('');
    },
  };
  return h;
}

afterEach(() => {
  // Stop each session's observer timer; the node itself is garbage once unreferenced.
  for (const s of sessions.splice(0)) s.handle({ type: 'observe', on: false });
});

const isSnapshot = (m: WorkerMessage): m is ObserverSnapshotEvent => m.type === 'observerSnapshot';
const isDelta = (m: WorkerMessage): m is ObserverDeltaEvent => m.type === 'observerDelta';

describe('the Worker session', () => {
  it('announces ready, then prints the banner and the first prompt', async () => {
    const h = await boot();
    expect(h.messages[0]).toEqual({ type: 'ready', elixirVersion: '1.14.0', otpRelease: '25', bootMs: expect.any(Number) });
    await new Promise((r) => setTimeout(r, 0));
    expect(h.text()).toBe('Interactive Elixir (1.14.0) - press Ctrl+C to exit (type h() ENTER for help)\niex(1)> ');
  });

  it('echoes each input line after its prompt, as a terminal IEx shows a paste', async () => {
    const h = await boot();
    const from = h.messages.length;
    const done = await h.evaluate('defmodule Hello do\n  def hi, do: :hi\nend\nHello.hi()');
    expect(done.status).toBe('ok');
    const outputs = h.messages.slice(from).filter((m) => m.type === 'output');
    expect(outputs.map((m) => [m.stream, m.text])).toEqual([
      ['input', 'defmodule Hello do\n'],
      ['prompt', '...(1)> '],
      ['input', '  def hi, do: :hi\n'],
      ['prompt', '...(1)> '],
      ['input', 'end\n'],
      ['result', expect.stringMatching(/^\{:module, Hello,/)],
      ['prompt', 'iex(2)> '],
      ['input', 'Hello.hi()\n'],
      ['result', ':hi\n'],
      ['prompt', 'iex(3)> '],
    ]);
    expect(outputs.every((m) => m.type === 'output' && m.evalId === done.id)).toBe(true);
  });

  it('reports an error as status error, with the banner on stderr', async () => {
    const h = await boot();
    const from = h.messages.length;
    const done = await h.evaluate('1 + :a');
    expect(done.status).toBe('error');
    expect(h.text(from)).toContain('** (ArithmeticError) bad argument in arithmetic expression');
  });

  it('formats results to the console’s columns, at most 80 as IEx in a terminal, and keeps them across reset', async () => {
    const h = await boot();
    // Expected texts are real Elixir's inspect(Enum.to_list(1..30), pretty: true, width: 40 / 80).
    const at40 = '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,\n 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,\n 23, 24, 25, 26, 27, 28, 29, 30]\n';
    const at80 = '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,\n 23, 24, 25, 26, 27, 28, 29, 30]\n';
    const result = async () => {
      const from = h.messages.length;
      await h.evaluate('Enum.to_list(1..30)');
      return h.messages.slice(from).map((m) => (m.type === 'output' && m.stream === 'result' ? m.text : '')).join('');
    };
    expect(await result()).toBe(at80);
    h.send({ type: 'columns', columns: 40 });
    expect(await result()).toBe(at40);
    // A terminal wider than 80 columns still gets 80.
    h.send({ type: 'columns', columns: 200 });
    expect(await result()).toBe(at80);
    h.send({ type: 'columns', columns: 40 });
    const readies = h.messages.filter((m) => m.type === 'ready').length;
    h.send({ type: 'reset' });
    await h.until((m): m is WorkerMessage => m.type === 'ready' && h.messages.filter((x) => x.type === 'ready').length > readies);
    await new Promise((r) => setTimeout(r, 10));
    expect(await result()).toBe(at40);
  });

  it('answers the shell while a spawned process loops forever', async () => {
    const h = await boot();
    await h.evaluate('defmodule Spin do\n  def loop(n), do: loop(n + 1)\nend');
    await h.evaluate('spawn(fn -> Spin.loop(0) end)');
    await new Promise((r) => setTimeout(r, 100));
    const start = performance.now();
    const from = h.messages.length;
    const done = await h.evaluate('1 + 1');
    expect(done.status).toBe('ok');
    expect(h.text(from)).toContain('2\n');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('interrupts an evaluation that waits forever: the shell starts over', async () => {
    const h = await boot();
    await h.evaluate('x = 1');
    const id = nextId++;
    h.send({ type: 'eval', id, source: 'receive do :never -> :ok end' });
    await new Promise((r) => setTimeout(r, 50));
    h.send({ type: 'interrupt' });
    const done = await h.until((m): m is EvalDoneEvent => m.type === 'evalDone' && m.id === id);
    expect(done.status).toBe('interrupted');
    await new Promise((r) => setTimeout(r, 0));
    const text = h.text();
    expect(text).toContain('** (EXIT from #PID<0.106.0>) shell process exited with reason: killed');
    expect(text.endsWith('iex(1)> ')).toBe(true);
    expect((await h.evaluate('1 + 1')).status).toBe('ok');
  });

  it('leaves an unfinished expression on interrupt, as #iex:break does, keeping the counter', async () => {
    const h = await boot();
    await h.evaluate('a = 1');
    const done = await h.evaluate('[1,');
    expect(done.status).toBe('incomplete');
    const from = h.messages.length;
    h.send({ type: 'interrupt' });
    await new Promise((r) => setTimeout(r, 20));
    expect(h.text(from)).toBe('#iex:break\n** (TokenMissingError) iex:2: incomplete expression\n\niex(2)> ');
  });

  it('sends the inspector’s exit signals from the observer, as the real Observer does', async () => {
    const h = await boot();
    await h.evaluate('Process.flag(:trap_exit, true)');
    const trapping = ((await h.evaluate('self()')) && h.text()).match(/#PID<0\.(\d+)\.0>/g)!.at(-1)!;
    h.send({ type: 'kill', pid: trapping.slice(4), reason: ':bored' });
    await h.evaluate('receive do {:EXIT, from, :bored} -> {from == self(), node(from)} end');
    expect(h.text()).toContain('{false, :nonode@nohost}');
    // :normal from another process leaves a process that does not trap exits alive.
    await h.evaluate('pid = spawn(fn -> receive do :never -> :ok end end)');
    const spawned = h.text().match(/#PID<0\.(\d+)\.0>/g)!.at(-1)!;
    h.send({ type: 'kill', pid: spawned.slice(4), reason: ':normal' });
    await h.evaluate('Process.sleep(20)');
    await h.evaluate('Process.alive?(pid)');
    expect(h.text().trimEnd().split('\n').at(-2)).toBe('true');
  });

  it('kills a process from outside with a literal reason, and refuses code as a reason', async () => {
    const h = await boot();
    h.send({ type: 'observe', on: true });
    await h.evaluate('pid = spawn(fn -> receive do :never -> :ok end end)');
    const pid = /#PID<(0\.\d+\.\d+)>/.exec(h.text())![1]!;
    h.send({ type: 'kill', pid: `<${pid}>`, reason: 'IO.puts("hi")' });
    expect(h.messages.at(-1)).toMatchObject({ type: 'killResult', ok: false });
    h.send({ type: 'kill', pid: `<${pid}>`, reason: '{:shutdown, :bored}' });
    expect(h.messages.at(-1)).toEqual({ type: 'killResult', pid: `<${pid}>`, ok: true, error: null });
    const delta = await h.until((m): m is ObserverDeltaEvent => isDelta(m) && m.removed.length > 0);
    expect(delta.removed).toEqual([{ pid: `<${pid}>`, reason: '{:shutdown, :bored}' }]);
    h.send({ type: 'kill', pid: `<${pid}>`, reason: ':kill' });
    expect(h.messages.at(-1)).toMatchObject({ type: 'killResult', ok: false });
  });

  it('sends one snapshot, then deltas about ten a second, not one per VM event', async () => {
    const h = await boot();
    h.send({ type: 'observe', on: true });
    const snap = await h.until(isSnapshot);
    expect(snap.processes.map((p) => [p.pid, p.kind, p.label])).toEqual([['<0.106.0>', 'shell', 'IEx.Evaluator']]);
    // Thousands of messages in half a second.
    await h.evaluate('defmodule PingPong do\n  def loop(0), do: :ok\n  def loop(n) do\n    send(self(), n)\n    receive do _ -> loop(n - 1) end\n  end\nend');
    const from = h.messages.length;
    const started = performance.now();
    await h.evaluate('spawn(fn -> PingPong.loop(1_000_000) end)');
    await new Promise((r) => setTimeout(r, 600));
    const seconds = (performance.now() - started) / 1000;
    const deltas = h.messages.slice(from).filter(isDelta);
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.length).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 3);
    expect(deltas.map((d) => d.seq)).toEqual(deltas.map((_, i) => deltas[0]!.seq + i));
    const spawned = deltas.flatMap((d) => d.added).find((p) => p.label === 'fn/0 in iex');
    expect(spawned).toMatchObject({ kind: 'process', initialCall: 'anonymous fn/0 in iex' });
  });

  it('sees a supervisor restart: a dead child replaced by the supervisor keeps its place', async () => {
    const h = await boot();
    h.send({ type: 'observe', on: true });
    // A hand-made supervisor, marked as proc_lib marks one, that restarts its only child.
    await h.evaluate(
      [
        'defmodule MiniSup do',
        '  def start do',
        '    spawn(fn ->',
        '      Process.put(:"$initial_call", {:supervisor, MiniSup, 1})',
        '      Process.flag(:trap_exit, true)',
        '      loop(start_child())',
        '    end)',
        '  end',
        '  defp start_child do',
        '    spawn_link(fn ->',
        '      Process.put(:"$initial_call", {MiniWorker, :init, 1})',
        '      receive do :never -> :ok end',
        '    end)',
        '  end',
        '  defp loop(child) do',
        '    receive do',
        '      {:EXIT, ^child, _} -> loop(start_child())',
        '      {:which, from} -> send(from, child); loop(child)',
        '    end',
        '  end',
        'end',
      ].join('\n'),
    );
    await h.evaluate('sup = MiniSup.start()');
    await h.evaluate('send(sup, {:which, self()}); child = receive do c -> c end');
    await new Promise((r) => setTimeout(r, 250));
    const table = new Map<string, { kind: string; supervisor: string | null; childIndex: number | null }>();
    for (const m of h.messages) {
      if (isSnapshot(m)) m.processes.forEach((p) => table.set(p.pid, p));
      if (isDelta(m)) m.added.forEach((p) => table.set(p.pid, p));
    }
    const sup = [...table.entries()].find(([, p]) => p.kind === 'supervisor')![0];
    const child = [...table.entries()].find(([, p]) => p.kind === 'worker')![0];
    expect(table.get(child)).toMatchObject({ supervisor: sup, childIndex: 0 });

    h.send({ type: 'kill', pid: child, reason: ':kill' });
    const delta = await h.until((m): m is ObserverDeltaEvent => isDelta(m) && m.restarts.length > 0);
    const restart = delta.restarts[0]!;
    expect(restart).toMatchObject({ supervisor: sup, oldPid: child, reason: ':killed', childId: 'MiniWorker' });
    expect(delta.removed).toContainEqual({ pid: child, reason: ':killed' });
    expect(delta.added.find((p) => p.pid === restart.newPid)).toMatchObject({ supervisor: sup, childIndex: 0, restartCount: 1 });
  });

  it('answers inspect with the mailbox, dictionary and current function', async () => {
    const h = await boot();
    await h.evaluate('defmodule Box do\n  def wait, do: receive(do: (:never -> :ok))\nend');
    await h.evaluate('pid = spawn(fn -> Process.put(:color, :red); Box.wait() end)');
    await h.evaluate('send(pid, {:hello, 1}); send(pid, :two)');
    const pid = /#PID<(0\.\d+\.\d+)>/.exec(h.text())![1]!;
    h.send({ type: 'inspect', requestId: 7, pid: `<${pid}>` });
    const r = await h.until((m): m is InspectResultEvent => m.type === 'inspectResult' && m.requestId === 7);
    expect(r.details).toMatchObject({
      messages: ['{:hello, 1}', ':two'],
      messageQueueLen: 2,
      dictionary: [[':color', ':red']],
      currentFunction: 'Box.wait/0',
      status: 'waiting',
    });
    // A sleeping process is in Process.sleep/1, as Process.info/2 says.
    await h.evaluate('sleeper = spawn(fn -> Process.sleep(:infinity) end)');
    const sleeper = [...h.text().matchAll(/#PID<(0\.\d+\.\d+)>/g)].at(-1)![1]!;
    h.send({ type: 'inspect', requestId: 9, pid: `<${sleeper}>` });
    const s = await h.until((m): m is InspectResultEvent => m.type === 'inspectResult' && m.requestId === 9);
    expect(s.details).toMatchObject({ currentFunction: 'Process.sleep/1', status: 'waiting' });
    h.send({ type: 'inspect', requestId: 8, pid: '<0.9999.0>' });
    expect(h.messages.at(-1)).toEqual({ type: 'inspectResult', requestId: 8, pid: '<0.9999.0>', details: null });
  });

  it('tells the page to open the graph on :observer.start()', async () => {
    const h = await boot();
    const done = await h.evaluate(':observer.start()');
    expect(done.status).toBe('ok');
    expect(h.messages.some((m) => m.type === 'openObserver')).toBe(true);
  });

  it('places an editor run’s syntax error at the buffer’s line and column', async () => {
    const h = await boot();
    await h.evaluate('a = 1');
    const done = await h.evaluate('x = 1\ny = 2\nz = x +* y', 'editor');
    expect(done.status).toBe('error');
    expect(done.diagnostics).toEqual([{ line: 3, column: expect.any(Number), message: expect.stringMatching(/^SyntaxError: /), severity: 'error' }]);
    // A compile error inside a module marks the line of the call, wherever the module starts.
    const compile = await h.evaluate('x = 1\n\ndefmodule M do\n  def f do\n    nope(1)\n  end\nend', 'editor');
    expect(compile.diagnostics).toEqual([
      { line: 5, column: 1, message: 'CompileError: undefined function nope/1 (expected M to define such a function or for it to be imported, but none are available)', severity: 'error' },
    ]);
    // A buffer that ends inside an expression is marked and left, not continued.
    const missing = await h.evaluate('defmodule Open do\n  def f do\n    :ok\n', 'editor');
    expect(missing.status).toBe('error');
    expect(missing.diagnostics).toEqual([expect.objectContaining({ message: expect.stringMatching(/^TokenMissingError: /) })]);
    expect(h.text()).toMatch(/incomplete expression\n\niex\(\d+\)> $/);
  });
});
