// The graph's automatic fit keeps node labels readable, and the tree grows the way the pane's
// shape suits.
import { describe, expect, it } from 'vitest';
import {
  FIT_PADDING,
  fitViewport,
  LABEL_FONT_PX,
  MAX_FIT_ZOOM,
  MIN_FIT_ZOOM,
  MIN_LABEL_PX,
  panToShow,
  preferredOrientation,
  type Box,
} from '../../../src/ui/graph/viewport.ts';

const VIEW = { w: 340, h: 340 };
const OPTS = { whole: false, minZoom: 0.15 };

/** Where a graph box lands on screen under a viewport. */
function rendered(b: Box, v: { zoom: number; pan: { x: number; y: number } }) {
  return { x1: v.pan.x + v.zoom * b.x1, y1: v.pan.y + v.zoom * b.y1, x2: v.pan.x + v.zoom * (b.x1 + b.w), y2: v.pan.y + v.zoom * (b.y1 + b.h) };
}

describe('preferredOrientation', () => {
  it('grows the tree down in a pane taller than wide or about square, to the right in a wide one', () => {
    expect(preferredOrientation(340, 600)).toBe('down');
    expect(preferredOrientation(340, 340)).toBe('down');
    expect(preferredOrientation(800, 340)).toBe('right');
  });
});

describe('fitViewport', () => {
  it('centres a tree that fits at a readable zoom', () => {
    const all = { x1: 0, y1: 0, w: 250, h: 200 };
    const v = fitViewport(all, null, VIEW, OPTS);
    expect(v.zoom).toBeCloseTo((340 - 2 * FIT_PADDING) / 250);
    const r = rendered(all, v);
    expect((r.x1 + r.x2) / 2).toBeCloseTo(170);
    expect((r.y1 + r.y2) / 2).toBeCloseTo(170);
  });

  it('does not blow a small tree up past the comfortable size', () => {
    expect(fitViewport({ x1: 0, y1: 0, w: 100, h: 40 }, null, VIEW, OPTS).zoom).toBe(MAX_FIT_ZOOM);
  });

  it('never shrinks labels below the readable size, and shows the learner’s processes instead', () => {
    const all = { x1: -300, y1: 0, w: 900, h: 250 };
    const focus = { x1: 100, y1: 60, w: 250, h: 150 };
    const v = fitViewport(all, focus, VIEW, OPTS);
    expect(v.zoom).toBe(MIN_FIT_ZOOM);
    expect(v.zoom * LABEL_FONT_PX).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    const r = rendered(focus, v);
    expect(r.x1).toBeGreaterThanOrEqual(0);
    expect(r.x2).toBeLessThanOrEqual(VIEW.w);
    expect(r.y1).toBeGreaterThanOrEqual(0);
    expect(r.y2).toBeLessThanOrEqual(VIEW.h);
  });

  it('shows the start of a focus too big for the view, so the rest is a pan away', () => {
    const all = { x1: 0, y1: 0, w: 2000, h: 300 };
    const v = fitViewport(all, all, VIEW, OPTS);
    expect(v.zoom).toBe(MIN_FIT_ZOOM);
    expect(rendered(all, v).x1).toBeCloseTo(FIT_PADDING);
  });

  it('fits the whole tree when asked, however small its labels get', () => {
    const all = { x1: 0, y1: 0, w: 1500, h: 300 };
    const v = fitViewport(all, null, VIEW, { whole: true, minZoom: 0.15 });
    expect(v.zoom).toBeCloseTo((340 - 2 * FIT_PADDING) / 1500);
    const r = rendered(all, v);
    expect(r.x1).toBeGreaterThanOrEqual(0);
    expect(r.x2).toBeLessThanOrEqual(VIEW.w);
  });
});

