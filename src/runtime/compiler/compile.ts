// The compiler: Elixir quoted AST (as terms) -> bytecode for the register VM.
//
// Every function (all of its clauses) becomes one FunctionCode. Variables live in registers of
// the frame; a rebinding takes a fresh register, so a register named by a variable never
// changes and closures can copy it at MAKE_FUN time. Patterns compile to test-and-jump
// instructions; guards compile to ordinary expressions inside a GUARD_BEGIN/GUARD_END region
// (so a guard that raises is false). Calls in tail position become TAIL_* instructions that
// reuse the frame. Special forms and Kernel macros are expanded here, in `call()`: that is the
// one place to look for what `if`, `|>`, `for` or `raise` mean.
import {
  Atom,
  Bin,
  Cons,
  EMPTY_LIST,
  Float,
  FALSE,
  NIL,
  Pid,
  TRUE,
  atom,
  list,
  type FunLabel,
  type Term,
} from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { inspect } from '../terms/inspect.ts';
import { str as macroToString } from '../bifs/macro.ts';
import { ErlangError, lookupBif } from '../bifs/registry.ts';
import { Op } from './ops.ts';
import { FnBuilder, Label } from './builder.ts';
import type { CallSite, FunctionCode, GuardMacro, Lambda, LocalRef, ModuleCode, SegmentSpec } from './code.ts';
import { fnKey } from './code.ts';
import {
  type Ast,
  args,
  block,
  clauses,
  isListTerm,
  isLocalCall,
  isNode,
  isVar,
  keyword,
  kwGet,
  lineOf,
  metaGet,
  metaOf,
  node,
  remoteCall,
  toArray,
  varName,
} from './ast.ts';

export class CompileError extends Error {
  /** Warnings emitted before the error (Elixir prints them first). */
  warnings: string[] = [];
  /** Lines Elixir prints under the banner (what was being expanded), each ending in a newline. */
  trace = '';
  /**
   * The exception Elixir raises: CompileError, or another one raised while expanding (a struct
   * literal missing an @enforce_keys key raises ArgumentError), whose banner has no location.
   */
  exception = 'CompileError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly description: string,
  ) {
    super(`${file}:${line}: ${description}`);
  }

  /** The `** (CompileError) file:line: ...` line, `file` being the name the shell shows. */
  banner(file: string = this.file): string {
    if (this.exception !== 'CompileError') return `** (${this.exception}) ${this.description}`;
    return `** (CompileError) ${file}:${this.line}: ${this.description}`;
  }
}

/** What the compiler may ask about code already loaded (imports, structs, Kernel functions). */
export interface CompileHost {
  module(name: Atom): ModuleCode | undefined;
  exported(module: Atom, name: string, arity: number): boolean;
  /**
   * Run a macro (module.MACRO-name) on argument ASTs and return the AST it builds. `pending` are
   * the modules compiled earlier in the same file, which the macro may call.
   */
  expandMacro?(module: ModuleCode, name: string, args: Ast[], pending: ModuleCode[]): { ast: Ast } | { error: string };
}

export interface CompileResult {
  main: FunctionCode;
  modules: ModuleCode[];
  warnings: string[];
}

/** The module `defmodule` loads through; the VM registers it (see vm/natives.ts). */
export const VM_MODULE = 'elixir_vm';

const A = {
  error: atom('error'),
  throw: atom('throw'),
  exit: atom('exit'),
  badmatch: atom('badmatch'),
  case_clause: atom('case_clause'),
  cond_clause: atom('cond_clause'),
  with_clause: atom('with_clause'),
  try_clause: atom('try_clause'),
  badbool: atom('badbool'),
  struct: atom('__struct__'),
  exception: atom('__exception__'),
  message: atom('message'),
  kernel: atom('Elixir.Kernel'),
  vm: atom(VM_MODULE),
  erlang: atom('erlang'),
  process: atom('Elixir.Process'),
  lists: atom('lists'),
  maps: atom('maps'),
};

// Process functions that are `defdelegate ..., to: :erlang` under the same name in Elixir 1.14.
const PROCESS_DELEGATES = new Set(['link/1', 'unlink/1', 'exit/2', 'unregister/1']);

// Kernel functions that Elixir inlines to :erlang, by "name/arity".
const INLINE: Record<string, string> = {
  'is_atom/1': 'is_atom', 'is_binary/1': 'is_binary', 'is_bitstring/1': 'is_bitstring',
  'is_boolean/1': 'is_boolean', 'is_float/1': 'is_float', 'is_function/1': 'is_function',
  'is_function/2': 'is_function', 'is_integer/1': 'is_integer', 'is_list/1': 'is_list',
  'is_map/1': 'is_map', 'is_number/1': 'is_number', 'is_pid/1': 'is_pid', 'is_port/1': 'is_port',
  'is_reference/1': 'is_reference', 'is_tuple/1': 'is_tuple', 'length/1': 'length', 'hd/1': 'hd',
  'tl/1': 'tl', 'tuple_size/1': 'tuple_size', 'map_size/1': 'map_size', 'byte_size/1': 'byte_size',
  'bit_size/1': 'bit_size', 'abs/1': 'abs', 'trunc/1': 'trunc', 'round/1': 'round', 'div/2': 'div',
  'rem/2': 'rem', 'max/2': 'max', 'min/2': 'min', 'self/0': 'self', 'node/0': 'node',
  'make_ref/0': 'make_ref', 'send/2': 'send', 'spawn/1': 'spawn', 'spawn/3': 'spawn',
  'spawn_link/1': 'spawn_link', 'spawn_link/3': 'spawn_link', 'spawn_monitor/1': 'spawn_monitor',
  'spawn_monitor/3': 'spawn_monitor', 'throw/1': 'throw', 'exit/1': 'exit', 'floor/1': 'floor',
  'ceil/1': 'ceil', 'binary_part/3': 'binary_part', 'is_map_key/2': 'is_map_key',
  'map_size/0': 'map_size', 'not/1': 'not', '-/1': '-', '+/1': '+', '//2': '/', 'band/2': 'band',
  'tuple_to_list/1': 'tuple_to_list', 'node/1': 'node', 'bnot/1': 'bnot',
  'function_exported?/3': 'function_exported',
  // Bitwise (imported) and its operators
  'bor/2': 'bor', 'bxor/2': 'bxor', 'bsl/2': 'bsl', 'bsr/2': 'bsr',
  '&&&/2': 'band', '|||/2': 'bor', '^^^/2': 'bxor', '<<</2': 'bsl', '>>>/2': 'bsr', '~~~/1': 'bnot',
};

// Kernel macros that Kernel.name(...) reaches as they are written unqualified (Kernel.<>(a, b)).
const KERNEL_QUALIFIED_AS_LOCAL = new Set(['<>/2', 'and/2', 'or/2', '&&/2', '||/2', '!/1', 'in/2']);

// Kernel's operators and apply, captured remotely (&Kernel.+/2), are :erlang's as Elixir inlines them.
const KERNEL_CAPTURED_AS_ERLANG: Record<string, string> = {
  '+/2': '+', '-/2': '-', '*/2': '*', '==/2': '==', '!=/2': '/=', '===/2': '=:=', '!==/2': '=/=',
  '</2': '<', '>/2': '>', '<=/2': '=<', '>=/2': '>=', '++/2': '++', '--/2': '--',
  'apply/2': 'apply', 'apply/3': 'apply',
};

// Guard-safe calls that can never raise: a guard made only of these needs no GUARD_BEGIN.
const NEVER_RAISE = new Set([
  'is_atom', 'is_binary', 'is_bitstring', 'is_boolean', 'is_float', 'is_function', 'is_integer',
  'is_list', 'is_map', 'is_number', 'is_pid', 'is_port', 'is_reference', 'is_tuple', 'is_nil',
  '==', '!=', '===', '!==', '<', '>', '<=', '>=', 'is_struct', 'is_exception',
]);

const IGNORED_ATTRS = new Set(['doc', 'moduledoc', 'impl', 'spec', 'type', 'typep', 'opaque', 'typedoc', 'behaviour', 'callback', 'derive', 'compile', 'dialyzer', 'deprecated', 'since', 'enforce_keys']);

interface Binding {
  reg: number;
  /** The literal it was bound to, when known at compile time (for compile-time warnings). */
  value?: Term;
  name: string;
  line: number;
  used: boolean;
  /** The function it is in, as warnings name it ("W.f/2"), or null at the top level. */
  where: string | null;
  /** The scope it was bound in (unused variables are reported as each scope ends). */
  scope?: Scope;
}

interface Import {
  module: Atom;
  only: Set<string> | null;
  except: Set<string> | null;
}

interface DefClause {
  head: Ast[];
  guard: Ast | null;
  body: Ast;
  line: number;
  attrs: Map<string, Ast>;
  scope: Scope;
  /** The guards defined (defguard) before this clause: only those can be called in it. */
  guards?: Map<string, GuardMacro>;
}

interface DefInfo {
  name: string;
  arity: number;
  kind: 'def' | 'defp';
  clauses: DefClause[];
  line: number;
  /** Generated for a default argument: calls the full arity with the default filled in. */
  wrapper?: boolean;
}

class ModuleCtx {
  readonly defs = new Map<string, DefInfo>();
  readonly localRefs = new Map<string, LocalRef>();
  attrs = new Map<string, Ast>();
  /** defguard/defguardp so far, by name/arity; replaced (not mutated) by each new one. */
  guards = new Map<string, GuardMacro>();
  /** defguardp name/arity -> line, and the guards called: an unused private guard is warned about. */
  readonly privateGuards = new Map<string, number>();
  readonly usedGuards = new Set<string>();
  /** Attributes set in the body (name -> line) and those read: one never read is warned about. */
  readonly attrLines = new Map<string, number>();
  readonly attrsRead = new Set<string>();
  /** Aliases made by `alias` (in the body or a def: `short@line` -> [short, line]) and the names used. */
  readonly aliasLines = new Map<string, [string, number]>();
  readonly aliasesUsed = new Set<string>();
  /** Module-level imports (module -> line) and those a call went through. */
  readonly importLines = new Map<string, number>();
  readonly importsUsed = new Set<string>();
  /** Local call sites per name/arity (a default-argument wrapper's call to its function included). */
  readonly callCounts = new Map<string, number>();
  /** `case` clauses after one that always matches, by the def they are in ("name/arity"). */
  readonly unreachableCases: { def: string; text: string }[] = [];
  lambdaCount = 0;
  struct: [Atom, Term][] | null = null;
  isException = false;
  /** @derive {Inspect, only: [...]} or except: the fields an Inspect shows as #Mod<...>. */
  deriveInspect: { only?: Ast; except?: Ast } | null = null;
  /** `use` defaults, added once the body is collected so that the module's own defs win. */
  readonly pendingUses: (() => void)[] = [];
  /** Calls to deprecated functions, reported when the module is done (as Elixir's checker does). */
  readonly deprecatedCalls: { callee: string; message: string; where: string }[] = [];
  readonly code: ModuleCode;
  constructor(
    readonly name: Atom,
    readonly file: string,
  ) {
    this.code = {
      name,
      file,
      line: 0,
      functions: new Map(),
      exports: new Set(),
      struct: null,
      enforceKeys: [],
      isException: false,
      attributes: new Map(),
      last: NIL,
    };
  }
}

let scopesCreated = 0;

class Scope {
  readonly vars = new Map<string, Binding>();
  aliases: Map<string, Atom> | null = null;
  imports: Import[] | null = null;
  /** Modules named by require or import here: their guards may be called remotely. */
  requires: Set<Atom> | null = null;
  /** Creation order: scopes that do not nest end in this order (see unusedWarnings). */
  readonly seq = scopesCreated++;
  constructor(
    readonly parent: Scope | null,
    readonly fc: FnCompiler | null,
    readonly mod: ModuleCtx | null,
  ) {}

  child(): Scope {
    return new Scope(this, this.fc, this.mod);
  }

  withModule(mod: ModuleCtx): Scope {
    return new Scope(this, this.fc, mod);
  }
}

/** Per-function compilation state: the builder and, for anonymous functions, the captures. */
class FnCompiler {
  readonly b: FnBuilder;
  readonly captures: { name: string; outer: number; inner: number }[] = [];
  constructor(firstFree: number) {
    this.b = new FnBuilder(firstFree);
  }
}

class Unit {
  readonly warnings: string[] = [];
  /**
   * Warnings from compiling modules, which Elixir prints after those of expanding the file (its
   * top level's unused variables included): each module's as its defs are expanded, in order.
   */
  readonly moduleWarnings: string[] = [];
  /** Warnings of Elixir's module checker, which runs after the whole file is expanded. */
  readonly checkerWarnings: string[] = [];
  readonly modules: ModuleCode[] = [];
  readonly bindings: Binding[] = [];
  constructor(
    readonly file: string,
    readonly host: CompileHost,
  ) {}
}

const TOP_MODULE = atom('elixir_compiler_0');

/** Whether scope a is b or encloses it. */
function encloses(a: Scope, b: Scope): boolean {
  for (let sc: Scope | null = b; sc !== null; sc = sc.parent) if (sc === a) return true;
  return false;
}

/**
 * Elixir reports unused variables as each scope ends (a case or fn clause before the def clause
 * around it, sibling clauses in order) and keeps a scope's variables in a map keyed by name, so
 * within a scope they come sorted.
 */
