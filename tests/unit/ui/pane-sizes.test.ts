import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, MIN_PX, parseSizes, resize } from '../../../src/ui/layout/pane-sizes.ts';

const px = (fraction: number, extent: number) => Math.round(fraction * extent);

describe('resize', () => {
  it('widens the lesson by what the splitter moved', () => {
    const next = resize(DEFAULT_SIZES, 'lesson', 100, 1280);
    expect(px(next.lesson, 1280)).toBe(px(DEFAULT_SIZES.lesson, 1280) + 100);
    expect(next.graph).toBe(DEFAULT_SIZES.graph);
  });

  it('shrinks the graph when its splitter moves right, and the console when it moves down', () => {
    expect(resize(DEFAULT_SIZES, 'graph', 50, 1000).graph).toBeCloseTo(DEFAULT_SIZES.graph - 0.05);
    expect(resize(DEFAULT_SIZES, 'console', 60, 600).console).toBeCloseTo(DEFAULT_SIZES.console - 0.1);
  });

  it('keeps every pane at its minimum however far the splitter goes', () => {
    const width = 1280;
    const wide = resize(DEFAULT_SIZES, 'lesson', 5000, width);
    expect(width - px(wide.lesson, width) - px(wide.graph, width)).toBe(MIN_PX.editor);
    expect(px(resize(DEFAULT_SIZES, 'lesson', -5000, width).lesson, width)).toBe(MIN_PX.lesson);
    expect(px(resize(DEFAULT_SIZES, 'graph', 5000, width).graph, width)).toBe(MIN_PX.graph);
    const height = 600;
    expect(px(resize(DEFAULT_SIZES, 'console', -5000, height).console, height)).toBe(height - MIN_PX.editorHeight);
    expect(px(resize(DEFAULT_SIZES, 'console', 5000, height).console, height)).toBe(MIN_PX.console);
  });

  it('ignores a drag before the workspace has been measured', () => {
    expect(resize(DEFAULT_SIZES, 'lesson', 40, 0)).toEqual(DEFAULT_SIZES);
  });
});

describe('parseSizes', () => {
  it('reads back what was saved', () => {
    const saved = { lesson: 0.2, graph: 0.25, console: 0.5 };
    expect(parseSizes(JSON.stringify(saved))).toEqual(saved);
  });

  it('gives the defaults for nothing, garbage, or sizes that leave no editor', () => {
    for (const bad of [null, '', 'not json', '42', '{"lesson":"wide"}', '{"lesson":0.5,"graph":0.45,"console":0.3}']) {
      expect(parseSizes(bad), String(bad)).toEqual(DEFAULT_SIZES);
    }
  });

  it('keeps the valid fields of a partly valid record', () => {
    expect(parseSizes('{"lesson":0.2,"graph":-1}')).toEqual({ ...DEFAULT_SIZES, lesson: 0.2 });
  });
});
