// The instruction loop. `execute` runs the common instructions' fast paths in one `switch`;
// the rare instructions and the slow paths go to `slowOp` (see the README on why the split).
// The current function, pc and frame base live in local variables; calls push four words on
// the process's frame array, so no Elixir call ever uses the JavaScript stack and a tail call
// reuses the frame.
//
// Exceptions (from natives, from RAISE, from failed matches) are JavaScript throws inside the
// loop; the catch turns them into the BEAM's {kind, reason, stacktrace}, unwinds to the nearest
// handler on the process's handler stack, or ends the process with that reason.
import { Atom, Bin, Cons, EMPTY_LIST, FALSE, Float, Fun, NIL, TRUE, atom, list, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { compareTerms, exactEquals, looseEquals } from '../terms/compare.ts';
import { ErlangError, lookupBif, type Bif } from '../bifs/registry.ts';
import type { CallSite, FunctionCode, Lambda, LocalRef, ModuleCode, SegmentSpec } from '../compiler/code.ts';
import { fnKey } from '../compiler/code.ts';
import type { Process } from './process.ts';
import { NORMAL, SendError, type Node } from './node.ts';
import { binBuild, binMatch, evaluatedConstructionFailure } from './binary.ts';

// The opcodes again, declared in this file on purpose: a `const enum` is inlined only within its
// own file by the TypeScript transpilers we run under (esbuild), and the dispatch `switch` needs
// literal case labels to become a jump table (about 2x faster). It must equal compiler/ops.ts's
// Op exactly; tests/unit/vm/dispatch_opcodes.test.ts checks that they agree.
export const enum Op {
  // data movement
  MOVE, // dst src
  CONST, // dst k
  // control
  JUMP, // L
  RETURN, // src
  // calls: n argument registers follow
  CALL_LOCAL, // dst k(FunctionCode) n a...
  TAIL_LOCAL, // k n a...
  CALL_REMOTE, // dst k(CallSite) n a...
  TAIL_REMOTE, // k n a...
  CALL_FUN, // dst f n a...
  TAIL_FUN, // f n a...
  APPLY, // dst mod name argsList
  TAIL_APPLY, // mod name argsList
  CALL_BIF, // dst k(Bif) n a...  (a native known at compile time)
  MAKE_FUN, // dst k(Lambda) n env...
  // tests: jump to L when the test fails
  TEST_EQ, // L reg k          (exact, =:=)
  TEST_EQ_REG, // L reg reg    (exact, =:=)
  TEST_CONS, // L reg
  TEST_NIL, // L reg
  TEST_TUPLE, // L reg size
  TEST_MAP, // L reg
  TEST_STRUCT, // L reg k(module atom)  (a map whose __struct__ is that module)
  TEST_TRUE, // L reg
  TEST_TRUTHY, // L reg        (fails on nil and false)
  MAP_GET, // L dst map key    (key in a register)
  BIN_PREFIX, // L dst reg k(Bin)  (reg is a binary starting with k; dst = rest)
  BIN_MATCH, // L base reg k(segment specs) (registers base.. receive the segments)
  // destructuring (after a successful test)
  GET_HD, // dst reg
  GET_TL, // dst reg
  GET_ELEM, // dst reg i
  // construction
  CONS, // dst head tail
  TUPLE, // dst n a...
  MAP_NEW, // dst n (k v)...
  MAP_UPDATE, // dst map n (k v)...   (keys must exist: {:badkey, k})
  MAP_PUT, // dst map n (k v)...
  BIN_BUILD, // dst k(segment specs) n a...
  // arithmetic and comparison with small-integer fast paths
  ADD, // dst a b
  SUB, // dst a b
  MUL, // dst a b
  ADDI, // dst a imm   (a + a small integer literal)
  SUBI, // dst a imm
  LT, // dst a b
  LE, // dst a b
  GT, // dst a b
  GE, // dst a b
  EQ, // dst a b  (==)
  NE, // dst a b  (!=)
  EQX, // dst a b  (===)
  NEX, // dst a b  (!==)
  // exceptions
  TRY_BEGIN, // L kind value stack   (handler at L receives the three registers)
  TRY_END, //
  GUARD_BEGIN, // L   (an exception until GUARD_END jumps to L: a guard that raises is false)
  GUARD_END, //
  RAISE, // kind value        (kind register holds :error | :throw | :exit)
  RERAISE, // kind value stack
  FAIL, // k(tag atom) reg  raises {tag, value}, or a bare atom tag when reg is -1
  FUNC_CLAUSE, //            raises :function_clause with the current arguments
  // receive
  RECV_PEEK, // L dst         (next unscanned message, or jump to L)
  RECV_NEXT, // L             (skip the message; go back to L)
  RECV_REMOVE, //             (take the scanned message out of the mailbox)
  RECV_WAIT, // timeout Lloop Ltimeout
  // fused forms the builder emits for common pairs (one dispatch instead of two)
  RETURN_K, // k               (const + return: a clause whose body is a literal)
  TEST_INT, // L reg imm       (test_eq with an integer literal that fits in 32 bits)
  TEST_LT, // L dst a b        (lt dst a b + test_true L dst: a guard's comparison)
  TEST_LE, // L dst a b
  TEST_GT, // L dst a b
  TEST_GE, // L dst a b
}

/** throw/exit raised by Elixir code or natives (errors are ErlangError). */
export class VmThrow extends Error {
  constructor(
    readonly kind: Atom,
    readonly reason: Term,
    /** Set by reraise: the stacktrace to keep. */
    readonly trace: Term | null = null,
  ) {
    super('vm throw');
  }
}

export const A_ERROR = atom('error');
export const A_THROW = atom('throw');
export const A_EXIT = atom('exit');
const A_INFINITY = atom('infinity');
const A_BADFUN = atom('badfun');
const A_BADARITY = atom('badarity');
const A_ERLANG_MOD = atom('erlang');
const A_APPLY = atom('apply');
const A_UNDEF = atom('undef');
const A_BADARG = atom('badarg');
const A_FUNCTION_CLAUSE = atom('function_clause');
const A_ERL_EVAL = atom('erl_eval');
const A_INTERPRETED_FUN = atom('-inside-an-interpreted-fun-');
const A_BADMAP = atom('badmap');
const A_BADKEY = atom('badkey');
const A_STRUCT = atom('__struct__');
const A_RAW = atom('__raw__');
const A_FILE = atom('file');
const A_LINE = atom('line');
const A_ERROR_INFO = atom('error_info');
const A_MODULE = atom('module');
const A_ERTS_ERRORS = atom('erl_erts_errors');
const A_TIMEOUT_VALUE = atom('timeout_value');
const MAX = Number.MAX_SAFE_INTEGER;

const bif = (m: string, n: string, a: number): Bif => {
  const f = lookupBif(m, n, a);
  if (f === undefined) throw new Error(`missing native ${m}:${n}/${a}`);
  return f;
};
let ADD: Bif, SUB: Bif, MUL: Bif;
function arith(): void {
  ADD = bif('erlang', '+', 2);
  SUB = bif('erlang', '-', 2);
  MUL = bif('erlang', '*', 2);
}

const scratch: Term[] = [];

/**
 * A tail call's arguments move to registers 0..n-1 of the frame it reuses. An argument may come
 * from a register another one overwrites, so they are all read before any is written; the usual
 * arities do that in locals, which is most of what a tail loop costs.
 */
function tailArgs(regs: Term[], bp: number, ins: Int32Array, at: number, n: number): void {
  switch (n) {
    case 0:
      return;
    case 1:
      regs[bp] = regs[bp + ins[at]];
      return;
    case 2: {
      const a = regs[bp + ins[at]];
      const b = regs[bp + ins[at + 1]];
      regs[bp] = a;
      regs[bp + 1] = b;
      return;
    }
    case 3: {
      const a = regs[bp + ins[at]];
      const b = regs[bp + ins[at + 1]];
      const c = regs[bp + ins[at + 2]];
      regs[bp] = a;
      regs[bp + 1] = b;
      regs[bp + 2] = c;
      return;
    }
    default:
      for (let i = 0; i < n; i++) scratch[i] = regs[bp + ins[at + i]];
      for (let i = 0; i < n; i++) {
        regs[bp + i] = scratch[i];
        scratch[i] = NIL;
      }
  }
}

/** Where a process whose last call was a native returns from (see TAIL_REMOTE). */
const RETURN_R0: FunctionCode = {
  module: atom('erlang'),
  name: atom('apply'),
  arity: 0,
  nregs: 1,
  code: Int32Array.from([Op.RETURN, 0]),
  consts: [],
  lines: new Int32Array(2),
  file: '',
  kind: 'def',
  owner: undefined,
};

// :erlang.apply/2,3 (and Kernel's, which Elixir inlines to them) called as functions: a remote
// call, a capture, apply of apply. A native cannot call back into the VM, so they are code that
// tail-applies its arguments, leaving no frame as on the BEAM.
const A_KERNEL_MOD = atom('Elixir.Kernel');
const ERLANG_APPLY = new Map<string, FunctionCode>([
  ['apply/2', { ...RETURN_R0, arity: 2, nregs: 2, code: Int32Array.from([Op.TAIL_APPLY, 0, -1, 1]), lines: new Int32Array(4) }],
  ['apply/3', { ...RETURN_R0, arity: 3, nregs: 3, code: Int32Array.from([Op.TAIL_APPLY, 0, 1, 2]), lines: new Int32Array(4) }],
]);

/** Resolve a remote call site, re-checking the module table when code was loaded since. */
export function resolveSite(node: Node, site: CallSite): void {
  site.version = node.codeVersion;
  site.fn = null;
  site.bif = null;
  const m = node.modules.get(site.module);
  const key = fnKey(site.name.name, site.arity);
  if ((site.module === A_ERLANG_MOD || site.module === A_KERNEL_MOD) && site.name === A_APPLY) {
    const apply = ERLANG_APPLY.get(key);
    if (apply !== undefined) {
      site.fn = apply;
      return;
    }
  }
  if (m !== undefined) {
    const fn = m.functions.get(key);
    if (fn !== undefined && m.exports.has(key)) {
      site.fn = fn;
      return;
    }
  }
  const b = lookupBif(site.module.name, site.name.name, site.arity);
  if (b !== undefined) {
    site.bif = b;
    const proto = PROTOCOL_NATIVES.get(site.module.name + ':' + site.name.name + '/' + site.arity);
    if (proto !== undefined) site.protocol = { module: atom(proto[0]), name: atom(proto[1]) };
  }
  else if (m !== undefined && key === '__info__/1') site.bif = moduleInfo(m);
}

// Natives standing for protocol functions: a struct with its own implementation (defimpl) is
// dispatched to it. Only the value itself is dispatched, not terms nested inside it.
const PROTOCOL_NATIVES = new Map<string, [string, string]>([
  ['Elixir.String.Chars:to_string/1', ['Elixir.String.Chars', 'to_string']],
  ['Elixir.Kernel:to_string/1', ['Elixir.String.Chars', 'to_string']],
  ['Elixir.List.Chars:to_charlist/1', ['Elixir.List.Chars', 'to_charlist']],
  ['elixir_inspect:io_inspect/2', ['Elixir.Inspect', 'inspect']],
  ['Elixir.Kernel:inspect/2', ['Elixir.Inspect', 'inspect']],
]);

/** The defimpl function for a struct argument of a protocol native, if there is one. */
function protocolTarget(node: Node, site: CallSite, arg: Term): FunctionCode | null {
  if (!(arg instanceof MapTerm)) return null;
  const s = arg.get(A_STRUCT);
  if (!(s instanceof Atom)) return null;
  const impl = node.modules.get(atom(site.protocol!.module.name + '.' + s.name.replace(/^Elixir\./, '')));
  if (impl === undefined) return null;
  return impl.functions.get(fnKey(site.protocol!.name.name, site.arity)) ?? null;
}

/** Module.__info__/1, which every compiled module has. */
function moduleInfo(m: ModuleCode): Bif {
  return ([what]) => {
    switch ((what as Atom).name) {
      case 'module':
        return m.name;
      case 'functions': {
        const fns = [...m.exports]
          .map((k) => {
            const i = k.lastIndexOf('/');
            return [k.slice(0, i), Number(k.slice(i + 1))] as [string, number];
          })
          .filter(([n]) => !n.startsWith('MACRO-'))
          .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
        return list(fns.map(([n, a]) => [atom(n), a]));
      }
      case 'macros':
        return list((m.macros ?? []).slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])).map(([n, a]) => [atom(n), a]));
      case 'attributes':
        return EMPTY_LIST;
      case 'struct':
        return m.struct === null ? NIL : list(m.struct.map(([k, v]) => MapTerm.fromEntries([[atom('field'), k], [atom('default'), v]])));
      default:
        throw new ErlangError(A_BADARG);
    }
  };
}

