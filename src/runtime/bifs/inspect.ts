// Kernel.inspect/1,2 and the layout IO.inspect/2 prints, both from the terms' inspect. The
// options arrive as Elixir's keyword list and are read into InspectOptions here.
import { registerBif, ErlangError, type BifContext } from './registry.ts';
import { Atom, atom, Bin, Cons, EMPTY_LIST, Fun, NIL, TRUE, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { inspect, inspectFunctionName, resolveOptions, toDoc, type InspectOptions } from '../terms/inspect.ts';
import { format, group } from '../terms/algebra.ts';
import { badarg, chardataText, exception, fromArray, properList } from './util.ts';

const A_STRUCT = atom('__struct__');

function limitArg(v: Term): number {
  if (v === atom('infinity')) return Infinity;
  if (typeof v !== 'number' || v < 0) badarg();
  return v;
}

function choice<T extends string>(v: Term, allowed: readonly T[]): T {
  if (v instanceof Atom && (allowed as readonly string[]).includes(v.name)) return v.name as T;
  return badarg();
}

/** Inspect.Opts from a keyword list; unknown keys are ignored, as Inspect.Opts.new/1 does. */
export function inspectOptions(opts: Term): { options: InspectOptions; label: Term | undefined } {
  const list = properList(opts);
  if (list === null) badarg();
  const options: InspectOptions = {};
  let label: Term | undefined;
  for (const o of list) {
    if (!Array.isArray(o) || o.length !== 2 || !(o[0] instanceof Atom)) badarg();
    const [k, v] = o as [Atom, Term];
    switch (k.name) {
      case 'limit':
        options.limit = limitArg(v);
        break;
      case 'printable_limit':
        options.printableLimit = limitArg(v);
        break;
      case 'width':
        options.width = limitArg(v);
        break;
      case 'pretty':
        options.pretty = v === TRUE;
        break;
      case 'charlists':
        options.charlists = choice(v, ['infer', 'as_lists', 'as_charlists'] as const);
        break;
      case 'binaries':
        options.binaries = choice(v, ['infer', 'as_strings', 'as_binaries'] as const);
        break;
      case 'structs':
        options.structs = v === TRUE;
        break;
      case 'base':
        options.base = choice(v, ['decimal', 'binary', 'octal', 'hex'] as const);
        break;
      case 'label':
        label = v;
        break;
      default:
        break;
    }
  }
  return { options, label };
}

interface ModuleTable {
  node?: {
    modules?: Map<Atom, { struct: readonly (readonly [Atom, Term])[] | null; exports?: ReadonlySet<string> }>;
    codeVersion?: number;
  };
}

// Whether any Inspect.* implementation module is loaded, per node and code version: without
// one, no term needs walking (a million-element list costs a walk of it otherwise).
const implsLoaded = new WeakMap<object, { version: number; any: boolean }>();
function anyInspectImpl(node: NonNullable<ModuleTable['node']>): boolean {
  const version = node.codeVersion ?? -1;
  const cached = implsLoaded.get(node);
  if (cached !== undefined && cached.version === version && version !== -1) return cached.any;
  let any = false;
  for (const [name, m] of node.modules ?? []) if (name.name.startsWith('Elixir.Inspect.') && m.exports?.has('inspect/2') === true) any = true;
  implsLoaded.set(node, { version, any });
  return any;
}

/** Struct field order from the context, or from the VM's module table when it offers one. */
function fieldOrder(ctx: BifContext): InspectOptions['structFieldOrder'] {
  if (ctx.structFields !== undefined) return (m) => ctx.structFields?.(m);
  const modules = (ctx as BifContext & ModuleTable).node?.modules;
  if (modules === undefined) return undefined;
  return (m) => {
    const mod = modules.get(m);
    // A struct of a module that does not exist prints as the map it is (Inspect.Any's rescue).
    if (mod === undefined) return null;
    return mod.struct === null ? null : mod.struct.map(([k]) => k);
  };
}

registerBif('Elixir.Kernel', 'inspect', 1, ([t], ctx) => Bin.fromString(inspect(t, { structFieldOrder: fieldOrder(ctx) })));
registerBif('Elixir.Kernel', 'inspect', 2, ([t, o], ctx) =>
  Bin.fromString(inspect(t, { ...inspectOptions(o).options, structFieldOrder: fieldOrder(ctx) })),
);

/**
 * The structs inside a term (the term itself included) whose module has a `defimpl Inspect`
 * of the user's, outermost first and each once; the contents of such a struct are left to its
 * implementation. Kernel.inspect/2 and IO.inspect/3 run those implementations in Elixir and
 * hand the texts to inspect/3 and io_inspect/3.
 */
registerBif('elixir_inspect', 'custom_structs', 1, ([t], ctx) => {
  const node = (ctx as BifContext & ModuleTable).node;
  const modules = node?.modules;
  if (node === undefined || modules === undefined || !anyInspectImpl(node)) return EMPTY_LIST;
  const found: Term[] = [];
  const seen = new Set<Term>();
  const stack: Term[] = [t];
  while (stack.length > 0) {
    const x = stack.pop() as Term;
    if (x instanceof Cons) {
      stack.push(x.tail, x.head);
    } else if (Array.isArray(x)) {
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]);
    } else if (x instanceof MapTerm) {
      const s = x.get(A_STRUCT);
      if (s instanceof Atom) {
        const impl = modules.get(atom('Elixir.Inspect.' + s.name.replace(/^Elixir\./, '')));
        if (impl?.exports?.has('inspect/2') === true) {
          if (!seen.has(x)) {
            seen.add(x);
            found.push(x);
          }
          continue;
        }
      }
      const entries = x.entries();
      for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i][1], entries[i][0]);
    }
  }
  return fromArray(found);
});

