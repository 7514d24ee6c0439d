// The page's end of the Worker: starts it, sends typed commands, hands every message to one
// listener, and replaces the Worker on Stop/Reset. Nothing here waits on the Worker: commands
// are posted and answers arrive as messages.
//
// Stop/Reset must give a fresh runtime at once, and booting one (compiling the prelude) takes
// about half a second on a slow machine. So once the runtime in use is ready, a spare Worker
// boots in the background; Reset terminates the one in use and hands over to the spare, whose
// messages so far (ready, banner, first prompt) were held back and are delivered then.
import type { PageCommand, WorkerMessage } from './protocol.ts';

/** The part of a Worker the client uses (the page passes real ones, tests stand-ins). */
export interface WorkerPort {
  onmessage: ((e: { data: WorkerMessage }) => void) | null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null;
  postMessage(command: PageCommand): void;
  terminate(): void;
}

/** Starts a runtime Worker; the page's is `new Worker(new URL('./runtime.worker.ts', ...))`. */
export type WorkerFactory = () => WorkerPort;

interface Slot {
  worker: WorkerPort;
  /** Messages of a spare, held until it is put in use. */
  held: WorkerMessage[];
  ready: boolean;
}

export class RuntimeClient {
  private current: Slot | null = null;
  private spare: Slot | null = null;

  constructor(
    private readonly listener: (message: WorkerMessage) => void,
    private readonly factory: WorkerFactory,
    /** Whether to keep a spare runtime booted for an instant Reset. */
    private readonly keepSpare = true,
  ) {}

  /** Starts a Worker; it announces itself with `ready`. */
  start(): void {
    this.current = this.boot();
  }

  send(command: PageCommand): void {
    this.current?.worker.postMessage(command);
  }

  /** Ends the Worker, whatever it is doing, and puts a fresh one in its place. */
  restart(): void {
    this.current?.worker.terminate();
    const next = this.spare ?? this.boot();
    this.spare = null;
    this.current = next;
    for (const m of next.held.splice(0)) this.listener(m);
    if (next.ready) this.bootSpare();
  }

  dispose(): void {
    this.current?.worker.terminate();
    this.spare?.worker.terminate();
    this.current = null;
    this.spare = null;
  }

  private boot(): Slot {
    const slot: Slot = { worker: this.factory(), held: [], ready: false };
    slot.worker.onmessage = (e) => this.receive(slot, e.data);
    slot.worker.onerror = (e) => {
      e.preventDefault();
      this.receive(slot, { type: 'workerError', message: e.message || 'the runtime Worker failed' });
    };
    return slot;
  }

  private receive(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') slot.ready = true;
    if (slot === this.current) {
      this.listener(message);
      if (message.type === 'ready') this.bootSpare();
    } else if (slot === this.spare) {
      slot.held.push(message);
    }
    // Anything else comes from a terminated Worker and is dropped.
  }

  private bootSpare(): void {
    if (!this.keepSpare || this.spare !== null) return;
    this.spare = this.boot();
  }
}
