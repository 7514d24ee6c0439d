// The page ships the lessons parsed and rendered ahead of time (src/lessons/catalog.generated.ts),
// so it needs no Markdown parser. This test keeps that file equal to what lessons/*.md give
// now (the build bundles it; the dev server renders the lessons itself); after editing a lesson,
// regenerate it with
//   UPDATE_LESSONS=1 npx vitest run tests/unit/lessons/catalog-generated.test.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCatalog } from '../../../scripts/lesson-catalog.ts';
import { lessons } from '../../../src/lessons/catalog.ts';

const root = join(import.meta.dirname, '../../..');
const target = join(root, 'src/lessons/catalog.generated.ts');

describe('the generated lesson catalog', () => {
  it('is what lessons/*.md parse to now', () => {
    const want = renderCatalog(join(root, 'lessons'));
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
