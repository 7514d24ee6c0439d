// The Web Worker that owns the runtime. It boots a session (prelude, node, IEx shell), answers
// the page's commands, and yields to its own event loop through a MessageChannel between slices
// of work, so commands are handled while processes run. Commands that arrive while the runtime
// boots wait for it, in order. The prelude arrives compiled (the build's image), so booting is
// a download and a decode, not a compilation.
import preludeImageUrl from 'virtual:prelude-image';
import { readImage } from '../runtime/image.ts';
import { WorkerSession } from './session.ts';
import { Runtime, type PreludeInput } from '../runtime/index.ts';
import { warmUpSteps } from '../runtime/warmup.ts';
import type { PageCommand, WorkerMessage } from './protocol.ts';

const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((e: MessageEvent<PageCommand>) => void) | null;
};

// A MessageChannel message is a task that is not clamped like setTimeout(0) (4 ms after a few
// nestings), so yielding costs microseconds.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function yieldNow(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

const early: PageCommand[] = [];
let session: WorkerSession | null = null;
// The interpreter's warm-up (runtime/warmup.ts) runs in a throwaway runtime after boot, a round
// per event-loop turn, and stops for good when the learner first evaluates something.
let warming: (() => boolean) | null = null;
async function warmUp(prelude: PreludeInput): Promise<void> {
  warming = warmUpSteps(new Runtime({ clock: 'virtual', prelude }));
  while (warming !== null && warming()) await yieldNow();
  warming = null;
}

scope.onmessage = (e) => {
  if (e.data.type === 'eval') warming = null;
  if (session === null) early.push(e.data);
  else session.handle(e.data);
};

const post = (message: WorkerMessage) => scope.postMessage(message);
const prelude = fetch(preludeImageUrl)
  .then((r) => {
    if (!r.ok) throw new Error(`the prelude image answered ${r.status}`);
    return r.text();
  })
  .then((text) => ({ compiled: readImage(text) }));
prelude
  .then(async (compiled) => {
    const s = await WorkerSession.boot({ post, yieldNow, prelude: compiled });
    session = s;
    const busy = early.some((cmd) => cmd.type === 'eval');
    for (const cmd of early.splice(0)) s.handle(cmd);
    // (a warm-up that fails only leaves the interpreter cold)
    if (!busy) void warmUp(compiled).catch(() => {});
  })
  .catch((e: unknown) => post({ type: 'workerError', message: `the runtime failed to start: ${e instanceof Error ? e.message : String(e)}` }));
