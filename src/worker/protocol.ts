// The messages between the page and the Worker that owns the runtime. Both ends import this one
// file, so a command or event that one side sends and the other does not understand is a type
// error, not a silent drop. Everything here is structured-clone friendly plain data: pids cross
// the boundary as their inspected text (`"<0.115.0>"`, the form `:erlang.pid_to_list/1` gives,
// without `#PID`), and terms (messages, reasons, state) are sent already inspected as Elixir
// would print them, because the page has no term representation of its own.
//
// Observer data flows as in the Observer's own design: one snapshot when the page subscribes,
// then deltas keyed by pid, batched by the Worker (about ten a second, never one message per VM
// event). A delta is empty-safe: a Worker may skip sending one with nothing in it.

/** A pid as text, e.g. `"<0.115.0>"`. */
export type PidText = string;

/** Elixir source text, e.g. `":kill"` or `"{:shutdown, :bored}"`, evaluated by the Worker. */
export type ElixirSource = string;

/** A term already inspected by the runtime, exactly as `inspect/1` prints it. */
export type InspectedTerm = string;

// ---------------------------------------------------------------------------------------------
// Process data
// ---------------------------------------------------------------------------------------------

/**
 * What a process is, for drawing and grouping:
 * - `supervisor`: runs the Supervisor (or DynamicSupervisor) loop.
 * - `worker`: an OTP process (GenServer, Agent, Task...) whose initial call names its module.
 * - `shell`: the IEx shell evaluator the learner types into.
 * - `process`: anything spawned with `spawn`/`spawn_link` outside OTP.
 * - `system`: processes the runtime itself starts (kept apart from the learner's).
 */
export type ProcessKind = 'supervisor' | 'worker' | 'shell' | 'process' | 'system';

/**
 * The scheduler's view of a process, as `Process.info(pid, :status)` reports it, plus `exited`:
 * - `running`: executing right now (at most one at a time in a single-threaded VM).
 * - `runnable`: ready to run, waiting for its turn in the run queue.
 * - `waiting`: suspended in `receive` (with or without `after`).
 * - `exiting`: exit signal taken, links and monitors being notified.
 * - `exited`: gone; only seen on a removed process (with `exitReason`).
 */
export type ProcessStatus = 'running' | 'runnable' | 'waiting' | 'exiting' | 'exited';

/** One process, as the graph, the process list and the inspector header need it. */
export interface ProcessSummary {
  /** The pid, `"<0.115.0>"`. Stable identity: a restarted child is a new pid. */
  pid: PidText;
  /** The locally registered name without the colon (`"Pooly.Server"`, `"my_proc"`), or null. */
  registeredName: string | null;
  /**
   * What started it, as a short label: the callback module for OTP processes (`"Pooly.Worker"`),
   * otherwise the initial call as Elixir prints an MFA (`"Stack.loop/1"`, `"erlang.apply/2"`).
   */
  label: string;
  /** The initial call in full (`"Elixir.GenServer.init_it/6"`-style MFA text), for the inspector. */
  initialCall: string;
  /** What the process is; decides grouping and shape. */
  kind: ProcessKind;
  /** Scheduler status; see ProcessStatus. */
  status: ProcessStatus;
  /** The supervisor that started it and will restart it, or null for everything else. */
  supervisor: PidText | null;
  /** Its child spec id under `supervisor`, inspected (`"Pooly.Worker"`, `":worker_3"`), or null. */
  childId: InspectedTerm | null;
  /** Position among `supervisor`'s children in start order (0-based), or null when unsupervised. */
  childIndex: number | null;
  /** Pids it is linked to (both directions; links are symmetric), in no particular order. */
  links: PidText[];
  /** Pids this process monitors (as `Process.info(pid, :monitors)`). */
  monitors: PidText[];
  /** Pids monitoring this process (as `Process.info(pid, :monitored_by)`). */
  monitoredBy: PidText[];
  /** `Process.flag(:trap_exit, true)` is in effect. */
  trapExit: boolean;
  /** Messages waiting in the mailbox (`:message_queue_len`). */
  messageQueueLen: number;
  /** Messages taken out of the mailbox by a receive so far; grows monotonically. */
  messagesReceived: number;
  /** Reductions executed so far (`:reductions`); grows monotonically. */
  reductions: number;
  /**
   * How many times a supervisor restarted the child in this place. 0 for a fresh child; the
   * Worker counts restarts it saw for the same (supervisor, childId).
   */
  restartCount: number;
  /** The exit reason, inspected, once the process has exited; null while it lives. */
  exitReason: InspectedTerm | null;
}

