// Labels for functions whose printed form comes from how real Elixir compiles them, so that the
// VM can give its closures the text learners see in IEx and in `elixir file.exs`.
import { atom, type Atom, type FunLabel } from './types.ts';

// erl_eval on OTP 25 makes shell closures from one fun per arity: index 43 - arity, uniq 3316493.
const ERL_EVAL_UNIQ = 3316493;

/** A fn typed in IEx (evaluated code): #Function<42.3316493/1 in :erl_eval.expr/6>. */
export function shellFunLabel(arity: number): FunLabel {
  return {
    kind: 'local',
    module: atom('erl_eval'),
    owner: atom('expr'),
    ownerArity: 6,
    index: 43 - arity,
    uniq: ERL_EVAL_UNIQ,
  };
}

/**
 * A fn at the top level of a script run with `elixir path.exs`: #Function<0.47037590 in
 * file:path.exs>, with `index` counting the script's fns from 0 and `file` the path as given on
 * the command line. Elixir compiles such code into an elixir_compiler_N module and prints the
 * file instead of a function; the uniq is a hash of the compiled code, so any number will do.
 */
export function scriptFunLabel(file: string, index: number, uniq: number): FunLabel {
  return { kind: 'local', module: atom('elixir_compiler_1'), owner: atom(file), ownerArity: 0, index, uniq };
}

/**
 * A local fun's function name, -owner/arity-fun-N-. A script's top-level fun prints its file as
 * owner but is named after the function Elixir compiles the script into: -__FILE__/1-fun-N-.
 */
export function localFunName(label: { module: Atom; owner: Atom; ownerArity: number; index: number; nth?: number }): string {
  const owner = label.module.name.startsWith('elixir_compiler_') ? '__FILE__' : label.owner.name;
  return `-${owner}/${label.ownerArity}-fun-${label.nth ?? label.index}-`;
}
