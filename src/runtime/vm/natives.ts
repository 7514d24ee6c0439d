// Natives that need the calling process or the node: self, send, spawn, links, monitors,
// exits, registered names, the process dictionary, timers, module loading and exceptions.
// They receive the Process as their BifContext. The ones that stop the caller (receive-like
// sleeps, exits sent to self) set `process.suspend` and the interpreter parks the process
// after the native returns.
// https://www.erlang.org/doc/man/erlang.html
import { registerBif, ErlangError, lookupBif, bifsOf, type Bif, type BifContext } from '../bifs/registry.ts';
import { Atom, Bin, BitString, Cons, EMPTY_LIST, FALSE, Fun, NIL, OK, Pid, Ref, TRUE, atom, bool, list, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { inspect } from '../terms/inspect.ts';
import { exactEquals } from '../terms/compare.ts';
import type { CallSite, ModuleCode } from '../compiler/code.ts';
import { localFunName } from '../terms/fun_label.ts';
import { inspectModule, PROCESS_BIFS } from '../compiler/compile.ts';
import type { Process } from './process.ts';
import { KILL, NORMAL } from './node.ts';
import { VmThrow, A_ERROR, A_EXIT, A_THROW, evaluatedCode } from './interp.ts';
import { builtinException, isException, normalize } from './exceptions.ts';

const BADARG = atom('badarg');
const P = (ctx: BifContext): Process => ctx as Process;

function proc(module: string, name: string, arity: number, fn: Bif): void {
  registerBif(module, name, arity, fn);
  PROCESS_BIFS.add(module + ':' + name);
}

function ifAbsent(module: string, name: string, arity: number, fn: Bif): void {
  if (lookupBif(module, name, arity) === undefined) registerBif(module, name, arity, fn);
}

function listItems(l: Term): Term[] {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  if (l !== EMPTY_LIST) throw new ErlangError(BADARG);
  return out;
}

function pidArg(t: Term): Pid {
  if (!(t instanceof Pid)) throw new ErlangError(BADARG);
  return t;
}

function dictKey(t: Term): string {
  if (t instanceof Atom) return 'a' + t.name;
  if (typeof t === 'number') return 'n' + t;
  return 'x' + inspect(t, { limit: Infinity, printableLimit: Infinity });
}

// ---------------------------------------------------------------- processes

function spawnWith(ctx: BifContext, args: Term[], link: boolean, monitor: boolean): Term {
  const p = P(ctx);
  let child: Process;
  if (args.length === 1) {
    const f = args[0];
    // A fun of another arity is spawned all the same and the new process fails with badarity.
    if (!(f instanceof Fun)) throw new ErlangError(BADARG);
    child = p.node.spawn(f, NIL, EMPTY_LIST, p, link);
  } else {
    const [m, f, a] = args;
    if (!(m instanceof Atom) || !(f instanceof Atom)) throw new ErlangError(BADARG);
    listItems(a);
    child = p.node.spawn(m, f, a, p, link);
  }
  if (monitor) return [child.self, p.node.monitor(p, child.self)];
  return child.self;
}

// spawn_opt's options. Scheduling and heap tuning mean nothing here but are checked as the BEAM
// checks them: anything else is badarg.
const SPAWN_TUNING = new Set(['fullsweep_after', 'min_heap_size', 'min_bin_vheap_size', 'max_heap_size', 'message_queue_data', 'async_dist']);
const PRIORITIES = new Set(['low', 'normal', 'high', 'max']);

function spawnOpt(ctx: BifContext, args: Term[], opts: Term): Term {
  let link = false;
  let monitor = false;
  let items: Term[];
  try {
    items = listItems(opts);
  } catch {
    throw new ErlangError(BADARG);
  }
  for (const o of items) {
    if (o === atom('link')) link = true;
    else if (o === atom('monitor')) monitor = true;
    else if (Array.isArray(o) && o.length === 2 && o[0] === atom('monitor') && (o[1] === EMPTY_LIST || o[1] instanceof Cons)) monitor = true;
    else if (Array.isArray(o) && o.length === 2 && o[0] === atom('priority') && o[1] instanceof Atom && PRIORITIES.has(o[1].name)) continue;
    else if (Array.isArray(o) && o.length === 2 && o[0] instanceof Atom && SPAWN_TUNING.has(o[0].name)) continue;
    else throw new ErlangError(BADARG);
  }
  return spawnWith(ctx, args, link, monitor);
}

for (const mod of ['erlang']) {
  proc(mod, 'spawn_opt', 2, ([f, opts], ctx) => spawnOpt(ctx, [f], opts));
  proc(mod, 'spawn_opt', 4, ([m, f, a, opts], ctx) => spawnOpt(ctx, [m, f, a], opts));
  proc(mod, 'self', 0, (_a, ctx) => ctx.self);
  proc(mod, 'spawn', 1, (a, ctx) => spawnWith(ctx, a, false, false));
  proc(mod, 'spawn', 3, (a, ctx) => spawnWith(ctx, a, false, false));
  proc(mod, 'spawn_link', 1, (a, ctx) => spawnWith(ctx, a, true, false));
  proc(mod, 'spawn_link', 3, (a, ctx) => spawnWith(ctx, a, true, false));
  proc(mod, 'spawn_monitor', 1, (a, ctx) => spawnWith(ctx, a, false, true));
  proc(mod, 'spawn_monitor', 3, (a, ctx) => spawnWith(ctx, a, false, true));
}

const send: Bif = ([to, msg], ctx) => {
  const p = P(ctx);
  if (!(to instanceof Pid || to instanceof Atom || Array.isArray(to))) throw new ErlangError(BADARG);
  const target = p.node.send(p, Array.isArray(to) ? to[0] : to, msg);
  // On the BEAM the receiver runs on another scheduler at once; yielding to it here gives the
  // interleaving a learner sees there (the receiver's output comes before the sender's next).
  if (target !== undefined && target !== p && target.status === 'runnable') p.suspend = { kind: 'yield' };
  return msg;
};
proc('erlang', 'send', 2, send);
proc('erlang', '!', 2, send);
proc('Elixir.Process', 'send', 3, ([to, msg], ctx) => {
  send([to, msg], ctx);
  return OK;
});

proc('erlang', 'link', 1, ([pid], ctx) => {
  const self = P(ctx);
  const target = pidArg(pid);
  // OTP 25: linking to a process that does not exist is an error for a caller that does not
  // trap exits, and an {:EXIT, pid, :noproc} message for one that does (node.link sends it).
  if (!self.trapExit && self.node.lookup(target) === undefined) throw new ErlangError(atom('noproc'));
  self.node.link(self, target);
  return TRUE;
});
proc('erlang', 'unlink', 1, ([pid], ctx) => {
  P(ctx).node.unlink(P(ctx), pidArg(pid));
  return TRUE;
});
proc('erlang', 'monitor', 2, ([type, target], ctx) => {
  if (type !== atom('process')) throw new ErlangError(BADARG);
  return P(ctx).node.monitor(P(ctx), target);
});
proc('erlang', 'demonitor', 1, ([ref], ctx) => {
  if (ref instanceof Ref) P(ctx).node.demonitor(P(ctx), ref);
  return TRUE;
});
proc('erlang', 'demonitor', 2, ([ref, opts], ctx) => {
  const p = P(ctx);
  const active = ref instanceof Ref && p.node.demonitor(p, ref);
  const options = listItems(opts);
  if (options.includes(atom('flush'))) {
    for (let i = p.mailbox.length - 1; i >= 0; i--) {
      const m = p.mailbox[i];
      if (Array.isArray(m) && m[0] === atom('DOWN') && m[1] === ref) p.mailbox.splice(i, 1);
    }
  }
  return options.includes(atom('info')) ? bool(active) : TRUE;
});
proc('erlang', 'exit', 1, ([reason]) => {
  throw new VmThrow(A_EXIT, reason);
});
proc('erlang', 'exit', 2, ([pid, reason], ctx) => {
  const p = P(ctx);
  const t = p.node.lookup(pidArg(pid));
  if (t !== undefined) {
    if (t === p && reason === KILL) p.node.terminate(p, atom('killed'));
    else p.node.exitSignal(p, t, reason, false);
  }
  return TRUE;
});
proc('erlang', 'throw', 1, ([v]) => {
  throw new VmThrow(A_THROW, v);
});
proc('erlang', 'error', 1, ([v]) => {
  throw new ErlangError(v);
});
proc('erlang', 'error', 2, ([v]) => {
  throw new ErlangError(v);
});
proc('erlang', 'raise', 3, ([kind, reason, stack]) => {
  throw new VmThrow(kind as Atom, reason, stack);
});
proc('erlang', 'process_flag', 2, ([flag, value], ctx) => {
  const p = P(ctx);
  if (flag === atom('trap_exit')) {
    if (value !== TRUE && value !== FALSE) throw new ErlangError(BADARG);
    const old = bool(p.trapExit);
    p.trapExit = value === TRUE;
    return old;
  }
  // The flags the playground does not model still answer as the BEAM's defaults.
  const known: Record<string, Term> = { priority: atom('normal'), save_calls: 0, sensitive: FALSE, message_queue_data: atom('on_heap'), min_heap_size: 233, min_bin_vheap_size: 46422, fullsweep_after: 65535, max_heap_size: 0 };
  if (flag instanceof Atom && flag.name in known) return known[flag.name];
  throw new ErlangError(BADARG);
});
proc('erlang', 'register', 2, ([name, pid], ctx) => {
  const p = P(ctx);
  if (!(name instanceof Atom) || name === NIL) throw new ErlangError(BADARG);
  const t = p.node.lookup(pidArg(pid));
  if (t === undefined || p.node.registered.has(name) || t.registeredName !== null) throw new ErlangError(BADARG);
  p.node.register(t, name);
  return TRUE;
});
proc('erlang', 'unregister', 1, ([name], ctx) => {
  const p = P(ctx);
  const t = p.node.registered.get(name as Atom);
  if (t === undefined) throw new ErlangError(BADARG);
  p.node.registered.delete(name as Atom);
  t.registeredName = null;
  return TRUE;
});
proc('erlang', 'whereis', 1, ([name], ctx) => P(ctx).node.registered.get(name as Atom)?.self ?? atom('undefined'));
proc('erlang', 'registered', 0, (_a, ctx) => list([...P(ctx).node.registered.keys()]));
proc('erlang', 'is_process_alive', 1, ([pid], ctx) => bool(P(ctx).node.lookup(pidArg(pid)) !== undefined));
proc('erlang', 'processes', 0, (_a, ctx) => list([...P(ctx).node.processes.values()].filter((x) => x.alive).map((x) => x.self)));
proc('erlang', 'system_info', 1, ([item], ctx) => {
  const node = P(ctx).node;
  if (item === atom('process_limit')) return node.processLimit;
  if (item === atom('process_count')) return node.processes.size;
  if (item === atom('otp_release')) return list([50, 53]); // '25', the release the runtime follows
  // The BEAM starts one scheduler per logical processor: in a browser, the learner's own count
  // (what their iex would answer, and Task.async_stream's default concurrency); 1 elsewhere.
  if (item === atom('schedulers') || item === atom('schedulers_online') || item === atom('logical_processors')) {
    const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
    return typeof cores === 'number' && cores >= 1 ? cores : 1;
  }
  throw new ErlangError(BADARG);
});
proc('erlang', 'make_ref', 0, (_a, ctx) => P(ctx).node.makeRef());
proc('erlang', 'node', 0, () => atom('nonode@nohost'));
proc('erlang', 'node', 1, ([x]) => {
  if (!(x instanceof Pid || x instanceof Ref)) throw new ErlangError(BADARG);
  return atom('nonode@nohost');
});
proc('erlang', 'yield', 0, (_a, ctx) => {
  P(ctx).suspend = { kind: 'yield' };
  return TRUE;
});
proc('erlang', 'put', 2, ([k, v], ctx) => {
  const d = P(ctx).dictionary;
  const key = dictKey(k);
  const old = d.get(key);
  d.set(key, [k, v]);
  return old ? old[1] : atom('undefined');
});
proc('erlang', 'get', 1, ([k], ctx) => P(ctx).dictionary.get(dictKey(k))?.[1] ?? atom('undefined'));
proc('erlang', 'get', 0, (_a, ctx) => list([...P(ctx).dictionary.values()].map(([k, v]) => [k, v])));
proc('erlang', 'erase', 0, (_a, ctx) => {
  const d = P(ctx).dictionary;
  const all = list([...d.values()].map(([k, v]) => [k, v]));
  d.clear();
  return all;
});
proc('erlang', 'erase', 1, ([k], ctx) => {
  const d = P(ctx).dictionary;
  const key = dictKey(k);
  const old = d.get(key);
  d.delete(key);
  return old ? old[1] : atom('undefined');
});
proc('erlang', 'send_after', 3, ([ms, to, msg], ctx) => {
  const p = P(ctx);
  if (typeof ms !== 'number' || ms < 0) throw new ErlangError(BADARG);
  const ref = p.node.makeRef();
  const id = p.node.addTimer(ms, () => {
    try {
      p.node.send(null, to, msg);
    } catch {
      // a registered name that went away: the message is dropped
    }
  });
  timerRefs.set(ref.id, id);
  return ref;
});
const timerRefs = new Map<number, number>();
// :timer.send_after/2,3 answer {:ok, {:send_local, ref}} as OTP 25's timer does for a local
// send: an erlang timer underneath, which :timer.cancel/1 cancels.
const SEND_LOCAL = atom('send_local');
proc('timer', 'send_after', 3, ([ms, to, msg], ctx) => [OK, [SEND_LOCAL, lookupBif('erlang', 'send_after', 3)!([ms, to, msg], ctx)]]);
proc('timer', 'send_after', 2, ([ms, msg], ctx) => [OK, [SEND_LOCAL, lookupBif('erlang', 'send_after', 3)!([ms, ctx.self, msg], ctx)]]);
// :timer.send_interval/2,3 answer {:ok, {:interval, ref}}: a message every `ms` until
// :timer.cancel/1, or until the process that asked for it exits (timer links to it).
const INTERVAL = atom('interval');
const intervals = new Map<number, number>();
function sendInterval(ms: Term, to: Term, msg: Term, ctx: BifContext): Term {
  const p = P(ctx);
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0) return [atom('error'), BADARG];
  const ref = p.node.makeRef();
  const tick = (): void => {
    if (!p.alive) {
      intervals.delete(ref.id);
      return;
    }
    intervals.set(ref.id, p.node.addTimer(ms, tick));
    try {
      p.node.send(null, to, msg);
    } catch {
      // a registered name that went away: this message is dropped, the next is tried
    }
  };
  intervals.set(ref.id, p.node.addTimer(ms, tick));
  return [OK, [INTERVAL, ref]];
}
proc('timer', 'send_interval', 3, ([ms, to, msg], ctx) => sendInterval(ms, to, msg, ctx));
proc('timer', 'send_interval', 2, ([ms, msg], ctx) => sendInterval(ms, ctx.self, msg, ctx));
proc('timer', 'cancel', 1, ([tref], ctx) => {
  if (Array.isArray(tref) && tref.length === 2 && tref[0] === INTERVAL && tref[1] instanceof Ref) {
    const id = intervals.get(tref[1].id);
    if (id !== undefined) P(ctx).node.cancelTimer(id);
    intervals.delete(tref[1].id);
    return [OK, atom('cancel')];
  }
  if (!(Array.isArray(tref) && tref.length === 2 && tref[0] === SEND_LOCAL && tref[1] instanceof Ref)) return [atom('error'), BADARG];
  lookupBif('erlang', 'cancel_timer', 1)!([tref[1]], ctx);
  return [OK, atom('cancel')];
});
proc('erlang', 'cancel_timer', 1, ([ref], ctx) => {
  const id = ref instanceof Ref ? timerRefs.get(ref.id) : undefined;
  if (id === undefined) return FALSE;
  timerRefs.delete((ref as Ref).id);
  const left = P(ctx).node.cancelTimer(id);
  return left === false ? FALSE : left;
});
proc('erlang', 'read_timer', 1, ([ref], ctx) => {
  const id = ref instanceof Ref ? timerRefs.get(ref.id) : undefined;
  if (id === undefined) return FALSE;
  const left = P(ctx).node.timerRemaining(id);
  return left === false ? FALSE : left;
});

