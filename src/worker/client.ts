// The page's end of the Worker: starts it, sends typed commands, hands every message to one
// listener, and replaces the Worker on Stop/Reset. Nothing here waits on the Worker: commands
// are posted and answers arrive as messages.
import type { PageCommand, WorkerMessage } from './protocol.ts';

export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('./runtime.worker.ts', import.meta.url), { type: 'module', name: 'elixir-runtime' });

export class RuntimeClient {
  private worker: Worker | null = null;
  /** Increases with each Worker, so a late message from a terminated one is dropped. */
  private generation = 0;

  constructor(
    private readonly listener: (message: WorkerMessage) => void,
    private readonly factory: WorkerFactory = defaultFactory,
  ) {}

  /** Starts a Worker; it announces itself with `ready`. */
  start(): void {
    const generation = ++this.generation;
    const worker = this.factory();
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      if (generation === this.generation) this.listener(e.data);
    };
    worker.onerror = (e) => {
      if (generation !== this.generation) return;
      e.preventDefault();
      this.listener({ type: 'workerError', message: e.message || 'the runtime Worker failed' });
    };
    this.worker = worker;
  }

  send(command: PageCommand): void {
    this.worker?.postMessage(command);
  }

  /** Ends the Worker, whatever it is doing, and boots a fresh one. */
  restart(): void {
    this.worker?.terminate();
    this.worker = null;
    this.start();
  }

  dispose(): void {
    this.generation++;
    this.worker?.terminate();
    this.worker = null;
  }
}
