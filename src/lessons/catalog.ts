// The lessons shipped with the site: every `lessons/NN-slug.md`, bundled as text by Vite and
// parsed once. A lesson that fails to parse is a build-time bug (the validation test catches
// it first), so it throws rather than hiding.
import { parseLesson, type Lesson } from './format.ts';

const files = import.meta.glob('/lessons/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const lessons: Lesson[] = Object.entries(files)
  .map(([file, source]) => parseLesson(file, source))
  .sort((a, b) => a.number - b.number);

export function findLesson(slug: string): Lesson | undefined {
  return lessons.find((l) => l.slug === slug);
}