/** A partial update: only the fields that changed, plus the pid they belong to. */
export type ProcessChange = { pid: PidText } & Partial<Omit<ProcessSummary, 'pid'>>;

/** A process that exited since the previous delta. */
export interface ProcessExit {
  pid: PidText;
  /** The exit reason, inspected: `":normal"`, `":killed"`, `"{%RuntimeError{...}, [...]}"`. */
  reason: InspectedTerm;
}

/** A supervisor replaced a dead child by a new one in the same place. */
export interface ChildRestart {
  supervisor: PidText;
  /** The child spec id, inspected. */
  childId: InspectedTerm;
  oldPid: PidText;
  newPid: PidText;
  /** Why the old child died, inspected. */
  reason: InspectedTerm;
}

/**
 * Messages one process took out of its mailbox with a receive during one interval, all equal
 * once inspected. A Worker itemizes a bounded number per process and interval (a flood is
 * only counted in `messagesReceived`).
 */
export interface MessageReceipt {
  pid: PidText;
  /** The message, inspected, long collections and strings cut short (`[1, 2, ...]`). */
  message: InspectedTerm;
  count: number;
}

/** Whole-system figures, as the Observer's System tab shows them. */
export interface SystemSummary {
  /** Processes alive now (`length(Process.list())`). */
  processCount: number;
  /** Milliseconds since the runtime started (`:erlang.statistics(:wall_clock)`). */
  uptimeMs: number;
  /** Reductions executed by all processes so far. */
  totalReductions: number;
  /** Estimated memory in bytes (`:erlang.memory(:total)`), when the runtime can tell. */
  memoryBytes?: number;
  /** Processes ready to run (`:erlang.statistics(:run_queue)`), when known. */
  runQueue?: number;
}

/** Everything the inspector shows for one process, answered to an `inspect` command. */
export interface ProcessDetails extends ProcessSummary {
  /** The function it is executing or suspended in, as MFA text (`"Stack.loop/1"`), or null. */
  currentFunction: string | null;
  /** The mailbox, oldest first, each message inspected. May be cut to the first N. */
  messages: InspectedTerm[];
  /** True when `messages` was cut short of `messageQueueLen`. */
  messagesTruncated: boolean;
  /** The process dictionary as [key, value] pairs, inspected. */
  dictionary: [InspectedTerm, InspectedTerm][];
  /**
   * For OTP processes, the state as `:sys.get_state(pid)` returns it, inspected; null for
   * non-OTP processes or when the process did not answer in time (see `stateError`).
   */
  state: InspectedTerm | null;
  /** Why there is no state for an OTP process (e.g. `"timeout"`), or null. */
  stateError: string | null;
}

// ---------------------------------------------------------------------------------------------
// Page -> Worker
// ---------------------------------------------------------------------------------------------

/** Evaluate source in the shell, like typing it at the `iex>` prompt (answered by `evalDone`). */
export interface EvalCommand {
  type: 'eval';
  /** Chosen by the page; echoed on every `output` it causes and on `evalDone`. */
  id: number;
  source: string;
  /** Run as a script (`elixir file.exs`) instead of in the shell's bindings. */
  mode?: 'shell' | 'script';
  /**
   * Where the source came from. For `editor`, a syntax or compile error is also answered as
   * `diagnostics` on `evalDone`, at the line and column of the editor's buffer.
   */
  origin?: 'console' | 'editor';
}

/** Interrupt the shell's running evaluation (Ctrl+C / Ctrl+G then `i`), leaving processes be. */
export interface InterruptCommand {
  type: 'interrupt';
}

/** `Process.exit(pid, reason)` from the outside, as the Observer's kill menu does. */
export interface KillCommand {
  type: 'kill';
  pid: PidText;
  /** Elixir source of the reason; `":kill"` is untrappable. */
  reason: ElixirSource;
}

