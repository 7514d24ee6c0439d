import { describe, expect, it } from 'vitest';
import {
  GraphModel,
  DEFAULT_CRASH_MS,
  LAYOUT,
  ROOT_ID,
  SPAWNED_GROUP_ID,
  type GraphChanges,
  type GraphEdge,
  type GraphNode,
  type TreeItem,
} from '../../../src/ui/graph/model.ts';
import { delta, poolSnapshot, proc, SHELL, SUP, worker } from './fixtures.ts';

const DOWN = { orientation: 'down' } as const;

const W2 = '<0.113.0>';
const NEW = '<0.130.0>';

function positions(m: GraphModel): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const n of m.elements().nodes) out.set(n.id, [n.x, n.y]);
  return out;
}

function restartW2(m: GraphModel, now: number): GraphChanges {
  return m.applyDelta(
    delta({
      removed: [{ pid: W2, reason: ':killed' }],
      added: [worker(NEW, 2, { restartCount: 0 })],
      restarts: [{ supervisor: SUP, childId: ':worker_2', oldPid: W2, newPid: NEW, reason: ':killed' }],
    }),
    now,
  );
}

describe('a snapshot', () => {
  it('draws the root, the shell and the supervisor with its workers in child order', () => {
    const m = new GraphModel(DOWN);
    const c = m.applySnapshot(poolSnapshot());
    expect(c.addNodes.map((n) => n.id).sort()).toEqual(
      [ROOT_ID, SHELL, SUP, '<0.111.0>', '<0.112.0>', '<0.113.0>', '<0.114.0>', '<0.115.0>'].sort(),
    );
    expect(c.structureChanged).toBe(true);
    const ws = [0, 1, 2, 3, 4].map((i) => m.node(`<0.${111 + i}.0>`)!);
    for (let i = 1; i < ws.length; i++) {
      expect(ws[i]!.x).toBeGreaterThan(ws[i - 1]!.x);
      expect(ws[i]!.y).toBe(ws[0]!.y);
    }
    const sup = m.node(SUP)!;
    expect(sup.y).toBeLessThan(ws[0]!.y);
    expect(sup.x).toBeCloseTo((ws[0]!.x + ws[4]!.x) / 2);
    expect(m.node(ROOT_ID)!.y).toBeLessThan(sup.y);
  });

  it('labels nodes with the registered name, else the module, and the pid', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot());
    expect(m.node(SUP)).toMatchObject({ title: 'Pooly.Supervisor', subtitle: SUP, kind: 'supervisor' });
    expect(m.node('<0.111.0>')).toMatchObject({ title: 'Pooly.Worker', subtitle: '<0.111.0>', status: 'waiting' });
  });

  it('draws supervision edges from a supervisor to each child, not link edges', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot());
    const edges = m.elements().edges;
    const sup = edges.filter((e) => e.kind === 'supervision');
    expect(sup.map((e) => e.target).sort()).toEqual(['<0.111.0>', '<0.112.0>', '<0.113.0>', '<0.114.0>', '<0.115.0>']);
    expect(sup.every((e) => e.source === SUP)).toBe(true);
    const links = edges.filter((e) => e.kind === 'link');
    expect(links).toEqual([{ id: `link:${SHELL}~${SUP}`, source: SHELL, target: SUP, kind: 'link' }]);
    expect(edges.filter((e) => e.kind === 'tree').map((e) => e.target).sort()).toEqual([SHELL, SUP].sort());
  });

  it('groups processes spawned outside any supervisor in one box, with their links', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(
      poolSnapshot([
        proc('<0.120.0>', { links: [SHELL] }),
        proc('<0.121.0>', { registeredName: 'stack', label: 'Stack.loop/1' }),
      ]),
    );
    const a = m.node('<0.120.0>')!;
    const b = m.node('<0.121.0>')!;
    expect(a.parent).toBe(SPAWNED_GROUP_ID);
    expect(b.parent).toBe(SPAWNED_GROUP_ID);
    expect(b.title).toBe('stack');
    expect(m.node(SPAWNED_GROUP_ID)).toMatchObject({ kind: 'group', title: 'spawned processes' });
    const edges = m.elements().edges;
    expect(edges).toContainEqual({ id: `tree:${ROOT_ID}>${SPAWNED_GROUP_ID}`, source: ROOT_ID, target: SPAWNED_GROUP_ID, kind: 'tree' });
    expect(edges).toContainEqual({ id: `link:${SHELL}~<0.120.0>`, source: SHELL, target: '<0.120.0>', kind: 'link' });
    // The shell comes first, then the supervision tree, then the group.
    expect(m.node(SHELL)!.x).toBeLessThan(m.node(SUP)!.x);
    expect(m.node(SUP)!.x).toBeLessThan(a.x);
  });

  it('replaces the previous table with minimal changes', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot([proc('<0.120.0>')]));
    const c = m.applySnapshot(poolSnapshot());
    expect(c.removeNodes.sort()).toEqual(['<0.120.0>', SPAWNED_GROUP_ID].sort());
    expect(c.addNodes).toEqual([]);
  });
});