// Which function a sleeping process is in, for its current_function: Process.sleep/1 is a
// receive of its own in Elixir, :timer.sleep/1 one of :timer's.
const sleepingIn = new WeakMap<Process, Atom>();

/**
 * The function a process is in, as Process.info(pid, :current_function) and the Observer show
 * it (another process asking: the process is suspended, or about to run).
 */
export function currentFunction(t: Process): [Atom, Atom, number] {
  // A script's top level runs as :elixir_compiler_0.__FILE__/1, as Elixir names it.
  if (t.code.kind === 'file') return [t.code.module, t.code.name, 1];
  if (t.status === 'waiting' && t.suspend !== null && t.suspend.kind === 'sleep') return [sleepingIn.get(t) ?? atom('timer'), atom('sleep'), 1];
  // A fn typed into the shell waits in erl_eval's receive, which prim_eval runs.
  if (t.status === 'waiting' && evaluatedCode.has(t.code)) return [atom('prim_eval'), atom('receive'), 2];
  return [t.code.module, t.code.name, t.code.arity];
}

function sleep(ms: Term, ctx: BifContext, module = atom('timer')): Term {
  sleepingIn.set(P(ctx), module);
  if (ms === atom('infinity')) {
    P(ctx).suspend = { kind: 'sleep', ms: Infinity };
    return OK;
  }
  if (typeof ms !== 'number' || ms < 0) throw new ErlangError(atom('timeout_value'));
  P(ctx).suspend = { kind: 'sleep', ms };
  return OK;
}
// Process.sleep/1's guard takes a non-negative integer or :infinity.
proc('Elixir.Process', 'sleep', 1, ([ms], ctx) => {
  if (ms !== atom('infinity') && !(typeof ms === 'number' && Number.isInteger(ms) && ms >= 0)) {
    throw new ErlangError(builtinException('FunctionClauseError', [['module', atom('Elixir.Process')], ['function', atom('sleep')], ['arity', 1]]));
  }
  return sleep(ms, ctx, atom('Elixir.Process'));
});
proc('timer', 'sleep', 1, ([ms], ctx) => sleep(ms, ctx));

