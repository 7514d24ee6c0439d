// The table of native functions ("BIFs"): Erlang modules such as :erlang and :lists, and the
// parts of Elixir's stdlib that are natives in our runtime. A native receives evaluated
// arguments and returns a term; it never calls back into the VM (functions that take functions
// are written in Elixir in the prelude), so no Elixir call ever runs on the JS stack.
import type { Atom, Term, Pid } from '../terms/types.ts';

/**
 * What a native may know about its caller. The VM passes an object that satisfies this
 * interface; natives that need more of the process (send, spawn, links) live in the VM.
 */
export interface BifContext {
  /** The calling process. */
  readonly self: Pid;
  /**
   * The fields of a struct module in definition order, null when the module defines no
   * struct, undefined when unknown: what inspect needs to print %Mod{...} as Elixir does.
   */
  structFields?(module: Atom): readonly Atom[] | null | undefined;
}

export type Bif = (args: Term[], ctx: BifContext) => Term;

/**
 * An Erlang error raised by a native: reason is an Erlang error term (`:badarg`, `:badarith`,
 * `{:badkey, key}`) that the VM normalizes to an Elixir exception, or an exception struct
 * that is raised as it is.
 */
export class ErlangError extends Error {
  constructor(
    readonly reason: Term,
    /**
     * The BEAM's error_info for the failing frame (a failed binary construction carries its
     * cause there, which Exception.normalize turns into the message), or undefined.
     */
    readonly errorInfo?: Term,
  ) {
    super('erlang error');
  }
}

const table = new Map<string, Bif>();

function key(module: string, name: string, arity: number): string {
  return `${module}:${name}/${arity}`;
}

/** module is the atom name as Erlang sees it: 'erlang', 'lists', 'Elixir.String'. */
export function registerBif(module: string, name: string, arity: number, fn: Bif): void {
  table.set(key(module, name, arity), fn);
}

export function lookupBif(module: string, name: string, arity: number): Bif | undefined {
  return table.get(key(module, name, arity));
}

/** Every registered native of a module, for `function_exported?` and `Module.__info__`. */
export function bifsOf(module: string): { name: string; arity: number }[] {
  const prefix = module + ':';
  const out: { name: string; arity: number }[] = [];
  for (const k of table.keys()) {
    if (!k.startsWith(prefix)) continue;
    const rest = k.slice(prefix.length);
    const slash = rest.lastIndexOf('/');
    out.push({ name: rest.slice(0, slash), arity: Number(rest.slice(slash + 1)) });
  }
  return out;
}