// Call sites for apply/3 by module, then name (atoms are interned, so the maps key on them
// directly), then arity: GenServer applies its callback module on every message, and building
// a string key for each apply was 5% of a GenServer.call.
const dynSites = new Map<Atom, Map<Atom, CallSite[]>>();
function dynamicSite(module: Atom, name: Atom, arity: number): CallSite {
  let byName = dynSites.get(module);
  if (byName === undefined) dynSites.set(module, (byName = new Map()));
  let byArity = byName.get(name);
  if (byArity === undefined) byName.set(name, (byArity = []));
  let s = byArity[arity];
  if (s === undefined) {
    s = { module, name, arity, version: -1, fn: null, bif: null, folded: false, protocol: undefined };
    byArity[arity] = s;
  }
  return s;
}

/**
 * Grows the register file to at least n, by half its size at a time: deep body recursion
 * (Enum.map over a long list) called this on every call when it grew by one frame at once.
 */
function ensure(regs: Term[], n: number): void {
  const target = Math.max(n, regs.length + (regs.length >> 1));
  while (regs.length < target) regs.push(NIL);
}

// What slowOp asks of the loop, when it does not just give the next pc (>= 0). Control moved
// to code, pc and base pointer now in the process (p.code/pc/bp, frames cut to depth):
const RELOAD = -1;
/** ...and a function was entered: one reduction, as a call in the loop counts. */
const ENTERED = -2;
/** The process suspended (parked) or its slice must end: the loop returns. */
const STOP = -3;