/** Process.info/2 and :erlang.process_info/2 for the keys the playground shows. */
/**
 * One item of process_info. `viaProcessInfo` is the arity of Elixir's Process.info when that is
 * the caller: on the BEAM it is an Elixir function, so a process asking about itself is running
 * Process.info/N at that moment (a native here has no frame of its own to show it).
 */
function processInfo(p: Process, pid: Pid, key: Atom, viaProcessInfo?: number): Term | undefined {
  const t = p.node.lookup(pid);
  if (t === undefined) return undefined;
  switch (key.name) {
    case 'status':
      return atom(t === p ? 'running' : t.status === 'waiting' ? 'waiting' : t.status === 'runnable' ? 'runnable' : t.status);
    case 'message_queue_len':
      return t.mailbox.length;
    case 'messages':
      return list(t.mailbox);
    case 'links':
      return list([...t.links].map((id) => p.node.processes.get(id)?.self).filter((x): x is Pid => x !== undefined));
    case 'trap_exit':
      return bool(t.trapExit);
    case 'registered_name':
      return t.registeredName ?? EMPTY_LIST;
    case 'reductions':
      return t.reductions;
    case 'dictionary':
      return list([...t.dictionary.values()].map(([k, v]) => [k, v]));
    case 'initial_call':
      if (t.initialCall === null) return atom('undefined');
      // A process spawned with a fun starts in erlang:apply/2 on the BEAM; the fun's own name is
      // kept for the Observer.
      if (t.initialCall[1].name.startsWith('-')) return [atom('erlang'), atom('apply'), 2];
      return [t.initialCall[0], t.initialCall[1], t.initialCall[2]];
    case 'current_function':
      if (t === p && viaProcessInfo !== undefined) return [atom('Elixir.Process'), atom('info'), viaProcessInfo];
      return currentFunction(t);
    case 'monitors':
      return list([...t.monitors.values()].map((m) => [atom('process'), m.name !== undefined ? [m.name, atom('nonode@nohost')] : m.target]));
    case 'monitored_by':
      return list([...t.monitoredBy.values()].map((m) => m.watcher));
    case 'heap_size':
    case 'total_heap_size':
    case 'stack_size':
      return t.regs.length;
    case 'memory':
      // An estimate in bytes: the process record, its registers, frames and queued messages.
      return 400 + 8 * (t.regs.length + t.frames.length + t.mailbox.length);
    case 'error_handler':
      return atom('error_handler');
    case 'priority':
      return atom('normal');
    case 'group_leader':
      return GROUP_LEADER;
    case 'garbage_collection':
      return list([
        [atom('max_heap_size'), MapTerm.fromEntries([[atom('error_logger'), TRUE], [atom('kill'), TRUE], [atom('size'), 0]])],
        [atom('min_bin_vheap_size'), 46422],
        [atom('min_heap_size'), 233],
        [atom('fullsweep_after'), 65535],
        [atom('minor_gcs'), 0],
      ]);
    case 'suspending':
      return EMPTY_LIST;
  }
  return undefined;
}
/** Every process's output goes to the node; the pid stands for the BEAM's user group leader. */
const GROUP_LEADER = new Pid(64, 0);
/** Process.info/1's keys, in the BEAM's order (registered_name first, when there is one). */
const INFO_KEYS = ['registered_name', 'current_function', 'initial_call', 'status', 'message_queue_len', 'links', 'dictionary', 'trap_exit', 'error_handler', 'priority', 'group_leader', 'total_heap_size', 'heap_size', 'stack_size', 'reductions', 'garbage_collection', 'suspending'];
proc('erlang', 'process_info', 2, ([pid, key], ctx) => {
  const p = P(ctx);
  if (Array.isArray(key) || key instanceof Cons) {
    const keys = listItems(key);
    if (p.node.lookup(pidArg(pid)) === undefined) return atom('undefined');
    return list(keys.map((k) => [k, processInfo(p, pid as Pid, k as Atom) ?? atom('undefined')]));
  }
  if (p.node.lookup(pidArg(pid)) === undefined) return atom('undefined');
  const v = processInfo(p, pid as Pid, key as Atom);
  if (v === undefined) throw new ErlangError(BADARG);
  return [key, v];
});

