// The warm-up (src/runtime/warmup.ts) exists so that V8 has seen every instruction of the
// dispatch loop before a learner's first Run: an instruction first met in optimized code throws
// that code away. It must therefore go through the whole instruction set, and run cleanly.
import { describe, expect, it } from 'vitest';
import { Runtime, loadPreludeSources } from '../../../src/runtime/index.ts';
import { warmUp, warmUpSteps } from '../../../src/runtime/warmup.ts';
import { OPERANDS } from '../../../src/runtime/compiler/ops.ts';
import { atom } from '../../../src/runtime/terms/types.ts';

describe('the interpreter warm-up', () => {
  it('executes every instruction of the instruction set', async () => {
    const rt = new Runtime({ clock: 'virtual', prelude: await loadPreludeSources() });
    const seen = new Set<number>();
    rt.node.trace = (_p, code, pc) => seen.add(code.code[pc]);
    warmUp(rt, 1);
    const missing = Object.entries(OPERANDS)
      .filter(([op]) => !seen.has(Number(op)))
      .map(([, shape]) => shape.name);
    expect(missing).toEqual([]);
  });

  it('runs one round per step and then reports that it is done', async () => {
    const rt = new Runtime({ clock: 'virtual', prelude: await loadPreludeSources() });
    const step = warmUpSteps(rt, 2);
    const results: boolean[] = [];
    for (let i = 0; i < 5; i++) results.push(step());
    // loading the program, then two rounds, then nothing left
    expect(results).toEqual([true, true, false, false, false]);
    expect(rt.node.modules.has(atom('Elixir.WarmRun'))).toBe(true);
  });
});