describe('a supervisor restart', () => {
  it('puts the new child in its predecessor’s place with a restart count, moving nothing else', () => {
    const m = new GraphModel({ ...DOWN, crashMs: 2000 });
    m.applySnapshot(poolSnapshot());
    const before = positions(m);
    const c = restartW2(m, 5000);
    expect(c.addNodes.map((n) => n.id)).toEqual([NEW]);
    expect(c.removeNodes).toEqual([]);
    expect(c.updateNodes.map((n) => n.id)).toEqual([W2]);
    const fresh = m.node(NEW)!;
    expect([fresh.x, fresh.y]).toEqual(before.get(W2));
    expect(fresh).toMatchObject({ restartCount: 1, subtitle: `${NEW} \u21bb1`, crash: null, status: 'waiting' });
    for (const [id, pos] of before) expect(positions(m).get(id)).toEqual(pos);
    expect(c.addEdges.map((e) => e.id)).toEqual([`sup:${SUP}>${NEW}`]);
  });

  it('shows the old node as crashed with its reason and a timestamp, until it expires', () => {
    const m = new GraphModel({ ...DOWN, crashMs: 2000 });
    m.applySnapshot(poolSnapshot());
    restartW2(m, 5000);
    const old = m.node(W2)!;
    expect(old.status).toBe('exited');
    expect(old.crash).toEqual({ reason: ':killed', abnormal: true, since: 5000, until: 7000, replacedBy: NEW });
    expect(old.subtitle).toBe(`${W2} :killed`);
    expect(m.process(W2)).toBeUndefined();
    expect(m.processes().map((p) => p.pid)).toContain(NEW);
    expect(m.nextExpiry()).toBe(7000);

    const early = m.expire(6999);
    expect(early).toEqual({ removeEdges: [], removeNodes: [], addNodes: [], updateNodes: [], addEdges: [], structureChanged: false });

    const before = positions(m);
    const gone = m.expire(7000);
    expect(gone.removeNodes).toEqual([W2]);
    expect(gone.removeEdges).toEqual([`sup:${SUP}>${W2}`]);
    expect(gone.updateNodes).toEqual([]);
    expect(m.nextExpiry()).toBeNull();
    before.delete(W2);
    expect(positions(m)).toEqual(before);
  });

  it('is recognised when the Worker reports only the exit and the new child', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot());
    const before = positions(m);
    m.applyDelta(delta({ removed: [{ pid: W2, reason: ':boom' }], added: [worker(NEW, 2)] }), 10);
    expect(m.node(NEW)).toMatchObject({ restartCount: 1, x: before.get(W2)![0], y: before.get(W2)![1] });
    expect(m.node(W2)!.crash).toMatchObject({ reason: ':boom', replacedBy: NEW });
  });

  it('counts again on each restart of the same child', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot());
    restartW2(m, 0);
    const third = '<0.140.0>';
    m.applyDelta(
      delta({
        removed: [{ pid: NEW, reason: ':killed' }],
        added: [worker(third, 2)],
        restarts: [{ supervisor: SUP, childId: ':worker_2', oldPid: NEW, newPid: third, reason: ':killed' }],
      }),
      100,
    );
    expect(m.node(third)!.restartCount).toBe(2);
    expect(m.node(third)!.x).toBe(m.node(W2)!.x);
  });

  it('takes the old child out even when its exit comes only with the restart', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot());
    m.applyDelta(
      delta({
        added: [worker(NEW, 2)],
        restarts: [{ supervisor: SUP, childId: ':worker_2', oldPid: W2, newPid: NEW, reason: ':shutdown' }],
      }),
      1,
    );
    expect(m.node(W2)!.crash?.reason).toBe(':shutdown');
    expect(m.node(NEW)!.restartCount).toBe(1);
  });

  it('keeps the places of a restarted supervisor’s children without counting them as restarts', () => {
    const m = new GraphModel(DOWN);
    const top = '<0.105.0>';
    m.applySnapshot({
      ...poolSnapshot(),
      processes: [
        proc(top, { kind: 'supervisor', label: 'App.Supervisor' }),
        ...poolSnapshot().processes.map((p) =>
          p.pid === SUP ? { ...p, supervisor: top, childId: 'Pooly.Supervisor', childIndex: 0 } : p,
        ),
      ],
    });
    const before = positions(m);
    const newSup = '<0.150.0>';
    const newWorkers = [0, 1, 2, 3, 4].map((i) => worker(`<0.${151 + i}.0>`, i, { supervisor: newSup }));
    m.applyDelta(
      delta({
        removed: [SUP, '<0.111.0>', '<0.112.0>', '<0.113.0>', '<0.114.0>', '<0.115.0>'].map((pid) => ({ pid, reason: ':shutdown' })),
        added: [proc(newSup, { kind: 'supervisor', label: 'Supervisor.Default', supervisor: top, childId: 'Pooly.Supervisor', childIndex: 0 }), ...newWorkers],
        restarts: [{ supervisor: top, childId: 'Pooly.Supervisor', oldPid: SUP, newPid: newSup, reason: ':killed' }],
      }),
      0,
    );
    expect([m.node(newSup)!.x, m.node(newSup)!.y]).toEqual(before.get(SUP));
    expect(m.node(newSup)!.restartCount).toBe(1);
    newWorkers.forEach((w, i) => {
      expect([m.node(w.pid)!.x, m.node(w.pid)!.y]).toEqual(before.get(`<0.${111 + i}.0>`));
      expect(m.node(w.pid)!.restartCount).toBe(0);
    });
    expect(m.elements().edges.filter((e) => e.kind === 'supervision' && e.source === newSup)).toHaveLength(5);
  });
});

