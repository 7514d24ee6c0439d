// The page's keyboard shortcuts: the keys that move between panes and open the list of keys,
// decided here from a key event, and the whole list (the panes' own keys included) that the
// shortcuts dialog shows. Pane keys use Alt+Shift and the physical key (`code`), which no
// browser, Monaco binding or IEx key takes, and which still works where Option+Shift types a
// special character (macOS).

export type PaneTarget = 'lesson' | 'editor' | 'console' | 'graph';

export type ShortcutAction = { type: 'focus'; pane: PaneTarget } | { type: 'help' };

/** What a key event only needs to carry, so that the decision can be tested without a DOM. */
export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The key was typed into a text field (the console's input, Monaco, the kill reason). */
  inTextField: boolean;
}

const PANE_KEYS: Readonly<Record<string, PaneTarget>> = {
  KeyL: 'lesson',
  KeyE: 'editor',
  KeyC: 'console',
  KeyG: 'graph',
};

/** The page-wide action for a key press, or null to leave it to whoever has the focus. */
export function shortcutFor(e: KeyPress): ShortcutAction | null {
  if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
    const pane = PANE_KEYS[e.code];
    if (pane !== undefined) return { type: 'focus', pane };
    if (e.code === 'Slash') return { type: 'help' };
    return null;
  }
  // `?` outside a text field, as in many web tools; in a text field it is just a character.
  if (e.key === '?' && !e.inTextField && !e.ctrlKey && !e.metaKey && !e.altKey) return { type: 'help' };
  return null;
}

/** Input types that take no typed text: a bare `?` on them is the page's. */
const NOT_TEXT_INPUTS: ReadonlySet<string> = new Set(['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file', 'image']);

/**
 * Whether an element takes typed text, so that a bare `?` belongs to it. Described by its tag,
 * input type and editability, so that this module needs no DOM.
 */
export function isTextField(el: { tagName: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (el === null) return false;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return !NOT_TEXT_INPUTS.has(el.type ?? 'text');
  return el.isContentEditable === true;
}

export interface ShortcutRow {
  /** Key names joined by `+`, as written on keys: `Ctrl+Enter`, `Alt+Shift+E`. */
  keys: string[];
  does: string;
}

export interface ShortcutGroup {
  title: string;
  rows: ShortcutRow[];
}

/** The keys in words, for the dialog. `mac` writes Cmd and Option where macOS has them. */
export function shortcutGroups(mac: boolean): ShortcutGroup[] {
  const mod = mac ? 'Cmd' : 'Ctrl';
  const alt = mac ? 'Option' : 'Alt';
  return [
    {
      title: 'Anywhere',
      rows: [
        { keys: [`${alt}+Shift+L`], does: 'Go to the lesson' },
        { keys: [`${alt}+Shift+E`], does: 'Go to the editor' },
        { keys: [`${alt}+Shift+C`], does: 'Go to the console input' },
        { keys: [`${alt}+Shift+G`], does: 'Go to the process graph' },
        { keys: ['?', `${alt}+Shift+/`], does: 'Show this list (? where it types nothing)' },
      ],
    },
    {
      title: 'Editor',
      rows: [
        { keys: [`${mod}+Enter`], does: 'Run the buffer in the console' },
        { keys: [`${mod}+Shift+Enter`], does: 'Run the selection, or the current line' },
        { keys: [`${mod}+F`], does: 'Find' },
        { keys: [`${mod}+/`], does: 'Comment or uncomment the lines' },
        { keys: [mac ? 'Ctrl+Shift+M' : 'Ctrl+M'], does: 'Let Tab leave the editor (again: Tab indents)' },
      ],
    },
    {
      title: 'Console',
      rows: [
        { keys: ['Enter'], does: 'Evaluate (a pasted block of lines too)' },
        { keys: ['Shift+Enter'], does: 'New line without evaluating' },
        { keys: ['Up', 'Down'], does: 'Walk the input history' },
        { keys: ['Ctrl+C'], does: 'Interrupt the evaluation, or drop the line' },
        { keys: ['Ctrl+L'], does: 'Clear the screen' },
      ],
    },
    {
      title: 'Process tree and splitters',
      rows: [
        { keys: ['Up', 'Down', 'Home', 'End'], does: 'Move in the process tree' },
        { keys: ['Left', 'Right'], does: 'Close or open a branch' },
        { keys: ['Enter'], does: 'Inspect the process, and kill it from there' },
        { keys: ['Arrows'], does: 'Move a focused splitter (with Shift: further)' },
        { keys: ['Enter'], does: 'Put a focused splitter back where it was' },
      ],
    },
  ];
}
