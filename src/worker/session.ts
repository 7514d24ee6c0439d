// One runtime as the page sees it: an IEx shell over a node, driven by the page's commands and
// reporting through the protocol's events. It knows nothing of `self` or the DOM: the Worker
// entry (runtime.worker.ts) gives it a way to post and a way to yield, and tests drive it in
// Node the same way.
//
// Time-slicing. The node runs in slices of a few milliseconds; between slices the session
// yields to the event loop (through a MessageChannel, which browsers do not clamp as they clamp
// setTimeout), so kill, interrupt, inspect and observe are handled while a process loops
// forever. While an input is being evaluated the shell drives the node itself and yields the
// same way; otherwise `pump` lets processes run in the background, printing as they go.
//
// Observer data is sampled from the process table about ten times a second, only while the
// page observes, and sent as one delta per interval; a kill asks for a sample as soon as the
// node has run once more, so a supervisor's restart shows without waiting for the next tick.
import { Shell, type ShellEvent } from '../runtime/iex/shell.ts';
import { parse, ElixirSyntaxError } from '../runtime/parser/index.ts';
import { registerBif } from '../runtime/bifs/registry.ts';
import { OK, Pid, atom, list, type Term } from '../runtime/terms/types.ts';
import { inspect } from '../runtime/terms/inspect.ts';
import type { Node } from '../runtime/vm/node.ts';
import type { PreludeInput } from '../runtime/index.ts';
import type { Process } from '../runtime/vm/process.ts';
import { ObserverView, literalTerm, parsePid } from './observe.ts';
import {
  assertNever,
  diffProcessTables,
  type Diagnostic,
  type EvalCommand,
  type EvalDoneEvent,
  type InspectCommand,
  type KillCommand,
  type ObserverDeltaEvent,
  type OutputStream,
  type PageCommand,
  type ProcessSummary,
  type WorkerMessage,
} from './protocol.ts';

export const ELIXIR_VERSION = '1.14.0';
export const OTP_RELEASE = '25';

export interface SessionHost {
  post(message: WorkerMessage): void;
  /** Give the event loop a turn (a MessageChannel round trip in the Worker). */
  yieldNow(): Promise<void>;
  /** The prelude, as sources or compiled (the Worker passes the image); the default compiles the generated sources. */
  prelude?: PreludeInput;
}

/** Milliseconds of node work per background slice before the event loop gets a turn. */
const SLICE_MS = 8;
const SETTLE_SLICES = 8;
/** Output goes to the page at most this often while a process prints without pause. */
const OUTPUT_INTERVAL_MS = 100;
/** Output kept per interval; beyond it the oldest is skipped (160 KB a second: more than
 *  anyone reads, and what a page can lay out without falling behind). */
const OUTPUT_WINDOW_CHARS = 16_000;
const DEFAULT_OBSERVE_MS = 100;
const STATE_TIMEOUT_MS = 1000;
/** How long a delta may wait for the restart of a supervised child that just died. */
const RESTART_WAIT_MS = 40;
/** Who the inspector's exit signals come from: a system pid, below any the learner's code gets. */
const OBSERVER = new Pid(80, 0);

/**
 * IEx's inspect width in a terminal of so many columns: the smaller of the two
 * (IEx.Config.width/0), and never so narrow that every term breaks.
 */
export function inspectWidth(columns: number): number {
  return Number.isFinite(columns) ? Math.max(20, Math.min(80, Math.floor(columns))) : 80;
}

// `:observer.start()` reaches the page through whichever session owns the calling node.
const observerHooks = new WeakMap<Node, () => void>();
registerBif('observer', 'start', 0, (_args, ctx) => {
  observerHooks.get((ctx as Process).node)?.();
  return OK;
});

