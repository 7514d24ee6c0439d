import { describe, expect, it } from 'vitest';
import { formatBytes, formatUptime } from '../../../src/ui/observer/format.ts';
import { detailsStale } from '../../../src/ui/observer/refresh.ts';
import { describeNode, GraphModel } from '../../../src/ui/graph/model.ts';
import { delta, poolSnapshot, SUP, worker } from './fixtures.ts';

describe('observer figures', () => {
  it('prints uptime like a stopwatch', () => {
    expect(formatUptime(0)).toBe('0:00');
    expect(formatUptime(83_999)).toBe('1:23');
    expect(formatUptime(3_723_000)).toBe('1:02:03');
  });

  it('prints memory in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(21_500_000)).toBe('20.5 MiB');
  });
});

describe('describeNode', () => {
  it('says name, pid, kind, status, restarts and mailbox in words', () => {
    const m = new GraphModel();
    m.applySnapshot(poolSnapshot());
    m.applyDelta(
      delta({
        removed: [{ pid: '<0.113.0>', reason: ':killed' }],
        added: [worker('<0.130.0>', 2, { messageQueueLen: 1 })],
        restarts: [{ supervisor: SUP, childId: ':worker_2', oldPid: '<0.113.0>', newPid: '<0.130.0>', reason: ':killed' }],
      }),
      0,
    );
    expect(describeNode(m.node('<0.130.0>')!)).toBe(
      'Pooly.Worker <0.130.0>, worker, waiting (receive), restarted 1 time, 1 message waiting',
    );
    expect(describeNode(m.node('<0.113.0>')!)).toBe('Pooly.Worker <0.113.0>, crashed with :killed, restarted as <0.130.0>');
    expect(describeNode(m.node(SUP)!)).toBe('Pooly.Supervisor <0.110.0>, supervisor, waiting (receive)');
  });
});

describe('detailsStale', () => {
  it('asks again when a visible field, the exit or a restart of the pid is reported, not for reductions alone', () => {
    const pid = '<0.113.0>';
    expect(detailsStale(delta({ changed: [{ pid, reductions: 5000 }] }), pid)).toBe(false);
    expect(detailsStale(delta({ changed: [{ pid, reductions: 5000, messageQueueLen: 1 }] }), pid)).toBe(true);
    expect(detailsStale(delta({ changed: [{ pid: '<0.1.0>', status: 'running' }] }), pid)).toBe(false);
    expect(detailsStale(delta({ removed: [{ pid, reason: ':killed' }] }), pid)).toBe(true);
    expect(
      detailsStale(delta({ restarts: [{ supervisor: SUP, childId: ':w', oldPid: pid, newPid: '<0.2.0>', reason: ':killed' }] }), pid),
    ).toBe(true);
  });
});
