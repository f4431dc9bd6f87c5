// The layered and location layouts as ELK graphs (pure: no elkjs import, so the bench and tests can hand the same graphs to the
// bare engine), and the positions read back from ELK's result.
//
// - layered: ELK's layered algorithm over a breadth-first spanning tree from the NOC brokers (NOC in the first
//   layer), then each layer is wrapped into rows so the whole network keeps the canvas's aspect ratio: a star of 200
//   is a NOC above a block of spokes, not one row 40,000 px wide. ELK assigns the layers; the order within a layer is
//   the breadth-first order the brokers are given in (each broker's children together, in their parents' order),
//   which has no crossing tree edge, so ELK's crossing minimisation is switched off (LAYERED_OPTIONS).
// - location: one ELK box per location (the NOC's first), brokers packed inside, boxes packed in rows (rectpacking).
// - radial: not ELK (radial.ts says why), over the same spanning tree.

import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Position, Topology } from '../../model';

export { LAYOUT_KINDS, type LayoutKind, locationOf } from './kinds';
import { locationOf } from './kinds';

/** A broker's box for layout (the canvas node is 170 × 64; a little taller with pills). */
export const LAYOUT_NODE = { width: 170, height: 70 };
const GAP = { x: 20, y: 30, layer: 60 };

export interface LayoutOptions {
  /** width / height of the canvas the result should fill (default 16:10). */
  aspect?: number;
}

/**
 * Breadth-first depths and tree edges from the NOC brokers (or, per component, its best-connected broker), and
 * `order`: every broker by depth, and within a depth in the order the search found them (so each broker's children
 * follow one another, in the order of their parents).
 */
export function spanningTree(network: Topology): { depth: number[]; parent: number[]; roots: number[]; order: number[] } {
  const n = network.brokers.length;
  const index = new Map<string, number>();
  network.brokers.forEach((b, i) => { if (!index.has(b.name)) index.set(b.name, i); });
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const l of network.links) {
    const a = index.get(l.from);
    const b = index.get(l.to);
    if (a === undefined || b === undefined || a === b) continue;
    adj[a].push(b);
    adj[b].push(a);
  }
  const depth = new Array<number>(n).fill(-1);
  const parent = new Array<number>(n).fill(-1);
  const roots: number[] = [];
  const found: number[] = [];
  const bfs = (starts: number[]) => {
    const queue = [...starts];
    for (const s of starts) { depth[s] = 0; roots.push(s); }
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q];
      for (const w of adj[v]) if (depth[w] < 0) { depth[w] = depth[v] + 1; parent[w] = v; queue.push(w); }
    }
    for (const v of queue) found.push(v);
  };
  bfs(network.brokers.flatMap((b, i) => (b.role === 'noc' && index.get(b.name) === i ? [i] : [])));
  // What no NOC reaches: each remaining component from its best-connected broker.
  for (;;) {
    let best = -1;
    for (let i = 0; i < n; i++) if (depth[i] < 0 && (best < 0 || adj[i].length > adj[best].length)) best = i;
    if (best < 0) break;
    bfs([best]);
  }
  // Stable by depth: the components' brokers of one depth side by side, each in the order its search found them.
  const byDepth: number[][] = [];
  for (const i of found) (byDepth[depth[i]] ??= []).push(i);
  return { depth, parent, roots, order: byDepth.flat() };
}

export function treeEdges(parent: number[]): ElkExtendedEdge[] {
  return parent.flatMap((p, i) => (p < 0 ? [] : [{ id: `e${i}`, sources: [String(p)], targets: [String(i)] }]));
}

const node = (i: number, layoutOptions?: Record<string, string>): ElkNode => ({ id: String(i), ...LAYOUT_NODE, ...(layoutOptions ? { layoutOptions } : {}) });

/**
 * The options of the layered layout that decide its cost (bench:layout prints them). Only the layers and their order
 * are used (wrapLayers places the rows), so each phase is set to its cheapest way of giving those:
 * - layering LONGEST_PATH_SOURCE: a broker's layer is its depth in the tree (the tree's edges all point away from
 *   the roots), what NETWORK_SIMPLEX also finds, without its optimisation;
 * - crossing minimisation NONE: the brokers come in breadth-first order, in which no tree edge crosses another, and
 *   ELK keeps that order. Its layer sweep found the same (no crossing) at 2-4× the cost at 1,000 brokers, most of
 *   it in the greedy switch over a layer of 999 spokes;
 * - node placement SIMPLE and POLYLINE routing (wrapLayers replaces the x positions and the canvas draws the links);
 * - no node micro layout: the boxes have a fixed size and no labels or ports to place.
 */
