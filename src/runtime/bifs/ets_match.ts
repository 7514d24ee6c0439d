// Match specifications, as ERTS runs them for ets:select/2 and friends (and patterns, which are
// the match specification [{Pattern, [], ['$$' or '$_']}]). A specification is compiled once
// per call: a malformed one, an unbound variable or a function that match specifications do
// not know makes the call fail with badarg, as db_match_compile() does.
//
// Grammar (https://www.erlang.org/doc/apps/erts/match_spec.html): a head is a term where :_
// matches anything and :"$N" binds a variable (a second occurrence must be =:= the first);
// guards and bodies are expressions: a variable, :"$_" (the whole object), :"$$" (the bound
// variables in number order), {:const, T}, {{...}} to build a tuple, lists and maps built from
// expressions, {F, Args...} calling a guard function, and any other term standing for itself.
// A guard that raises is false; a body that raises gives :EXIT for that object.
import { Atom, Bin, Cons, EMPTY_LIST, FALSE, Pid, Ref, TRUE, atom, list, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { exactEquals } from '../terms/compare.ts';
import { inspect } from '../terms/inspect.ts';
import { ErlangError, lookupBif, type Bif, type BifContext } from './registry.ts';
import { properList } from './util.ts';

type Expr =
  | { k: 'var'; n: number }
  | { k: 'object' }
  | { k: 'all' }
  | { k: 'const'; v: Term }
  | { k: 'tuple'; items: Expr[] }
  | { k: 'list'; items: Expr[]; tail: Expr }
  | { k: 'map'; entries: [Term, Expr][] }
  | { k: 'call'; name: string; args: Expr[] };

interface Clause {
  head: Term;
  /** Variable numbers bound by the head, ascending: the order of :"$$". */
  vars: number[];
  guards: Expr[];
  body: Expr[];
}

export interface MatchSpec {
  clauses: Clause[];
}

/** Thrown by compile() for a specification ERTS would refuse, with the compiler's complaints. */
export class BadMatchSpec extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join(' '));
  }
}

const EXIT = atom('EXIT');
const UNDERSCORE = atom('_');

/** The N of :"$N", or -1 for any other atom. */
function varNumber(a: Atom): number {
  const m = /^\$(0|[1-9]\d{0,8})$/.exec(a.name);
  return m === null ? -1 : Number(m[1]);
}

/** Guard functions with their arities, as erts' match specification compiler accepts them. */
export const MATCH_SPEC_FUNCTIONS: ReadonlyMap<string, number[]> = new Map<string, number[]>([
  ...['is_atom', 'is_float', 'is_integer', 'is_list', 'is_number', 'is_pid', 'is_port', 'is_reference', 'is_tuple', 'is_map', 'is_binary', 'is_function'].map(
    (n) => [n, [1]] as [string, number[]],
  ),
  ['is_record', [3]],
  ['is_map_key', [2]],
  ['map_get', [2]],
  ...['abs', 'hd', 'tl', 'length', 'map_size', 'round', 'trunc', 'size', 'bit_size', 'byte_size', 'float', 'bnot'].map((n) => [n, [1]] as [string, number[]]),
  ['element', [2]],
  ['binary_part', [2, 3]],
  ['node', [0, 1]],
  ['self', [0]],
  ['-', [1, 2]],
  ['+', [1, 2]],
  ...['*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', '>', '>=', '<', '=<', '=:=', '==', '=/=', '/=', 'xor'].map((n) => [n, [2]] as [string, number[]]),
  ['not', [1]],
]);
/**
 * Forms only tracing's match specifications know, named as the compiler names them when a
 * table's specification uses one.
 */
const TRACE_FORMS = new Map<string, string>([
  ...['caller', 'message', 'display', 'return_trace', 'exception_trace', 'process_dump', 'silent', 'trace', 'enable_trace', 'disable_trace', 'get_seq_token', 'is_seq_trace', 'caller_line', 'current_stacktrace'].map(
    (n) => [n, n] as [string, string],
  ),
  ['set_seq_token', 'set_seq_trace'],
]);
/** Tracing functions the compiler knows but refuses in a table's specification. */
const TRACE_FUNCTIONS = new Set(['get_tcw', 'set_tcw']);
/** Boolean operators taking any number of arguments. */
const VARIADIC = new Set(['and', 'or', 'andalso', 'orelse']);


