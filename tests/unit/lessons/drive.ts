// A lesson's machine fed by a real session in Node, through the same protocol messages the
// page gets: what the lesson tests drive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { WorkerSession } from '../../../src/worker/session.ts';
import { preludeSources } from '../../../src/runtime/prelude/index.ts';
import type { ObserverDeltaEvent, PageCommand, WorkerMessage } from '../../../src/worker/protocol.ts';
import { parseLesson, type Lesson } from '../../../src/lessons/format.ts';
import { lessonEvents } from '../../../src/lessons/checks.ts';
import { lessonMachine } from '../../../src/lessons/machine.ts';

export const readLesson = (file: string): Lesson =>
  parseLesson(file, readFileSync(join(import.meta.dirname, '../../../lessons', file), 'utf8'));

export async function drive(lesson: Lesson, step?: number) {
  const actor = createActor(lessonMachine(lesson), { input: { lesson, step } }).start();
  const messages: WorkerMessage[] = [];
  const session = await WorkerSession.boot({
    post: (m) => {
      messages.push(m);
      actor.send({ type: 'RUNTIME', events: lessonEvents(m, actor.getSnapshot().context.world) });
    },
    yieldNow: () => new Promise((r) => setImmediate(r)),
    prelude: preludeSources,
  });
  const send = (cmd: PageCommand) => session.handle(cmd);
  send({ type: 'observe', on: true });
  let id = 0;
  const nextId = () => ++id;
  const evaluate = async (source: string, origin: 'console' | 'editor' = 'console') => {
    const mine = nextId();
    send({ type: 'eval', id: mine, source, origin });
    await waitFor(() => messages.some((m) => m.type === 'evalDone' && m.id === mine), `eval of ${source}`);
  };
  // Two observer intervals, so any delta the last input caused has arrived.
  const settle = () => new Promise((r) => setTimeout(r, 250));
  const deltas = () => messages.filter((m): m is ObserverDeltaEvent => m.type === 'observerDelta');
  const world = () => actor.getSnapshot().context.world;
  return { actor, send, nextId, evaluate, settle, deltas, world };
}

export async function waitFor(pred: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!pred()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