// ---------------------------------------------------------------- Process (Elixir)

const alias = (module: string, name: string, arity: number, target: string, tname = name): void => {
  const f = lookupBif('erlang', tname, arity);
  if (f !== undefined) proc(module, name, arity, f);
  void target;
};
alias('Elixir.Process', 'link', 1, 'erlang');
alias('Elixir.Process', 'unlink', 1, 'erlang');
alias('Elixir.Process', 'whereis', 1, 'erlang');
alias('Elixir.Process', 'registered', 0, 'erlang');
alias('Elixir.Process', 'put', 2, 'erlang');
alias('Elixir.Process', 'get', 0, 'erlang');
alias('Elixir.Process', 'cancel_timer', 1, 'erlang');
alias('Elixir.Process', 'read_timer', 1, 'erlang');
alias('Elixir.Process', 'exit', 2, 'erlang');
alias('Elixir.Process', 'list', 0, 'erlang', 'processes');
alias('Elixir.Process', 'alive?', 1, 'erlang', 'is_process_alive');
alias('Elixir.Process', 'demonitor', 1, 'erlang');
alias('Elixir.Process', 'demonitor', 2, 'erlang');
// Kernel's operators and the guards and process functions it inlines are still functions of
// Kernel at run time (apply(Kernel, :+, [1, 2]), Function.capture(Kernel, :self, 0)). They are
// looked up on first use: the arithmetic natives may register after this file.
const kernelDelegate = (name: string, arity: number, tname = name): void => {
  let f: Bif | undefined;
  proc('Elixir.Kernel', name, arity, (a, ctx) => (f ??= lookupBif('erlang', tname, arity)!)(a, ctx));
};
for (const op of ['+', '-', '*', '/', '==', '<', '>', '>=', '++', '--']) kernelDelegate(op, 2);
kernelDelegate('!=', 2, '/=');
kernelDelegate('===', 2, '=:=');
kernelDelegate('!==', 2, '=/=');
kernelDelegate('<=', 2, '=<');
for (const [name, arity] of [['+', 1], ['-', 1], ['not', 1], ['ceil', 1], ['floor', 1], ['binary_part', 3], ['self', 0], ['node', 0], ['node', 1], ['make_ref', 0], ['send', 2], ['spawn', 1], ['spawn', 3], ['spawn_link', 1], ['spawn_link', 3], ['spawn_monitor', 1], ['spawn_monitor', 3], ['throw', 1], ['exit', 1]] as const) {
  kernelDelegate(name, arity);
}

