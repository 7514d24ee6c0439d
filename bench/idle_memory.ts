// Memory per idle process: N processes spawned from Elixir, each waiting in `receive`, measured
// as the growth of the JS heap in our runtime and of :erlang.memory(:processes) on the BEAM
// (when `elixir` is on PATH). Run: `npx tsx bench/idle_memory.ts [N]` (default 100,000).
import { execFileSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Runtime, loadPreludeSources } from '../src/runtime/index.ts';
import { atom, list } from '../src/runtime/terms/types.ts';

const n = Number(process.argv[2] ?? 100_000);

// The same Elixir on both runtimes: a holder spawns the idle processes and keeps their pids.
const IDLE = `
defmodule Idle do
  def hold(n) do
    pids = for _ <- 1..n, do: spawn(fn -> receive do :stop -> :ok end end)
    receive do
      :stop -> Enum.each(pids, &send(&1, :stop))
    end
  end
end
`;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapUsed(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

const rt = new Runtime({ prelude: await loadPreludeSources() });
rt.load(IDLE, 'idle.exs');
const node = rt.node;
const before = heapUsed();
const holder = node.spawn(atom('Elixir.Idle'), atom('hold'), list([n]), null, false);
node.runUntilIdle();
const ours = (heapUsed() - before) / n;
if (node.processes.size < n + 1) throw new Error(`only ${node.processes.size} processes are alive`);
node.send(null, holder.self, atom('stop'));
node.runUntilIdle();

let beam = '-';
try {
  const script = `${IDLE}
    :erlang.garbage_collect()
    before = :erlang.memory(:processes)
    holder = spawn(fn -> Idle.hold(${n}) end)
    Process.sleep(100)
    wait = fn wait -> if Process.info(holder, :message_queue_len) == {:message_queue_len, 0} and length(Process.list()) > ${n}, do: :ok, else: (Process.sleep(50); wait.(wait)) end
    wait.(wait)
    IO.puts(div(:erlang.memory(:processes) - before, ${n}))`;
  beam = execFileSync('elixir', ['-e', script], { encoding: 'utf8' }).trim();
} catch {
  // no elixir on PATH
}
console.log(`idle processes: ${n}`);
console.log(`ours: ${Math.round(ours)} bytes per process (JS heap)`);
console.log(`BEAM: ${beam} bytes per process (:erlang.memory(:processes))`);
