// The workspace's pane sizes as fractions of the space they share, so a layout saved on a large
// screen still fits a small one. Resizing works in pixels (what the pointer moves) and clamps
// so that every pane keeps a usable minimum.

export interface PaneSizes {
  /** Lesson column, as a fraction of the workspace width. */
  lesson: number;
  /** Graph column, as a fraction of the workspace width. */
  graph: number;
  /** Console row, as a fraction of the centre column's height. */
  console: number;
}

export const DEFAULT_SIZES: Readonly<PaneSizes> = { lesson: 0.26, graph: 0.27, console: 0.36 };

/** Minimum pane sizes in CSS pixels. */
export const MIN_PX = { lesson: 220, editor: 320, graph: 220, editorHeight: 120, console: 90 } as const;

export type Splitter = 'lesson' | 'graph' | 'console';

/**
 * The sizes after dragging `splitter` by `deltaPx` from where it was in `from`. `extent` is
 * the width (lesson, graph) or the centre column's height (console) that the panes share.
 * A positive delta moves the splitter right or down.
 */
export function resize(from: PaneSizes, splitter: Splitter, deltaPx: number, extent: number): PaneSizes {
  if (!(extent > 0)) return from;
  switch (splitter) {
    case 'lesson': {
      const max = extent - from.graph * extent - MIN_PX.editor;
      return { ...from, lesson: clamp(from.lesson * extent + deltaPx, MIN_PX.lesson, max) / extent };
    }
    case 'graph': {
      const max = extent - from.lesson * extent - MIN_PX.editor;
      return { ...from, graph: clamp(from.graph * extent - deltaPx, MIN_PX.graph, max) / extent };
    }
    case 'console': {
      const max = extent - MIN_PX.editorHeight;
      return { ...from, console: clamp(from.console * extent - deltaPx, MIN_PX.console, max) / extent };
    }
    default: {
      const unknown: never = splitter;
      throw new Error(`unknown splitter ${String(unknown)}`);
    }
  }
}

/** Sizes read back from storage; anything malformed gives the defaults. */
export function parseSizes(saved: string | null): PaneSizes {
  if (!saved) return { ...DEFAULT_SIZES };
  try {
    const value: unknown = JSON.parse(saved);
    if (typeof value !== 'object' || value === null) return { ...DEFAULT_SIZES };
    const v = value as Record<string, unknown>;
    const fraction = (x: unknown, fallback: number) =>
      typeof x === 'number' && x > 0 && x < 0.9 ? x : fallback;
    const sizes = {
      lesson: fraction(v.lesson, DEFAULT_SIZES.lesson),
      graph: fraction(v.graph, DEFAULT_SIZES.graph),
      console: fraction(v.console, DEFAULT_SIZES.console),
    };
    // Two side columns that leave no room for the editor are not a layout anyone wants back.
    return sizes.lesson + sizes.graph < 0.85 ? sizes : { ...DEFAULT_SIZES };
  } catch {
    return { ...DEFAULT_SIZES };
  }
}

function clamp(x: number, min: number, max: number): number {
  // When the space is smaller than the minimums, the minimum wins: CSS then scrolls.
  return Math.max(min, Math.min(max, x));
}
