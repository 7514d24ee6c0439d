// The time-sliced driver keeps the host responsive: with a process spinning forever, other
// processes still finish and the event loop still runs its own callbacks between slices.
import { describe, expect, it } from 'vitest';
import { Runtime } from '../../../src/runtime/index.ts';
import { startDriver } from '../../../src/runtime/vm/driver.ts';

describe('startDriver', () => {
  it('lets timers of the host fire while a process loops forever', async () => {
    let out = '';
    const rt = new Runtime({ output: (_d, t) => (out += t) });
    const { main } = rt.compile(
      [
        'defmodule Spin do',
        '  def forever(n), do: forever(n + 1)',
        'end',
        'spawn(fn -> Spin.forever(0) end)',
        'Process.sleep(100)',
        'IO.puts("slept while another process spins")',
      ].join('\n'),
      'spin.exs',
    );
    const p = rt.spawnMain(main);
    const driver = startDriver(rt.node, { sliceMs: 4 });
    let hostTicks = 0;
    const tick = setInterval(() => hostTicks++, 5);
    const deadline = Date.now() + 5000;
    while (p.alive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    clearInterval(tick);
    driver.stop();
    expect(out).toBe('slept while another process spins\n');
    expect(hostTicks).toBeGreaterThan(0);
  });
});
