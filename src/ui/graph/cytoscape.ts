// The bridge from the graph model to Cytoscape: element definitions, the stylesheet for a
// palette, and applying one batch of model changes. Positions come from the model (a preset
// layout), so Cytoscape never runs a layout of its own and a restart never moves other nodes.
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import type { GraphChanges, GraphEdge, GraphNode, Orientation } from './model.ts';
import { LAYOUT } from './model.ts';
import type { Palette } from './palette.ts';

// About what fits in a 150px node at the label's font size, with wide fonts (DejaVu Sans).
const TITLE_CHARS = 18;
const SUBTITLE_CHARS = 19;

/** How opaque a normally ended node starts; it fades out from there. */
export const ENDED_OPACITY = 0.6;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

/** The two lines drawn in a node; the full text is in the tree, the table and the inspector. */
export function nodeLabel(n: GraphNode): string {
  if (n.kind === 'group') return `${n.title} (${n.subtitle})`;
  if (n.kind === 'root') return n.title;
  const title = n.crash?.abnormal === true ? `\u2716 ${n.title}` : n.title;
  return `${clip(title, TITLE_CHARS)}\n${clip(n.subtitle, SUBTITLE_CHARS)}`;
}

function nodeData(n: GraphNode): Record<string, unknown> {
  return {
    id: n.id,
    pid: n.pid,
    kind: n.kind,
    label: nodeLabel(n),
    // Only an abnormal exit is drawn as a crash; a process that ended normally just goes quiet.
    status: n.crash !== null ? (n.crash.abnormal ? 'exited' : 'ended') : (n.status ?? 'none'),
    crashed: n.crash?.abnormal === true ? 'yes' : 'no',
    ended: n.crash !== null && !n.crash.abnormal ? 'yes' : 'no',
    ...(n.parent !== null ? { parent: n.parent } : {}),
  };
}

export function nodeDefinition(n: GraphNode): ElementDefinition {
  // A group box's place follows its members; giving it a position would drag them along.
  return n.kind === 'group'
    ? { group: 'nodes', data: nodeData(n), selectable: false }
    : { group: 'nodes', data: nodeData(n), position: { x: n.x, y: n.y }, selectable: n.pid !== null };
}

export function edgeDefinition(e: GraphEdge): ElementDefinition {
  return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, kind: e.kind }, selectable: false };
}

export function elementDefinitions(els: { nodes: GraphNode[]; edges: GraphEdge[] }): ElementDefinition[] {
  // Group boxes first: a member's `parent` must exist when the member is added.
  const nodes = [...els.nodes].sort((a, b) => Number(b.kind === 'group') - Number(a.kind === 'group'));
  return [...nodes.map(nodeDefinition), ...els.edges.map(edgeDefinition)];
}

/**
 * Applies one batch of changes. Returns the nodes that moved, for the caller to animate; they
 * are left at their old place here.
 */
export function applyChanges(cy: Core, changes: GraphChanges): { node: NodeSingular; x: number; y: number }[] {
  const moved: { node: NodeSingular; x: number; y: number }[] = [];
  cy.batch(() => {
    for (const id of changes.removeEdges) cy.getElementById(id).remove();
    for (const id of changes.removeNodes) cy.getElementById(id).remove();
    const adds = [...changes.addNodes].sort((a, b) => Number(b.kind === 'group') - Number(a.kind === 'group'));
    if (adds.length > 0) cy.add(adds.map(nodeDefinition));
    for (const n of changes.updateNodes) {
      const ele = cy.getElementById(n.id);
      if (ele.empty()) continue;
      const { parent: _parent, ...data } = nodeData(n);
      ele.data(data);
      if (n.kind !== 'group' && ele.isNode()) {
        const p = ele.position();
        if (p.x !== n.x || p.y !== n.y) moved.push({ node: ele, x: n.x, y: n.y });
      }
    }
    if (changes.addEdges.length > 0) cy.add(changes.addEdges.map(edgeDefinition));
  });
  return moved;
}

