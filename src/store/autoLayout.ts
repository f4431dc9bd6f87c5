// Auto-layout with dagre, loaded on first use (import()) so it stays out of the first bundle. NOC brokers are
// ranked first, so a hub-and-spoke network reads top-down from its NOC.

import type { Position, Topology } from '../model';

const NODE = { width: 170, height: 70 };

export async function layoutPositions(network: Topology): Promise<Position[]> {
  const { Graph, layout } = await import('@dagrejs/dagre');
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 50, ranksep: 110, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  const first = new Map<string, number>();
  network.brokers.forEach((b, i) => {
    g.setNode(String(i), { ...NODE });
    if (!first.has(b.name)) first.set(b.name, i);
  });
  network.links.forEach((l, i) => {
    const a = first.get(l.from);
    const b = first.get(l.to);
    if (a === undefined || b === undefined || a === b) return;
    // Rank from the NOC outward whichever way the link dials.
    const flip = network.brokers[b].role === 'noc' && network.brokers[a].role !== 'noc';
    g.setEdge(String(flip ? b : a), String(flip ? a : b), {}, `l${i}`);
  });
  layout(g);
  return network.brokers.map((_, i) => {
    const n = g.node(String(i));
    return { x: Math.round((n.x - NODE.width / 2) / 20) * 20, y: Math.round((n.y - NODE.height / 2) / 20) * 20 };
  });
}
