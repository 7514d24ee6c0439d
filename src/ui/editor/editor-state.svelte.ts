// The editor's state, kept out of the component: the buffer (restored from and saved to this
// browser as the learner types), whether Monaco has arrived, and what to tell the learner
// about saving. The component only gives it a host element and the colour scheme.
import { afterFirstPaint } from '../first-paint.ts';
import { PersistedText, type TextStorage } from '../persist.ts';
import type { ColorScheme } from '../color-scheme.ts';
import type { CodeEditor, RunRequest } from './monaco.ts';
import type { Diagnostic } from '../../worker/protocol.ts';
import starterSource from './starter.exs?raw';

export const BUFFER_KEY = 'process-playground:editor:scratch.exs';

export type EditorStatus = 'loading' | 'ready' | 'failed';
export type SaveStatus = 'saved' | 'pending' | 'unavailable';

type MonacoModule = typeof import('./monaco.ts');

export class EditorState {
  status = $state<EditorStatus>('loading');
  failure = $state<string | null>(null);
  save = $state<SaveStatus>('saved');
  /**
   * The errors and warnings of the last run from the editor, in the buffer's lines. Monaco's
   * hover is left out of the bundle, so the pane lists them in words under the marks.
   */
  problems = $state.raw<readonly Diagnostic[]>([]);

  #buffer: PersistedText;
  #text: string;
  #scheme: ColorScheme = 'light';
  #monaco: MonacoModule | null = null;
  #editor: CodeEditor | null = null;
  /** Errors of the last run, in the buffer's lines (kept for an editor that arrives later). */
  #diagnostics: Diagnostic[] = [];
  #replacing = false;
  /** Where the page sends Ctrl/Cmd+Enter and Ctrl/Cmd+Shift+Enter. */
  onrun: ((request: RunRequest) => void) | null = null;
  /** Told of every edit the learner makes (a lesson keeps each step's code apart). */
  onedit: ((text: string) => void) | null = null;

  constructor(storage: TextStorage | null) {
    this.#buffer = new PersistedText(storage, BUFFER_KEY, {
      delayMs: 400,
      onFlush: (ok) => (this.save = ok ? 'saved' : 'unavailable'),
    });
    this.#text = this.#buffer.load(starterSource);
    if (!storage) this.save = 'unavailable';
  }

  /** The current source: what Run will send to the runtime. */
  get text(): string {
    return this.#text;
  }

  /**
   * Loads Monaco after the page has painted and creates the editor in `host`. Returns the
   * cleanup, which saves any pending text and disposes the editor (for `$effect`).
   */
  attach(host: HTMLElement): () => void {
    let editor: CodeEditor | null = null;
    let cancelled = false;

    afterFirstPaint()
      .then(() => (cancelled ? null : import('./monaco.ts')))
      .then((monaco) => {
        if (!monaco || cancelled) return;
        this.#monaco = monaco;
        editor = monaco.createEditor(host, this.#text, this.#scheme);
        editor.onDidChangeModelContent(() => this.#edited(editor!.getValue()));
        monaco.addRunActions(editor, (request) => this.onrun?.(request));
        monaco.setDiagnostics(editor, this.#diagnostics);
        this.#editor = editor;
        this.status = 'ready';
      })
      .catch((e: unknown) => {
        this.failure = e instanceof Error ? e.message : String(e);
        this.status = 'failed';
      });

    const flush = () => this.#buffer.flush();
    addEventListener('pagehide', flush);
    return () => {
      cancelled = true;
      removeEventListener('pagehide', flush);
      flush();
      editor?.dispose();
      this.#editor = null;
    };
  }

  /** The request Ctrl/Cmd+Enter would send: the whole buffer. */
  runBuffer(): void {
    this.onrun?.({ source: this.#text, firstLine: 1 });
  }

  /**
   * Marks errors of a run that started at `firstLine` of the buffer (their lines count from
   * the run's first line); an empty list clears the marks.
   */
  setDiagnostics(diagnostics: readonly Diagnostic[], firstLine = 1): void {
    this.#diagnostics = diagnostics.map((d) => ({ ...d, line: d.line + firstLine - 1 }));
    this.problems = this.#diagnostics;
    if (this.#editor !== null) this.#monaco?.setDiagnostics(this.#editor, this.#diagnostics);
  }

  /** Puts the caret where a problem is, and the keyboard in the editor. */
  goTo(problem: Diagnostic): void {
    if (this.#editor === null || this.#monaco === null) return;
    this.#monaco.goTo(this.#editor, problem.line, problem.column);
  }

  /**
   * Replaces the whole buffer (a lesson step's starter or saved code). It is saved as the
   * scratch buffer too, and `onedit` is not told: the learner did not type it.
   */
  replace(text: string): void {
    if (text === this.#text) return;
    this.#text = text;
    this.#buffer.save(text);
    if (this.#editor !== null && this.#editor.getValue() !== text) {
      this.#replacing = true;
      try {
        this.#editor.setValue(text);
      } finally {
        this.#replacing = false;
      }
    }
  }

  /** Puts the keyboard in the editor. */
  focus(): void {
    this.#editor?.focus();
  }

  setScheme(scheme: ColorScheme): void {
    this.#scheme = scheme;
    this.#monaco?.setScheme(scheme);
  }

  #edited(text: string): void {
    this.#text = text;
    if (this.save !== 'unavailable') this.save = 'pending';
    this.#buffer.save(text);
    if (!this.#replacing) this.onedit?.(text);
  }
}