proc('Elixir.Process', 'whereis', 1, ([name], ctx) => P(ctx).node.registered.get(name as Atom)?.self ?? NIL);
proc('Elixir.Process', 'monitor', 1, ([target], ctx) => {
  if (!(target instanceof Pid || target instanceof Atom || (Array.isArray(target) && target.length === 2 && target[0] instanceof Atom))) throw new ErlangError(BADARG);
  return P(ctx).node.monitor(P(ctx), Array.isArray(target) ? target[0] : target);
});
proc('Elixir.Process', 'flag', 2, (a, ctx) => lookupBif('erlang', 'process_flag', 2)!(a, ctx));
// Elixir's Process.register/2: a guard refuses nil, booleans and :undefined, and a refused
// registration raises its own message.
const NOT_A_NAME = new Set([NIL, TRUE, FALSE, atom('undefined')]);
proc('Elixir.Process', 'register', 2, ([pid, name], ctx) => {
  if (!(name instanceof Atom) || NOT_A_NAME.has(name)) {
    throw new ErlangError(builtinException('FunctionClauseError', [['module', atom('Elixir.Process')], ['function', atom('register')], ['arity', 2]]));
  }
  try {
    return lookupBif('erlang', 'register', 2)!([name, pid], ctx);
  } catch (e) {
    if (!(e instanceof ErlangError)) throw e;
    const message = `could not register ${inspect(pid)} with name ${inspect(name)} because it is not alive, the name is already taken, or it has already been given another name`;
    throw new ErlangError(builtinException('ArgumentError', [['message', Bin.fromString(message)]]));
  }
});
proc('Elixir.Process', 'unregister', 1, (a, ctx) => lookupBif('erlang', 'unregister', 1)!(a, ctx));
proc('Elixir.Process', 'send_after', 3, ([to, msg, ms], ctx) => lookupBif('erlang', 'send_after', 3)!([ms, to, msg], ctx));
proc('Elixir.Process', 'get', 1, ([k], ctx) => {
  const v = lookupBif('erlang', 'get', 1)!([k], ctx);
  return v === atom('undefined') ? NIL : v;
});
proc('Elixir.Process', 'get', 2, ([k, d], ctx) => P(ctx).dictionary.get(dictKey(k))?.[1] ?? d);
const getKeys: Bif = ([value], ctx) => {
  const entries = [...P(ctx).dictionary.values()];
  return list((value === undefined ? entries : entries.filter(([, v]) => exactEquals(v, value))).map(([k]) => k));
};
proc('erlang', 'get_keys', 0, getKeys);
proc('erlang', 'get_keys', 1, getKeys);
proc('Elixir.Process', 'get_keys', 0, getKeys);
proc('Elixir.Process', 'get_keys', 1, getKeys);
proc('Elixir.Process', 'delete', 1, ([k], ctx) => {
  const v = lookupBif('erlang', 'erase', 1)!([k], ctx);
  return v === atom('undefined') ? NIL : v;
});
proc('Elixir.Process', 'put', 2, ([k, v], ctx) => {
  const old = lookupBif('erlang', 'put', 2)!([k, v], ctx);
  return old === atom('undefined') ? NIL : old;
});
proc('Elixir.Process', 'info', 1, ([pid], ctx) => {
  const p = P(ctx);
  if (p.node.lookup(pidArg(pid)) === undefined) return NIL;
  return list(INFO_KEYS.map((k) => [atom(k), processInfo(p, pid as Pid, atom(k), 1)!]).filter(([k, v]) => !(k === atom('registered_name') && v === EMPTY_LIST)));
});
proc('Elixir.Process', 'info', 2, ([pid, key], ctx) => {
  const p = P(ctx);
  if (p.node.lookup(pidArg(pid)) === undefined) return NIL;
  if (key instanceof Cons || key === EMPTY_LIST) {
    return list(listItems(key).map((k) => [k, processInfo(p, pid as Pid, k as Atom, 2) ?? NIL]));
  }
  const v = processInfo(p, pid as Pid, key as Atom, 2);
  if (v === undefined) throw new ErlangError(BADARG);
  return [key, v];
});
proc('Elixir.Process', 'spawn', 2, ([f, opts], ctx) => spawnOpt(ctx, [f], opts));
proc('Elixir.Process', 'spawn', 4, ([m, f, a, opts], ctx) => spawnOpt(ctx, [m, f, a], opts));