export function execute(node: Node, p: Process, budget: number): void {
  if (ADD === undefined) arith();
  let code: FunctionCode = p.code;
  let ins = code.code;
  let consts = code.consts;
  let pc = p.pc;
  let bp = p.bp;
  const regs = p.regs;
  const frames = p.frames;
  // The frame stack's depth in words. Returning does not shrink the array (a length store on
  // every return cost more than the call itself); it is cut to fp whenever the loop hands
  // control elsewhere, so outside this loop frames.length is the depth. The cut is guarded:
  // a length store costs tens of ns even when nothing changes, and a process that sends and
  // receives hands control over several times per message.
  let fp = frames.length;
  let reds = budget;
  // Tracing costs one predictable branch per instruction when off.
  const trace = node.trace;

  // The running state is written back to the process (p.code/pc/bp) before suspending and before
  // a native runs; a closure for that would put these locals in a heap context, so it is inlined.

  for (;;) {
    try {
      run: for (;;) {
        const op = ins[pc] as Op;
        if (trace !== null) trace(p, code, pc, bp);
        // Each case either finishes its instruction and continues the loop, or breaks out of
        // the switch to slowOp below: the rare instructions and the slow paths of the common
        // ones. Keeping them out of this function keeps what V8 optimizes small (it compiled
        // in about 50 ms with every path in it, and up to 700 ms once they all had feedback),
        // and one call site for all of them means a path first taken late (a comparison of
        // two atoms, a float addition) does not throw the optimized loop away.
        switch (op) {
          case Op.MOVE:
            regs[bp + ins[pc + 1]] = regs[bp + ins[pc + 2]];
            pc += 3;
            continue;
          case Op.CONST:
            regs[bp + ins[pc + 1]] = consts[ins[pc + 2]] as Term;
            pc += 3;
            continue;
          case Op.JUMP: {
            // A backward jump (a `for` loop) counts like a call, so loops are preempted too.
            const back = ins[pc + 1] < pc;
            pc = ins[pc + 1];
            if (back && --reds <= 0) break run;
            continue;
          }
          case Op.RETURN:
          case Op.RETURN_K: {
            const v = op === Op.RETURN ? regs[bp + ins[pc + 1]] : (consts[ins[pc + 1]] as Term);
            if (fp === 0) {
              p.result = v;
              p.reductions += budget - reds;
              p.code = code; p.pc = pc; p.bp = bp; if (frames.length !== fp) frames.length = fp;
              finish(node, p, NORMAL);
              return;
            }
            fp -= 4;
            code = frames[fp] as FunctionCode;
            pc = frames[fp + 1] as number;
            bp = frames[fp + 2] as number;
            const dst = frames[fp + 3] as number;
            ins = code.code;
            consts = code.consts;
            regs[bp + dst] = v;
            continue;
          }
          case Op.CALL_LOCAL: {
            // (its own case: the commonest call, without the other two's branches)
            const fn = (consts[ins[pc + 2]] as LocalRef).fn as FunctionCode;
            const n = ins[pc + 3];
            const nbp = bp + code.nregs;
            if (regs.length < nbp + fn.nregs) ensure(regs, nbp + fn.nregs);
            for (let i = 0; i < n; i++) regs[nbp + i] = regs[bp + ins[pc + 4 + i]];
            frames[fp] = code;
            frames[fp + 1] = pc + 4 + n;
            frames[fp + 2] = bp;
            frames[fp + 3] = ins[pc + 1];
            fp += 4;
            code = fn;
            ins = fn.code;
            consts = fn.consts;
            bp = nbp;
            pc = 0;
            if (--reds <= 0) break run;
            continue;
          }
          case Op.CALL_BIF:
          case Op.CALL_REMOTE:
          case Op.CALL_FUN: {
            // The target when it is Elixir code entered directly: a remote function already
            // resolved (not a protocol), a closure of the right arity; or a native, called here
            // too because processes that send and receive call one per message.
            let fn: FunctionCode;
            let env: readonly Term[] | null = null;
            let envRegs: number[] | null = null;
            const n = ins[pc + 3];
            if (op !== Op.CALL_FUN) {
              const site = consts[ins[pc + 2]] as CallSite;
              if (site.protocol !== undefined || (op === Op.CALL_REMOTE && site.version !== node.codeVersion)) break;
              const target = op === Op.CALL_REMOTE ? site.fn : null;
              if (target === null) {
                const bif = site.bif;
                if (bif === null) break;
                const argv: Term[] = new Array(n);
                for (let i = 0; i < n; i++) argv[i] = regs[bp + ins[pc + 4 + i]];
                p.code = code; p.pc = pc; p.bp = bp; if (frames.length !== fp) frames.length = fp;
                const v = bif(argv, p);
                regs[bp + ins[pc + 1]] = v;
                pc += 4 + n;
                if (p.suspend !== null || code !== p.code) {
                  // (a send to a runnable process yields: the slice ends here)
                  p.code = code; p.pc = pc; p.bp = bp;
                  if (p.suspend !== null) node.park(p);
                  p.reductions += budget - reds;
                  return;
                }
                continue;
              }
              fn = target;
            } else {
              const f = regs[bp + ins[pc + 2]];
              if (!(f instanceof Fun) || f.arity !== n || !('envRegs' in (f.code as object))) break;
              const c = f.code as LocalLambda;
              fn = c.code;
              env = f.env;
              envRegs = c.envRegs;
            }
            const nbp = bp + code.nregs;
            if (regs.length < nbp + fn.nregs) ensure(regs, nbp + fn.nregs);
            for (let i = 0; i < n; i++) regs[nbp + i] = regs[bp + ins[pc + 4 + i]];
            if (env !== null) for (let i = 0; i < env.length; i++) regs[nbp + envRegs![i]] = env[i];
            frames[fp] = code;
            frames[fp + 1] = pc + 4 + n;
            frames[fp + 2] = bp;
            frames[fp + 3] = ins[pc + 1];
            fp += 4;
            code = fn;
            ins = fn.code;
            consts = fn.consts;
            bp = nbp;
            pc = 0;
            if (--reds <= 0) break run;
            continue;
          }
          case Op.TAIL_LOCAL: {
            const fn = (consts[ins[pc + 1]] as LocalRef).fn as FunctionCode;
            tailArgs(regs, bp, ins, pc + 3, ins[pc + 2]);
            // A loop calling itself keeps its frame size, code and constants.
            if (fn !== code) {
              if (regs.length < bp + fn.nregs) ensure(regs, bp + fn.nregs);
              code = fn;
              ins = fn.code;
              consts = fn.consts;
            }
            pc = 0;
            if (--reds <= 0) break run;
            continue;
          }
          case Op.TAIL_REMOTE:
          case Op.TAIL_FUN: {
            let fn: FunctionCode;
            let env: readonly Term[] | null = null;
            let envRegs: number[] | null = null;
            const n = ins[pc + 2];
            if (op === Op.TAIL_REMOTE) {
              const site = consts[ins[pc + 1]] as CallSite;
              if (site.version !== node.codeVersion || site.protocol !== undefined) break;
              if (site.fn === null) {
                // A native in tail position (a function ending in send/2) returns its value
                // to our caller; the bottom frame returns through a one-instruction function.
                const bif = site.bif;
                if (bif === null) break;
                const argv: Term[] = new Array(n);
                for (let i = 0; i < n; i++) argv[i] = regs[bp + ins[pc + 3 + i]];
                p.code = code; p.pc = pc; p.bp = bp; if (frames.length !== fp) frames.length = fp;
                const v = bif(argv, p);
                if (fp === 0) {
                  regs[bp] = v;
                  code = RETURN_R0;
                  pc = 0;
                } else {
                  fp -= 4;
                  code = frames[fp] as FunctionCode;
                  pc = frames[fp + 1] as number;
                  bp = frames[fp + 2] as number;
                  regs[bp + (frames[fp + 3] as number)] = v;
                }
                ins = code.code;
                consts = code.consts;
                if (p.suspend !== null) {
                  p.code = code; p.pc = pc; p.bp = bp; if (frames.length !== fp) frames.length = fp;
                  node.park(p);
                  p.reductions += budget - reds;
                  return;
                }
                continue;
              }
              fn = site.fn;
            } else {
              const f = regs[bp + ins[pc + 1]];
              if (!(f instanceof Fun) || f.arity !== n || !('envRegs' in (f.code as object))) break;
              const c = f.code as LocalLambda;
              fn = c.code;
              env = f.env;
              envRegs = c.envRegs;
            }
            tailArgs(regs, bp, ins, pc + 3, n);
            if (regs.length < bp + fn.nregs) ensure(regs, bp + fn.nregs);
            if (env !== null) for (let i = 0; i < env.length; i++) regs[bp + envRegs![i]] = env[i];
            code = fn;
            ins = fn.code;
            consts = fn.consts;
            pc = 0;
            if (--reds <= 0) break run;
            continue;
          }
          case Op.TEST_EQ: {
            const a = regs[bp + ins[pc + 2]];
            const b = consts[ins[pc + 3]];
            if (a === b) {
              pc += 4;
              continue;
            }
            // Integers and atoms (interned) are equal only when identical: a clause head or a
            // receive pattern on an atom tag fails here. Other terms are compared in slowOp.
            if (typeof a !== 'object' || a instanceof Atom || b instanceof Atom) {
              pc = ins[pc + 1];
              continue;
            }
            break;
          }
          case Op.TEST_INT:
            pc = regs[bp + ins[pc + 2]] === ins[pc + 3] ? pc + 4 : ins[pc + 1];
            continue;
          case Op.TEST_EQ_REG: {
            const a = regs[bp + ins[pc + 2]];
            const b = regs[bp + ins[pc + 3]];
            if (a === b) {
              pc += 4;
              continue;
            }
            if (typeof a !== 'object' && typeof b !== 'object') {
              pc = ins[pc + 1];
              continue;
            }
            break;
          }
          case Op.TEST_CONS:
            pc = regs[bp + ins[pc + 2]] instanceof Cons ? pc + 3 : ins[pc + 1];
            continue;
          case Op.TEST_NIL:
            pc = regs[bp + ins[pc + 2]] === EMPTY_LIST ? pc + 3 : ins[pc + 1];
            continue;
          case Op.TEST_TUPLE: {
            const t = regs[bp + ins[pc + 2]];
            pc = Array.isArray(t) && t.length === ins[pc + 3] ? pc + 4 : ins[pc + 1];
            continue;
          }
          case Op.TEST_MAP:
            pc = regs[bp + ins[pc + 2]] instanceof MapTerm ? pc + 3 : ins[pc + 1];
            continue;
          case Op.TEST_TRUE:
            pc = regs[bp + ins[pc + 2]] === TRUE ? pc + 3 : ins[pc + 1];
            continue;
          case Op.TEST_TRUTHY: {
            const v = regs[bp + ins[pc + 2]];
            pc = v !== NIL && v !== FALSE ? pc + 3 : ins[pc + 1];
            continue;
          }
          case Op.GET_HD:
            regs[bp + ins[pc + 1]] = (regs[bp + ins[pc + 2]] as Cons).head;
            pc += 3;
            continue;
          case Op.GET_TL:
            regs[bp + ins[pc + 1]] = (regs[bp + ins[pc + 2]] as Cons).tail;
            pc += 3;
            continue;
          case Op.GET_ELEM:
            regs[bp + ins[pc + 1]] = (regs[bp + ins[pc + 2]] as Term[])[ins[pc + 3]];
            pc += 4;
            continue;
          case Op.CONS:
            regs[bp + ins[pc + 1]] = new Cons(regs[bp + ins[pc + 2]], regs[bp + ins[pc + 3]]);
            pc += 4;
            continue;
          case Op.TUPLE: {
            const n = ins[pc + 2];
            const t: Term[] = new Array(n);
            for (let i = 0; i < n; i++) t[i] = regs[bp + ins[pc + 3 + i]];
            regs[bp + ins[pc + 1]] = t;
            pc += 3 + n;
            continue;
          }
          // Each operator has its own case, so that V8's type feedback for one (small integers
          // in a loop counter) is not mixed with another's (floats, big timestamps elsewhere).
          // The int32 test comes first: it keeps the common case in machine integers. Beyond
          // safe integers, and for anything but two numbers, slowOp calls the native.
          case Op.ADD: {
            const a = regs[bp + ins[pc + 2]];
            const b = regs[bp + ins[pc + 3]];
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a + b;
              if ((r | 0) === r || (r <= MAX && r >= -MAX)) {
                regs[bp + ins[pc + 1]] = r;
                pc += 4;
                continue;
              }
            }
            break;
          }
          case Op.SUB: {
            const a = regs[bp + ins[pc + 2]];
            const b = regs[bp + ins[pc + 3]];
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a - b;
              if ((r | 0) === r || (r <= MAX && r >= -MAX)) {
                regs[bp + ins[pc + 1]] = r;
                pc += 4;
                continue;
              }
            }
            break;
          }
          case Op.ADDI: {
            const a = regs[bp + ins[pc + 2]];
            if (typeof a === 'number') {
              const r = a + ins[pc + 3];
              if ((r | 0) === r || (r <= MAX && r >= -MAX)) {
                regs[bp + ins[pc + 1]] = r;
                pc += 4;
                continue;
              }
            }
            break;
          }
          case Op.SUBI: {
            const a = regs[bp + ins[pc + 2]];
            if (typeof a === 'number') {
              const r = a - ins[pc + 3];
              if ((r | 0) === r || (r <= MAX && r >= -MAX)) {
                regs[bp + ins[pc + 1]] = r;
                pc += 4;
                continue;
              }
            }
            break;
          }
          case Op.MUL: {
            const a = regs[bp + ins[pc + 2]];
            const b = regs[bp + ins[pc + 3]];
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a * b;
              if (r <= MAX && r >= -MAX) {
                regs[bp + ins[pc + 1]] = r + 0;
                pc += 4;
                continue;
              }
            }
            break;
          }
          // One case per comparison, with two integers compared directly: guards such as
          // `when n > 0` run one of these on every call.
          case Op.LT: {
            const a = regs[bp + ins[pc + 2]];
            const b = regs[bp + ins[pc + 3]];
            if (typeof a !== 'number' || typeof b !== 'number') break;
            regs[bp + ins[pc + 1]] = a < b ? TRUE : FALSE;
            pc += 4;
            continue;
          }
          case Op.LE: {
            const a = regs[bp + ins[pc + 2]];
            const b = regs[bp + ins[pc + 3]];
            if (typeof a !== 'number' || typeof b !== 'number') break;
            regs[bp + ins[pc + 1]] = a <= b ? TRUE : FALSE;
            pc += 4;
            continue;
          }
          case Op.GT: {
            const a = regs[bp + ins[pc + 2]];
            const b = regs[bp + ins[pc + 3]];
            if (typeof a !== 'number' || typeof b !== 'number') break;
            regs[bp + ins[pc + 1]] = a > b ? TRUE : FALSE;
            pc += 4;
            continue;
          }
          case Op.GE: {
            const a = regs[bp + ins[pc + 2]];
            const b = regs[bp + ins[pc + 3]];
            if (typeof a !== 'number' || typeof b !== 'number') break;
            regs[bp + ins[pc + 1]] = a >= b ? TRUE : FALSE;
            pc += 4;
            continue;
          }
          // A guard's comparison and its test in one: the result is still written (later code
          // may read the register), and the test jumps when it is false.
          case Op.TEST_LT: {
            const a = regs[bp + ins[pc + 3]];
            const b = regs[bp + ins[pc + 4]];
            if (typeof a !== 'number' || typeof b !== 'number') break;
            const r = a < b;
            regs[bp + ins[pc + 2]] = r ? TRUE : FALSE;
            pc = r ? pc + 5 : ins[pc + 1];
            continue;
          }
          case Op.TEST_LE: {
            const a = regs[bp + ins[pc + 3]];
            const b = regs[bp + ins[pc + 4]];
            if (typeof a !== 'number' || typeof b !== 'number') break;
            const r = a <= b;
            regs[bp + ins[pc + 2]] = r ? TRUE : FALSE;
            pc = r ? pc + 5 : ins[pc + 1];
            continue;
          }
          case Op.TEST_GT: {
            const a = regs[bp + ins[pc + 3]];
            const b = regs[bp + ins[pc + 4]];
            if (typeof a !== 'number' || typeof b !== 'number') break;
            const r = a > b;
            regs[bp + ins[pc + 2]] = r ? TRUE : FALSE;
            pc = r ? pc + 5 : ins[pc + 1];
            continue;
          }
          case Op.TEST_GE: {
            const a = regs[bp + ins[pc + 3]];
            const b = regs[bp + ins[pc + 4]];
            if (typeof a !== 'number' || typeof b !== 'number') break;
            const r = a >= b;
            regs[bp + ins[pc + 2]] = r ? TRUE : FALSE;
            pc = r ? pc + 5 : ins[pc + 1];
            continue;
          }
          case Op.EQ:
          case Op.NE:
          case Op.EQX:
          case Op.NEX: {
            // Identical terms are equal, and two numbers compare directly (1 == 1.0 involves a
            // boxed float, so it goes to slowOp). == and === differ only there.
            const a = regs[bp + ins[pc + 2]];
            const b = regs[bp + ins[pc + 3]];
            let eq: boolean;
            if (a === b) eq = true;
            else if (typeof a === 'number' && typeof b === 'number') eq = false;
            else break;
            regs[bp + ins[pc + 1]] = eq === (op === Op.EQ || op === Op.EQX) ? TRUE : FALSE;
            pc += 4;
            continue;
          }
          case Op.MAKE_FUN:
            regs[bp + ins[pc + 1]] = makeFun(consts[ins[pc + 2]] as LocalLambda | CallSite, regs, bp, ins, pc + 3);
            pc += 4 + ins[pc + 3];
            continue;
          // Receiving stays in the loop: a process that relays messages runs little else.
          case Op.RECV_PEEK:
            if (p.scan < p.mailbox.length) {
              regs[bp + ins[pc + 2]] = p.mailbox[p.scan];
              pc += 3;
            } else pc = ins[pc + 1];
            continue;
          case Op.RECV_NEXT:
            p.scan++;
            pc = ins[pc + 1];
            continue;
          case Op.RECV_REMOVE:
            recvRemove(node, p);
            pc += 1;
            continue;
          case Op.RECV_WAIT:
            // (a message arrived since the scan: look at it; waiting is slowOp's)
            if (p.scan < p.mailbox.length) {
              pc = ins[pc + 2];
              continue;
            }
            break;
          default:
            break;
        }
        // Everything else, at one call site (see above).
        const next = slowOp(node, p, op, code, pc, bp, fp);
        if (next >= 0) {
          pc = next;
          continue;
        }
        if (next === STOP) {
          p.reductions += budget - reds;
          return;
        }
        code = p.code;
        ins = code.code;
        consts = code.consts;
        pc = p.pc;
        bp = p.bp;
        fp = frames.length;
        if (next === ENTERED && --reds <= 0) break run;
      }
      // Out of reductions (every preemption leaves through here, so that this path has type
      // feedback as soon as any process has been preempted once).
      p.reductions += budget;
      p.code = code; p.pc = pc; p.bp = bp; if (frames.length !== fp) frames.length = fp;
      return;
    } catch (e) {
      // (a VmExit comes from a native, called with the frames already cut: the process is gone)
      if (e instanceof VmExit) return;
      if (frames.length !== fp) frames.length = fp;
      if (!unwind(node, p, e, code, pc, bp, budget - reds)) return;
      code = p.code;
      ins = code.code;
      consts = code.consts;
      pc = p.pc;
      bp = p.bp;
      fp = frames.length;
    }
  }
}