describe('fitViewport with a focus', () => {
  it('stays centred on the whole tree when that already shows the focus', () => {
    const all = { x1: 0, y1: 0, w: 400, h: 250 };
    const focus = { x1: 150, y1: 50, w: 100, h: 100 };
    const v = fitViewport(all, focus, VIEW, OPTS);
    const r = rendered(all, v);
    expect((r.x1 + r.x2) / 2).toBeCloseTo(170);
  });

  it('moves off centre only as far as the focus needs', () => {
    const all = { x1: 0, y1: 0, w: 600, h: 200 };
    const focus = { x1: 400, y1: 0, w: 200, h: 200 };
    const v = fitViewport(all, focus, VIEW, OPTS);
    const r = rendered(focus, v);
    expect(r.x2).toBeCloseTo(VIEW.w - FIT_PADDING);
  });
});

describe('panToShow', () => {
  const view = { w: 340, h: 300 };
  const pan = { x: 10, y: 20 };

  it('leaves the view alone when the box is in it, padding included', () => {
    expect(panToShow({ x1: 40, y1: 40, x2: 190, y2: 84 }, view, pan)).toBeNull();
  });

  it('moves the least that brings a box off to the right or below into view', () => {
    const next = panToShow({ x1: 500, y1: 260, x2: 650, y2: 304 }, view, pan)!;
    expect(next.x).toBe(pan.x - (650 - (view.w - FIT_PADDING)));
    expect(next.y).toBe(pan.y - (304 - (view.h - FIT_PADDING)));
  });

  it('moves a box off to the left or above to the padding, and centres one too big to show', () => {
    expect(panToShow({ x1: -300, y1: 100, x2: -150, y2: 144 }, view, pan)).toEqual({ x: pan.x + FIT_PADDING + 300, y: pan.y });
    const wide = panToShow({ x1: -100, y1: 100, x2: 900, y2: 144 }, view, pan)!;
    expect(wide.x).toBe(pan.x + view.w / 2 - 400);
  });
});

describe('a pool in the 1280x720 page’s graph pane', () => {
  it('wraps the workers into a grid as wide as the pane shows readably, so an automatic fit shows every node', async () => {
    const { GraphModel, LAYOUT } = await import('../../../src/ui/graph/model.ts');
    const { poolSnapshot } = await import('./fixtures.ts');
    const { leafRunFor } = await import('../../../src/ui/graph/viewport.ts');
    const pane = { w: 339, h: 340 };
    const bounds = (m: InstanceType<typeof GraphModel>): Box => {
      const ns = m.elements().nodes.filter((n) => n.kind !== 'group');
      const x1 = Math.min(...ns.map((n) => n.x - LAYOUT.nodeWidth / 2));
      const y1 = Math.min(...ns.map((n) => n.y - LAYOUT.nodeHeight / 2));
      return { x1, y1, w: Math.max(...ns.map((n) => n.x + LAYOUT.nodeWidth / 2)) - x1, h: Math.max(...ns.map((n) => n.y + LAYOUT.nodeHeight / 2)) - y1 };
    };
    const shown = (b: Box): boolean => {
      const v = fitViewport(b, null, pane, OPTS);
      const r = rendered(b, v);
      return r.x1 >= 0 && r.y1 >= 0 && r.x2 <= pane.w && r.y2 <= pane.h;
    };
    const m = new GraphModel({ orientation: 'down' });
    m.applySnapshot(poolSnapshot());
    // Five workers in a row are too wide for the pane at any readable zoom...
    expect(shown(bounds(m))).toBe(false);
    expect(leafRunFor(pane, 'down')).toBe(2);
    const changes = m.setLeafRun(leafRunFor(pane, 'down'));
    expect(changes.updateNodes.length).toBeGreaterThan(0);
    expect(changes.addNodes).toEqual([]);
    // ...two abreast, they all show.
    expect(shown(bounds(m))).toBe(true);
    // A wide pane keeps a row of them; a tree growing right stacks them by the pane's height.
    expect(leafRunFor({ w: 1100, h: 700 }, 'down')).toBe(LAYOUT.maxRow);
    expect(leafRunFor({ w: 900, h: 340 }, 'right')).toBe(5);
  });
});
