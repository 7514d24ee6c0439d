import { describe, expect, it } from 'vitest';
import { PersistedText, type TextStorage, type Timers } from '../../../src/ui/persist.ts';

/** Timers that run only when the test says so. */
function manualTimers() {
  let next = 1;
  const pending = new Map<number, () => void>();
  const timers: Timers = {
    setTimeout: (fn) => {
      pending.set(next, fn);
      return next++;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const runAll = () => {
    for (const [id, fn] of [...pending]) {
      pending.delete(id);
      fn();
    }
  };
  return { timers, runAll, count: () => pending.size };
}

function memoryStorage(): TextStorage & { writes: string[]; data: Map<string, string> } {
  const data = new Map<string, string>();
  const writes: string[] = [];
  return {
    data,
    writes,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      writes.push(v);
      data.set(k, v);
    },
  };
}

describe('PersistedText', () => {
  it('gives the fallback until something was saved, then the saved text', () => {
    const storage = memoryStorage();
    const { timers, runAll } = manualTimers();
    const first = new PersistedText(storage, 'k', { timers });
    expect(first.load('starter')).toBe('starter');
    first.save('edited');
    runAll();
    expect(new PersistedText(storage, 'k', { timers }).load('starter')).toBe('edited');
  });

  it('coalesces a burst of edits into one write of the last text', () => {
    const storage = memoryStorage();
    const { timers, runAll, count } = manualTimers();
    const text = new PersistedText(storage, 'k', { timers });
    for (const s of ['d', 'de', 'def']) text.save(s);
    expect(storage.writes).toEqual([]);
    expect(count()).toBe(1);
    runAll();
    expect(storage.writes).toEqual(['def']);
  });

  it('writes pending text at once on flush, and nothing when nothing is pending', () => {
    const storage = memoryStorage();
    const { timers, count } = manualTimers();
    const flushed: boolean[] = [];
    const text = new PersistedText(storage, 'k', { timers, onFlush: (ok) => flushed.push(ok) });
    text.save('x');
    expect(text.hasPendingWrite).toBe(true);
    expect(text.flush()).toBe(true);
    expect(storage.data.get('k')).toBe('x');
    expect(count()).toBe(0);
    expect(text.flush()).toBe(true);
    expect(storage.writes).toEqual(['x']);
    expect(flushed).toEqual([true]);
  });

  it('survives storage that throws, and reports the failure', () => {
    const broken: TextStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const { timers } = manualTimers();
    const flushed: boolean[] = [];
    const text = new PersistedText(broken, 'k', { timers, onFlush: (ok) => flushed.push(ok) });
    expect(text.load('fallback')).toBe('fallback');
    expect(text.error?.message).toBe('SecurityError');
    text.save('x');
    expect(text.flush()).toBe(false);
    expect(text.error?.message).toBe('QuotaExceededError');
    expect(flushed).toEqual([false]);
  });

  it('without storage, loads the fallback and reports every write as not saved', () => {
    const { timers } = manualTimers();
    const text = new PersistedText(null, 'k', { timers });
    expect(text.load('fallback')).toBe('fallback');
    text.save('x');
    expect(text.flush()).toBe(false);
  });
});