/**
 * The instructions `execute` does not finish itself: rare ones, natives, and the slow paths of
 * common ones (arithmetic beyond safe integers or on floats, comparisons of terms other than
 * two numbers, equality of compound terms, unresolved call sites). Returns the next pc when
 * control stays in the same function, or RELOAD, ENTERED or STOP with the new state in the
 * process (its frames cut to depth `fp` first). A throw leaves the process's state to the
 * loop's catch, which still has the failing instruction.
 */
function slowOp(node: Node, p: Process, op: Op, code: FunctionCode, pc: number, bp: number, fp: number): number {
  const ins = code.code;
  const consts = code.consts;
  const regs = p.regs;
  const frames = p.frames;
  switch (op) {
    case Op.ADD:
      regs[bp + ins[pc + 1]] = ADD([regs[bp + ins[pc + 2]], regs[bp + ins[pc + 3]]], p);
      return pc + 4;
    case Op.SUB:
      regs[bp + ins[pc + 1]] = SUB([regs[bp + ins[pc + 2]], regs[bp + ins[pc + 3]]], p);
      return pc + 4;
    case Op.MUL:
      regs[bp + ins[pc + 1]] = MUL([regs[bp + ins[pc + 2]], regs[bp + ins[pc + 3]]], p);
      return pc + 4;
    case Op.ADDI:
      regs[bp + ins[pc + 1]] = ADD([regs[bp + ins[pc + 2]], ins[pc + 3]], p);
      return pc + 4;
    case Op.SUBI:
      regs[bp + ins[pc + 1]] = SUB([regs[bp + ins[pc + 2]], ins[pc + 3]], p);
      return pc + 4;
    case Op.LT:
    case Op.LE:
    case Op.GT:
    case Op.GE: {
      const c = compareTerms(regs[bp + ins[pc + 2]], regs[bp + ins[pc + 3]]);
      const r = op === Op.LT ? c < 0 : op === Op.LE ? c <= 0 : op === Op.GT ? c > 0 : c >= 0;
      regs[bp + ins[pc + 1]] = r ? TRUE : FALSE;
      return pc + 4;
    }
    case Op.TEST_LT:
    case Op.TEST_LE:
    case Op.TEST_GT:
    case Op.TEST_GE: {
      const c = compareTerms(regs[bp + ins[pc + 3]], regs[bp + ins[pc + 4]]);
      const r = op === Op.TEST_LT ? c < 0 : op === Op.TEST_LE ? c <= 0 : op === Op.TEST_GT ? c > 0 : c >= 0;
      regs[bp + ins[pc + 2]] = r ? TRUE : FALSE;
      return r ? pc + 5 : ins[pc + 1];
    }
    case Op.EQ:
    case Op.NE: {
      const eq = looseEquals(regs[bp + ins[pc + 2]], regs[bp + ins[pc + 3]]);
      regs[bp + ins[pc + 1]] = eq === (op === Op.EQ) ? TRUE : FALSE;
      return pc + 4;
    }
    case Op.EQX:
    case Op.NEX: {
      const eq = exactEquals(regs[bp + ins[pc + 2]], regs[bp + ins[pc + 3]]);
      regs[bp + ins[pc + 1]] = eq === (op === Op.EQX) ? TRUE : FALSE;
      return pc + 4;
    }
    case Op.TEST_EQ:
      return exactEquals(regs[bp + ins[pc + 2]], consts[ins[pc + 3]] as Term) ? pc + 4 : ins[pc + 1];
    case Op.TEST_EQ_REG:
      return exactEquals(regs[bp + ins[pc + 2]], regs[bp + ins[pc + 3]]) ? pc + 4 : ins[pc + 1];
    case Op.TEST_STRUCT: {
      const m = regs[bp + ins[pc + 2]];
      return m instanceof MapTerm && m.get(A_STRUCT) === consts[ins[pc + 3]] ? pc + 4 : ins[pc + 1];
    }
    case Op.MAP_GET: {
      const m = regs[bp + ins[pc + 3]];
      const v = m instanceof MapTerm ? m.get(regs[bp + ins[pc + 4]]) : undefined;
      if (v === undefined) return ins[pc + 1];
      regs[bp + ins[pc + 2]] = v;
      return pc + 5;
    }
    case Op.BIN_PREFIX: {
      const rest = binPrefix(regs[bp + ins[pc + 3]], consts[ins[pc + 4]] as Bin);
      if (rest === null) return ins[pc + 1];
      regs[bp + ins[pc + 2]] = rest;
      return pc + 5;
    }
    case Op.BIN_MATCH:
      return binMatch(consts[ins[pc + 4]] as SegmentSpec[], regs[bp + ins[pc + 3]], regs, bp, bp + ins[pc + 2]) ? pc + 5 : ins[pc + 1];
    case Op.BIN_BUILD: {
      const n = ins[pc + 3];
      const vals: Term[] = new Array(n);
      for (let i = 0; i < n; i++) vals[i] = regs[bp + ins[pc + 4 + i]];
      regs[bp + ins[pc + 1]] = binBuild(consts[ins[pc + 2]] as SegmentSpec[], vals, regs, bp);
      return pc + 4 + n;
    }
    case Op.MAKE_FUN:
      regs[bp + ins[pc + 1]] = makeFun(consts[ins[pc + 2]] as LocalLambda | CallSite, regs, bp, ins, pc + 3);
      return pc + 4 + ins[pc + 3];
    case Op.MAP_NEW:
      regs[bp + ins[pc + 1]] = mapNew(regs, bp, ins, pc + 2);
      return pc + 3 + 2 * ins[pc + 2];
    case Op.MAP_UPDATE:
    case Op.MAP_PUT:
      regs[bp + ins[pc + 1]] = mapPut(regs[bp + ins[pc + 2]], op === Op.MAP_UPDATE, regs, bp, ins, pc + 3);
      return pc + 4 + 2 * ins[pc + 3];
    case Op.TRY_BEGIN:
      p.handlers.push({ depth: fp, code, bp, pc: ins[pc + 1], kind: ins[pc + 2], value: ins[pc + 3], stack: ins[pc + 4], guard: false });
      return pc + 5;
    case Op.GUARD_BEGIN:
      p.handlers.push({ depth: fp, code, bp, pc: ins[pc + 1], kind: -1, value: -1, stack: -1, guard: true });
      return pc + 2;
    case Op.TRY_END:
    case Op.GUARD_END:
      p.handlers.pop();
      return pc + 1;
    case Op.RAISE:
      throw new VmThrow(regs[bp + ins[pc + 1]] as Atom, regs[bp + ins[pc + 2]]);
    case Op.RERAISE:
      throw new VmThrow(regs[bp + ins[pc + 1]] as Atom, regs[bp + ins[pc + 2]], regs[bp + ins[pc + 3]]);
    case Op.FAIL: {
      const tag = consts[ins[pc + 1]] as Atom;
      const r = ins[pc + 2];
      if (tag === A_RAW) throw new ErlangError(regs[bp + r]);
      throw new ErlangError(r < 0 ? tag : [tag, regs[bp + r]]);
    }
    case Op.FUNC_CLAUSE:
      p.bp = bp;
      throw new ErlangError(A_FUNCTION_CLAUSE);
    case Op.RECV_PEEK:
      if (p.scan < p.mailbox.length) {
        regs[bp + ins[pc + 2]] = p.mailbox[p.scan];
        return pc + 3;
      }
      return ins[pc + 1];
    case Op.RECV_NEXT:
      p.scan++;
      return ins[pc + 1];
    case Op.RECV_REMOVE:
      recvRemove(node, p);
      return pc + 1;
    case Op.RECV_WAIT: {
      if (p.scan < p.mailbox.length) return ins[pc + 2];
      if (p.timedOut) {
        p.timedOut = false;
        p.scan = 0;
        return ins[pc + 3];
      }
      const t = regs[bp + ins[pc + 1]];
      let timeout: number | null;
      if (t === A_INFINITY) timeout = null;
      else if (typeof t === 'number' && t >= 0) timeout = t;
      // (the BEAM's reason is the bare atom, whatever the bad value was)
      else throw new ErlangError(A_TIMEOUT_VALUE);
      if (timeout === 0) {
        p.scan = 0;
        return ins[pc + 3];
      }
      p.suspend = { kind: 'receive', timeout };
      p.code = code; p.pc = pc; p.bp = bp; if (frames.length !== fp) frames.length = fp;
      node.park(p);
      return STOP;
    }
    case Op.CALL_REMOTE:
    case Op.CALL_BIF:
    case Op.TAIL_REMOTE:
      if (frames.length !== fp) frames.length = fp;
      return callRemote(node, p, op, code, pc, bp);
    case Op.CALL_FUN:
    case Op.TAIL_FUN:
    case Op.APPLY:
    case Op.TAIL_APPLY:
      p.code = code; p.pc = pc; p.bp = bp; if (frames.length !== fp) frames.length = fp;
      return callGeneric(node, p, op, ins, pc, bp, code);
    default:
      throw new Error(`unknown opcode ${String(op)} at ${pc} in ${code.module.name}.${code.name.name}/${code.arity}`);
  }
}

