// Checks that need more of the runtime than its output: what a process took out of its mailbox
// (`received`) and which child a supervisor restarted (`restart child=`), fed by a real session
// in Node through the same protocol messages the page gets.
import { describe, expect, it } from 'vitest';
import { RECEIPTS_PER_INTERVAL } from '../../../src/worker/observe.ts';
import type { ChildRestart, ProcessSummary } from '../../../src/worker/protocol.ts';
import { checkHolds, parseCheckLine } from '../../../src/lessons/checks.ts';
import { drive, readLesson } from './drive.ts';

const read = readLesson;
const remembers = read('01-a-process-that-remembers.md');
const strategies = read('10-strategies.md');

describe('the received check', () => {
  it('counts the messages a receive took, not the ones sent', async () => {
    const { actor, evaluate, settle } = await drive(remembers, 2);
    await evaluate(remembers.steps[0]!.starter!);
    await evaluate('counter = spawn(Counter, :loop, [0])');
    await evaluate('send(counter, :increment)');
    await evaluate('send(counter, :increment)');
    await settle();
    // Spawned, but two :increment are not the three the step asks for.
    expect(actor.getSnapshot().context.met).toEqual([true, false, false]);
    await evaluate('send(counter, :increment)');
    await settle();
    expect(actor.getSnapshot().context.met).toEqual([true, true, false]);
  });

  it('does not count messages left waiting in the mailbox', async () => {
    const { evaluate, settle, world } = await drive(remembers, 2);
    await evaluate('sleepy = spawn(fn -> receive do :wake_up -> :ok end end)');
    await evaluate('for n <- 1..3, do: send(sleepy, {:counter, n})');
    await settle();
    const waiting = parseCheckLine('mailbox min=3: three wait');
    const received = parseCheckLine('received match="counter": one was received');
    expect(checkHolds(waiting, world(), 0)).toBe(true);
    expect(checkHolds(received, world(), 0)).toBe(false);
    await evaluate('send(sleepy, :wake_up)');
    await settle();
    expect(checkHolds(parseCheckLine('received kind=process match="^:wake_up$": woken'), world(), 0)).toBe(true);
    expect(checkHolds(received, world(), 0)).toBe(false);
  });

  it('tells apart processes by label and by registered name', async () => {
    const { evaluate, settle, world } = await drive(remembers, 2);
    await evaluate('defmodule Echo do\n  def loop, do: receive(do: (m -> IO.inspect(m); loop()))\nend');
    await evaluate('Process.register(spawn(Echo, :loop, []), :echo)');
    await evaluate('spawn(Echo, :loop, [])');
    await evaluate('send(:echo, {:hello, 1}); send(:echo, {:hello, 2})');
    await settle();
    const by = (line: string) => checkHolds(parseCheckLine(line), world(), 0);
    expect(by('received label=echo match="^\\{:hello, \\d\\}$" count=2: both')).toBe(true);
    expect(by('received label=echo count=3: three')).toBe(false);
    expect(by('received label="Echo.loop/0" count=2: by label')).toBe(true);
    expect(by('received kind=supervisor: no supervisor')).toBe(false);
  });

  it('with process=last, counts only what the process started last received', async () => {
    const { evaluate, settle, world } = await drive(remembers, 2);
    await evaluate(remembers.steps[0]!.starter!);
    await evaluate('first = spawn(Counter, :loop, [0])');
    await evaluate('for _ <- 1..3, do: send(first, :increment)');
    await evaluate('second = spawn(Counter, :loop, [0])');
    await evaluate('send(second, :increment)');
    await settle();
    const by = (line: string) => checkHolds(parseCheckLine(line), world(), 0);
    expect(by('received label="Counter.loop/1" match=increment count=3: any counter')).toBe(true);
    expect(by('received process=last match=increment count=3: the last one')).toBe(false);
    expect(by('received process=last match=increment: the last one, once')).toBe(true);
    await evaluate('send(second, :increment); send(second, :increment)');
    await settle();
    expect(by('received process=last match=increment count=3: the last one')).toBe(true);
    expect(() => parseCheckLine('received process=first: no')).toThrow(/process= takes only last/);
  });

  it('counts a flood in the process table but itemizes only so many messages per interval', async () => {
    const { evaluate, settle, deltas, world } = await drive(remembers, 2);
    await evaluate('sink = spawn(fn -> Stream.repeatedly(fn -> receive do m -> m end end) |> Stream.run() end)');
    await evaluate('Process.register(sink, :sink)');
    await evaluate('for n <- 1..1000, do: send(sink, {:n, n})');
    await settle();
    const sink = [...world().live.values()].find((p) => p.registeredName === 'sink')!;
    expect(sink.messagesReceived).toBe(1000);
    const itemized = deltas()
      .flatMap((d) => d.received ?? [])
      .filter((r) => r.pid === sink.pid)
      .reduce((n, r) => n + r.count, 0);
    expect(itemized).toBeGreaterThan(0);
    expect(itemized).toBeLessThan(1000);
    // At most RECEIPTS_PER_INTERVAL per delta.
    for (const d of deltas()) {
      expect((d.received ?? []).filter((r) => r.pid === sink.pid).reduce((n, r) => n + r.count, 0)).toBeLessThanOrEqual(RECEIPTS_PER_INTERVAL);
    }
  });
});

describe('restarts as the supervisor names them', () => {
  it('name each restarted child by its child spec id, paired with the pid it replaced', async () => {
    const { evaluate, settle, deltas, world } = await drive(strategies, 1);
    await evaluate(strategies.steps[0]!.starter!);
    await evaluate('{:ok, trio} = Trio.start_link(:one_for_all)');
    await settle();
    const before = new Map<string, ProcessSummary>();
    for (const p of world().live.values()) if (p.kind === 'worker') before.set(p.pid, p);
    expect([...before.values()].map((p) => p.childId).sort()).toEqual([':a', ':b', ':c']);
    await evaluate('Process.exit(Process.whereis(:b), :kill)');
    await settle();
    const restarts: ChildRestart[] = deltas().flatMap((d) => d.restarts);
    expect(restarts).toHaveLength(3);
    for (const r of restarts) {
      const old = before.get(r.oldPid)!;
      // The id is the old child's, and its registered name (:a is registered as "a").
      expect(r.childId).toBe(old.childId);
      expect(r.childId).toBe(`:${old.registeredName}`);
      expect(r.reason).toBe(r.childId === ':b' ? ':killed' : ':shutdown');
      expect(world().live.get(r.newPid)).toMatchObject({ childId: r.childId, childIndex: old.childIndex, restartCount: 1 });
    }
    const by = (line: string) => checkHolds(parseCheckLine(line), world(), 0);
    expect(by('restart child="^:b$": b')).toBe(true);
    expect(by('restart child="^:[abc]$" count=3: all three')).toBe(true);
    expect(by('restart child="Worker": by module')).toBe(false);
  });
});
