// The page ships the lessons parsed and rendered ahead of time (src/lessons/catalog.generated.ts),
// so it needs no Markdown parser. This test keeps that file equal to what lessons/*.md give
// now; after editing a lesson, regenerate it with
//   UPDATE_LESSONS=1 npx vitest run tests/unit/lessons/catalog-generated.test.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../../src/lessons/format.ts';
import { lessons } from '../../../src/lessons/catalog.ts';

const root = join(import.meta.dirname, '../../..');
const target = join(root, 'src/lessons/catalog.generated.ts');

function renderCatalog(): string {
  const dir = join(root, 'lessons');
  const parsed = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => parseLesson(`/lessons/${f}`, readFileSync(join(dir, f), 'utf8')))
    .sort((a, b) => a.number - b.number);
  return [
    '// Generated from lessons/*.md by tests/unit/lessons/catalog-generated.test.ts: run it with',
    '// UPDATE_LESSONS=1 after editing a lesson. The lessons are parsed and their Markdown rendered',
    '// ahead of time, so the page ships no Markdown parser.',
    "import type { Lesson } from './format.ts';",
    '',
    `export const lessons: Lesson[] = ${JSON.stringify(parsed, null, 1)};`,
    '',
  ].join('\n');
}

describe('the generated lesson catalog', () => {
  it('is what lessons/*.md parse to now', () => {
    const want = renderCatalog();
    if (process.env.UPDATE_LESSONS === '1') writeFileSync(target, want);
    expect(readFileSync(target, 'utf8'), 'stale: regenerate with UPDATE_LESSONS=1').toBe(want);
  });

  it('is what the page loads: every lesson, in order, with its steps and checks', () => {
    const files = readdirSync(join(root, 'lessons')).filter((f) => f.endsWith('.md'));
    expect(lessons.map((l) => l.number)).toEqual(files.map((f) => Number(f.slice(0, 2))).sort((a, b) => a - b));
    for (const l of lessons) expect(l.steps.length).toBeGreaterThan(0);
    expect(lessons.some((l) => l.steps.some((s) => s.checks.length > 0))).toBe(true);
  });
});
