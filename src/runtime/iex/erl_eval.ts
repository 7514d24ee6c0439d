// IEx does not compile an input, it evaluates it with :erl_eval, where an operator is a real
// call to :erlang (`div(1, 0)` fails inside `:erlang.div(1, 0)`, which is how ArithmeticError
// can say `bad argument in arithmetic expression: div(1, 0)`). Compiled code, like the
// functions of a module, keeps arithmetic frameless, as the BEAM does. So the shell marks the
// input's own code (not the modules it defines) as evaluated, and its :erlang call sites as ones
// whose frame stays in the stacktrace.
import { Atom, atom, type FunLabel } from '../terms/types.ts';
import type { FunctionCode } from '../compiler/code.ts';
import { evaluatedCode } from '../vm/interp.ts';

const ERL_EVAL = atom('erl_eval');
const EXPR = atom('expr');
const FRAMELESS = new Set(['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', 'bnot']);

/**
 * Keep the :erlang frames of the input's own calls (not of modules it defines), and name its
 * closures the way erl_eval's are named.
 */
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
    const lambda = k as { code?: unknown; label?: FunLabel; arity?: number };
    if (lambda.label !== undefined && typeof lambda.code === 'object' && lambda.code !== null && 'consts' in lambda.code) {
      // A fn typed into IEx is a closure of erl_eval: #Function<42.3316493/1 in :erl_eval.expr/6>.
      if (lambda.label.kind === 'local') {
        lambda.label = { kind: 'local', module: ERL_EVAL, owner: EXPR, ownerArity: 6, index: Math.max(0, 43 - (lambda.arity ?? 0)), uniq: 3316493 };
      }
      keepNativeFrames(lambda.code as FunctionCode, seen);
    }
  }
}
