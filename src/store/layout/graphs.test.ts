// The layered layout's graph run through ELK (elkjs in Node, as the bench runs it): the NOC alone in the first layer,
// every broker in the layer of its hop distance from the NOC, and each layer in breadth-first order, so no tree edge
// crosses another (the graph gives that order and ELK keeps it: its crossing minimisation is off).

import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { hubAndSpoke, regionalMesh } from '../../../bench/networks';
import type { Topology } from '../../model';
import { layeredGraph } from './graphs';

/** Hop distance from the NOC over the links, and the order a breadth-first search discovers the brokers in. */
function breadthFirst(t: Topology): { hops: Map<string, number>; order: string[] } {
  const next = new Map<string, string[]>(t.brokers.map((b) => [b.name, []]));
  for (const l of t.links) { next.get(l.from)!.push(l.to); next.get(l.to)!.push(l.from); }
  const noc = t.brokers.find((b) => b.role === 'noc')!.name;
  const hops = new Map([[noc, 0]]);
  const order = [noc];
  for (let q = 0; q < order.length; q++) {
    for (const w of next.get(order[q])!) if (!hops.has(w)) { hops.set(w, hops.get(order[q])! + 1); order.push(w); }
  }
  return { hops, order };
}

/** The brokers of each layer of an ELK result (by y), left to right. */
function layers(result: ElkNode, t: Topology): string[][] {
  const byY = new Map<number, ElkNode[]>();
  for (const c of result.children ?? []) byY.set(Math.round(c.y ?? 0), [...(byY.get(Math.round(c.y ?? 0)) ?? []), c]);
  return [...byY].sort((a, b) => a[0] - b[0]).map(([, l]) => l.sort((a, b) => (a.x ?? 0) - (b.x ?? 0)).map((c) => t.brokers[Number(c.id)].name));
}

describe('layered layout graph', () => {
  const elk = new ELK();
  for (const network of [regionalMesh(150), hubAndSpoke(120)]) {
    it(`${network.name}: NOC alone on top, layers by hop distance, each layer in breadth-first order`, async () => {
      const { hops, order } = breadthFirst(network);
      const laid = layers(await elk.layout(layeredGraph(network)), network);
      expect(laid[0]).toEqual([network.brokers.find((b) => b.role === 'noc')!.name]);
      laid.forEach((layer, depth) => { for (const name of layer) expect(hops.get(name), name).toBe(depth); });
      // Left to right, each layer lists its brokers in the order the search found them: a broker's neighbours one
      // after another, under their parents' order, so no two tree edges cross.
      for (const layer of laid) expect(layer).toEqual(order.filter((name) => layer.includes(name)));
    });
  }
});
