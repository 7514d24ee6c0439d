// System.schedulers_online/0 is what the BEAM would answer on the learner's machine (one
// scheduler per logical processor), and so is Task.async_stream's default max_concurrency: a
// stream of sleeping tasks takes as long as it would in the learner's own iex.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExs } from '../../../src/runtime/index.ts';

afterEach(() => vi.unstubAllGlobals());

const PEAK = `
counter = spawn(fn ->
  loop = fn loop, running, peak ->
    receive do
      :start -> loop.(loop, running + 1, max(peak, running + 1))
      :done -> loop.(loop, running - 1, peak)
      {:peak, from} -> send(from, peak)
    end
  end
  loop.(loop, 0, 0)
end)
Task.async_stream(1..20, fn _ -> send(counter, :start); Process.sleep(10); send(counter, :done) end) |> Stream.run()
send(counter, {:peak, self()})
receive do: (peak -> IO.inspect({System.schedulers_online(), :erlang.system_info(:schedulers), peak}))
`;

describe('schedulers online', () => {
  it("are the browser's logical processors, and bound async_stream by default", async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 6 });
    expect((await runExs(PEAK, 'peak.exs')).stdout).toBe('{6, 6, 6}\n');
  });

  it('are one where the host does not say', async () => {
    vi.stubGlobal('navigator', undefined);
    expect((await runExs(PEAK, 'peak.exs')).stdout).toBe('{1, 1, 1}\n');
  });
});
