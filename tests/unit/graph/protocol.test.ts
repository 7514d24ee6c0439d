import { describe, expect, it } from 'vitest';
import { diffProcessTables } from '../../../src/worker/protocol.ts';
import { comparePids, sortProcesses } from '../../../src/ui/graph/model.ts';
import { proc } from './fixtures.ts';

describe('diffProcessTables', () => {
  it('reports new pids, gone pids with their reason, and only the fields that changed', () => {
    const before = [proc('<0.1.0>'), proc('<0.2.0>', { links: ['<0.1.0>'] }), proc('<0.3.0>')];
    const after = [
      proc('<0.1.0>'),
      proc('<0.2.0>', { links: ['<0.1.0>', '<0.4.0>'], status: 'running', reductions: 50 }),
      proc('<0.4.0>'),
    ];
    const d = diffProcessTables(before, after, new Map([['<0.3.0>', ':killed']]));
    expect(d.added.map((p) => p.pid)).toEqual(['<0.4.0>']);
    expect(d.removed).toEqual([{ pid: '<0.3.0>', reason: ':killed' }]);
    expect(d.changed).toEqual([{ pid: '<0.2.0>', links: ['<0.1.0>', '<0.4.0>'], status: 'running', reductions: 50 }]);
  });

  it('says :normal for an exit it has no reason for', () => {
    expect(diffProcessTables([proc('<0.9.0>')], []).removed).toEqual([{ pid: '<0.9.0>', reason: ':normal' }]);
  });

  it('finds nothing between equal tables', () => {
    const t = [proc('<0.1.0>', { links: ['<0.2.0>'] })];
    expect(diffProcessTables(t, t.map((p) => ({ ...p, links: [...p.links] })))).toEqual({ added: [], removed: [], changed: [] });
  });
});

describe('process ordering', () => {
  it('orders pids by number, not as text', () => {
    expect(['<0.100.0>', '<0.99.0>', '<0.5.0>'].sort(comparePids)).toEqual(['<0.5.0>', '<0.99.0>', '<0.100.0>']);
  });

  it('sorts the process table by a column, breaking ties by pid', () => {
    const list = [
      proc('<0.12.0>', { reductions: 5, status: 'waiting' }),
      proc('<0.10.0>', { reductions: 900, status: 'running', registeredName: 'zeta' }),
      proc('<0.11.0>', { reductions: 5, status: 'runnable', registeredName: 'alpha' }),
    ];
    expect(sortProcesses(list, 'reductions', true).map((p) => p.pid)).toEqual(['<0.10.0>', '<0.11.0>', '<0.12.0>']);
    expect(sortProcesses(list, 'reductions', false).map((p) => p.pid)).toEqual(['<0.11.0>', '<0.12.0>', '<0.10.0>']);
    expect(sortProcesses(list, 'status', false).map((p) => p.status)).toEqual(['running', 'runnable', 'waiting']);
    expect(sortProcesses(list, 'name', false).map((p) => p.registeredName ?? p.label)).toEqual(['alpha', 'erlang.apply/2', 'zeta']);
    expect(sortProcesses(list, 'pid', true).map((p) => p.pid)).toEqual(['<0.12.0>', '<0.11.0>', '<0.10.0>']);
  });
});