// ---------------------------------------------------------------- functions and modules

const A_ARITY = atom('arity');
function funInfo(f: Fun, key: Atom): Term {
  const lbl = f.label;
  switch (key.name) {
    case 'arity':
      return f.arity;
    case 'module':
      return lbl.module;
    case 'name':
      return lbl.kind === 'external' ? lbl.name : atom(localFunName(lbl));
    case 'env':
      return list(f.env as Term[]);
    case 'type':
      return atom(lbl.kind === 'external' ? 'external' : 'local');
    case 'index':
    case 'new_index':
      return lbl.kind === 'local' ? lbl.index : atom('undefined');
    case 'uniq':
    case 'new_uniq':
      return lbl.kind === 'local' ? lbl.uniq : atom('undefined');
    case 'pid':
      return atom('undefined');
  }
  throw new ErlangError(BADARG);
}
registerBif('erlang', 'fun_info', 2, ([f, key]) => {
  if (!(f instanceof Fun) || !(key instanceof Atom)) throw new ErlangError(BADARG);
  return [key, funInfo(f, key)];
});
registerBif('erlang', 'fun_info', 1, ([f]) => {
  if (!(f instanceof Fun)) throw new ErlangError(BADARG);
  const keys = f.label.kind === 'external' ? ['module', 'name', 'arity', 'env', 'type'] : ['module', 'name', 'arity', 'env', 'type'];
  return list(keys.map((k) => [atom(k), funInfo(f, atom(k))]));
});
void A_ARITY;
proc('erlang', 'function_exported', 3, ([m, f, a], ctx) => {
  if (!(m instanceof Atom) || !(f instanceof Atom) || typeof a !== 'number') throw new ErlangError(BADARG);
  const mod = P(ctx).node.modules.get(m);
  if (mod !== undefined && mod.exports.has(f.name + '/' + a)) return TRUE;
  if (f.name === 'apply' && (a === 2 || a === 3) && (m.name === 'erlang' || m.name === 'Elixir.Kernel')) return TRUE;
  return bool(lookupBif(m.name, f.name, a) !== undefined);
});

// A fun for Mod.fun/arity, which need not exist yet: it is looked up when called.
proc('erlang', 'make_fun', 3, ([m, f, a]) => {
  if (!(m instanceof Atom) || !(f instanceof Atom) || typeof a !== 'number' || a < 0 || a > 255) throw new ErlangError(BADARG);
  const site: CallSite = { module: m, name: f, arity: a, version: -1, fn: null, bif: null, folded: false, protocol: undefined };
  return new Fun(a, site, [], { kind: 'external', module: m, name: f });
});
ifAbsent('Elixir.Function', 'identity', 1, ([x]) => x);
proc('Elixir.Code', 'ensure_loaded?', 1, ([m], ctx) => bool(m instanceof Atom && moduleLoaded(P(ctx), m)));
proc('Elixir.Code', 'ensure_loaded', 1, ([m], ctx) =>
  m instanceof Atom && moduleLoaded(P(ctx), m) ? [atom('module'), m] : [atom('error'), atom('nofile')],
);
proc('code', 'ensure_loaded', 1, ([m], ctx) =>
  m instanceof Atom && moduleLoaded(P(ctx), m) ? [atom('module'), m] : [atom('error'), atom('nofile')],
);
proc('code', 'is_loaded', 1, ([m], ctx) => (m instanceof Atom && moduleLoaded(P(ctx), m) ? [atom('file'), atom('in_memory')] : FALSE));

/** System.halt/0,1: stop the node with an exit status (the script runner reads it). */
const halt: Bif = (argv, ctx) => {
  const p = P(ctx);
  const status = argv.length === 0 ? 0 : argv[0];
  p.node.halted = typeof status === 'number' ? status : 1;
  p.suspend = { kind: 'exit', reason: NORMAL };
  return OK;
};
proc('Elixir.System', 'halt', 0, halt);
proc('Elixir.System', 'halt', 1, halt);
proc('erlang', 'halt', 0, halt);
proc('erlang', 'halt', 1, halt);

// ---------------------------------------------------------------- modules and exceptions (compiler support)

const A_MODULE = atom('module');