/**
 * A remote call the loop did not enter itself: a site to resolve (first call, or code loaded
 * since), a protocol native with a struct that has its own implementation, or a native.
 */
function callRemote(node: Node, p: Process, op: Op, code: FunctionCode, pc: number, bp: number): number {
  const ins = code.code;
  const regs = p.regs;
  const frames = p.frames;
  const tail = op === Op.TAIL_REMOTE;
  const o = tail ? 1 : 2;
  const site = code.consts[ins[pc + o]] as CallSite;
  const n = ins[pc + o + 1];
  const at = pc + o + 2;
  if (op !== Op.CALL_BIF && site.version !== node.codeVersion) resolveSite(node, site);
  let fn = op !== Op.CALL_BIF ? site.fn : null;
  if (site.protocol !== undefined) fn = protocolTarget(node, site, regs[bp + ins[at]]);
  if (fn !== null) {
    if (tail) {
      tailArgs(regs, bp, ins, at, n);
      if (regs.length < bp + fn.nregs) ensure(regs, bp + fn.nregs);
    } else {
      const nbp = bp + code.nregs;
      if (regs.length < nbp + fn.nregs) ensure(regs, nbp + fn.nregs);
      for (let i = 0; i < n; i++) regs[nbp + i] = regs[bp + ins[at + i]];
      frames.push(code, at + n, bp, ins[pc + 1]);
      bp = nbp;
    }
    p.code = fn;
    p.pc = 0;
    p.bp = bp;
    return ENTERED;
  }
  const argv: Term[] = new Array(n);
  for (let i = 0; i < n; i++) argv[i] = regs[bp + ins[at + i]];
  if (site.bif === null) undef(node, site.module, site.name, argv);
  p.code = code; p.pc = pc; p.bp = bp;
  const v = site.bif(argv, p);
  if (!tail) {
    regs[bp + ins[pc + 1]] = v;
    const next = at + n;
    if (p.suspend !== null || code !== p.code) {
      p.code = code; p.pc = next; p.bp = bp;
      if (p.suspend !== null) node.park(p);
      return STOP;
    }
    return next;
  }
  // A native in tail position returns its value to our caller.
  if (frames.length === 0) {
    // The bottom frame: return through a one-instruction function, after any suspension.
    regs[bp] = v;
    p.code = RETURN_R0;
    p.pc = 0;
    p.bp = bp;
  } else {
    const fp = frames.length - 4;
    p.code = frames[fp] as FunctionCode;
    p.pc = frames[fp + 1] as number;
    p.bp = frames[fp + 2] as number;
    regs[p.bp + (frames[fp + 3] as number)] = v;
    frames.length = fp;
  }
  if (p.suspend !== null) {
    node.park(p);
    return STOP;
  }
  return RELOAD;
}

