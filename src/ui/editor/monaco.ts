// Monaco, trimmed to the core editor and Elixir's syntax colouring. This module is only ever
// imported dynamically, after first paint: it is most of the page's JavaScript. No language
// service workers (TypeScript, JSON, CSS, HTML) are bundled, only the core editor worker.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/elixir/register';
// `monaco-editor/editor` is the bare widget; these are the editing features a learner expects
// (find, comment toggling, word completion, bracket matching, folding, multiple cursors),
// chosen one by one rather than `features/register.all`, which brings every contribution.
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/suggest/register';
// The completion widget itself (word-based suggestions, computed in the editor worker).
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import type { ColorScheme } from '../color-scheme.ts';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

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
