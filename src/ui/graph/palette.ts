// Colours of the process graph, one table per colour scheme, shared by the Cytoscape style and
// the legend so the two can never disagree. Each status has a fill, a border and a text colour
// chosen for contrast: text on fill is at least 7:1, border against the pane at least 3:1, in
// both schemes. Status is also carried by text (the legend, the tree, the inspector), never by
// colour alone.
import type { ProcessStatus } from '../../worker/protocol.ts';

export interface StatusColours {
  fill: string;
  border: string;
  text: string;
}

export interface Palette {
  pane: string;
  text: string;
  muted: string;
  status: Record<ProcessStatus, StatusColours>;
  /** A process that exited normally (`:normal`, `:shutdown`): gone, but not a crash. */
  ended: StatusColours;
  root: StatusColours;
  groupFill: string;
  groupBorder: string;
  treeEdge: string;
  supervisionEdge: string;
  linkEdge: string;
  selection: string;
}

export const LIGHT: Palette = {
  pane: '#ffffff',
  text: '#1c1b22',
  muted: '#575466',
  status: {
    running: { fill: '#d3f3df', border: '#1d7a45', text: '#0f2e1c' },
    runnable: { fill: '#fdefc8', border: '#946000', text: '#3a2700' },
    waiting: { fill: '#e3ebfb', border: '#3556a6', text: '#14213f' },
    exiting: { fill: '#fde0c8', border: '#b04500', text: '#401a00' },
    exited: { fill: '#fbdcdc', border: '#b42318', text: '#4a0d08' },
  },
  ended: { fill: '#f1f0f5', border: '#7a768c', text: '#2e2b38' },
  root: { fill: '#efe8f8', border: '#5f3a8f', text: '#2a1845' },
  groupFill: '#f6f5fa',
  groupBorder: '#8e8aa0',
  treeEdge: '#a9a6b8',
  supervisionEdge: '#5b5870',
  linkEdge: '#8a3fc7',
  selection: '#3d6fd9',
};

export const DARK: Palette = {
  pane: '#1a1a21',
  text: '#e9e7f0',
  muted: '#a7a3b7',
  status: {
    running: { fill: '#153a27', border: '#4cc38a', text: '#d9f7e6' },
    runnable: { fill: '#3a3012', border: '#e0b341', text: '#fbf0cf' },
    waiting: { fill: '#1b2947', border: '#7fa7ff', text: '#dfe8ff' },
    exiting: { fill: '#45260f', border: '#ff9f5a', text: '#ffe6d3' },
    exited: { fill: '#4a1818', border: '#ff6b6b', text: '#ffe0e0' },
  },
  ended: { fill: '#26252e', border: '#8a869c', text: '#dcd9e6' },
  root: { fill: '#2b2438', border: '#c6a8ec', text: '#efe6fb' },
  groupFill: '#202028',
  groupBorder: '#6f6b82',
  treeEdge: '#55526a',
  supervisionEdge: '#a3a0b8',
  linkEdge: '#c68cff',
  selection: '#7fa7ff',
};

export { STATUS_WORDS as STATUS_TEXT } from './model.ts';