export class WorkerSession {
  private shell!: Shell;
  private view!: ObserverView;
  private readonly queue: EvalCommand[] = [];
  private feeding = false;
  private current: EvalCommand | null = null;
  private interrupted = false;
  private errors = 0;
  private diagnostics: Diagnostic[] = [];
  /** The editor line and shell counter where the expression being read began. */
  private exprStart = { line: 1, counter: 1 };
  private pumpPending = false;
  private pumpTimer: ReturnType<typeof setTimeout> | null = null;
  private paused = false;
  private generation = 0;
  private pending: { stream: OutputStream; text: string; evalId: number | null }[] = [];
  private flushQueued = false;
  private lastFlushAt = 0;
  private pendingChars = 0;
  private skipped = 0;
  // observer
  private observing = false;
  private observeTimer: ReturnType<typeof setInterval> | null = null;
  private lastTable: ProcessSummary[] = [];
  private seq = 0;
  private sampleSoon = false;
  private lastSampleAt = 0;
  private observeMs = DEFAULT_OBSERVE_MS;
  private lastSystemAt = 0;
  /** The console's columns, when the page said: a new shell after `reset` keeps them. */
  private columns: number | null = null;

  private constructor(private readonly host: SessionHost) {}

  /** Boots a runtime and shell; `ready` is posted when it accepts commands. */
  static async boot(host: SessionHost): Promise<WorkerSession> {
    const s = new WorkerSession(host);
    await s.start();
    return s;
  }

  private async start(): Promise<void> {
    const generation = ++this.generation;
    const started = performance.now();
    this.shell = await Shell.create({
      onEvent: (e) => {
        if (generation === this.generation) this.onShellEvent(e);
      },
      yieldToHost: () => {
        this.sampleIfDue();
        return this.host.yieldNow();
      },
      prelude: this.host.prelude,
      ansi: true,
      // Enough for a process to print in reaction to the input before its result; more would
      // make every answer wait behind a busy loop's slices.
      settleSlices: SETTLE_SLICES,
    });
    if (this.columns !== null) this.shell.width = inspectWidth(this.columns);
    const node = this.shell.runtime.node;
    this.view = new ObserverView(node, (p) => p === this.shell.evaluator, performance.now());
    node.onEvent = (e) => this.view.onEvent(e);
    this.view.receipts.enabled = this.observing;
    observerHooks.set(node, () => {
      // After the output before it, so the page opens the graph in the order things happened.
      this.flush();
      this.host.post({ type: 'openObserver' });
    });
    const bootMs = Math.round(performance.now() - started);
    this.host.post({ type: 'ready', elixirVersion: ELIXIR_VERSION, otpRelease: OTP_RELEASE, bootMs });
    this.shell.start();
    this.lastTable = [];
    if (this.observing) this.snapshot();
  }

  /** The node, for tests. */
  get node(): Node {
    return this.shell.runtime.node;
  }

  handle(cmd: PageCommand): void {
    switch (cmd.type) {
      case 'eval':
        this.queue.push(cmd);
        if (!this.feeding) void this.drain();
        return;
      case 'interrupt':
        this.interrupt();
        return;
      case 'kill':
        this.kill(cmd);
        return;
      case 'reset':
        void this.reset();
        return;
      case 'observe':
        this.observe(cmd.on, cmd.intervalMs ?? DEFAULT_OBSERVE_MS);
        return;
      case 'inspect':
        this.inspect(cmd);
        return;
      case 'pause':
        this.paused = true;
        this.host.post({ type: 'scheduler', paused: true });
        return;
      case 'resume':
        this.paused = false;
        this.host.post({ type: 'scheduler', paused: false });
        this.wake();
        return;
      case 'step':
        for (let i = 0; i < cmd.slices && this.node.step(); i++);
        this.host.post({ type: 'scheduler', paused: this.paused });
        this.sampleSoon = true;
        this.sampleIfDue();
        return;
      case 'columns':
        this.columns = cmd.columns;
        this.shell.width = inspectWidth(cmd.columns);
        return;
      default:
        assertNever(cmd);
    }
  }

  // ------------------------------------------------------------------ output

  private onShellEvent(e: ShellEvent): void {
    switch (e.kind) {
      case 'output':
        this.out(e.device, e.text);
        return;
      case 'result':
        this.out('result', e.text);
        return;
      case 'error':
        this.errors++;
        this.noteDiagnostic(e.text);
        this.out('stderr', e.text);
        return;
      case 'exit':
        this.errors++;
        this.out('stderr', e.text);
        return;
      case 'banner':
      case 'clear':
        this.out('stdout', e.text);
        return;
      case 'prompt':
        this.out('prompt', e.text);
        return;
    }
  }