function headVars(t: Term, into: Set<number>): void {
  if (t instanceof Atom) {
    const n = varNumber(t);
    if (n >= 0) into.add(n);
  } else if (Array.isArray(t)) for (const e of t) headVars(e, into);
  else if (t instanceof Cons) {
    headVars(t.head, into);
    headVars(t.tail, into);
  } else if (t instanceof MapTerm) for (const [, v] of t.entries()) headVars(v, into);
}

/** Atoms as Erlang prints them (~p): bare when they read as an atom, else single-quoted. */
function erlangAtom(name: string): string {
  if (/^[a-z][A-Za-z0-9_@]*$/.test(name)) return name;
  return `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A term in Erlang syntax, for the compiler's messages. */
function erlangTerm(t: Term): string {
  if (t instanceof Atom) return erlangAtom(t.name);
  if (typeof t === 'number' || typeof t === 'bigint') return String(t);
  if (Array.isArray(t)) return `{${t.map(erlangTerm).join(',')}}`;
  if (t === EMPTY_LIST) return '[]';
  if (t instanceof Cons) {
    const out: string[] = [];
    let l: Term = t;
    for (; l instanceof Cons; l = l.tail) out.push(erlangTerm(l.head));
    return `[${out.join(',')}${l === EMPTY_LIST ? '' : '|' + erlangTerm(l)}]`;
  }
  if (t instanceof Bin) {
    const text = new TextDecoder('latin1').decode(t.bytes);
    return /^[\x20-\x7e]*$/.test(text) ? `<<"${text.replace(/["\\]/g, '\\$&')}">>` : `<<${[...t.bytes].join(',')}>>`;
  }
  return inspect(t);
}

/** Compiles one expression, noting what is wrong with it in errors as db_match_compile does. */
function compileExpr(t: Term, bound: Set<number>, errors: string[]): Expr {
  if (t instanceof Atom) {
    if (t.name === '$_') return { k: 'object' };
    if (t.name === '$$') return { k: 'all' };
    const n = varNumber(t);
    if (n >= 0) {
      if (!bound.has(n)) errors.push(`Variable $${n} is unbound.`);
      return { k: 'var', n };
    }
    return { k: 'const', v: t };
  }
  if (Array.isArray(t)) {
    if (t.length === 0) return { k: 'const', v: t };
    if (t.length === 1 && Array.isArray(t[0])) return { k: 'tuple', items: t[0].map((e) => compileExpr(e, bound, errors)) };
    const f = t[0];
    if (!(f instanceof Atom) || (t.length === 1 && varNumber(f) >= 0)) {
      errors.push(`${erlangTerm(t)} is neither a function call, nor a tuple (tuples are written {{ ... }}).`);
      return { k: 'const', v: t };
    }
    if (f.name === 'const' && t.length === 2) return { k: 'const', v: t[1] };
    const arity = t.length - 1;
    const form = TRACE_FORMS.get(f.name);
    if (form !== undefined) {
      errors.push(`Special form '${form}' used in wrong dialect.`);
      return { k: 'const', v: t };
    }
    if (TRACE_FUNCTIONS.has(f.name)) {
      errors.push(`Function ${f.name}/${arity} cannot be called in this context.`);
      return { k: 'const', v: t };
    }
    if (!(VARIADIC.has(f.name) && arity >= 1) && !(MATCH_SPEC_FUNCTIONS.get(f.name)?.includes(arity) ?? false)) {
      errors.push(`Function ${erlangAtom(f.name)}/${arity} does_not_exist.`);
      return { k: 'const', v: t };
    }
    return { k: 'call', name: f.name, args: t.slice(1).map((e) => compileExpr(e, bound, errors)) };
  }
  if (t instanceof Cons) {
    const out: Expr[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      out.push(compileExpr(l.head, bound, errors));
      l = l.tail;
    }
    return { k: 'list', items: out, tail: compileExpr(l, bound, errors) };
  }
  if (t instanceof MapTerm) return { k: 'map', entries: [...t.entries()].map(([k, v]) => [k, compileExpr(v, bound, errors)]) };
  return { k: 'const', v: t };
}

