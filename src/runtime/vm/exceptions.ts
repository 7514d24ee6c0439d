// Erlang error reasons as Elixir exceptions, and the text Elixir prints for them.
// normalize() is Exception.normalize/3; message() is Exception.message/1 for the standard
// exceptions; formatBanner()/formatStacktrace() are Exception.format_banner/3 and
// Exception.format_stacktrace/1 as `elixir file.exs` and the logger print them.
// https://github.com/elixir-lang/elixir/blob/v1.14.0/lib/elixir/lib/exception.ex
import { Atom, Bin, BitString, Cons, EMPTY_LIST, Float, Fun, NIL, Pid, Ref, TRUE, atom, list, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { inspect, inspectFunctionName } from '../terms/inspect.ts';
import { lookupBif } from '../bifs/registry.ts';

const S = (n: string): Atom => atom(n);
const A_STRUCT = S('__struct__');
const A_EXCEPTION = S('__exception__');
const A_MESSAGE = S('message');

export function exceptionStruct(module: string, fields: [string, Term][]): MapTerm {
  const entries: [Term, Term][] = [
    [A_STRUCT, S('Elixir.' + module)],
    [A_EXCEPTION, TRUE],
  ];
  for (const [k, v] of fields) entries.push([S(k), v]);
  return MapTerm.fromEntries(entries);
}

/** Field defaults of the exceptions the runtime raises itself (what %Mod{} builds). */
export const BUILTIN_EXCEPTIONS: Record<string, [string, Term][]> = {
  RuntimeError: [['message', Bin.fromString('runtime error')]],
  ArgumentError: [['message', Bin.fromString('argument error')]],
  ArithmeticError: [['message', Bin.fromString('bad argument in arithmetic expression')]],
  SystemLimitError: [['message', Bin.fromString('a system limit has been reached')]],
  KeyError: [['key', NIL], ['term', NIL], ['message', NIL]],
  MatchError: [['term', NIL]],
  CaseClauseError: [['term', NIL]],
  WithClauseError: [['term', NIL]],
  TryClauseError: [['term', NIL]],
  CondClauseError: [],
  BadArityError: [['function', NIL], ['args', NIL]],
  BadFunctionError: [['term', NIL]],
  BadMapError: [['term', NIL]],
  BadBooleanError: [['term', NIL], ['operator', NIL]],
  BadStructError: [['struct', NIL], ['term', NIL]],
  FunctionClauseError: [['module', NIL], ['function', NIL], ['arity', NIL], ['kind', NIL], ['args', NIL], ['clauses', NIL]],
  UndefinedFunctionError: [['module', NIL], ['function', NIL], ['arity', NIL], ['reason', NIL], ['message', NIL]],
  ErlangError: [['original', NIL], ['reason', NIL]],
  Protocol_UndefinedError: [['protocol', NIL], ['value', NIL], ['description', Bin.fromString('')]],
  UnicodeConversionError: [['encoded', NIL], ['rest', NIL], ['message', NIL]],
  'Enum.EmptyError': [['message', Bin.fromString('empty error')]],
  'Enum.OutOfBoundsError': [['message', Bin.fromString('out of bounds error')]],
};

export function builtinException(module: string, given: [string, Term][]): MapTerm {
  const fields = new Map<string, Term>(BUILTIN_EXCEPTIONS[module.replace('Protocol.', 'Protocol_')] ?? [['message', NIL]]);
  for (const [k, v] of given) fields.set(k, v);
  return exceptionStruct(module, [...fields]);
}

export function isException(t: Term): t is MapTerm {
  return t instanceof MapTerm && t.get(A_EXCEPTION) === TRUE && t.get(A_STRUCT) instanceof Atom;
}

function tuple(t: Term, tag: string, size: number): t is Term[] {
  return Array.isArray(t) && t.length === size && t[0] === S(tag);
}

/** Exception.normalize(:error, reason, stacktrace). */
export function normalize(reason: Term, stack: Term, moduleLoaded?: (m: Atom) => boolean): MapTerm {
  if (isException(reason)) return reason;
  const r = reason;
  if (r === S('badarg')) return builtinException('ArgumentError', [['message', Bin.fromString(argumentMessage(stack))]]);
  if (r === S('badarith')) return builtinException('ArithmeticError', []);
  if (r === S('system_limit')) return builtinException('SystemLimitError', []);
  if (r === S('cond_clause')) return builtinException('CondClauseError', []);
  if (r === S('function_clause')) {
    const top = topFrame(stack);
    if (top !== null && top[2] !== undefined) {
      const arity = typeof top[2] === 'number' ? top[2] : listLength(top[2]);
      // args stay nil, as Exception.normalize leaves them (the banner's blame reads the stack).
      return builtinException('FunctionClauseError', [['module', top[0]], ['function', top[1]], ['arity', arity]]);
    }
    return builtinException('FunctionClauseError', []);
  }
  if (r === S('undef')) {
    const top = topFrame(stack);
    if (top !== null) {
      const arity = typeof top[2] === 'number' ? top[2] : listLength(top[2]);
      // Elixir leaves reason nil and its message asks :code.is_loaded/1; the prelude's message
      // reads the reason, so it is filled in here.
      const loaded = moduleLoaded === undefined || !(top[0] instanceof Atom) || moduleLoaded(top[0]);
      const why = atom(loaded ? 'function not exported' : 'module could not be loaded');
      return builtinException('UndefinedFunctionError', [['module', top[0]], ['function', top[1]], ['arity', arity], ['reason', why]]);
    }
    return builtinException('UndefinedFunctionError', []);
  }
  if (tuple(r, 'badmatch', 2)) return builtinException('MatchError', [['term', r[1]]]);
  if (tuple(r, 'case_clause', 2)) return builtinException('CaseClauseError', [['term', r[1]]]);
  if (tuple(r, 'with_clause', 2)) return builtinException('WithClauseError', [['term', r[1]]]);
  if (tuple(r, 'try_clause', 2)) return builtinException('TryClauseError', [['term', r[1]]]);
  if (tuple(r, 'badarity', 2) && Array.isArray(r[1])) return builtinException('BadArityError', [['function', r[1][0]], ['args', r[1][1]]]);
  if (tuple(r, 'badfun', 2)) return builtinException('BadFunctionError', [['term', r[1]]]);
  if (tuple(r, 'badmap', 2)) return builtinException('BadMapError', [['term', r[1]]]);
  if (tuple(r, 'badkey', 2)) {
    // Exception.normalize/3 finds the map in the call that failed.
    const top = topFrame(stack);
    const argv = top !== null && (top[2] instanceof Cons || top[2] === EMPTY_LIST) ? listItems(top[2]) : [];
    const at = top === null ? '' : `${String(top[0] instanceof Atom ? top[0].name : '')}.${String(top[1] instanceof Atom ? top[1].name : '')}/${argv.length}`;
    const term = { 'Elixir.Map.get_and_update!/3': argv[0], 'Elixir.Map.update!/3': argv[0], 'maps.update/3': argv[2], 'maps.get/2': argv[1], 'erlang.map_get/2': argv[1] }[at];
    return builtinException('KeyError', term === undefined ? [['key', r[1]]] : [['key', r[1]], ['term', term]]);
  }
  if (tuple(r, 'badkey', 3)) return builtinException('KeyError', [['key', r[1]], ['term', r[2]]]);
  if (tuple(r, 'badbool', 3)) return builtinException('BadBooleanError', [['operator', r[1]], ['term', r[2]]]);
  if (tuple(r, 'badstruct', 3)) return builtinException('BadStructError', [['struct', r[1]], ['term', r[2]]]);
  return builtinException('ErlangError', [['original', r]]);
}

function topFrame(stack: Term): Term[] | null {
  if (stack instanceof Cons && Array.isArray(stack.head) && stack.head.length === 4) return stack.head as Term[];
  return null;
}

function listLength(l: Term): number {
  let n = 0;
  while (l instanceof Cons) {
    n++;
    l = l.tail;
  }
  return n;
}

function listItems(l: Term): Term[] {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  return out;
}

const ORD = ['1st', '2nd', '3rd', '4th', '5th', '6th'];

/** ArgumentError's text for a badarg from an :erlang native (what erl_erts_errors explains). */
function argumentMessage(stack: Term): string {
  const top = topFrame(stack);
  const bs = top !== null ? constructionMessage(top[3]) : null;
  if (bs !== null) return bs;
  if (top === null || !(top[1] instanceof Atom) || !(top[2] instanceof Cons || top[2] === EMPTY_LIST)) return 'argument error';
  const call = asErlangCall(top[0], top[1].name, listItems(top[2]));
  const why = call !== null ? ertsReason(call.name, call.args) : top[0] === S('binary') ? binaryReason(top[1].name, listItems(top[2])) : null;
  if (why === null) return 'argument error';
  return `errors were found at the given arguments:\n\n${why.map(([i, w]) => `  * ${ORD[i]} argument: ${w}\n`).join('')}`;
}

/**
 * The :erlang call behind a frame: Process functions that are thin wrappers over an :erlang
 * native answer for it, since Elixir calls the native and erl_erts_errors explains that call.
 */
function asErlangCall(module: Term, name: string, args: Term[]): { name: string; args: Term[] } | null {
  if (module === S('erlang')) return { name, args };
  // Natives standing for the Erlang call Elixir makes: Atom.to_string/1 is inlined into
  // :erlang.atom_to_binary/1, String.split/1 fails in :binary.split/3.
  if (module === atom('Elixir.Atom') && args.length === 1) return { name: name === 'to_string' ? 'atom_to_binary' : 'atom_to_list', args };
  if (module === atom('Elixir.String') && name === 'split' && args.length === 1) return { name: 'binary_to_list', args };
  if (module !== atom('Elixir.Process')) return null;
  switch (`${name}/${args.length}`) {
    case 'alive?/1':
      return { name: 'is_process_alive', args };
    case 'monitor/1':
      return { name: 'monitor', args: [S('process'), args[0]] };
    case 'info/1':
    case 'info/2':
      return { name: 'process_info', args };
    case 'flag/2':
      return { name: 'process_flag', args };
    case 'spawn/2':
    case 'spawn/4':
      return { name: 'spawn_opt', args };
    case 'send_after/3':
    case 'send_after/4':
      return { name: 'send_after', args: [args[2], args[0], args[1]] };
    default:
      return null;
  }
}

/**
 * The message for a failed binary construction, from the {segment, type, error, value} cause
 * the frame's error_info holds (erl_erts_errors:format_bs_fail/2, values shown by inspect as
 * Elixir asks it to); null when the frame has none.
 */
function constructionMessage(location: Term): string | null {
  let info: Term | undefined;
  for (let l = location; l instanceof Cons; l = l.tail) {
    const kv = l.head;
    if (Array.isArray(kv) && kv.length === 2 && kv[0] === S('error_info')) info = kv[1];
  }
  if (!(info instanceof MapTerm) || info.get(S('function')) !== S('format_bs_fail')) return null;
  const cause = info.get(S('cause'));
  if (!Array.isArray(cause) || cause.length !== 4) return null;
  const [segment, type, error, value] = cause as Term[];
  const typeName = type instanceof Atom ? type.name : '';
  let why: string;
  switch (error instanceof Atom ? error.name : '') {
    case 'invalid':
      why = `expected one of the supported sizes 16, 32, or 64 but got: ${inspect(value)}`;
      break;
    case 'unit':
      why = `the size of the value ${inspect(value)} is not a multiple of the unit for the segment`;
      break;
    case 'short':
      why = `the value ${inspect(value)} is shorter than the size of the segment`;
      break;
    case 'size':
      why = `expected a non-negative integer as size but got: ${inspect(value)}`;
      break;
    default: {
      const expected =
        typeName === 'binary' ? ' binary' : typeName === 'float' ? ' float or an integer' : typeName === 'integer' ? 'n integer' : ` non-negative integer encodable as ${typeName}`;
      why = `expected a${expected} but got: ${inspect(value)}`;
    }
  }
  return `construction of binary failed: segment ${inspect(segment)} of type '${typeName}': ${why}`;
}

/** What erl_stdlib_errors says of a :binary call whose subject (the first argument) is wrong. */
function binaryReason(name: string, a: Term[]): [number, string][] | null {
  if (name === 'longest_common_prefix' || name === 'longest_common_suffix' || name === 'list_to_bin') return null;
  const subject = a[0];
  if (subject instanceof BitString) return [[0, 'is a bitstring (expected a binary)']];
  if (!(subject instanceof Bin)) return [[0, 'not a binary']];
  if ((name === 'first' || name === 'last') && subject.byteSize === 0) return [[0, 'a zero-sized binary is not allowed']];
  return null;
}

const PROCESS_FLAGS = new Set(['trap_exit', 'error_handler', 'fullsweep_after', 'min_heap_size', 'min_bin_vheap_size', 'max_heap_size', 'message_queue_data', 'priority', 'save_calls', 'sensitive']);

/** binary_to_term/2's options are a proper list of :safe and :used. */
function binaryToTermOptions(t: Term): boolean {
  let l = t;
  while (l instanceof Cons) {
    if (l.head !== atom('safe') && l.head !== atom('used')) return false;
    l = l.tail;
  }
  return l === EMPTY_LIST;
}

/** must_be_mf_args: the module and function must be atoms, the arguments a list. */
function mfaReason(a: Term[]): [number, string][] {
  const out: [number, string][] = [];
  if (!(a[0] instanceof Atom)) out.push([0, 'not an atom']);
  if (!(a[1] instanceof Atom)) out.push([1, 'not an atom']);
  if (!(a[2] === EMPTY_LIST || a[2] instanceof Cons)) out.push([2, 'not a list']);
  return out;
}

function ertsReason(name: string, a: Term[]): [number, string][] | null {
  const isList = (t: Term): boolean => t === EMPTY_LIST || t instanceof Cons;
  switch (name) {
    case 'element':
      if (typeof a[0] !== 'number') return [[0, 'not an integer']];
      if (!Array.isArray(a[1])) return [[1, 'not a tuple']];
      return [[0, 'out of range']];
    case 'setelement':
      if (typeof a[0] !== 'number') return [[0, 'not an integer']];
      if (!Array.isArray(a[1])) return [[1, 'not a tuple']];
      return [[0, 'out of range']];
    case 'hd':
    case 'tl':
      return [[0, 'not a nonempty list']];
    case 'link':
    case 'unlink':
      return a[0] instanceof Pid ? null : [[0, 'not a pid']];
    case 'is_process_alive':
      return a[0] instanceof Pid ? null : [[0, 'not a pid']];
    case 'process_info':
      // A live pid fails only for what it was asked.
      if (!(a[0] instanceof Pid)) return [[0, 'not a pid']];
      return a.length === 2 ? [[1, 'invalid item or item list']] : null;
    case 'node':
      return a.length === 1 && !(a[0] instanceof Pid) && !(a[0] instanceof Ref) ? [[0, 'not a pid']] : null;
    case 'monitor':
      return a[0] === S('process') && !(a[1] instanceof Pid) && !(a[1] instanceof Atom) && !Array.isArray(a[1]) ? [[1, 'not a pid']] : null;
    case 'process_flag':
      if (!(a[0] instanceof Atom) || !PROCESS_FLAGS.has(a[0].name)) return [[0, 'invalid process flag']];
      return [[1, 'invalid value for this process flag']];
    case 'send_after':
      return typeof a[0] === 'number' && a[0] < 0 ? [[0, 'out of range']] : null;
    case 'unregister':
      // erl_erts_errors says "not a pid" for any name that is not registered, atom or not.
      return [[0, 'not a pid']];
    case 'length':
      return [[0, 'not a list']];
    case 'tuple_size':
      return [[0, 'not a tuple']];
    case 'map_size':
      return [[0, 'not a map']];
    case 'byte_size':
    case 'bit_size':
    case 'bitstring_to_list':
      return [[0, 'not a bitstring']];
    case 'list_to_bitstring':
      return [[0, 'not a bitstring list']];
    case 'list_to_binary':
      return [[0, 'not an iolist term']];
    case 'iolist_to_binary':
    case 'iolist_size':
      return [[0, 'not an iodata term']];
    case 'atom_to_binary':
    case 'atom_to_list':
      return [[0, 'not an atom']];
    case 'binary_to_atom':
    case 'binary_to_existing_atom':
    case 'binary_to_list':
      return [[0, 'not a binary']];
    case 'binary_to_integer':
      return a[0] instanceof Bin ? [[0, 'not a textual representation of an integer']] : [[0, 'not a binary']];
    case 'list_to_atom':
    case 'list_to_integer':
      return isList(a[0]) ? [[0, 'not a textual representation']] : [[0, 'not a list']];
    case 'integer_to_binary':
    case 'integer_to_list':
      return [[0, 'not an integer']];
    case 'send':
      return [[0, 'invalid destination']];
    case 'term_to_binary':
    case 'external_size':
      return [[1, 'invalid option in list']];
    case 'binary_to_term':
      if (!(a[0] instanceof Bin)) return [[0, 'not a binary']];
      if (a.length > 1 && !binaryToTermOptions(a[1])) return [[1, 'invalid option in list']];
      return [[0, a.length > 1 ? 'invalid or unsafe external representation of a term' : 'invalid external representation of a term']];
    case 'phash':
    case 'phash2':
      return [[0, typeof a[1] === 'number' ? 'out of range' : 'not an integer']];
    case 'md5':
    case 'crc32':
    case 'adler32':
      return [[a.length - 1, 'not an iodata term']];
    case 'apply':
      return null;
    case '++':
      // erl_erts_errors has nothing to say about ++: the message stays "argument error".
      return null;
    case 'tuple_to_list':
      return [[0, 'not a tuple']];
    case 'list_to_tuple':
      return [[0, 'not a list']];
    case 'is_map_key':
    case 'map_get':
      return [[1, 'not a map']];
    case 'spawn_opt': {
      // Only the options can be wrong once the function is right (erl_erts_errors's badopt).
      const head = a.length === 4 ? mfaReason(a) : a[0] instanceof Fun ? [] : [[0, 'not a fun'] as [number, string]];
      if (head.length > 0) return head;
      return [[a.length - 1, isList(a[a.length - 1]) ? 'invalid spawn option' : 'not a list']];
    }
    case 'spawn':
    case 'spawn_link':
      if (a.length === 3) {
        if (!(a[0] instanceof Atom)) return [[0, 'not an atom']];
        if (!(a[1] instanceof Atom)) return [[1, 'not an atom']];
        return [[2, 'not a list']];
      }
      return [[0, 'not a fun']];
    case 'process_flag':
      return a[0] === atom('trap_exit') ? [[1, 'invalid value for this process flag']] : [[0, 'invalid process flag']];
    case 'unregister':
      // (what OTP 25's erl_erts_errors says for a name that is not registered)
      return [[0, 'not a pid']];
    case 'register':
      return [[0, 'not an atom']];
    case 'exit':
      return [[0, 'not a pid']];
  }
  return null;
}

export interface MessageHost {
  /** Calls Mod.message(exception) for exceptions defined in Elixir; null if it cannot. */
  userMessage(e: MapTerm): string | null;
  structFields?(module: Atom): readonly Atom[] | null | undefined;
  moduleLoaded?(module: Atom): boolean;
  /**
   * Kernel.inspect/2 run in Elixir, for a term holding structs with a user's `defimpl Inspect`
   * (which natives cannot call); null when it holds none or the call does not finish.
   */
  inspectCustom?(t: Term, pretty: boolean, width?: number): string | null;
  /** A loaded module's public macros and functions ([name, arity], sorted), for "Did you mean". */
  exports?(module: Atom): { macros: [string, number][]; functions: [string, number][] } | null;
}

function ins(t: Term, host?: MessageHost): string {
  return host?.inspectCustom?.(t, false) ?? inspect(t, { structFieldOrder: host?.structFields?.bind(host) });
}

function str(t: Term | undefined): string {
  return t instanceof Bin ? t.text ?? '' : '';
}

export function moduleName(a: Term): string {
  if (!(a instanceof Atom)) return inspect(a);
  return a.name.startsWith('Elixir.') ? a.name.slice(7) : ':' + a.name;
}

function mfa(m: Term, f: Term, arity: Term): string {
  const anon = f instanceof Atom ? /^-(.*)\/(\d+)-fun-\d+-$/.exec(f.name) : null;
  if (anon !== null) return `anonymous fn/${String(arity)} in ${moduleName(m)}.${inspectFunName(anon[1])}/${anon[2]}`;
  const fname = f instanceof Atom ? inspectFunName(f.name) : String(f);
  return `${moduleName(m)}.${fname}/${String(arity)}`;
}

function inspectFunName(n: string): string {
  return /^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(n) ? n : inspect(atom(n)).slice(1);
}

/** Exception.message/1. */
export function message(e: MapTerm, host?: MessageHost): string {
  const mod = (e.get(A_STRUCT) as Atom).name.replace(/^Elixir\./, '');
  const g = (k: string): Term | undefined => e.get(S(k));
  switch (mod) {
    case 'MatchError':
      return 'no match of right hand side value: ' + ins(g('term')!, host);
    case 'CaseClauseError':
      return 'no case clause matching: ' + ins(g('term')!, host);
    case 'WithClauseError':
      return 'no with clause matching: ' + ins(g('term')!, host);
    case 'TryClauseError':
      return 'no try clause matching: ' + ins(g('term')!, host);
    case 'CondClauseError':
      return 'no cond clause evaluated to a truthy value';
    case 'BadFunctionError':
      return 'expected a function, got: ' + ins(g('term')!, host);
    case 'BadMapError':
      return 'expected a map, got: ' + ins(g('term')!, host);
    case 'BadStructError':
      return `expected a struct named ${moduleName(g('struct')!)}, got: ${ins(g('term')!, host)}`;
    case 'BadBooleanError':
      return `expected a boolean on left-side of "${(g('operator') as Atom).name}", got: ${ins(g('term')!, host)}`;
    case 'BadArityError': {
      const f = g('function') as Fun;
      const argv = listItems(g('args')!);
      const n = argv.length;
      return `${ins(f, host)} with arity ${f.arity} called with ${n === 0 ? 'no arguments' : n === 1 ? '1 argument' : n + ' arguments'}${n > 0 ? ` (${argv.map((x) => ins(x, host)).join(', ')})` : ''}`;
    }
    case 'KeyError': {
      const m = g('message');
      if (m instanceof Bin) return str(m);
      const term = g('term');
      return term === NIL || term === undefined ? `key ${ins(g('key')!, host)} not found` : `key ${ins(g('key')!, host)} not found in: ${ins(term, host)}`;
    }
    case 'FunctionClauseError':
      if (g('module') === NIL) return 'no function clause matches';
      return `no function clause matching in ${mfa(g('module')!, g('function')!, g('arity')!)}`;
    case 'UndefinedFunctionError': {
      const m = g('message');
      if (m instanceof Bin) return str(m);
      const module = g('module')!;
      if (module === NIL) return 'undefined function';
      const reason = g('reason');
      const loaded =
        reason === atom('module could not be loaded') ? false
        : reason === atom('function not exported') ? true
        : !(module instanceof Atom) || host?.moduleLoaded === undefined || host.moduleLoaded(module);
      return `function ${mfa(module, g('function')!, g('arity')!)} is undefined${loaded ? ' or private' : ` (module ${moduleName(module)} is not available)`}`;
    }
    case 'ErlangError': {
      const orig = g('original')!;
      return 'Erlang error: ' + ins(orig, host);
    }
    case 'Protocol.UndefinedError': {
      const d = str(g('description'));
      return `protocol ${moduleName(g('protocol')!)} not implemented for ${ins(g('value')!, host)} of type ${typeName(g('value')!)}${d ? ', ' + d : ''}`;
    }
  }
  const m = g('message');
  if (host !== undefined) {
    const user = host.userMessage(e);
    if (user !== null) return user;
  }
  if (m instanceof Bin) return str(m);
  return ins(e, host);
}

function typeName(t: Term): string {
  if (t instanceof MapTerm) {
    const s = t.get(A_STRUCT);
    if (s instanceof Atom) return `${moduleName(s)} (a struct)`;
    return 'Map';
  }
  if (t instanceof Atom) return 'Atom';
  if (typeof t === 'number' || typeof t === 'bigint') return 'Integer';
  if (t instanceof Bin || t instanceof BitString) return 'BitString';
  if (Array.isArray(t)) return 'Tuple';
  if (t instanceof Cons || t === EMPTY_LIST) return 'List';
  if (t instanceof Fun) return 'Function';
  return 'Term';
}

/**
 * Exception.blame/3, which `elixir file.exs` applies to the banner (the logger does not):
 * FunctionClauseError lists the arguments, ArithmeticError shows the operation.
 */
function blame(e: MapTerm, stack: Term, host?: MessageHost): string {
  const mod = (e.get(A_STRUCT) as Atom).name;
  if (mod === 'Elixir.ArithmeticError') return arithmeticBlame(stack);
  if (mod === 'Elixir.UndefinedFunctionError') return undefinedFunctionHint(e, host);
  if (mod !== 'Elixir.FunctionClauseError') return '';
  const top = topFrame(stack);
  if (top === null || typeof top[2] === 'number') return '';
  const argv = listItems(top[2]);
  const name = mfa(top[0], top[1], argv.length);
  // Laid out as Kernel.CLI prints it: every line indented, the first one padded too.
  let out = `    \n    \n    The following arguments were given to ${name}:\n    `;
  argv.forEach((x, i) => {
    const text = inspect(x, { structFieldOrder: host?.structFields?.bind(host), pretty: true, width: 80 });
    out += `\n        # ${i + 1}\n        ${text.split('\n').join('\n        ')}\n    `;
  });
  return out;
}

/**
 * UndefinedFunctionError.blame/2 for a module that is loaded: a macro of that name and arity to
 * require, or the exports of the same name (else the names within Jaro distance 0.77), at most
 * five, as `. Did you mean:` and one `      * name/arity` line each.
 */
function undefinedFunctionHint(e: MapTerm, host?: MessageHost): string {
  const module = e.get(atom('module'));
  const fun = e.get(atom('function'));
  const arity = e.get(atom('arity'));
  if (e.get(atom('reason')) !== atom('function not exported') || !(module instanceof Atom) || !(fun instanceof Atom)) return '';
  const exports = host?.exports?.(module);
  if (exports === null || exports === undefined) return '';
  if (exports.macros.some(([n, a]) => n === fun.name && a === arity))
    return `. However there is a macro with the same name and arity. Be sure to require ${moduleName(module)} if you intend to invoke this macro`;
  const all = [...exports.macros, ...exports.functions];
  const same = all.filter(([n]) => n === fun.name);
  const jaro = lookupBif('Elixir.String', 'jaro_distance', 2);
  const scored: [number, string, number][] =
    same.length > 0
      ? same.map(([n, a]) => [1.0, n, a])
      : all
          .map(([n, a]): [number, string, number] => {
            const d = jaro?.([Bin.fromString(fun.name), Bin.fromString(n)], { self: new Pid(0, 0) });
            return [d instanceof Float ? d.value : 0, n, a];
          })
          .filter(([d]) => d >= 0.77);
  if (scored.length === 0) return '';
  const chosen = scored
    .sort((x, y) => y[0] - x[0])
    .slice(0, 5)
    .sort((x, y) => (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  return `. Did you mean:\n\n${chosen.map(([, n, a]) => `      * ${inspectFunctionName(atom(n))}/${a}\n`).join('')}`;
}

function arithmeticBlame(stack: Term): string {
  const top = topFrame(stack);
  if (top === null || top[0] !== S('erlang') || !(top[2] instanceof Cons)) return '';
  const op = (top[1] as Atom).name;
  const a = listItems(top[2]).map((x) => inspect(x));
  if (a.length === 1 && (op === '+' || op === '-')) return `: ${op}(${a[0]})`;
  if (a.length === 2 && ['+', '-', '*', '/'].includes(op)) return `: ${a[0]} ${op} ${a[1]}`;
  if (a.length === 2 && (op === 'div' || op === 'rem')) return `: ${op}(${a[0]}, ${a[1]})`;
  if (['band', 'bor', 'bxor', 'bsl', 'bsr', 'bnot'].includes(op)) return `: Bitwise.${op}(${a.join(', ')})`;
  return `: :erlang.${op}(${a.join(', ')})`;
}

/** "** (Kind) message", as Exception.format_banner/3 (with blame when the CLI prints it). */
export function formatBanner(kind: Atom, reason: Term, stack: Term, host?: MessageHost, withBlame = true): string {
  if (kind.name === 'error') {
    const e = normalize(reason, stack, host?.moduleLoaded?.bind(host));
    const msg = message(e, host) + erlangErrorDetail(e, stack) + (withBlame ? blame(e, stack, host) : '');
    return `** (${moduleName(e.get(A_STRUCT)!)}) ${msg}`;
  }
  if (kind.name === 'throw') return `** (throw) ${inspect(reason)}`;
  return `** (exit) ${formatExit(reason, host)}`;
}

/**
 * What the banner adds to an ErlangError raised by an :erlang native, from the native's error
 * info (as erl_erts_errors explains it). A rescued exception's message does not carry it.
 */
export function erlangErrorDetail(e: MapTerm, stack: Term): string {
  if (e.get(A_STRUCT) !== atom('Elixir.ErlangError')) return '';
  const top = topFrame(stack);
  if (top === null || top[0] !== S('erlang') || !(top[1] instanceof Atom)) return '';
  const original = e.get(atom('original'));
  if (original === S('noproc') && top[1].name === 'link') {
    return ':\n\n  * 1st argument: the pid does not refer to an existing process\n';
  }
  return '';
}

/** Exception.format_exit/1. */
export function formatExit(reason: Term, host?: MessageHost): string {
  return formatExitJoined(reason, '\n    ', host);
}

/** Exception.format_exit/2: `joiner` starts each continuation line (deeper for nested exits). */
function formatExitJoined(reason: Term, joiner: string, host?: MessageHost): string {
  if (Array.isArray(reason) && reason.length === 2 && isStack(reason[1]) && !(reason[0] instanceof Atom && ['shutdown', 'noproc'].includes(reason[0].name))) {
    const [r, st] = reason;
    const e = isException(r) || isErlangErrorReason(r) ? normalize(r, st, host?.moduleLoaded?.bind(host)) : null;
    if (e !== null) {
      // Exception.format_exit/2 shows the message alone: blame (": 1 / 0", the arguments of a
      // FunctionClauseError) is added only to an error printed at the top (the CLI, IEx).
      const banner = `** (${moduleName(e.get(A_STRUCT)!)}) ${message(e, host)}`;
      const trace = formatStacktrace(st);
      const top = joiner === '\n    ';
      return `an exception was raised:${joiner}${banner.split('\n').join(joiner)}${trace ? '\n' + trace.split('\n').map((l) => joiner.slice(1) + l).join('\n') + (top ? '\n' : '') : ''}`;
    }
  }
  // A supervisor whose child failed to start: {:shutdown, {:failed_to_start_child, id, why}}.
  if (Array.isArray(reason) && reason.length === 2 && reason[0] === atom('shutdown') && Array.isArray(reason[1]) && reason[1].length === 3 && reason[1][0] === atom('failed_to_start_child')) {
    const [, child, why0] = reason[1];
    const why = Array.isArray(why0) && why0.length === 2 && why0[0] === atom('EXIT') ? why0[1] : why0;
    return `shutdown: failed to start child: ${inspect(child)}${joiner}** (EXIT) ${formatExitJoined(why, joiner + '    ', host)}`;
  }
  // {reason, {mod, fun, args}}: an exit raised on behalf of a call (GenServer.call/3 and friends).
  if (Array.isArray(reason) && reason.length === 2 && Array.isArray(reason[1]) && reason[1].length === 3) {
    const [m, f, a] = reason[1];
    if (m instanceof Atom && f instanceof Atom && (a instanceof Cons || a === EMPTY_LIST)) {
      const call = `${moduleName(m)}.${f.name}(${listItems(a).map((x) => inspect(x)).join(', ')})`;
      return `exited in: ${call}${joiner}** (EXIT) ${formatExitJoined(reason[0], joiner + '    ', host)}`;
    }
  }
  if (reason instanceof Atom) {
    if (reason.name === 'normal') return 'normal';
    if (reason.name === 'shutdown') return 'shutdown';
    if (reason.name === 'killed') return 'killed';
    if (reason.name === 'timeout') return 'time out';
    if (reason.name === 'calling_self') return 'process attempted to call itself';
    if (reason.name === 'noconnection') return 'no connection';
    if (reason.name === 'noproc') return 'no process: the process is not alive or there\'s no process currently associated with the given name, possibly because its application isn\'t started';
  }
  if (Array.isArray(reason) && reason.length === 2 && reason[0] instanceof Atom) {
    const [tag, v] = reason;
    switch (tag.name) {
      case 'shutdown':
        return `shutdown: ${inspect(v)}`;
      case 'already_started':
        return `already started: ${inspect(v)}`;
      case 'bad_return_value':
        return `bad return value: ${inspect(v)}`;
      case 'bad_call':
        return `bad call: ${inspect(v)}`;
      case 'bad_cast':
        return `bad cast: ${inspect(v)}`;
      case 'bad_return':
        if (Array.isArray(v) && v.length === 3 && v[0] instanceof Atom && v[1] === atom('init')) return `${moduleName(v[0])}.init/1 returned a bad value: ${inspect(v[2])}`;
        break;
      case 'nodedown':
        if (v instanceof Atom) return `no connection to ${v.name}`;
        break;
      case 'bad_start_spec':
        return `bad child specification, invalid children: ${inspect(v)}`;
      case 'start_spec':
        return `bad child specification, ${supervisorProblem(v, SUP_SPEC)}`;
      case 'supervisor_data':
        return `bad supervisor configuration, ${supervisorProblem(v, SUP_DATA)}`;
    }
  }
  return inspect(reason);
}

// How Exception.format_exit/1 explains a supervisor's refusal of its flags or a child spec.
const SUP_DATA: Record<string, [string, string]> = {
  invalid_type: ['invalid type: ', ''],
  invalid_strategy: ['invalid strategy: ', ''],
  invalid_intensity: ['invalid max_restarts (intensity): ', ''],
  invalid_period: ['invalid max_seconds (period): ', ''],
  invalid_max_children: ['invalid max_children: ', ''],
  invalid_extra_arguments: ['invalid extra_arguments: ', ''],
};
const SUP_SPEC: Record<string, [string, string]> = {
  duplicate_child_name: [
    'more than one child specification has the id: ',
    '.\nIf using maps as child specifications, make sure the :id keys are unique.\nIf using a module or {module, arg} as child, use Supervisor.child_spec/2 to change the :id, for example:\n\n    children = [\n      Supervisor.child_spec({MyWorker, arg}, id: :my_worker_1),\n      Supervisor.child_spec({MyWorker, arg}, id: :my_worker_2)\n    ]\n',
  ],
  invalid_child_spec: ['invalid child specification: ', ''],
  invalid_child_type: ['invalid child type: ', '. Must be :worker or :supervisor.'],
  invalid_mfa: ['invalid mfa: ', ''],
  invalid_restart_type: ['invalid restart type: ', '. Must be :permanent, :transient or :temporary.'],
  invalid_shutdown: ['invalid shutdown: ', '. Must be an integer >= 0, :infinity or :brutal_kill.'],
  invalid_module: ['invalid module: ', '. Must be an atom.'],
  invalid_modules: ['invalid modules: ', '. Must be a list of atoms or :dynamic.'],
};

function supervisorProblem(v: Term, texts: Record<string, [string, string]>): string {
  if (Array.isArray(v) && v.length === 2 && v[0] instanceof Atom && Object.hasOwn(texts, v[0].name)) {
    const [before, after] = texts[v[0].name]!;
    return before + inspect(v[1]) + after;
  }
  return `got: ${inspect(v)}`;
}

function isErlangErrorReason(r: Term): boolean {
  return r instanceof Atom || Array.isArray(r);
}

function isStack(t: Term): boolean {
  if (!(t instanceof Cons)) return false;
  const h = t.head;
  return Array.isArray(h) && (h.length === 4 || h.length === 3);
}

/** Exception.format_stacktrace/1: one line per entry, indented by four spaces. */
export function formatStacktrace(stack: Term): string {
  return listItems(stack)
    .map((entry) => '    ' + formatEntry(entry as Term[]))
    .join('\n');
}

function formatEntry(e: Term[]): string {
  const [m, f, a, loc] = e;
  const kw = listItems(loc ?? EMPTY_LIST) as Term[][];
  let file = '';
  let line = 0;
  for (const [k, v] of kw) {
    if (k === S('file')) file = listItems(v).map((c) => String.fromCodePoint(c as number)).join('');
    if (k === S('line')) line = v as number;
  }
  const where = file ? `${file}${line ? ':' + line : ''}: ` : '';
  const fname = (f as Atom).name;
  const module = moduleName(m);
  if (m === S('elixir_compiler_0') && fname === '__FILE__') return `${where}(file)`;
  const anon = /^-(.*)\/(\d+)-fun-\d+-$/.exec(fname);
  if (anon !== null) {
    const arity = typeof a === 'number' ? a : listLength(a);
    return `${where}anonymous fn/${arity} in ${module}.${inspectFunName(anon[1])}/${anon[2]}`;
  }
  if (typeof a === 'number') return `${where}${module}.${inspectFunName(fname)}/${a}`;
  return `${where}${module}.${inspectFunName(fname)}(${listItems(a).map((x) => inspect(x)).join(', ')})`;
}

export const EMPTY = list([]);
