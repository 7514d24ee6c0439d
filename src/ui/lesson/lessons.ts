// Wiring the lesson pane into the page: the lesson state over the shipped lessons, fed with
// every Worker message, following the URL's hash (and writing it as the learner moves on).
import { lessons } from '../../lessons/catalog.ts';
import { LessonState, type LessonConsole, type LessonEditor } from './lesson-state.svelte.ts';
import type { KeyValueStorage } from '../../lessons/progress.ts';
import type { WorkerMessage } from '../../worker/protocol.ts';

export interface LessonHost {
  editor: LessonEditor;
  console: LessonConsole;
  watch(fn: (message: WorkerMessage) => void): () => void;
}

/** Starts the lessons; returns the state for the pane and the cleanup (for `$effect`). */
export function startLessons(host: LessonHost, storage: KeyValueStorage | null): { state: LessonState; stop: () => void } {
  const state = new LessonState({
    lessons,
    storage,
    editor: host.editor,
    console: host.console,
    navigate: (hash) => {
      if (location.hash !== hash) history.pushState(null, '', hash);
    },
  });
  const unwatch = host.watch((m) => state.observe(m));
  const onhash = () => state.follow(location.hash);
  addEventListener('hashchange', onhash);
  addEventListener('popstate', onhash);
  state.follow(location.hash);
  return {
    state,
    stop: () => {
      unwatch();
      removeEventListener('hashchange', onhash);
      removeEventListener('popstate', onhash);
      state.dispose();
    },
  };
}

// The pane comes with the machinery, in the same chunk the page loads after first paint.
export { default as LessonPane } from './LessonPane.svelte';
