// The page's side of the Observer: feeds Worker events to the graph model, keeps the selection
// and the inspector's details, and sends inspect/kill/observe commands back. Components read
// this state and stay thin; the Cytoscape graph subscribes to the model's element changes so it
// can apply each delta in one batch instead of redrawing from scratch.
//
// Wiring, once per page:
//   const observer = new ObserverState({ send: (cmd) => worker.postMessage(cmd) });
//   worker.onmessage = (e) => { if (!observer.handle(e.data)) console.handle(e.data); };
//   observer.observe(true);
// then <ProcessGraph {observer} />, <ProcessTree {observer} />, <Inspector {observer} />, ...
// A fresh Worker (after Stop or reset) announces `ready`; observing resumes by itself.
import { GraphModel, isAbnormalExit, type CrashInfo, type GraphChanges, type Orientation, type TreeItem } from '../graph/model.ts';
import { detailsStale } from './refresh.ts';
import type {
  PageCommand,
  PidText,
  ProcessDetails,
  ProcessSummary,
  SystemSummary,
  WorkerEvent,
  WorkerMessage,
} from '../../worker/protocol.ts';

export interface ObserverOptions {
  /** Where commands go; the shell passes `(cmd) => worker.postMessage(cmd)`. */
  send?: (command: PageCommand) => void;
  /** How long an exited process stays drawn as crashed (ms). */
  crashMs?: number;
  /** The clock, in ms; tests pass a fake one. */
  now?: () => number;
}

export class ObserverState {
  readonly model: GraphModel;
  /** Increases on every change of the model; everything below derives from it. */
  version = $state(0);
  /** The pid shown in the inspector and highlighted in the graph, tree and table. */
  selected = $state<PidText | null>(null);
  /** The newest `inspectResult` for `selected` (may lag the summary by one round trip). */
  details = $state.raw<ProcessDetails | null>(null);
  /** The last kill that failed, as the Worker explained it. */
  killError = $state<string | null>(null);
  /** Which way the graph grows from its root. */
  orientation = $state<Orientation>('right');
  /** A short sentence about the newest crash or restart, for a polite live region. */
  announcement = $state('');

  readonly processes: ProcessSummary[] = $derived.by(() => (this.version, this.model.processes()));
  readonly tree: TreeItem[] = $derived.by(() => (this.version, this.model.tree()));
  readonly system: SystemSummary | null = $derived.by(() => (this.version, this.model.system));
  /** When (on `now()`'s clock) the current system figures arrived, so uptime can run on. */
  systemAt = $state(0);
  readonly selectedProcess: ProcessSummary | null = $derived.by(
    () => (this.version, this.selected === null ? null : (this.model.process(this.selected) ?? null)),
  );
  readonly selectedCrash: CrashInfo | null = $derived.by(
    () => (this.version, this.selected === null ? null : this.model.crashOf(this.selected)),
  );

  private readonly send: (command: PageCommand) => void;
  private readonly now: () => number;
  private readonly listeners = new Set<(changes: GraphChanges) => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private nextRequestId = 1;
  private pendingInspect: { requestId: number; pid: PidText } | null = null;
  private inspectAgain = false;
  private observing = false;

  constructor(options: ObserverOptions = {}) {
    this.send = options.send ?? (() => {});
    this.now = options.now ?? (() => performance.now());
    this.model = new GraphModel({ crashMs: options.crashMs, orientation: this.orientation });
  }

  /** Subscribes to element changes; returns the unsubscribe function. */
  onChanges(listener: (changes: GraphChanges) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Lays the graph out the other way (nodes glide to their new places). */
  setOrientation(o: Orientation): void {
    if (o === this.orientation) return;
    this.orientation = o;
    this.publish(this.model.setOrientation(o));
  }

  /** Starts or stops observer data from the Worker. */
  observe(on: boolean): void {
    this.observing = on;
    this.send({ type: 'observe', on });
  }

  /**
   * Takes a Worker event; returns false for events that are not the Observer's (output, ...),
   * so the shell can pass every event here first.
   */
  handle(event: WorkerMessage): boolean {
    switch (event.type) {
      case 'observerSnapshot':
        this.systemAt = this.now();
        this.publish(this.model.applySnapshot(event));
        if (this.selected !== null) this.requestInspect(this.selected);
        return true;
      case 'observerDelta': {
        if (event.system !== undefined) this.systemAt = this.now();
        this.publish(this.model.applyDelta(event, this.now()));
        this.announce(event);
        if (this.selected !== null && detailsStale(event, this.selected)) this.requestInspect(this.selected);
        return true;
      }
      case 'inspectResult':
        if (this.pendingInspect !== null && event.requestId === this.pendingInspect.requestId) {
          this.pendingInspect = null;
          if (event.pid === this.selected) this.details = event.details;
          if (this.inspectAgain && this.selected !== null) {
            this.inspectAgain = false;
            this.requestInspect(this.selected);
          }
        }
        return true;
      case 'killResult':
        this.killError = event.ok ? null : event.error;
        return true;
      case 'ready':
        // A new runtime: old pids mean nothing there (and may be reused), so drop the selection
        // and ask the new Worker for observer data again. The shell still sees `ready`.
        this.select(null);
        this.pendingInspect = null;
        if (this.observing) this.send({ type: 'observe', on: true });
        return false;
      case 'output':
      case 'evalDone':
      case 'scheduler':
      case 'workerError':
      case 'openObserver':
        return false;
    }
  }

  /** Selects a process (or nothing) and asks the Worker for its details. */
  select(pid: PidText | null): void {
    if (pid === this.selected) return;
    this.selected = pid;
    this.details = null;
    this.killError = null;
    if (pid !== null) this.requestInspect(pid);
  }

  /** `Process.exit(pid, reason)`; `reason` is Elixir source, `:kill` when left empty. */
  kill(pid: PidText, reason: string): void {
    this.killError = null;
    this.send({ type: 'kill', pid, reason: reason.trim() === '' ? ':kill' : reason.trim() });
  }

  /** The clock the observer stamps with (ms). */
  clock(): number {
    return this.now();
  }

  /** Stops the crash timer; call when the page drops this state. */
  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.listeners.clear();
  }

  private requestInspect(pid: PidText): void {
    // One request in flight at a time: ten deltas a second must not become ten inspects.
    if (this.pendingInspect !== null && this.pendingInspect.pid === pid) {
      this.inspectAgain = true;
      return;
    }
    const requestId = this.nextRequestId++;
    this.pendingInspect = { requestId, pid };
    this.inspectAgain = false;
    this.send({ type: 'inspect', requestId, pid });
  }

  private publish(changes: GraphChanges): void {
    this.version++;
    for (const listener of this.listeners) listener(changes);
    this.scheduleExpiry();
  }

  private scheduleExpiry(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const next = this.model.nextExpiry();
    if (next === null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.publish(this.model.expire(this.now()));
    }, Math.max(0, next - this.now()) + 16);
  }

  private announce(event: Extract<WorkerEvent, { type: 'observerDelta' }>): void {
    const r = event.restarts.at(-1);
    if (r !== undefined) {
      this.announcement = `${r.childId} ${r.oldPid} exited with ${r.reason}; restarted as ${r.newPid}`;
    } else {
      // Normal exits are the everyday end of a process; only crashes are news.
      const crashes = event.removed.filter((e) => isAbnormalExit(e.reason));
      const x = crashes[crashes.length - 1];
      if (x !== undefined) this.announcement = `${x.pid} exited with ${x.reason}`;
    }
  }
}