registerBif('elixir_vm', 'load_module', 1, ([code], ctx) => {
  const p = P(ctx);
  const m = code as unknown as ModuleCode;
  if (p.node.modules.has(m.name) && p.node.warnRedefine) {
    p.node.write('stderr', `warning: redefining module ${inspectModule(m.name)} (current version defined in memory)\n  ${m.file}:${m.line}\n\n`);
  }
  p.node.loadModule(m);
  return [A_MODULE, m.name, beamPlaceholder(m), m.last];
});

/** What `{:module, Foo, <<70, 79, 82, 49, ...>>, _}` carries: the start of a BEAM file. */
function beamPlaceholder(m: ModuleCode): Bin {
  const name = new TextEncoder().encode(m.name.name);
  const bytes = new Uint8Array(12 + name.length);
  bytes.set([70, 79, 82, 49, 0, 0, 0, 0, 66, 69, 65, 77]);
  bytes.set(name, 12);
  return Bin.fromBytes(bytes);
}

/** Mod.exception(args) for exceptions without their own exception/1; raise "msg" too. */
registerBif('elixir_vm', 'exception_from', 2, ([mod, arg], ctx) => {
  const p = P(ctx);
  if (!(mod instanceof Atom)) throw new ErlangError(BADARG);
  const user = p.node.modules.get(mod);
  const given: [string, Term][] = [];
  if (arg instanceof Bin) given.push(['message', arg]);
  else for (const kv of listItems(arg)) if (Array.isArray(kv) && kv[0] instanceof Atom) given.push([kv[0].name, kv[1]]);
  if (user !== undefined && user.struct !== null) {
    let m = MapTerm.fromEntries([[atom('__struct__'), mod], ...user.struct]);
    for (const [k, v] of given) {
      if (!m.has(atom(k))) throw new ErlangError(builtinException('KeyError', [['key', atom(k)], ['term', m]]));
      m = m.put(atom(k), v);
    }
    return m;
  }
  if (user === undefined && !mod.name.startsWith('Elixir.')) throw new ErlangError(BADARG);
  const name = mod.name.slice(7);
  if (user === undefined && !(name in BUILTIN) && lookupBif(mod.name, 'exception', 1) === undefined) {
    throw new ErlangError(atom('undef'));
  }
  return builtinException(name, given);
});

const BUILTIN: Record<string, true> = Object.fromEntries(
  ['RuntimeError', 'ArgumentError', 'ArithmeticError', 'KeyError', 'MatchError', 'CaseClauseError', 'WithClauseError', 'TryClauseError', 'CondClauseError', 'BadArityError', 'BadFunctionError', 'BadMapError', 'BadBooleanError', 'BadStructError', 'FunctionClauseError', 'UndefinedFunctionError', 'ErlangError', 'SystemLimitError', 'Protocol.UndefinedError', 'Enum.EmptyError', 'Enum.OutOfBoundsError', 'File.Error', 'UnicodeConversionError'].map((n) => [n, true]),
);

function structTemplate(p: Process, mod: Term): MapTerm {
  const m = mod instanceof Atom ? p.node.modules.get(mod) : undefined;
  if (m === undefined || m.struct === null) throw new ErlangError(BADARG);
  if (m.structTemplate === undefined) m.structTemplate = MapTerm.fromEntries([[atom('__struct__'), m.name], ...m.struct]);
  return m.structTemplate;
}
registerBif('elixir_vm', 'struct_default', 1, ([mod], ctx) => structTemplate(P(ctx), mod));
registerBif('elixir_vm', 'struct_new', 2, ([mod, kv], ctx) => {
  const p = P(ctx);
  let map = structTemplate(p, mod);
  const pairs: [Term, Term][] = kv instanceof MapTerm ? kv.entries().map(([k, v]) => [k, v]) : listItems(kv).map((e) => e as [Term, Term]);
  const missing = new Set(p.node.modules.get(mod as Atom)!.enforceKeys);
  for (const [k, v] of pairs) {
    // Elixir's __struct__/1 updates with :maps.update/3, whose badkey names the key alone.
    if (!map.has(k) || k === atom('__struct__')) throw new ErlangError(builtinException('KeyError', [['key', k]]));
    map = map.put(k, v);
    missing.delete(k as Atom);
  }
  if (missing.size > 0) {
    const keys = inspect(list([...missing]));
    throw new ErlangError(builtinException('ArgumentError', [['message', Bin.fromString(`the following keys must also be given when building struct ${inspectModule(mod as Atom)}: ${keys}`)]]));
  }
  return map;
});

/** The implementation module of a protocol for a value: P.MyStruct, P.Integer, ..., P.Any. */
export function protocolImpl(p: Process, proto: Atom, v: Term): Atom | null {
  const loaded = (name: string): Atom | null => {
    const a = atom(`${proto.name}.${name}`);
    return p.node.modules.has(a) ? a : null;
  };
  if (v instanceof MapTerm) {
    const s = v.get(atom('__struct__'));
    if (s instanceof Atom) return loaded(s.name.replace(/^Elixir\./, '')) ?? loaded('Any');
  }
  const type =
    typeof v === 'number' || typeof v === 'bigint' ? 'Integer'
    : v instanceof Atom ? 'Atom'
    : v instanceof Bin || v instanceof BitString ? 'BitString'
    : v instanceof Cons || v === EMPTY_LIST ? 'List'
    : v instanceof MapTerm ? 'Map'
    : Array.isArray(v) ? 'Tuple'
    : v instanceof Fun ? 'Function'
    : v instanceof Pid ? 'PID'
    : v instanceof Ref ? 'Reference'
    : 'Float';
  return loaded(type) ?? loaded('Any');
}

