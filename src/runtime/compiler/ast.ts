// Small readers over Elixir's quoted AST (as terms): {name, meta, args} calls, {name, meta,
// context} variables, keyword lists, metas. Literal lists and 2-tuples are AST nodes themselves.
import { Atom, Bin, Cons, EMPTY_LIST, atom, list, type Term } from '../terms/types.ts';

export type Ast = Term;

export function isNode(a: Ast): a is [Ast, Ast, Ast] {
  return Array.isArray(a) && a.length === 3;
}

/** {name, meta, context}: a variable (context is an atom, usually nil). */
export function isVar(a: Ast): a is [Atom, Ast, Atom] {
  return isNode(a) && a[0] instanceof Atom && a[2] instanceof Atom;
}

export function varName(a: Ast): string {
  return ((a as Ast[])[0] as Atom).name;
}

/** A call {name, meta, args} with an atom name. */
export function isLocalCall(a: Ast, name?: string): a is [Atom, Ast, Ast] {
  return isNode(a) && a[0] instanceof Atom && isListTerm(a[2]) && (name === undefined || a[0].name === name);
}

export function isListTerm(t: Ast): boolean {
  return t === EMPTY_LIST || t instanceof Cons;
}

export function args(a: Ast): Ast[] {
  const out: Ast[] = [];
  let l = (a as Ast[])[2];
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  return out;
}

export function toArray(l: Ast): Ast[] {
  const out: Ast[] = [];
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  return out;
}

export function metaOf(a: Ast): Ast {
  return isNode(a) ? a[1] : EMPTY_LIST;
}

export function metaGet(meta: Ast, key: string): Ast | undefined {
  let l = meta;
  while (l instanceof Cons) {
    const e = l.head;
    if (Array.isArray(e) && e.length === 2 && e[0] instanceof Atom && e[0].name === key) return e[1];
    l = l.tail;
  }
  return undefined;
}

export function lineOf(a: Ast): number {
  const l = metaGet(metaOf(a), 'line');
  return typeof l === 'number' ? l : 0;
}

/** A keyword list as ordered [key, value] pairs, or null if it is not one. */
export function keyword(a: Ast): [string, Ast][] | null {
  if (!isListTerm(a)) return null;
  const out: [string, Ast][] = [];
  for (const e of toArray(a)) {
    if (!(Array.isArray(e) && e.length === 2 && e[0] instanceof Atom)) return null;
    out.push([e[0].name, e[1]]);
  }
  return out;
}

export function kwGet(kw: [string, Ast][] | null, key: string): Ast | undefined {
  if (kw === null) return undefined;
  for (const [k, v] of kw) if (k === key) return v;
  return undefined;
}

/** The clauses of a `do ... ->` block: [{:->, meta, [[patterns...], body]}]. */
export function clauses(a: Ast | undefined): { patterns: Ast[]; body: Ast; line: number }[] {
  if (a === undefined || a === EMPTY_LIST) return [];
  return toArray(a).map((c) => {
    const [pats, body] = args(c);
    return { patterns: toArray(pats), body, line: lineOf(c) };
  });
}

export function node(name: string, meta: Ast, argv: Ast[]): Ast {
  return [atom(name), meta, list(argv)];
}

/** A remote call {{:., meta, [module, name]}, meta, args}, or null. */
export function remoteCall(a: Ast): { module: Ast; name: Atom; args: Ast[] } | null {
  if (!isNode(a)) return null;
  const head = a[0];
  if (!isLocalCall(head, '.')) return null;
  const dargs = args(head);
  if (dargs.length !== 2 || !(dargs[1] instanceof Atom)) return null;
  return { module: dargs[0], name: dargs[1], args: toArray(a[2]) };
}

export function isString(a: Ast): a is Bin {
  return a instanceof Bin;
}

export function block(a: Ast): Ast[] {
  if (isLocalCall(a, '__block__')) return args(a);
  return [a];
}