/** A compiled closure: its Lambda, with the registers its captured values go to. */
type LocalLambda = Lambda & { envRegs: number[] };

/**
 * CALL_FUN, TAIL_FUN, APPLY and TAIL_APPLY beyond the closure case the loop enters itself: a captured remote
 * function or native, apply/3 on a module and name, and the errors (badfun, badarity, undef).
 * Kept out of `execute` so that the loop V8 compiles is smaller (it compiles and recompiles
 * sooner) and has fewer paths without type feedback. The loop's state is in the process
 * (p.code, p.pc, p.bp, the frames cut to depth) on entry and on return; a throw leaves it as
 * it was, so the loop's catch sees the failing instruction.
 */
function callGeneric(node: Node, p: Process, op: Op, ins: Int32Array, pc: number, bp: number, code: FunctionCode): number {
  const regs = p.regs;
  const frames = p.frames;
  let f: Term;
  let argv: Term[];
  let dst = -1;
  let next: number;
  const tail = op === Op.TAIL_FUN || op === Op.TAIL_APPLY;
  let name: Term = NIL;
  let hasName = false;
  if (op === Op.CALL_FUN || op === Op.TAIL_FUN) {
    const o = op === Op.CALL_FUN ? 1 : 0;
    if (o) dst = ins[pc + 1];
    f = regs[bp + ins[pc + 1 + o]];
    const n = ins[pc + 2 + o];
    argv = new Array(n);
    for (let i = 0; i < n; i++) argv[i] = regs[bp + ins[pc + 3 + o + i]];
    next = pc + 3 + o + n;
  } else {
    const o = op === Op.APPLY ? 1 : 0;
    if (o) dst = ins[pc + 1];
    f = regs[bp + ins[pc + 1 + o]];
    const nr = ins[pc + 2 + o];
    if (nr >= 0) {
      name = regs[bp + nr];
      hasName = true;
    }
    argv = listArgs(regs[bp + ins[pc + 3 + o]]);
    next = pc + 4 + o;
  }
  let target: FunctionCode | null = null;
  let env: readonly Term[] | null = null;
  let envRegs: number[] | null = null;
  let native: Bif | null = null;
  if (f instanceof Fun) {
    if (f.arity !== argv.length) throw new ErlangError([A_BADARITY, [f, list(argv)]]);
    const c = f.code as LocalLambda | CallSite;
    if ('envRegs' in c) {
      target = c.code;
      env = f.env;
      envRegs = c.envRegs;
    } else {
      if (c.version !== node.codeVersion) resolveSite(node, c);
      target = c.fn;
      native = c.bif;
      if (target === null && native === null) undef(node, c.module, c.name, argv);
    }
  } else if (f instanceof Atom && hasName && name instanceof Atom) {
    const site = dynamicSite(f, name, argv.length);
    if (site.version !== node.codeVersion) resolveSite(node, site);
    target = site.fn;
    native = site.bif;
    if (target === null && native === null) undef(node, f, name, argv);
  } else if (!hasName) {
    throw new ErlangError([A_BADFUN, f]);
  } else {
    throw new ErlangError(A_BADARG);
  }
  if (target !== null) {
    if (tail) {
      for (let i = 0; i < argv.length; i++) regs[bp + i] = argv[i];
      if (regs.length < bp + target.nregs) ensure(regs, bp + target.nregs);
    } else {
      const nbp = bp + code.nregs;
      if (regs.length < nbp + target.nregs) ensure(regs, nbp + target.nregs);
      for (let i = 0; i < argv.length; i++) regs[nbp + i] = argv[i];
      frames.push(code, next, bp, dst);
      bp = nbp;
    }
    if (env !== null) for (let i = 0; i < env.length; i++) regs[bp + envRegs![i]] = env[i];
    p.code = target;
    p.pc = 0;
    p.bp = bp;
    return ENTERED;
  }
  const v = native!(argv, p);
  if (tail) {
    if (frames.length === 0) {
      regs[bp] = v;
      p.code = RETURN_R0;
      p.pc = 0;
      p.bp = bp;
      return suspendedOr(node, p, RELOAD);
    }
    const fp = frames.length - 4;
    code = frames[fp] as FunctionCode;
    next = frames[fp + 1] as number;
    bp = frames[fp + 2] as number;
    dst = frames[fp + 3] as number;
    frames.length = fp;
  }
  regs[bp + dst] = v;
  p.code = code;
  p.pc = next;
  p.bp = bp;
  return suspendedOr(node, p, RELOAD);
}