export function graphStyle(p: Palette, orientation: Orientation): StylesheetJson {
  const statusRules = (Object.keys(p.status) as (keyof Palette['status'])[]).map((s) => ({
    selector: `node[status = "${s}"]`,
    style: {
      'background-color': p.status[s].fill,
      'border-color': p.status[s].border,
      color: p.status[s].text,
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: LAYOUT.nodeWidth,
        height: LAYOUT.nodeHeight,
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
        'font-size': 12,
        'line-height': 1.35,
        'border-width': 1.5,
        'background-color': p.pane,
        'border-color': p.muted,
        color: p.text,
        'z-index': 10,
        // Labels too small to read are not drawn: a zoomed-out pool of 200 stays cheap.
        'min-zoomed-font-size': 7,
      },
    },
    ...statusRules,
    {
      selector: 'node[kind = "supervisor"]',
      style: { 'border-width': 4, 'border-style': 'double', 'font-weight': 'bold' },
    },
    { selector: 'node[kind = "shell"]', style: { shape: 'cut-rectangle' } },
    { selector: 'node[kind = "process"]', style: { 'corner-radius': 22 } },
    {
      selector: 'node[kind = "root"]',
      style: {
        shape: 'round-rectangle',
        width: 120,
        'background-color': p.root.fill,
        'border-color': p.root.border,
        color: p.root.text,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'node[kind = "group"]',
      style: {
        shape: 'round-rectangle',
        'background-color': p.groupFill,
        'background-opacity': 1,
        'border-color': p.groupBorder,
        'border-style': 'dashed',
        'border-width': 1.5,
        'text-valign': 'top',
        'text-halign': 'center',
        // Above the box, in the room the layout keeps for it.
        'text-margin-y': -3,
        'font-size': 12,
        'font-weight': 'bold',
        color: p.muted,
        padding: `${LAYOUT.groupPadding}px`,
        'z-index': 1,
      },
    },
    {
      // A crashed node is drawn over the slot its successor now holds, and fades out.
      selector: 'node[crashed = "yes"]',
      style: { 'border-width': 2.5, 'border-style': 'dashed', 'z-index': 20 },
    },
    {
      // Ended normally (or shut down): muted, and already half faded, since nothing went wrong.
      selector: 'node[ended = "yes"]',
      style: {
        'background-color': p.ended.fill,
        'border-color': p.ended.border,
        color: p.ended.text,
        'border-style': 'dotted',
        opacity: ENDED_OPACITY,
        'z-index': 20,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': p.selection,
        'overlay-opacity': 0.18,
        'overlay-padding': 5,
        'border-color': p.selection,
        'border-width': 3,
      },
    },
    { selector: 'node:active', style: { 'overlay-opacity': 0.1, 'overlay-color': p.selection } },
    {
      selector: 'edge',
      style: { width: 1.5, 'curve-style': 'straight', 'line-color': p.treeEdge, 'z-index': 2 },
    },
    {
      selector: 'edge[kind = "supervision"]',
      style: {
        width: 2,
        'line-color': p.supervisionEdge,
        'curve-style': 'taxi',
        'taxi-direction': orientation === 'down' ? 'downward' : 'rightward',
        'taxi-turn': (orientation === 'down' ? LAYOUT.rowGap : LAYOUT.levelGap) / 2,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': p.supervisionEdge,
        'arrow-scale': 0.8,
      },
    },
    {
      selector: 'edge[kind = "link"]',
      style: {
        width: 2,
        'line-color': p.linkEdge,
        'line-style': 'dashed',
        'line-dash-pattern': [6, 4],
        'curve-style': 'unbundled-bezier',
        'control-point-distances': [-48],
        'control-point-weights': [0.5],
        'z-index': 5,
      },
    },
    {
      selector: 'edge[kind = "brokenLink"]',
      style: {
        width: 2,
        'line-color': p.status.exited.border,
        'line-style': 'dashed',
        'line-dash-pattern': [2, 4],
        'curve-style': 'unbundled-bezier',
        'control-point-distances': [-48],
        'control-point-weights': [0.5],
        'z-index': 6,
      },
    },
  ] as StylesheetJson;
}
