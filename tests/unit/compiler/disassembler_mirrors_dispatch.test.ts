// The disassembler decodes every instruction the compiler emits, with the operand shapes the
// dispatch loop reads: a function disassembles to whole instructions ending at its last word.
import { describe, expect, it } from 'vitest';
import { Runtime } from '../../../src/runtime/index.ts';
import { disassemble, traceTo } from '../../../src/runtime/vm/disasm.ts';
import { instructionLength } from '../../../src/runtime/compiler/ops.ts';
import { atom } from '../../../src/runtime/terms/types.ts';

describe('disassemble', () => {
  it('walks every function of a module instruction by instruction', () => {
    const rt = new Runtime({ clock: 'virtual' });
    rt.load(
      [
        'defmodule D do',
        '  def fib(0), do: 0',
        '  def fib(1), do: 1',
        '  def fib(n) when n > 1, do: fib(n - 1) + fib(n - 2)',
        '  def loop(pid) do',
        '    receive do',
        '      {:ping, from} -> send(from, {:pong, %{n: 1}}); loop(pid)',
        '    after 10 -> try do raise "x" rescue e -> e end',
        '    end',
        '  end',
        '  def mk(x), do: fn y -> <<x::8, y::binary>> end',
        'end',
      ].join('\n'),
      'd.exs',
    );
    const m = rt.node.modules.get(atom('Elixir.D'))!;
    for (const fn of m.functions.values()) {
      let pc = 0;
      while (pc < fn.code.length) pc += instructionLength(fn.code, pc);
      expect(pc).toBe(fn.code.length);
      const text = disassemble(fn);
      expect(text.split('\n').length).toBeGreaterThan(2);
    }
    const fib = disassemble(m.functions.get('fib/1')!);
    expect(fib).toMatch(/call_local x\d+, fib\/1/);
    expect(fib).toMatch(/func_clause/);
    const loop = disassemble(m.functions.get('loop/1')!);
    expect(loop).toMatch(/recv_peek/);
    expect(loop).toMatch(/recv_wait/);
    expect(loop).toMatch(/tail_local .*loop\/1/);
    expect(loop).toMatch(/try_begin/);
  });
});

describe('trace', () => {
  it('shows each instruction as it runs, and nothing once turned off', () => {
    const rt = new Runtime({ clock: 'virtual' });
    const { main } = rt.compile('defmodule T do\n  def double(x), do: x * 2\nend\nT.double(21)', 't.exs');
    const lines: string[] = [];
    rt.node.trace = traceTo((l) => lines.push(l));
    const p = rt.spawnMain(main);
    rt.node.runUntilIdle(() => !p.alive);
    rt.node.trace = null;
    expect(p.result).toBe(42);
    expect(lines.some((l) => /Elixir\.T\.double\/1 +\d+ mul /.test(l))).toBe(true);
    expect(lines.some((l) => / return /.test(l))).toBe(true);
    const before = lines.length;
    const q = rt.spawnMain(main);
    rt.node.runUntilIdle(() => !q.alive);
    expect(lines.length).toBe(before);
  });
});
