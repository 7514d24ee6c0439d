// The time-sliced host loop for the Worker and the interactive shell: run the scheduler for a
// few milliseconds, then give the event loop a turn (so page messages, output and the "stop"
// button are handled), and sleep until the next timer when nothing is runnable. An infinite loop
// in one process therefore never blocks the others, nor the host.
//
// MessageChannel is used for the next turn where it exists: setTimeout(0) is clamped to 4 ms in
// browsers, which would waste most of every slice.
import type { Node } from './node.ts';

export interface Driver {
  /** Wake the driver (call after sending a message or spawning from outside the VM). */
  kick(): void;
  stop(): void;
  readonly running: boolean;
}

export interface DriverOptions {
  /** Milliseconds of VM work per turn of the event loop. */
  sliceMs?: number;
  /** Called after each turn that did work (flush output, post observer diffs). */
  afterSlice?: () => void;
  /** Called when no process is runnable and no timer is pending. */
  onIdle?: () => void;
}

/** Node's setImmediate where there is one (the Worker and the page have none). */
const setImmediateFn = (globalThis as { setImmediate?: (fn: () => void) => unknown }).setImmediate;

export function nextTurn(): (fn: () => void) => void {
  if (typeof MessageChannel !== 'undefined' && setImmediateFn === undefined) {
    const ch = new MessageChannel();
    const queue: (() => void)[] = [];
    // (typed loosely: the Node typings of MessagePort are event-emitter style)
    (ch.port1 as unknown as { onmessage: (() => void) | null }).onmessage = () => queue.shift()?.();
    return (fn) => {
      queue.push(fn);
      ch.port2.postMessage(null);
    };
  }
  if (setImmediateFn !== undefined) return (fn) => setImmediateFn(fn);
  return (fn) => setTimeout(fn, 0);
}

export function startDriver(node: Node, opts: DriverOptions = {}): Driver {
  const sliceMs = opts.sliceMs ?? 8;
  const turn = nextTurn();
  let scheduled = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const schedule = (): void => {
    if (scheduled || stopped) return;
    scheduled = true;
    turn(run);
  };

  const run = (): void => {
    scheduled = false;
    if (stopped) return;
    const worked = node.runFor(sliceMs);
    opts.afterSlice?.();
    if (node.hasRunnable()) {
      schedule();
      return;
    }
    const wait = node.nextTimerIn();
    if (wait === null) {
      if (!worked) opts.onIdle?.();
      return;
    }
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      schedule();
    }, wait);
  };

  schedule();
  return {
    kick: schedule,
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
    },
    get running() {
      return !stopped;
    },
  };
}