function unusedWarnings(bindings: Binding[], file: string): string[] {
  const byScopeEnd = (x: Scope | undefined, y: Scope | undefined): number => {
    if (x === y || x === undefined || y === undefined) return 0;
    if (encloses(x, y)) return 1;
    if (encloses(y, x)) return -1;
    return x.seq - y.seq;
  };
  return bindings
    .filter((b) => !b.used && !b.name.startsWith('_'))
    .sort((x, y) => byScopeEnd(x.scope, y.scope) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    .map((b) => `warning: variable "${b.name}" is unused (if the variable is not meant to be used, prefix it with an underscore)\n  ${file}:${b.line}${b.where ? ': ' + b.where : ''}\n\n`);
}

export function compileFile(ast: Ast, file: string, host: CompileHost): CompileResult {
  const unit = new Unit(file, host);
  const c = new Compiler(unit);
  let main: FunctionCode;
  try {
    main = c.compileTop(ast);
  } catch (e) {
    if (e instanceof CompileError) e.warnings = [...unit.warnings, ...unit.moduleWarnings];
    throw e;
  }
  // Elixir reports the top level's unused variables first (while expanding the file), then each
  // module's as it is compiled.
  unit.warnings.push(...unusedWarnings(unit.bindings.filter((b) => b.where === null), file), ...unusedWarnings(unit.bindings.filter((b) => b.where !== null), file));
  return { main, modules: unit.modules, warnings: [...unit.warnings, ...unit.moduleWarnings, ...unit.checkerWarnings] };
}

class Compiler {
  private fc!: FnCompiler;
  private fnName: Atom = atom('__FILE__');
  private fnArity = 0;
  private inGuard = false;
  /** Compiling a def's body (not a module body or the top level). */
  private inDef = false;

  constructor(private readonly u: Unit) {}

  private get b(): FnBuilder {
    return this.fc.b;
  }

  private err(line: number, msg: string): never {
    throw new CompileError(this.u.file, line, msg);
  }

  compileTop(ast: Ast): FunctionCode {
    this.fc = new FnCompiler(0);
    // The top level runs as :elixir_compiler_0.__FILE__/1, as Elixir names it in stacktraces.
    this.fnArity = 1;
    const s = new Scope(null, this.fc, null);
    this.body(ast, s, true);
    return this.b.finish(TOP_MODULE, atom('__FILE__'), 0, this.u.file, 'file');
  }

  // ---------------------------------------------------------------- expressions

  /** Compile `a`; in tail position emit the return (or tail call) and return -1. */
  private expr(a: Ast, s: Scope, tail: boolean): number {
    if (isNode(a)) {
      const line = lineOf(a);
      if (line) this.b.line = line;
      if (isVar(a) && !PSEUDO_VARS.has((a[0] as Atom).name)) return this.done(this.useVar(a, s), tail);
      return this.call(a, s, tail);
    }
    const lit = this.literal(a);
    if (lit !== undefined) return this.done(this.constReg(lit), tail);
    if (Array.isArray(a)) return this.done(this.tuple(a as Ast[], s), tail);
    if (a instanceof Cons) return this.done(this.listExpr(a, s), tail);
    this.err(this.b.line, 'invalid quoted expression');
  }

  private done(r: number, tail: boolean): number {
    if (tail) {
      this.b.emit(Op.RETURN, r);
      return -1;
    }
    return r;
  }

  private constReg(t: Term): number {
    const r = this.b.reg();
    this.b.emit(Op.CONST, r, this.b.k(t));
    return r;
  }

  /** The term an AST denotes if it is a compile-time literal. */
  private literal(a: Ast): Term | undefined {
    if (typeof a === 'number' || typeof a === 'bigint' || a instanceof Atom || a instanceof Bin || a instanceof Float)
      return a;
    if (a === EMPTY_LIST) return a;
    if (a instanceof Cons) {
      const items: Term[] = [];
      let l: Term = a;
      while (l instanceof Cons) {
        const h = l.head;
        if (isLocalCall(h, '|') && l.tail === EMPTY_LIST) {
          const [hd, tl] = args(h);
          const hv = this.literal(hd);
          const tv = this.literal(tl);
          if (hv === undefined || tv === undefined) return undefined;
          items.push(hv);
          return list(items, tv);
        }
        const v = this.literal(h);
        if (v === undefined) return undefined;
        items.push(v);
        l = l.tail;
      }
      return list(items);
    }
    if (Array.isArray(a) && a.length === 2) {
      const x = this.literal(a[0]);
      const y = this.literal(a[1]);
      return x !== undefined && y !== undefined ? [x, y] : undefined;
    }
    if (isLocalCall(a, '{}')) {
      const items = args(a).map((e) => this.literal(e));
      return items.every((e) => e !== undefined) ? (items as Term[]) : undefined;
    }
    if (isLocalCall(a, '%{}')) return this.literalMap(args(a));
    if (isLocalCall(a, '-') && args(a).length === 1) {
      const v = args(a)[0];
      if (typeof v === 'number') return v === 0 ? 0 : -v;
      if (typeof v === 'bigint') return -v;
      if (v instanceof Float) return new Float(-v.value);
    }
    return undefined;
  }

  private tuple(items: Ast[], s: Scope): number {
    const regs = items.map((e) => this.expr(e, s, false));
    const r = this.b.reg();
    this.b.emitN(Op.TUPLE, [r], regs);
    return r;
  }

  private listExpr(a: Ast, s: Scope): number {
    const items = toArray(a);
    let tailAst: Ast = EMPTY_LIST;
    const last = items[items.length - 1];
    if (isLocalCall(last, '|')) {
      const [h, t] = args(last);
      items[items.length - 1] = h;
      tailAst = t;
    }
    const regs = items.map((e) => this.expr(e, s, false));
    let acc = this.expr(tailAst, s, false);
    for (let i = regs.length - 1; i >= 0; i--) {
      const r = this.b.reg();
      this.b.emit(Op.CONS, r, regs[i], acc);
      acc = r;
    }
    return acc;
  }

  private body(a: Ast, s: Scope, tail: boolean): number {
    const exprs = block(a);
    if (exprs.length === 0) return this.done(this.constReg(NIL), tail);
    let r = -1;
    for (let i = 0; i < exprs.length; i++) r = this.expr(exprs[i], s, tail && i === exprs.length - 1);
    return r;
  }

  // ---------------------------------------------------------------- variables

  private useVar(a: Ast, s: Scope): number {
    const name = varName(a);
    if (name === '__STACKTRACE__' || name === '__CALLER__' || name === '__ENV__') {
      const r = this.lookup(name, s);
      if (r !== undefined) return r;
    }
    const r = this.lookup(name, s);
    if (r === undefined) {
      if (name === '_') this.err(lineOf(a), 'invalid use of _. "_" represents a value to be ignored in a pattern and cannot be used in expressions');
      const where = s.mod !== null && this.inDef ? `: ${inspectModule(s.mod.name)}.${this.fnName.name}/${this.fnArity}` : '';
      this.u.warnings.push(
        `warning: variable "${name}" does not exist and is being expanded to "${name}()", please use parentheses to remove the ambiguity or change the variable name\n  ${this.u.file}:${lineOf(a)}${where}\n\n`,
      );
      return this.call(node(name, metaOf(a), []) as [Ast, Ast, Ast], s, false);
    }
    return r;
  }

  private lookup(name: string, s: Scope): number | undefined {
    return this.resolve(this.fc, s, name);
  }

  private resolve(fc: FnCompiler, s: Scope | null, name: string): number | undefined {
    let sc = s;
    while (sc !== null && sc.fc === fc) {
      const b = sc.vars.get(name);
      if (b !== undefined) {
        b.used = true;
        return b.reg;
      }
      sc = sc.parent;
    }
    if (sc === null || sc.fc === null) return undefined;
    const cap = fc.captures.find((c) => c.name === name);
    if (cap) return cap.inner;
    const outer = this.resolve(sc.fc, sc, name);
    if (outer === undefined) return undefined;
    const inner = fc.b.reg();
    fc.captures.push({ name, outer, inner });
    return inner;
  }

  private bindVar(name: string, reg: number, s: Scope, line: number): void {
    const where = s.mod !== null && this.inDef ? `${inspectModule(s.mod.name)}.${this.fnName.name}/${this.fnArity}` : null;
    const b: Binding = { reg, name, line, used: false, where, scope: s };
    s.vars.set(name, b);
    this.u.bindings.push(b);
  }

  // ---------------------------------------------------------------- calls

  private call(a: [Ast, Ast, Ast], s: Scope, tail: boolean): number {
    const head = a[0];
    if (head instanceof Atom) {
      if (!isListTerm(a[2]) && PSEUDO_VARS.has(head.name)) return this.special(head.name, a, [], s, tail);
      if (!isListTerm(a[2])) {
        // {name, meta, context} with a non-atom context: treat as a variable.
        return this.done(this.useVar(a as Ast, s), tail);
      }
      return this.special(head.name, a, args(a), s, tail);
    }
    const rc = remoteCall(a);
    if (rc !== null) return this.remote(a, rc, s, tail);
    if (isLocalCall(head, '.')) {
      // f.(args): an anonymous function call.
      const [fnAst] = args(head);
      const f = this.expr(fnAst, s, false);
      const argRegs = toArray(a[2]).map((e) => this.expr(e, s, false));
      return this.emitCall(tail, Op.CALL_FUN, Op.TAIL_FUN, [f], argRegs);
    }
    this.err(lineOf(a), 'invalid call');
  }

  private emitCall(tail: boolean, op: Op, tailOp: Op, fixed: number[], argRegs: number[]): number {
    if (tail) {
      this.b.emitN(tailOp, fixed, argRegs);
      return -1;
    }
    const r = this.b.reg();
    this.b.emitN(op, [r, ...fixed], argRegs);
    return r;
  }

  private remoteSite(module: Atom, name: string, arity: number): number {
    const site: CallSite = { module, name: atom(name), arity, version: -1, fn: null, bif: null, folded: false, protocol: undefined };
    return this.b.k(site);
  }

  /** A call to Module.name(args...) with argument registers already computed. */
  private callRemote(module: Atom, name: string, argRegs: number[], tail: boolean): number {
    if (!tail && (module === A.erlang || module.name === VM_MODULE)) {
      const bif = lookupBif(module.name, name, argRegs.length);
      if (bif !== undefined && !PROCESS_BIFS.has(module.name + ':' + name)) {
        const site: CallSite = { module, name: atom(name), arity: argRegs.length, version: -1, fn: null, bif, folded: false, protocol: undefined };
        const r = this.b.reg();
        this.b.emitN(Op.CALL_BIF, [r, this.b.k(site)], argRegs);
        return r;
      }
    }
    return this.emitCall(tail, Op.CALL_REMOTE, Op.TAIL_REMOTE, [this.remoteSite(module, name, argRegs.length)], argRegs);
  }

  private remote(a: Ast, rc: { module: Ast; name: Atom; args: Ast[] }, s: Scope, tail: boolean): number {
    const modAst = this.expandAlias(rc.module, s);
    const name = rc.name.name;
    if (modAst instanceof Atom) {
      const guard = this.remoteGuard(modAst, name, rc.args.length);
      if (guard !== null && this.required(modAst, s)) return this.expandGuard(guard, rc.args, s, tail);
      if (this.inGuard && !GUARD_MODULES.has(modAst.name) && (guard !== null || this.macroModule(modAst, name, rc.args.length) === null))
        this.err(lineOf(a), `cannot invoke remote function ${inspectModule(modAst)}.${name}/${rc.args.length} inside guards`);
      if (guard !== null) {
        const where = s.mod !== null && this.inDef ? `: ${inspectModule(s.mod.name)}.${this.fnName.name}/${this.fnArity}` : '';
        this.u.warnings.push(`warning: you must require ${inspectModule(modAst)} before invoking the macro ${inspectModule(modAst)}.${name}/${rc.args.length}\n  ${this.u.file}:${lineOf(a)}${where}\n\n`);
        return this.callRemote(modAst, name, rc.args.map((e) => this.expr(e, s, false)), tail);
      }
      const macroMod = this.macroModule(modAst, name, rc.args.length);
      if (macroMod !== null) return this.expr(this.expandMacro(macroMod, name, rc.args, a), s, tail);
      if (modAst === A.kernel || modAst.name === 'Elixir.Bitwise') {
        const k = this.kernelInline(name, rc.args, a, s, tail);
        if (k !== null) return k;
      }
      // Elixir inlines these into :erlang natives, so a call on known values that fails is warned about.
      if (modAst.name === 'timer' && name === 'tc' && rc.args.length >= 1 && rc.args.length <= 3) {
        // :timer.tc/1,2,3 calls a function, which a native cannot: it is timed here, in microseconds.
        const id = this.dbgExpansions++;
        const t0: Ast = [atom(`tc0@${id}`), EMPTY_LIST, NIL];
        const res: Ast = [atom(`tc1@${id}`), EMPTY_LIST, NIL];
        const now: Ast = [[atom('.'), EMPTY_LIST, list([A.erlang, atom('monotonic_time')])], EMPTY_LIST, list([atom('microsecond')])];
        const apply: Ast = node('apply', metaOf(a), rc.args.length === 1 ? [rc.args[0], EMPTY_LIST] : rc.args);
        const block = node('__block__', EMPTY_LIST, [
          node('=', EMPTY_LIST, [t0, now]),
          node('=', EMPTY_LIST, [res, apply]),
          [node('-', EMPTY_LIST, [now, t0]), res],
        ]);
        return this.body(block, s, tail);
      }
      if (modAst.name === 'Elixir.Map' && name === 'fetch!' && rc.args.length === 2 && !this.inGuard && this.inMatchRhs === 0) {
        // Map.fetch!(map, key) is :erlang.map_get(key, map) to Elixir's compiler, which warns when
        // it sees it fail; the call itself stays Map.fetch!'s (its KeyError names the map).
        const [m, k] = rc.args.map((x) => this.known(x, s));
        if (m instanceof MapTerm && k !== undefined && m.get(k) === undefined)
          this.u.warnings.push(`warning: the call to :erlang.map_get/2 will fail with KeyError\n  ${this.u.file}:${lineOf(a)}\n\n`);
      }
      const inlined = ELIXIR_INLINED[`${modAst.name}.${name}/${rc.args.length}`];
      if (inlined !== undefined) {
        const folded = this.foldFailure(inlined, `${inspectModule(modAst)}.${name}/${rc.args.length}`, rc.args, s);
        if (folded !== null) return this.done(folded, tail);
      }
      if (modAst === A.erlang && rc.args.length === 2) {
        const op = BINOP_ERLANG[name];
        if (op !== undefined) return this.done(this.binop(op, rc.args, s), tail);
      }
      this.noteDeprecated(modAst, name, rc.args.length, a, s);
      const argRegs = rc.args.map((e) => this.expr(e, s, false));
      // Process.link/1 and friends are defdelegates to :erlang: the tail call leaves the
      // :erlang frame on top, which is what error banners and stacktraces show.
      if (modAst === A.process && PROCESS_DELEGATES.has(fnKey(name, rc.args.length))) return this.callRemote(A.erlang, name, argRegs, tail);
      return this.callRemote(modAst, name, argRegs, tail);
    }
    // module (or map) in a register
    const m = this.expr(rc.module, s, false);
    const noParens = metaGet(metaOf(a), 'no_parens') === TRUE;
    if (noParens && rc.args.length === 0) {
      // map.field, or a zero-arity call on a module held in a variable
      const r = this.b.reg();
      const key = this.constReg(rc.name);
      const notMap = this.b.label();
      const missing = this.b.label();
      const end = this.b.label();
      this.b.emit(Op.TEST_MAP, notMap, m);
      this.b.emit(Op.MAP_GET, missing, r, m, key);
      this.b.emit(Op.JUMP, end);
      this.b.bind(missing);
      const t = this.b.reg();
      this.b.emitN(Op.TUPLE, [t], [key, m]);
      const kt = this.b.reg();
      this.b.emit(Op.CONST, kt, this.b.k(atom('badkey')));
      const reason = this.b.reg();
      this.b.emitN(Op.TUPLE, [reason], [kt, key, m]);
      this.b.emit(Op.FAIL, this.b.k(atom('__raw__')), reason);
      this.b.bind(notMap);
      const empty = this.constReg(EMPTY_LIST);
      this.b.emit(Op.APPLY, r, m, key, empty);
      this.b.bind(end);
      return this.done(r, tail);
    }
    const argRegs = rc.args.map((e) => this.expr(e, s, false));
    const nameReg = this.constReg(rc.name);
    const argList = this.buildList(argRegs);
    if (tail) {
      this.b.emit(Op.TAIL_APPLY, m, nameReg, argList);
      return -1;
    }
    const r = this.b.reg();
    this.b.emit(Op.APPLY, r, m, nameReg, argList);
    return r;
  }

  private buildList(regs: number[], tailReg?: number): number {
    let acc = tailReg ?? this.constReg(EMPTY_LIST);
    for (let i = regs.length - 1; i >= 0; i--) {
      const r = this.b.reg();
      this.b.emit(Op.CONS, r, regs[i], acc);
      acc = r;
    }
    return acc;
  }

  expandAlias(a: Ast, s: Scope): Ast {
    if (isLocalCall(a, '__aliases__')) {
      const parts = args(a);
      let base: string;
      let rest: Ast[];
      if (parts[0] instanceof Atom) {
        const first = parts[0].name;
        const aliased = this.findAlias(first, s);
        base = aliased ? aliased.name : 'Elixir.' + first;
        rest = parts.slice(1);
      } else {
        const head = this.expandAlias(parts[0], s);
        if (!(head instanceof Atom)) return a;
        base = head.name;
        rest = parts.slice(1);
      }
      for (const p of rest) base += '.' + (p as Atom).name;
      return atom(base);
    }
    // __MODULE__ is {:__MODULE__, meta, nil} as written in %__MODULE__{}, or a call with no arguments.
    if (Array.isArray(a) && a.length === 3 && a[0] === atom('__MODULE__')) return s.mod ? s.mod.name : NIL;
    return a;
  }

  private findAlias(name: string, s: Scope): Atom | undefined {
    for (let sc: Scope | null = s; sc !== null; sc = sc.parent) {
      const found = sc.aliases?.get(name);
      if (found !== undefined) {
        sc.mod?.aliasesUsed.add(name);
        return found;
      }
    }
    return undefined;
  }

  private moduleName(a: Ast, s: Scope): Atom {
    const m = this.expandAlias(a, s);
    if (m instanceof Atom) return m;
    this.err(lineOf(a), 'expected a module name');
  }

  /** Kernel.name(args) as Elixir expands it; null when it is an ordinary call. */
  private kernelInline(name: string, argv: Ast[], a: Ast, s: Scope, tail: boolean): number | null {
    const key = name + '/' + argv.length;
    // Kernel.<>(a, b) and the other special forms of Kernel expand as their unqualified use.
    if (KERNEL_QUALIFIED_AS_LOCAL.has(key)) return this.expr(node(name, metaOf(a), argv), s, tail);
    if (argv.length === 2 && BINOPS[name] !== undefined) return this.done(this.binop(BINOPS[name], argv, s), tail);
    if (key === 'is_map_key/2') {
      // Kernel.is_map_key(map, key) is :erlang.is_map_key(key, map).
      const m = this.expr(argv[0], s, false);
      const k = this.expr(argv[1], s, false);
      return this.done(this.callRemote(A.erlang, 'is_map_key', [k, m], false), tail);
    }
    if (key === 'elem/2') {
      const kt = this.known(argv[0], s);
      const ki = this.known(argv[1], s);
      if (kt !== undefined && typeof ki === 'number') {
        // elem({1}, 3) is :erlang.element(4, {1}), known to fail: warn as Elixir does.
        const r = this.foldFailure('element', ':erlang.element/2', [ki + 1, argv[0]], s);
        if (r !== null) return this.done(r, tail);
      }
      const t = this.expr(argv[0], s, false);
      const i = this.expr(argv[1], s, false);
      const ix = this.b.reg();
      this.b.emit(Op.ADDI, ix, i, 1);
      return this.done(this.callRemote(A.erlang, 'element', [ix, t], false), tail);
    }
    if (key === 'put_elem/3') {
      const ki = this.known(argv[1], s);
      if (typeof ki === 'number') {
        const r = this.foldFailure('setelement', ':erlang.setelement/3', [ki + 1, argv[0], argv[2]], s);
        if (r !== null) return this.done(r, tail);
      }
      const t = this.expr(argv[0], s, false);
      const i = this.expr(argv[1], s, false);
      const v = this.expr(argv[2], s, false);
      const one = this.constReg(1);
      const ix = this.b.reg();
      this.b.emit(Op.ADD, ix, i, one);
      return this.done(this.callRemote(A.erlang, 'setelement', [ix, t, v], false), tail);
    }
    if (key === 'apply/3' || key === 'apply/2') {
      const regs = argv.map((e) => this.expr(e, s, false));
      if (argv.length === 2) {
        const r = this.b.reg();
        if (tail) {
          this.b.emit(Op.TAIL_APPLY, regs[0], -1, regs[1]);
          return -1;
        }
        this.b.emit(Op.APPLY, r, regs[0], -1, regs[1]);
        return r;
      }
      if (tail) {
        this.b.emit(Op.TAIL_APPLY, regs[0], regs[1], regs[2]);
        return -1;
      }
      const r = this.b.reg();
      this.b.emit(Op.APPLY, r, regs[0], regs[1], regs[2]);
      return r;
    }
    if (key === 'is_struct/1' || key === 'is_struct/2' || key === 'is_exception/1' || key === 'is_exception/2') {
      const regs = argv.map((e) => this.expr(e, s, false));
      return this.done(this.callRemote(A.vm, key.startsWith('is_struct') ? 'is_struct' : 'is_exception', regs, false), tail);
    }
    if (key === 'then/2' || key === 'tap/2') {
      const v = this.expr(argv[0], s, false);
      const f = this.expr(argv[1], s, false);
      if (key === 'then/2') return this.emitCall(tail, Op.CALL_FUN, Op.TAIL_FUN, [f], [v]);
      const r = this.b.reg();
      this.b.emitN(Op.CALL_FUN, [r, f], [v]);
      return this.done(v, tail);
    }
    if (key === 'is_nil/1') {
      const v = this.expr(argv[0], s, false);
      const r = this.b.reg();
      this.b.emit(Op.EQX, r, v, this.constReg(NIL));
      return this.done(r, tail);
    }
    const erl = INLINE[key];
    if (erl !== undefined) {
      // Elixir names the Kernel function in the warning (hd/1, div/2, +/2), not the :erlang one.
      const folded = this.foldFailure(erl, key, argv, s);
      if (folded !== null) return this.done(folded, tail);
      const regs = argv.map((e) => this.expr(e, s, false));
      return this.callRemote(A.erlang, erl, regs, tail);
    }
    return null;
  }

  /** The value an argument has at compile time: a literal, or a variable bound to one. */
  private known(a: Ast, s: Scope): Term | undefined {
    if (isVar(a)) {
      // (a variable captured from an enclosing fn keeps its known value too)
      for (let sc: Scope | null = s; sc !== null; sc = sc.parent) {
        const b = sc.vars.get(varName(a));
        if (b !== undefined) return b.value;
      }
      return undefined;
    }
    // The Erlang compiler folds pure calls on known values: 1 + String.to_integer("1") is 2.
    const rc = remoteCall(a);
    const local = rc === null && isNode(a) && a[0] instanceof Atom && isListTerm(a[2]) ? a[0].name : null;
    let erl: string | undefined;
    let argv: Ast[] = [];
    if (rc !== null) {
      const mod = this.expandAlias(rc.module, s);
      if (mod instanceof Atom) erl = ELIXIR_INLINED[`${mod.name}.${rc.name.name}/${rc.args.length}`];
      argv = rc.args;
    } else if (local !== null && ['+', '-', '*'].includes(local) && args(a).length === 2) {
      erl = local;
      argv = args(a);
    }
    if (erl !== undefined) {
      const values = argv.map((x) => this.known(x, s));
      const bif = lookupBif('erlang', erl, argv.length);
      if (bif === undefined || values.some((v) => v === undefined)) return undefined;
      try {
        return bif(values as Term[], { self: new Pid(0, 0) });
      } catch {
        return undefined;
      }
    }
    return this.literal(a);
  }

  /**
   * A call whose arguments are all known and that fails: Elixir warns at compile time ("the call
   * to //2 will fail with ArithmeticError") and the compiled call keeps the native's frame in the
   * stacktrace. Returns the result register of that call, or null when nothing is known to fail.
   */
  private inMatchRhs = 0;

  private foldFailure(erl: string, shown: string, argv: Ast[], s: Scope): number | null {
    const values = argv.map((a) => this.known(a, s));
    if (values.some((v) => v === undefined) || this.inGuard) return null;
    const bif = lookupBif('erlang', erl, argv.length);
    if (bif === undefined) return null;
    let reason: Term;
    try {
      bif(values as Term[], { self: new Pid(0, 0) });
      return null;
    } catch (e) {
      if (!(e instanceof ErlangError)) return null;
      reason = e.reason;
    }
    const tag = Array.isArray(reason) ? reason[0] : reason;
    const exc = tag === atom('badarith') ? 'ArithmeticError' : tag === atom('badarg') ? 'ArgumentError' : tag === atom('badkey') ? 'KeyError' : tag === atom('badmap') ? 'BadMapError' : null;
    if (exc === null) return null;
    // Elixir 1.14 gives no warning for anything on the right of a match (`x = hd([])`,
    // `f = fn -> 1 + :a end`, `r = try do ... end`), and gives it everywhere else; the call is
    // made either way, so the failure has the native's frame.
    if (this.inMatchRhs === 0) this.u.warnings.push(`warning: the call to ${shown} will fail with ${exc}\n  ${this.u.file}:${this.b.line}\n\n`);
    const regs = argv.map((a) => this.expr(a, s, false));
    const site: CallSite = { module: A.erlang, name: atom(erl), arity: argv.length, version: -1, fn: null, bif, folded: true, protocol: undefined };
    const r = this.b.reg();
    this.b.emitN(Op.CALL_BIF, [r, this.b.k(site)], regs);
    return r;
  }

  // ---------------------------------------------------------------- quote

  /** The AST of `a` as a term, with unquote(x) replaced by x's value (and its fragments spliced). */
  private quote(a: Ast, s: Scope): number {
    const ctx: Term = s.mod !== null ? s.mod.name : atom('Elixir');
    const q = quoted(a, ctx);
    if (!hasUnquote(q)) return this.constReg(q);
    return this.buildQuoted(q, s);
  }

  private buildQuoted(q: Ast, s: Scope): number {
    if (isLocalCall(q, 'unquote') && args(q).length === 1) return this.expr(args(q)[0], s, false);
    if (!hasUnquote(q)) return this.constReg(q);
    if (Array.isArray(q)) {
      const regs = (q as Ast[]).map((x) => this.buildQuoted(x, s));
      const r = this.b.reg();
      this.b.emitN(Op.TUPLE, [r], regs);
      return r;
    }
    if (q instanceof Cons) {
      // Build from the end: unquote_splicing(list) is appended with ++.
      const items = toArray(q);
      let acc = this.constReg(EMPTY_LIST);
      for (let i = items.length - 1; i >= 0; i--) {
        const it = items[i];
        if (isLocalCall(it, 'unquote_splicing')) {
          const v = this.expr(args(it)[0], s, false);
          acc = this.callRemote(A.erlang, '++', [v, acc], false);
        } else {
          const r = this.b.reg();
          this.b.emit(Op.CONS, r, this.buildQuoted(it, s), acc);
          acc = r;
        }
      }
      return acc;
    }
    return this.constReg(q);
  }

  private binop(op: Op, argv: Ast[], s: Scope): number {
    const erlName = ARITH_OPS.get(op);
    if (erlName !== undefined) {
      const folded = this.foldFailure(erlName, `${erlName}/2`, argv, s);
      if (folded !== null) return folded;
    }
    // x + 1, x - 1: the literal rides in the instruction (one dispatch instead of two). Only on
    // the right: `1 + x` keeps its operand order for error reports ({:erlang, :+, [1, x]}).
    const imm = (a: Ast): boolean => typeof a === 'number' && Number.isInteger(a) && Math.abs(a) < 2 ** 30;
    if ((op === Op.ADD || op === Op.SUB) && imm(argv[1])) {
      const x = this.expr(argv[0], s, false);
      const r = this.b.reg();
      this.b.emit(op === Op.ADD ? Op.ADDI : Op.SUBI, r, x, argv[1] as number);
      return r;
    }
    const x = this.expr(argv[0], s, false);
    const y = this.expr(argv[1], s, false);
    const r = this.b.reg();
    this.b.emit(op, r, x, y);
    return r;
  }

  /** Local calls: special forms, Kernel macros, then functions of the module, imports, Kernel. */
  private special(name: string, a: [Ast, Ast, Ast], argv: Ast[], s: Scope, tail: boolean): number {
    const n = argv.length;
    switch (name) {
      case '__block__':
        return this.body(a, s, tail);
      case '=':
        if (n === 2) return this.done(this.matchExpr(argv[0], argv[1], s), tail);
        break;
      case 'case':
        return this.caseExpr(argv, s, tail);
      case 'cond':
        return this.condExpr(argv, s, tail);
      case 'if':
      case 'unless':
        return this.ifExpr(name === 'unless', argv, s, tail);
      case 'fn':
        return this.done(this.fnExpr(a, argv, s), tail);
      case 'receive':
        return this.receiveExpr(argv, s, tail);
      case 'try':
        return this.tryExpr(argv, s, tail);
      case 'with':
        return this.withExpr(argv, s, tail);
      case 'for':
        return this.done(this.forExpr(argv, s), tail);
      case '&':
        return this.done(this.capture(a, argv, s), tail);
      case '|>': {
        const [lhs, rhs] = argv;
        return this.expr(pipeInto(lhs, rhs, this), s, tail);
      }
      case '&&':
      case '||':
        return this.shortCircuit(name, argv, s, tail);
      case '!':
        if (n === 1) {
          const v = this.expr(argv[0], s, false);
          const r = this.b.reg();
          const falsy = this.b.label();
          const end = this.b.label();
          this.b.emit(Op.TEST_TRUTHY, falsy, v);
          this.b.emit(Op.CONST, r, this.b.k(FALSE));
          this.b.emit(Op.JUMP, end);
          this.b.bind(falsy);
          this.b.emit(Op.CONST, r, this.b.k(TRUE));
          this.b.bind(end);
          return this.done(r, tail);
        }
        break;
      case 'and':
      case 'or':
        if (n === 2) return this.done(this.boolOp(name, argv, s), tail);
        break;
      case 'not':
        if (n === 1) return this.done(this.callRemote(A.erlang, 'not', [this.expr(argv[0], s, false)], false), tail);
        break;
      case 'in':
        if (n === 2) return this.done(this.inExpr(argv, s), tail);
        break;
      case '..':
        if (n === 2) return this.done(this.range(argv[0], argv[1], null, s), tail);
        break;
      case '..//':
        if (n === 3) return this.done(this.range(argv[0], argv[1], argv[2], s), tail);
        break;
      case '<>': {
        if (n !== 2) break;
        const x = this.expr(argv[0], s, false);
        const y = this.expr(argv[1], s, false);
        // (After the operands, whose own segments Elixir expands, and refuses, first.)
        for (const side of argv) if (isLocalCall(side, '<<>>')) this.checkWholeBytes(side, a, s);
        const r = this.b.reg();
        const spec: SegmentSpec[] = [binSeg(), binSeg()];
        this.b.emitN(Op.BIN_BUILD, [r, this.b.k(spec)], [x, y]);
        return this.done(r, tail);
      }
      case '++':
        if (n === 2) {
          const folded = this.foldFailure('++', '++/2', argv, s);
          if (folded !== null) return this.done(folded, tail);
          return this.done(this.callRemote(A.erlang, '++', argv.map((e) => this.expr(e, s, false)), false), tail);
        }
        break;
        break;
      case '--':
        if (n === 2) return this.done(this.callRemote(A.erlang, '--', argv.map((e) => this.expr(e, s, false)), false), tail);
        break;
      case '{}':
        return this.done(this.tuple(argv, s), tail);
      case '%{}':
        return this.done(this.mapExpr(argv, s), tail);
      case '%':
        return this.done(this.structExpr(argv, s), tail);
      case '<<>>':
        return this.done(this.binExpr(argv, s), tail);
      case '@':
        return this.done(this.attrRead(argv[0], s), tail);
      case '__MODULE__':
        return this.done(this.constReg(s.mod ? s.mod.name : NIL), tail);
      case '__aliases__':
        return this.done(this.constReg(this.expandAlias(a, s) as Term), tail);
      case '__CALLER__':
      case '__ENV__':
        return this.done(this.constReg(NIL), tail);
      case '__DIR__':
        return this.done(this.constReg(Bin.fromString(this.u.file.includes('/') ? this.u.file.slice(0, this.u.file.lastIndexOf('/')) : '.')), tail);
      case '__STACKTRACE__': {
        const r = this.lookup('__STACKTRACE__', s);
        if (r === undefined) this.err(lineOf(a), '__STACKTRACE__ is available only inside catch and rescue clauses of try expressions');
        return this.done(r, tail);
      }
      case 'raise':
        return this.raiseExpr(argv, s, tail);
      case 'reraise': {
        const st = this.expr(argv[argv.length - 1], s, false);
        const e = this.exceptionValue(argv.slice(0, -1), s);
        this.b.emit(Op.RERAISE, this.constReg(A.error), e, st);
        return this.done(e, tail);
      }
      case 'defmodule':
        return this.done(this.defmodule(a, argv, s), tail);
      case 'defprotocol':
        return this.done(this.defprotocol(a, argv, s), tail);
      case 'defimpl':
        return this.done(this.defimpl(a, argv, s), tail);
      case 'def':
      case 'defp':
      case 'defmacro':
      case 'defmacrop':
        this.err(lineOf(a), `cannot invoke ${name}/${n} outside module`);
        break;
      case 'alias':
        this.aliasForm(argv, s);
        return this.done(this.constReg(NIL), tail);
      case 'import':
        this.importForm(argv, s);
        return this.done(this.constReg(NIL), tail);
      case 'require':
        this.requireForm(argv, s);
        return this.done(this.constReg(NIL), tail);
      case 'super':
        break;
      case 'sigil_w':
      case 'sigil_W':
      case 'sigil_s':
      case 'sigil_S':
      case 'sigil_c':
      case 'sigil_C':
        return this.done(this.sigil(name, argv, s), tail);
      case 'to_string':
        if (n === 1) return this.callRemote(atom('Elixir.String.Chars'), 'to_string', [this.expr(argv[0], s, false)], tail);
        break;
      case 'to_charlist':
        if (n === 1) return this.callRemote(atom('Elixir.List.Chars'), 'to_charlist', [this.expr(argv[0], s, false)], tail);
        break;
      case 'put_in':
      case 'update_in':
      case 'get_and_update_in':
      case 'pop_in': {
        // The path forms: put_in(data.a[:b], v) is put_in(data, [:a, :b], v).
        const pathArity = name === 'pop_in' ? 1 : 2;
        if (n !== pathArity) break;
        const path = unnestPath(argv[0]);
        if (path === null) break;
        const call = node(name, metaOf(a), [path.root, list(path.keys), ...argv.slice(1)]);
        return this.expr(call, s, tail);
      }
      case 'quote': {
        const opts = keyword(argv[argv.length - 1]);
        const body = kwGet(opts, 'do');
        if (body === undefined) break;
        return this.done(this.quote(body, s), tail);
      }
      case 'unquote':
      case 'unquote_splicing':
        this.err(lineOf(a), `${name} called outside quote`);
        break;
      case 'match?':
        if (n === 2) return this.done(this.matchQ(argv, s), tail);
        break;
      case 'is_struct':
      case 'is_exception':
        break;
      case 'binding':
        if (n === 0) return this.done(this.bindingExpr(s), tail);
        break;
      case 'dbg':
        if (n === 1 || n === 2) return this.dbgExpr(a, argv[0], n === 2 ? argv[1] : EMPTY_LIST, s, tail);
        break;
      case 'tap':
      case 'then':
        break;
    }
    const inline = this.kernelInline(name, argv, a, s, tail);
    if (inline !== null) return inline;
    return this.localCall(name, argv, a, s, tail);
  }

  private localCall(name: string, argv: Ast[], a: Ast, s: Scope, tail: boolean): number {
    const n = argv.length;
    const key = fnKey(name, n);
    const mod = s.mod;
    const guard = this.localGuard(name, n, s);
    if (guard !== null) return this.expandGuard(guard, argv, s, tail);
    if (this.inGuard && ((mod !== null && mod.defs.has(key)) || (!GUARD_MODULES.has(this.importedFrom(name, n, s)?.name ?? '') && this.importedMacro(name, n, s) === null)))
      this.notInGuard(name, argv, a);
    if (mod !== null && mod.defs.has(key)) {
      const ref = this.localRef(mod, name, n);
      const argRegs = argv.map((e) => this.expr(e, s, false));
      return this.emitCall(tail, Op.CALL_LOCAL, Op.TAIL_LOCAL, [this.b.k(ref)], argRegs);
    }
    const macroFrom = this.importedMacro(name, n, s);
    if (macroFrom !== null) return this.expr(this.expandMacro(macroFrom, name, argv, a), s, tail);
    const target = this.importedFrom(name, n, s);
    if (target !== null) {
      this.noteDeprecated(target, name, n, a, s);
      const argRegs = argv.map((e) => this.expr(e, s, false));
      return this.callRemote(target, name, argRegs, tail);
    }
    // Inside a function Elixir knows the module could have defined it.
    if (mod !== null && this.inDef)
      this.err(lineOf(a), `undefined function ${name}/${n} (expected ${inspectModule(mod.name)} to define such a function or for it to be imported, but none are available)`);
    this.err(lineOf(a), `undefined function ${name}/${n} (there is no such import)`);
  }

  private localRef(mod: ModuleCtx, name: string, arity: number): LocalRef {
    const key = fnKey(name, arity);
    mod.callCounts.set(key, (mod.callCounts.get(key) ?? 0) + 1);
    let ref = mod.localRefs.get(key);
    if (ref === undefined) {
      ref = { name, arity, fn: null };
      mod.localRefs.set(key, ref);
    }
    return ref;
  }

  private importedFrom(name: string, arity: number, s: Scope): Atom | null {
    const key = fnKey(name, arity);
    for (let sc: Scope | null = s; sc !== null; sc = sc.parent) {
      if (sc.imports === null) continue;
      for (let i = sc.imports.length - 1; i >= 0; i--) {
        const imp = sc.imports[i];
        if (imp.only !== null && !imp.only.has(key)) continue;
        if (imp.except !== null && imp.except.has(key)) continue;
        if (this.u.host.exported(imp.module, name, arity) || this.pendingExport(imp.module, name, arity)) {
          sc.mod?.importsUsed.add(imp.module.name);
          return imp.module;
        }
      }
    }
    if (this.u.host.exported(A.kernel, name, arity)) return A.kernel;
    return null;
  }

  private pendingExport(module: Atom, name: string, arity: number): boolean {
    const m = this.u.modules.find((x) => x.name === module);
    return m !== undefined && m.exports.has(fnKey(name, arity));
  }

  // ---------------------------------------------------------------- operators

  private shortCircuit(name: string, argv: Ast[], s: Scope, tail: boolean): number {
    const r = this.b.reg();
    const x = this.expr(argv[0], s, false);
    const other = this.b.label();
    const end = this.b.label();
    // &&: falsy -> x, else y.  ||: truthy -> x, else y.
    this.b.emit(Op.TEST_TRUTHY, name === '&&' ? other : end, x);
    this.b.emit(Op.MOVE, r, x);
    if (name === '&&') {
      const y = this.expr(argv[1], s, false);
      this.b.emit(Op.MOVE, r, y);
      this.b.emit(Op.JUMP, end);
      this.b.bind(other);
      this.b.emit(Op.MOVE, r, x);
      this.b.bind(end);
    } else {
      this.b.emit(Op.JUMP, other);
      this.b.bind(end);
      this.b.emit(Op.MOVE, r, x);
      const y = this.expr(argv[1], s, false);
      this.b.emit(Op.MOVE, r, y);
      this.b.bind(other);
    }
    return this.done(r, tail);
  }

  /** Strict `and`/`or`: the left side must be a boolean (BadBooleanError otherwise). */
  private boolOp(name: string, argv: Ast[], s: Scope): number {
    const r = this.b.reg();
    const x = this.expr(argv[0], s, false);
    const notTrue = this.b.label();
    const bad = this.b.label();
    const end = this.b.label();
    const short = name === 'and' ? FALSE : TRUE;
    this.b.emit(Op.TEST_EQ, notTrue, x, this.b.k(name === 'and' ? TRUE : FALSE));
    const y = this.expr(argv[1], s, false);
    this.b.emit(Op.MOVE, r, y);
    this.b.emit(Op.JUMP, end);
    this.b.bind(notTrue);
    this.b.emit(Op.TEST_EQ, bad, x, this.b.k(short));
    this.b.emit(Op.MOVE, r, x);
    this.b.emit(Op.JUMP, end);
    this.b.bind(bad);
    if (this.inGuard) {
      this.b.emit(Op.FAIL, this.b.k(atom('badarg')), -1);
    } else {
      const reason = this.b.reg();
      this.b.emitN(Op.TUPLE, [reason], [this.constReg(A.badbool), this.constReg(atom(name)), x]);
      this.b.emit(Op.FAIL, this.b.k(atom('__raw__')), reason);
    }
    this.b.bind(end);
    return r;
  }

  private inExpr(argv: Ast[], s: Scope): number {
    const [lhs, rhs] = argv;
    const x = this.expr(lhs, s, false);
    const r = this.b.reg();
    if (isListTerm(rhs)) {
      const items = toArray(rhs);
      const yes = this.b.label();
      const end = this.b.label();
      for (const it of items) {
        const v = this.expr(it, s, false);
        const t = this.b.reg();
        this.b.emit(Op.EQX, t, x, v);
        const next = this.b.label();
        this.b.emit(Op.TEST_TRUE, next, t);
        this.b.emit(Op.JUMP, yes);
        this.b.bind(next);
      }
      this.b.emit(Op.CONST, r, this.b.k(FALSE));
      this.b.emit(Op.JUMP, end);
      this.b.bind(yes);
      this.b.emit(Op.CONST, r, this.b.k(TRUE));
      this.b.bind(end);
      return r;
    }
    if (isLocalCall(rhs, '..') && args(rhs).length === 2) {
      const [lo, hi] = args(rhs);
      const l = this.expr(lo, s, false);
      const h = this.expr(hi, s, false);
      const no = this.b.label();
      const end = this.b.label();
      const isInt = this.callRemote(A.erlang, 'is_integer', [x], false);
      this.b.emit(Op.TEST_TRUE, no, isInt);
      const t1 = this.b.reg();
      this.b.emit(Op.GE, t1, x, l);
      this.b.emit(Op.TEST_TRUE, no, t1);
      this.b.emit(Op.LE, r, x, h);
      this.b.emit(Op.JUMP, end);
      this.b.bind(no);
      this.b.emit(Op.CONST, r, this.b.k(FALSE));
      this.b.bind(end);
      return r;
    }
    const coll = this.expr(rhs, s, false);
    return this.callRemote(atom('Elixir.Enum'), 'member?', [coll, x], false);
  }

  private range(first: Ast, last: Ast, step: Ast | null, s: Scope): number {
    const f = this.expr(first, s, false);
    const l = this.expr(last, s, false);
    let st: number;
    if (step !== null) st = this.expr(step, s, false);
    else {
      // first..last without a step: 1, or -1 for a decreasing range (deprecated but allowed).
      st = this.b.reg();
      const down = this.b.label();
      const end = this.b.label();
      const t = this.b.reg();
      this.b.emit(Op.GT, t, f, l);
      // TEST_TRUE falls through when first > last (a decreasing range) and jumps otherwise.
      this.b.emit(Op.TEST_TRUE, down, t);
      this.b.emit(Op.CONST, st, this.b.k(-1));
      this.b.emit(Op.JUMP, end);
      this.b.bind(down);
      this.b.emit(Op.CONST, st, this.b.k(1));
      this.b.bind(end);
    }
    const r = this.b.reg();
    const pairs = [
      this.constReg(A.struct), this.constReg(atom('Elixir.Range')),
      this.constReg(atom('first')), f,
      this.constReg(atom('last')), l,
      this.constReg(atom('step')), st,
    ];
    this.b.emit(Op.MAP_NEW, r, 4, ...pairs);
    return r;
  }

  // ---------------------------------------------------------------- data

  private mapExpr(argv: Ast[], s: Scope): number {
    if (argv.length === 1 && isLocalCall(argv[0], '|')) {
      const [base, kvs] = args(argv[0]);
      const m = this.expr(base, s, false);
      const pairs = this.pairs(toArray(kvs), s);
      const r = this.b.reg();
      this.b.emit(Op.MAP_UPDATE, r, m, pairs.length / 2, ...pairs);
      return r;
    }
    const lit = this.literalMap(argv);
    if (lit !== undefined) return this.constReg(lit);
    const pairs = this.pairs(argv, s);
    const r = this.b.reg();
    this.b.emit(Op.MAP_NEW, r, pairs.length / 2, ...pairs);
    return r;
  }

  private literalMap(kvs: Ast[]): MapTerm | undefined {
    const entries: [Term, Term][] = [];
    for (const kv of kvs) {
      if (!(Array.isArray(kv) && kv.length === 2)) return undefined;
      const k = this.literal(kv[0]);
      const v = this.literal(kv[1]);
      if (k === undefined || v === undefined) return undefined;
      entries.push([k, v]);
    }
    return MapTerm.fromEntries(entries);
  }

  private pairs(kvs: Ast[], s: Scope): number[] {
    const out: number[] = [];
    for (const kv of kvs) {
      if (!(Array.isArray(kv) && kv.length === 2)) this.err(this.b.line, 'expected key-value pairs in a map');
      out.push(this.expr(kv[0], s, false), this.expr(kv[1], s, false));
    }
    return out;
  }

  private structFields(mod: Atom, line: number, s?: Scope): [Atom, Term][] {
    const pending = this.u.modules.find((m) => m.name === mod);
    if (pending !== undefined && s !== undefined && s.mod === null && this.u.host.module(mod) === undefined)
    {
      // The file is expanded before any of its modules is defined (Elixir's rule for scripts).
      const e = new CompileError(this.u.file, line, `cannot access struct ${inspectModule(mod)}, the struct was not yet defined or the struct is being accessed in the same context that defines it`);
      e.trace = `    expanding struct: ${inspectModule(mod)}.__struct__/1\n    ${this.u.file}:${line}: (file)\n`;
      throw e;
    }
    const m = pending ?? this.u.host.module(mod);
    if (m === undefined || m.struct === null) {
      const e = new CompileError(this.u.file, line, `${inspectModule(mod)}.__struct__/1 is undefined, cannot expand struct ${inspectModule(mod)}. Make sure the struct name is correct. If the struct name exists and is correct but it still cannot be found, you likely have cyclic module usage in your code`);
      const where = s !== undefined && s.mod !== null && this.inDef ? `${inspectModule(s.mod.name)}.${this.fnName.name}/${this.fnArity}` : '(file)';
      e.trace = `    expanding struct: ${inspectModule(mod)}.__struct__/1\n    ${this.u.file}:${line}: ${where}\n`;
      throw e;
    }
    return m.struct;
  }

  private structExpr(argv: Ast[], s: Scope): number {
    const [modAst, mapAst] = argv;
    const mod = this.moduleName(modAst, s);
    const line = lineOf(mapAst);
    const fields = this.structFields(mod, line, s);
    const inner = args(mapAst);
    if (inner.length === 1 && isLocalCall(inner[0], '|')) {
      const [base, kvs] = args(inner[0]);
      const m = this.expr(base, s, false);
      const ok = this.b.label();
      this.b.emit(Op.TEST_STRUCT, ok, m, this.b.k(mod));
      const ok2 = this.b.label();
      this.b.emit(Op.JUMP, ok2);
      this.b.bind(ok);
      const reason = this.b.reg();
      this.b.emitN(Op.TUPLE, [reason], [this.constReg(atom('badstruct')), this.constReg(mod), m]);
      this.b.emit(Op.FAIL, this.b.k(atom('__raw__')), reason);
      this.b.bind(ok2);
      const pairs = this.pairs(toArray(kvs), s);
      // Unknown keys raise KeyError naming the key only (Elixir checks them one by one).
      for (let i = 0; i < pairs.length; i += 2) {
        const has = this.b.label();
        const tmp = this.b.reg();
        const missing = this.b.label();
        this.b.emit(Op.MAP_GET, missing, tmp, m, pairs[i]);
        this.b.emit(Op.JUMP, has);
        this.b.bind(missing);
        const reason = this.b.reg();
        this.b.emitN(Op.TUPLE, [reason], [this.constReg(atom('badkey')), pairs[i]]);
        this.b.emit(Op.FAIL, this.b.k(atom('__raw__')), reason);
        this.b.bind(has);
      }
      const r = this.b.reg();
      this.b.emit(Op.MAP_PUT, r, m, pairs.length / 2, ...pairs);
      return r;
    }
    const given = new Map<string, Ast>();
    for (const kv of inner) {
      const key = (kv as Ast[])[0];
      if (!(key instanceof Atom) || !fields.some(([f]) => f === key)) {
        // Elixir 1.14 expands the literal by calling Mod.__struct__/1, whose Map.replace! fails.
        const e = new CompileError(this.u.file, line, `key ${inspect(key)} not found`);
        e.exception = 'KeyError';
        const where = s.mod !== null && this.inDef ? `${inspectModule(s.mod.name)}.${this.fnName.name}/${this.fnArity}` : '(file)';
        e.trace = `    expanding struct: ${inspectModule(mod)}.__struct__/1\n    ${this.u.file}:${line}: ${where}\n`;
        throw e;
      }
      given.set(key.name, (kv as Ast[])[1]);
    }
    const enforced = (this.u.modules.find((m) => m.name === mod) ?? this.u.host.module(mod))?.enforceKeys ?? [];
    const missing = enforced.filter((k) => !given.has(k.name));
    if (missing.length > 0) {
      const e = new CompileError(this.u.file, line, `the following keys must also be given when building struct ${inspectModule(mod)}: ${inspect(list(missing))}`);
      e.exception = 'ArgumentError';
      const where = s.mod !== null && this.inDef ? `${inspectModule(s.mod.name)}.${this.fnName.name}/${this.fnArity}` : '(file)';
      e.trace = `    expanding struct: ${inspectModule(mod)}.__struct__/1\n    ${this.u.file}:${line}: ${where}\n`;
      throw e;
    }
    const pairs: number[] = [this.constReg(A.struct), this.constReg(mod)];
    for (const [f, dflt] of fields) {
      const g = given.get(f.name);
      pairs.push(this.constReg(f), g !== undefined ? this.expr(g, s, false) : this.constReg(dflt));
    }
    const r = this.b.reg();
    this.b.emit(Op.MAP_NEW, r, pairs.length / 2, ...pairs);
    return r;
  }

  private binExpr(segs: Ast[], s: Scope): number {
    const specs: SegmentSpec[] = [];
    const regs: number[] = [];
    for (const seg of segs) {
      const { value, spec } = this.segment(seg, s, false);
      specs.push(spec);
      regs.push(this.expr(value, s, false));
    }
    const r = this.b.reg();
    this.b.emitN(Op.BIN_BUILD, [r, this.b.k(specs)], regs);
    return r;
  }

  /** A segment `value::type-size(n)-unit(u)`; string literals default to binary. */
  private segment(seg: Ast, s: Scope, inPattern: boolean): { value: Ast; spec: SegmentSpec } {
    // unit 0 until given: each type has its own default, resolved below.
    const spec: SegmentSpec = { type: 'integer', size: -1, sizeReg: -1, unit: 0, signed: false, little: false };
    let value = seg;
    if (isLocalCall(seg, '::')) {
      const [v, t] = args(seg);
      value = v;
      this.segmentType(t, spec, s, inPattern);
    } else if (seg instanceof Bin) {
      spec.type = 'binary';
    }
    const typed = isLocalCall(seg, '::') && namesType(args(seg)[1]);
    if (typed) this.checkSegmentTypes(args(seg)[1], seg, inPattern);
    if (typed) {
      // A literal has a type of its own, which the written one must agree with.
      const own = typeof value === 'number' || typeof value === 'bigint' ? 'integer' : value instanceof Float ? 'float' : value instanceof Bin ? 'binary' : null;
      const fits: Record<string, string[]> = {
        integer: ['integer', 'float', 'utf8', 'utf16', 'utf32'],
        float: ['float'],
        binary: ['binary', 'bitstring', 'utf8', 'utf16', 'utf32'],
      };
      if (own !== null && !fits[own].includes(spec.type)) {
        this.bitstringErr(lineOf(seg), `conflicting type specification for bit field: "${spec.type}" and "${own}"`, [-196, 160], inPattern);
      }
    }
    if (value instanceof Bin && spec.type === 'integer' && !isLocalCall(seg, '::')) spec.type = 'binary';
    // A float literal is a float segment unless a type says otherwise.
    if (value instanceof Float && !typed) spec.type = 'float';
    // "héllo"::utf16 is the string's code points, each one encoded.
    if (value instanceof Bin && (spec.type === 'utf8' || spec.type === 'utf16' || spec.type === 'utf32')) {
      value = encodeText(value.string, spec.type, spec.little);
      spec.type = 'binary';
    }
    const isUtf = spec.type === 'utf8' || spec.type === 'utf16' || spec.type === 'utf32';
    if (isUtf && (spec.size !== -1 || spec.sizeReg !== -1 || spec.unit !== 0)) {
      this.bitstringErr(lineOf(seg), 'size and unit are not supported on utf types', [167], inPattern);
    }
    if (spec.unit === 0) spec.unit = spec.type === 'binary' ? 8 : 1;
    if (spec.type === 'float' && spec.size !== -1 && spec.sizeReg === -1 && ![16, 32, 64].includes(spec.size * spec.unit)) {
      this.bitstringErr(lineOf(seg), `float requires size*unit to be 16, 32, or 64 (default), got: ${spec.size * spec.unit}`, [167], inPattern);
    }
    return { value, spec };
  }

  /**
   * A CompileError raised where Elixir's elixir_bitstring raises it: its frames (dropped when
   * goldens are compared, shown to the learner) start at the given lines of expand_specs/7, or
   * at expand_each_spec/6 for a negative line.
   */
  private bitstringErr(line: number, msg: string, at: number[], inPattern: boolean): never {
    const e = new CompileError(this.u.file, line, msg);
    const frame = (where: string): string => `    (elixir 1.14.0) src/elixir_bitstring.erl:${where}\n`;
    e.trace =
      at.map((n) => (n < 0 ? frame(`${-n}: :elixir_bitstring.expand_each_spec/6`) : frame(`${n}: :elixir_bitstring.expand_specs/7`))).join('') +
      frame('38: :elixir_bitstring.expand/8') +
      frame(`${inPattern ? 14 : 26}: :elixir_bitstring.expand/5`);
    throw e;
  }

  /**
   * `<<1::3>> <> "a"`: a bitstring literal whose size is known when compiling must be whole
   * bytes to be a binary, or Elixir refuses it, showing it with its specifiers expanded.
   */
  private checkWholeBytes(bits: Ast, call: Ast, s: Scope): void {
    let total = 0;
    const shown: string[] = [];
    for (const seg of args(bits)) {
      const described = describeSegment(seg);
      shown.push(described.text);
      if (described.bits === null) return;
      total += described.bits;
    }
    if (total % 8 === 0) return;
    const line = lineOf(call) || this.b.line;
    const e = new CompileError(this.u.file, line, `expected <<${shown.join(', ')}>> to be a binary but its number of bits is not divisible by 8`);
    const where = s.mod !== null && this.inDef ? `${inspectModule(s.mod.name)}.${this.fnName.name}/${this.fnArity}` : '(file)';
    e.trace =
      '    (elixir 1.14.0) src/elixir_bitstring.erl:40: :elixir_bitstring.expand/8\n' +
      '    (elixir 1.14.0) src/elixir_bitstring.erl:26: :elixir_bitstring.expand/5\n' +
      `    (elixir 1.14.0) expanding macro: Kernel.<>/2\n    ${this.u.file}:${line}: ${where}\n`;
    throw e;
  }

  /** Two types in one segment (`x::binary-integer`) is Elixir's compile error. */
  private checkSegmentTypes(t: Ast, seg: Ast, inPattern: boolean): void {
    const names: string[] = [];
    const walk = (x: Ast): void => {
      if (isLocalCall(x, '-') || isLocalCall(x, '*')) args(x).forEach(walk);
      else if (isNode(x) && x[0] instanceof Atom && SEGMENT_TYPES.has(x[0].name)) {
        const n = x[0].name === 'bytes' ? 'binary' : x[0].name === 'bits' ? 'bitstring' : x[0].name;
        if (names.length > 0 && names[0] !== n) {
          this.bitstringErr(lineOf(seg), `conflicting type specification for bit field: "${n}" and "${names[0]}"`, [-196, 160], inPattern);
        }
        names.push(n);
      }
    };
    walk(t);
  }

  private segmentType(t: Ast, spec: SegmentSpec, s: Scope, inPattern: boolean): void {
    if (typeof t === 'number') {
      spec.size = t;
      return;
    }
    if (isLocalCall(t, '-')) {
      for (const p of args(t)) this.segmentType(p, spec, s, inPattern);
      return;
    }
    if (isLocalCall(t, '*')) {
      const [sz, un] = args(t);
      this.segmentType(sz, spec, s, inPattern);
      spec.unit = un as number;
      return;
    }
    if (isNode(t) && t[0] instanceof Atom) {
      const n = t[0].name;
      const a = isListTerm(t[2]) ? args(t) : [];
      switch (n) {
        case 'binary':
        case 'bytes':
          spec.type = 'binary';
          return;
        case 'bitstring':
        case 'bits':
          spec.type = 'bitstring';
          return;
        case 'integer':
        case 'float':
        case 'utf8':
        case 'utf16':
        case 'utf32':
          spec.type = n;
          return;
        case 'signed':
          spec.signed = true;
          return;
        case 'unsigned':
        case 'big':
          return;
        case 'little':
        case 'native': // the byte order of the machines this mirrors (x86 and ARM)
          spec.little = true;
          return;
        case 'size': {
          const v = a[0];
          if (typeof v === 'number') spec.size = v;
          else if (isVar(v)) {
            // In a pattern the size may be bound by an earlier segment (binPattern resolves it).
            const r = inPattern ? s.vars.get(varName(v))?.reg ?? this.lookup(varName(v), s) : this.lookup(varName(v), s);
            if (r === undefined && !inPattern) this.err(lineOf(v), `undefined variable "${varName(v)}" in bitstring segment`);
            if (r !== undefined) spec.sizeReg = r;
          } else if (!inPattern) {
            spec.sizeReg = this.expr(v, s, false);
          }
          return;
        }
        case 'unit':
          spec.unit = a[0] as number;
          return;
      }
    }
    // Elixir names the specifier as a call: `foo` is shown as foo().
    const shown = isNode(t) && t[0] instanceof Atom && !isListTerm(t[2]) ? `${t[0].name}()` : macroToString(t);
    this.bitstringErr(lineOf(t), `unknown bitstring specifier: ${shown}`, [160], inPattern);
  }

  private sigil(name: string, argv: Ast[], s: Scope): number {
    const [content, mods] = argv;
    const letter = name.slice(6);
    const modifiers = toArray(mods).map((c) => String.fromCharCode(c as number)).join('');
    if (letter === 'w' || letter === 'W') {
      const parts = args(content);
      if (parts.every((p) => p instanceof Bin)) {
        const words = parts.map((p) => (p as Bin).string).join('').split(/\s+/).filter((w) => w !== '');
        const mod = modifiers || 's';
        const items = words.map((w) => (mod === 'a' ? atom(w) : mod === 'c' ? charlistOf(w) : Bin.fromString(w)));
        return this.constReg(list(items));
      }
      const str = this.expr(content, s, false);
      return this.callRemote(atom('Elixir.String'), 'split', [str], false);
    }
    if (letter === 's' || letter === 'S') return this.expr(content, s, false);
    // ~c
    const parts = args(content);
    if (parts.every((p) => p instanceof Bin)) return this.constReg(charlistOf(parts.map((p) => (p as Bin).string).join('')));
    const str = this.expr(content, s, false);
    return this.callRemote(atom('Elixir.String'), 'to_charlist', [str], false);
  }

  // ---------------------------------------------------------------- attributes

  private attrRead(a: Ast, s: Scope): number {
    const name = (a as Ast[])[0] as Atom;
    const argv = isListTerm((a as Ast[])[2]) ? args(a) : null;
    if (argv !== null && argv.length > 0) this.err(lineOf(a), 'cannot set module attribute outside a module body');
    const mod = s.mod;
    if (mod === null) {
      this.u.warnings.push(`warning: undefined module attribute @${name.name}, please remove access to @${name.name} or explicitly set it before access\n  ${this.u.file}:${lineOf(a)}\n\n`);
      return this.constReg(NIL);
    }
    const v = (this.currentAttrs ?? mod.attrs).get(name.name);
    mod.attrsRead.add(name.name);
    if (v === undefined) {
      this.u.warnings.push(`warning: undefined module attribute @${name.name}, please remove access to @${name.name} or explicitly set it before access\n  ${this.u.file}:${lineOf(a)}: ${inspectModule(mod.name)} (module)\n\n`);
      return this.constReg(NIL);
    }
    return this.expr(v, s, false);
  }

  private currentAttrs: Map<string, Ast> | null = null;
  /** The guards visible to the clause being compiled (those defined before it). */
  private currentGuards: Map<string, GuardMacro> | null = null;

  // ---------------------------------------------------------------- modules

  private defmodule(a: Ast, argv: Ast[], s: Scope): number {
    // The module's warnings move to their own list when it is done (see Unit.moduleWarnings).
    const mark = this.u.warnings.length;
    try {
      return this.defmoduleBody(a, argv, s);
    } finally {
      this.u.moduleWarnings.push(...this.u.warnings.splice(mark));
    }
  }

  private defmoduleBody(a: Ast, argv: Ast[], s: Scope): number {
    const [nameAst, doBlock] = argv;
    // The module body is given the caller's binding: the variables bound so far count as used.
    for (let sc: Scope | null = s; sc !== null; sc = sc.parent) for (const b of sc.vars.values()) b.used = true;
    let name = this.moduleName(nameAst, s);
    const parts = isLocalCall(nameAst, '__aliases__') ? args(nameAst) : [];
    if (s.mod !== null && parts.length > 0 && parts[0] instanceof Atom && this.findAlias((parts[0] as Atom).name, s) === undefined) {
      // A nested module is named after its parent and aliased inside it.
      name = atom(s.mod.name.name + '.' + parts.map((p) => (p as Atom).name).join('.'));
      if (parts.length === 1) {
        if (s.aliases === null) s.aliases = new Map();
        s.aliases.set((parts[0] as Atom).name, name);
      }
    }
    const mod = new ModuleCtx(name, this.u.file);
    mod.code.line = lineOf(a);
    const ms = s.withModule(mod);
    ms.aliases = new Map();
    const bodyAst = kwGet(keyword(doBlock), 'do') ?? NIL;
    const exprs = block(bodyAst);
    const savedAttrs = this.currentAttrs;
    this.currentAttrs = null;
    let last: Term = NIL;
    // 1. collect definitions and run the other expressions of the body in order
    for (const e of exprs) {
      last = this.moduleBodyExpr(e, ms, mod);
    }
    this.currentAttrs = savedAttrs;
    for (const use of mod.pendingUses) use();
    mod.code.struct = mod.struct;
    mod.code.isException = mod.isException;
    mod.code.last = last;
    if (mod.struct !== null) this.structDefaults(mod, ms);
    if (mod.isException) this.exceptionDefaults(mod, ms);
    for (const d of mod.defs.values()) if (d.kind === 'def') mod.code.exports.add(fnKey(d.name, d.arity));
    this.u.modules.push(mod.code);
    // 2. compile every function now that all local names are known
    const saved = { fc: this.fc, fnName: this.fnName, fnArity: this.fnArity, inDef: this.inDef };
    this.inDef = true;
    for (const d of mod.defs.values()) {
      const bound = this.u.bindings.length;
      mod.code.functions.set(fnKey(d.name, d.arity), this.compileDef(mod, d));
      // Elixir warns of a def's unused variables as soon as the def is expanded.
      this.u.warnings.push(...unusedWarnings(this.u.bindings.splice(bound), this.u.file));
    }
    Object.assign(this, saved);
    this.moduleEndWarnings(mod);
    for (const [key, line] of mod.privateGuards) if (!mod.usedGuards.has(key)) this.u.warnings.push(`warning: macro ${key} is unused\n  ${this.u.file}:${line}\n\n`);
    for (const [key, ref] of mod.localRefs) {
      const fn = mod.code.functions.get(key);
      if (fn === undefined) this.err(0, `undefined function ${key}`);
      ref.fn = fn;
    }
    this.reportDeprecated(mod);
    this.b.line = lineOf(a);
    const r = this.b.reg();
    const bif = lookupBif(VM_MODULE, 'load_module', 1);
    if (bif === undefined) throw new Error('the VM natives are not registered');
    const site: CallSite = { module: A.vm, name: atom('load_module'), arity: 1, version: -1, fn: null, bif, folded: false, protocol: undefined };
    this.b.emitN(Op.CALL_BIF, [r, this.b.k(site)], [this.constReg(mod.code as unknown as Term)]);
    this.derivedInspect(a, mod, s);
    return r;
  }

  /** Reads @derive: only Inspect's only/except options mean anything here. */
  private deriveForm(v: Ast, ms: Scope, mod: ModuleCtx): void {
    for (const d of isListTerm(v) ? toArray(v) : [v]) {
      if (!Array.isArray(d) || d.length !== 2) continue;
      if (this.expandAlias(d[0] as Ast, ms) !== atom('Elixir.Inspect')) continue;
      const opts = keyword(d[1] as Ast) ?? [];
      mod.deriveInspect = { only: kwGet(opts, 'only'), except: kwGet(opts, 'except') };
    }
  }

  /**
   * The Inspect implementation @derive asks for: #Mod<field: value, ...> showing the chosen
   * fields in definition order, unless that is every field (then the struct prints as usual).
   */
  private derivedInspect(a: Ast, mod: ModuleCtx, s: Scope): void {
    const d = mod.deriveInspect;
    if (d === null || mod.struct === null) return;
    const all = mod.struct.map(([f]) => f).filter((f) => f !== A.struct && f.name !== '__exception__');
    const only = d.only !== undefined ? (toArray(d.only) as Atom[]) : all;
    const except = d.except !== undefined ? (toArray(d.except) as Atom[]) : [];
    const shown = all.filter((f) => only.includes(f) && !except.includes(f));
    if (shown.length === all.length) return;
    const v = (n: string): Ast => [atom(n), EMPTY_LIST, NIL];
    const call: Ast = [[atom('.'), EMPTY_LIST, list([atom('Elixir.Inspect.Any'), atom('inspect_fields')])], EMPTY_LIST, list([v('struct'), list(shown), v('opts')])];
    const def: Ast = node('def', EMPTY_LIST, [node('inspect', EMPTY_LIST, [v('struct'), v('opts')]), list([[atom('do'), call]])]);
    this.defimpl(a, [atom('Elixir.Inspect'), list([[atom('for'), mod.name], [atom('do'), def]])], s);
  }

  /**
   * defprotocol P do def f(x, y) end: a module whose functions dispatch on the first argument's
   * type to the implementation module P.Type (P.Integer, P.MyStruct...), which defimpl defines.
   */
  private defprotocol(a: Ast, argv: Ast[], s: Scope): number {
    const [nameAst, doBlock] = argv;
    const proto = this.moduleName(nameAst, s);
    const meta = metaOf(a);
    const defs: Ast[] = [];
    const fns: Term[] = [];
    for (const e of block(kwGet(keyword(doBlock), 'do') ?? NIL)) {
      if (!isLocalCall(e, 'def')) continue;
      let head = args(e)[0];
      if (isLocalCall(head, 'when')) head = args(head)[0];
      const fname = (head as Ast[])[0] as Atom;
      const params = isListTerm((head as Ast[])[2]) ? args(head) : [];
      const vars: Ast[] = params.map((_, i) => [atom(`arg${i}@`), EMPTY_LIST, NIL]);
      const impl: Ast = [[atom('.'), EMPTY_LIST, list([A.vm, atom('impl_for!')])], EMPTY_LIST, list([proto, vars[0]])];
      const dispatch: Ast = [[atom('.'), EMPTY_LIST, list([impl, fname])], EMPTY_LIST, list(vars)];
      defs.push(node('def', meta, [node(fname.name, meta, vars), list([[atom('do'), dispatch]])]));
      fns.push([fname, params.length]);
    }
    const info: Ast = node('def', meta, [node('__protocol__', meta, [atom('functions')]), list([[atom('do'), list(fns)]])]);
    const body = node('__block__', EMPTY_LIST, [info, ...defs]);
    return this.defmodule(a, [proto, list([[atom('do'), body]])], s);
  }

  /** defimpl P, for: T do ... end defines the module P.T (for each T when a list is given). */
  private defimpl(a: Ast, argv: Ast[], s: Scope): number {
    const [nameAst, ...rest] = argv;
    const proto = this.moduleName(nameAst, s);
    const opts: [string, Ast][] = [];
    for (const r of rest) opts.push(...(keyword(r) ?? []));
    const forAst = kwGet(opts, 'for');
    const bodyAst = kwGet(opts, 'do') ?? NIL;
    const targets: Atom[] =
      forAst === undefined
        ? [s.mod?.name ?? this.err(lineOf(a), 'defimpl/3 expects a :for option when declared outside a module')]
        : (isListTerm(forAst) ? toArray(forAst) : [forAst]).map((t) => this.moduleName(t, s));
    let r = -1;
    for (const target of targets) {
      const implName = atom(`${proto.name}.${target.name.replace(/^Elixir\./, '')}`);
      const attrs = [
        node('@', EMPTY_LIST, [node('for', EMPTY_LIST, [target])]),
        node('@', EMPTY_LIST, [node('protocol', EMPTY_LIST, [proto])]),
      ];
      const body = node('__block__', EMPTY_LIST, [...attrs, ...block(bodyAst)]);
      r = this.defmodule(a, [implName, list([[atom('do'), body]])], s);
    }
    return r;
  }

  private moduleBodyExpr(e: Ast, ms: Scope, mod: ModuleCtx): Term {
    if (isLocalCall(e)) {
      const name = (e[0] as Atom).name;
      const argv = args(e);
      switch (name) {
        case 'def':
        case 'defp':
          return this.collectDef(name, argv, ms, mod, lineOf(e));
        case 'defmacro': {
          // A macro is the function MACRO-name/(arity + 1), the caller's env first, as Elixir
          // compiles it; a call to it is expanded at compile time (see expandMacro).
          let head = argv[0];
          let guard: Ast | null = null;
          if (isLocalCall(head, 'when')) [head, guard] = args(head);
          if (isNode(head) && head[0] instanceof Atom) {
            const params = isListTerm(head[2]) ? args(head) : [];
            const m = (mod.code.macros ??= []);
            if (!m.some(([n, ar]) => n === (head as Ast[])[0] && ar === params.length)) m.push([(head[0] as Atom).name, params.length]);
            let newHead: Ast = node(`MACRO-${(head[0] as Atom).name}`, metaOf(head), [[atom('_caller@'), EMPTY_LIST, NIL], ...params]);
            if (guard !== null) newHead = node('when', metaOf(head), [newHead, guard]);
            this.collectDef('def', [newHead, ...argv.slice(1)], ms, mod, lineOf(e));
          }
          return NIL;
        }
        case 'defguard':
        case 'defguardp':
          // Like defmacro, defguard evaluates to {name, arity} (the last value IEx shows after defmodule).
          return this.defguard(name === 'defguardp', argv, ms, mod, lineOf(e));
        case 'defmacrop':
        case 'defdelegate':
        case 'defoverridable':
          return NIL;
        case '@': {
          const inner = argv[0] as Ast[];
          const attr = (inner[0] as Atom).name;
          const vals = isListTerm(inner[2]) ? args(inner) : [];
          if (vals.length === 0) return NIL;
          if (attr === 'derive') {
            this.deriveForm(vals[0], ms, mod);
            return NIL;
          }
          if (attr === 'enforce_keys') {
            const keys = this.literal(vals[0]);
            mod.code.enforceKeys = (keys instanceof Cons ? toArray(keys) : keys instanceof Atom ? [keys] : []) as Atom[];
            return NIL;
          }
          if (IGNORED_ATTRS.has(attr)) {
            // Typespecs name modules too: an alias used only there is used.
            markAliases(vals[0], mod);
            return NIL;
          }
          if (!UNWARNED_ATTRS.has(attr)) mod.attrLines.set(attr, lineOf(e));
          // Attribute values are expanded where they are read; earlier attributes inside the value
          // are substituted now so that later redefinitions do not change them.
          mod.attrs = new Map(mod.attrs);
          mod.attrs.set(attr, this.substituteAttrs(vals[0], mod));
          const lit = this.literal(mod.attrs.get(attr)!);
          if (lit !== undefined) mod.code.attributes.set(attr, lit);
          return NIL;
        }
        case 'defstruct':
          // defstruct evaluates to the struct of defaults (what IEx shows after defmodule).
          this.defstruct(argv[0], ms, mod, false);
          return mod.struct === null ? NIL : MapTerm.fromEntries([[A.struct, mod.name], ...mod.struct]);
        case 'defexception':
          this.defstruct(argv[0], ms, mod, true);
          return atom('ok');
        case 'alias':
          this.aliasForm(argv, ms);
          return NIL;
        case 'import':
          this.importForm(argv, ms);
          return NIL;
        case 'require':
          this.requireForm(argv, ms);
          return NIL;
        case 'use':
          this.useForm(argv, ms, mod);
          return NIL;
        case 'defmodule': {
          this.defmodule(e, argv, ms);
          return NIL;
        }
      }
    }
    this.expr(e, ms, false);
    return NIL;
  }

  private substituteAttrs(a: Ast, mod: ModuleCtx): Ast {
    if (isLocalCall(a, '@')) {
      const inner = args(a)[0] as Ast[];
      if (!isListTerm(inner[2])) {
        mod.attrsRead.add((inner[0] as Atom).name);
        const v = mod.attrs.get((inner[0] as Atom).name);
        return v ?? NIL;
      }
    }
    if (Array.isArray(a)) return (a as Ast[]).map((x) => this.substituteAttrs(x, mod));
    if (a instanceof Cons) return new Cons(this.substituteAttrs(a.head, mod), this.substituteAttrs(a.tail, mod));
    return a;
  }

  private collectDef(kind: 'def' | 'defp', argv: Ast[], ms: Scope, mod: ModuleCtx, line: number): Term {
    let head = argv[0];
    let guard: Ast | null = null;
    if (isLocalCall(head, 'when')) {
      const w = args(head);
      head = w[0];
      guard = w[1];
    }
    if (!isNode(head) || !(head[0] instanceof Atom)) this.err(line, 'invalid function head');
    const name = (head[0] as Atom).name;
    const params = isListTerm(head[2]) ? args(head) : [];
    const bodyKw = argv.length > 1 ? keyword(argv[1]) : null;
    let body = bodyKw !== null ? kwGet(bodyKw, 'do') : undefined;
    // Default arguments: f(a, b \\ 1) also defines f/1 calling f/2.
    const defaults = params.filter((p) => isLocalCall(p, '\\\\')).length;
    const stripped = params.map((p) => (isLocalCall(p, '\\\\') ? args(p)[0] : p));
    const arity = params.length;
    if (defaults > 0) {
      for (let k = 1; k <= defaults; k++) {
        const wrapperArity = arity - k;
        const wkey = fnKey(name, wrapperArity);
        if (mod.defs.has(wkey)) continue;
        // keep the first (arity - k) non-default params as variables, fill the rest with defaults
        const wparams: Ast[] = [];
        const callArgs: Ast[] = [];
        let skip = k;
        const defaultIdx: number[] = [];
        params.forEach((p, i) => (isLocalCall(p, '\\\\') ? defaultIdx.push(i) : 0));
        const filled = new Set(defaultIdx.slice(defaultIdx.length - skip));
        params.forEach((p, i) => {
          if (filled.has(i)) callArgs.push(args(p)[1]);
          else {
            const v = node(`x${i}@`, EMPTY_LIST, []);
            const vv: Ast = [atom(`x${i}@`), (v as Ast[])[1], NIL];
            wparams.push(vv);
            callArgs.push(vv);
          }
        });
        skip = 0;
        mod.defs.set(wkey, {
          name,
          arity: wrapperArity,
          kind,
          line,
          wrapper: true,
          clauses: [{ head: wparams, guard: null, body: node(name, list([[atom('line'), line]]), callArgs), line, attrs: mod.attrs, scope: ms }],
        });
      }
    }
    const key = fnKey(name, arity);
    let d = mod.defs.get(key);
    if (d === undefined) {
      d = { name, arity, kind, clauses: [], line };
      mod.defs.set(key, d);
    }
    if (body !== undefined) {
      if (bodyKw !== null && (kwGet(bodyKw, 'rescue') || kwGet(bodyKw, 'catch') || kwGet(bodyKw, 'after'))) {
        body = node('try', list([[atom('line'), line]]), [argv[1]]);
      }
      d.clauses.push({ head: stripped, guard, body, line, attrs: mod.attrs, scope: ms, guards: mod.guards });
    }
    return [atom(name), arity];
  }

  private defstruct(fieldsAst: Ast, ms: Scope, mod: ModuleCtx, exception: boolean): void {
    const fields: [Atom, Term][] = [];
    for (const f of toArray(fieldsAst)) {
      if (f instanceof Atom) fields.push([f, NIL]);
      else if (Array.isArray(f) && f.length === 2) {
        const v = this.literal(f[1]);
        if (v === undefined) this.err(this.b.line, 'struct field defaults must be literals in this runtime');
        fields.push([f[0] as Atom, v]);
      }
    }
    if (exception) fields.push([A.exception, TRUE]);
    mod.struct = fields;
    mod.isException = exception;
    void ms;
  }

  /** defstruct's __struct__/0 (the defaults) and __struct__/1 (from keywords, checking keys). */
  private structDefaults(mod: ModuleCtx, ms: Scope): void {
    const v = (n: string): Ast => [atom(n), EMPTY_LIST, NIL];
    const vmCall = (name: string, argv: Ast[]): Ast => [[atom('.'), EMPTY_LIST, list([A.vm, atom(name)])], EMPTY_LIST, list(argv)];
    this.addDefault(mod, ms, 'def', '__struct__', [], vmCall('struct_default', [mod.name]));
    this.addDefault(mod, ms, 'def', '__struct__', ['kv'], vmCall('struct_new', [mod.name, v('kv')]));
  }

  /** defexception's overridable exception/1 and message/1. */
  private exceptionDefaults(mod: ModuleCtx, ms: Scope): void {
    const line = 0;
    const v = (n: string): Ast => [atom(n), EMPTY_LIST, NIL];
    if (!mod.defs.has('exception/1')) {
      mod.defs.set('exception/1', {
        name: 'exception', arity: 1, kind: 'def', line,
        clauses: [{
          head: [v('args')], guard: null, line, attrs: mod.attrs, scope: ms,
          body: [[atom('.'), EMPTY_LIST, list([A.vm, atom('exception_from')])], EMPTY_LIST, list([mod.name, v('args')])],
        }],
      });
    }
    if (!mod.defs.has('message/1') && mod.struct!.some(([f]) => f === A.message)) {
      mod.defs.set('message/1', {
        name: 'message', arity: 1, kind: 'def', line,
        clauses: [{
          head: [v('exception')], guard: null, line, attrs: mod.attrs, scope: ms,
          body: [[atom('.'), EMPTY_LIST, list([v('exception'), A.message])], list([[atom('no_parens'), TRUE]]), EMPTY_LIST],
        }],
      });
    }
  }

  /** The module (compiled in this file or loaded) when it defines the macro name/arity. */
  private macroModule(module: Atom, name: string, arity: number): ModuleCode | null {
    const m = this.u.modules.find((x) => x.name === module) ?? this.u.host.module(module);
    if (m === undefined || m.macros === undefined) return null;
    return m.macros.some(([n, ar]) => n === name && ar === arity) ? m : null;
  }

  private importedMacro(name: string, arity: number, s: Scope): ModuleCode | null {
    for (let sc: Scope | null = s; sc !== null; sc = sc.parent) {
      if (sc.imports === null) continue;
      for (const imp of sc.imports) {
        const key = fnKey(name, arity);
        if (imp.only !== null && !imp.only.has(key)) continue;
        if (imp.except !== null && imp.except.has(key)) continue;
        const m = this.macroModule(imp.module, name, arity);
        if (m !== null) {
          sc.mod?.importsUsed.add(imp.module.name);
          return m;
        }
      }
    }
    return null;
  }

  /** Run Module.MACRO-name(env, args...) now and return the AST it produces. */
  private expandMacro(m: ModuleCode, name: string, argv: Ast[], a: Ast): Ast {
    const expand = this.u.host.expandMacro;
    if (expand === undefined) this.err(lineOf(a), `cannot expand macro ${inspectModule(m.name)}.${name}/${argv.length} here`);
    const r = expand(m, name, argv, this.u.modules);
    if ('error' in r) this.err(lineOf(a), r.error);
    return r.ast;
  }

  private useForm(argv: Ast[], ms: Scope, mod: ModuleCtx): void {
    const target = this.moduleName(argv[0], ms);
    const using = this.macroModule(target, '__using__', 1);
    if (using !== null) {
      // use Mod, opts is Mod.__using__(opts): what it returns becomes part of this module body.
      const ast = this.expandMacro(using, '__using__', [argv.length > 1 ? argv[1] : EMPTY_LIST], argv[0]);
      for (const e of block(ast)) this.moduleBodyExpr(e, ms, mod);
      return;
    }
    const hook = USE_HOOKS.get(target.name);
    if (hook !== undefined) hook(mod, this, ms, argv.length > 1 ? argv[1] : EMPTY_LIST);
  }

  /** A warning about a module as a whole (`file:line: Mod (module)`). */
  warnModule(mod: ModuleCtx, text: string): void {
    this.u.warnings.push(`warning: ${text}\n  ${this.u.file}:${mod.code.line}: ${inspectModule(mod.name)} (module)\n\n`);
  }

  /** Used by `use` hooks: import a module at the `use` (Supervisor imports Supervisor.Spec). */
  addImport(ms: Scope, module: string): void {
    if (ms.imports === null) ms.imports = [];
    ms.imports.push({ module: atom(module), only: null, except: null });
  }

  private noteDeprecated(module: Atom, name: string, arity: number, a: Ast, s: Scope): void {
    const message = DEPRECATED.get(module.name + '.' + name + '/' + arity);
    if (message === undefined) return;
    if (s.mod === null || !this.inDef) {
      // Outside a function (a script's top level) the warning names the line only.
      this.u.warnings.push(`warning: ${inspectModule(module)}.${name}/${arity} is deprecated. ${message}\n  ${this.u.file}:${lineOf(a)}\n\n`);
      return;
    }
    const callee = `${inspectModule(module)}.${name}/${arity}`;
    s.mod.deprecatedCalls.push({ callee, message, where: `${this.u.file}:${lineOf(a)}: ${inspectModule(s.mod.name)}.${this.fnName.name}/${this.fnArity}` });
  }

  /** One warning per deprecated function, sorted by its name, listing every place that calls it. */
  private reportDeprecated(mod: ModuleCtx): void {
    const byCallee = new Map<string, { message: string; where: string[] }>();
    for (const d of mod.deprecatedCalls) {
      const e = byCallee.get(d.callee) ?? { message: d.message, where: [] };
      if (!e.where.includes(d.where)) e.where.push(d.where);
      byCallee.set(d.callee, e);
    }
    for (const callee of [...byCallee.keys()].sort()) {
      const { message, where } = byCallee.get(callee)!;
      const places = where.length === 1 ? `  ${where[0]}\n` : `Invalid call found at ${where.length} locations:\n${where.map((w) => '  ' + w + '\n').join('')}`;
      this.u.checkerWarnings.push(`warning: ${callee} is deprecated. ${message}\n${places}\n`);
    }
  }

  /** Used by `use` hooks: add a default clause unless the module defines the function itself. */
  addDefault(mod: ModuleCtx, ms: Scope, kind: 'def' | 'defp', name: string, params: string[], body: Ast): boolean {
    const key = fnKey(name, params.length);
    if (mod.defs.has(key)) return false;
    mod.defs.set(key, {
      name, arity: params.length, kind, line: 0,
      clauses: [{ head: params.map((p) => [atom(p), EMPTY_LIST, NIL]), guard: null, body, line: 0, attrs: mod.attrs, scope: ms }],
    });
    return true;
  }

  private aliasForm(argv: Ast[], s: Scope): void {
    const target = argv[0];
    const opts = argv.length > 1 ? keyword(argv[1]) : null;
    if (s.aliases === null) s.aliases = new Map();
    const multi = remoteCall(target);
    if (multi !== null && multi.name.name === '{}') {
      const base = this.moduleName(multi.module, s);
      for (const sub of multi.args) {
        const parts = args(sub).map((p) => (p as Atom).name);
        const full = atom(base.name + '.' + parts.join('.'));
        s.aliases.set(parts[parts.length - 1], full);
        this.noteAlias(parts[parts.length - 1], lineOf(target), s);
      }
      return;
    }
    const full = this.moduleName(target, s);
    const as = kwGet(opts, 'as');
    const short = as !== undefined ? (args(as)[0] as Atom).name : full.name.split('.').pop()!;
    s.aliases.set(short, full);
    this.noteAlias(short, lineOf(target), s);
  }

  /** An alias made in a module's body: Elixir warns at the module's end if nothing used it. */
  private noteAlias(short: string, line: number, s: Scope): void {
    s.mod?.aliasLines.set(`${short}@${line}`, [short, line]);
  }

  /** A case clause after one that matches anything: the Erlang compiler warns of it. */
  private noteUnreachableClauses(cls: { patterns: Ast[]; line: number }[], s: Scope): void {
    if (s.mod === null || !this.inDef) return;
    const k = cls.findIndex((c) => !isLocalCall(c.patterns[0], 'when') && isCatchAll([c.patterns[0]]));
    if (k < 0) return;
    for (const c of cls.slice(k + 1)) {
      s.mod.unreachableCases.push({
        def: fnKey(this.fnName.name, this.fnArity),
        text: `warning: this clause cannot match because a previous clause at line ${cls[k].line} always matches\n  ${this.u.file}:${c.line}\n\n`,
      });
    }
  }

  /** Warnings Elixir gives once a module is compiled: clauses that cannot match, unused attributes and aliases. */
  private moduleEndWarnings(mod: ModuleCtx): void {
    const file = this.u.file;
    // A private function nothing calls, sorted by name and arity; the calls a default-argument
    // wrapper makes do not count, a call to the wrapper does.
    const defs = [...mod.defs.values()];
    for (const d of defs.filter((x) => x.kind === 'defp' && !x.wrapper).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.arity - y.arity))) {
      const wrappers = defs.filter((w) => w.name === d.name && w.arity < d.arity && w.wrapper === true);
      const direct = (mod.callCounts.get(fnKey(d.name, d.arity)) ?? 0) - wrappers.length;
      const viaDefaults = wrappers.reduce((n, w) => n + (mod.callCounts.get(fnKey(w.name, w.arity)) ?? 0), 0);
      if (direct + viaDefaults <= 0) this.u.warnings.push(`warning: function ${d.name}/${d.arity} is unused\n  ${file}:${d.line}\n\n`);
      else if (wrappers.length > 0 && viaDefaults === 0)
        this.u.warnings.push(`warning: default values for the optional arguments in ${d.name}/${d.arity} are never used\n  ${file}:${d.line}\n\n`);
    }
    for (const d of mod.defs.values()) {
      const key = fnKey(d.name, d.arity);
      for (const w of mod.unreachableCases) if (w.def === key) this.u.warnings.push(w.text);
      const always = d.clauses.findIndex((c) => c.guard === null && isCatchAll(c.head));
      if (always < 0) continue;
      for (const c of d.clauses.slice(always + 1)) {
        this.u.warnings.push(`warning: this clause for ${d.name}/${d.arity} cannot match because a previous clause at line ${d.clauses[always].line} always matches\n  ${file}:${c.line}\n\n`);
      }
    }
    for (const [name, line] of mod.attrLines) {
      if (!mod.attrsRead.has(name)) this.u.warnings.push(`warning: module attribute @${name} was set but never used\n  ${file}:${line}\n\n`);
    }
    for (const [short, line] of [...mod.aliasLines.values()].sort((a, b) => a[1] - b[1])) {
      if (!mod.aliasesUsed.has(short)) this.u.warnings.push(`warning: unused alias ${short}\n  ${file}:${line}\n\n`);
    }
    for (const [module, line] of mod.importLines) {
      if (!mod.importsUsed.has(module)) this.u.warnings.push(`warning: unused import ${inspectModule(atom(module))}\n  ${file}:${line}\n\n`);
    }
  }

  private importForm(argv: Ast[], s: Scope): void {
    const module = this.moduleName(argv[0], s);
    const opts = argv.length > 1 ? keyword(argv[1]) : null;
    const only = kwGet(opts, 'only');
    const except = kwGet(opts, 'except');
    const set = (x: Ast | undefined): Set<string> | null => {
      if (x === undefined || x instanceof Atom) return null;
      return new Set((keyword(x) ?? []).map(([n, ar]) => fnKey(n, ar as number)));
    };
    if (s.imports === null) s.imports = [];
    s.imports.push({ module, only: set(only), except: set(except) });
    (s.requires ??= new Set()).add(module);
    if (s.mod !== null && !this.inDef) s.mod.importLines.set(module.name, lineOf(argv[0]));
  }

  private requireForm(argv: Ast[], s: Scope): void {
    const module = this.moduleName(argv[0], s);
    (s.requires ??= new Set()).add(module);
    const as = kwGet(argv.length > 1 ? keyword(argv[1]) : null, 'as');
    if (as !== undefined) this.aliasForm([argv[0], list([[atom('as'), as]])], s);
  }

  private required(module: Atom, s: Scope): boolean {
    for (let sc: Scope | null = s; sc !== null; sc = sc.parent) if (sc.requires?.has(module)) return true;
    return false;
  }

  // ---------------------------------------------------------------- defguard

  /**
   * defguard name(params) when expr: the expression is checked now, in a guard, with the
   * parameters as its only variables (as Kernel.Utils.defguard expands it), and kept to be
   * put in place at each call (see expandGuard).
   */
  private defguard(priv: boolean, argv: Ast[], ms: Scope, mod: ModuleCtx, line: number): Term {
    const kind = priv ? 'defguardp' : 'defguard';
    const whenAst = argv[0];
    const head = isLocalCall(whenAst, 'when') ? args(whenAst)[0] : whenAst;
    if (argv.length !== 1 || !isNode(head) || !(head[0] instanceof Atom)) this.err(line, `invalid syntax in ${kind} ${macroToString(whenAst)}`);
    const name = (head[0] as Atom).name;
    const params = (isListTerm(head[2]) ? args(head) : []).map((p) => (isLocalCall(p, '\\\\') ? args(p)[0] : p));
    if (!isLocalCall(whenAst, 'when')) this.err(line, `implementation not provided for predefined defmacro ${name}/${params.length}`);
    const body = args(whenAst)[1];
    const names = params.map((p) => {
      if (!isVar(p)) this.err(line, `invalid syntax in ${kind} ${macroToString(whenAst)}`);
      return varName(p);
    });
    const saved = { fc: this.fc, inGuard: this.inGuard, guards: this.currentGuards, inDef: this.inDef, fnName: this.fnName, fnArity: this.fnArity };
    this.fc = new FnCompiler(names.length);
    this.currentGuards = mod.guards;
    this.inGuard = true;
    // Warnings in the expression name the macro, as they would name a function.
    this.inDef = true;
    this.fnName = atom(name);
    this.fnArity = names.length;
    try {
      const gs = new Scope(ms, this.fc, mod);
      names.forEach((n, i) => gs.vars.set(n, { reg: i, name: n, line, used: true, where: null }));
      this.b.line = line;
      this.expr(body, gs, false);
    } catch (e) {
      // The expression is checked by Kernel.Utils.defguard/3, a macro: its frames are printed.
      if (e instanceof CompileError && e.trace === '')
        e.trace = `    (elixir 1.14.0) lib/kernel/utils.ex:322: Kernel.Utils.defguard/3\n    (elixir 1.14.0) expanding macro: Kernel.Utils.defguard/2\n    ${this.u.file}: ${inspectModule(mod.name)}.${name}/${names.length}\n`;
      throw e;
    } finally {
      this.fc = saved.fc;
      this.inGuard = saved.inGuard;
      this.currentGuards = saved.guards;
      this.inDef = saved.inDef;
      this.fnName = saved.fnName;
      this.fnArity = saved.fnArity;
    }
    const g: GuardMacro = { name, params: names, body, private: priv };
    const key = fnKey(name, names.length);
    mod.guards = new Map(mod.guards).set(key, g);
    if (priv) mod.privateGuards.set(key, line);
    else {
      mod.code.guards = [...(mod.code.guards ?? []).filter((x) => fnKey(x.name, x.params.length) !== key), g];
      const m = (mod.code.macros ??= []);
      if (!m.some(([n, ar]) => n === name && ar === names.length)) m.push([name, names.length]);
    }
    return [atom(name), names.length];
  }

  /** A guard of this module (defined before the clause being compiled) or an imported one. */
  private localGuard(name: string, arity: number, s: Scope): GuardMacro | null {
    const key = fnKey(name, arity);
    if (s.mod !== null) {
      const g = (this.currentGuards ?? s.mod.guards).get(key);
      if (g !== undefined) return g;
    }
    for (let sc: Scope | null = s; sc !== null; sc = sc.parent) {
      if (sc.imports === null) continue;
      for (const imp of sc.imports) {
        if (imp.only !== null && !imp.only.has(key)) continue;
        if (imp.except !== null && imp.except.has(key)) continue;
        const g = this.remoteGuard(imp.module, name, arity);
        if (g !== null) {
          sc.mod?.importsUsed.add(imp.module.name);
          return g;
        }
      }
    }
    return null;
  }

  private remoteGuard(module: Atom, name: string, arity: number): GuardMacro | null {
    const m = this.u.modules.find((x) => x.name === module) ?? this.u.host.module(module);
    return m?.guards?.find((g) => g.name === name && g.params.length === arity) ?? null;
  }

  /**
   * In a guard, the guard's expression with the arguments in place of its parameters;
   * elsewhere each argument the expression uses is evaluated once, into a variable of its own.
   */
  private expandGuard(g: GuardMacro, argv: Ast[], s: Scope, tail: boolean): number {
    s.mod?.usedGuards.add(fnKey(g.name, g.params.length));
    if (this.inGuard) {
      const byName = new Map(g.params.map((p, i) => [p, argv[i]]));
      return this.expr(substituteVars(g.body, byName), s, tail);
    }
    const used = g.params.filter((p) => mentionsVar(g.body, p));
    const fresh = new Map(used.map((p) => [p, [atom(`${p}@${g.name}${this.guardExpansions++}`), EMPTY_LIST, NIL] as Ast]));
    const binds = used.map((p) => node('=', EMPTY_LIST, [fresh.get(p)!, argv[g.params.indexOf(p)]]));
    return this.body(node('__block__', EMPTY_LIST, [...binds, substituteVars(g.body, fresh)]), s, tail);
  }

  private guardExpansions = 0;

  /**
   * Kernel.dbg/1,2 with Macro.dbg's default backend: the location, then the code and ` #=> ` with
   * its value (inspected pretty at width 80), a pipeline one step a line; the value is returned.
   */
  private dbgExpr(a: Ast, code: Ast, opts: Ast, s: Scope, tail: boolean): number {
    const steps: Ast[] = [];
    let c = code;
    while (isLocalCall(c, '|>')) {
      const [lhs, rhs] = args(c);
      steps.unshift(rhs);
      c = lhs;
    }
    steps.unshift(c);
    const where = s.mod !== null && this.inDef ? `${inspectModule(s.mod.name)}.${this.fnName.name}/${this.fnArity}` : '(file)';
    const id = this.dbgExpansions++;
    const vars = steps.map((_, i) => [atom(`dbg${i}@${id}`), EMPTY_LIST, NIL] as Ast);
    const remote = (mod: string, fun: string, argv: Ast[]): Ast => [[atom('.'), EMPTY_LIST, list([atom(mod), atom(fun)])], EMPTY_LIST, list(argv)];
    const inspectOpts = remote('Elixir.Keyword', 'merge', [list([[atom('width'), 80], [atom('pretty'), TRUE]]), opts]);
    const forms: Ast[] = steps.map((step, i) => node('=', EMPTY_LIST, [vars[i], i === 0 ? step : pipeInto(vars[i - 1], step, this)]));
    const parts: Ast[] = [Bin.fromString(`[${this.u.file}:${lineOf(a)}: ${where}]\n`)];
    steps.forEach((step, i) => {
      parts.push(Bin.fromString(`${i > 0 ? '|> ' : ''}${macroToString(step)} #=> `), remote('Elixir.Kernel', 'inspect', [vars[i], inspectOpts]), Bin.fromString('\n'));
    });
    parts.push(Bin.fromString('\n'));
    forms.push(remote('Elixir.IO', 'write', [list(parts)]), vars[vars.length - 1]);
    return this.body(node('__block__', EMPTY_LIST, forms), s, tail);
  }

  private dbgExpansions = 0;

  /** Kernel.binding/0: every variable in scope (those of enclosing fns too), sorted by name. */
  private bindingExpr(s: Scope): number {
    const names = new Set<string>();
    // Up to the module's own scope: a def does not see the variables around its defmodule.
    for (let sc: Scope | null = s; sc !== null && sc.fc !== null && sc.mod === s.mod; sc = sc.parent) for (const name of sc.vars.keys()) names.add(name);
    const pairs: number[] = [];
    for (const name of [...names].filter((x) => !x.includes('@') && !PSEUDO_VARS.has(x)).sort()) {
      const r = this.lookup(name, s);
      if (r === undefined) continue;
      const pair = this.b.reg();
      this.b.emitN(Op.TUPLE, [pair], [this.constReg(atom(name)), r]);
      pairs.push(pair);
    }
    let l = this.constReg(EMPTY_LIST);
    for (let i = pairs.length - 1; i >= 0; i--) {
      const cell = this.b.reg();
      this.b.emit(Op.CONS, cell, pairs[i], l);
      l = cell;
    }
    return l;
  }

  /** Elixir's error for a call a guard cannot make (a function, or a guard not yet defined). */
  private notInGuard(name: string, argv: Ast[], a: Ast): never {
    this.err(
      lineOf(a),
      `cannot find or invoke local ${name}/${argv.length} inside guards. Only macros can be invoked in a guards and they must be defined before their invocation. Called as: ${macroToString(node(name, EMPTY_LIST, argv))}`,
    );
  }

  // ---------------------------------------------------------------- functions

  private compileDef(mod: ModuleCtx, d: DefInfo): FunctionCode {
    this.fc = new FnCompiler(d.arity);
    this.fnName = atom(d.name);
    this.fnArity = d.arity;
    const params = Array.from({ length: d.arity }, (_, i) => i);
    for (const c of d.clauses) {
      this.currentAttrs = c.attrs;
      this.currentGuards = c.guards ?? null;
      const s = new Scope(c.scope, this.fc, mod);
      this.b.line = c.line;
      const next = this.b.label();
      this.matchParams(c.head, params, c.guard, s, next);
      this.body(c.body, s, true);
      this.b.bind(next);
    }
    this.currentAttrs = null;
    this.currentGuards = null;
    if (d.clauses.length === 0) this.err(d.line, `implementation not provided for predefined def ${d.name}/${d.arity}`);
    this.b.emit(Op.FUNC_CLAUSE);
    return this.b.finish(mod.name, atom(d.name), d.arity, this.u.file, d.kind);
  }

  private matchParams(pats: Ast[], regs: number[], guard: Ast | null, s: Scope, fail: Label): void {
    const seen = new Map<string, number>();
    pats.forEach((p, i) => this.pattern(p, regs[i], s, fail, seen));
    if (guard !== null) this.guard(guard, s, fail);
  }

  private fnExpr(a: Ast, clausesAst: Ast[], s: Scope): number {
    const cls = clausesAst.map((c) => {
      const [pats, body] = args(c);
      return { patterns: toArray(pats), body, line: lineOf(c) };
    });
    const arity = cls[0].patterns.length === 1 && isLocalCall(cls[0].patterns[0], 'when') ? args(cls[0].patterns[0]).length - 1 : cls[0].patterns.length;
    const saved = this.fc;
    const savedGuard = this.inGuard;
    this.inGuard = false;
    const fc = new FnCompiler(arity);
    this.fc = fc;
    const params = Array.from({ length: arity }, (_, i) => i);
    for (const c of cls) {
      let pats = c.patterns;
      let guard: Ast | null = null;
      if (pats.length === 1 && isLocalCall(pats[0], 'when')) {
        const w = args(pats[0]);
        guard = w[w.length - 1];
        pats = w.slice(0, -1);
      }
      if (pats.length !== arity) this.err(c.line, 'cannot mix clauses with different arities in anonymous functions');
      const cs = new Scope(s, fc, s.mod);
      this.b.line = c.line;
      const next = this.b.label();
      this.matchParams(pats, params, guard, cs, next);
      this.body(c.body, cs, true);
      this.b.bind(next);
    }
    this.b.emit(Op.FUNC_CLAUSE);
    const mod = s.mod;
    const index = mod ? mod.lambdaCount++ : this.topLambdas++;
    const owner = { name: this.fnName, arity: this.fnArity };
    // The BEAM numbers a fun's name within its function (-b/0-fun-0-) and its index in the module.
    const ownerKey = `${mod ? mod.name.name : ''} ${owner.name.name}/${owner.arity}`;
    const nth = this.funsPerOwner.get(ownerKey) ?? 0;
    this.funsPerOwner.set(ownerKey, nth + 1);
    const code = fc.b.finish(mod ? mod.name : TOP_MODULE, atom(`-${owner.name.name}/${owner.arity}-fun-${nth}-`), arity, this.u.file, 'fn', owner);
    this.fc = saved;
    this.inGuard = savedGuard;
    this.b.line = lineOf(a);
    // A fun of a script's top level prints as #Function<N.M in file:path.exs>: its owner is the file.
    const labelOwner = mod ? owner.name : atom(this.u.file);
    const label: FunLabel = { kind: 'local', module: mod ? mod.name : TOP_MODULE, owner: labelOwner, ownerArity: owner.arity, index, uniq: uniqOf(this.u.file, mod ? mod.name.name : ''), nth };
    const lambda: Lambda & { envRegs: number[] } = {
      code,
      arity,
      nenv: fc.captures.length,
      label,
      envRegs: fc.captures.map((c) => c.inner),
    };
    const r = this.b.reg();
    this.b.emitN(Op.MAKE_FUN, [r, this.b.k(lambda)], fc.captures.map((c) => c.outer));
    return r;
  }

  private topLambdas = 0;
  private funsPerOwner = new Map<string, number>();

  private capture(a: Ast, argv: Ast[], s: Scope): number {
    const inner = argv[0];
    // &Mod.fun/arity, &fun/arity
    if (isLocalCall(inner, '/') && typeof args(inner)[1] === 'number') {
      const [target, ar] = args(inner) as [Ast, number];
      const rc = remoteCall(target);
      if (rc !== null && rc.args.length === 0) {
        const guardMod = this.expandAlias(rc.module, s);
        if (guardMod instanceof Atom && this.required(guardMod, s) && this.remoteGuard(guardMod, rc.name.name, ar) !== null) {
          // &Mod.guard/1 of a defguard is a fn calling the macro, as a capture of any macro is.
          const ps = Array.from({ length: ar }, (_, i) => [atom(`x${i + 1}@`), EMPTY_LIST, NIL] as Ast);
          const call: Ast = [[atom('.'), EMPTY_LIST, list([guardMod, rc.name])], metaOf(a), list(ps)];
          return this.fnExpr(a, [node('->', metaOf(a), [list(ps), call])], s);
        }
        let mod = this.expandAlias(rc.module, s);
        let fname = rc.name;
        if (mod === A.kernel && INLINE[fnKey(rc.name.name, ar)] !== undefined) {
          // &Kernel.is_atom/1 is &:erlang.is_atom/1, as Elixir inlines it.
          fname = atom(INLINE[fnKey(rc.name.name, ar)]);
          mod = A.erlang;
        } else if (mod === A.kernel && KERNEL_CAPTURED_AS_ERLANG[fnKey(rc.name.name, ar)] !== undefined) {
          fname = atom(KERNEL_CAPTURED_AS_ERLANG[fnKey(rc.name.name, ar)]);
          mod = A.erlang;
        }
        if (mod instanceof Atom) {
          const site: CallSite = { module: mod, name: fname, arity: ar, version: -1, fn: null, bif: null, folded: false, protocol: undefined };
          const r = this.b.reg();
          this.b.emit(Op.MAKE_FUN, r, this.b.k(site), 0);
          return r;
        }
      }
      if (isNode(target) && target[0] instanceof Atom) {
        const name = target[0].name;
        const inl = INLINE[fnKey(name, ar)];
        if (inl !== undefined) {
          const site: CallSite = { module: A.erlang, name: atom(inl), arity: ar, version: -1, fn: null, bif: null, folded: false, protocol: undefined };
          const r = this.b.reg();
          this.b.emit(Op.MAKE_FUN, r, this.b.k(site), 0);
          return r;
        }
        if (!(s.mod !== null && s.mod.defs.has(fnKey(name, ar)))) {
          const from = this.importedFrom(name, ar, s);
          if (from !== null) {
            const site: CallSite = { module: from, name: atom(name), arity: ar, version: -1, fn: null, bif: null, folded: false, protocol: undefined };
            const r = this.b.reg();
            this.b.emit(Op.MAKE_FUN, r, this.b.k(site), 0);
            return r;
          }
        }
        const ps = Array.from({ length: ar }, (_, i) => [atom(`x${i + 1}@`), EMPTY_LIST, NIL] as Ast);
        const fnAst = node('fn', metaOf(a), [node('->', metaOf(a), [list(ps), node(name, metaOf(a), ps)])]);
        return this.expr(fnAst, s, false);
      }
    }
    // &(&1 + x): find the highest &N and build fn with that many parameters
    let max = 0;
    const walk = (x: Ast): void => {
      if (isLocalCall(x, '&') && typeof args(x)[0] === 'number') max = Math.max(max, args(x)[0] as number);
      else if (Array.isArray(x)) (x as Ast[]).forEach(walk);
      else if (x instanceof Cons) {
        walk(x.head);
        walk(x.tail);
      }
    };
    walk(inner);
    if (max === 0) this.err(lineOf(a), `invalid args for &, expected one of:\n\n  * &Mod.fun/arity to capture a remote function, such as &Enum.map/2\n  * &fun/arity to capture a local or imported function, such as &is_atom/1\n  * &some_code(&1, ...) containing at least one argument as &1, such as &List.flatten(&1)\n\nGot: ${'...'}`);
    const ps = Array.from({ length: max }, (_, i) => [atom(`x${i + 1}@`), EMPTY_LIST, NIL] as Ast);
    const replace = (x: Ast): Ast => {
      if (isLocalCall(x, '&') && typeof args(x)[0] === 'number') return ps[(args(x)[0] as number) - 1];
      if (Array.isArray(x)) return (x as Ast[]).map(replace);
      if (x instanceof Cons) return new Cons(replace(x.head), replace(x.tail));
      return x;
    };
    const fnAst = node('fn', metaOf(a), [node('->', metaOf(a), [list(ps), replace(inner)])]);
    return this.expr(fnAst, s, false);
  }

  // ---------------------------------------------------------------- control flow

  private matchExpr(pat: Ast, value: Ast, s: Scope): number {
    this.inMatchRhs++;
    let v: number;
    try {
      v = this.expr(value, s, false);
    } finally {
      this.inMatchRhs--;
    }
    if (isVar(pat) && varName(pat) !== '_') {
      this.bindVar(varName(pat), v, s, lineOf(pat));
      const lit = this.literal(value);
      if (lit !== undefined) s.vars.get(varName(pat))!.value = lit;
      return v;
    }
    const fail = this.b.label();
    const ok = this.b.label();
    this.pattern(pat, v, s, fail, new Map());
    this.b.emit(Op.JUMP, ok);
    this.b.bind(fail);
    this.b.emit(Op.FAIL, this.b.k(A.badmatch), v);
    this.b.bind(ok);
    return v;
  }

  private matchQ(argv: Ast[], s: Scope): number {
    const [pat, value] = argv;
    const v = this.expr(value, s, false);
    const r = this.b.reg();
    const fail = this.b.label();
    const end = this.b.label();
    let p = pat;
    let guard: Ast | null = null;
    if (isLocalCall(pat, 'when')) [p, guard] = args(pat);
    const cs = s.child();
    this.pattern(p, v, cs, fail, new Map());
    if (guard) this.guard(guard, cs, fail);
    for (const b of cs.vars.values()) b.used = true;
    this.b.emit(Op.CONST, r, this.b.k(TRUE));
    this.b.emit(Op.JUMP, end);
    this.b.bind(fail);
    this.b.emit(Op.CONST, r, this.b.k(FALSE));
    this.b.bind(end);
    return r;
  }

  /** Clauses `pattern [when guard] -> body` matched against register v; fail is reached if none match. */
  private clauseChain(
    cls: { patterns: Ast[]; body: Ast; line: number }[],
    v: number,
    s: Scope,
    tail: boolean,
    result: number,
    end: Label,
    onNoMatch: () => void,
  ): void {
    for (const c of cls) {
      let pat = c.patterns[0];
      let guard: Ast | null = null;
      if (isLocalCall(pat, 'when')) [pat, guard] = args(pat);
      const cs = s.child();
      this.b.line = c.line;
      const next = this.b.label();
      this.pattern(pat, v, cs, next, new Map());
      if (guard !== null) this.guard(guard, cs, next);
      const r = this.body(c.body, cs, tail);
      if (!tail) {
        this.b.emit(Op.MOVE, result, r);
        this.b.emit(Op.JUMP, end);
      }
      this.b.bind(next);
    }
    onNoMatch();
  }

  private caseExpr(argv: Ast[], s: Scope, tail: boolean): number {
    const [subject, kw] = argv;
    const v = this.expr(subject, s, false);
    const cls = clauses(kwGet(keyword(kw), 'do'));
    const result = this.b.reg();
    const end = this.b.label();
    this.noteUnreachableClauses(cls, s);
    this.clauseChain(cls, v, s, tail, result, end, () => this.b.emit(Op.FAIL, this.b.k(A.case_clause), v));
    this.b.bind(end);
    return tail ? -1 : result;
  }

  private condExpr(argv: Ast[], s: Scope, tail: boolean): number {
    const cls = clauses(kwGet(keyword(argv[0]), 'do'));
    const result = this.b.reg();
    const end = this.b.label();
    for (const c of cls) {
      this.b.line = c.line;
      const cs = s.child();
      const t = this.expr(c.patterns[0], cs, false);
      const next = this.b.label();
      this.b.emit(Op.TEST_TRUTHY, next, t);
      const r = this.body(c.body, cs, tail);
      if (!tail) {
        this.b.emit(Op.MOVE, result, r);
        this.b.emit(Op.JUMP, end);
      }
      this.b.bind(next);
    }
    this.b.emit(Op.FAIL, this.b.k(atom('cond_clause')), -1);
    this.b.bind(end);
    return tail ? -1 : result;
  }

  private ifExpr(negate: boolean, argv: Ast[], s: Scope, tail: boolean): number {
    const [cond, kwAst] = argv;
    const kw = keyword(kwAst);
    const thenAst = kwGet(kw, 'do') ?? NIL;
    const elseAst = kwGet(kw, 'else') ?? NIL;
    const c = this.expr(cond, s.child(), false);
    const result = this.b.reg();
    const other = this.b.label();
    const end = this.b.label();
    this.b.emit(Op.TEST_TRUTHY, other, c);
    const first = negate ? elseAst : thenAst;
    const second = negate ? thenAst : elseAst;
    const r1 = this.body(first, s.child(), tail);
    if (!tail) {
      this.b.emit(Op.MOVE, result, r1);
      this.b.emit(Op.JUMP, end);
    }
    this.b.bind(other);
    const r2 = this.body(second, s.child(), tail);
    if (!tail) this.b.emit(Op.MOVE, result, r2);
    this.b.bind(end);
    return tail ? -1 : result;
  }

  private receiveExpr(argv: Ast[], s: Scope, tail: boolean): number {
    const kw = keyword(argv[0]);
    const cls = clauses(kwGet(kw, 'do'));
    const afterCls = clauses(kwGet(kw, 'after'));
    const result = this.b.reg();
    const end = this.b.label();
    let timeout: number;
    if (afterCls.length > 0) timeout = this.expr(afterCls[0].patterns[0], s, false);
    else timeout = this.constReg(atom('infinity'));
    const loop = this.b.here();
    const wait = this.b.label();
    const msg = this.b.reg();
    this.b.emit(Op.RECV_PEEK, wait, msg);
    for (const c of cls) {
      let pat = c.patterns[0];
      let guard: Ast | null = null;
      if (isLocalCall(pat, 'when')) [pat, guard] = args(pat);
      const cs = s.child();
      this.b.line = c.line;
      const next = this.b.label();
      this.pattern(pat, msg, cs, next, new Map());
      if (guard !== null) this.guard(guard, cs, next);
      this.b.emit(Op.RECV_REMOVE);
      const r = this.body(c.body, cs, tail);
      if (!tail) {
        this.b.emit(Op.MOVE, result, r);
        this.b.emit(Op.JUMP, end);
      }
      this.b.bind(next);
    }
    this.b.emit(Op.RECV_NEXT, loop);
    this.b.bind(wait);
    const timedOut = this.b.label();
    this.b.emit(Op.RECV_WAIT, timeout, loop, timedOut);
    this.b.bind(timedOut);
    if (afterCls.length > 0) {
      const r = this.body(afterCls[0].body, s.child(), tail);
      if (!tail) this.b.emit(Op.MOVE, result, r);
    } else if (tail) {
      this.b.emit(Op.RETURN, this.constReg(NIL));
    }
    this.b.bind(end);
    return tail ? -1 : result;
  }

  private withExpr(argv: Ast[], s: Scope, tail: boolean): number {
    const kw = keyword(argv[argv.length - 1]);
    const steps = argv.slice(0, -1);
    const result = this.b.reg();
    const end = this.b.label();
    const elseCls = clauses(kwGet(kw, 'else'));
    const failed = this.b.reg();
    const elseL = this.b.label();
    const ws = s.child();
    for (const st of steps) {
      if (isLocalCall(st, '<-')) {
        let [pat, value] = args(st);
        let guard: Ast | null = null;
        if (isLocalCall(pat, 'when')) [pat, guard] = args(pat);
        const v = this.expr(value, ws, false);
        const miss = this.b.label();
        const ok = this.b.label();
        this.pattern(pat, v, ws, miss, new Map());
        if (guard !== null) this.guard(guard, ws, miss);
        this.b.emit(Op.JUMP, ok);
        this.b.bind(miss);
        this.b.emit(Op.MOVE, failed, v);
        this.b.emit(Op.JUMP, elseL);
        this.b.bind(ok);
      } else {
        this.expr(st, ws, false);
      }
    }
    const r = this.body(kwGet(kw, 'do') ?? NIL, ws, tail);
    if (!tail) {
      this.b.emit(Op.MOVE, result, r);
      this.b.emit(Op.JUMP, end);
    }
    this.b.bind(elseL);
    if (elseCls.length === 0) {
      if (tail) this.b.emit(Op.RETURN, failed);
      else this.b.emit(Op.MOVE, result, failed);
    } else {
      this.clauseChain(elseCls, failed, s, tail, result, end, () => this.b.emit(Op.FAIL, this.b.k(A.with_clause), failed));
    }
    this.b.bind(end);
    return tail ? -1 : result;
  }

  private forExpr(argv: Ast[], s: Scope): number {
    // Options may come as two keyword lists: `for x <- xs, reduce: 0 do ... end`.
    let kw = keyword(argv[argv.length - 1]) ?? [];
    let steps = argv.slice(0, -1);
    const opts = steps.length > 0 ? keyword(steps[steps.length - 1]) : null;
    if (opts !== null && opts.length > 0) {
      kw = [...opts, ...kw];
      steps = steps.slice(0, -1);
    }
    const bodyAst = kwGet(kw, 'do') ?? NIL;
    const into = kwGet(kw, 'into');
    const reduce = kwGet(kw, 'reduce');
    const uniq = kwGet(kw, 'uniq') === TRUE;
    const acc = this.b.reg();
    if (reduce !== undefined) this.b.emit(Op.MOVE, acc, this.expr(reduce, s, false));
    else this.b.emit(Op.CONST, acc, this.b.k(EMPTY_LIST));
    const fs = s.child();
    const gen = (i: number, sc: Scope): void => {
      if (i === steps.length) {
        if (reduce !== undefined) {
          // for ..., reduce: acc do acc -> ... end: the clauses take the accumulator.
          const end = this.b.label();
          const r = this.b.reg();
          this.clauseChain(clauses(bodyAst), acc, sc, false, r, end, () => this.b.emit(Op.FAIL, this.b.k(A.case_clause), acc));
          this.b.bind(end);
          this.b.emit(Op.MOVE, acc, r);
          return;
        }
        const v = this.body(bodyAst, sc, false);
        this.b.emit(Op.CONS, acc, v, acc);
        return;
      }
      const st = steps[i];
      const genSegs = isLocalCall(st, '<<>>') ? args(st) : [];
      if (genSegs.length > 0 && isLocalCall(genSegs[genSegs.length - 1], '<-')) {
        // <<c <- bits>>, <<1::1, x::3 <- bits>>: take one chunk at a time while the rest matches.
        let [pat, src] = args(genSegs[genSegs.length - 1]);
        let guard: Ast | null = null;
        if (isLocalCall(pat, 'when')) [pat, guard] = args(pat);
        const patSegs = [...genSegs.slice(0, -1), ...(isLocalCall(pat, '<<>>') ? args(pat) : [pat])];
        const cur = this.b.reg();
        this.b.emit(Op.MOVE, cur, this.expr(src, sc, false));
        const loop = this.b.here();
        const done = this.b.label();
        const skip = this.b.label();
        const cs = sc.child();
        const rest = this.bitsTail(patSegs, cur, cs, skip);
        const next = this.b.label();
        if (guard !== null) this.guard(guard, cs, next);
        gen(i + 1, cs);
        this.b.bind(next);
        this.b.emit(Op.MOVE, cur, rest);
        this.b.emit(Op.JUMP, loop);
        // A chunk that does not match is skipped when a chunk of that shape is there (the same
        // segments with every value a wildcard, as Erlang's binary generators do).
        this.b.bind(skip);
        const skipped = this.bitsTail(patSegs.map((seg) => wildcardSegment(seg, patSegs)), cur, sc.child(), done);
        this.b.emit(Op.MOVE, cur, skipped);
        this.b.emit(Op.JUMP, loop);
        this.b.bind(done);
      } else if (isLocalCall(st, '<-')) {
        let [pat, src] = args(st);
        let guard: Ast | null = null;
        if (isLocalCall(pat, 'when')) [pat, guard] = args(pat);
        const coll = this.expr(src, sc, false);
        const cur = this.b.reg();
        const isList = this.b.label();
        const notList = this.b.label();
        const notCons = this.b.label();
        // Lists are walked as they are; anything else goes through Enum.to_list/1 first.
        this.b.emit(Op.TEST_CONS, notCons, coll);
        this.b.emit(Op.MOVE, cur, coll);
        this.b.emit(Op.JUMP, isList);
        this.b.bind(notCons);
        this.b.emit(Op.TEST_NIL, notList, coll);
        this.b.emit(Op.MOVE, cur, coll);
        this.b.emit(Op.JUMP, isList);
        this.b.bind(notList);
        const listed = this.callRemote(atom('Elixir.Enum'), 'to_list', [coll], false);
        this.b.emit(Op.MOVE, cur, listed);
        this.b.bind(isList);
        const loop = this.b.here();
        const done = this.b.label();
        this.b.emit(Op.TEST_CONS, done, cur);
        const item = this.b.reg();
        this.b.emit(Op.GET_HD, item, cur);
        const next = this.b.label();
        const cs = sc.child();
        this.pattern(pat, item, cs, next, new Map());
        if (guard !== null) this.guard(guard, cs, next);
        gen(i + 1, cs);
        this.b.bind(next);
        this.b.emit(Op.GET_TL, cur, cur);
        this.b.emit(Op.JUMP, loop);
        this.b.bind(done);
      } else if (isLocalCall(st, '=') && args(st).length === 2) {
        const [pat, value] = args(st);
        const v = this.expr(value, sc, false);
        const fail = this.b.label();
        const ok = this.b.label();
        this.pattern(pat, v, sc, fail, new Map());
        this.b.emit(Op.JUMP, ok);
        this.b.bind(fail);
        this.b.emit(Op.FAIL, this.b.k(A.badmatch), v);
        this.b.bind(ok);
        gen(i + 1, sc);
      } else {
        const t = this.expr(st, sc, false);
        const skip = this.b.label();
        this.b.emit(Op.TEST_TRUTHY, skip, t);
        gen(i + 1, sc);
        this.b.bind(skip);
      }
    };
    gen(0, fs);
    if (reduce !== undefined) return acc;
    let out = this.callRemote(A.lists, 'reverse', [acc], false);
    if (uniq) out = this.callRemote(atom('Elixir.Enum'), 'uniq', [out], false);
    if (into === undefined) return out;
    if ((into instanceof Bin && into.byteSize === 0) || (isLocalCall(into, '<<>>') && args(into).length === 0)) {
      return this.callRemote(A.erlang, 'list_to_bitstring', [out], false);
    }
    const target = this.expr(into, s, false);
    return this.callRemote(atom('Elixir.Enum'), 'into', [out, target], false);
  }

  private raiseExpr(argv: Ast[], s: Scope, tail: boolean): number {
    const e = this.exceptionValue(argv, s);
    // raise/1 leaves error_info on its frame as Elixir 1.14's does (not in the shell, whose
    // erl_eval raises its own way).
    if (argv.length === 1 && this.u.file !== 'iex') return this.done(this.callRemote(A.vm, 'raise', [e], false), tail);
    this.b.emit(Op.RAISE, this.constReg(A.error), e);
    return this.done(e, tail);
  }

  /** raise "msg" | raise Mod | raise Mod, opts | raise struct: the exception term. */
  private exceptionValue(argv: Ast[], s: Scope): number {
    const [first, opts] = argv;
    if (first instanceof Bin || (isLocalCall(first, '<<>>'))) {
      const msg = this.expr(first, s, false);
      return this.callRemote(A.vm, 'exception_from', [this.constReg(atom('Elixir.RuntimeError')), msg], false);
    }
    const m = this.expandAlias(first, s);
    if (m instanceof Atom && m !== NIL && (isLocalCall(first, '__aliases__') || m.name.startsWith('Elixir.'))) {
      const o = opts !== undefined ? this.expr(opts, s, false) : this.constReg(EMPTY_LIST);
      const user = this.u.modules.find((x) => x.name === m) ?? this.u.host.module(m);
      // A module of this file or a loaded one with exception/1: call it (it may be overridden).
      if (user !== undefined && user.exports.has('exception/1')) return this.callRemote(m, 'exception', [o], false);
      return this.callRemote(A.vm, 'exception_from', [this.constReg(m), o], false);
    }
    const v = this.expr(first, s, false);
    if (opts !== undefined) {
      const o = this.expr(opts, s, false);
      return this.callRemote(A.vm, 'exception_from', [v, o], false);
    }
    return this.callRemote(A.vm, 'exception_value', [v], false);
  }

  private tryExpr(argv: Ast[], s: Scope, tail: boolean): number {
    void tail;
    const kw = keyword(argv[0]);
    const doAst = kwGet(kw, 'do') ?? NIL;
    const rescueCls = clauses(kwGet(kw, 'rescue'));
    const catchCls = clauses(kwGet(kw, 'catch'));
    const elseCls = clauses(kwGet(kw, 'else'));
    const afterAst = kwGet(kw, 'after');
    const result = this.b.reg();
    if (elseCls.length > 0 && rescueCls.length === 0 && catchCls.length === 0 && afterAst === undefined)
      this.u.warnings.push(`warning: "else" shouldn't be used as the only clause in "try", use "case" instead\n  ${this.u.file}:${this.b.line}\n\n`);

    const withAfter = afterAst !== undefined;
    const ak = this.b.reg(), av = this.b.reg(), ast_ = this.b.reg();
    const afterHandler = this.b.label();
    if (withAfter) this.b.emit(Op.TRY_BEGIN, afterHandler, ak, av, ast_);

    const kind = this.b.reg(), value = this.b.reg(), stack = this.b.reg();
    const handler = this.b.label();
    const done = this.b.label();
    this.b.emit(Op.TRY_BEGIN, handler, kind, value, stack);
    const r = this.body(doAst, s.child(), false);
    this.b.emit(Op.TRY_END);
    if (elseCls.length > 0) {
      const end = this.b.label();
      this.clauseChain(elseCls, r, s, false, result, end, () => this.b.emit(Op.FAIL, this.b.k(A.try_clause), r));
      this.b.bind(end);
    } else {
      this.b.emit(Op.MOVE, result, r);
    }
    this.b.emit(Op.JUMP, done);
    this.b.bind(handler);
    for (const c of rescueCls) this.rescueClause(c, kind, value, stack, s, result, done);
    for (const c of catchCls) this.catchClause(c, kind, value, stack, s, result, done);
    this.b.emit(Op.RERAISE, kind, value, stack);
    this.b.bind(done);
    if (withAfter) {
      this.b.emit(Op.TRY_END);
      this.body(afterAst!, s.child(), false);
      const out = this.b.label();
      this.b.emit(Op.JUMP, out);
      this.b.bind(afterHandler);
      this.body(afterAst!, s.child(), false);
      this.b.emit(Op.RERAISE, ak, av, ast_);
      this.b.bind(out);
    }
    return this.done(result, tail);
  }

  private rescueClause(c: { patterns: Ast[]; body: Ast; line: number }, kind: number, value: number, stack: number, s: Scope, result: number, done: Label): void {
    const next = this.b.label();
    const cs = s.child();
    this.b.line = c.line;
    this.bindVar('__STACKTRACE__', stack, cs, c.line);
    cs.vars.get('__STACKTRACE__')!.used = true;
    this.b.emit(Op.TEST_EQ, next, kind, this.b.k(A.error));
    const e = this.callRemote(A.vm, 'normalize', [value, stack], false);
    let pat = c.patterns[0];
    let varAst: Ast | null = null;
    let mods: Ast[] | null = null;
    if (isLocalCall(pat, 'in')) {
      const [v, m] = args(pat);
      varAst = v;
      mods = isListTerm(m) ? toArray(m) : [m];
    } else if (isVar(pat)) {
      varAst = pat;
    } else {
      mods = isListTerm(pat) ? toArray(pat) : [pat];
    }
    if (mods !== null) {
      const matched = this.b.label();
      for (const m of mods) {
        const name = this.moduleName(m, s);
        const no = this.b.label();
        this.b.emit(Op.TEST_STRUCT, no, e, this.b.k(name));
        this.b.emit(Op.JUMP, matched);
        this.b.bind(no);
      }
      this.b.emit(Op.JUMP, next);
      this.b.bind(matched);
    }
    if (varAst !== null && varName(varAst) !== '_') this.bindVar(varName(varAst), e, cs, c.line);
    pat = NIL;
    const r = this.body(c.body, cs, false);
    this.b.emit(Op.MOVE, result, r);
    this.b.emit(Op.JUMP, done);
    this.b.bind(next);
  }

  private catchClause(c: { patterns: Ast[]; body: Ast; line: number }, kind: number, value: number, stack: number, s: Scope, result: number, done: Label): void {
    const next = this.b.label();
    const cs = s.child();
    this.b.line = c.line;
    this.bindVar('__STACKTRACE__', stack, cs, c.line);
    cs.vars.get('__STACKTRACE__')!.used = true;
    let pats = c.patterns;
    let guard: Ast | null = null;
    const lastP = pats[pats.length - 1];
    if (isLocalCall(lastP, 'when')) {
      const w = args(lastP);
      guard = w[w.length - 1];
      pats = [...pats.slice(0, -1), ...w.slice(0, -1)];
    }
    const seen = new Map<string, number>();
    if (pats.length === 1) {
      this.b.emit(Op.TEST_EQ, next, kind, this.b.k(A.throw));
      this.pattern(pats[0], value, cs, next, seen);
    } else {
      this.pattern(pats[0], kind, cs, next, seen);
      this.pattern(pats[1], value, cs, next, seen);
    }
    if (guard !== null) this.guard(guard, cs, next);
    const r = this.body(c.body, cs, false);
    this.b.emit(Op.MOVE, result, r);
    this.b.emit(Op.JUMP, done);
    this.b.bind(next);
  }

  // ---------------------------------------------------------------- guards

  private guard(g: Ast, s: Scope, fail: Label): void {
    // `when a when b`: either may hold; each is evaluated on its own.
    if (isLocalCall(g, 'when')) {
      const [g1, g2] = args(g);
      const second = this.b.label();
      const ok = this.b.label();
      this.guard(g1, s, second);
      this.b.emit(Op.JUMP, ok);
      this.b.bind(second);
      this.guard(g2, s, fail);
      this.b.bind(ok);
      return;
    }
    const safe = neverRaises(g);
    const saved = this.inGuard;
    this.inGuard = true;
    if (!safe) this.b.emit(Op.GUARD_BEGIN, fail);
    const r = this.expr(g, s, false);
    if (!safe) this.b.emit(Op.GUARD_END);
    this.inGuard = saved;
    this.b.emit(Op.TEST_TRUE, fail, r);
  }

  // ---------------------------------------------------------------- patterns

  /** Match register v against pattern p; jump to fail on mismatch. Binds variables in s. */
  private pattern(p: Ast, v: number, s: Scope, fail: Label, seen: Map<string, number>): void {
    const b = this.b;
    if (isVar(p) && !PSEUDO_VARS.has(varName(p))) {
      const name = varName(p);
      if (name.startsWith('_') && name === '_') return;
      const prev = seen.get(name);
      if (prev !== undefined) {
        b.emit(Op.TEST_EQ_REG, fail, v, prev);
        const bd = s.vars.get(name);
        if (bd) bd.used = true;
        return;
      }
      // Registers are written once per binding, so the variable can name v itself (no copy).
      seen.set(name, v);
      this.bindVar(name, v, s, lineOf(p));
      return;
    }
    // A map in a pattern matches any map holding its keys, so it is never a literal to compare.
    const lit = hasMapPattern(p) ? undefined : this.literal(p);
    if (lit !== undefined) {
      if (lit === EMPTY_LIST) b.emit(Op.TEST_NIL, fail, v);
      else b.emit(Op.TEST_EQ, fail, v, b.k(lit));
      return;
    }
    if (Array.isArray(p) && p.length === 2) {
      this.tuplePattern(p as Ast[], v, s, fail, seen);
      return;
    }
    if (p instanceof Cons) {
      let cur = v;
      let l: Ast = p;
      while (l instanceof Cons) {
        let h = l.head;
        let tailPat: Ast | undefined;
        if (isLocalCall(h, '|') && l.tail === EMPTY_LIST) [h, tailPat] = args(h);
        b.emit(Op.TEST_CONS, fail, cur);
        const hr = b.reg();
        b.emit(Op.GET_HD, hr, cur);
        this.pattern(h, hr, s, fail, seen);
        const tr = b.reg();
        b.emit(Op.GET_TL, tr, cur);
        cur = tr;
        if (tailPat !== undefined) {
          this.pattern(tailPat, cur, s, fail, seen);
          return;
        }
        l = l.tail;
      }
      b.emit(Op.TEST_NIL, fail, cur);
      return;
    }
    if (!isNode(p)) this.err(b.line, 'invalid pattern');
    const name = p[0] instanceof Atom ? p[0].name : '';
    const argv = isListTerm(p[2]) ? args(p) : [];
    switch (name) {
      case '{}':
        this.tuplePattern(argv, v, s, fail, seen);
        return;
      case '=': {
        this.pattern(argv[0], v, s, fail, seen);
        this.pattern(argv[1], v, s, fail, seen);
        return;
      }
      case '^': {
        const r = this.lookup(varName(argv[0]), s);
        if (r === undefined) this.err(lineOf(p), `undefined variable ^${varName(argv[0])}`);
        b.emit(Op.TEST_EQ_REG, fail, v, r);
        return;
      }
      case '%{}':
        b.emit(Op.TEST_MAP, fail, v);
        this.mapPattern(argv, v, s, fail, seen);
        return;
      case '%': {
        const [modAst, mapAst] = argv;
        if (isVar(modAst)) {
          b.emit(Op.TEST_MAP, fail, v);
          const mr = b.reg();
          b.emit(Op.MAP_GET, fail, mr, v, this.constReg(A.struct));
          const isAtom = this.callRemote(A.erlang, 'is_atom', [mr], false);
          b.emit(Op.TEST_TRUE, fail, isAtom);
          this.pattern(modAst, mr, s, fail, seen);
        } else {
          const mod = this.moduleName(modAst, s);
          this.structFields(mod, lineOf(p), s);
          b.emit(Op.TEST_STRUCT, fail, v, b.k(mod));
        }
        this.mapPattern(args(mapAst), v, s, fail, seen);
        return;
      }
      case '<>': {
        const [prefix, rest] = argv;
        const pre = this.literal(prefix);
        if (!(pre instanceof Bin)) this.err(lineOf(p), 'the left argument of <> must be a binary in patterns');
        const r = b.reg();
        b.emit(Op.BIN_PREFIX, fail, r, v, b.k(pre));
        this.pattern(rest, r, s, fail, seen);
        return;
      }
      case '<<>>':
        this.binPattern(argv, v, s, fail, seen);
        return;
      case '-':
      case '@': {
        if (name === '@') {
          const r = this.attrRead(argv[0], s);
          b.emit(Op.TEST_EQ_REG, fail, v, r);
          return;
        }
        break;
      }
      case '__MODULE__':
        b.emit(Op.TEST_EQ, fail, v, b.k(s.mod ? s.mod.name : NIL));
        return;
      case '..':
      case '..//': {
        // first..last in a pattern is %Range{first: first, last: last, step: 1 or -1}.
        b.emit(Op.TEST_STRUCT, fail, v, b.k(atom('Elixir.Range')));
        const keys = ['first', 'last', 'step'];
        argv.forEach((x, i) => {
          const r = b.reg();
          b.emit(Op.MAP_GET, fail, r, v, this.constReg(atom(keys[i])));
          this.pattern(x, r, s, fail, seen);
        });
        return;
      }
      case '__aliases__':
        b.emit(Op.TEST_EQ, fail, v, b.k(this.expandAlias(p, s) as Term));
        return;
      case 'when':
        break;
    }
    this.err(lineOf(p), `cannot invoke remote function in match`);
  }

  private tuplePattern(items: Ast[], v: number, s: Scope, fail: Label, seen: Map<string, number>): void {
    this.b.emit(Op.TEST_TUPLE, fail, v, items.length);
    items.forEach((it, i) => {
      if (isVar(it) && varName(it) === '_') return;
      const r = this.b.reg();
      this.b.emit(Op.GET_ELEM, r, v, i);
      this.pattern(it, r, s, fail, seen);
    });
  }

  private mapPattern(kvs: Ast[], v: number, s: Scope, fail: Label, seen: Map<string, number>): void {
    for (const kv of kvs) {
      const [k, pat] = kv as Ast[];
      let key: number;
      if (isLocalCall(k, '^')) key = this.lookup(varName(args(k)[0]), s)!;
      else {
        const lit = this.literal(k);
        if (lit === undefined) this.err(this.b.line, 'only literals are allowed as map keys in patterns');
        key = this.constReg(lit);
      }
      const r = this.b.reg();
      this.b.emit(Op.MAP_GET, fail, r, v, key);
      this.pattern(pat, r, s, fail, seen);
    }
  }

  /** Match `<<segs..., rest::bitstring>>` against v; the register of rest. */
  private bitsTail(segs: Ast[], v: number, s: Scope, fail: Label): number {
    const restName = `rest@${this.b.nregs}`;
    const restVar: Ast = [atom(restName), EMPTY_LIST, NIL];
    this.binPattern([...segs, node('::', EMPTY_LIST, [restVar, [atom('bitstring'), EMPTY_LIST, NIL]])], v, s, fail, new Map());
    const rest = s.vars.get(restName)!;
    rest.used = true;
    return rest.reg;
  }

  private binPattern(segs: Ast[], v: number, s: Scope, fail: Label, seen: Map<string, number>): void {
    const specs: SegmentSpec[] = [];
    const values: Ast[] = [];
    for (const seg of segs) {
      const { value, spec } = this.segment(seg, s, true);
      if (spec.type === 'binary' && spec.size === -1 && spec.sizeReg === -1 && value instanceof Bin) {
        spec.size = value.byteSize;
        spec.literal = value;
      } else {
        const lit = this.literal(value);
        if (lit !== undefined) spec.literal = lit;
      }
      specs.push(spec);
      values.push(value);
    }
    const base = this.b.nregs;
    for (let i = 0; i < specs.length; i++) this.b.reg();
    // Sizes referring to variables bound by an earlier segment of this same pattern (which
    // shadow any variable of that name from outside it).
    const sizeVars: string[] = [];
    segs.forEach((seg, i) => {
      if (!isLocalCall(seg, '::')) return;
      const sizeVar = findSizeVar(args(seg)[1]);
      if (sizeVar === null) return;
      const j = values.findIndex((x, jj) => jj < i && isVar(x) && varName(x) === sizeVar);
      if (j >= 0) {
        specs[i].sizeReg = base + j;
        sizeVars.push(sizeVar);
      }
    });
    specs.forEach((spec, i) => {
      if (i < specs.length - 1 && (spec.type === 'binary' || spec.type === 'bitstring') && spec.size === -1 && spec.sizeReg === -1) {
        this.bitstringErr(lineOf(segs[i]), UNSIZED_BINARY_NOT_LAST, [163], true);
      }
    });
    this.b.emit(Op.BIN_MATCH, fail, base, v, this.b.k(specs));
    values.forEach((val, i) => {
      if (specs[i].literal !== undefined) return;
      this.pattern(val, base + i, s, fail, seen);
    });
    // A variable that sizes a later segment is used, as Elixir sees it.
    for (const name of sizeVars) {
      const bound = s.vars.get(name);
      if (bound !== undefined) bound.used = true;
    }
  }
}

