// Elixir calls never use the JavaScript stack: tail calls reuse their frame, body recursion
// grows an array, and every process is preempted after its reductions.
import { describe, expect, it } from 'vitest';
import { Runtime, runExs } from '../../../src/runtime/index.ts';
import { atom } from '../../../src/runtime/terms/types.ts';
import * as compilerOps from '../../../src/runtime/compiler/ops.ts';
import * as interp from '../../../src/runtime/vm/interp.ts';

// Both are const enums: read them as the runtime objects the transpiler emits.
const CompilerOp = (compilerOps as unknown as Record<string, Record<string, number>>)['Op'];
const DispatchOp = (interp as unknown as Record<string, Record<string, number>>)['Op'];

describe('the explicit frame stack', () => {
  it('keeps the frame stack small across 1,000,000 tail calls', () => {
    const rt = new Runtime({ clock: 'virtual' });
    const { main } = rt.compile(
      'defmodule L do\n def loop(0), do: :done\n def loop(n), do: loop(n - 1)\nend\nL.loop(1_000_000)',
      'loop.exs',
    );
    const p = rt.spawnMain(main);
    let maxFrames = 0;
    let maxRegs = 0;
    while (rt.node.step()) {
      maxFrames = Math.max(maxFrames, p.frames.length);
      maxRegs = Math.max(maxRegs, p.regs.length);
    }
    expect(p.result).toBe(atom('done'));
    expect(maxFrames).toBeLessThanOrEqual(8);
    expect(maxRegs).toBeLessThan(100);
  });

  it('holds only the live frames whenever the process is not running, after deep returns and a raise', () => {
    // Depths of the frame stack between slices, for D.<first>(50_000) followed by a tail loop.
    const depths = (first: string): number[] => {
      const rt = new Runtime({ clock: 'virtual' });
      const { main } = rt.compile(
        [
          'defmodule D do',
          '  def deep(0), do: 0',
          '  def deep(n), do: 1 + deep(n - 1)',
          '  def boom(0), do: raise("deep enough")',
          '  def boom(n), do: 1 + boom(n - 1)',
          '  def loop(0), do: :done',
          '  def loop(n), do: loop(n - 1)',
          'end',
          `try do D.${first}(50_000) rescue _ -> :rescued end`,
          'D.loop(100_000)',
        ].join('\n'),
        'depth.exs',
      );
      const p = rt.spawnMain(main);
      const seen: number[] = [];
      while (rt.node.step()) seen.push(p.frames.length);
      expect(p.result).toBe(atom('done'));
      return seen;
    };
    for (const first of ['deep', 'boom']) {
      const seen = depths(first);
      // The recursion was seen deep, and the tail loop after it (25 slices) sees a shallow stack.
      expect(Math.max(...seen), first).toBeGreaterThan(4 * 10_000);
      expect(Math.max(...seen.slice(-10)), first).toBeLessThanOrEqual(8);
    }
  });

  it('runs body recursion 1,000,000 deep', async () => {
    const r = await runExs(
      'defmodule S do\n def sum(0), do: 0\n def sum(n), do: n + sum(n - 1)\nend\nIO.puts S.sum(1_000_000)',
      'deep.exs',
      { clock: 'virtual' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('500000500000\n');
  });

  it('does not let an infinite loop stop another process', async () => {
    const r = await runExs(
      [
        'defmodule Spin do',
        '  def forever(n), do: forever(n + 1)',
        'end',
        'spawn(fn -> Spin.forever(0) end)',
        'me = self()',
        'spawn(fn -> send(me, {:done, Enum.sum(1..1000)}) end)',
        'receive do',
        '  {:done, n} -> IO.puts("other process finished: #{n}")',
        'end',
      ].join('\n'),
      'preempt.exs',
      { clock: 'virtual' },
    );
    expect(r.stdout).toBe('other process finished: 500500\n');
  });

  it('dispatches on the same opcode numbers the compiler emits', () => {
    const names = Object.keys(CompilerOp).filter((k) => Number.isNaN(Number(k)));
    expect(names.length).toBeGreaterThan(50);
    for (const n of names)
      expect(DispatchOp[n], n).toBe(CompilerOp[n]);
    expect(Object.keys(DispatchOp).length).toBe(Object.keys(CompilerOp).length);
  });
});
