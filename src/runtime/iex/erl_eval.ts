// IEx does not compile an input, it evaluates it with :erl_eval, where an operator is a real
// call to :erlang (`div(1, 0)` fails inside `:erlang.div(1, 0)`, which is how ArithmeticError
// can say `bad argument in arithmetic expression: div(1, 0)`). Compiled code, like the
// functions of a module, keeps arithmetic frameless, as the BEAM does. So the shell marks the
// input's own code (not the modules it defines) as evaluated, and its :erlang call sites as ones
// whose frame stays in the stacktrace.
import { Atom } from '../terms/types.ts';
import type { FunctionCode } from '../compiler/code.ts';
import { evaluatedCode } from '../vm/interp.ts';

const FRAMELESS = new Set(['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', 'bnot']);

/** Keep the :erlang frames of the input's own calls (not of modules it defines). */
export function keepNativeFrames(code: FunctionCode, seen = new Set<FunctionCode>()): void {
  if (seen.has(code)) return;
  seen.add(code);
  evaluatedCode.add(code);
  for (const k of code.consts) {
    if (typeof k !== 'object' || k === null) continue;
    const site = k as { module?: unknown; name?: unknown; bif?: unknown; folded?: boolean };
    if (site.module instanceof Atom && site.name instanceof Atom && 'bif' in site) {
      if (site.module.name === 'erlang' && FRAMELESS.has(site.name.name)) site.folded = true;
      continue;
    }
    const lambda = k as { code?: unknown; label?: unknown };
    if (lambda.label !== undefined && typeof lambda.code === 'object' && lambda.code !== null && 'consts' in lambda.code) {
      keepNativeFrames(lambda.code as FunctionCode, seen);
    }
  }
}
