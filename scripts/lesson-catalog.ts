// The lesson catalog: every lessons/NN-slug.md parsed and its Markdown rendered ahead of time,
// as the module src/lessons/catalog.generated.ts, so the page ships no Markdown parser.
//
// The build bundles the committed file (a unit test keeps it equal to the lessons, and
// `UPDATE_LESSONS=1` rewrites it). The dev server serves the module rendered afresh from the
// Markdown instead (scripts/lesson-catalog-plugin.ts) and reloads the page when a lesson
// changes, so a teacher sees an edit without regenerating anything.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLesson } from '../src/lessons/format.ts';

/** The catalog module's source for the lessons in `dir`. Throws LessonFormatError on a bad one. */
export function renderCatalog(dir: string): string {
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
