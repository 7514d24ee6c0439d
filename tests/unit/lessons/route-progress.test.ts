// Lesson URLs (hash routes a teacher can hand out) and the progress kept in the browser.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src/lessons/route.ts';
import { codeKey, loadCode, loadProgress, saveCode, saveProgress } from '../../../src/lessons/progress.ts';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('lesson routes', () => {
  it('name the list, a lesson and a step, and read back what they write', () => {
    expect(parseRoute('#/lessons')).toEqual({ view: 'list' });
    expect(parseRoute('#/lessons/supervisor')).toEqual({ view: 'step', slug: 'supervisor', step: 1 });
    expect(parseRoute('#/lessons/supervisor/3')).toEqual({ view: 'step', slug: 'supervisor', step: 3 });
    for (const route of [{ view: 'list' as const }, { view: 'step' as const, slug: 'pool', step: 2 }]) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it('are null for anything else, so the page opens the first lesson', () => {
    for (const hash of ['', '#', '#/', '#/lesson/x', '#/lessons/Bad Slug/1', '#/lessons/x/one']) expect(parseRoute(hash)).toBeNull();
  });
});

describe('progress in storage', () => {
  it('keeps the steps done per lesson and the code of each step', () => {
    const storage = memoryStorage();
    saveProgress(storage, { supervisor: [1, 2] });
    expect(loadProgress(storage)).toEqual({ supervisor: [1, 2] });
    saveCode(storage, 'supervisor', 1, 'defmodule A do end');
    expect(loadCode(storage, 'supervisor', 1)).toBe('defmodule A do end');
    expect(storage.data.has(codeKey('supervisor', 1))).toBe(true);
    saveCode(storage, 'supervisor', 1, null);
    expect(loadCode(storage, 'supervisor', 1)).toBeNull();
  });

  it('survives storage that is missing, refuses writes or holds garbage', () => {
    expect(loadProgress(null)).toEqual({});
    const refusing = { getItem: () => '{not json', setItem: () => { throw new Error('quota'); } };
    expect(loadProgress(refusing)).toEqual({});
    expect(() => saveProgress(refusing, { x: [1] })).not.toThrow();
    expect(loadProgress({ getItem: () => '{"a":[1,"two",3],"b":7}', setItem: () => {} })).toEqual({ a: [1, 3] });
  });
});
