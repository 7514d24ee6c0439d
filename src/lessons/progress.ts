// What the learner has done, kept in this browser: the steps done per lesson, and the code
// they edited per step (so Stop, a reload or a visit to another lesson loses nothing). Storage
// may be missing or refuse writes; then progress lasts as long as the page.
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

export const PROGRESS_KEY = 'process-playground:lessons:progress';

export function codeKey(slug: string, step: number): string {
  return `process-playground:lessons:code:${slug}:${step}`;
}

/** Steps done (1-based) per lesson slug. */
export type Progress = Record<string, number[]>;

export function loadProgress(storage: KeyValueStorage | null): Progress {
  try {
    const raw = storage?.getItem(PROGRESS_KEY);
    if (raw == null) return {};
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return {};
    const out: Progress = {};
    for (const [slug, steps] of Object.entries(data)) {
      if (Array.isArray(steps)) out[slug] = steps.filter((n): n is number => Number.isInteger(n));
    }
    return out;
  } catch {
    return {};
  }
}

export function saveProgress(storage: KeyValueStorage | null, progress: Progress): void {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // A full or refusing storage: progress lives until the page closes.
  }
}

export function loadCode(storage: KeyValueStorage | null, slug: string, step: number): string | null {
  try {
    return storage?.getItem(codeKey(slug, step)) ?? null;
  } catch {
    return null;
  }
}

export function saveCode(storage: KeyValueStorage | null, slug: string, step: number, code: string | null): void {
  try {
    if (code === null) storage?.removeItem?.(codeKey(slug, step));
    else storage?.setItem(codeKey(slug, step), code);
  } catch {
    // As above.
  }
}
