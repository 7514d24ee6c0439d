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
import { currentFunction } from '../runtime/vm/natives.ts';
import type {
  ChildRestart,
  InspectedTerm,
  MessageReceipt,
  PidText,
  ProcessDetails,
  ProcessKind,
  ProcessSummary,
  SystemSummary,
} from './protocol.ts';

const INITIAL_CALL = atom('$initial_call');
const ANCESTORS = atom('$ancestors');
const UNDEFINED = atom('undefined');
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
  /** The child this one replaced, once known. */
  replaced: Pid | null;
}

/** How long a dead child's place waits for a replacement, and how many places wait at most. */
const VACANCY_MS = 10_000;
const MAX_VACANCIES = 1000;

interface Vacancy {
  place: ChildPlace;
  oldPid: Pid;
  reason: Term;
  at: number;
}

/**
 * Restarts and supervision places, fed by the VM's event stream. Our Supervisor and
 * DynamicSupervisor announce their children (child_start with the spec id, restart with the
 * old and new pid), and those announcements are taken as they are. A supervisor written by
 * hand announces nothing: a child it spawns right after one of its children died is taken to
 * be that child's replacement.
 */
export class Supervision {
  private readonly parents = new Map<number, number>();
  private readonly places = new Map<number, ChildPlace>();
  private readonly childCount = new Map<number, number>();
  /** Children that died and whose place waits for the supervisor's replacement. */
  private readonly vacated = new Map<number, Vacancy[]>();
  /** Supervisors that announce their children. */
  private readonly announcing = new Set<number>();
  readonly exitReasons = new Map<PidText, InspectedTerm>();
  private restarts: { place: ChildPlace; restart: ChildRestart }[] = [];

  constructor(
    private readonly node: Node,
    private readonly kindOf: (p: Process) => ProcessKind,
  ) {}

  onEvent(e: VmEvent): void {
    switch (e.type) {
      case 'spawn':
        return this.spawned(e.pid, e.parent);
      case 'child_start': {
        this.announcing.add(e.supervisor.id);
        const place = this.places.get(e.pid.id);
        // A DynamicSupervisor's children have no id (:undefined): they keep their module.
        if (place === undefined || place.supervisor !== e.supervisor.id || e.id === UNDEFINED) return;
        place.childId = inspect(e.id);
        // Started again under the same id (a restart, restart_child/2): the same place.
        const old = this.takeVacancy(e.supervisor.id, (v) => v.place.childId === place.childId);
        if (old !== undefined) this.refill(place, old);
        return;
      }
      case 'restart': {
        this.announcing.add(e.supervisor.id);
        const place = e.newPid === null ? undefined : this.places.get(e.newPid.id);
        if (place === undefined || e.newPid === null) return;
        if (place.replaced === null && e.oldPid !== null) {
          const oldPid = e.oldPid;
          const old = this.takeVacancy(e.supervisor.id, (v) => v.oldPid.id === oldPid.id);
          if (old !== undefined) this.refill(place, old);
          else place.replaced = oldPid;
        }
        place.restarts++;
        const oldPid = e.oldPid ?? place.replaced;
        this.restarts.push({
          place,
          restart: { supervisor: pidText(e.supervisor), childId: '', oldPid: oldPid === null ? '' : pidText(oldPid), newPid: pidText(e.newPid), reason: inspect(e.reason) },
        });
        return;
      }
      case 'exit':
        return this.exited(e.pid, e.reason);
      default:
        return;
    }
  }

  private spawned(pid: Pid, parent: Pid | null): void {
    if (parent === null) return;
    this.parents.set(pid.id, parent.id);
    const sup = this.node.processes.get(parent.id);
    if (sup === undefined || this.kindOf(sup) !== 'supervisor') return;
    const index = this.childCount.get(parent.id) ?? 0;
    this.childCount.set(parent.id, index + 1);
    const place: ChildPlace = { supervisor: parent.id, index, childId: '', restarts: 0, replaced: null };
    this.places.set(pid.id, place);
    if (this.announcing.has(parent.id)) return;
    const waiting = this.vacated.get(parent.id);
    // A place left empty for long (a temporary child) is not refilled by a later start_child.
    while (waiting !== undefined && waiting.length > 0 && waiting[0]!.at < performance.now() - 1000) waiting.shift();
    const old = waiting?.shift();
    if (old === undefined) return;
    this.refill(place, old);
    place.restarts++;
    this.restarts.push({
      place,
      restart: { supervisor: pidText(parent), childId: '', oldPid: pidText(old.oldPid), newPid: pidText(pid), reason: inspect(old.reason) },
    });
  }

