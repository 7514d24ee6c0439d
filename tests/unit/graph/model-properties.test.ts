// Random observer histories: whatever the Worker reports, the changes the model hands out keep a
// drawn graph identical to the model, live nodes never overlap, and a supervisor restart never
// moves any other node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphModel, LAYOUT, type GraphChanges, type GraphEdge, type GraphNode, type Orientation } from '../../../src/ui/graph/model.ts';
import type { ObserverDeltaEvent, ProcessSummary } from '../../../src/worker/protocol.ts';
import { poolSnapshot, proc, SHELL, SUP, worker } from './fixtures.ts';

type Step =
  | { kind: 'spawn'; linkTo: number }
  | { kind: 'exit'; victim: number }
  | { kind: 'restart'; victim: number }
  | { kind: 'status'; victim: number; status: ProcessSummary['status']; queue: number }
  | { kind: 'addChild' }
  | { kind: 'adopt'; victim: number }
  | { kind: 'rename'; victim: number; name: string | null }
  | { kind: 'expire' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('spawn' as const), linkTo: fc.nat(50) }),
  fc.record({ kind: fc.constant('exit' as const), victim: fc.nat(50) }),
  fc.record({ kind: fc.constant('restart' as const), victim: fc.nat(50) }),
  fc.record({
    kind: fc.constant('status' as const),
    victim: fc.nat(50),
    status: fc.constantFrom('running', 'runnable', 'waiting', 'exiting') as fc.Arbitrary<ProcessSummary['status']>,
    queue: fc.nat(3),
  }),
  fc.record({ kind: fc.constant('addChild' as const) }),
  fc.record({ kind: fc.constant('adopt' as const), victim: fc.nat(50) }),
  fc.record({ kind: fc.constant('rename' as const), victim: fc.nat(50), name: fc.option(fc.constantFrom('stack', 'Pooly.Server', 'a_very_long_registered_name')) }),
  fc.record({ kind: fc.constant('expire' as const) }),
);

function applyTo(graph: { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge> }, c: GraphChanges): void {
  for (const id of c.removeEdges) if (!graph.edges.delete(id)) throw new Error(`removed unknown edge ${id}`);
  for (const id of c.removeNodes) if (!graph.nodes.delete(id)) throw new Error(`removed unknown node ${id}`);
  for (const n of c.addNodes) {
    if (graph.nodes.has(n.id)) throw new Error(`added twice ${n.id}`);
    if (n.parent !== null && !graph.nodes.has(n.parent) && !c.addNodes.some((x) => x.id === n.parent)) {
      throw new Error(`parent missing for ${n.id}`);
    }
    graph.nodes.set(n.id, n);
  }
  for (const n of c.updateNodes) {
    const old = graph.nodes.get(n.id);
    if (old === undefined) throw new Error(`updated unknown ${n.id}`);
    // Cytoscape cannot move a node between group boxes by a data update.
    if (old.parent !== n.parent) throw new Error(`parent changed in place for ${n.id}`);
    graph.nodes.set(n.id, n);
  }
  for (const e of c.addEdges) {
    if (graph.edges.has(e.id)) throw new Error(`edge added twice ${e.id}`);
    if (!graph.nodes.has(e.source) || !graph.nodes.has(e.target)) throw new Error(`dangling edge ${e.id}`);
    graph.edges.set(e.id, e);
  }
}

function overlapping(nodes: GraphNode[]): string | null {
  const live = nodes.filter((n) => n.pid !== null && n.crash === null);
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i]!;
      const b = live[j]!;
      if (Math.abs(a.x - b.x) < LAYOUT.nodeWidth - 1 && Math.abs(a.y - b.y) < LAYOUT.nodeHeight - 1) return `${a.id} ${b.id}`;
    }
  }
  return null;
}

describe('random observer histories', () => {
  it.each(['down', 'right'] as Orientation[])('keep the drawn graph equal to the model (%s)', (orientation) => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const m = new GraphModel({ crashMs: 100, orientation });
        const g = { nodes: new Map<string, GraphNode>(), edges: new Map<string, GraphEdge>() };
        applyTo(g, m.applySnapshot(poolSnapshot()));
        let next = 300;
        let seq = 0;
        let now = 0;
        let childIndex = 5;
        for (const s of steps) {
          now += 30;
          const live = m.processes().filter((p) => p.pid !== SHELL && p.pid !== SUP);
          const d: ObserverDeltaEvent = { type: 'observerDelta', seq: ++seq, added: [], removed: [], changed: [], restarts: [] };
          let restarted: { old: string; fresh: string } | null = null;
          if (s.kind === 'spawn') {
            const all = m.processes();
            const other = all[s.linkTo % all.length]!.pid;
            d.added.push(proc(`<0.${next++}.0>`, { links: [other] }));
            d.changed.push({ pid: other, links: [...m.process(other)!.links, `<0.${next - 1}.0>`] });
          } else if (s.kind === 'addChild') {
            d.added.push(worker(`<0.${next++}.0>`, childIndex++));
          } else if (s.kind === 'expire') {
            applyTo(g, m.expire(now));
            continue;
          } else if (live.length > 0) {
            const victim = live[s.victim % live.length]!;
            if (s.kind === 'exit') d.removed.push({ pid: victim.pid, reason: ':normal' });
            else if (s.kind === 'rename') d.changed.push({ pid: victim.pid, registeredName: s.name });
            else if (s.kind === 'adopt') {
              // The Worker learns late that a process is a supervisor's child: it moves into the tree.
              if (victim.supervisor === null) d.changed.push({ pid: victim.pid, supervisor: SUP, kind: 'worker', childId: `:adopted_${childIndex}`, childIndex: childIndex++ });
            }
            else if (s.kind === 'status') d.changed.push({ pid: victim.pid, status: s.status, messageQueueLen: s.queue });
            else if (victim.supervisor === SUP) {
              const fresh = `<0.${next++}.0>`;
              d.removed.push({ pid: victim.pid, reason: ':killed' });
              d.added.push(worker(fresh, victim.childIndex!, { childId: victim.childId }));
              d.restarts.push({ supervisor: SUP, childId: victim.childId!, oldPid: victim.pid, newPid: fresh, reason: ':killed' });
              restarted = { old: victim.pid, fresh };
            }
          }
          const before = new Map(m.elements().nodes.map((n) => [n.id, [n.x, n.y]]));
          const c = m.applyDelta(d, now);
          applyTo(g, c);
          if (restarted !== null) {
            // Nothing but the crashed child changes place or look, and the new one sits on it.
            expect(c.updateNodes.map((n) => n.id)).toEqual([restarted.old]);
            expect([m.node(restarted.fresh)!.x, m.node(restarted.fresh)!.y]).toEqual(before.get(restarted.old));
            for (const [id, pos] of before) expect([m.node(id)!.x, m.node(id)!.y]).toEqual(pos);
          }
          expect(overlapping(m.elements().nodes)).toBeNull();
        }
        const els = m.elements();
        expect(new Map(els.nodes.map((n) => [n.id, n]))).toEqual(g.nodes);
        expect([...g.edges.keys()].sort()).toEqual(els.edges.map((e) => e.id).sort());
        // The text tree holds exactly the drawn nodes.
        const ids: string[] = [];
        const walk = (items: ReturnType<GraphModel['tree']>): void => {
          for (const i of items) {
            ids.push(i.id);
            walk(i.children);
          }
        };
        walk(m.tree());
        expect(ids.sort()).toEqual([...g.nodes.keys()].sort());
      }),
      { numRuns: 200 },
    );
  });
});
