// The Observer's view of a node, computed in the Worker: each process as a ProcessSummary (what
// the graph and the process table draw), the inspector's details of one process, and the
// supervision bookkeeping the process table alone cannot show (which supervisor started a
// child, its place among the children, and restarts, seen as a supervisor starting a new
// child right after one of its children died).
//
// OTP processes are recognised as proc_lib marks them: the process dictionary's
// `:"$initial_call"` ({Module, :init, 1} for a GenServer, {:supervisor, Module, 1} for a
// supervisor) and `:"$ancestors"`. Everything else is a plain process.
import { Atom, Bin, Cons, EMPTY_LIST, Fun, Pid, atom, type Term } from '../runtime/terms/types.ts';
import { inspect } from '../runtime/terms/inspect.ts';
import type { Node, VmEvent } from '../runtime/vm/node.ts';
import type { Process } from '../runtime/vm/process.ts';
import type {
  ChildRestart,
  InspectedTerm,
  PidText,
  ProcessDetails,
  ProcessKind,
  ProcessSummary,
  SystemSummary,
} from './protocol.ts';

const INITIAL_CALL = atom('$initial_call');
const ANCESTORS = atom('$ancestors');
const SUPERVISOR_MODULES = new Set(['supervisor', 'Elixir.Supervisor', 'Elixir.DynamicSupervisor']);

export function pidText(pid: Pid): PidText {
  return `<0.${pid.id}.${pid.serial}>`;
}

