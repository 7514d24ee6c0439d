// The builder fuses common pairs into one instruction: `const r, k; return r` (a clause whose
// body is a literal) into return_k, a test against an integer literal into test_int, and a
// comparison tested at once (a guard's `n > 0`) into test_lt/le/gt/ge. The fused forms must
// behave as the pairs did: exact integer equality, the comparison's register still written,
// and no fusing when a jump lands between the two instructions. (Comparisons across types
// are pinned by the conformance script arithmetic/comparison_guards_across_types.exs.)
import { describe, expect, it } from 'vitest';
import { Runtime, runExs } from '../../../src/runtime/index.ts';
import { disassemble } from '../../../src/runtime/vm/disasm.ts';
import { atom } from '../../../src/runtime/terms/types.ts';

function compiled(source: string, fn: string): string {
  const rt = new Runtime({ clock: 'virtual' });
  rt.load(source, 'f.exs');
  return disassemble(rt.node.modules.get(atom('Elixir.F'))!.functions.get(fn)!);
}

describe('fused instructions', () => {
  it('compiles literal clause bodies to return_k and integer literal patterns to test_int', () => {
    const text = compiled('defmodule F do\n def f(0), do: :zero\n def f(1), do: 1\n def f(n), do: n\nend', 'f/1');
    expect(text).toMatch(/test_int @\d+, x0, 0/);
    expect(text).toMatch(/test_int @\d+, x0, 1/);
    expect(text).toMatch(/return_k :zero/);
    expect(text).toMatch(/return_k 1/);
    expect(text).not.toMatch(/\bconst\b/);
  });

  it('keeps test_eq for literals that are not small integers', () => {
    const text = compiled('defmodule F do\n def f(:a), do: 1\n def f(1.0), do: 2\n def f(12345678901234567890), do: 3\n def f(_), do: 4\nend', 'f/1');
    expect(text).toMatch(/test_eq @\d+, x0, :a/);
    expect(text).toMatch(/test_eq @\d+, x0, 1\.0/);
    expect(text).toMatch(/test_eq @\d+, x0, 12345678901234567890/);
    expect(text).not.toMatch(/test_int/);
  });

  it('matches integer literals exactly: a float or a big integer of the same value does not match', async () => {
    const r = await runExs(
      [
        'defmodule F do',
        '  def f(0), do: :int_zero',
        '  def f(4294967296), do: :two_to_32',
        '  def f(x), do: {:other, x}',
        'end',
        'IO.inspect({F.f(0), F.f(0.0), F.f(-0.0), F.f(4294967296), F.f(2 * 2147483648), F.f(1)})',
      ].join('\n'),
      'f.exs',
    );
    expect(r.stdout).toBe('{:int_zero, {:other, 0.0}, {:other, -0.0}, :two_to_32, :two_to_32, {:other, 1}}\n');
  });

  it('compiles a comparison in a guard to one compare-and-branch instruction', () => {
    const text = compiled('defmodule F do\n def f(n) when n > 0, do: f(n - 1)\n def f(n) when n <= 5, do: n\n def f(_), do: 0\nend', 'f/1');
    expect(text).toMatch(/test_gt @\d+, x\d+, x0, x\d+/);
    expect(text).toMatch(/test_le @\d+, x\d+, x0, x\d+/);
    expect(text).not.toMatch(/test_true/);
  });

  it('still writes the comparison result for code that reads it after the test', async () => {
    const source = 'defmodule F do\n def f(a, b) do\n x = a < b\n if x, do: {x, :then}, else: {x, :else}\n end\nend\n';
    const r = await runExs(source + 'IO.inspect({F.f(1, 2), F.f(2, 1), F.f(:a, 1)})', 'f.exs');
    expect(r.stdout).toBe('{{true, :then}, {false, :else}, {false, :else}}\n');
  });

  it('does not fuse a constant with a return that a jump lands on', async () => {
    // `x in [1, 2]` ends in `const r, true; return r`, and the other outcome jumps to the return.
    const source = 'defmodule F do\n def f(x), do: x in [1, 2]\nend\n';
    expect(compiled(source, 'f/1')).toMatch(/const (x\d+), true {2}; line 2\n +(\d+) return \1/);
    const r = await runExs(source + 'IO.inspect({F.f(1), F.f(2), F.f(3)})', 'f.exs');
    expect(r.stdout).toBe('{true, true, false}\n');
  });
});
