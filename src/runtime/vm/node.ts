// A node: the processes, the scheduler that runs them, the module table, timers and signals.
//
// Scheduling is the BEAM's: each runnable process runs for a budget of reductions (one per
// call) and goes to the back of the run queue, so an infinite loop in one process never stops
// the others. The host loop is pluggable: `runUntilIdle()` for scripts and tests (optionally on a
// virtual clock), `runFor(ms)` for a time-sliced driver that yields to the event loop.
// Signals (exits, links, monitors, messages) are delivered immediately: the node is single
// threaded, so delivery order between any two processes is the order of sending.
// https://www.erlang.org/doc/reference_manual/processes.html
import { Atom, Cons, EMPTY_LIST, Fun, Pid, Ref, atom, list, type Term } from '../terms/types.ts';
import { MapTerm as MapImpl } from '../terms/map.ts';
import type { FunctionCode, ModuleCode } from '../compiler/code.ts';
import { Op } from '../compiler/ops.ts';
import { Process, type Monitor } from './process.ts';
import { localFunName } from '../terms/fun_label.ts';
import { execute } from './interp.ts';
import { ErlangError } from '../bifs/registry.ts';


export const NORMAL = atom('normal');
export const KILL = atom('kill');
export const KILLED = atom('killed');
export const NOPROC = atom('noproc');
const EXIT = atom('EXIT');
const DOWN = atom('DOWN');
const PROCESS = atom('process');
const SYSTEM_LIMIT = atom('system_limit');

export const REDUCTIONS = 4000;

let codeVersions = 0;

export type VmEvent =
  | { type: 'spawn'; pid: Pid; parent: Pid | null; link: boolean }
  | { type: 'exit'; pid: Pid; reason: Term }
  | { type: 'link'; from: Pid; to: Pid }
  | { type: 'unlink'; from: Pid; to: Pid }
  | { type: 'send'; from: Pid | null; to: Pid; message: Term }
  | { type: 'receive'; pid: Pid; message: Term }
  | { type: 'register'; pid: Pid; name: Atom }
  // Told by supervisors (written in Elixir), so observers need not guess them from spawns.
  | { type: 'child_start'; supervisor: Pid; id: Term; pid: Pid }
  | { type: 'child_stop'; supervisor: Pid; id: Term; pid: Pid; reason: Term }
  | { type: 'restart'; supervisor: Pid; id: Term; oldPid: Pid | null; newPid: Pid | null; reason: Term };

export interface Clock {
  now(): number;
}

interface Timer {
  at: number;
  seq: number;
  fire: () => void;
  cancelled: boolean;
  ref: number;
}

export type Output = (device: 'stdout' | 'stderr', text: string) => void;

const ALIAS = atom('alias');

/** Whether `msg` is a `{[:alias | ref], reply}` call reply whose alias was deactivated. */
export function isDeadAliasReply(dead: ReadonlySet<number>, msg: Term): boolean {
  if (!Array.isArray(msg) || msg.length !== 2) return false;
  const tag = msg[0];
  return tag instanceof Cons && tag.tail instanceof Ref && tag.head === ALIAS && dead.has(tag.tail.id);
}

export class Node {
  readonly processes = new Map<number, Process>();
  readonly modules = new Map<Atom, ModuleCode>();
  readonly registered = new Map<Atom, Process>();
  /** Bumped on every module load: call sites re-resolve when it changes. */
  codeVersion = 0;
  private readonly runQueue: Process[] = [];
  private runHead = 0;
  private timers: Timer[] = [];
  private timerSeq = 0;
  private readonly timerById = new Map<number, Timer>();
  private nextPid: number;
  private nextRef = 1;
  private virtualNow = 0;
  current: Process | null = null;
  onEvent: ((e: VmEvent) => void) | null = null;
  /** Called before every instruction when set (see vm/disasm.ts traceTo for a printer). */
  trace: ((p: Process, code: FunctionCode, pc: number, bp: number) => void) | null = null;
  /** Extra stderr text for a redefined module (the script runner enables it). */
  warnRedefine = false;