describe('changes and exits', () => {
  it('restyles only the process whose fields changed', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot());
    const c = m.applyDelta(delta({ changed: [{ pid: '<0.111.0>', status: 'running', messageQueueLen: 3 }] }), 0);
    expect(c.updateNodes).toHaveLength(1);
    expect(c.updateNodes[0]).toMatchObject({ id: '<0.111.0>', status: 'running', subtitle: '<0.111.0> \u27093' });
    expect(c.structureChanged).toBe(false);
    expect(c.addNodes.length + c.removeNodes.length + c.addEdges.length + c.removeEdges.length).toBe(0);
  });

  it('ignores reductions-only changes in the picture but keeps them in the table', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot());
    const c = m.applyDelta(delta({ changed: [{ pid: '<0.111.0>', reductions: 999 }] }), 0);
    expect(c.updateNodes).toEqual([]);
    expect(m.process('<0.111.0>')!.reductions).toBe(999);
  });

  it('adds and removes link edges as links change', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot([proc('<0.120.0>'), proc('<0.121.0>')]));
    const c = m.applyDelta(delta({ changed: [{ pid: '<0.120.0>', links: ['<0.121.0>'] }, { pid: '<0.121.0>', links: ['<0.120.0>'] }] }), 0);
    expect(c.addEdges).toEqual([{ id: 'link:<0.120.0>~<0.121.0>', source: '<0.120.0>', target: '<0.121.0>', kind: 'link' }]);
    const d = m.applyDelta(delta({ changed: [{ pid: '<0.120.0>', links: [] }, { pid: '<0.121.0>', links: [] }] }), 0);
    expect(d.removeEdges).toEqual(['link:<0.120.0>~<0.121.0>']);
  });

  it('keeps an exited spawned process in place as crashed, then closes the gap', () => {
    const m = new GraphModel({ ...DOWN, crashMs: 1000 });
    m.applySnapshot(poolSnapshot([proc('<0.120.0>', { links: [SHELL] }), proc('<0.121.0>')]));
    const before = positions(m);
    const c = m.applyDelta(delta({ removed: [{ pid: '<0.120.0>', reason: ':normal' }] }), 50);
    expect(c.removeNodes).toEqual([]);
    // The link it had is drawn broken while the crash shows: the path its exit signal took.
    expect(c.removeEdges).toEqual([`link:${SHELL}~<0.120.0>`]);
    expect(c.addEdges).toEqual([{ id: `xlink:${SHELL}~<0.120.0>`, source: SHELL, target: '<0.120.0>', kind: 'brokenLink' }]);
    expect(m.node('<0.120.0>')!.crash).toEqual({ reason: ':normal', abnormal: false, since: 50, until: 1050, replacedBy: null });
    expect(positions(m)).toEqual(before);
    const e = m.expire(1050);
    expect(e.removeNodes).toEqual(['<0.120.0>']);
    expect(e.removeEdges).toEqual([`xlink:${SHELL}~<0.120.0>`]);
    expect(e.structureChanged).toBe(true);
    expect(m.node('<0.121.0>')!.x).toBeLessThan(before.get('<0.121.0>')![0]);
  });

  it('drops the group box when its last member goes', () => {
    const m = new GraphModel({ ...DOWN, crashMs: 0 });
    m.applySnapshot(poolSnapshot([proc('<0.120.0>')]));
    m.applyDelta(delta({ removed: [{ pid: '<0.120.0>', reason: ':normal' }] }), 0);
    const c = m.expire(0);
    expect(c.removeNodes.sort()).toEqual(['<0.120.0>', SPAWNED_GROUP_ID].sort());
    expect(c.removeEdges).toContain(`tree:${ROOT_ID}>${SPAWNED_GROUP_ID}`);
  });

  it('ignores a delta older than what it has', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot({ ...poolSnapshot(), seq: 1_000_000 });
    const c = m.applyDelta(delta({ removed: [{ pid: W2, reason: ':killed' }] }), 0);
    expect(c.updateNodes).toEqual([]);
    expect(m.process(W2)).toBeDefined();
  });

  it('ignores exits and changes of pids it never saw', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot());
    const c = m.applyDelta(delta({ removed: [{ pid: '<0.999.0>', reason: ':x' }], changed: [{ pid: '<0.998.0>', status: 'running' }] }), 0);
    expect(c.addNodes.length + c.updateNodes.length + c.removeNodes.length).toBe(0);
  });

  it('draws a new shell beside the one that died, then in its place once the crash has faded', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot());
    const pos = positions(m).get(SHELL);
    const NEW_SHELL = '<0.160.0>';
    const c = m.applyDelta(delta({ removed: [{ pid: SHELL, reason: ':killed' }], added: [proc(NEW_SHELL, { kind: 'shell', label: 'IEx.Evaluator' })] }), 0);
    expect(c.addNodes.map((n) => n.id)).toContain(NEW_SHELL);
    // Both drawn, apart: the crash where the shell stood, the new shell visible beside it.
    expect([m.node(SHELL)!.x, m.node(SHELL)!.y]).toEqual(pos);
    expect([m.node(NEW_SHELL)!.x, m.node(NEW_SHELL)!.y]).not.toEqual(pos);
    expect(m.node(SHELL)!.crash!.replacedBy).toBe(NEW_SHELL);
    expect(m.node(NEW_SHELL)!.restartCount).toBe(0);
    expect(m.tree()[0]!.children.slice(0, 2).map((i) => i.node.pid)).toEqual([SHELL, NEW_SHELL]);
    m.expire(DEFAULT_CRASH_MS);
    expect(m.node(SHELL)).toBeUndefined();
    expect([m.node(NEW_SHELL)!.x, m.node(NEW_SHELL)!.y]).toEqual(pos);
  });
});

