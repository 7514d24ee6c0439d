// The process graph as data: it takes the Worker's observer snapshot and deltas and answers with
// the element changes (nodes and edges to add, update or remove) that bring a drawn graph up to
// date. It knows nothing of Cytoscape or the DOM, so it runs in unit tests as it is.
//
// Places in the tree are "slots" keyed by the supervision path (supervisor's slot + child id),
// not by pid, so a restarted child, or the children of a restarted supervisor, land exactly
// where their predecessors stood and nothing else moves. A process that exits is kept for a
// while as a crashed node (its reason and the time it went, as data) drawn over its slot, so
// the learner sees the crash and then the new pid in the same place; `expire(now)` drops it.
// Positions are computed here by a small deterministic tidy tree, so the same table always
// gives the same picture.
import type {
  ObserverDeltaEvent,
  ObserverSnapshotEvent,
  PidText,
  ProcessKind,
  ProcessStatus,
  ProcessSummary,
  SystemSummary,
} from '../../worker/protocol.ts';

export type NodeKind = ProcessKind | 'root' | 'group';
/** Where the tree grows from the root: downwards, or to the right as in the Observer. */
export type Orientation = 'down' | 'right';
/** `brokenLink`: a link one of whose ends has just exited (drawn while the crash is shown). */
export type EdgeKind = 'tree' | 'supervision' | 'link' | 'brokenLink';

/** How a process that has exited is still shown, until `until`. */
export interface CrashInfo {
  reason: string;
  /**
   * False for `:normal`, `:shutdown` and `{:shutdown, _}`: the reasons supervisors and the
   * logger do not report. Such a process ended; only the others crashed.
   */
  abnormal: boolean;
  /** When the exit was seen (the `now` given to the model). */
  since: number;
  until: number;
  /** The pid that took its place when a supervisor restarted it, or null. */
  replacedBy: PidText | null;
}

/** One node as it is drawn: element data for Cytoscape and the text tree alike. */
export interface GraphNode {
  /** The pid for processes; `root`, `group:spawned`, `group:system` otherwise. */
  id: string;
  kind: NodeKind;
  pid: PidText | null;
  /** First line: registered name, else module or initial call. */
  title: string;
  /** Second line: the pid, the restart count, the mailbox size, or the crash reason. */
  subtitle: string;
  status: ProcessStatus | null;
  restartCount: number;
  messageQueueLen: number;
  crash: CrashInfo | null;
  /** The group box it is drawn in, or null. */
  parent: string | null;
  x: number;
  y: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
}

/** What to do to a drawn graph to make it match the model. Apply in the order of the fields. */
export interface GraphChanges {
  removeEdges: string[];
  removeNodes: string[];
  addNodes: GraphNode[];
  /** Full new data for nodes whose look or place changed. */
  updateNodes: GraphNode[];
  addEdges: GraphEdge[];
  /** Nodes appeared, disappeared or moved: the picture's extent changed. */
  structureChanged: boolean;
}

/** A node of the accessible text tree, in the same order as the picture. */
export interface TreeItem {
  id: string;
  node: GraphNode;
  children: TreeItem[];
}

export const LAYOUT = {
  nodeWidth: 150,
  nodeHeight: 44,
  columnGap: 14,
  rowGap: 56,
  gridRowGap: 16,
  /** Children that are all leaves wrap into a grid past this many in a row (down)... */
  maxRow: 6,
  /** ...or in a column (right). */
  maxColumn: 8,
  /** Between siblings stacked in a column, and between levels, when the tree grows right. */
  stackGap: 10,
  levelGap: 48,
  groupPadding: 14,
  groupLabel: 22,
} as const;

/** How long an exited process stays drawn as crashed, in the units of `now` (ms). */
export const DEFAULT_CRASH_MS = 2500;

export const ROOT_ID = 'root';
export const SPAWNED_GROUP_ID = 'group:spawned';
export const SYSTEM_GROUP_ID = 'group:system';

interface Entry {
  p: ProcessSummary;
  slot: string;
  crash: CrashInfo | null;
  /** The restart count it showed when it exited: later restarts in its place are not its own. */
  restartsAtExit?: number;
}

interface Slot {
  key: string;
  /** The slot of the supervisor it hangs under, or null for the root's children and groups. */
  parent: string | null;
  /** Creation order, for a stable left-to-right place among siblings. */
  order: number;
  restarts: number;
}

