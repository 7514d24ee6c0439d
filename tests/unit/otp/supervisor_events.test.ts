// Supervisors written in Elixir tell the node about their children (start, stop, restart with
// the old and new pid and the reason), so the graph and the lessons react without polling.
import { describe, expect, it } from 'vitest';
import { Runtime, loadPreludeSources, type VmEvent } from '../../../src/runtime/index.ts';
import { inspect } from '../../../src/runtime/terms/inspect.ts';

async function run(source: string): Promise<{ events: VmEvent[]; out: string }> {
  let out = '';
  const rt = new Runtime({ clock: 'virtual', prelude: await loadPreludeSources(), output: (_d, t) => (out += t) });
  const events: VmEvent[] = [];
  rt.node.onEvent = (e) => events.push(e);
  const p = rt.spawnMain(rt.compile(source, 'events.exs').main);
  rt.node.runUntilIdle(() => !p.alive);
  return { events, out };
}

const text = (t: unknown): string => inspect(t as never);

describe('supervisor events', () => {
  it('reports each child start, the stop of a killed child and its restart with both pids', async () => {
    const { events, out } = await run(`
      defmodule W do
        use Agent
        def start_link(n), do: Agent.start_link(fn -> n end, name: :"w#{n}")
        def child_spec(n), do: %{id: {:w, n}, start: {__MODULE__, :start_link, [n]}}
      end
      {:ok, sup} = Supervisor.start_link([{W, 1}, {W, 2}], strategy: :one_for_one)
      old = Process.whereis(:w2)
      Process.exit(old, :kill)
      Process.sleep(10)
      IO.puts(inspect({sup, old, Process.whereis(:w2)}))
    `);
    const [sup, old, fresh] = out.trim().slice(1, -1).split(', ');
    const starts = events.filter((e) => e.type === 'child_start');
    expect(starts.map((e) => e.type === 'child_start' && text(e.id))).toEqual(['{:w, 1}', '{:w, 2}', '{:w, 2}']);
    expect(starts.every((e) => e.type === 'child_start' && text(e.supervisor) === sup)).toBe(true);
    const stop = events.find((e) => e.type === 'child_stop');
    expect(stop !== undefined && stop.type === 'child_stop' && [text(stop.pid), text(stop.reason)]).toEqual([old, ':killed']);
    const restarts = events.filter((e) => e.type === 'restart');
    expect(restarts).toHaveLength(1);
    const r = restarts[0];
    expect(r.type === 'restart' && [text(r.supervisor), text(r.id), text(r.oldPid), text(r.newPid), text(r.reason)]).toEqual([sup, '{:w, 2}', old, fresh, ':killed']);
  });

  it('reports the children one_for_all restarts besides the one that died', async () => {
    const { events } = await run(`
      defmodule W do
        use Agent
        def start_link(n), do: Agent.start_link(fn -> n end, name: :"w#{n}")
        def child_spec(n), do: %{id: n, start: {__MODULE__, :start_link, [n]}}
      end
      {:ok, _} = Supervisor.start_link([{W, 1}, {W, 2}, {W, 3}], strategy: :one_for_all)
      Process.exit(Process.whereis(:w2), :kill)
      Process.sleep(10)
    `);
    const restarts = events.filter((e) => e.type === 'restart').map((e) => e.type === 'restart' && [text(e.id), text(e.reason)]);
    expect(restarts).toEqual([['1', ':shutdown'], ['2', ':killed'], ['3', ':shutdown']]);
    // The killed child's stop comes first, then the others are shut down newest first.
    const stops = events.filter((e) => e.type === 'child_stop').map((e) => e.type === 'child_stop' && [text(e.id), text(e.reason)]);
    expect(stops).toEqual([['2', ':killed'], ['3', ':shutdown'], ['1', ':shutdown']]);
  });

  it("reports a DynamicSupervisor's children as they start, stop and restart", async () => {
    const { events, out } = await run(`
      {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
      {:ok, a} = DynamicSupervisor.start_child(sup, {Agent, fn -> :a end})
      {:ok, b} = DynamicSupervisor.start_child(sup, {Agent, fn -> :b end})
      :ok = DynamicSupervisor.terminate_child(sup, b)
      Process.exit(a, :kill)
      Process.sleep(10)
      [{_, new_a, _, _}] = DynamicSupervisor.which_children(sup)
      IO.puts(inspect({a, b, new_a}))
    `);
    const [a, b, newA] = out.trim().slice(1, -1).split(', ');
    const seen = events
      .filter((e) => e.type === 'child_start' || e.type === 'child_stop' || e.type === 'restart')
      .map((e) => (e.type === 'child_start' ? ['start', text(e.pid)] : e.type === 'child_stop' ? ['stop', text(e.pid), text(e.reason)] : ['restart', text(e.oldPid), text(e.newPid), text(e.reason)]));
    expect(seen).toEqual([['start', a], ['start', b], ['stop', b, ':shutdown'], ['stop', a, ':killed'], ['restart', a, newA, ':killed']]);
  });
});