/** Throw away every process and start a fresh runtime and shell. */
export interface ResetCommand {
  type: 'reset';
}

/** Start (answered by an `observerSnapshot`, then deltas) or stop observer data. */
export interface ObserveCommand {
  type: 'observe';
  on: boolean;
  /** Minimum milliseconds between deltas; the Worker's default is about 100. */
  intervalMs?: number;
}

/** Ask for the inspector's details of one process (answered by `inspectResult`). */
export interface InspectCommand {
  type: 'inspect';
  /** Chosen by the page to match the answer; the newest request for a pid wins. */
  requestId: number;
  pid: PidText;
  /** Cap on the messages sent back (the Worker's default is 100). */
  maxMessages?: number;
}

/** Freeze every process where it stands (timers too), so the learner can look at the graph. */
export interface PauseCommand {
  type: 'pause';
}

/** Let the scheduler run again after `pause`. */
export interface ResumeCommand {
  type: 'resume';
}

/** While paused: run this many scheduler slices (one process, one reduction budget each). */
export interface StepCommand {
  type: 'step';
  slices: number;
}

/**
 * The console's width in columns of its font: the shell inspects results at the smaller of this
 * and 80, as IEx does in a terminal. Kept across `reset`.
 */
export interface ColumnsCommand {
  type: 'columns';
  columns: number;
}

/** Every command the page can send. */
export type PageCommand =
  | EvalCommand
  | InterruptCommand
  | KillCommand
  | ResetCommand
  | ObserveCommand
  | InspectCommand
  | PauseCommand
  | ResumeCommand
  | StepCommand
  | ColumnsCommand;

// ---------------------------------------------------------------------------------------------
// Worker -> page
// ---------------------------------------------------------------------------------------------

/** The runtime is loaded (prelude compiled) and accepts commands. Sent again after `reset`. */
export interface ReadyEvent {
  type: 'ready';
  /** The Elixir and OTP versions the runtime behaves as, e.g. `"1.14.0"` / `"25"`. */
  elixirVersion: string;
  otpRelease: string;
  /** Milliseconds the Worker spent booting this runtime (prelude, node, shell), when measured. */
  bootMs?: number;
}

/**
 * Where a piece of output belongs:
 * - `stdout` / `stderr`: what the program wrote (IO.puts, error banners, crash reports).
 * - `prompt`: the shell's next prompt, `iex(3)> ` or `...(3)> `.
 * - `result`: the inspected value of an expression typed at the prompt.
 * - `input`: a line of the input, echoed after its prompt as the shell reads it.
 */
export type OutputStream = 'stdout' | 'stderr' | 'prompt' | 'result' | 'input';

/** A chunk of output, in order. Chunks may be merged by the Worker; they never reorder. */
export interface OutputEvent {
  type: 'output';
  stream: OutputStream;
  text: string;
  /** The `eval` that caused it, or null for output of processes after their eval finished. */
  evalId: number | null;
}

/** An `eval` finished. `status` says whether it raised (the banner is already on stderr). */
export interface EvalDoneEvent {
  type: 'evalDone';
  id: number;
  status: 'ok' | 'error' | 'interrupted' | 'incomplete';
  /** Syntax and compile errors of an `origin: 'editor'` eval, at the buffer's line and column. */
  diagnostics?: Diagnostic[];
}