registerBif('elixir_vm', 'impl_for!', 2, ([proto, v], ctx) => {
  const impl = protocolImpl(P(ctx), proto as Atom, v);
  if (impl !== null) return impl;
  throw new ErlangError(builtinException('Protocol.UndefinedError', [['protocol', proto], ['value', v], ['description', Bin.fromString('')]]));
});

registerBif('elixir_vm', 'exception_value', 1, ([v], ctx) => {
  if (isException(v)) return v;
  if (v instanceof Atom) return lookupBif('elixir_vm', 'exception_from', 2)!([v, EMPTY_LIST], ctx);
  throw new ErlangError(builtinException('ArgumentError', [['message', Bin.fromString(`raise/1 and reraise/2 expect a module name, string or exception as the first argument, got: ${inspect(v)}`)]]));
});

const A_STRUCT_KEY = atom('__struct__');
const A_EXC_KEY = atom('__exception__');
const isStruct: Bif = ([t, name]) => {
  if (!(t instanceof MapTerm)) return FALSE;
  const s = t.get(A_STRUCT_KEY);
  if (!(s instanceof Atom)) return FALSE;
  return bool(name === undefined || s === name);
};
registerBif('elixir_vm', 'is_struct', 1, isStruct);
registerBif('elixir_vm', 'is_struct', 2, isStruct);
const isExc: Bif = ([t, name]) => bool(isStruct([t], {} as BifContext) === TRUE && (t as MapTerm).get(A_EXC_KEY) === TRUE && (name === undefined || (t as MapTerm).get(A_STRUCT_KEY) === name));
registerBif('elixir_vm', 'is_exception', 1, isExc);
registerBif('elixir_vm', 'is_exception', 2, isExc);

// raise/1 is :erlang.error(exception, :none, error_info: %{module: Exception}) in Elixir 1.14:
// the raising frame carries that error_info (raise/2 is a plain :erlang.error/1).
const RAISE_ERROR_INFO = MapTerm.fromEntries([[atom('module'), atom('Elixir.Exception')]]);
registerBif('elixir_vm', 'raise', 1, ([exception]) => {
  throw new ErlangError(exception, RAISE_ERROR_INFO);
});

registerBif('elixir_vm', 'normalize', 2, ([reason, stack], ctx) => normalize(reason, stack, (m) => moduleLoaded(P(ctx), m)));

export function moduleLoaded(p: Process, m: Atom): boolean {
  return p.node.modules.has(m) || bifsOf(m.name).length > 0;
}

void A_ERROR;

// ---------------------------------------------------------------- IO (until the stdlib has its own)

function chardata(t: Term): string {
  if (t instanceof Bin) return t.text ?? '';
  if (t instanceof Atom) return t.name === 'nil' ? '' : t.name;
  if (typeof t === 'number' || typeof t === 'bigint') return String(t);
  if (t === EMPTY_LIST) return '';
  if (t instanceof Cons) {
    let s = '';
    for (const x of listItems(t)) s += typeof x === 'number' ? String.fromCodePoint(x) : chardata(x);
    return s;
  }
  return inspect(t);
}

function device(d: Term): 'stdout' | 'stderr' {
  return d === atom('stderr') || d === atom('standard_error') ? 'stderr' : 'stdout';
}

// The group leader is the node's output for every process.
proc('io', 'put_chars', 2, ([d, s], ctx) => {
  P(ctx).node.write(device(d), chardata(s));
  return OK;
});
proc('io', 'put_chars', 1, ([s], ctx) => {
  P(ctx).node.write('stdout', chardata(s));
  return OK;
});

ifAbsent('Elixir.IO', 'puts', 1, ([s], ctx) => {
  P(ctx).node.write('stdout', chardata(s) + '\n');
  return OK;
});
ifAbsent('Elixir.IO', 'puts', 2, ([d, s], ctx) => {
  P(ctx).node.write(device(d), chardata(s) + '\n');
  return OK;
});
ifAbsent('Elixir.IO', 'write', 1, ([s], ctx) => {
  P(ctx).node.write('stdout', chardata(s));
  return OK;
});
ifAbsent('Elixir.IO', 'write', 2, ([d, s], ctx) => {
  P(ctx).node.write(device(d), chardata(s));
  return OK;
});
ifAbsent('Elixir.IO', 'inspect', 1, ([v], ctx) => {
  P(ctx).node.write('stdout', inspect(v, { pretty: true, width: 80 }) + '\n');
  return v;
});
ifAbsent('Elixir.IO', 'inspect', 2, ([v, opts], ctx) => {
  let label = '';
  for (const kv of listItems(opts)) if (Array.isArray(kv) && kv[0] === atom('label')) label = chardata(kv[1]) + ': ';
  P(ctx).node.write('stdout', label + inspect(v, { pretty: true, width: 80 }) + '\n');
  return v;
});
ifAbsent('Elixir.Kernel', 'inspect', 1, ([v]) => Bin.fromString(inspect(v)));
ifAbsent('Elixir.String.Chars', 'to_string', 1, ([v]) => {
  if (v instanceof Bin) return v;
  if (v instanceof Atom || typeof v === 'number' || typeof v === 'bigint' || v instanceof Cons || v === EMPTY_LIST) return Bin.fromString(chardata(v));
  if (v !== null && typeof v === 'object' && v.constructor.name === 'Float') return Bin.fromString(inspect(v));
  throw new ErlangError(builtinException('Protocol.UndefinedError', [['protocol', atom('Elixir.String.Chars')], ['value', v]]));
});
ifAbsent('Elixir.Kernel', 'to_string', 1, (a, ctx) => lookupBif('Elixir.String.Chars', 'to_string', 1)!(a, ctx));

void A_THROW;
void NORMAL;
