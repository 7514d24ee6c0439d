// Bindings across inputs. Each input is compiled as
//
//     import IEx.Helpers
//     (the alias, import and require of earlier inputs)
//     fn [a, b] -> result = (input); {result, [a, b, c]} end
//
// where `a, b` are the variables bound by earlier inputs and `c` the ones this input binds at
// its top level (IEx keeps exactly those: variables bound inside `case`, `fn` or `if` do not
// leak, as in any Elixir block). The evaluator applies the fun to the old values and keeps the
// new list, so the shell's variables are plain values that survive between inputs.
import { Atom, Cons, EMPTY_LIST, NIL, atom, list, type Term } from '../terms/types.ts';

type Ast = Term;

const RESULT_VAR = 'iex_result';

/** Forms whose bodies are their own scope: variables bound inside do not reach the shell. */
const SCOPES = new Set([
  'fn', 'case', 'cond', 'receive', 'try', 'if', 'unless', 'for', 'with', 'quote',
  'defmodule', 'def', 'defp', 'defmacro', 'defmacrop', '&', 'import', 'alias', 'require',
]);

function isVar(a: Ast): a is [Atom, Ast, Atom] {
  return Array.isArray(a) && a.length === 3 && a[0] instanceof Atom && a[2] instanceof Atom;
}

function items(l: Ast): Ast[] {
  const out: Ast[] = [];
  for (let c = l; c instanceof Cons; c = c.tail) out.push(c.head);
  return out;
}

/**
 * Variables a pattern binds (not pinned ones, not `_`, not size expressions of binaries). An
 * underscored `_x` is bound all the same: IEx keeps it and binding/0 lists it.
 */
function patternVars(p: Ast, out: string[]): void {
  if (isVar(p)) {
    const name = p[0].name;
    if (name !== '_' && !out.includes(name)) out.push(name);
    return;
  }
  if (p instanceof Cons) {
    for (let c: Ast = p; ; c = c.tail) {
      if (c instanceof Cons) patternVars(c.head, out);
      else {
        if (c !== EMPTY_LIST) patternVars(c, out);
        break;
      }
    }
    return;
  }
  if (!Array.isArray(p)) return;
  if (p.length === 2) {
    patternVars(p[0], out);
    patternVars(p[1], out);
    return;
  }
  if (p.length !== 3) return;
  const head = p[0];
  if (head instanceof Atom) {
    if (head.name === '^' || head.name === '@') return;
    if (head.name === '::') {
      // <<x::size(n)>>: only the left side binds
      patternVars(items(p[2])[0], out);
      return;
    }
    if (head.name === '=') {
      for (const side of items(p[2])) patternVars(side, out);
      return;
    }
  }
  for (const arg of items(p[2])) patternVars(arg, out);
}

/** Variables an input binds at its top level, in order of appearance. */
export function boundVariables(ast: Ast): string[] {
  const out: string[] = [];
  walk(ast, out);
  return out;
}

function walk(a: Ast, out: string[]): void {
  if (a instanceof Cons) {
    for (const x of items(a)) walk(x, out);
    return;
  }
  if (!Array.isArray(a)) return;
  if (a.length === 2) {
    walk(a[0], out);
    walk(a[1], out);
    return;
  }
  if (a.length !== 3 || isVar(a)) return;
  const head = a[0];
  if (head instanceof Atom) {
    if (SCOPES.has(head.name)) return;
    if (head.name === '=') {
      const [lhs, rhs] = items(a[2]);
      walk(rhs, out);
      patternVars(lhs, out);
      return;
    }
  } else {
    walk(head, out);
  }
  if (a[2] instanceof Cons) walk(a[2], out);
}

function v(name: string, line: number): Ast {
  return [atom(name), meta(line), NIL];
}

function meta(line: number): Ast {
  return list([[atom('line'), line]]);
}

const ENV_FORMS = new Set(['alias', 'import', 'require']);

function isEnvForm(a: Ast): a is [Atom, Ast, Cons] {
  return Array.isArray(a) && a.length === 3 && a[0] instanceof Atom && ENV_FORMS.has(a[0].name) && a[2] instanceof Cons;
}

/**
 * The `alias`, `import` and `require` at the top level of an input. IEx keeps them for the
 * inputs that follow, as it keeps variables; the shell replays them before each input.
 */
export function envForms(input: Ast): Ast[] {
  const top = Array.isArray(input) && input[0] === atom('__block__') ? items(input[2]) : [input];
  return top.filter(isEnvForm);
}

/** `import Enum` evaluates to Enum, as the special forms do in Elixir. */
function withEnvValues(input: Ast): Ast {
  const top = Array.isArray(input) && input[0] === atom('__block__') ? items(input[2]) : [input];
  const last = top[top.length - 1];
  if (!isEnvForm(last)) return input;
  return [atom('__block__'), [], list([...top, items(last[2])[0]])];
}

/** The fun the evaluator applies to the old bindings (see the top of this file). */
export function wrapInput(input: Ast, old: readonly string[], line: number, env: readonly Ast[] = []): { ast: Ast; names: string[] } {
  const names = [...old];
  for (const n of boundVariables(input)) if (!names.includes(n)) names.push(n);
  const m = meta(line);
  const param = list(old.map((n) => v(n, line)));
  const body: Ast = [
    atom('__block__'),
    m,
    list([
      [atom('='), m, list([v(RESULT_VAR, line), withEnvValues(input)])],
      [v(RESULT_VAR, line), list(names.map((n) => v(n, line)))],
    ]),
  ];
  const clause: Ast = [atom('->'), m, list([list([param]), body])];
  // IEx imports its helpers (flush, v, pid, ...) into every input.
  const helpers: Ast = [atom('import'), m, list([[atom('__aliases__'), m, list([atom('IEx'), atom('Helpers')])]])];
  return { ast: [atom('__block__'), m, list([helpers, ...env, [atom('fn'), m, list([clause])]])], names };
}

/** Warnings about the wrapper's own parameters, which the learner never wrote. */
export function isWrapperWarning(warning: string, old: readonly string[]): boolean {
  const m = /^warning: variable "([^"]+)" is unused/.exec(warning);
  return m !== null && (old.includes(m[1]) || m[1] === RESULT_VAR);
}
