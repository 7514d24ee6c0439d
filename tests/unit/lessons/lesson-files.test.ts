// Every lesson file is valid: front matter, numbered files in order, steps with known checks,
// and starter and solution code that our parser accepts (so the editor never opens on code
// that cannot run), and console commands that parse too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson, LessonFormatError } from '../../../src/lessons/format.ts';
import { CHECK_KINDS } from '../../../src/lessons/checks.ts';
import { parse } from '../../../src/runtime/parser/index.ts';

const dir = join(import.meta.dirname, '../../../lessons');
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

describe('lesson files', () => {
  it('are the ten lessons, numbered 1 to 10', () => {
    expect(files.map((f) => Number(f.split('-')[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  for (const file of files) {
    describe(file, () => {
      const lesson = parseLesson(file, readFileSync(join(dir, file), 'utf8'));

      it('has a title, a summary and steps with text', () => {
        expect(lesson.title).not.toBe('');
        expect(lesson.summary).not.toBe('');
        expect(lesson.steps.length).toBeGreaterThan(0);
        for (const step of lesson.steps) {
          expect(step.title).not.toBe('');
          expect(step.html.trim()).not.toBe('');
        }
      });

      it('checks only known kinds, and every exercise with a solution has a hint and checks', () => {
        for (const step of lesson.steps) {
          for (const check of step.checks) expect(Object.keys(CHECK_KINDS)).toContain(check.kind);
          if (step.solution !== null) {
            expect(step.hint).not.toBeNull();
            expect(step.checks.length).toBeGreaterThan(0);
          }
        }
      });

      it('has starter code, solutions and commands that parse', () => {
        for (const step of lesson.steps) {
          for (const code of [step.starter, step.solution, ...step.commands]) {
            if (code !== null) expect(() => parse(code, { file: file })).not.toThrow();
          }
        }
      });
    });
  }
});

describe('the lesson format', () => {
  const head = '---\ntitle: T\nsummary: S\n---\n';

  it('rejects an unknown check with its line', () => {
    const src = head + '\n## Step\n\nText.\n\n```check\nteleported: gone\n```\n';
    expect(() => parseLesson('01-x.md', src)).toThrow(LessonFormatError);
    expect(() => parseLesson('01-x.md', src)).toThrow(/01-x\.md:11: unknown check "teleported"/);
  });

  it('rejects a parameter a check does not take, and a missing front matter key', () => {
    expect(() => parseLesson('01-x.md', head + '## S\n\n```check\nlive colour=red: x\n```\n')).toThrow(/takes no "colour"/);
    expect(() => parseLesson('01-x.md', '---\ntitle: T\n---\n## S\n')).toThrow(/lacks "summary"/);
  });

  it('takes the special fences out of the text and keeps the rest as HTML', () => {
    const lesson = parseLesson(
      '03-demo-lesson.md',
      head + 'Intro *here*.\n\n## First\n\nSome `code`.\n\n```elixir starter\nx = 1\n```\n\n```iex try\na()\n  |> b()\nc()\n```\n\n```elixir\nshown = :as_text\n```\n',
    );
    expect(lesson.slug).toBe('demo-lesson');
    expect(lesson.number).toBe(3);
    expect(lesson.introHtml).toBe('<p>Intro <em>here</em>.</p>\n');
    expect(lesson.steps[0]!.starter).toBe('x = 1\n');
    expect(lesson.steps[0]!.commands).toEqual(['a()\n  |> b()', 'c()']);
    expect(lesson.steps[0]!.html).toContain('<code>code</code>');
    expect(lesson.steps[0]!.html).toContain('shown = :as_text');
  });
});