  private out(stream: OutputStream, text: string): void {
    const evalId = this.current?.id ?? null;
    const last = this.pending.at(-1);
    if (last !== undefined && last.stream === stream && last.evalId === evalId && stream !== 'prompt') last.text += text;
    else this.pending.push({ stream, text, evalId });
    this.pendingChars += text.length;
    if (this.pendingChars > OUTPUT_WINDOW_CHARS) this.skipOldOutput();
    if (!this.flushQueued) {
      this.flushQueued = true;
      // Output produced in one slice goes out as one message, right after the slice; a
      // process printing without end is sent at most every OUTPUT_INTERVAL_MS.
      const wait = this.lastFlushAt + OUTPUT_INTERVAL_MS - performance.now();
      if (wait <= 0) queueMicrotask(() => this.flush());
      else setTimeout(() => this.flush(), wait);
    }
  }

  /**
   * More output than a page can show in one interval: the oldest program output of the
   * interval is left out, and the console is told how much, rather than falling behind.
   */
  private skipOldOutput(): void {
    let excess = this.pendingChars - OUTPUT_WINDOW_CHARS / 2;
    for (const o of this.pending) {
      if (excess <= 0) break;
      if (o.stream !== 'stdout' && o.stream !== 'stderr') continue;
      const nl = o.text.indexOf('\n', Math.min(excess, o.text.length) - 1);
      const cut = nl < 0 || nl + 1 >= o.text.length ? o.text.length : nl + 1;
      o.text = o.text.slice(cut);
      this.skipped += cut;
      this.pendingChars -= cut;
      excess -= cut;
    }
    this.pending = this.pending.filter((o) => o.text !== '' || o.stream === 'prompt');
  }

  private flush(): void {
    this.flushQueued = false;
    this.lastFlushAt = performance.now();
    this.pendingChars = 0;
    if (this.skipped > 0) {
      this.host.post({ type: 'output', stream: 'stderr', text: `[${this.skipped} characters of output not shown: printed faster than the page can show]\n`, evalId: null });
      this.skipped = 0;
    }
    for (const o of this.pending.splice(0)) this.host.post({ type: 'output', ...o });
  }

  /** A syntax or compile error of an editor eval, placed at the editor's line. */
  private noteDiagnostic(text: string): void {
    if (this.current?.origin !== 'editor') return;
    const m = /^\*\* \((\w+)\) iex:(\d+)(?::(\d+))?: (.*)/.exec(text);
    if (m === null || !/Error$/.test(m[1]!) || !/^(SyntaxError|TokenMissingError|MismatchedDelimiterError|CompileError)$/.test(m[1]!)) return;
    const line = this.exprStart.line + Number(m[2]) - this.exprStart.counter;
    this.diagnostics.push({ line: Math.max(1, line), column: Number(m[3] ?? 1), message: `${m[1]}: ${m[4]}`, severity: 'error' });
  }

  // ------------------------------------------------------------------ evaluation

