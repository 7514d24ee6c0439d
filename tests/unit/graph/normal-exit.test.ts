// Only abnormal exits are crashes, by OTP's rule: a process that ends with :normal, :shutdown or
// {:shutdown, _} is drawn as quietly ended, not as a red crash, in the model, in Cytoscape's
// element data and style, and in words.
import { describe, expect, it } from 'vitest';
import { describeNode, GraphModel, isAbnormalExit } from '../../../src/ui/graph/model.ts';
import { ENDED_OPACITY, graphStyle, nodeDefinition, nodeLabel } from '../../../src/ui/graph/cytoscape.ts';
import { DARK, LIGHT } from '../../../src/ui/graph/palette.ts';
import { delta, poolSnapshot, proc, SHELL } from './fixtures.ts';

const P = '<0.120.0>';

function exited(reason: string) {
  const m = new GraphModel({ orientation: 'down', crashMs: 1000 });
  m.applySnapshot(poolSnapshot([proc(P, { links: [SHELL], registeredName: 'Job' })]));
  m.applyDelta(delta({ removed: [{ pid: P, reason }] }), 10);
  return m.node(P)!;
}

describe('isAbnormalExit', () => {
  it.each([':normal', ':shutdown', '{:shutdown, :closed}', '{:shutdown, {:error, 1}}'])('takes %s as a normal end', (r) => {
    expect(isAbnormalExit(r)).toBe(false);
  });

  it.each([':killed', ':kill', ':boom', '{:normal, 1}', ':shutdown_now', '{%RuntimeError{message: "x"}, []}', '{:shutdownx, 1}'])(
    'takes %s as a crash',
    (r) => {
      expect(isAbnormalExit(r)).toBe(true);
    },
  );
});

describe('a process that exits', () => {
  it.each([':normal', ':shutdown', '{:shutdown, :done}'])('with %s is kept for a while as ended, not crashed', (reason) => {
    const n = exited(reason);
    expect(n.crash).toMatchObject({ reason, abnormal: false, since: 10, until: 1010 });
    const data = nodeDefinition(n).data;
    expect(data).toMatchObject({ crashed: 'no', ended: 'yes', status: 'ended' });
    expect(nodeLabel(n)).not.toContain('\u2716');
    expect(describeNode(n)).toBe(`Job ${P}, exited with ${reason}`);
  });

  it.each([':killed', ':boom', '{:badarith, [...]}'])('with %s is drawn as a crash', (reason) => {
    const n = exited(reason);
    expect(n.crash).toMatchObject({ reason, abnormal: true });
    expect(nodeDefinition(n).data).toMatchObject({ crashed: 'yes', ended: 'no', status: 'exited' });
    expect(nodeLabel(n).startsWith('\u2716 Job')).toBe(true);
    expect(describeNode(n)).toBe(`Job ${P}, crashed with ${reason}`);
  });

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('ended normally, is styled in the %s palette with muted colours, not the crash red', (_n, palette) => {
    const style = graphStyle(palette, 'down') as unknown as { selector: string; style: Record<string, unknown> }[];
    const ended = style.find((r) => r.selector === 'node[ended = "yes"]');
    expect(ended?.style).toMatchObject({
      'background-color': palette.ended.fill,
      'border-color': palette.ended.border,
      opacity: ENDED_OPACITY,
    });
    expect(palette.ended.fill).not.toBe(palette.status.exited.fill);
    expect(palette.ended.border).not.toBe(palette.status.exited.border);
    // Later rules win in Cytoscape: the ended look must come after the status colours.
    const statusAt = style.findIndex((r) => r.selector === 'node[status = "exited"]');
    expect(style.indexOf(ended!)).toBeGreaterThan(statusAt);
  });
});