/** Compiles a match specification, or throws BadMatchSpec with what ets:test_ms/2 reports. */
export function compile(spec: Term): MatchSpec {
  const clauses = properList(spec);
  if (clauses === null || clauses.length === 0) throw new BadMatchSpec(['Match programs are not in a list.']);
  const errors: string[] = [];
  const compiled = clauses.map((c): Clause => {
    if (!Array.isArray(c) || c.length !== 3) {
      errors.push('Match program part is not a tuple of arity 3.');
      return { head: c, vars: [], guards: [], body: [] };
    }
    const [head, guardList, bodyList] = c;
    const guards = properList(guardList);
    const body = properList(bodyList);
    const vars = new Set<number>();
    headVars(head, vars);
    if (guards === null) errors.push('Match expression is not a list.');
    if (body === null || body.length === 0) errors.push('Body clause does not return anything.');
    return {
      head,
      vars: [...vars].sort((a, b) => a - b),
      guards: (guards ?? []).map((g) => compileExpr(g, vars, errors)),
      body: (body ?? []).map((b) => compileExpr(b, vars, errors)),
    };
  });
  if (errors.length > 0) throw new BadMatchSpec(errors);
  return { clauses: compiled };
}

/** Whether a head term binds nothing: no variable and no :_ anywhere in it. */
function isGround(t: Term): boolean {
  if (t instanceof Atom) return t !== UNDERSCORE && varNumber(t) < 0;
  if (Array.isArray(t)) return t.every(isGround);
  if (t instanceof Cons) return isGround(t.head) && isGround(t.tail);
  if (t instanceof MapTerm) return t.entries().every(([, v]) => isGround(v));
  return true;
}

/**
 * The key every clause's head names outright, if they all name the same one: then only that
 * key's objects can match, and ERTS looks them up instead of walking the table.
 */
export function boundKey(ms: MatchSpec, keypos: number): Term | undefined {
  let key: Term | undefined;
  for (const c of ms.clauses) {
    if (!Array.isArray(c.head) || c.head.length < keypos) return undefined;
    const k = c.head[keypos - 1];
    if (!isGround(k) || (key !== undefined && !exactEquals(key, k))) return undefined;
    key = k;
  }
  return key;
}

/** The specification of match/2 (:"$$") or match_object/2 (:"$_") for a pattern. */
export function patternSpec(pattern: Term, whole: boolean): MatchSpec {
  const vars = new Set<number>();
  headVars(pattern, vars);
  return { clauses: [{ head: pattern, vars: [...vars].sort((a, b) => a - b), guards: [], body: [whole ? { k: 'object' } : { k: 'all' }] }] };
}

function bind(pattern: Term, t: Term, env: Map<number, Term>): boolean {
  if (pattern instanceof Atom) {
    if (pattern === UNDERSCORE) return true;
    const n = varNumber(pattern);
    if (n < 0) return pattern === t;
    const had = env.get(n);
    if (had === undefined) {
      env.set(n, t);
      return true;
    }
    return exactEquals(had, t);
  }
  if (Array.isArray(pattern)) {
    if (!Array.isArray(t) || t.length !== pattern.length) return false;
    for (let i = 0; i < pattern.length; i++) if (!bind(pattern[i], t[i], env)) return false;
    return true;
  }
  if (pattern instanceof Cons) {
    if (!(t instanceof Cons)) return false;
    return bind(pattern.head, t.head, env) && bind(pattern.tail, t.tail, env);
  }
  if (pattern instanceof MapTerm) {
    if (!(t instanceof MapTerm)) return false;
    for (const [k, v] of pattern.entries()) {
      const got = t.get(k);
      if (got === undefined || !bind(v, got, env)) return false;
    }
    return true;
  }
  return exactEquals(pattern, t);
}

/** Raised inside evaluation: the guard is false, or the body gives :EXIT. */
class Fail extends Error {}

function bif(name: string, arity: number): Bif {
  const f = lookupBif('erlang', name, arity);
  if (f === undefined) throw new Fail();
  return f;
}

function isRecord(t: Term, tag: Term, size: Term): Term {
  return Array.isArray(t) && t.length === size && t[0] === tag && tag instanceof Atom ? TRUE : FALSE;
}

function boolOf(v: Term): boolean {
  if (v === TRUE) return true;
  if (v === FALSE) return false;
  throw new Fail();
}