/**
 * The quoted form of source AST as `quote` returns it: variables take the quoting context (the
 * module), metas are emptied (quote keeps no line unless asked). unquote calls are kept as they
 * are, to be filled in at run time.
 */
const A_NO_PARENS = atom('no_parens');
const A_DELIMITER = atom('delimiter');
const A_ALIASES = atom('__aliases__');

function quoted(a: Ast, ctx: Term): Ast {
  if (isLocalCall(a, 'unquote') || isLocalCall(a, 'unquote_splicing')) return a;
  if (isNode(a)) {
    const [head, , third] = a;
    if (head instanceof Atom && third instanceof Atom) return [head, EMPTY_LIST, third === NIL ? ctx : third];
    // Positions go; what the code looked like stays (x.y without parentheses, a sigil's delimiter).
    const kept = toArray(a[1]).filter((kv) => Array.isArray(kv) && (kv[0] === A_NO_PARENS || kv[0] === A_DELIMITER));
    // An alias quoted where no alias of that name is in effect.
    if (head === A_ALIASES) kept.push([atom('alias'), FALSE]);
    const arities = head instanceof Atom ? KERNEL_IMPORTS[head.name] : undefined;
    if (arities !== undefined && isListTerm(third)) {
      // A call Kernel imports carries where it came from, as quote records it.
      kept.push([atom('context'), ctx], [atom('imports'), list(arities.map((n) => [n, A.kernel] as Ast))]);
    }
    const meta: Ast = kept.length === 0 ? EMPTY_LIST : list(kept);
    return [quoted(head, ctx), meta, isListTerm(third) ? quotedList(third, ctx) : third];
  }
  if (Array.isArray(a) && a.length === 2) return [quoted(a[0] as Ast, ctx), quoted(a[1] as Ast, ctx)];
  if (a instanceof Cons) return quotedList(a, ctx);
  return a;
}