  constructor(
    readonly output: Output,
    readonly clock: Clock | 'virtual' = { now: () => performance.now() },
    firstPid = 96,
  ) {
    this.nextPid = firstPid;
  }

  /** Start pid numbering again (after the prelude's loader processes are gone). */
  resetPids(first: number): void {
    this.nextPid = first;
  }

  now(): number {
    return this.clock === 'virtual' ? this.virtualNow : this.clock.now();
  }

  write(device: 'stdout' | 'stderr', text: string): void {
    this.output(device, text);
  }

  makeRef(): Ref {
    return new Ref(this.nextRef++);
  }

  // ------------------------------------------------------------------ modules

  loadModule(m: ModuleCode): void {
    this.modules.set(m.name, m);
    // Versions are unique across nodes: compiled code (and its call-site caches) may be shared
    // by several nodes, as the prelude is, and a cache must never match another node's table.
    this.codeVersion = ++codeVersions;
  }

  // ------------------------------------------------------------------ processes

  /** The BEAM's default process limit (+P); spawning past it fails with :system_limit. */
  processLimit = 262_144;

  /** Start a process that applies fun to args (or module.fun(args) when fun is an atom). */
  spawn(target: Term, name: Term, argv: Term, parent: Process | null, link: boolean): Process {
    if (this.processes.size >= this.processLimit) {
      // The emulator logs it (through the logger, to standard output) and spawn raises.
      this.write('stdout', `\n${new Date().toISOString().slice(11, 23)} [error] Too many processes\n\n\n`);
      throw new ErlangError(SYSTEM_LIMIT);
    }
    const pid = new Pid(this.nextPid++, 0);
    const p = new Process(pid, this);
    p.code = TRAMPOLINE;
    p.regs.push(target, name, argv);
    if (target instanceof Fun) {
      const lbl = target.label;
      p.initialCall = lbl.kind === 'external' ? [lbl.module, lbl.name, target.arity] : [lbl.module, funName(lbl), target.arity];
    } else if (target instanceof Atom && name instanceof Atom) {
      let n = 0;
      for (let l = argv; l instanceof Cons; l = l.tail) n++;
      p.initialCall = [target, name, n];
    }
    this.processes.set(pid.id, p);
    if (link && parent !== null) {
      p.links.add(parent.self.id);
      parent.links.add(pid.id);
    }
    // (events are built only when someone listens: a spawn or a send allocates nothing else)
    if (this.onEvent !== null) {
      this.emit({ type: 'spawn', pid, parent: parent?.self ?? null, link });
      if (link && parent !== null) this.emit({ type: 'link', from: parent.self, to: pid });
    }
    this.makeRunnable(p);
    return p;
  }

  lookup(pid: Pid): Process | undefined {
    const p = this.processes.get(pid.id);
    return p !== undefined && p.alive ? p : undefined;
  }

  makeRunnable(p: Process): void {
    if (p.status === 'waiting' || p.status === 'runnable') {
      // A receive's `after` timer keeps running: it counts from the start of the receive, and a
      // message that does not match must not restart it (the receive takes or times out).
      p.status = 'runnable';
      this.runQueue.push(p);
    }
  }

  private cancelRecvTimer(p: Process): void {
    if (p.recvTimer !== null) {
      this.cancelTimer(p.recvTimer);
      p.recvTimer = null;
    }
  }

  // ------------------------------------------------------------------ messages and signals

  /** Set by System.halt/1: the status the node stops with. */
  halted: number | null = null;

  send(from: Process | null, to: Term, msg: Term): Process | undefined {
    let target: Process | undefined;
    if (to instanceof Pid) target = this.lookup(to);
    else if (to instanceof Atom) {
      target = this.registered.get(to);
      if (target === undefined) throw new SendError(to);
    }
    if (target === undefined) return undefined;
    if (this.onEvent !== null) this.emit({ type: 'send', from: from?.self ?? null, to: target.self, message: msg });
    this.deliver(target, msg);
    return target;
  }