function evaluate(e: Expr, obj: Term, env: Map<number, Term>, vars: number[], ctx: BifContext): Term {
  switch (e.k) {
    case 'const':
      return e.v;
    case 'var':
      return env.get(e.n)!;
    case 'object':
      return obj;
    case 'all':
      return list(vars.map((n) => env.get(n)!));
    case 'tuple':
      return e.items.map((x) => evaluate(x, obj, env, vars, ctx));
    case 'list': {
      let out = evaluate(e.tail, obj, env, vars, ctx);
      for (let i = e.items.length - 1; i >= 0; i--) out = new Cons(evaluate(e.items[i], obj, env, vars, ctx), out);
      return out;
    }
    case 'map':
      return MapTerm.fromEntries(e.entries.map(([k, v]) => [k, evaluate(v, obj, env, vars, ctx)]));
    case 'call': {
      const arg = (i: number): Term => evaluate(e.args[i], obj, env, vars, ctx);
      switch (e.name) {
        case 'andalso':
        case 'orelse': {
          // Each operand but the last must be a boolean; the last one's value is the result.
          const stop = e.name === 'orelse';
          for (let i = 0; i < e.args.length - 1; i++) if (boolOf(arg(i)) === stop) return stop ? TRUE : FALSE;
          return arg(e.args.length - 1);
        }
        case 'and':
        case 'or': {
          const vals = e.args.map((_, i) => boolOf(arg(i)));
          return (e.name === 'and' ? vals.every(Boolean) : vals.some(Boolean)) ? TRUE : FALSE;
        }
        case 'self':
          return ctx.self;
        case 'is_record':
          return isRecord(arg(0), arg(1), arg(2));
        case 'node':
          // node/1 knows pids, ports and references only.
          if (e.args.length === 1 && !(arg(0) instanceof Pid || arg(0) instanceof Ref)) throw new Fail();
          return bif('node', e.args.length)(e.args.map((_, i) => arg(i)), ctx);
        case 'size': {
          const t = arg(0);
          return Array.isArray(t) ? t.length : bif('byte_size', 1)([t], ctx);
        }
        default: {
          const args = e.args.map((_, i) => arg(i));
          try {
            return bif(e.name, args.length)(args, ctx);
          } catch (err) {
            if (err instanceof ErlangError) throw new Fail();
            throw err;
          }
        }
      }
    }
  }
}

/**
 * Runs a specification on one object: undefined when no clause matches, else the body's value
 * (:EXIT when the body raised).
 */
export function run(ms: MatchSpec, obj: Term, ctx: BifContext): Term | undefined {
  for (const c of ms.clauses) {
    const env = new Map<number, Term>();
    if (!bind(c.head, obj, env)) continue;
    let ok = true;
    for (const g of c.guards) {
      try {
        if (evaluate(g, obj, env, c.vars, ctx) !== TRUE) ok = false;
      } catch (err) {
        if (!(err instanceof Fail)) throw err;
        ok = false;
      }
      if (!ok) break;
    }
    if (!ok) continue;
    try {
      let out: Term = EMPTY_LIST;
      for (const b of c.body) out = evaluate(b, obj, env, c.vars, ctx);
      return out;
    } catch (err) {
      if (err instanceof Fail) return EXIT;
      throw err;
    }
  }
  return undefined;
}

/**
 * Whether every clause's body keeps the object's key where select_replace/2 needs it: the
 * whole object, or a built tuple whose key element is the head's key variable or constant.
 */
export function keepsKey(ms: MatchSpec, keypos: number): boolean {
  return ms.clauses.every((c) => {
    const body = c.body[c.body.length - 1];
    if (body.k === 'object') return true;
    if (!Array.isArray(c.head) || c.head.length < keypos || body.k !== 'tuple' || body.items.length < keypos) return false;
    const headKey = c.head[keypos - 1];
    const bodyKey = body.items[keypos - 1];
    if (headKey instanceof Atom && varNumber(headKey) >= 0) return bodyKey.k === 'var' && bodyKey.n === varNumber(headKey);
    if (headKey === UNDERSCORE) return false;
    return bodyKey.k === 'const' && exactEquals(bodyKey.v, headKey);
  });
}