/** Kernel's imported names and their arities (what quote puts in a call's :imports). */
const KERNEL_IMPORTS: Record<string, number[]> = (() => {
  const t: Record<string, number[]> = {};
  const add = (names: string, arities: number[]): void => {
    for (const n of names.split(' ')) t[n] = arities;
  };
  add('+ -', [1, 2]);
  add('* / == != === !== < > <= >= ++ -- <> and or && || .. in |> =~ div rem elem send max min apply put_elem is_function binary_part', [2]);
  add('! not hd tl length abs is_atom is_binary is_bitstring is_boolean is_float is_integer is_list is_map is_nil is_number is_pid is_port is_reference is_tuple map_size tuple_size byte_size bit_size round trunc throw exit make_ref', [1]);
  add('if unless', [2]);
  add('raise', [1, 2]);
  add('inspect to_string', [1, 2]);
  add('spawn spawn_link', [1, 3]);
  add('self node', [0]);
  t['apply'] = [2, 3];
  t['node'] = [0, 1];
  return t;
})();

function quotedList(l: Ast, ctx: Term): Ast {
  const items = toArray(l).map((x) => quoted(x, ctx));
  return list(items);
}

function hasUnquote(q: Ast): boolean {
  if (isLocalCall(q, 'unquote') || isLocalCall(q, 'unquote_splicing')) return true;
  if (Array.isArray(q)) return (q as Ast[]).some(hasUnquote);
  if (q instanceof Cons) return hasUnquote(q.head) || hasUnquote(q.tail);
  return false;
}

