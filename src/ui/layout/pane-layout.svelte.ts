// The workspace's resizable layout: pane sizes that a drag or an arrow key changes, saved in
// this browser so the panes come back where the learner left them.
import { PersistedText, type TextStorage } from '../persist.ts';
import { DEFAULT_SIZES, parseSizes, resize, type PaneSizes, type Splitter } from './pane-sizes.ts';

export const LAYOUT_KEY = 'process-playground:layout';

export class PaneLayout {
  sizes = $state<PaneSizes>({ ...DEFAULT_SIZES });
  #store: PersistedText;
  #dragStart: PaneSizes | null = null;

  constructor(storage: TextStorage | null) {
    this.#store = new PersistedText(storage, LAYOUT_KEY, { delayMs: 250 });
    this.sizes = parseSizes(this.#store.load(''));
  }

  /** A drag starts: later `drag` deltas are measured from the sizes at this moment. */
  beginDrag(): void {
    this.#dragStart = { ...this.sizes };
  }

  drag(splitter: Splitter, deltaFromStart: number, extent: number): void {
    this.#set(resize(this.#dragStart ?? this.sizes, splitter, deltaFromStart, extent));
  }

  /** One keyboard step: a drag that starts and ends at once. */
  step(splitter: Splitter, deltaPx: number, extent: number): void {
    this.#dragStart = null;
    this.#set(resize(this.sizes, splitter, deltaPx, extent));
  }

  /** Back to the default size, still clamped so the other panes keep their minimum. */
  reset(splitter: Splitter, extent: number): void {
    this.#set(resize({ ...this.sizes, [splitter]: DEFAULT_SIZES[splitter] }, splitter, 0, extent));
  }

  /** Saves a pending change now (the page is going away). */
  flush(): void {
    this.#store.flush();
  }

  #set(sizes: PaneSizes): void {
    this.sizes = sizes;
    this.#store.save(JSON.stringify(sizes));
  }
}