  deliver(p: Process, msg: Term): void {
    // A reply to a call that already gave up (OTP 25's aliases, deactivated on timeout) is dropped.
    if (p.deadAliases !== null && isDeadAliasReply(p.deadAliases, msg)) return;
    p.mailbox.push(msg);
    if (p.status === 'waiting') {
      if (p.suspend !== null && p.suspend.kind === 'sleep') return;
      this.makeRunnable(p);
    }
  }

  link(a: Process, b: Pid): void {
    const t = this.lookup(b);
    if (t === undefined) {
      this.exitSignal(null, a, NOPROC, true, b);
      return;
    }
    if (t === a) return;
    a.links.add(t.self.id);
    t.links.add(a.self.id);
    this.emit({ type: 'link', from: a.self, to: t.self });
  }

  unlink(a: Process, b: Pid): void {
    a.links.delete(b.id);
    const t = this.processes.get(b.id);
    if (t !== undefined) t.links.delete(a.self.id);
    this.emit({ type: 'unlink', from: a.self, to: b });
  }

  monitor(watcher: Process, target: Term): Ref {
    const ref = this.makeRef();
    const t = target instanceof Pid ? this.lookup(target) : target instanceof Atom ? this.registered.get(target) : undefined;
    const targetPid = target instanceof Pid ? target : t?.self ?? new Pid(0, 0);
    if (t === undefined) {
      const item: Term = target instanceof Atom ? [target, atom('nonode@nohost')] : target;
      this.deliver(watcher, [DOWN, ref, PROCESS, item, NOPROC]);
      return ref;
    }
    const m: Monitor = target instanceof Atom ? { ref, watcher: watcher.self, target: targetPid, name: target } : { ref, watcher: watcher.self, target: targetPid };
    watcher.monitors.set(ref.id, m);
    t.monitoredBy.set(ref.id, m);
    return ref;
  }

  /** Whether the monitor was still active (demonitor(ref, [:info])). */
  demonitor(watcher: Process, ref: Ref): boolean {
    const m = watcher.monitors.get(ref.id);
    if (m === undefined) return false;
    watcher.monitors.delete(ref.id);
    this.processes.get(m.target.id)?.monitoredBy.delete(ref.id);
    return true;
  }

  /**
   * An exit signal from `from` to `to`. Links carry the reason as it is; `:kill` sent with exit/2
   * cannot be trapped and is seen by others as `:killed`.
   */
  exitSignal(from: Process | null, to: Process, reason: Term, viaLink: boolean, fromPid?: Pid): void {
    if (!to.alive) return;
    const sender = fromPid ?? from?.self ?? to.self;
    if (reason === KILL && !viaLink) {
      this.terminate(to, KILLED);
      return;
    }
    if (to.trapExit) {
      this.deliver(to, [EXIT, sender, reason]);
      return;
    }
    if (reason === NORMAL && (viaLink || sender !== to.self)) return;
    to.exitFrom = sender;
    this.terminate(to, reason);
  }

  /**
   * End a process that is not the one running (or is, at a safe point: the interpreter asks for
   * this after the process stopped). Links and monitors are told.
   */
  terminate(p: Process, reason: Term): void {
    if (!p.alive) return;
    if (p === this.current && p.status === 'running') {
      // The running process cannot be torn down under the interpreter: it stops at once after
      // the current native returns.
      p.suspend = { kind: 'exit', reason };
      return;
    }
    p.status = 'exiting';
    p.exitReason = reason;
    this.cancelRecvTimer(p);
    if (p.registeredName !== null) {
      this.registered.delete(p.registeredName);
      p.registeredName = null;
    }
    this.processes.delete(p.self.id);
    p.status = 'exited';
    for (const hook of this.exitHooks) hook(p);
    if (this.onEvent !== null) this.emit({ type: 'exit', pid: p.self, reason });
    this.reportCrash(p);
    const monitoredBy = p.peekMonitoredBy();
    if (monitoredBy !== null) for (const m of monitoredBy.values()) {
      const w = this.lookup(m.watcher);
      if (w !== undefined) {
        w.monitors.delete(m.ref.id);
        this.deliver(w, [DOWN, m.ref, PROCESS, m.name !== undefined ? [m.name, atom('nonode@nohost')] : p.self, reason]);
      }
    }
    monitoredBy?.clear();
    const monitors = p.peekMonitors();
    if (monitors !== null) for (const m of monitors.values()) this.processes.get(m.target.id)?.peekMonitoredBy()?.delete(m.ref.id);
    const links = p.peekLinks();
    const linked = links === null ? [] : [...links];
    links?.clear();
    for (const id of linked) {
      const t = this.processes.get(id);
      if (t === undefined) continue;
      t.peekLinks()?.delete(p.self.id);
      this.exitSignal(p, t, reason === KILLED && false ? KILL : reason, true);
    }
    p.regs.length = 0;
    p.frames.length = 0;
  }