export const LAYERED_OPTIONS: Readonly<Record<string, string>> = Object.freeze({
  'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE', 'elk.layered.crossingMinimization.strategy': 'NONE',
  'elk.layered.nodePlacement.strategy': 'SIMPLE', 'elk.edgeRouting': 'POLYLINE', 'elk.omitNodeMicroLayout': 'true',
});

export function layeredGraph(network: Topology): ElkNode {
  const { parent, depth, order } = spanningTree(network);
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.spacing.nodeNode': String(GAP.x),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(GAP.layer), 'elk.separateConnectedComponents': 'false',
      ...LAYERED_OPTIONS,
    },
    children: order.map((i) => node(i, depth[i] === 0 && network.brokers[i].role === 'noc' ? { 'elk.layered.layering.layerConstraint': 'FIRST' } : undefined)),
    edges: treeEdges(parent),
  };
}

/** Each ELK layer (nodes of one y) wrapped into rows of at most `columns`, centred, layers one below the other. */
export function wrapLayers(result: ElkNode, count: number, options: LayoutOptions = {}): Position[] {
  const aspect = options.aspect ?? 1.6;
  const cell = { w: LAYOUT_NODE.width + GAP.x, h: LAYOUT_NODE.height + GAP.y };
  const columns = Math.max(4, Math.round(Math.sqrt((aspect * count * cell.h) / cell.w)));
  const layers = new Map<number, ElkNode[]>();
  for (const c of result.children ?? []) {
    const y = Math.round(c.y ?? 0);
    const list = layers.get(y);
    if (list) list.push(c); else layers.set(y, [c]);
  }
  const out = new Array<Position>(count).fill({ x: 0, y: 0 });
  const width = Math.min(columns, Math.max(...[...layers.values()].map((l) => l.length))) * cell.w;
  let y = 0;
  for (const [, list] of [...layers].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
    for (let r = 0; r * columns < list.length; r++) {
      const row = list.slice(r * columns, (r + 1) * columns);
      const left = (width - row.length * cell.w) / 2;
      row.forEach((c, k) => { out[Number(c.id)] = { x: left + k * cell.w, y }; });
      y += cell.h;
    }
    y += GAP.layer - GAP.y;
  }
  return out;
}


export function locationGraph(network: Topology, options: LayoutOptions = {}): ElkNode {
  const groups = new Map<string, number[]>();
  network.brokers.forEach((b, i) => {
    const key = locationOf(b);
    const list = groups.get(key);
    if (list) list.push(i); else groups.set(key, [i]);
  });
  const hasNoc = (ids: number[]) => ids.some((i) => network.brokers[i].role === 'noc');
  const ordered = [...groups].sort((a, b) => Number(hasNoc(b[1])) - Number(hasNoc(a[1])) || b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'rectpacking', 'elk.aspectRatio': String(options.aspect ?? 1.6), 'elk.spacing.nodeNode': '60',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    },
    children: ordered.map(([name, ids], g) => ({
      id: `g${g}`,
      labels: [{ text: name }],
      layoutOptions: {
        'elk.algorithm': 'rectpacking', 'elk.aspectRatio': '1.6', 'elk.spacing.nodeNode': String(GAP.x),
        'elk.padding': '[top=44,left=20,bottom=20,right=20]',
      },
      children: [...ids].sort((a, b) => Number(network.brokers[b].role === 'noc') - Number(network.brokers[a].role === 'noc')).map((i) => node(i)),
    })),
  };
}

/** Absolute broker positions from a compound result (children are relative to their group). */
export function nestedPositions(result: ElkNode, count: number): Position[] {
  const out = new Array<Position>(count).fill({ x: 0, y: 0 });
  for (const g of result.children ?? []) {
    for (const c of g.children ?? []) out[Number(c.id)] = { x: (g.x ?? 0) + (c.x ?? 0), y: (g.y ?? 0) + (c.y ?? 0) };
  }
  return out;
}

/** Positions snapped to the canvas's 20 px grid. */
export function snap(positions: Position[]): Position[] {
  return positions.map((p) => ({ x: Math.round(p.x / 20) * 20, y: Math.round(p.y / 20) * 20 }));
}
