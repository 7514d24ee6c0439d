// Where the graph's view goes: which way the tree grows for the pane's shape, and the zoom and
// pan of a fit. Plain numbers in and out, so the rules are tested without a canvas.
import { LAYOUT, type Orientation } from './model.ts';

export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** The font size of node labels in graph units (the Cytoscape style's `font-size`). */
export const LABEL_FONT_PX = 12;
/**
 * An automatic fit never zooms out so far that labels drop below this many screen pixels: small,
 * but what a pool started in the 1280x720 page's pane needs to be seen whole (the hover, the
 * tree and the table give every name in full).
 */
export const MIN_LABEL_PX = 6.5;
export const MIN_FIT_ZOOM = MIN_LABEL_PX / LABEL_FONT_PX;
/** The zoom a layout aims for: labels at 11 pixels. */
export const COMFORT_ZOOM = 11 / LABEL_FONT_PX;
/** Small trees are not blown up past a comfortable size. */
export const MAX_FIT_ZOOM = 1.15;
export const FIT_PADDING = 28;

/**
 * The way the tree should grow in a pane of this size. A level of a right-growing tree takes
 * about twice the width of a downward one (nodes are wide and short), so only a pane clearly
 * wider than tall gets the Observer's left-to-right tree.
 */
export function preferredOrientation(width: number, height: number): Orientation {
  return width > 1.3 * height ? 'right' : 'down';
}

/**
 * The zoom and pan that show `all`. With `whole` false the zoom stays at or above
 * `MIN_FIT_ZOOM` so labels stay readable; when the tree is then too big, the view stays as
 * close to centred as it can while showing all of `focus` (the learner's own processes, where a
 * restarted child appears), or the start of a focus too big to show, and the rest is reached
 * by panning.
 */
export function fitViewport(
  all: Box,
  focus: Box | null,
  view: { w: number; h: number },
  options: { whole: boolean; minZoom: number },
): Viewport {
  const room = { w: Math.max(1, view.w - 2 * FIT_PADDING), h: Math.max(1, view.h - 2 * FIT_PADDING) };
  const fitted = Math.min(room.w / Math.max(1, all.w), room.h / Math.max(1, all.h));
  const floor = options.whole ? options.minZoom : Math.max(options.minZoom, MIN_FIT_ZOOM);
  const zoom = Math.max(floor, Math.min(MAX_FIT_ZOOM, fitted));
  // The whole tree centred, then moved the least that brings the focus into the room.
  const along = (a0: number, aSize: number, f0: number, fSize: number, viewSize: number, roomSize: number): number => {
    const centred = viewSize / 2 - zoom * (a0 + aSize / 2);
    if (zoom <= fitted || focus === null) return centred;
    if (fSize * zoom > roomSize) return FIT_PADDING - zoom * f0;
    const lo = FIT_PADDING - zoom * f0;
    const hi = viewSize - FIT_PADDING - zoom * (f0 + fSize);
    return Math.min(hi, Math.max(lo, centred));
  };
  const f = focus ?? all;
  return {
    zoom,
    pan: { x: along(all.x1, all.w, f.x1, f.w, view.w, room.w), y: along(all.y1, all.h, f.y1, f.h, view.h, room.h) },
  };
}

/**
 * How many leaf siblings fit side by side in the pane at a readable zoom, for the layout to
 * wrap the rest into a grid: along the width when the tree grows down, along the height when it
 * grows right. At least two, so a pair never stacks.
 */
export function leafRunFor(view: { w: number; h: number }, o: Orientation): number {
  const [room, size, gap, max] =
    o === 'down'
      ? [view.w, LAYOUT.nodeWidth, LAYOUT.columnGap, LAYOUT.maxRow]
      : [view.h, LAYOUT.nodeHeight, LAYOUT.stackGap, LAYOUT.maxColumn];
  const fits = Math.floor(((room - 2 * FIT_PADDING) / COMFORT_ZOOM + gap) / (size + gap));
  return Math.max(2, Math.min(max, fits));
}

/** Whether a box, in rendered pixels, is wholly inside a view of this size. */
export function insideView(b: { x1: number; y1: number; x2: number; y2: number }, view: { w: number; h: number }): boolean {
  return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= view.w && b.y2 <= view.h;
}

/**
 * The pan that brings a box (in rendered pixels) into the view with `FIT_PADDING` around it,
 * moving the least; a box too big for the view is centred. Null when it is already in view.
 */
export function panToShow(
  b: { x1: number; y1: number; x2: number; y2: number },
  view: { w: number; h: number },
  pan: { x: number; y: number },
): { x: number; y: number } | null {
  if (insideView({ x1: b.x1 - FIT_PADDING, y1: b.y1 - FIT_PADDING, x2: b.x2 + FIT_PADDING, y2: b.y2 + FIT_PADDING }, view)) return null;
  const shift = (lo: number, hi: number, size: number): number => {
    if (hi - lo > size - 2 * FIT_PADDING) return size / 2 - (lo + hi) / 2;
    if (lo < FIT_PADDING) return FIT_PADDING - lo;
    if (hi > size - FIT_PADDING) return size - FIT_PADDING - hi;
    return 0;
  };
  return { x: pan.x + shift(b.x1, b.x2, view.w), y: pan.y + shift(b.y1, b.y2, view.h) };
}