describe('the text tree', () => {
  function flat(items: TreeItem[], depth = 0): string[] {
    return items.flatMap((i) => [`${'  '.repeat(depth)}${i.node.title} ${i.node.pid ?? ''}`.trimEnd(), ...flat(i.children, depth + 1)]);
  }

  it('nests the same nodes as the picture, in the same order', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot([proc('<0.120.0>', { label: 'Stack.loop/1' })]));
    expect(flat(m.tree())).toEqual([
      'nonode@nohost',
      `  IEx.Evaluator ${SHELL}`,
      `  Pooly.Supervisor ${SUP}`,
      '    Pooly.Worker <0.111.0>',
      '    Pooly.Worker <0.112.0>',
      '    Pooly.Worker <0.113.0>',
      '    Pooly.Worker <0.114.0>',
      '    Pooly.Worker <0.115.0>',
      '  spawned processes',
      '    Stack.loop/1 <0.120.0>',
    ]);
  });

  it('keeps the same item objects for what did not change, so views redraw only the rest', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot([proc('<0.120.0>')]));
    const before = m.tree();
    m.applyDelta(delta({ changed: [{ pid: '<0.114.0>', status: 'running' }] }), 0);
    const after = m.tree();
    const sup = (t: TreeItem[]) => t[0]!.children[1]!;
    expect(after[0]!.children[0]).toBe(before[0]!.children[0]); // the shell
    expect(after[0]!.children[2]).toBe(before[0]!.children[2]); // the group
    expect(sup(after).children[0]).toBe(sup(before).children[0]);
    expect(sup(after).children[3]).not.toBe(sup(before).children[3]);
    expect(sup(after).children[3]!.node.status).toBe('running');
  });

  it('lists a crashed child just before the child that replaced it', () => {
    const m = new GraphModel(DOWN);
    m.applySnapshot(poolSnapshot());
    restartW2(m, 0);
    const sup = m.tree()[0]!.children[1]!;
    expect(sup.children.map((c) => c.id)).toEqual(['<0.111.0>', '<0.112.0>', W2, NEW, '<0.114.0>', '<0.115.0>']);
    expect(sup.children[2]!.node.crash).not.toBeNull();
  });
});