/** The texts of inspect/3 and io_inspect/3: a list of {struct, text} pairs. */
function customDocs(docs: Term): Map<Term, string> {
  const out = new Map<Term, string>();
  for (const d of properList(docs) ?? badarg()) {
    if (!Array.isArray(d) || d.length !== 2 || !(d[1] instanceof Bin) || d[1].text === null) badarg();
    out.set(d[0], d[1].text);
  }
  return out;
}

registerBif('elixir_inspect', 'inspect', 3, ([t, o, docs], ctx) =>
  Bin.fromString(inspect(t, { ...inspectOptions(o).options, structFieldOrder: fieldOrder(ctx), customDocs: customDocs(docs) })),
);

registerBif('elixir_inspect', 'io_inspect', 3, ([t, o, docs], ctx) => ioInspectText(t, o, ctx, customDocs(docs)));

/** What IO.inspect/2 writes before its newline: the label, then the term. */
registerBif('elixir_inspect', 'io_inspect', 2, ([t, o], ctx) => ioInspectText(t, o, ctx, undefined));

function ioInspectText(t: Term, o: Term, ctx: BifContext, docs: Map<Term, string> | undefined): Term {
  const { options, label } = inspectOptions(o);
  const opts = resolveOptions({ ...options, structFieldOrder: fieldOrder(ctx), customDocs: docs }, 'io');
  // Elixir lays the term out alone and writes the label in front of it: the label does not
  // count towards the width.
  const body = format(group(toDoc(t, opts)), opts.width);
  if (label === undefined) return Bin.fromString(body);
  const text = label instanceof Bin ? label.text : label instanceof Atom ? label.name : chardataText(label);
  if (text === null) badarg();
  return Bin.fromString(text + ': ' + body);
}

/** A function name as an MFA shows it: map in Enum.map/2, "foo bar" quoted, + bare. */
registerBif('elixir_inspect', 'function_name', 1, ([name]) => {
  if (!(name instanceof Atom)) badarg();
  return Bin.fromString(inspectFunctionName(name));
});

function funInfo(f: Fun, item: Term): Term {
  if (item === atom('arity')) return [item, f.arity];
  if (item === atom('module')) return [item, f.label.module];
  if (item === atom('name')) return [item, f.label.kind === 'external' ? f.label.name : f.label.owner];
  if (item === atom('env')) return [item, fromArray(f.env)];
  if (item === atom('type')) return [item, atom(f.label.kind)];
  return badarg();
}

registerBif('erlang', 'fun_info', 1, ([f]) => {
  if (!(f instanceof Fun)) badarg();
  return fromArray(['module', 'name', 'arity', 'env', 'type'].map((k) => funInfo(f, atom(k))));
});

registerBif('erlang', 'fun_info', 2, ([f, item]) => {
  if (!(f instanceof Fun)) badarg();
  return funInfo(f, item);
});

/**
 * Module.__struct__/0 for Kernel.struct/2: the struct's defaults from the VM's module table,
 * or the UndefinedFunctionError Elixir raises for a module that defines no struct.
 */
registerBif('elixir_struct', 'default', 1, ([m], ctx) => {
  if (!(m instanceof Atom)) badarg();
  const mod = (ctx as BifContext & ModuleTable).node?.modules?.get(m);
  if (mod === undefined || mod.struct === null) {
    throw new ErlangError(
      exception('UndefinedFunctionError', { module: m, function: atom('__struct__'), arity: 0, reason: NIL, message: NIL }),
    );
  }
  return MapTerm.fromEntries([[atom('__struct__'), m], ...mod.struct]);
});