interface LayoutNode {
  id: string;
  slot: string | null;
  kind: NodeKind;
  /** Process entries drawn at this place: at most one alive, plus crashed predecessors. */
  entries: Entry[];
  children: LayoutNode[];
  x: number;
  y: number;
}

/**
 * Whether an exit reason (inspected, as the Worker sends it) is a crash, by OTP's rule: a
 * supervisor restarts a transient child and the logger reports a process only for reasons other
 * than `:normal`, `:shutdown` and `{:shutdown, term}`.
 */
export function isAbnormalExit(reason: string): boolean {
  const r = reason.trim();
  return !(r === ':normal' || r === ':shutdown' || /^\{:shutdown,/.test(r));
}

/** Orders pids the way the BEAM does: by the three numbers, not as text. */
export function comparePids(a: PidText, b: PidText): number {
  const pa = pidNumbers(a);
  const pb = pidNumbers(b);
  for (let i = 0; i < 3; i++) {
    if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  }
  return 0;
}

function pidNumbers(pid: PidText): number[] {
  const m = /<(\d+)\.(\d+)\.(\d+)>/.exec(pid);
  return m === null ? [0, 0, 0] : [Number(m[1]), Number(m[2]), Number(m[3])];
}

export class GraphModel {
  /** Live processes and crashed ones still shown, by pid. */
  private readonly entries = new Map<PidText, Entry>();
  private readonly slots = new Map<string, Slot>();
  /** Pids by slot, live and crashed: an index over `entries` kept in step with it. */
  private readonly members = new Map<string, Set<PidText>>();
  private slotCounter = 0;
  private drawnNodes = new Map<string, GraphNode>();
  private drawnEdges = new Map<string, GraphEdge>();
  private treeRoot: LayoutNode | null = null;
  private treeItems = new Map<string, TreeItem>();
  private lastSeq = -1;
  system: SystemSummary | null = null;

  readonly crashMs: number;
  private orientation: Orientation;
  /** How many leaves side by side the pane shows readably, when the view has said. */
  private leafRun: number | null = null;

  constructor(options: { crashMs?: number; orientation?: Orientation } = {}) {
    this.crashMs = options.crashMs ?? DEFAULT_CRASH_MS;
    this.orientation = options.orientation ?? 'right';
  }

  get layoutOrientation(): Orientation {
    return this.orientation;
  }

  /**
   * At most this many leaf siblings side by side (along breadth): more wrap into a grid, so a
   * pool started in a narrow pane fits it at a readable zoom. Null: the layout's own limits.
   */
  setLeafRun(run: number | null): GraphChanges {
    this.preferLeafRun(run);
    return this.reconcile();
  }

  /** The same, taking effect with the next change (a flip lays everything out anyway). */
  preferLeafRun(run: number | null): void {
    this.leafRun = run === null ? null : Math.max(1, Math.floor(run));
  }

  /** Lays the tree out the other way; every node moves, nothing else changes. */
  setOrientation(o: Orientation): GraphChanges {
    this.orientation = o;
    return this.reconcile();
  }

  // -------------------------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------------------------

  /** A live process by pid (crashed ones are not processes any more). */
  process(pid: PidText): ProcessSummary | undefined {
    const e = this.entries.get(pid);
    return e !== undefined && e.crash === null ? e.p : undefined;
  }

  /** Every live process, in pid order. */
  processes(): ProcessSummary[] {
    const out: ProcessSummary[] = [];
    for (const e of this.entries.values()) if (e.crash === null) out.push(e.p);
    return out.sort((a, b) => comparePids(a.pid, b.pid));
  }

  /** The crash shown for an exited pid, while it is shown. */
  crashOf(pid: PidText): CrashInfo | null {
    return this.entries.get(pid)?.crash ?? null;
  }

  /** The drawn elements, for a graph created after the model already holds data. */
  elements(): { nodes: GraphNode[]; edges: GraphEdge[] } {
    return { nodes: [...this.drawnNodes.values()], edges: [...this.drawnEdges.values()] };
  }

  node(id: string): GraphNode | undefined {
    return this.drawnNodes.get(id);
  }

  /** The text alternative of the picture: the same nodes, nested as drawn. */
  tree(): TreeItem[] {
    if (this.treeRoot === null) return [];
    const seen = new Map<string, TreeItem>();
    const item = (id: string, node: GraphNode, children: TreeItem[]): TreeItem => {
      // Items whose node and children did not change are the same objects as last time, so a
      // keyed view of 200 processes redraws only what changed.
      const old = this.treeItems.get(id);
      const same =
        old !== undefined &&
        old.node === node &&
        old.children.length === children.length &&
        old.children.every((c, i) => c === children[i]);
      const it = same ? old : { id, node, children };
      seen.set(id, it);
      return it;
    };
    const walk = (l: LayoutNode): TreeItem[] => {
      const kids = l.children.flatMap(walk);
      if (l.entries.length === 0) {
        const node = this.drawnNodes.get(l.id);
        return node === undefined ? kids : [item(l.id, node, kids)];
      }
      // Crashed predecessors first, each a sibling of the live process that replaced it.
      const items: TreeItem[] = [];
      const ordered = [...l.entries].sort((a, b) => Number(a.crash === null) - Number(b.crash === null));
      ordered.forEach((e, i) => {
        const node = this.drawnNodes.get(e.p.pid);
        if (node !== undefined) items.push(item(node.id, node, i === ordered.length - 1 ? kids : []));
      });
      return items;
    };
    const out = walk(this.treeRoot);
    this.treeItems = seen;
    return out;
  }

  /** When the next crashed node is due to go, or null: the caller's timer target. */
  nextExpiry(): number | null {
    let next: number | null = null;
    for (const e of this.entries.values()) {
      if (e.crash !== null && (next === null || e.crash.until < next)) next = e.crash.until;
    }
    return next;
  }

  // -------------------------------------------------------------------------------------------
  // Updating
  // -------------------------------------------------------------------------------------------

  /** Replaces everything with a fresh table (observing started, or the runtime was reset). */
  applySnapshot(snapshot: ObserverSnapshotEvent): GraphChanges {
    this.entries.clear();
    this.members.clear();
    this.slots.clear();
    this.slotCounter = 0;
    this.lastSeq = snapshot.seq;
    this.system = snapshot.system;
    this.addProcesses(snapshot.processes, new Map());
    return this.reconcile();
  }

  /** Applies one delta; `now` stamps the crashes it reports. Stale deltas change nothing. */
  applyDelta(delta: ObserverDeltaEvent, now: number): GraphChanges {
    if (delta.seq <= this.lastSeq) return this.reconcile();
    this.lastSeq = delta.seq;
    if (delta.system !== undefined) this.system = delta.system;

    const restartOf = new Map(delta.restarts.map((r) => [r.newPid, r]));
    const replacedBy = new Map(delta.restarts.map((r) => [r.oldPid, r.newPid]));
    for (const r of delta.restarts) {
      // The old child is gone even if its exit is not in this delta.
      if (!delta.removed.some((x) => x.pid === r.oldPid)) this.markExited(r.oldPid, r.reason, now, r.newPid);
    }
    for (const x of delta.removed) this.markExited(x.pid, x.reason, now, replacedBy.get(x.pid) ?? null);

    const inherited = new Map<PidText, string>();
    for (const r of restartOf.values()) {
      const old = this.entries.get(r.oldPid);
      if (old !== undefined) inherited.set(r.newPid, old.slot);
    }
    this.addProcesses(delta.added, inherited);

    for (const c of delta.changed) {
      const e = this.entries.get(c.pid);
      if (e === undefined || e.crash !== null) continue;
      const before = e.p;
      e.p = { ...before, ...c };
      if (
        before.supervisor !== e.p.supervisor ||
        before.childId !== e.p.childId ||
        before.childIndex !== e.p.childIndex ||
        before.kind !== e.p.kind
      ) {
        const want = this.slotKey(e.p);
        if (want.key !== e.slot) {
          const slot = this.claimSlot(want, e.p.pid, this.slots.get(e.slot)?.order);
          this.unindex(e);
          e.slot = slot;
          this.index(e);
        }
      }
    }
    return this.reconcile();
  }

  /** Drops crashed nodes whose time is up. */
  expire(now: number): GraphChanges {
    for (const [pid, e] of this.entries) {
      if (e.crash !== null && e.crash.until <= now) {
        this.entries.delete(pid);
        this.unindex(e);
      }
    }
    this.dropEmptySlots();
    return this.reconcile();
  }

  private markExited(pid: PidText, reason: string, now: number, replacedBy: PidText | null): void {
    const e = this.entries.get(pid);
    if (e === undefined) return;
    if (e.crash !== null) {
      if (replacedBy !== null) e.crash = { ...e.crash, replacedBy };
      return;
    }
    e.restartsAtExit = Math.max(e.p.restartCount, this.slots.get(e.slot)?.restarts ?? 0);
    e.p = { ...e.p, status: 'exited', exitReason: reason, messageQueueLen: 0 };
    e.crash = { reason, abnormal: isAbnormalExit(reason), since: now, until: now + this.crashMs, replacedBy };
  }

  private addProcesses(list: readonly ProcessSummary[], inherited: Map<PidText, string>): void {
    // Pid order is creation order: supervisors before their children, first-started first.
    const sorted = [...list].sort((a, b) => comparePids(a.pid, b.pid));
    for (const p of sorted) {
      const existing = this.entries.get(p.pid);
      if (existing !== undefined && existing.crash === null) {
        existing.p = p;
        continue;
      }
      const from = inherited.get(p.pid);
      let slot: string;
      if (from !== undefined) {
        slot = from;
        const s = this.slots.get(from);
        if (s !== undefined) s.restarts++;
      } else {
        const want = this.slotKey(p);
        const crashed = this.liveOccupant(want.key) === null ? this.occupants(want.key) : [];
        slot = this.claimSlot(want, p.pid);
        // A child that its own supervisor starts where its crashed predecessor stands is that
        // child restarted, even when the Worker did not say so. (The fresh children of a
        // restarted supervisor take their predecessors' places too, but are not restarts.)
        if (p.supervisor !== null && crashed.some((o) => o.p.supervisor === p.supervisor)) {
          this.slots.get(slot)!.restarts++;
        }
        for (const o of crashed) if (o.crash !== null && o.crash.replacedBy === null) o.crash.replacedBy = p.pid;
        // IEx's new shell replaces the one that died, though in a place of its own.
        if (p.kind === 'shell') {
          for (const o of this.entries.values()) if (o.p.kind === 'shell' && o.crash !== null && o.crash.replacedBy === null) o.crash.replacedBy = p.pid;
        }
      }
      if (existing !== undefined) this.unindex(existing);
      const entry: Entry = { p, slot, crash: null };
      this.entries.set(p.pid, entry);
      this.index(entry);
    }
  }

  /** Where a process belongs: under its supervisor by child id, else by what it is. */
  private slotKey(p: ProcessSummary): { key: string; parent: string | null } {
    // A new shell is a new evaluator process, not a child restarted in place: it is drawn
    // beside the crashed one at once (the learner's next input already runs in it), and takes
    // the first place when the crash has faded.
    if (p.kind === 'shell') return { key: `shell/${p.pid}`, parent: null };
    if (p.supervisor !== null) {
      const sup = this.entries.get(p.supervisor);
      if (sup !== undefined) {
        const child = p.childId ?? (p.childIndex !== null ? `#${p.childIndex}` : p.pid);
        return { key: `${sup.slot}/${child}`, parent: sup.slot };
      }
    }
    if (p.kind === 'system') return { key: `system/${p.pid}`, parent: null };
    if (p.kind === 'supervisor') return { key: `top/${p.pid}`, parent: null };
    return { key: `spawned/${p.pid}`, parent: null };
  }

  /** Takes the slot for `want`, or a fresh one beside it when a live process already holds it. */
  private claimSlot(want: { key: string; parent: string | null }, pid: PidText, order?: number): string {
    const live = this.liveOccupant(want.key);
    const key = live !== null && live !== pid ? `${want.key}#${pid}` : want.key;
    if (!this.slots.has(key)) {
      this.slots.set(key, { key, parent: want.parent, order: order ?? this.slotCounter++, restarts: 0 });
    }
    return key;
  }

  private index(e: Entry): void {
    let set = this.members.get(e.slot);
    if (set === undefined) this.members.set(e.slot, (set = new Set()));
    set.add(e.p.pid);
  }

  private unindex(e: Entry): void {
    const set = this.members.get(e.slot);
    set?.delete(e.p.pid);
    if (set !== undefined && set.size === 0) this.members.delete(e.slot);
  }

  private occupants(slot: string): Entry[] {
    const out: Entry[] = [];
    for (const pid of this.members.get(slot) ?? []) out.push(this.entries.get(pid)!);
    return out;
  }

  private liveOccupant(slot: string): PidText | null {
    for (const pid of this.members.get(slot) ?? []) if (this.entries.get(pid)!.crash === null) return pid;
    return null;
  }

  private dropEmptySlots(): void {
    for (const k of this.slots.keys()) if (!this.members.has(k)) this.slots.delete(k);
  }

  // -------------------------------------------------------------------------------------------
  // Building the picture
  // -------------------------------------------------------------------------------------------

  private reconcile(): GraphChanges {
    this.dropEmptySlots();
    const { nodes, edges, root } = this.build();
    this.treeRoot = root;
    const changes: GraphChanges = {
      removeEdges: [],
      removeNodes: [],
      addNodes: [],
      updateNodes: [],
      addEdges: [],
      structureChanged: false,
    };
    const reparented = new Set<string>();
    for (const [id, old] of this.drawnNodes) {
      const now = nodes.get(id);
      if (now === undefined) {
        changes.removeNodes.push(id);
      } else if (now.parent !== old.parent) {
        // A node cannot change box in place: it is removed and added again.
        changes.removeNodes.push(id);
        changes.addNodes.push(now);
        reparented.add(id);
      } else if (!sameNode(old, now)) {
        changes.updateNodes.push(now);
        if (old.x !== now.x || old.y !== now.y) changes.structureChanged = true;
      } else {
        // Unchanged nodes keep their identity, so views keyed on them skip work.
        nodes.set(id, old);
      }
    }
    for (const [id, n] of nodes) if (!this.drawnNodes.has(id)) changes.addNodes.push(n);
    for (const [id, old] of this.drawnEdges) {
      const now = edges.get(id);
      if (now === undefined || reparented.has(old.source) || reparented.has(old.target)) changes.removeEdges.push(id);
    }
    for (const [id, e] of edges) {
      if (!this.drawnEdges.has(id) || reparented.has(e.source) || reparented.has(e.target)) changes.addEdges.push(e);
    }
    if (changes.addNodes.length > 0 || changes.removeNodes.length > 0) changes.structureChanged = true;
    this.drawnNodes = nodes;
    this.drawnEdges = edges;
    return changes;
  }

  private build(): { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge>; root: LayoutNode | null } {
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    if (this.entries.size === 0) return { nodes, edges, root: null };

    // Slots into layout nodes, then layout nodes into a tree by slot path.
    const bySlot = new Map<string, LayoutNode>();
    for (const e of this.entries.values()) {
      let l = bySlot.get(e.slot);
      if (l === undefined) {
        l = { id: e.p.pid, slot: e.slot, kind: e.p.kind, entries: [], children: [], x: 0, y: 0 };
        bySlot.set(e.slot, l);
      }
      l.entries.push(e);
      if (e.crash === null) {
        l.id = e.p.pid;
        l.kind = e.p.kind;
      }
    }
    const root: LayoutNode = { id: ROOT_ID, slot: null, kind: 'root', entries: [], children: [], x: 0, y: 0 };
    const spawned: LayoutNode = { id: SPAWNED_GROUP_ID, slot: null, kind: 'group', entries: [], children: [], x: 0, y: 0 };
    const system: LayoutNode = { id: SYSTEM_GROUP_ID, slot: null, kind: 'group', entries: [], children: [], x: 0, y: 0 };
    const topLevel: LayoutNode[] = [];
    for (const l of bySlot.values()) {
      const key = l.slot!;
      const cut = this.slots.get(key)?.parent ?? null;
      const parent = cut !== null ? bySlot.get(cut) : undefined;
      if (parent !== undefined) parent.children.push(l);
      else if (key.startsWith('spawned/')) spawned.children.push(l);
      else if (key.startsWith('system/')) system.children.push(l);
      else topLevel.push(l);
    }
    const order = (l: LayoutNode): number => this.slots.get(l.slot!)?.order ?? 0;
    const childIndex = (l: LayoutNode): number => {
      const live = l.entries.find((e) => e.crash === null) ?? l.entries[0]!;
      return live.p.childIndex ?? Number.MAX_SAFE_INTEGER;
    };
    const sortTree = (l: LayoutNode): void => {
      l.children.sort((a, b) => childIndex(a) - childIndex(b) || order(a) - order(b));
      l.children.forEach(sortTree);
    };
    const rank = (l: LayoutNode): number => (l.slot!.startsWith('shell') ? 0 : 1);
    topLevel.sort((a, b) => rank(a) - rank(b) || order(a) - order(b));
    topLevel.forEach(sortTree);
    spawned.children.sort((a, b) => order(a) - order(b));
    system.children.sort((a, b) => order(a) - order(b));
    root.children = [...topLevel];
    if (spawned.children.length > 0) root.children.push(spawned);
    if (system.children.length > 0) root.children.push(system);

    new TidyTree(axesFor(this.orientation, this.leafRun)).run(root, this.orientation);

    // Nodes.
    const visit = (l: LayoutNode, group: string | null): void => {
      if (l.kind === 'root') {
        nodes.set(l.id, fixedNode(l, 'nonode@nohost', '', null));
      } else if (l.kind === 'group') {
        const title = l.id === SPAWNED_GROUP_ID ? 'spawned processes' : 'system processes';
        nodes.set(l.id, fixedNode(l, title, `${l.children.length}`, null));
      } else {
        const restarts = this.slots.get(l.slot!)?.restarts ?? 0;
        for (const e of l.entries) nodes.set(e.p.pid, processNode(e, l, restarts, group));
      }
      const inner = l.kind === 'group' ? l.id : group;
      for (const c of l.children) visit(c, inner);
    };
    visit(root, null);

    // Edges: the tree's own, then supervision, then links that supervision does not already show.
    for (const c of root.children) {
      const id = `tree:${ROOT_ID}>${c.id}`;
      edges.set(id, { id, source: ROOT_ID, target: c.id, kind: 'tree' });
    }
    for (const e of this.entries.values()) {
      const sup = e.p.supervisor;
      if (sup !== null && nodes.has(sup) && nodes.has(e.p.pid)) {
        const id = `sup:${sup}>${e.p.pid}`;
        edges.set(id, { id, source: sup, target: e.p.pid, kind: 'supervision' });
      }
    }
    for (const e of this.entries.values()) {
      for (const other of e.p.links) {
        const o = this.entries.get(other);
        if (o === undefined || other === e.p.pid) continue;
        if (e.p.supervisor === other || o.p.supervisor === e.p.pid) continue;
        // A link to a process that just exited stays drawn, broken, while the crash is shown:
        // it is the path the exit signal took.
        const broken = e.crash !== null || o.crash !== null;
        const [a, b] = comparePids(e.p.pid, other) < 0 ? [e.p.pid, other] : [other, e.p.pid];
        const id = `${broken ? 'xlink' : 'link'}:${a}~${b}`;
        if (!edges.has(id)) edges.set(id, { id, source: a, target: b, kind: broken ? 'brokenLink' : 'link' });
      }
    }
    return { nodes, edges, root };
  }
}

function fixedNode(l: LayoutNode, title: string, subtitle: string, parent: string | null): GraphNode {
  return {
    id: l.id,
    kind: l.kind,
    pid: null,
    title,
    subtitle,
    status: null,
    restartCount: 0,
    messageQueueLen: 0,
    crash: null,
    parent,
    x: l.x,
    y: l.y,
  };
}

function processNode(e: Entry, l: LayoutNode, slotRestarts: number, group: string | null): GraphNode {
  const p = e.p;
  const restartCount = e.restartsAtExit ?? Math.max(p.restartCount, slotRestarts);
  let subtitle: string;
  if (e.crash !== null) {
    subtitle = `${p.pid} ${e.crash.reason}`;
  } else {
    subtitle = p.pid;
    if (restartCount > 0) subtitle += ` \u21bb${restartCount}`;
    if (p.messageQueueLen > 0) subtitle += ` \u2709${p.messageQueueLen}`;
  }
  return {
    id: p.pid,
    kind: p.kind,
    pid: p.pid,
    title: p.registeredName ?? p.label,
    subtitle,
    status: p.status,
    restartCount,
    messageQueueLen: p.messageQueueLen,
    crash: e.crash,
    parent: group,
    x: l.x,
    y: l.y,
  };
}

function sameNode(a: GraphNode, b: GraphNode): boolean {
  return (
    a.kind === b.kind &&
    a.title === b.title &&
    a.subtitle === b.subtitle &&
    a.status === b.status &&
    a.restartCount === b.restartCount &&
    a.messageQueueLen === b.messageQueueLen &&
    a.parent === b.parent &&
    a.x === b.x &&
    a.y === b.y &&
    (a.crash === b.crash ||
      (a.crash !== null &&
        b.crash !== null &&
        a.crash.reason === b.crash.reason &&
        a.crash.abnormal === b.crash.abnormal &&
        a.crash.since === b.crash.since &&
        a.crash.replacedBy === b.crash.replacedBy))
  );
}

// ---------------------------------------------------------------------------------------------
// Layout: a tidy tree, computed along two axes, "breadth" (where siblings sit side by side) and
// "depth" (where levels follow each other), then mapped to x and y for the orientation: down
// (root on top) or right (root at the left, as in the Observer's Applications tab, which suits
// wide, short labels). Each subtree gets a band as broad as its broadest level; parents sit
// centred on their children; a run of leaf children wraps into a grid so a pool of 200 workers
// stays compact. Group boxes hold their members in a grid, below a label.
// ---------------------------------------------------------------------------------------------

interface Axes {
  /** A node's extent along breadth and along depth. */
  b: number;
  d: number;
  siblingGap: number;
  levelGap: number;
  /** Between the lines of a grid, along depth. */
  gridGap: number;
  maxRun: number;
  /** Wanted breadth:depth ratio of a grid, so it fills a landscape view. */
  gridAspect: number;
  /** Room for a group's label, before its members: along y, whichever axis that is. */
  labelB: number;
  labelD: number;
}

function axesFor(o: Orientation, leafRun: number | null): Axes {
  const axes = baseAxes(o);
  return leafRun === null ? axes : { ...axes, maxRun: Math.min(axes.maxRun, leafRun) };
}

function baseAxes(o: Orientation): Axes {
  return o === 'down'
    ? {
        b: LAYOUT.nodeWidth,
        d: LAYOUT.nodeHeight,
        siblingGap: LAYOUT.columnGap,
        levelGap: LAYOUT.rowGap,
        gridGap: LAYOUT.gridRowGap,
        maxRun: LAYOUT.maxRow,
        gridAspect: 1.6,
        labelB: 0,
        labelD: LAYOUT.groupLabel,
      }
    : {
        b: LAYOUT.nodeHeight,
        d: LAYOUT.nodeWidth,
        siblingGap: LAYOUT.stackGap,
        levelGap: LAYOUT.levelGap,
        gridGap: LAYOUT.columnGap,
        maxRun: LAYOUT.maxColumn,
        gridAspect: 1 / 1.6,
        labelB: LAYOUT.groupLabel,
        labelD: 0,
      };
}

interface Extent {
  b: number;
  d: number;
}

class TidyTree {
  private readonly sizes = new Map<LayoutNode, Extent>();

  constructor(private readonly a: Axes) {}

  run(root: LayoutNode, o: Orientation): void {
    // Anchored at the start, not centred: a subtree growing later moves nothing before it.
    this.place(root, 0, 0);
    if (o === 'right') {
      const swap = (l: LayoutNode): void => {
        [l.x, l.y] = [l.y, l.x];
        l.children.forEach(swap);
      };
      swap(root);
    }
  }

  private isLeafRun(l: LayoutNode): boolean {
    return l.kind === 'group' || (l.children.length > this.a.maxRun && l.children.every((c) => c.children.length === 0));
  }

  /** How many grid cells side by side along breadth. */
  private gridRun(n: number): number {
    if (n <= this.a.maxRun) return n;
    const stepB = this.a.b + this.a.siblingGap;
    const stepD = this.a.d + this.a.gridGap;
    const run = Math.ceil(Math.sqrt((n * this.a.gridAspect * stepD) / stepB));
    return Math.min(n, Math.max(this.a.maxRun, run));
  }

  private gridExtent(n: number): Extent {
    const run = this.gridRun(n);
    const lines = Math.ceil(n / run);
    return {
      b: run * this.a.b + (run - 1) * this.a.siblingGap,
      d: lines * this.a.d + (lines - 1) * this.a.gridGap,
    };
  }

  private measure(l: LayoutNode): Extent {
    const known = this.sizes.get(l);
    if (known !== undefined) return known;
    const a = this.a;
    let size: Extent;
    if (l.kind === 'group') {
      const g = this.gridExtent(l.children.length);
      const pad = 2 * LAYOUT.groupPadding;
      size = { b: g.b + pad + a.labelB, d: g.d + pad + a.labelD };
    } else if (l.children.length === 0) {
      size = { b: a.b, d: a.d };
    } else if (this.isLeafRun(l)) {
      const g = this.gridExtent(l.children.length);
      size = { b: Math.max(a.b, g.b), d: a.d + a.levelGap + g.d };
    } else {
      let b = (l.children.length - 1) * a.siblingGap;
      let d = 0;
      for (const c of l.children) {
        const s = this.measure(c);
        b += s.b;
        d = Math.max(d, s.d);
      }
      size = { b: Math.max(a.b, b), d: a.d + a.levelGap + d };
    }
    this.sizes.set(l, size);
    return size;
  }

  /** Lays out a grid of leaves centred in a band [start, start + band) along breadth. */
  private placeGrid(children: LayoutNode[], start: number, depth: number, band: number): void {
    const a = this.a;
    const run = this.gridRun(children.length);
    const g = this.gridExtent(children.length);
    const b0 = start + (band - g.b) / 2 + a.b / 2;
    children.forEach((c, i) => {
      c.x = b0 + (i % run) * (a.b + a.siblingGap);
      c.y = depth + Math.floor(i / run) * (a.d + a.gridGap) + a.d / 2;
    });
  }

  /** Places a subtree in the band starting at `start` (breadth), its top level at `depth`. */
  private place(l: LayoutNode, start: number, depth: number): void {
    const a = this.a;
    const size = this.measure(l);
    if (l.kind === 'group') {
      // A compound box: its drawn place follows its members; x/y only mark its centre.
      l.x = start + size.b / 2;
      l.y = depth + size.d / 2;
      const p = LAYOUT.groupPadding;
      this.placeGrid(l.children, start + p + a.labelB, depth + p + a.labelD, size.b - 2 * p - a.labelB);
      return;
    }
    l.x = start + size.b / 2;
    l.y = depth + a.d / 2;
    if (l.children.length === 0) return;
    const next = depth + a.d + a.levelGap;
    if (this.isLeafRun(l)) {
      this.placeGrid(l.children, start, next, size.b);
      return;
    }
    const bands = l.children.map((c) => this.measure(c).b);
    const total = bands.reduce((x, y) => x + y, 0) + (l.children.length - 1) * a.siblingGap;
    let at = start + (size.b - total) / 2;
    l.children.forEach((c, i) => {
      this.place(c, at, next);
      at += bands[i]! + a.siblingGap;
    });
  }
}

export const STATUS_WORDS: Record<ProcessStatus, string> = {
  running: 'running',
  runnable: 'runnable',
  waiting: 'waiting (receive)',
  exiting: 'exiting',
  exited: 'exited',
};

/** A node in words, for the text tree and screen readers: name, pid, and what is going on. */
export function describeNode(n: GraphNode): string {
  if (n.kind === 'root') return `${n.title}, the node`;
  if (n.kind === 'group') return `${n.title}, ${n.subtitle}`;
  const parts = [`${n.title} ${n.pid}`];
  if (n.crash !== null) {
    parts.push(n.crash.abnormal ? `crashed with ${n.crash.reason}` : `exited with ${n.crash.reason}`);
    if (n.crash.replacedBy !== null) parts.push(`restarted as ${n.crash.replacedBy}`);
  } else {
    if (n.kind !== 'process') parts.push(n.kind);
    if (n.status !== null) parts.push(STATUS_WORDS[n.status]);
    if (n.restartCount > 0) parts.push(`restarted ${n.restartCount} ${n.restartCount === 1 ? 'time' : 'times'}`);
    if (n.messageQueueLen > 0) {
      parts.push(`${n.messageQueueLen} ${n.messageQueueLen === 1 ? 'message' : 'messages'} waiting`);
    }
  }
  return parts.join(', ');
}

/** Sorting for the process table. */
export type ProcessSortKey = 'pid' | 'name' | 'status' | 'reductions' | 'messageQueueLen';

const STATUS_RANK: Record<ProcessStatus, number> = { running: 0, runnable: 1, waiting: 2, exiting: 3, exited: 4 };

export function sortProcesses(list: readonly ProcessSummary[], key: ProcessSortKey, descending: boolean): ProcessSummary[] {
  const cmp = (a: ProcessSummary, b: ProcessSummary): number => {
    switch (key) {
      case 'pid':
        return comparePids(a.pid, b.pid);
      case 'name':
        return (a.registeredName ?? a.label).localeCompare(b.registeredName ?? b.label);
      case 'status':
        return STATUS_RANK[a.status] - STATUS_RANK[b.status];
      case 'reductions':
        return a.reductions - b.reductions;
      case 'messageQueueLen':
        return a.messageQueueLen - b.messageQueueLen;
    }
  };
  // Ties fall back to pid order so the table never shuffles equal rows between updates.
  return [...list].sort((a, b) => (descending ? -cmp(a, b) : cmp(a, b)) || comparePids(a.pid, b.pid));
}
