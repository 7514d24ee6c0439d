// The palette's text colours against the surfaces they sit on, in both schemes, must meet
// WCAG 2.1 AA (4.5:1 for text, 3:1 for the focus ring); body text aims for AAA (7:1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/ui/theme.css', import.meta.url), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = variables(css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)')));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...variables(css.slice(darkStart, css.indexOf('\n}\n', darkStart))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const pairs: [fg: string, bg: string, min: number][] = [
  ['text', 'pane', 7],
  ['text', 'bg', 7],
  ['text', 'code-bg', 7],
  ['text', 'accent-soft', 7],
  ['muted', 'pane', 4.5],
  ['muted', 'pane-head', 4.5],
  ['muted', 'header-bg', 4.5],
  ['accent', 'pane', 4.5],
  ['accent', 'pane-head', 4.5],
  ['console-result', 'pane', 4.5],
  ['console-error', 'pane', 4.5],
  ['console-error', 'pane-head', 4.5],
  ['warning', 'pane-head', 4.5],
  ['focus', 'pane', 3],
  ['focus', 'bg', 3],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s palette', (_name, palette) => {
  it.each(pairs)('%s on %s reaches %d:1', (fg, bg, min) => {
    expect(palette[fg], fg).toMatch(/^#/);
    expect(palette[bg], bg).toMatch(/^#/);
    expect(contrast(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(min);
  });

  it('differs from the other scheme', () => {
    expect(light.pane).not.toBe(dark.pane);
  });
});
