// Tab completion for the terminal shell, in the spirit of IEx.Autocomplete: after `Mod.` the
// module's functions, after a capitalised word the loaded modules (and their nested names),
// otherwise the shell's variables, the helpers and Kernel's functions.
import { bifsOf } from '../bifs/registry.ts';
import type { Node } from '../vm/node.ts';

const HELPERS = ['clear', 'flush', 'h', 'i', 'pid', 'respawn', 'v'];
/** Modules made only of natives: the module table does not list them. */
const NATIVE_MODULES = ['Process', 'String', 'Integer', 'Float', 'Atom', 'Node', 'System', 'List', 'Map', 'Tuple', 'Code'].map((n) => 'Elixir.' + n);

function moduleFunctions(node: Node, module: string): string[] {
  const name = /^[A-Z]/.test(module) ? 'Elixir.' + module : module.replace(/^:/, '');
  const m = [...node.modules.values()].find((x) => x.name.name === name);
  const keys = [...(m?.exports ?? []), ...bifsOf(name).map((b) => `${b.name}/${b.arity}`)];
  return [...new Set(keys.map((k) => k.slice(0, k.lastIndexOf('/'))))].filter((n) => !n.startsWith('__') && !n.startsWith('-'));
}

/** Candidates that complete the end of `line`, and the fragment they replace. */
export function complete(line: string, node: Node, variables: readonly string[]): [string[], string] {
  const remote = /((?:[A-Z][\w]*(?:\.[A-Z][\w]*)*)|:[a-z_]\w*)\.([a-z_]\w*[?!]?)?$/.exec(line);
  if (remote !== null) {
    const fragment = remote[2] ?? '';
    const hits = moduleFunctions(node, remote[1]).filter((f) => f.startsWith(fragment));
    return [[...new Set(hits)].sort(), fragment];
  }
  const alias = /([A-Z][\w]*(?:\.[A-Z][\w]*)*)$/.exec(line);
  if (alias !== null) {
    const fragment = alias[1];
    const names = [...node.modules.keys()]
      .map((a) => a.name)
      .concat(NATIVE_MODULES.filter((n) => bifsOf(n).length > 0))
      .filter((n) => n.startsWith('Elixir.'))
      .map((n) => n.slice(7))
      .filter((n) => n.startsWith(fragment));
    return [[...new Set(names)].sort(), fragment];
  }
  const word = /([a-z_][\w]*)$/.exec(line);
  if (word === null) return [[], ''];
  const fragment = word[1];
  const pool = [...variables, ...HELPERS, ...moduleFunctions(node, 'Kernel')];
  return [[...new Set(pool.filter((n) => n.startsWith(fragment)))].sort(), fragment];
}