  /** Told of every process that ends, before its links and monitors (ETS tables die with their owner). */
  static readonly exitHooks: ((p: Process) => void)[] = [];
  private readonly exitHooks = Node.exitHooks;

  /** Called when a virtual clock is about to jump to the next timer (nothing else can run). */
  beforeAdvance: (() => void) | null = null;

  /** Hook for crash reports (set by the runtime; the logger format lives there). */
  crashReporter: ((p: Process) => void) | null = null;

  private reportCrash(p: Process): void {
    if (this.crashReporter !== null && p.crash !== null && !p.quietCrash) this.crashReporter(p);
  }

  register(p: Process, name: Atom): void {
    this.registered.set(name, p);
    p.registeredName = name;
    this.emit({ type: 'register', pid: p.self, name });
  }

  emit(e: VmEvent): void {
    if (this.onEvent !== null) this.onEvent(e);
  }

  // ------------------------------------------------------------------ timers

  addTimer(ms: number, fire: () => void): number {
    const t: Timer = { at: this.now() + Math.max(0, ms), seq: this.timerSeq++, fire, cancelled: false, ref: this.timerSeq };
    // Timers are few; a sorted insert keeps them in firing order (by time, then creation).
    let i = this.timers.length;
    while (i > 0 && (this.timers[i - 1].at > t.at || (this.timers[i - 1].at === t.at && this.timers[i - 1].seq > t.seq))) i--;
    this.timers.splice(i, 0, t);
    this.timerById.set(t.ref, t);
    return t.ref;
  }

  cancelTimer(ref: number): number | false {
    const t = this.timerById.get(ref);
    if (t === undefined || t.cancelled) return false;
    t.cancelled = true;
    this.timerById.delete(ref);
    const i = this.timers.indexOf(t);
    if (i >= 0) this.timers.splice(i, 1);
    return Math.max(0, Math.round(t.at - this.now()));
  }

  timerRemaining(ref: number): number | false {
    const t = this.timerById.get(ref);
    return t === undefined ? false : Math.max(0, Math.round(t.at - this.now()));
  }

  private fireDue(): void {
    // (reading the clock on every slice cost a tenth of the ring benchmark)
    if (this.timers.length === 0) return;
    const now = this.now();
    while (this.timers.length > 0 && this.timers[0].at <= now) {
      const t = this.timers.shift()!;
      this.timerById.delete(t.ref);
      if (!t.cancelled) t.fire();
    }
  }

  /** Milliseconds until the next timer, or null when there is none. */
  nextTimerIn(): number | null {
    if (this.timers.length === 0) return null;
    return Math.max(0, this.timers[0].at - this.now());
  }

  // ------------------------------------------------------------------ running

  /** Run one slice of the next runnable process. Returns false when none is runnable. */
  step(): boolean {
    this.fireDue();
    while (this.runHead < this.runQueue.length) {
      const p = this.runQueue[this.runHead++];
      if (this.runHead > 1024 && this.runHead * 2 > this.runQueue.length) {
        this.runQueue.splice(0, this.runHead);
        this.runHead = 0;
      }
      if (p.status !== 'runnable') continue;
      this.runSlice(p);
      return true;
    }
    return false;
  }

  /** Reductions run by all processes so far: how much work happened between two moments. */
  reductionsRun = 0;

