// The graph's colours keep the contrast the palette promises, in both colour schemes.
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, type Palette } from '../../../src/ui/graph/palette.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
] as [string, Palette][])('the %s palette', (_name, p) => {
  it('puts node text on its fill at 7:1 or more', () => {
    for (const s of Object.values(p.status)) expect(contrast(s.text, s.fill)).toBeGreaterThanOrEqual(7);
    expect(contrast(p.root.text, p.root.fill)).toBeGreaterThanOrEqual(7);
    expect(contrast(p.ended.text, p.ended.fill)).toBeGreaterThanOrEqual(7);
  });

  it('draws node borders and the meaningful edges at 3:1 or more against the pane', () => {
    for (const s of Object.values(p.status)) expect(contrast(s.border, p.pane)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.ended.border, p.pane)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.supervisionEdge, p.pane)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.linkEdge, p.pane)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.selection, p.pane)).toBeGreaterThanOrEqual(3);
  });

  it('keeps group labels readable at 4.5:1 on the group fill', () => {
    expect(contrast(p.muted, p.groupFill)).toBeGreaterThanOrEqual(4.5);
  });
});