describe('layout', () => {
  function overlaps(nodes: GraphNode[]): string[] {
    const boxes = nodes.filter((n) => n.kind !== 'root' && n.kind !== 'group' && n.crash === null);
    const bad: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (Math.abs(a.x - b.x) < LAYOUT.nodeWidth && Math.abs(a.y - b.y) < LAYOUT.nodeHeight) bad.push(`${a.id} ${b.id}`);
      }
    }
    return bad;
  }

  it.each(['down', 'right'] as const)('wraps 200 workers into a grid without overlaps and restarts one in constant place (%s)', (orientation) => {
    const many = Array.from({ length: 200 }, (_, i) => worker(`<0.${1000 + i}.0>`, i));
    const m = new GraphModel({ orientation });
    m.applySnapshot({ ...poolSnapshot(), processes: [poolSnapshot().processes[1]!, ...many] });
    const nodes = m.elements().nodes;
    expect(overlaps(nodes)).toEqual([]);
    const xs = new Set(many.map((w) => m.node(w.pid)!.x));
    const ys = new Set(many.map((w) => m.node(w.pid)!.y));
    expect(xs.size).toBeGreaterThan(6);
    expect(ys.size).toBeGreaterThan(6);
    const before = positions(m);
    const t0 = performance.now();
    const c = m.applyDelta(
      delta({
        removed: [{ pid: '<0.1050.0>', reason: ':killed' }],
        added: [worker('<0.2000.0>', 50)],
        restarts: [{ supervisor: SUP, childId: ':worker_50', oldPid: '<0.1050.0>', newPid: '<0.2000.0>', reason: ':killed' }],
      }),
      0,
    );
    const elapsed = performance.now() - t0;
    expect(c.updateNodes.map((n) => n.id)).toEqual(['<0.1050.0>']);
    expect([m.node('<0.2000.0>')!.x, m.node('<0.2000.0>')!.y]).toEqual(before.get('<0.1050.0>'));
    // Ten deltas a second must leave the page idle: far under a frame's budget.
    expect(elapsed).toBeLessThan(50);
  });

  it.each(['down', 'right'] as const)('keeps group members apart, below the group label (%s)', (orientation) => {
    const m = new GraphModel({ orientation });
    m.applySnapshot(poolSnapshot(Array.from({ length: 9 }, (_, i) => proc(`<0.${200 + i}.0>`))));
    const box = m.node(SPAWNED_GROUP_ID)!;
    const members = m.elements().nodes.filter((n) => n.parent === SPAWNED_GROUP_ID);
    expect(members).toHaveLength(9);
    expect(overlaps(m.elements().nodes)).toEqual([]);
    for (const n of members) expect(n.y).toBeGreaterThan(box.y - 200);
  });
});