/** data.a[:b].c as {root: data, keys: [:a, :b, :c]}; null if it is not such a path. */
function unnestPath(a: Ast): { root: Ast; keys: Ast[] } | null {
  const keys: Ast[] = [];
  let cur = a;
  for (;;) {
    const rc = remoteCall(cur);
    if (rc === null) break;
    if (isLocalCall(rc.module, '__aliases__') && args(rc.module).length === 1 && (args(rc.module)[0] as Atom).name === 'Access' && rc.name.name === 'get' && rc.args.length === 2) {
      keys.unshift(rc.args[1]);
      cur = rc.args[0];
      continue;
    }
    if (rc.args.length === 0 && metaGet(metaOf(cur), 'no_parens') === TRUE) {
      keys.unshift(rc.name);
      cur = rc.module;
      continue;
    }
    break;
  }
  return keys.length === 0 ? null : { root: cur, keys };
}

function findSizeVar(t: Ast): string | null {
  if (isLocalCall(t, 'size')) {
    const a = args(t)[0];
    return isVar(a) ? varName(a) : null;
  }
  if (isLocalCall(t, '-')) {
    for (const p of args(t)) {
      const r = findSizeVar(p);
      if (r !== null) return r;
    }
  }
  return null;
}

/** {name, meta, nil} nodes that are special forms, not variables. */
const PSEUDO_VARS = new Set(['__MODULE__', '__ENV__', '__CALLER__', '__DIR__', '__STACKTRACE__']);

