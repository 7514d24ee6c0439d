// The page's wiring, in one place: the Worker client, the console, the Observer and the editor,
// and the routes between them. Every Worker message goes to the Observer first (its snapshot,
// deltas and answers), then to the console; `:observer.start()` brings the graph forward; an
// editor run's errors come back as marks in the editor.
import { RuntimeClient, type WorkerFactory, type WorkerPort } from '../worker/client.ts';
import type { WorkerMessage } from '../worker/protocol.ts';
import { ObserverState } from './observer/observer.svelte.ts';
import { ConsoleState } from './console/console-state.svelte.ts';
import type { EditorState } from './editor/editor-state.svelte.ts';
import type { RunRequest } from './editor/monaco.ts';
import type { TextStorage } from './persist.ts';

// Written out here, in this form, so that Vite bundles the Worker and its imports as a module.
const bootWorker: WorkerFactory = () =>
  new Worker(new URL('../worker/runtime.worker.ts', import.meta.url), { type: 'module', name: 'elixir-runtime' }) as unknown as WorkerPort;

const CONSOLE_INTERVAL_MS = 100;

export class Playground {
  readonly console: ConsoleState;
  readonly observer: ObserverState;
  readonly client: RuntimeClient;
  /** Bumped by `:observer.start()`: the graph pane scrolls into view and takes focus. */
  graphCalls = $state(0);
  /** Milliseconds from navigation to the first `ready` (for the page's own figures). */
  readyAt = $state<number | null>(null);

  private readonly editorRuns = new Map<number, number>();
  /** Others who want every Worker message too (the lesson's checks). */
  private readonly watchers = new Set<(message: WorkerMessage) => void>();

  constructor(
    private readonly editor: EditorState,
    storage: TextStorage | null,
    factory: WorkerFactory = bootWorker,
  ) {
    this.client = new RuntimeClient((m) => this.route(m), factory);
    this.observer = new ObserverState({ send: (cmd) => this.client.send(cmd) });
    this.console = new ConsoleState((cmd) => this.client.send(cmd), storage);
    editor.onrun = (request) => this.runFromEditor(request);
  }

  start(): void {
    this.client.start();
    this.observer.observe(true);
  }

  /** Stop/Reset: the Worker ends whatever it runs and a fresh one boots. */
  reset(): void {
    // What the old runtime printed last comes before the notice of its end.
    this.flushConsole();
    this.console.restarting();
    this.editorRuns.clear();
    this.client.restart();
  }

  runFromEditor(request: RunRequest): void {
    if (request.source.trim() === '') return;
    this.editor.setDiagnostics([]);
    const id = this.console.evaluate(request.source, 'editor');
    this.editorRuns.set(id, request.firstLine);
  }

  /** Calls `fn` with every Worker message, after the page has handled it; returns the unwatch. */
  watch(fn: (message: WorkerMessage) => void): () => void {
    this.watchers.add(fn);
    return () => this.watchers.delete(fn);
  }

  dispose(): void {
    if (this.consoleTimer !== null) clearTimeout(this.consoleTimer);
    this.client.dispose();
    this.observer.destroy();
  }

  private route(message: WorkerMessage): void {
    if (message.type === 'openObserver') {
      this.graphCalls++;
      return;
    }
    if (message.type === 'ready' && this.readyAt === null) this.readyAt = Math.round(performance.now());
    if (message.type === 'evalDone') {
      const firstLine = this.editorRuns.get(message.id);
      if (firstLine !== undefined) {
        this.editorRuns.delete(message.id);
        this.editor.setDiagnostics(message.diagnostics ?? [], firstLine);
      }
    }
    if (!this.observer.handle(message)) this.toConsole(message);
    for (const fn of this.watchers) fn(message);
  }

  private consoleQueue: WorkerMessage[] = [];
  private consoleTimer: ReturnType<typeof setTimeout> | null = null;
  private consoleAt = 0;

  /**
   * Output reaches the console at most every CONSOLE_INTERVAL_MS: a process printing without
   * end must not cost a layout of the transcript per message, which a slow machine cannot keep
   * up with. The first output after a quiet spell shows at once.
   */
  private toConsole(message: WorkerMessage): void {
    if (message.type !== 'output') {
      this.flushConsole();
      this.console.handle(message);
      return;
    }
    this.consoleQueue.push(message);
    if (this.consoleTimer !== null) return;
    const wait = Math.max(0, this.consoleAt + CONSOLE_INTERVAL_MS - performance.now());
    this.consoleTimer = setTimeout(() => this.flushConsole(), wait);
  }

  private flushConsole(): void {
    if (this.consoleTimer !== null) clearTimeout(this.consoleTimer);
    this.consoleTimer = null;
    if (this.consoleQueue.length === 0) return;
    this.consoleAt = performance.now();
    for (const m of this.consoleQueue.splice(0)) this.console.handle(m);
  }
}
