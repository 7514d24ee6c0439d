// Saving small pieces of UI state (the editor buffer, pane sizes) in localStorage. Writes are
// debounced so typing does not serialize on every keystroke, and a pending write is flushed
// when the page is hidden. Storage can be missing or refuse writes (private windows, quota):
// that must never break the page, only the saving.

/** The part of `Storage` we use, so tests can pass a plain object. */
export interface TextStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** localStorage if this context has a usable one, else null (reading it can throw). */
export function browserStorage(): TextStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export interface PersistOptions {
  /** How long typing must pause before the text is written. */
  delayMs?: number;
  timers?: Timers;
  /** Called after each write attempt, with whether it reached storage. */
  onFlush?: (ok: boolean) => void;
}

export class PersistedText {
  #pending: string | null = null;
  #timer: unknown = null;
  readonly #delayMs: number;
  readonly #timers: Timers;
  readonly #onFlush: (ok: boolean) => void;
  /** The last failure to read or write, kept for the UI to mention; null when all is well. */
  error: Error | null = null;

  constructor(
    private readonly storage: TextStorage | null,
    readonly key: string,
    options: PersistOptions = {},
  ) {
    this.#delayMs = options.delayMs ?? 400;
    this.#timers = options.timers ?? realTimers;
    this.#onFlush = options.onFlush ?? (() => {});
  }

  /** The saved text, or `fallback` when nothing was saved or storage cannot be read. */
  load(fallback: string): string {
    if (!this.storage) return fallback;
    try {
      return this.storage.getItem(this.key) ?? fallback;
    } catch (e) {
      this.error = asError(e);
      return fallback;
    }
  }

  /** Schedules a write of `text`; a later call within the delay replaces it. */
  save(text: string): void {
    this.#pending = text;
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    this.#timer = this.#timers.setTimeout(() => this.flush(), this.#delayMs);
  }

  /** Writes the pending text now, if any. Returns whether the write succeeded. */
  flush(): boolean {
    if (this.#timer !== null) {
      this.#timers.clearTimeout(this.#timer);
      this.#timer = null;
    }
    const text = this.#pending;
    if (text === null) return true;
    this.#pending = null;
    const ok = this.#write(text);
    this.#onFlush(ok);
    return ok;
  }

  #write(text: string): boolean {
    if (!this.storage) return false;
    try {
      this.storage.setItem(this.key, text);
      this.error = null;
      return true;
    } catch (e) {
      this.error = asError(e);
      return false;
    }
  }

  get hasPendingWrite(): boolean {
    return this.#pending !== null;
  }
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