const ARITH_OPS = new Map<Op, string>([
  [Op.ADD, '+'],
  [Op.SUB, '-'],
  [Op.MUL, '*'],
]);

const BINOPS: Record<string, Op> = {
  '+': Op.ADD, '-': Op.SUB, '*': Op.MUL, '<': Op.LT, '<=': Op.LE, '>': Op.GT, '>=': Op.GE,
  '==': Op.EQ, '!=': Op.NE, '===': Op.EQX, '!==': Op.NEX,
};

const BINOP_ERLANG: Record<string, Op> = {
  '+': Op.ADD, '-': Op.SUB, '*': Op.MUL, '<': Op.LT, '=<': Op.LE, '>': Op.GT, '>=': Op.GE,
  '==': Op.EQ, '/=': Op.NE, '=:=': Op.EQX, '=/=': Op.NEX,
};

/** Natives that need the calling process (they must go through CALL_REMOTE, which gives it). */
export const PROCESS_BIFS = new Set<string>();

type UseHook = (mod: ModuleCtx, c: Compiler, ms: Scope, opts: Ast) => void;
const USE_HOOKS = new Map<string, UseHook>();

/**
 * `use Mod, opts` for modules whose __using__ the runtime knows (OTP behaviours, ExUnit later).
 * The defaults are added after the module body, so a def of the module replaces them; in their
 * bodies the variable `__use_opts__` stands for the options given to `use`. `imports` are
 * imported where `use` appears.
 */
