// The lessons shipped with the site: every `lessons/NN-slug.md`, parsed and rendered when the
// site is built from the repository (catalog.generated.ts, kept equal to the files by a unit
// test), so the page carries neither the Markdown sources nor a Markdown parser. A lesson that
// fails to parse fails that test, and the lesson-file validation test before it. The dev server
// serves this module rendered from the Markdown itself (scripts/lesson-catalog-plugin.ts).
import type { Lesson } from './format.ts';
import { lessons as generated } from './catalog.generated.ts';

export const lessons: readonly Lesson[] = generated;

export function findLesson(slug: string): Lesson | undefined {
  return lessons.find((l) => l.slug === slug);
}