  private async drain(): Promise<void> {
    this.feeding = true;
    const generation = this.generation;
    while (this.queue.length > 0 && generation === this.generation) {
      const cmd = this.queue.shift()!;
      this.current = cmd;
      this.interrupted = false;
      this.errors = 0;
      this.diagnostics = [];
      const lines = cmd.source.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (this.interrupted || generation !== this.generation) break;
        if (!this.shell.promptText.startsWith('...')) this.exprStart = { line: i + 1, counter: this.shell.counter };
        this.out('input', lines[i] + '\n');
        await this.shell.feed(lines[i]!);
      }
      if (generation !== this.generation) break;
      let incomplete = this.shell.promptText.startsWith('...');
      if (incomplete && cmd.origin === 'editor' && !this.interrupted) {
        // A buffer is run as a whole: one that ends inside an expression is an error to mark,
        // not the start of more input, so leave it the way IEx offers (#iex:break).
        this.incompleteDiagnostic(cmd.source);
        const marks = this.diagnostics.length;
        await this.breakInput();
        this.diagnostics.length = marks;
        incomplete = false;
      }
      const status: EvalDoneEvent['status'] = this.interrupted ? 'interrupted' : this.errors > 0 ? 'error' : incomplete ? 'incomplete' : 'ok';
      this.flush();
      const done: EvalDoneEvent = { type: 'evalDone', id: cmd.id, status };
      if (cmd.origin === 'editor') done.diagnostics = this.diagnostics;
      this.host.post(done);
      this.current = null;
      this.sampleSoon = true;
    }
    if (generation === this.generation) {
      this.feeding = false;
      this.wake();
    }
  }

  private incompleteDiagnostic(source: string): void {
    try {
      parse(source, { file: 'iex', line: 1 });
    } catch (e) {
      if (e instanceof ElixirSyntaxError) {
        this.diagnostics = [];
        this.diagnostics.push({ line: e.line, column: e.column, message: `${e.kind}: ${e.description}`, severity: 'error' });
      }
    }
  }

  /**
   * Ctrl+C. A running evaluation is stopped by killing the evaluator, as IEx's break menu
   * does: the shell reports the exit and starts a new evaluator. A waiting shell only drops
   * the lines it was collecting.
   */
  private interrupt(): void {
    const queued = this.queue.splice(0);
    for (const q of queued) this.host.post({ type: 'evalDone', id: q.id, status: 'interrupted' });
    if (this.feeding) {
      this.interrupted = true;
      const ev = this.shell.evaluator;
      if (ev.alive) this.node.terminate(ev, atom('killed'));
    } else if (this.shell.promptText.startsWith('...')) {
      void this.breakInput().then(() => this.flush());
    }
    this.wake();
  }

  /** Leaves an unfinished expression the way IEx offers, shown as if typed. */
  private async breakInput(): Promise<void> {
    this.out('input', '#iex:break\n');
    await this.shell.feed('#iex:break');
  }

  private async reset(): Promise<void> {
    const old = this.shell;
    this.queue.length = 0;
    this.current = null;
    this.feeding = false;
    // Let a pending evaluation of the old shell finish at once, into the void.
    if (old.evaluator.alive) old.runtime.node.terminate(old.evaluator, atom('killed'));
    old.runtime.node.onEvent = null;
    await this.start();
  }

  // ------------------------------------------------------------------ the background

  /** Makes sure the node gets run soon (after a command, an eval, a kill). */
  private wake(): void {
    if (this.pumpTimer !== null) {
      clearTimeout(this.pumpTimer);
      this.pumpTimer = null;
    }
    if (this.pumpPending) return;
    this.pumpPending = true;
    void this.host.yieldNow().then(() => this.pump());
  }

  private pump(): void {
    this.pumpPending = false;
    if (this.feeding || this.paused) return;
    const generation = this.generation;
    void this.shell.background(SLICE_MS).then((next) => {
      if (generation !== this.generation) return;
      this.sampleIfDue();
      if (this.feeding || this.paused) return;
      if (next === 0) this.wake();
      else if (next !== null) this.pumpTimer = setTimeout(() => ((this.pumpTimer = null), this.wake()), Math.max(1, Math.ceil(next)));
    });
  }

  // ------------------------------------------------------------------ commands on processes

  /**
   * The inspector's Kill is exit(pid, reason) sent from the Observer's process, as the real
   * Observer does: a process trapping exits receives {:EXIT, observer, reason}, and :normal
   * leaves one that does not trap alive.
   */
  private kill(cmd: KillCommand): void {
    const pid = parsePid(cmd.pid);
    const p = pid === null ? undefined : this.node.lookup(pid);
    if (p === undefined) {
      this.host.post({ type: 'killResult', pid: cmd.pid, ok: false, error: `no process ${cmd.pid}: it has already exited` });
      return;
    }
    let reason: Term;
    try {
      reason = literalTerm(parse(cmd.reason, { file: 'observer' }));
    } catch (e) {
      const why = e instanceof ElixirSyntaxError ? e.format() : `the reason must be a literal term such as :kill or {:shutdown, :bored}`;
      this.host.post({ type: 'killResult', pid: cmd.pid, ok: false, error: why });
      return;
    }
    this.node.exitSignal(null, p, reason, false, OBSERVER);
    this.host.post({ type: 'killResult', pid: cmd.pid, ok: true, error: null });
    this.sampleSoon = true;
    this.wake();
  }

  private inspect(cmd: InspectCommand): void {
    const pid = parsePid(cmd.pid);
    const p = pid === null ? undefined : this.node.lookup(pid);
    if (p === undefined) {
      this.host.post({ type: 'inspectResult', requestId: cmd.requestId, pid: cmd.pid, details: null });
      return;
    }
    const details = this.view.details(p, cmd.maxMessages);
    if (details.kind !== 'worker' && details.kind !== 'supervisor') {
      this.host.post({ type: 'inspectResult', requestId: cmd.requestId, pid: cmd.pid, details });
      return;
    }
    // :sys.get_state/2 is a call: it runs in a process of its own and answers when it returns.
    if (!this.node.modules.has(atom('sys'))) {
      this.host.post({ type: 'inspectResult', requestId: cmd.requestId, pid: cmd.pid, details: { ...details, stateError: ':sys is not available' } });
      return;
    }
    const getter = this.node.spawn(atom('sys'), atom('get_state'), list([p.self, STATE_TIMEOUT_MS]), null, false);
    getter.quietCrash = true;
    const started = performance.now();
    const generation = this.generation;
    this.wake();
    const poll = setInterval(() => {
      if (generation !== this.generation) return clearInterval(poll);
      if (getter.alive && performance.now() - started < STATE_TIMEOUT_MS + 500) return;
      clearInterval(poll);
      const answer =
        !getter.alive && getter.crash === null && getter.result !== null
          ? { state: inspect(getter.result, { pretty: true, width: 60 }), stateError: null }
          : { state: null, stateError: getter.crash !== null ? inspect(getter.crash.reason) : 'timeout' };
      if (getter.alive) this.node.terminate(getter, atom('kill'));
      this.host.post({ type: 'inspectResult', requestId: cmd.requestId, pid: cmd.pid, details: { ...details, ...answer } });
    }, 5);
  }

  // ------------------------------------------------------------------ observer

  private observe(on: boolean, intervalMs: number): void {
    this.observing = on;
    this.observeMs = Math.max(16, intervalMs);
    if (this.observeTimer !== null) clearInterval(this.observeTimer);
    this.observeTimer = null;
    this.view.receipts.enabled = on;
    if (!on) return;
    this.snapshot();
    this.observeTimer = setInterval(() => this.safeSample(), this.observeMs);
  }

  private snapshot(): void {
    const table = this.view.table();
    this.lastTable = table;
    this.view.supervision.clearInterval();
    this.view.receipts.take();
    this.lastSystemAt = performance.now();
    this.host.post({ type: 'observerSnapshot', seq: ++this.seq, processes: table, system: this.view.system(table) });
  }

  /**
   * Samples between slices when a sample is owed: a timer alone can be starved by a Worker that
   * yields through MessageChannel messages back to back while a process loops forever.
   */
  private sampleIfDue(): void {
    if (!this.observing) return;
    if (this.sampleSoon || performance.now() - this.lastSampleAt >= this.observeMs) this.safeSample();
  }

  private safeSample(): void {
    try {
      this.sample();
    } catch (e) {
      // A fault in the Observer's bookkeeping must not take the shell down with it.
      this.observing = false;
      this.view.receipts.enabled = false;
      if (this.observeTimer !== null) clearInterval(this.observeTimer);
      this.host.post({ type: 'workerError', message: `observer data stopped: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  private sample(): void {
    this.sampleSoon = false;
    if (!this.observing) return;
    this.lastSampleAt = performance.now();
    const sup = this.view.supervision;
    if (sup.restartPending(RESTART_WAIT_MS)) {
      // Keep a child's death and its restart in one delta: sample again after the next slice.
      this.sampleSoon = true;
      return;
    }
    const table = this.view.table();
    const diff = diffProcessTables(this.lastTable, table, sup.exitReasons);
    this.lastTable = table;
    const restarts = sup.takeRestarts();
    sup.clearInterval();
    const received = this.view.receipts.take();
    const now = performance.now();
    const systemDue = now - this.lastSystemAt > 1000;
    if (diff.added.length + diff.removed.length + diff.changed.length + restarts.length + received.length === 0 && !systemDue) return;
    this.lastSystemAt = now;
    const delta: ObserverDeltaEvent = { type: 'observerDelta', seq: ++this.seq, ...diff, restarts, system: this.view.system(table) };
    if (received.length > 0) delta.received = received;
    this.host.post(delta);
  }
}