  /** A new child takes the place of the one that died: its position and its restart count. */
  private refill(place: ChildPlace, old: Vacancy): void {
    // The position taken when it was spawned is given back if nothing came after it.
    if (this.childCount.get(place.supervisor) === place.index + 1) this.childCount.set(place.supervisor, place.index);
    place.index = old.place.index;
    place.restarts = old.place.restarts;
    place.replaced = old.oldPid;
    if (place.childId === '') place.childId = old.place.childId;
  }

  private takeVacancy(supervisor: number, match: (v: Vacancy) => boolean): Vacancy | undefined {
    const list = this.vacated.get(supervisor);
    const i = list === undefined ? -1 : list.findIndex(match);
    return i < 0 ? undefined : list!.splice(i, 1)[0];
  }

  private exited(pid: Pid, reason: Term): void {
    this.exitReasons.set(pidText(pid), inspect(reason));
    const place = this.places.get(pid.id);
    if (place !== undefined) {
      this.places.delete(pid.id);
      const sup = this.node.processes.get(place.supervisor);
      if (sup !== undefined) {
        let list = this.vacated.get(place.supervisor);
        if (list === undefined) this.vacated.set(place.supervisor, (list = []));
        const now = performance.now();
        // Temporary children are never replaced: their places are forgotten after a while, so
        // a Task.Supervisor running tasks without end keeps a bounded list.
        let stale = 0;
        while (stale < list.length && (list[stale]!.at < now - VACANCY_MS || list.length - stale >= MAX_VACANCIES)) stale++;
        if (stale > 0) list.splice(0, stale);
        list.push({ place, oldPid: pid, reason, at: now });
      }
    }
    this.parents.delete(pid.id);
    this.vacated.delete(pid.id);
    this.childCount.delete(pid.id);
    this.announcing.delete(pid.id);
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

const IEX_EVAL = atom('$iex_eval');
/** Messages itemized per process and interval; past it, only `messagesReceived` counts them. */
export const RECEIPTS_PER_INTERVAL = 100;

/**
 * What processes received, per interval, for checks such as "the counter received three
 * :increment messages". The VM only counts (an increment per receive); the messages are
 * inspected here, while the page observes, and only so many per process and interval.
 */
export class Receipts {
  enabled = false;
  private readonly byPid = new Map<number, { pid: Pid; itemized: number; messages: Map<InspectedTerm, number> }>();

  onReceive(pid: Pid, message: Term): void {
    if (!this.enabled) return;
    let r = this.byPid.get(pid.id);
    if (r === undefined) this.byPid.set(pid.id, (r = { pid, itemized: 0, messages: new Map() }));
    if (r.itemized >= RECEIPTS_PER_INTERVAL) return;
    // The shell's own inputs are how it works, not messages a learner sent it.
    if (Array.isArray(message) && message[0] === IEX_EVAL) return;
    r.itemized++;
    const text = inspect(message, { limit: 8, printableLimit: 80 });
    r.messages.set(text, (r.messages.get(text) ?? 0) + 1);
  }

  /** The receipts since the last call. */
  take(): MessageReceipt[] {
    const out: MessageReceipt[] = [];
    for (const r of this.byPid.values()) {
      const pid = pidText(r.pid);
      for (const [message, count] of r.messages) out.push({ pid, message, count });
    }
    this.byPid.clear();
    return out;
  }
}

export class ObserverView {
  readonly supervision: Supervision;
  readonly receipts = new Receipts();

  constructor(
    private readonly node: Node,
    private readonly isShell: (p: Process) => boolean,
    private readonly startedAt: number,
  ) {
    this.supervision = new Supervision(node, (p) => this.kind(p));
  }

  /** The node's event stream (set as its `onEvent`). */
  onEvent(e: VmEvent): void {
    if (e.type === 'receive') this.receipts.onReceive(e.pid, e.message);
    else this.supervision.onEvent(e);
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
    // Until its supervisor names it (or when it never does, as a DynamicSupervisor), a child
    // is known by its module, the id `worker(Module, args)` gives.
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
      messagesReceived: p.received,
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
    const [m, f, a] = currentFunction(p);
    // A process that has not run its first instruction yet shows no function.
    const current = p.frames.length === 0 && m.name === 'erlang' ? null : functionText(m, f, a);
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
