// Monaco, trimmed to the core editor and Elixir's syntax colouring. This module is only ever
// imported dynamically, after first paint: it is most of the page's JavaScript. No worker is
// bundled: the features below all run on the main thread. Word-based completion (the one that
// needs the editor worker, 90 KB gzip with its widget and snippets 50 KB more) and hover (75 KB;
// the editor pane lists the marks' messages in words instead) are left out so the whole page
// stays within its JavaScript budget of 1.1 MB gzip; folding (12 KB) fits.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/elixir/register';
// `monaco-editor/editor` is the bare widget; these are the editing features a learner expects
// (find, comment toggling, bracket matching, folding, multiple cursors, line operations),
// chosen one by one rather than `features/register.all`.
// The icon font: the find widget's buttons and the folding chevrons are its glyphs (a font
// file, loaded when first drawn; no JavaScript).
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import type { ColorScheme } from '../color-scheme.ts';
import type { Diagnostic } from '../../worker/protocol.ts';

// The editor's surface matches the panes around it (see theme.css) rather than Monaco's own.
monaco.editor.defineTheme('playground-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff', 'editorLineNumber.foreground': '#8a8799' },
});
monaco.editor.defineTheme('playground-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#1a1a21', 'editorLineNumber.foreground': '#6f6b80' },
});

const themeFor = (scheme: ColorScheme) => (scheme === 'dark' ? 'playground-dark' : 'playground-light');

export type CodeEditor = monaco.editor.IStandaloneCodeEditor;

export function createEditor(host: HTMLElement, value: string, scheme: ColorScheme): CodeEditor {
  const editor = monaco.editor.create(host, {
    value,
    language: 'elixir',
    theme: themeFor(scheme),
    ariaLabel: 'Elixir code editor',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    lineHeight: 21,
    fontFamily: "ui-monospace, 'SFMono-Regular', 'Cascadia Code', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
    tabSize: 2,
    insertSpaces: true,
    scrollBeyondLastLine: false,
    // A line that just fits must not make the pane scroll sideways.
    scrollBeyondLastColumn: 1,
    padding: { top: 10, bottom: 10 },
    renderLineHighlight: 'line',
    overviewRulerLanes: 0,
    lineNumbersMinChars: 3,
    lineDecorationsWidth: 6,
    scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10, useShadows: false },
  });
  // The model was created by `create`; it must go with the editor or it outlives it.
  editor.onDidDispose(() => editor.getModel()?.dispose());
  return editor;
}

export function setScheme(scheme: ColorScheme): void {
  monaco.editor.setTheme(themeFor(scheme));
}

/** What Ctrl/Cmd+Enter and Ctrl/Cmd+Shift+Enter send to the shell, and from which line. */
export interface RunRequest {
  source: string;
  /** The editor line the source starts at, so errors can be placed back in the buffer. */
  firstLine: number;
}

/**
 * Ctrl/Cmd+Enter runs the whole buffer in the shell; Ctrl/Cmd+Shift+Enter the selection, or the
 * current line when nothing is selected (and moves down, so a lesson can be stepped through).
 */
export function addRunActions(editor: CodeEditor, run: (request: RunRequest) => void): void {
  editor.addAction({
    id: 'playground.run-buffer',
    label: 'Run the buffer in the shell',
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
    run: () => run({ source: editor.getValue(), firstLine: 1 }),
  });
  editor.addAction({
    id: 'playground.run-selection',
    label: 'Run the selection or the current line in the shell',
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter],
    run: () => {
      const model = editor.getModel();
      const selection = editor.getSelection();
      if (model === null || selection === null) return;
      if (!selection.isEmpty()) {
        run({ source: model.getValueInRange(selection), firstLine: selection.startLineNumber });
        return;
      }
      const line = selection.positionLineNumber;
      run({ source: model.getLineContent(line), firstLine: line });
      if (line < model.getLineCount()) editor.setPosition({ lineNumber: line + 1, column: 1 });
    },
  });
}

/** Moves the caret to a 1-based line and column, scrolls it into view, and focuses the editor. */
export function goTo(editor: CodeEditor, line: number, column: number): void {
  editor.setPosition({ lineNumber: line, column });
  editor.revealPositionInCenterIfOutsideViewport({ lineNumber: line, column });
  editor.focus();
}

/** Shows syntax and compile errors as markers at Elixir's line and column (1-based). */
export function setDiagnostics(editor: CodeEditor, diagnostics: readonly Diagnostic[]): void {
  const model = editor.getModel();
  if (model === null) return;
  const lines = model.getLineCount();
  monaco.editor.setModelMarkers(
    model,
    'elixir',
    diagnostics.map((d) => {
      const line = Math.min(Math.max(1, d.line), lines);
      const max = model.getLineMaxColumn(line);
      const column = Math.min(Math.max(1, d.column), max);
      return {
        startLineNumber: line,
        startColumn: column,
        endLineNumber: line,
        endColumn: column < max ? max : column + 1,
        message: d.message,
        severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      };
    }),
  );
}
