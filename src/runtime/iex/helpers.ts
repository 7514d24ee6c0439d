// The text of the helpers that describe things: `i/1` (IEx.Info: sections "Term", "Data type",
// ...) and `h/0,1` (a short help, since our modules carry no docs). i/1 follows the layout real
// IEx 1.14 prints for each data type; module details that only exist on the BEAM are left out.
// https://github.com/elixir-lang/elixir/blob/v1.14.0/lib/iex/lib/iex/info.ex
import { Atom, Bin, BitString, Cons, EMPTY_LIST, Float, Fun, Pid, Ref, atom, list, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { inspect } from '../terms/inspect.ts';
import type { Runtime } from '../index.ts';
import { bifsOf } from '../bifs/registry.ts';

function section(title: string, body: string): string {
  return `${title}\n${body
    .split('\n')
    .map((l) => '  ' + l)
    .join('\n')}\n`;
}

function isList(t: Term): boolean {
  return t === EMPTY_LIST || t instanceof Cons;
}

export function infoText(t: Term, rt: Runtime): string {
  const fieldOrder = rt.structFields.bind(rt);
  let out = section('Term', inspect(t, { pretty: true, width: 80, structFieldOrder: fieldOrder }));
  const common = 'IEx.Info, Inspect';
  const chars = `${common}, List.Chars, String.Chars`;
  if (typeof t === 'number' || typeof t === 'bigint') {
    return out + section('Data type', 'Integer') + section('Reference modules', 'Integer') + section('Implemented protocols', chars);
  }
  if (t instanceof Float) {
    return out + section('Data type', 'Float') + section('Reference modules', 'Float') + section('Implemented protocols', chars);
  }
  if (t instanceof Atom) {
    const m = rt.node.modules.get(t);
    if (m !== undefined) {
      return (
        out +
        section('Data type', 'Atom') +
        section('Description', `Use h(${inspect(t)}) to access its documentation.\nCall ${inspect(t)}.module_info() to access metadata.`) +
        section('Raw representation', `:"${t.name}"`) +
        section('Reference modules', 'Module, Atom') +
        section('Implemented protocols', chars)
      );
    }
    return out + section('Data type', 'Atom') + section('Reference modules', 'Atom') + section('Implemented protocols', chars);
  }
  if (t instanceof Bin) {
    out += section('Data type', 'BitString') + section('Byte size', String(t.bytes.length));
    if (t.text !== undefined && t.text !== null && inspect(t).startsWith('"')) {
      out += section(
        'Description',
        'This is a string: a UTF-8 encoded binary. It\'s printed surrounded by\n"double quotes" because all UTF-8 encoded code points in it are printable.',
      );
      out += section('Raw representation', inspect(t, { binaries: 'as_binaries' }));
    }
    return out + section('Reference modules', 'String, :binary') + section('Implemented protocols', `Collectable, ${chars}`);
  }
  if (t instanceof BitString) {
    out +=
      section('Data type', 'BitString') +
      section('Bits size', String(t.bitSize)) +
      section('Description', "This is a bitstring. It's a chunk of bits that are not divisible by 8\n(the number of bytes isn't whole).");
    return out + section('Implemented protocols', `Collectable, ${chars}`);
  }
  if (isList(t)) {
    out += section('Data type', 'List');
    if (t !== EMPTY_LIST && inspect(t).startsWith("'")) {
      out += section(
        'Description',
        'This is a list of integers that is printed as a sequence of characters\ndelimited by single quotes because all the integers in it represent printable\nASCII characters. Conventionally, a list of Unicode code points is known as a\ncharlist and a list of ASCII characters is a subset of it.',
      );
      out += section('Raw representation', inspect(t, { charlists: 'as_lists' }));
    }
    return out + section('Reference modules', 'List') + section('Implemented protocols', `Collectable, Enumerable, ${chars}`);
  }
  if (Array.isArray(t)) {
    return out + section('Data type', 'Tuple') + section('Reference modules', 'Tuple') + section('Implemented protocols', common);
  }
  if (t instanceof MapTerm) {
    return out + section('Data type', 'Map') + section('Reference modules', 'Map') + section('Implemented protocols', `Collectable, Enumerable, ${common}`);
  }
  if (t instanceof Pid) {
    const p = rt.node.lookup(t);
    out += section('Data type', 'PID') + section('Alive', String(p !== undefined));
    if (p !== undefined) {
      const links = [...p.links].map((id) => `#PID<0.${id}.0>`).join(', ');
      out +=
        section('Name', p.registeredName === null ? 'not registered' : inspect(p.registeredName)) +
        section('Links', links === '' ? 'none' : links) +
        section('Message queue length', String(p.mailbox.length));
    }
    return out + section('Description', 'Use Process.info/1 to get more info about this process') + section('Reference modules', 'Process, Node') + section('Implemented protocols', common);
  }
  if (t instanceof Ref) {
    return out + section('Data type', 'Reference') + section('Implemented protocols', common);
  }
  if (t instanceof Fun) {
    const local = t.label.kind === 'local';
    out += section('Data type', 'Function') + section('Type', local ? 'local' : 'external') + section('Arity', String(t.arity));
    if (local) out += section('Description', 'This is an anonymous function.');
    return out + section('Implemented protocols', `Enumerable, ${common}`);
  }
  return out;
}

const GENERAL_HELP = `IEx.Helpers

Welcome to Interactive Elixir. You are currently seeing the documentation for
the module IEx.Helpers which provides many helpers to make Elixir's shell more
joyful to work with.

This message was triggered by invoking the helper h(), usually referred to as
h/0 (since it expects 0 arguments).

The helpers this shell knows:

  • clear/0      - clears the screen
  • flush/0      - flushes all messages sent to the shell
  • h/0          - prints this help message
  • h/1          - prints help for the given module
  • i/0          - prints information about the last value
  • i/1          - prints information about the given term
  • pid/1        - creates a PID from a string
  • pid/3        - creates a PID with the 3 integer arguments passed
  • respawn/0    - respawns the current shell
  • v/0          - retrieves the last value from the history
  • v/1          - retrieves the nth value from the history

The shell is a process: self() is its pid and flush() prints its mailbox. A
linked process that crashes takes it down, and a new shell starts in its place.
`;

export function helpText(m: Term, rt: Runtime): string {
  if (m === NIL_ATOM) return GENERAL_HELP;
  let module: Term = m;
  let fun: Atom | null = null;
  let arity: number | null = null;
  if (Array.isArray(m) && (m.length === 2 || m.length === 3) && m[1] instanceof Atom) {
    module = m[0];
    fun = m[1];
    if (m.length === 3 && typeof m[2] === 'number') arity = m[2];
  }
  if (!(module instanceof Atom)) {
    return `The "h" helper expects a Module, Module.fun or Module.fun/arity, got: ${inspect(m)}\nIf instead of accessing documentation you would like more information about a value or about the result of an expression, use the "i" helper instead\n`;
  }
  const name = inspect(module);
  const mod = rt.node.modules.get(module);
  const natives = bifsOf(module.name).map((b) => `${b.name}/${b.arity}`);
  if (mod === undefined && natives.length === 0) return `Could not load module ${name}, got: nofile\n`;
  // Modules typed into the shell have no docs, as in IEx.
  if (mod?.file === 'iex') return `${name} was not compiled with docs\n`;
  const fns = [...new Set([...(mod?.exports ?? []), ...natives])]
    .filter((f) => !f.startsWith('__') && !f.startsWith('-'))
    .filter((f) => fun === null || f.slice(0, f.lastIndexOf('/')) === fun.name)
    .filter((f) => arity === null || f.endsWith('/' + arity))
    .sort();
  const what = fun === null ? name : `${name}.${fun.name}${arity === null ? '' : '/' + arity}`;
  if (fns.length === 0) return `No documentation for ${what} was found\n`;
  return `${what}\n\n${fns.map((f) => `  • ${name}.${f}`).join('\n')}\n\n${name} has no documentation here: it is part of this playground's runtime, written in Elixir.\n`;
}

const NIL_ATOM = atom('nil');

/**
 * `h` is a macro in IEx: `h Enum.map` and `h Enum.map/2` name a function without calling it.
 * The shell rewrites those arguments to `{Enum, :map}` and `{Enum, :map, 2}` before compiling.
 */
export function quoteHelpArguments(ast: Term): Term {
  if (isCall(ast, '__block__')) return [ast[0], ast[1], list(items(ast[2]).map(quoteHelpArguments))];
  if (!isCall(ast, 'h')) return ast;
  const argv = items(ast[2]);
  if (argv.length !== 1) return ast;
  const target = argv[0];
  const remote = (t: Term): [Term, Atom] | null => {
    if (!Array.isArray(t) || t.length !== 3 || !isCall(t[0], '.')) return null;
    const dot = items((t[0] as Term[])[2]);
    if (dot.length !== 2 || !(dot[1] instanceof Atom) || items(t[2]).length !== 0) return null;
    return [dot[0], dot[1]];
  };
  const r = remote(target);
  if (r !== null) return [ast[0], ast[1], list([r])];
  if (isCall(target, '/')) {
    const [f, n] = items(target[2]);
    const rf = remote(f);
    if (rf !== null && typeof n === 'number') return [ast[0], ast[1], list([[atom('{}'), target[1], list([rf[0], rf[1], n])]])];
  }
  return ast;
}

function isCall(t: Term, name: string): t is [Atom, Term, Term] {
  return Array.isArray(t) && t.length === 3 && t[0] instanceof Atom && t[0].name === name && (t[2] instanceof Cons || t[2] === EMPTY_LIST);
}

function items(l: Term): Term[] {
  const out: Term[] = [];
  for (let c = l; c instanceof Cons; c = c.tail) out.push(c.head);
  return out;
}