export function registerUseHook(
  module: string,
  defaults: { kind: 'def' | 'defp'; name: string; params: string[]; body: Ast; missingWarning?: string }[],
  imports: string[] = [],
): void {
  USE_HOOKS.set(module, (mod, c, ms, opts) => {
    for (const m of imports) c.addImport(ms, m);
    mod.pendingUses.push(() => {
      for (const d of defaults) {
        const added = c.addDefault(mod, ms, d.kind, d.name, d.params, substituteVar(d.body, '__use_opts__', opts));
        // A required callback the module left out (init/1 of GenServer): injected, with a warning.
        if (added && d.missingWarning !== undefined) c.warnModule(mod, d.missingWarning.replace('%MODULE%', inspectModule(mod.name)));
      }
    });
  });
}

/** Elixir functions the compiler rewrites into an :erlang native of the same arguments. */
const ELIXIR_INLINED: Record<string, string> = {
  'Elixir.String.to_integer/1': 'binary_to_integer',
  'Elixir.String.to_float/1': 'binary_to_float',
  'Elixir.Atom.to_string/1': 'atom_to_binary',
  'Elixir.Atom.to_charlist/1': 'atom_to_list',
  'Elixir.Integer.to_string/1': 'integer_to_binary',
  'Elixir.List.to_tuple/1': 'list_to_tuple',
  'Elixir.Tuple.to_list/1': 'tuple_to_list',
};

