// Output checks look at a bounded tail of the console output, so a process printing without end
// costs each check the same small amount of work, while a match split across the Worker's
// output messages is still found and output from before the step is not.
import { describe, expect, it } from 'vitest';
import {
  applyEvents,
  checkHolds,
  emptyWorld,
  LOG_KEEP,
  OUTPUT_TAIL_CHARS,
  outputSince,
  parseCheckLine,
  worldMark,
  type LessonEvent,
} from '../../../src/lessons/checks.ts';
import { proc } from '../graph/fixtures.ts';

const out = (text: string, stream: 'stdout' | 'stderr' | 'result' = 'stdout'): LessonEvent => ({ type: 'output', stream, text });

describe('an output check', () => {
  it('finds a match that spans two output messages', () => {
    const world = emptyWorld();
    const check = parseCheckLine('output match="New state is 42": the counter reached 42');
    applyEvents(world, [out('New sta')]);
    expect(checkHolds(check, world, 0)).toBe(false);
    applyEvents(world, [out('te is 42\n')]);
    expect(checkHolds(check, world, 0)).toBe(true);
  });

  it('does not see output from before its step began', () => {
    const world = emptyWorld();
    applyEvents(world, [out('hello\n')]);
    const since = worldMark(world);
    const check = parseCheckLine('output match="^hello$": said hello');
    expect(checkHolds(check, world, since)).toBe(false);
    applyEvents(world, [out('hello\n')]);
    expect(checkHolds(check, world, since)).toBe(true);
  });

  it('looks at one stream when asked', () => {
    const world = emptyWorld();
    applyEvents(world, [out(':ok\n', 'result'), out('done\n', 'stderr')]);
    expect(checkHolds(parseCheckLine('output stream=stdout match=":ok": ok'), world, 0)).toBe(false);
    expect(checkHolds(parseCheckLine('output stream=result match=":ok": ok'), world, 0)).toBe(true);
    expect(checkHolds(parseCheckLine('output match="ok\\ndone": both'), world, 0)).toBe(true);
  });

  it('keeps a bounded tail under a flood and still sees the newest line', () => {
    const world = emptyWorld();
    const check = parseCheckLine('output match="^tick 19999$": counted');
    const line = 'x'.repeat(200);
    for (let i = 0; i < 20_000; i++) {
      applyEvents(world, [out(`${line}\ntick ${i}\n`)]);
      expect(world.outputChars).toBeLessThanOrEqual(OUTPUT_TAIL_CHARS + line.length + 20);
      if (i % 1000 === 0) expect(checkHolds(check, world, 0)).toBe(false);
    }
    expect(world.output.reduce((n, p) => n + p.text.length, 0)).toBe(world.outputChars);
    expect(outputSince(world, 0).length).toBeLessThanOrEqual(OUTPUT_TAIL_CHARS + line.length + 20);
    expect(checkHolds(check, world, 0)).toBe(true);
  });

  it('takes only the end of a single message larger than the tail', () => {
    const world = emptyWorld();
    applyEvents(world, [out(`${'y'.repeat(3 * OUTPUT_TAIL_CHARS)}\nlast line\n`)]);
    expect(world.outputChars).toBe(OUTPUT_TAIL_CHARS);
    expect(checkHolds(parseCheckLine('output match="^last line$": end'), world, 0)).toBe(true);
  });
});

describe('the world log', () => {
  it('stays bounded while processes come and go, and counts from the step’s mark', () => {
    const world = emptyWorld();
    for (let i = 0; i < 3 * LOG_KEEP; i++) {
      applyEvents(world, [{ type: 'spawned', process: proc(`<0.${1000 + i}.0>`) }, out('.')]);
    }
    expect(world.log.length).toBeLessThanOrEqual(2 * LOG_KEEP);
    const since = worldMark(world);
    const twice = parseCheckLine('spawned count=2: two processes');
    applyEvents(world, [{ type: 'spawned', process: proc('<0.1.1>') }]);
    expect(checkHolds(twice, world, since)).toBe(false);
    applyEvents(world, [out('between'), { type: 'spawned', process: proc('<0.1.2>') }]);
    expect(checkHolds(twice, world, since)).toBe(true);
  });
});
