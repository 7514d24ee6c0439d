// The page-wide keys: Alt+Shift with a letter moves to a pane whatever has the focus (by the
// physical key, since Option+Shift types a character on macOS), `?` opens the list of keys
// only where it would type nothing, and every other key is left to the focused widget.
import { describe, expect, it } from 'vitest';
import { isTextField, shortcutFor, shortcutGroups, type KeyPress } from '../../../src/ui/shortcuts.ts';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  inTextField: false,
  ...over,
});

describe('shortcutFor', () => {
  it.each([
    ['KeyL', 'lesson'],
    ['KeyE', 'editor'],
    ['KeyC', 'console'],
    ['KeyG', 'graph'],
  ] as const)('Alt+Shift+%s goes to the %s, even from a text field', (code, pane) => {
    for (const inTextField of [false, true]) {
      expect(shortcutFor(press({ code, key: 'X', altKey: true, shiftKey: true, inTextField }))).toEqual({ type: 'focus', pane });
    }
  });

  it('reads the physical key: Option+Shift+E on a Mac types a character but still means the editor', () => {
    expect(shortcutFor(press({ code: 'KeyE', key: '´', altKey: true, shiftKey: true }))).toEqual({ type: 'focus', pane: 'editor' });
  });

  it('opens the list with ? outside text fields, and with Alt+Shift+/ anywhere', () => {
    expect(shortcutFor(press({ key: '?', code: 'Slash', shiftKey: true }))).toEqual({ type: 'help' });
    expect(shortcutFor(press({ key: '?', code: 'Slash', shiftKey: true, inTextField: true }))).toBeNull();
    expect(shortcutFor(press({ key: '¿', code: 'Slash', shiftKey: true, altKey: true, inTextField: true }))).toEqual({ type: 'help' });
  });

  it('leaves other keys alone: plain letters, Ctrl or Cmd chords, Alt without Shift', () => {
    expect(shortcutFor(press({ key: 'e', code: 'KeyE' }))).toBeNull();
    expect(shortcutFor(press({ key: 'E', code: 'KeyE', shiftKey: true }))).toBeNull();
    expect(shortcutFor(press({ key: 'e', code: 'KeyE', altKey: true }))).toBeNull();
    expect(shortcutFor(press({ key: 'E', code: 'KeyE', altKey: true, shiftKey: true, ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press({ key: 'E', code: 'KeyE', altKey: true, shiftKey: true, metaKey: true }))).toBeNull();
    expect(shortcutFor(press({ key: 'X', code: 'KeyX', altKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutFor(press({ key: '?', code: 'Slash', shiftKey: true, ctrlKey: true }))).toBeNull();
  });
});

describe('isTextField', () => {
  it('counts text areas, text-like inputs and editable content as text fields; buttons, checkboxes and the rest are not', () => {
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextField({ tagName: 'BUTTON', type: 'submit' })).toBe(false);
    expect(isTextField({ tagName: 'LI', isContentEditable: false })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});

describe('shortcutGroups', () => {
  it('names the page keys the handler acts on, with Cmd and Option on a Mac', () => {
    const pc = shortcutGroups(false).flatMap((g) => g.rows.flatMap((r) => r.keys));
    const mac = shortcutGroups(true).flatMap((g) => g.rows.flatMap((r) => r.keys));
    for (const letter of ['L', 'E', 'C', 'G']) {
      expect(pc).toContain(`Alt+Shift+${letter}`);
      expect(mac).toContain(`Option+Shift+${letter}`);
      expect(shortcutFor(press({ code: `Key${letter}`, altKey: true, shiftKey: true }))).not.toBeNull();
    }
    expect(pc).toContain('Ctrl+Enter');
    expect(mac).toContain('Cmd+Enter');
    // Ctrl+C and Ctrl+L in the console are Ctrl on a Mac too, as in a terminal.
    expect(mac).toContain('Ctrl+C');
    expect(mac).toContain('Ctrl+L');
  });
});
