// Every lesson can be completed on our runtime by doing what it says: its code run from the
// editor, its console commands typed in order, and the page actions its checks ask for (a kill
// from the graph, opening the inspector) sent as the page sends them. The Worker's session runs
// in Node and its real protocol messages drive the lesson's machine; each step must reach
// `done`, with its checks turning green in order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson, type Lesson } from '../../../src/lessons/format.ts';
import { positionOf } from '../../../src/lessons/machine.ts';
import { drive, waitFor } from './drive.ts';

const dir = join(import.meta.dirname, '../../../lessons');
const lessons: Lesson[] = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => parseLesson(f, readFileSync(join(dir, f), 'utf8')));


describe('each lesson, followed step by step on our runtime', () => {
  for (const lesson of lessons) {
    it(`lesson ${lesson.number}, ${lesson.title}, reaches its end with every check met in order`, async () => {
      const { actor, send, nextId, evaluate } = await drive(lesson);
      // Every value `met` takes, per step: a check may only turn green after those before it.
      const history: boolean[][] = [];
      actor.subscribe((s) => history.push(s.context.met));

      for (const step of lesson.steps) {
        expect(positionOf(actor.getSnapshot()).step).toBe(step.number);
        history.length = 0;
        const code = step.solution ?? step.starter;
        if (code !== null) await evaluate(code, 'editor');
        for (const command of step.commands) await evaluate(command, 'console');
        for (const check of step.checks) {
          if (check.kind !== 'graph-kill' && check.kind !== 'inspected') continue;
          const world = actor.getSnapshot().context.world;
          await waitFor(
            () => [...world.live.values()].some((p) => (check.params.label === undefined || p.label === check.params.label) && (check.params.kind === undefined || p.kind === check.params.kind)),
            `a live process for ${check.label}`,
          );
          const target = [...world.live.values()].find(
            (p) => (check.params.label === undefined || p.label === check.params.label) && (check.params.kind === undefined || p.kind === check.params.kind),
          )!;
          if (check.kind === 'graph-kill') send({ type: 'kill', pid: target.pid, reason: ':kill' });
          else send({ type: 'inspect', requestId: nextId(), pid: target.pid });
        }
        await waitFor(() => positionOf(actor.getSnapshot()).done, `step ${step.number} (${step.title}) to be done; met ${JSON.stringify(actor.getSnapshot().context.met)}`);
        for (const met of history) {
          const firstUnmet = met.indexOf(false);
          if (firstUnmet >= 0) expect(met.slice(firstUnmet).every((m) => !m)).toBe(true);
        }
        actor.send({ type: 'NEXT' });
      }
      expect(actor.getSnapshot().value).toBe('finished');
      expect(actor.getSnapshot().context.completed).toEqual(lesson.steps.map((s) => s.number));
    }, 30_000);
  }
});

describe('each exercise, with its starter code left as it is', () => {
  for (const lesson of lessons) {
    for (const step of lesson.steps.filter((s) => s.solution !== null && s.starter !== null)) {
      it(`lesson ${lesson.number}, step ${step.number} (${step.title}) stays unfinished`, async () => {
        const { actor, evaluate, settle } = await drive(lesson, step.number);
        await evaluate(step.starter!, 'editor');
        for (const command of step.commands) await evaluate(command, 'console');
        await settle();
        expect(positionOf(actor.getSnapshot())).toEqual({ step: step.number, done: false });
      }, 30_000);
    }
  }
});