describe('growing to the right, as in the Observer', () => {
  it('stacks the workers in a column right of their supervisor, the root leftmost', () => {
    const m = new GraphModel({ orientation: 'right' });
    m.applySnapshot(poolSnapshot());
    const ws = [0, 1, 2, 3, 4].map((i) => m.node(`<0.${111 + i}.0>`)!);
    for (let i = 1; i < ws.length; i++) {
      expect(ws[i]!.y).toBeGreaterThan(ws[i - 1]!.y);
      expect(ws[i]!.x).toBe(ws[0]!.x);
    }
    const sup = m.node(SUP)!;
    expect(sup.x).toBeLessThan(ws[0]!.x);
    expect(sup.y).toBeCloseTo((ws[0]!.y + ws[4]!.y) / 2);
    expect(m.node(ROOT_ID)!.x).toBeLessThan(sup.x);
  });

  it('switches orientation by moving nodes only', () => {
    const m = new GraphModel({ orientation: 'right' });
    m.applySnapshot(poolSnapshot([proc('<0.120.0>')]));
    const c = m.setOrientation('down');
    expect(c.addNodes.length + c.removeNodes.length + c.addEdges.length + c.removeEdges.length).toBe(0);
    expect(c.structureChanged).toBe(true);
    expect(c.updateNodes.length).toBeGreaterThan(5);
    expect(m.layoutOrientation).toBe('down');
    expect(m.node('<0.112.0>')!.y).toBe(m.node('<0.111.0>')!.y);
  });

  it.each(['down', 'right'] as const)('moves nothing of the supervision tree when a spawned process appears (%s)', (orientation) => {
    const m = new GraphModel({ orientation });
    m.applySnapshot(poolSnapshot([proc('<0.120.0>')]));
    const before = positions(m);
    m.applyDelta(delta({ added: [proc('<0.121.0>')] }), 0);
    for (const id of [SHELL, SUP, '<0.111.0>', '<0.115.0>', '<0.120.0>']) expect(positions(m).get(id)).toEqual(before.get(id));
  });

  it('restarts a child in place', () => {
    const m = new GraphModel({ orientation: 'right' });
    m.applySnapshot(poolSnapshot());
    const before = positions(m);
    const c = restartW2(m, 0);
    expect(c.updateNodes.map((n) => n.id)).toEqual([W2]);
    expect([m.node(NEW)!.x, m.node(NEW)!.y]).toEqual(before.get(W2));
  });
});

/** Applies changes to a plain stand-in for the drawn graph. */
function applyTo(graph: { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge> }, c: GraphChanges): void {
  for (const id of c.removeEdges) {
    expect(graph.edges.has(id)).toBe(true);
    graph.edges.delete(id);
  }
  for (const id of c.removeNodes) {
    expect(graph.nodes.has(id)).toBe(true);
    graph.nodes.delete(id);
  }
  for (const n of c.addNodes) {
    expect(graph.nodes.has(n.id)).toBe(false);
    graph.nodes.set(n.id, n);
  }
  for (const n of c.updateNodes) {
    expect(graph.nodes.has(n.id)).toBe(true);
    graph.nodes.set(n.id, n);
  }
  for (const e of c.addEdges) {
    expect(graph.edges.has(e.id)).toBe(false);
    expect(graph.nodes.has(e.source) && graph.nodes.has(e.target)).toBe(true);
    graph.edges.set(e.id, e);
  }
}

describe('incremental changes', () => {
  it('rebuild exactly the model’s elements when applied in order', () => {
    const m = new GraphModel({ ...DOWN, crashMs: 100 });
    const g = { nodes: new Map<string, GraphNode>(), edges: new Map<string, GraphEdge>() };
    applyTo(g, m.applySnapshot(poolSnapshot([proc('<0.120.0>', { links: [SHELL] })])));
    applyTo(g, restartW2(m, 0));
    applyTo(g, m.applyDelta(delta({ added: [proc('<0.121.0>', { links: ['<0.120.0>'] })], changed: [{ pid: '<0.120.0>', links: [SHELL, '<0.121.0>'] }] }), 10));
    applyTo(g, m.applyDelta(delta({ removed: [{ pid: '<0.120.0>', reason: ':boom' }], changed: [{ pid: '<0.121.0>', links: [] }] }), 20));
    applyTo(g, m.expire(200));
    const els = m.elements();
    expect([...g.nodes.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(els.nodes.sort((a, b) => a.id.localeCompare(b.id)));
    expect([...g.edges.keys()].sort()).toEqual(els.edges.map((e) => e.id).sort());
  });
});