/** `"<0.115.0>"` (with or without `#PID`) back to a pid, or null. */
export function parsePid(text: string): Pid | null {
  const m = /^(?:#PID)?<0\.(\d+)\.(\d+)>$/.exec(text.trim());
  return m === null ? null : new Pid(Number(m[1]), Number(m[2]));
}

/** A module as Elixir prints it in an MFA: `Stack`, `:erlang`. */
export function moduleText(m: Atom): string {
  return m.name.startsWith('Elixir.') ? m.name.slice(7) : inspect(m);
}

function mfaText(m: Atom, f: Atom, a: number): string {
  const name = /^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(f.name) ? f.name : inspect(f);
  return `${moduleText(m)}.${name}/${a}`;
}

/**
 * A function as Elixir names it in stacktraces: `Stack.loop/1`, or for a fn the function it was
 * written in, `anonymous fn/0 in Counter.start/0`; a fn typed at the prompt (compiled as the
 * shell's input, labelled as :erl_eval's as IEx prints such funs) was written "in iex".
 */
export function functionText(m: Atom, f: Atom, a: number, short = false): string {
  const fn = /^-(.+)\/(\d+)-fun-\d+-$/.exec(f.name);
  if (fn === null) return mfaText(m, f, a);
  const typed = m.name === 'erl_eval' || /^elixir_compiler_\d+$/.test(m.name);
  const where = typed ? 'iex' : mfaText(m, atom(fn[1]!), Number(fn[2]));
  return `${short ? '' : 'anonymous '}fn/${a} in ${where}`;
}

function dictGet(p: Process, key: Atom): Term | undefined {
  for (const [k, v] of p.dictionary.values()) if (k === key) return v;
  return undefined;
}

/** The `{M, F, A}` proc_lib recorded, when the process is an OTP one. */
function otpInitialCall(p: Process): [Atom, Atom, number] | null {
  const c = dictGet(p, INITIAL_CALL);
  if (Array.isArray(c) && c.length === 3 && c[0] instanceof Atom && c[1] instanceof Atom && typeof c[2] === 'number') {
    return [c[0], c[1], c[2]];
  }
  return null;
}

interface ChildPlace {
  supervisor: number;
  index: number;
  childId: InspectedTerm;
  restarts: number;
}

/** Restarts and supervision places, fed by the VM's event stream. */
export class Supervision {
  private readonly parents = new Map<number, number>();
  private readonly places = new Map<number, ChildPlace>();
  private readonly childCount = new Map<number, number>();
  /** Children that died and whose place waits for the supervisor's replacement. */
  private readonly vacated = new Map<number, { place: ChildPlace; oldPid: Pid; reason: Term; at: number }[]>();
  readonly exitReasons = new Map<PidText, InspectedTerm>();
  private restarts: { place: ChildPlace; restart: ChildRestart }[] = [];

  constructor(
    private readonly node: Node,
    private readonly kindOf: (p: Process) => ProcessKind,
  ) {}

  onEvent(e: VmEvent): void {
    if (e.type === 'spawn') {
      if (e.parent === null) return;
      this.parents.set(e.pid.id, e.parent.id);
      const sup = this.node.processes.get(e.parent.id);
      if (sup === undefined || this.kindOf(sup) !== 'supervisor') return;
      const waiting = this.vacated.get(e.parent.id);
      // A place left empty for long (a temporary child) is not refilled by a later start_child.
      while (waiting !== undefined && waiting.length > 0 && waiting[0]!.at < performance.now() - 1000) waiting.shift();
      const old = waiting?.shift();
      if (old !== undefined) {
        const place = { ...old.place, restarts: old.place.restarts + 1 };
        this.places.set(e.pid.id, place);
        this.restarts.push({
          place,
          restart: { supervisor: pidText(e.parent), childId: '', oldPid: pidText(old.oldPid), newPid: pidText(e.pid), reason: inspect(old.reason) },
        });
      } else {
        const index = this.childCount.get(e.parent.id) ?? 0;
        this.childCount.set(e.parent.id, index + 1);
        this.places.set(e.pid.id, { supervisor: e.parent.id, index, childId: '', restarts: 0 });
      }
    } else if (e.type === 'exit') {
      this.exitReasons.set(pidText(e.pid), inspect(e.reason));
      const place = this.places.get(e.pid.id);
      if (place !== undefined) {
        this.places.delete(e.pid.id);
        const sup = this.node.processes.get(place.supervisor);
        if (sup !== undefined) {
          let list = this.vacated.get(place.supervisor);
          if (list === undefined) this.vacated.set(place.supervisor, (list = []));
          list.push({ place, oldPid: e.pid, reason: e.reason, at: performance.now() });
        }
      }
      this.parents.delete(e.pid.id);
      this.vacated.delete(e.pid.id);
      this.childCount.delete(e.pid.id);
    }
  }

  /**
   * Whether a supervised child died less than `ms` ago and its supervisor has not replaced it
   * yet: a delta sent now would show the death without the restart that is about to follow.
   */
  restartPending(ms: number): boolean {
    const since = performance.now() - ms;
    for (const [sup, list] of this.vacated) {
      if (this.node.processes.get(sup)?.alive !== true) continue;
      if (list.some((v) => v.at > since)) return true;
    }
    return false;
  }

  parentOf(p: Process): number | undefined {
    return this.parents.get(p.self.id);
  }

  placeOf(p: Process): ChildPlace | undefined {
    return this.places.get(p.self.id);
  }

  /**
   * The restarts since the last call. Read after the table is summarised: a child's id is known
   * once it has been seen (its module), which may be only after its restart.
   */
  takeRestarts(): ChildRestart[] {
    return this.restarts.splice(0).map(({ place, restart }) => ({ ...restart, childId: place.childId || '?' }));
  }

  /** Called after each delta: restart notes and exit reasons are per interval. */
  clearInterval(): void {
    this.restarts = [];
    this.exitReasons.clear();
  }
}

export class ObserverView {
  readonly supervision: Supervision;

  constructor(
    private readonly node: Node,
    private readonly isShell: (p: Process) => boolean,
    private readonly startedAt: number,
  ) {
    this.supervision = new Supervision(node, (p) => this.kind(p));
  }

  kind(p: Process): ProcessKind {
    if (this.isShell(p)) return 'shell';
    const otp = otpInitialCall(p);
    if (otp !== null) return SUPERVISOR_MODULES.has(otp[0].name) ? 'supervisor' : 'worker';
    if (p.initialCall !== null && p.initialCall[0].name === 'Elixir.IEx.Evaluator') return 'system';
    return 'process';
  }

  private label(p: Process): string {
    const otp = otpInitialCall(p);
    if (otp !== null) {
      // {:supervisor, Module, 1} and {Module, :init, 1} both name the callback module.
      const m = SUPERVISOR_MODULES.has(otp[0].name) && otp[1].name !== 'init' ? otp[1] : otp[0];
      return moduleText(m);
    }
    if (this.isShell(p)) return 'IEx.Evaluator';
    return this.initialCall(p, true);
  }

  private initialCall(p: Process, short = false): string {
    const otp = otpInitialCall(p);
    if (otp !== null) return mfaText(...otp);
    const c = p.initialCall;
    if (c === null) return 'erlang.apply/2';
    return functionText(c[0], c[1], c[2], short);
  }

  summary(p: Process): ProcessSummary {
    const kind = this.kind(p);
    const place = this.supervision.placeOf(p);
    const parentId = this.supervision.parentOf(p);
    const parent = parentId === undefined ? undefined : this.node.processes.get(parentId);
    const supervised = place !== undefined && parent !== undefined && this.kind(parent) === 'supervisor';
    const label = this.label(p);
    // A child's id under its supervisor is its module, as `worker(Module, args)` names it.
    if (supervised && place.childId === '' && kind !== 'process') place.childId = label;
    return {
      pid: pidText(p.self),
      registeredName: p.registeredName === null ? null : moduleText(p.registeredName).replace(/^:/, ''),
      label,
      initialCall: this.initialCall(p),
      kind,
      status: p.status,
      supervisor: supervised ? pidText(parent.self) : null,
      childId: supervised ? place.childId || label : null,
      childIndex: supervised ? place.index : null,
      links: [...p.links].sort((a, b) => a - b).map((id) => pidText(this.node.processes.get(id)?.self ?? new Pid(id, 0))),
      monitors: [...p.monitors.values()].map((m) => pidText(m.target)),
      monitoredBy: [...p.monitoredBy.values()].map((m) => pidText(m.watcher)),
      trapExit: p.trapExit,
      messageQueueLen: p.mailbox.length,
      reductions: p.reductions,
      restartCount: supervised ? place.restarts : 0,
      exitReason: null,
    };
  }

  table(): ProcessSummary[] {
    const out: ProcessSummary[] = [];
    for (const p of this.node.processes.values()) if (p.alive) out.push(this.summary(p));
    return out;
  }

  system(table: readonly ProcessSummary[]): SystemSummary {
    let runQueue = 0;
    let totalReductions = 0;
    for (const p of this.node.processes.values()) {
      if (p.status === 'runnable') runQueue++;
      totalReductions += p.reductions;
    }
    return { processCount: table.length, uptimeMs: Math.round(performance.now() - this.startedAt), totalReductions, runQueue };
  }

  /** The inspector's details, without the OTP state (asked for separately, it takes a call). */
  details(p: Process, maxMessages = 100): ProcessDetails {
    const code = p.code as { module?: Atom; name?: Atom; arity?: number } | undefined;
    const current =
      p.frames.length === 0 && code?.module?.name === 'erlang' ? null : code?.module && code.name ? functionText(code.module, code.name, code.arity ?? 0) : null;
    return {
      ...this.summary(p),
      currentFunction: current,
      messages: p.mailbox.slice(0, maxMessages).map((m) => inspect(m, { pretty: true, width: 60 })),
      messagesTruncated: p.mailbox.length > maxMessages,
      dictionary: [...p.dictionary.values()]
        .filter(([k]) => k !== INITIAL_CALL && k !== ANCESTORS)
        .map(([k, v]) => [inspect(k), inspect(v, { pretty: true, width: 60 })]),
      state: null,
      stateError: null,
    };
  }
}

/**
 * A reason typed in the inspector (`:kill`, `{:shutdown, :bored}`, `"text"`, 42) as a term.
 * Only literals: the inspector sends signals, it does not run code.
 */
export function literalTerm(ast: Term): Term {
  if (ast instanceof Atom || typeof ast === 'number' || typeof ast === 'bigint' || ast instanceof Bin) return ast;
  if (ast === EMPTY_LIST) return ast;
  if (ast instanceof Cons) {
    const items: Term[] = [];
    for (let c: Term = ast; c instanceof Cons; c = c.tail) items.push(literalTerm(c.head));
    let l: Term = EMPTY_LIST;
    for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
    return l;
  }
  if (Array.isArray(ast)) {
    if (ast.length === 2) return [literalTerm(ast[0]), literalTerm(ast[1])];
    if (ast.length === 3 && ast[0] === atom('{}')) {
      const args: Term[] = [];
      for (let c: Term = ast[2]; c instanceof Cons; c = c.tail) args.push(literalTerm(c.head));
      return args;
    }
    if (ast.length === 3 && ast[0] === atom('-') && ast[2] instanceof Cons && typeof ast[2].head === 'number') return -ast[2].head;
  }
  if (ast instanceof Fun) throw new Error('not a literal');
  throw new Error('not a literal');
}