/** After a native: STOP when it suspended the process (parked here), else `go`. */
function suspendedOr(node: Node, p: Process, go: number): number {
  if (p.suspend === null) return go;
  node.park(p);
  return STOP;
}

/**
 * An exception in the loop: its {kind, reason, stacktrace}, then the nearest handler (try or
 * guard) takes it, with the loop's state left in the process (true), or the process ends
 * (false, its reductions counted). The frames are already cut to the loop's depth.
 */
function unwind(node: Node, p: Process, e: unknown, code: FunctionCode, pc: number, bp: number, used: number): boolean {
  const frames = p.frames;
  const regs = p.regs;
  // nativeFrame reads the failing call's arguments through p.bp.
  p.bp = bp;
  const { kind, reason, stack } = toException(node, p, e, code, pc, frames, code.code, bp);
  const h = p.handlers.pop();
  if (h !== undefined) {
    frames.length = h.depth;
    p.code = h.code;
    p.bp = h.bp;
    p.pc = h.pc;
    if (!h.guard) {
      regs[h.bp + h.kind] = kind;
      regs[h.bp + h.value] = reason;
      regs[h.bp + h.stack] = stack ?? buildStack(p, h.code, h.pc, frames, null);
    }
    return true;
  }
  p.reductions += used;
  p.code = code;
  p.pc = pc;
  const st = stack ?? EMPTY_LIST;
  p.crash = { kind, reason, stack: st };
  const exitReason = kind === A_EXIT ? reason : kind === A_THROW ? [A_ERROR, [atom('nocatch'), reason]] : [reason, st];
  finish(node, p, kind === A_THROW ? [atom('nocatch'), reason] : exitReason);
  return false;
}

// Instructions rare in hot loops, out of `execute` (see callGeneric on why).

function makeFun(k: LocalLambda | CallSite, regs: Term[], bp: number, ins: Int32Array, at: number): Fun {
  const n = ins[at];
  if ('envRegs' in k) {
    const env: Term[] = new Array(n);
    for (let i = 0; i < n; i++) env[i] = regs[bp + ins[at + 1 + i]];
    return new Fun(k.arity, k, env, k.label);
  }
  return new Fun(k.arity, k, [], { kind: 'external', module: k.module, name: k.name });
}

function mapNew(regs: Term[], bp: number, ins: Int32Array, at: number): MapTerm {
  const n = ins[at];
  const entries: [Term, Term][] = new Array(n);
  for (let i = 0; i < n; i++) entries[i] = [regs[bp + ins[at + 1 + 2 * i]], regs[bp + ins[at + 2 + 2 * i]]];
  return MapTerm.fromEntries(entries);
}

function mapPut(m0: Term, update: boolean, regs: Term[], bp: number, ins: Int32Array, at: number): MapTerm {
  if (!(m0 instanceof MapTerm)) throw new ErlangError([A_BADMAP, m0]);
  let m: MapTerm = m0;
  const n = ins[at];
  for (let i = 0; i < n; i++) {
    const k = regs[bp + ins[at + 1 + 2 * i]];
    // %{map | k: v} with a missing key fails with {:badkey, k} (no map: "key :k not found").
    if (update && !m.has(k)) throw new ErlangError([A_BADKEY, k]);
    m = m.put(k, regs[bp + ins[at + 2 + 2 * i]]);
  }
  return m;
}

function recvRemove(node: Node, p: Process): void {
  // shift() when taking the oldest message: splice(0, 1) copies the whole array, which
  // made draining a backlog of 200,000 messages quadratic (over a minute).
  const msg: Term = p.scan === 0 ? p.mailbox.shift()! : p.mailbox.splice(p.scan, 1)[0];
  p.received++;
  p.scan = 0;
  p.timedOut = false;
  if (p.recvTimer !== null) {
    node.cancelTimer(p.recvTimer);
    p.recvTimer = null;
  }
  if (node.onEvent !== null) node.emit({ type: 'receive', pid: p.self, message: msg });
}

/** Stops the interpreter without an exception (the process was terminated from a native). */
export class VmExit extends Error {}

function finish(node: Node, p: Process, reason: Term): void {
  // The throw case: the exit reason is {{nocatch, v}, stack}, as the BEAM.
  if (p.crash !== null && p.crash.kind === A_THROW) reason = [[atom('nocatch'), p.crash.reason], p.crash.stack];
  p.status = 'waiting';
  node.terminate(p, reason);
}


function listArgs(l: Term): Term[] {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  if (l !== EMPTY_LIST) throw new ErlangError(A_BADARG);
  return out;
}

function undef(node: Node, module: Atom, name: Atom, argv: Term[]): never {
  void node;
  throw new UndefError(module, name, argv);
}

/** A call to a function that does not exist: error :undef with the call as the top frame. */
export class UndefError extends ErlangError {
  constructor(
    readonly module: Atom,
    readonly fname: Atom,
    readonly argv: Term[],
  ) {
    super(A_UNDEF);
  }
}

function binPrefix(v: Term, prefix: Bin): Term | null {
  if (!(v instanceof Bin)) return null;
  const a = v.bytes;
  const b = prefix.bytes;
  if (a.length < b.length) return null;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return null;
  return Bin.fromBytes(a.subarray(b.length));
}