  private runSlice(p: Process): void {
    p.status = 'running';
    this.current = p;
    const before = p.reductions;
    execute(this, p, REDUCTIONS);
    this.reductionsRun += p.reductions - before;
    this.current = null;
    if (p.status === 'running') {
      // Out of reductions: back of the queue.
      p.status = 'runnable';
      this.runQueue.push(p);
    }
  }

  /** Called by the interpreter when a process suspends. */
  park(p: Process): void {
    const s = p.suspend!;
    p.suspend = null;
    switch (s.kind) {
      case 'receive':
        p.status = 'waiting';
        if (s.timeout !== null && p.recvTimer === null) {
          p.recvTimer = this.addTimer(s.timeout, () => {
            p.recvTimer = null;
            p.timedOut = true;
            if (p.status === 'waiting') {
              p.status = 'runnable';
              this.runQueue.push(p);
            }
          });
        }
        return;
      case 'sleep':
        p.status = 'waiting';
        p.suspend = s;
        // Process.sleep(:infinity): no timer, and messages do not wake a sleep (deliver checks).
        if (s.ms === Infinity) return;
        this.addTimer(s.ms, () => {
          if (p.status === 'waiting' && p.suspend === s) {
            p.suspend = null;
            p.status = 'runnable';
            this.runQueue.push(p);
          }
        });
        return;
      case 'yield':
        p.status = 'runnable';
        this.runQueue.push(p);
        return;
      case 'exit':
        p.status = 'waiting';
        this.terminate(p, s.reason);
        return;
    }
  }

  hasRunnable(): boolean {
    for (let i = this.runHead; i < this.runQueue.length; i++) if (this.runQueue[i].status === 'runnable') return true;
    return false;
  }

  /**
   * Run until no process is runnable. On a virtual clock, pending timers fire by advancing the
   * clock; on a real clock this returns when only timers remain. `until` stops early.
   */
  runUntilIdle(until?: () => boolean): void {
    for (;;) {
      if (until && until()) return;
      if (this.step()) continue;
      if (this.clock === 'virtual' && this.timers.length > 0) {
        this.beforeAdvance?.();
        this.virtualNow = Math.max(this.virtualNow, this.timers[0].at);
        continue;
      }
      return;
    }
  }

  /** Run slices for about `ms` milliseconds (the time-sliced driver's unit of work). */
  runFor(ms: number, until?: () => boolean): boolean {
    const start = performance.now();
    // The clock is read every 8 slices: a slice that only receives and sends is shorter than
    // performance.now() itself, and 8 full slices of 4,000 reductions stay within a few ms.
    for (let n = 0; (n & 7) !== 0 || performance.now() - start < ms; n++) {
      if (until && until()) return true;
      if (!this.step()) return false;
    }
    return true;
  }

  /** Advance a virtual clock (tests). */
  advance(ms: number): void {
    this.virtualNow += ms;
  }
}

export class SendError extends Error {
  constructor(readonly dest: Term) {
    super('send to unregistered name');
  }
}

// Every process starts here: registers 0..2 hold (fun, nil, args) or (module, name, args).
const TRAMPOLINE: FunctionCode = {
  module: atom('erlang'),
  name: atom('apply'),
  arity: 3,
  nregs: 3,
  code: Int32Array.from([Op.TAIL_APPLY, 0, 1, 2]),
  consts: [],
  lines: new Int32Array(4),
  file: '',
  kind: 'def',
  // (every FunctionCode has the same fields in the same order: one hidden class for the VM)
  owner: undefined,
};

// A local fun's name (-owner/arity-fun-N-), built once per fun: building and interning it on
// every spawn was a tenth of the time spent spawning 200,000 processes.
const funNames = new WeakMap<object, Atom>();
function funName(lbl: { module: Atom; owner: Atom; ownerArity: number; index: number; nth?: number }): Atom {
  let a = funNames.get(lbl);
  if (a === undefined) {
    a = atom(localFunName(lbl));
    funNames.set(lbl, a);
  }
  return a;
}

export function argsList(items: Term[]): Term {
  return items.length === 0 ? EMPTY_LIST : list(items);
}

void MapImpl;