/** Attributes Elixir gives a meaning of its own (or sets itself): never warned about when unread. */
const UNWARNED_ATTRS = new Set(['for', 'protocol', 'fallback_to_any', 'external_resource', 'on_load', 'vsn', 'before_compile', 'after_compile', 'on_definition', 'optional_callbacks', 'macrocallback', 'file', 'struct', 'behavior']);

/** A clause head that matches anything: distinct variables (or _) only. */
function isCatchAll(head: Ast[]): boolean {
  const seen = new Set<string>();
  return head.every((p) => {
    if (!isVar(p) || PSEUDO_VARS.has(varName(p))) return false;
    const n = varName(p);
    if (n !== '_' && seen.has(n)) return false;
    seen.add(n);
    return true;
  });
}

/** Marks the aliases an AST names (Foo in Foo.t()) as used. */
function markAliases(a: Ast, mod: ModuleCtx): void {
  if (isLocalCall(a, '__aliases__')) {
    const first = args(a)[0];
    if (first instanceof Atom) mod.aliasesUsed.add(first.name);
    return;
  }
  if (Array.isArray(a)) for (const x of a as Ast[]) markAliases(x, mod);
  else if (a instanceof Cons) {
    markAliases(a.head, mod);
    markAliases(a.tail, mod);
  }
}

/** Modules whose functions a guard may call: the BIFs and the guards Elixir itself defines. */
const GUARD_MODULES = new Set(['erlang', 'Elixir.Kernel', 'Elixir.Bitwise', 'Elixir.Integer']);

function substituteVars(a: Ast, values: Map<string, Ast>): Ast {
  if (isVar(a)) return values.get(varName(a)) ?? a;
  if (Array.isArray(a)) return (a as Ast[]).map((x) => substituteVars(x, values));
  if (a instanceof Cons) return new Cons(substituteVars(a.head, values), substituteVars(a.tail, values));
  return a;
}

function mentionsVar(a: Ast, name: string): boolean {
  if (isVar(a)) return varName(a) === name;
  if (Array.isArray(a)) return (a as Ast[]).some((x) => mentionsVar(x, name));
  if (a instanceof Cons) return mentionsVar(a.head, name) || mentionsVar(a.tail, name);
  return false;
}

function substituteVar(a: Ast, name: string, value: Ast): Ast {
  if (isVar(a) && varName(a) === name) return value;
  if (Array.isArray(a)) return (a as Ast[]).map((x) => substituteVar(x, name, value));
  if (a instanceof Cons) return new Cons(substituteVar(a.head, name, value), substituteVar(a.tail, name, value));
  return a;
}

const DEPRECATED = new Map<string, string>();

/** A function whose calls warn at compile time, as `@deprecated` does (key: 'Elixir.Mod.fun/arity'). */
export function registerDeprecated(module: string, name: string, arity: number, message: string): void {
  DEPRECATED.set(module + '.' + name + '/' + arity, message);
}

function neverRaises(g: Ast): boolean {
  if (isVar(g)) return true;
  if (typeof g === 'number' || g instanceof Atom) return true;
  if (isLocalCall(g)) {
    const n = (g[0] as Atom).name;
    const a = args(g);
    if (n === 'and' || n === 'or' || n === 'not' || n === '!') return false;
    if (NEVER_RAISE.has(n)) return a.every(neverRaises);
    if (n === 'in') return isListTerm(a[1]) && neverRaises(a[0]);
    return false;
  }
  return false;
}

/** |> : insert lhs as the first argument of the call rhs. */
function pipeInto(lhs: Ast, rhs: Ast, c: Compiler): Ast {
  void c;
  if (isNode(rhs)) {
    const argv = isListTerm(rhs[2]) ? toArray(rhs[2]) : [];
    return [rhs[0], rhs[1], list([lhs, ...argv])];
  }
  throw new CompileError('nofile', 0, 'cannot pipe into a non-call');
}

const UNSIZED_BINARY_NOT_LAST = `a binary field without size is only allowed at the end of a binary pattern, at the right side of binary concatenation and and never allowed in binary generators. The following examples are invalid:

    rest <> "foo"
    <<rest::binary, "foo">>

They are invalid because there is a bits/bitstring component not at the end. However, the "reverse" would work:

    "foo" <> rest
    <<"foo", rest::binary>>

`;

const SEGMENT_TYPES = new Set(['integer', 'float', 'binary', 'bytes', 'bitstring', 'bits', 'utf8', 'utf16', 'utf32']);

/**
 * A segment of a bitstring literal as Elixir shows it once its specifiers are expanded
 * (`1::integer-little-size(3)`), and its size in bits when that is known without running it.
 */
function describeSegment(seg: Ast): { text: string; bits: number | null } {
  const valueText = (v: Ast): string =>
    typeof v === 'number' || typeof v === 'bigint' ? v.toString() : v instanceof Bin || v instanceof Float ? inspect(v) : macroToString(v);
  const literalBits = (v: Ast, type: string): number | null => {
    if (v instanceof Bin) return type === 'utf16' || type === 'utf32' ? encodeText(v.string, type, false).byteSize * 8 : v.byteSize * 8;
    if (typeof v !== 'number') return null;
    if (type === 'utf8') return 8 * (v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4);
    if (type === 'utf16') return v < 0x10000 ? 16 : 32;
    return 32;
  };
  if (!isLocalCall(seg, '::')) {
    const bits = seg instanceof Bin ? seg.byteSize * 8 : seg instanceof Float ? 64 : 8;
    return { text: valueText(seg), bits };
  }
  const [v, t] = args(seg);
  let type = v instanceof Bin ? 'binary' : v instanceof Float ? 'float' : 'integer';
  let endian = '';
  let sign = '';
  let size: Ast | undefined;
  let unit: number | undefined;
  const walk = (x: Ast): void => {
    if (typeof x === 'number') size = x;
    else if (isLocalCall(x, '-')) args(x).forEach(walk);
    else if (isLocalCall(x, '*')) {
      const [sz, u] = args(x);
      walk(sz);
      unit = u as number;
    } else if (isNode(x) && x[0] instanceof Atom) {
      const n = x[0].name;
      if (n === 'size') size = args(x)[0];
      else if (n === 'unit') unit = args(x)[0] as number;
      else if (n === 'big' || n === 'little' || n === 'native') endian = n;
      else if (n === 'signed' || n === 'unsigned') sign = n;
      else if (SEGMENT_TYPES.has(n)) type = n === 'bytes' ? 'binary' : n === 'bits' ? 'bitstring' : n;
    }
  };
  walk(t);
  const parts = [type, endian, sign, unit !== undefined ? `unit(${unit})` : '', size !== undefined ? `size(${valueText(size)})` : ''];
  const text = `${valueText(v)}::${parts.filter((p) => p !== '').join('-')}`;
  const n = typeof size === 'number' ? size : size === undefined ? null : NaN;
  let bits: number | null;
  if (Number.isNaN(n)) bits = null;
  else if (type === 'integer') bits = (n ?? 8) * (unit ?? 1);
  else if (type === 'float') bits = (n ?? 64) * (unit ?? 1);
  else if (type === 'binary' || type === 'bitstring') bits = n !== null ? n * (unit ?? (type === 'binary' ? 8 : 1)) : v instanceof Bin ? v.byteSize * 8 : null;
  else bits = literalBits(v, type);
  return { text, bits };
}

/** Whether a segment's specifiers (`size(8)-little-integer`) name its type. */
function namesType(t: Ast): boolean {
  if (isLocalCall(t, '-') || isLocalCall(t, '*')) return args(t).some(namesType);
  return isNode(t) && t[0] instanceof Atom && SEGMENT_TYPES.has(t[0].name);
}

/** The segment with its value a wildcard, but still binding a variable that sizes another segment. */
function wildcardSegment(seg: Ast, all: Ast[]): Ast {
  const under: Ast = [atom('_'), EMPTY_LIST, NIL];
  if (isLocalCall(seg, '::')) {
    const [v, t] = args(seg);
    const sizes = all.some((o) => isLocalCall(o, '::') && isVar(v) && findSizeVar(args(o)[1]) === varName(v));
    return sizes ? seg : node('::', EMPTY_LIST, [under, t]);
  }
  if (seg instanceof Bin) {
    return node('::', EMPTY_LIST, [under, node('-', EMPTY_LIST, [[atom('binary'), EMPTY_LIST, NIL], node('size', EMPTY_LIST, [seg.byteSize])])]);
  }
  return under;
}

/** The UTF-8, UTF-16 or UTF-32 encoding of a string literal in a utf segment. */
function encodeText(text: string, type: 'utf8' | 'utf16' | 'utf32', little: boolean): Bin {
  if (type === 'utf8') return Bin.fromString(text);
  const out: number[] = [];
  const unit = (u: number, bytes: number): void => {
    const be: number[] = [];
    for (let i = bytes - 1; i >= 0; i--) be.push((u >>> (8 * i)) & 0xff);
    out.push(...(little ? be.reverse() : be));
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (type === 'utf32') unit(cp, 4);
    else if (cp < 0x10000) unit(cp, 2);
    else {
      unit(0xd800 | ((cp - 0x10000) >> 10), 2);
      unit(0xdc00 | ((cp - 0x10000) & 0x3ff), 2);
    }
  }
  return Bin.fromBytes(Uint8Array.from(out));
}

function binSeg(): SegmentSpec {
  return { type: 'binary', size: -1, sizeReg: -1, unit: 8, signed: false, little: false };
}

function charlistOf(s: string): Term {
  return list(Array.from(s).map((ch) => ch.codePointAt(0)!));
}

export function inspectModule(m: Atom): string {
  return m.name.startsWith('Elixir.') ? m.name.slice(7) : ':' + m.name;
}

function inspectKey(k: Ast): string {
  return k instanceof Atom ? ':' + k.name : String(k);
}

function uniqOf(file: string, mod: string): number {
  let h = 0x811c9dc5;
  const s = file + '\0' + mod;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h % 134217728;
}

/** Whether a pattern has a map (`%{}` or a struct) anywhere inside it. */
function hasMapPattern(p: Ast): boolean {
  if (p instanceof Cons) return hasMapPattern(p.head) || hasMapPattern(p.tail);
  if (!Array.isArray(p)) return false;
  if (p.length === 2) return hasMapPattern(p[0] as Ast) || hasMapPattern(p[1] as Ast);
  if (isNode(p)) {
    const head = p[0];
    if (head instanceof Atom && (head.name === '%{}' || head.name === '%')) return true;
    return isListTerm(p[2]) && args(p).some(hasMapPattern);
  }
  return false;
}