/** An error at a place in the evaluated source (1-based line and column, as Elixir counts). */
export interface Diagnostic {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

/** The whole process table, sent when observing starts (and after `reset`). */
export interface ObserverSnapshotEvent {
  type: 'observerSnapshot';
  /** Increases with every snapshot and delta; a delta follows the snapshot with seq - 1. */
  seq: number;
  processes: ProcessSummary[];
  system: SystemSummary;
}

/** What changed since the previous snapshot or delta. */
export interface ObserverDeltaEvent {
  type: 'observerDelta';
  seq: number;
  /** Processes that appeared. A pid never appears in both `added` and `removed` of one delta
   *  unless it was short-lived; such a pid may also be left out of both. */
  added: ProcessSummary[];
  /** Processes that exited, with the reason. */
  removed: ProcessExit[];
  /** Field updates of live processes, keyed by pid, only the fields that changed. */
  changed: ProcessChange[];
  /** Supervisor restarts in this interval (the old pid is in `removed`, the new in `added`). */
  restarts: ChildRestart[];
  /** Messages received in this interval, oldest kinds first; absent when none were. */
  received?: MessageReceipt[];
  system?: SystemSummary;
}

/** The answer to `inspect`. `details` is null when the process is gone. */
export interface InspectResultEvent {
  type: 'inspectResult';
  requestId: number;
  pid: PidText;
  details: ProcessDetails | null;
}

/** The answer to `kill`: `ok` false when the pid was already dead or the reason did not parse. */
export interface KillResultEvent {
  type: 'killResult';
  pid: PidText;
  ok: boolean;
  /** Why it failed, as the shell would print it; null on success. */
  error: string | null;
}

/** The scheduler was paused or resumed (by `pause`/`resume`, or after `step` finished). */
export interface SchedulerEvent {
  type: 'scheduler';
  paused: boolean;
}

/** Something went wrong in the Worker itself (not in the learner's code). */
export interface WorkerErrorEvent {
  type: 'workerError';
  message: string;
}

/** Every event the Worker can send. */
export type WorkerEvent =
  | ReadyEvent
  | OutputEvent
  | EvalDoneEvent
  | ObserverSnapshotEvent
  | ObserverDeltaEvent
  | InspectResultEvent
  | KillResultEvent
  | SchedulerEvent
  | WorkerErrorEvent;

/**
 * `:observer.start()` was called: the page opens or focuses the process graph. Kept out of
 * WorkerEvent (the Observer model's input) because only the page's shell acts on it.
 */
export interface OpenObserverEvent {
  type: 'openObserver';
}

/** Everything the Worker posts: the events above plus the page-only ones. */
export type WorkerMessage = WorkerEvent | OpenObserverEvent;

// ---------------------------------------------------------------------------------------------
// Helpers both ends use
// ---------------------------------------------------------------------------------------------

const SUMMARY_FIELDS = [
  'registeredName',
  'label',
  'initialCall',
  'kind',
  'status',
  'supervisor',
  'childId',
  'childIndex',
  'links',
  'monitors',
  'monitoredBy',
  'trapExit',
  'messageQueueLen',
  'messagesReceived',
  'reductions',
  'restartCount',
  'exitReason',
] as const satisfies readonly (keyof ProcessSummary)[];

function sameField(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return a === b;
}

/**
 * The delta from one process table to the next, for a Worker that samples the VM's table on a
 * timer. Restarts cannot be seen in two samples (the supervisor knows them), so the caller
 * passes the ones it recorded; `seq` and `system` are the caller's too.
 */
export function diffProcessTables(
  before: readonly ProcessSummary[],
  after: readonly ProcessSummary[],
  exitReasons: ReadonlyMap<PidText, InspectedTerm> = new Map(),
): Pick<ObserverDeltaEvent, 'added' | 'removed' | 'changed'> {
  const old = new Map(before.map((p) => [p.pid, p]));
  const added: ProcessSummary[] = [];
  const changed: ProcessChange[] = [];
  const seen = new Set<PidText>();
  for (const p of after) {
    seen.add(p.pid);
    const q = old.get(p.pid);
    if (q === undefined) {
      added.push(p);
      continue;
    }
    let change: ProcessChange | null = null;
    for (const field of SUMMARY_FIELDS) {
      if (!sameField(p[field], q[field])) {
        change ??= { pid: p.pid };
        (change as Record<string, unknown>)[field] = p[field];
      }
    }
    if (change !== null) changed.push(change);
  }
  const removed: ProcessExit[] = [];
  for (const p of before) {
    if (!seen.has(p.pid)) {
      removed.push({ pid: p.pid, reason: exitReasons.get(p.pid) ?? p.exitReason ?? ':normal' });
    }
  }
  return { added, removed, changed };
}

/** For exhaustive `switch`es over `type`: a new command or event fails to compile there. */
export function assertNever(x: never): never {
  throw new Error(`unexpected message ${JSON.stringify(x)}`);
}
