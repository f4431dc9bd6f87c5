// The radial layout (hub and spoke: the NOC in the centre, each hop one band further out), computed here rather than
// by ELK. ELK's radial algorithm puts every broker of one depth on a single ring and then grows the ring until
// nothing overlaps: a star of 999 spokes became one ring 92,650 px across, laid out in about a minute (bench:layout). No
// maintained layout library wraps a crowded depth into several rings, so this file does, in O(n·√n):
//
// 1. the breadth-first spanning tree of the layered layout (spanningTree), several roots joined by a virtual centre;
// 2. each broker gets a wedge of its parent's wedge in proportion to the leaves below it, and sits at its middle
//    (children stay in front of their parent, and no tree edge crosses another);
// 3. the brokers of one depth, in angular order, are dealt round-robin onto k concentric rings one STEP apart; for
//    each k the smallest inner radius that keeps neighbours on every ring STEP apart is found, and the k giving the
//    smallest outer radius wins. Brokers whose centres are STEP apart cannot overlap: STEP exceeds a box's diagonal
//    by more than the 20 px grid snap can take back.

import type { Position, Topology } from '../../model';
import { LAYOUT_NODE, spanningTree } from './graphs';

/** Centre-to-centre distance between brokers: a box's diagonal, plus 40 px of air (snapping moves each ≤ 14 px). */
export const RADIAL_STEP = Math.ceil(Math.hypot(LAYOUT_NODE.width, LAYOUT_NODE.height)) + 40;
/** Extra room between one depth's outer ring and the next depth's inner ring, so the links between them show. */
const DEPTH_AIR = 80;

/** The smallest inner radius and ring count holding `angles` (sorted) on rings one STEP apart, outside `minRadius`. */
function rings(angles: number[], minRadius: number): { inner: number; count: number } {
  const m = angles.length;
  let best = { inner: minRadius, count: 1, outer: Infinity };
  const maxRings = Math.min(m, Math.ceil(Math.sqrt(m)) + 1);
  for (let k = 1; k <= maxRings; k++) {
    let inner = minRadius;
    for (let j = 0; j < k && j < m; j++) {
      // Ring j holds angles j, j+k, j+2k…: each pair of neighbours (and the last with the first) must be STEP apart.
      const last = j + Math.floor((m - 1 - j) / k) * k;
      if (last === j) continue;
      let need = 0;
      for (let i = j; i < last; i += k) need = Math.max(need, chordRadius(angles[i + k] - angles[i]));
      need = Math.max(need, chordRadius(angles[j] + 2 * Math.PI - angles[last]));
      inner = Math.max(inner, need - j * RADIAL_STEP);
    }
    const outer = inner + (k - 1) * RADIAL_STEP;
    if (outer < best.outer) best = { inner, count: k, outer };
  }
  return best;
}

/** The radius at which two points `delta` radians apart on a circle are RADIAL_STEP apart. */
function chordRadius(delta: number): number {
  const s = Math.sin(Math.min(delta, 2 * Math.PI - 1e-9) / 2);
  return s <= 1e-9 ? 1e12 : RADIAL_STEP / (2 * s);
}

/** Top-left positions of every broker (the first root, or the virtual centre, at the origin's box). */
export function radialPositions(network: Topology): Position[] {
  const n = network.brokers.length;
  if (n === 0) return [];
  const { parent, roots, order } = spanningTree(network);
  // Node n is the virtual centre when several roots share the middle.
  const centre = roots.length === 1 ? roots[0] : n;
  const up = (i: number) => (i === centre ? -1 : parent[i] >= 0 ? parent[i] : centre);
  const children: number[][] = Array.from({ length: n + 1 }, () => []);
  for (const i of order) if (i !== centre) children[up(i)].push(i);
  const walk = [centre, ...order.filter((i) => i !== centre)];
  const leaves = new Array<number>(n + 1).fill(1);
  for (let q = walk.length - 1; q >= 0; q--) {
    const v = walk[q];
    if (children[v].length) leaves[v] = children[v].reduce((s, c) => s + leaves[c], 0);
  }
  // Wedges, from the top clockwise (screen y points down).
  const angle = new Array<number>(n + 1).fill(0);
  const start = new Array<number>(n + 1).fill(-Math.PI / 2);
  const width = new Array<number>(n + 1).fill(2 * Math.PI);
  const depth = new Array<number>(n + 1).fill(0);
  const levels: number[][] = [];
  for (const v of walk) {
    let from = start[v];
    for (const c of children[v]) {
      width[c] = (width[v] * leaves[c]) / leaves[v];
      start[c] = from;
      angle[c] = from + width[c] / 2;
      from += width[c];
      depth[c] = depth[v] + 1;
      (levels[depth[c] - 1] ??= []).push(c);
    }
  }
  const radius = new Array<number>(n + 1).fill(0);
  let outer = 0;
  for (const level of levels) {
    level.sort((a, b) => angle[a] - angle[b]);
    // The first ring around a virtual centre only has to keep its brokers apart (nothing sits in the middle).
    const minRadius = level === levels[0] && centre === n ? 0 : outer + RADIAL_STEP + DEPTH_AIR;
    const { inner, count } = rings(level.map((i) => angle[i]), minRadius);
    level.forEach((v, i) => { radius[v] = inner + (i % count) * RADIAL_STEP; });
    outer = inner + (count - 1) * RADIAL_STEP;
  }
  const out: Position[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      x: radius[i] * Math.cos(angle[i]) - LAYOUT_NODE.width / 2,
      y: radius[i] * Math.sin(angle[i]) - LAYOUT_NODE.height / 2,
    });
  }
  return out;
}
