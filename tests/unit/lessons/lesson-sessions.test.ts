// The lessons must say what Elixir does. Each lesson, typed into IEx as a learner follows it
// (each step's code, its solution for an exercise, then its commands), is a session of the
// conformance suite: tests/conformance/iex/lesson_NN.iex, whose transcript real IEx wrote
// (lesson_NN.out) and our shell must print too (tests/conformance/iex.test.ts). This test keeps
// those sessions equal to the lessons; after editing a lesson, rewrite them and their goldens:
//   UPDATE_LESSONS=1 npx vitest run tests/unit/lessons/lesson-sessions.test.ts
//   tests/conformance/regenerate.sh lesson_NN.iex
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson, type Lesson } from '../../../src/lessons/format.ts';

const root = join(import.meta.dirname, '../../..');
const sessions = join(root, 'tests/conformance/iex');
const lessons: Lesson[] = readdirSync(join(root, 'lessons'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => parseLesson(f, readFileSync(join(root, 'lessons', f), 'utf8')));

/** What a learner types, in order: the editor's code as it is run, then the commands. */
function session(lesson: Lesson): string {
  const lines: string[] = [];
  for (const step of lesson.steps) {
    const code = step.solution ?? step.starter;
    if (code !== null) lines.push(code.trimEnd());
    lines.push(...step.commands);
  }
  return lines.join('\n') + '\n';
}

describe('each lesson as an IEx session', () => {
  for (const lesson of lessons) {
    const name = `lesson_${String(lesson.number).padStart(2, '0')}`;
    it(`${name}.iex is lesson ${lesson.number} typed in order, with a transcript from real IEx`, () => {
      const file = join(sessions, `${name}.iex`);
      const want = session(lesson);
      if (process.env.UPDATE_LESSONS === '1') writeFileSync(file, want);
      expect(existsSync(file) ? readFileSync(file, 'utf8') : null, `stale: rewrite with UPDATE_LESSONS=1, then regenerate.sh ${name}.iex`).toBe(want);
      expect(existsSync(join(sessions, `${name}.out`)), `no golden: tests/conformance/regenerate.sh ${name}.iex`).toBe(true);
    });
  }
});