function toException(
  node: Node,
  p: Process,
  e: unknown,
  code: FunctionCode,
  pc: number,
  frames: unknown[],
  ins: Int32Array,
  bp: number,
): { kind: Atom; reason: Term; stack: Term | null } {
  void node;
  const guardNext = p.handlers.length > 0 && p.handlers[p.handlers.length - 1].guard;
  if (e instanceof VmThrow) {
    if (e.trace !== null) return { kind: e.kind, reason: e.reason, stack: e.trace };
    return { kind: e.kind, reason: e.reason, stack: guardNext ? EMPTY_LIST : buildStack(p, code, pc, frames, null) };
  }
  let reason: Term;
  let top: Term | null = null;
  if (e instanceof UndefError) {
    reason = e.reason;
    top = [e.module, e.fname, list(e.argv), EMPTY_LIST];
  } else if (e instanceof ErlangError && (ins[pc] as Op) === Op.FUNC_CLAUSE) {
    // No clause matched: the top frame carries the arguments (what the banner's blame shows).
    reason = e.reason;
    const argv: Term[] = [];
    for (let i = 0; i < code.arity; i++) argv.push(p.regs[bp + i]);
    const line = code.lines[0] ?? 0;
    // A fn typed into the shell is one erl_eval interprets: its clauses fail inside erl_eval.
    top = evaluatedCode.has(code)
      ? [A_ERL_EVAL, A_INTERPRETED_FUN, list(argv), EMPTY_LIST]
      : [code.module, code.name, list(argv), list([[A_FILE, charlist(code.file)], ...(line > 0 ? [[A_LINE, line] as Term] : [])])];
    const st = buildStack(p, code, pc, frames, top, true);
    return { kind: A_ERROR, reason, stack: st };
  } else if (e instanceof ErlangError && e.errorInfo !== undefined) {
    // A failure inside this function's own instructions (binary construction): the BEAM
    // puts error_info on its frame.
    reason = e.reason;
    if (guardNext) return { kind: A_ERROR, reason, stack: EMPTY_LIST };
    // The shell's erl_eval reports some of these its own way.
    const shown = evaluatedCode.has(code) ? evaluatedConstructionFailure(e) : { top: null, info: e.errorInfo };
    const stack = buildStack(p, code, pc, frames, shown.top);
    return { kind: A_ERROR, reason, stack: shown.info === undefined ? stack : withErrorInfo(stack, shown.info) };
  } else if (e instanceof ErlangError) {
    reason = e.reason;
    top = nativeFrame(code, pc, ins, p, bp);
    // A process spawned with a fun of the wrong arity fails in erlang:apply/2, its first call.
    if (top === null && code.module === A_ERLANG_MOD && code.name === A_APPLY && frames.length === 0 && Array.isArray(reason) && reason[0] === A_BADARITY) {
      top = [A_ERLANG_MOD, A_APPLY, 2, EMPTY_LIST];
    }
  } else if (e instanceof SendError) {
    reason = A_BADARG;
    top = [atom('erlang'), atom('send'), list([e.dest, NIL]), EMPTY_LIST];
  } else if (e instanceof RangeError) {
    reason = atom('system_limit');
  } else {
    // A bug in the runtime: crash the process, not the page.
    reason = [atom('internal_error'), Bin.fromString(e instanceof Error ? String(e.stack ?? e.message) : String(e))];
  }
  if (guardNext) return { kind: A_ERROR, reason, stack: EMPTY_LIST };
  // A failing tail call has already left its caller's frame, as on the BEAM.
  const op = ins[pc] as Op;
  const tailCall = op === Op.TAIL_REMOTE || op === Op.TAIL_APPLY || op === Op.TAIL_FUN;
  return { kind: A_ERROR, reason, stack: buildStack(p, code, pc, frames, top, tailCall) };
}

/** Code evaluated rather than compiled (the shell's inputs): its arithmetic keeps a frame. */
export const evaluatedCode = new WeakSet<FunctionCode>();

/** For an error raised by a native: {:erlang, :+, [1, :a], [error_info: ...]} as the BEAM shows. */
function nativeFrame(code: FunctionCode, pc: number, ins: Int32Array, p: Process, bp: number): Term | null {
  const regs = p.regs;
  const op = ins[pc] as Op;
  const info = list([[A_ERROR_INFO, MapTerm.fromEntries([[A_MODULE, A_ERTS_ERRORS]])]]);
  // Arithmetic compiles to instructions without a frame of their own (the BEAM's gc_bifs),
  // except in code run the way erl_eval runs it (shell inputs), where an operator is a call.
  if (op === Op.ADD || op === Op.SUB || op === Op.MUL) {
    if (!evaluatedCode.has(code)) return null;
    const name = op === Op.ADD ? '+' : op === Op.SUB ? '-' : '*';
    return [atom('erlang'), atom(name), list([regs[bp + ins[pc + 2]], regs[bp + ins[pc + 3]]]), info];
  }
  if (op === Op.ADDI || op === Op.SUBI) {
    if (!evaluatedCode.has(code)) return null;
    return [atom('erlang'), atom(op === Op.ADDI ? '+' : '-'), list([regs[bp + ins[pc + 2]], ins[pc + 3]]), info];
  }
  if (op === Op.MAP_UPDATE) {
    // erl_eval updates a map one maps:update/3 call per key: that call is what fails.
    if (!evaluatedCode.has(code)) return null;
    let m = regs[bp + ins[pc + 2]];
    for (let i = 0; i < ins[pc + 3] && m instanceof MapTerm; i++) {
      const k = regs[bp + ins[pc + 4 + 2 * i]];
      const v = regs[bp + ins[pc + 5 + 2 * i]];
      if (!m.has(k)) return [atom('maps'), atom('update'), list([k, v, m]), list([[A_ERROR_INFO, MapTerm.fromEntries([[A_MODULE, atom('erl_stdlib_errors')]])]])];
      m = m.put(k, v);
    }
    return null;
  }
  if (op === Op.CALL_BIF || op === Op.CALL_REMOTE || op === Op.TAIL_REMOTE) {
    const o = op === Op.TAIL_REMOTE ? 1 : 2;
    const site = code.consts[ins[pc + o]] as CallSite;
    const n = ins[pc + o + 1];
    const argv: Term[] = [];
    for (let i = 0; i < n; i++) argv.push(regs[bp + ins[pc + o + 2 + i]]);
    if (site.module.name === 'elixir_vm') return null;
    if (site.module.name === 'erlang' && FRAMELESS.has(site.name.name) && !site.folded) return null;
    return [site.module, site.name, list(argv), site.module.name === 'erlang' ? info : EMPTY_LIST];
  }
  return null;
}

const FRAMELESS = new Set(['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', 'bnot']);

/** The stacktrace as the BEAM gives it: [{module, function, arity, [file: ..., line: ...]}]. */
export function buildStack(p: Process, code: FunctionCode, pc: number, frames: unknown[], top: Term | null, skipCurrent = false): Term {
  const entries: Term[] = [];
  if (top !== null) entries.push(top);
  if (!skipCurrent && !(code.module.name === 'erlang' && code.name.name === 'apply')) entries.push(frameEntry(code, pc));
  for (let i = frames.length - 4; i >= 0 && entries.length < 8; i -= 4) {
    const c = frames[i] as FunctionCode;
    const ret = frames[i + 1] as number;
    if (c.kind === 'def' && c.name.name === 'apply' && c.module.name === 'erlang') continue;
    entries.push(frameEntry(c, ret - 1));
  }
  void p;
  return list(entries.slice(0, 8));
}

/** The stack with error_info added to the location of its first frame. */
function withErrorInfo(stack: Term, info: Term): Term {
  if (!(stack instanceof Cons) || !Array.isArray(stack.head) || stack.head.length !== 4) return stack;
  const [m, f, a, loc] = stack.head as Term[];
  const located: Term[] = [];
  for (let l = loc; l instanceof Cons; l = l.tail) located.push(l.head);
  located.push([A_ERROR_INFO, info]);
  return new Cons([m, f, a, list(located)], stack.tail);
}

function frameEntry(code: FunctionCode, pc: number): Term {
  const line = pc >= 0 && pc < code.lines.length ? code.lines[pc] : 0;
  const loc: Term[] = [[A_FILE, charlist(code.file)]];
  if (line > 0) loc.push([A_LINE, line]);
  const arity = code.kind === 'file' ? 1 : code.arity;
  return [code.module, code.name, arity, list(loc)];
}

function charlist(s: string): Term {
  return list(Array.from(s).map((c) => c.codePointAt(0)!));
}

void Float;
